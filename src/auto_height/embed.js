/*! news-explainer embed.js: sizes explainer iframes to their content. No dependencies. */
// @ts-check
(function () {
  'use strict';
  // Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
  var EMBED_ATTRIBUTE = 'data-news-explainer';
  var HEIGHT_MESSAGE_TYPE = 'news-explainer:height';
  var SELECTOR = 'iframe[' + EMBED_ATTRIBUTE + ']';

  /** @returns {NodeListOf<HTMLIFrameElement>} */
  function frames() {
    return document.querySelectorAll(SELECTOR);
  }

  // A frame sandboxed without allow-same-origin has an opaque origin: its messages say "null".
  /** @param {HTMLIFrameElement} frame */
  function expectedOrigin(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return 'null';
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return '';
    }
  }

  function prepare() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (!frame.hasAttribute('loading')) frame.setAttribute('loading', 'lazy');
      frame.setAttribute('scrolling', 'no');
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE_TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && expectedOrigin(frame) === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', prepare);
  } else {
    prepare();
  }
})();
