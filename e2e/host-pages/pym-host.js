// The host's own Pym.js set-up, as a newsroom would write it.
window.pymParent = new pym.Parent('explainer', 'http://127.0.0.1:8081/', { title: 'Explainer: the Paris summit' });
