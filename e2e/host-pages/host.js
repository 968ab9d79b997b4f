// Test host page helper: points every explainer iframe at the widget origin, with extra query
// parameters taken from this page's own `?q=` (so one page serves every case).
(function () {
  var widget = 'http://127.0.0.1:8081/';
  var extra = new URLSearchParams(location.search).get('q') || '';
  var hash = new URLSearchParams(location.search).get('hash') || '';
  if (new URLSearchParams(location.search).get('dark')) document.body.classList.add('dark');
  document.querySelectorAll('iframe[data-src]').forEach(function (frame) {
    var query = [frame.getAttribute('data-src'), extra].filter(Boolean).join('&');
    frame.src = widget + (query ? '?' + query : '') + hash;
  });
})();
