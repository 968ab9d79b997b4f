// The loader of a published page (`make publish`), which is read before any of the widget's
// code runs. It keeps the reader's clicks on the page's buttons, then, once the page has shown
// its content (first contentful paint), imports the widget (the glue with boot.js), which takes
// the page over and replays those clicks on the same buttons (hydration keeps the nodes).
// The widget's 4 KB of glue and 95 KB of wasm are asked for only then: nothing competes with the
// first paint for the network or the main thread, and Lighthouse counts neither before it.
// A frame that is not rendered (a background tab, an iframe out of view) reports no paint, so
// a timer caps the wait.
const root = document.getElementById('explainer-root');
const buttons = [];
const keep = (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button && root?.contains(button)) buttons.push(button);
};
addEventListener('click', keep, true);
// Read by boot.js once the wasm runs: the clicks to replay, in order.
window.__explainerEarlyClicks = {
  take() {
    removeEventListener('click', keep, true);
    return buttons.splice(0);
  },
};

await new Promise((resolve) => {
  const painted = new PerformanceObserver((entries) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    painted.disconnect();
    setTimeout(resolve);
  });
  painted.observe({ type: 'paint', buffered: true });
  setTimeout(resolve, 1000);
});
try {
  await import(document.querySelector('script[data-js]').dataset.js);
} catch {
  // The widget could not be fetched: the page stays readable, and says its buttons will not work.
  (await import(new URL('stopped.js', import.meta.url).href)).show();
}
