// Test host page: embeds the widget (on another origin) the way the URL asks.
//   ?mode=script     our iframe plus embed.js (the default)
//   ?mode=sandboxed  the same, with sandbox="allow-scripts" (opaque origin)
//   ?mode=plain      the iframe alone, no script of ours
//   &widget=test    the release build with the test-only hooks (port 8083)
//   &q=<query>       extra query parameters for the widget; &hash=<fragment>; &dark=1
(function () {
  var params = new URLSearchParams(location.search);
  var WIDGET = params.get('widget') === 'test' ? 'http://127.0.0.1:8083/' : 'http://127.0.0.1:8081/';
  var mode = params.get('mode') || 'script';
  if (params.get('dark')) document.body.classList.add('dark');

  var frame = document.createElement('iframe');
  frame.id = 'explainer';
  frame.title = 'Explainer: the Paris summit';
  frame.style.cssText = 'width:100%;height:800px;border:0';
  if (mode !== 'plain') frame.setAttribute('data-news-explainer', '');
  if (mode === 'sandboxed') frame.setAttribute('sandbox', 'allow-scripts');
  var query = params.get('q') || '';
  frame.src = WIDGET + (query ? '?' + query : '') + (params.get('hash') || '');
  document.getElementById('slot').replaceWith(frame);

  if (mode !== 'plain') {
    var script = document.createElement('script');
    script.src = WIDGET + 'embed.js';
    document.body.appendChild(script);
  }
})();
