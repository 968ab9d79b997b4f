/*! news-explainer embed.js: sizes explainer iframes to their content and lands links to their sections. No dependencies. */
// @ts-check
(function () {
  'use strict';
  // Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
  var EMBED_ATTRIBUTE = 'data-news-explainer';
  var HEIGHT_MESSAGE_TYPE = 'news-explainer:height';
  var HOST_MESSAGE_TYPE = 'news-explainer:host';
  var SCROLL_MESSAGE_TYPE = 'news-explainer:scroll';
  var SELECTOR = 'iframe[' + EMBED_ATTRIBUTE + ']';
  // A link to a section is `#<frame id>/<section id>`; anything else is the host's own.
  var LINK = /^#([A-Za-z0-9_-]{1,80})\/([A-Za-z0-9_-]{1,80})$/;
  /** Frames that have spoken, told the host's address then (and on every load). @type {Window[]} */
  var ready = [];
  /** The last scroll a frame asked for, kept for a moment: a frame that grows or a lazy frame above
   * that loads moves the point, so each height posted meanwhile scrolls there again. */
  var landing = { frame: /** @type {HTMLIFrameElement | null} */ (null), top: 0, until: 0 };
  var LANDING_MS = 2000;

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

  /** The frame a fragment's link names, or null. */
  function linked() {
    var match = LINK.exec(location.hash);
    if (!match) return null;
    var frame = document.getElementById(match[1]);
    if (!frame || !frame.matches(SELECTOR)) return null;
    return /** @type {HTMLIFrameElement} */ (frame);
  }

  /** Tells `frame` the host's address (its fragment may name a section of the frame) and the
   * frame's id. The message goes to that frame's window only, at its origin; an opaque sandboxed
   * frame has no origin to name, so there `*`: the address is the page the reader is on, which
   * the frame's own links show anyway. @param {HTMLIFrameElement} frame */
  function tell(frame) {
    var origin = expectedOrigin(frame);
    if (!frame.contentWindow || !frame.id || origin === '') return;
    var message = { type: HOST_MESSAGE_TYPE, url: location.href, frame: frame.id };
    frame.contentWindow.postMessage(message, origin === 'null' ? '*' : origin);
  }

  // A link to a frame's section: the frame loads at once (lazy or not) and is told now, and again
  // once loaded (a frame far below the fold does not render, so it does not speak).
  function land() {
    var frame = linked();
    if (!frame) return;
    frame.setAttribute('loading', 'eager');
    tell(frame);
  }

  /** @param {Event} event */
  function tellLoaded(event) {
    tell(/** @type {HTMLIFrameElement} */ (event.currentTarget));
  }

  function scrollToLanding() {
    if (!landing.frame || Date.now() > landing.until) return;
    window.scrollTo(0, landing.frame.getBoundingClientRect().top + window.pageYOffset + landing.top);
  }

  function prepare() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (!frame.hasAttribute('loading')) frame.setAttribute('loading', 'lazy');
      frame.setAttribute('scrolling', 'no');
      frame.addEventListener('load', tellLoaded);
    }
    land();
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type !== HEIGHT_MESSAGE_TYPE && data.type !== SCROLL_MESSAGE_TYPE) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source || expectedOrigin(frame) !== event.origin) continue;
      if (data.type === SCROLL_MESSAGE_TYPE) {
        var top = Number(data.top);
        if (!isFinite(top) || top < 0 || top > 100000) return;
        landing = { frame: frame, top: top, until: Date.now() + LANDING_MS };
        scrollToLanding();
        return;
      }
      var height = Number(data.height);
      if (!isFinite(height) || height <= 0 || height > 100000) return;
      frame.style.height = Math.ceil(height) + 'px';
      scrollToLanding();
      // A frame that loaded before this script ran is told when it first speaks.
      var source = /** @type {Window} */ (event.source);
      if (ready.indexOf(source) < 0) {
        ready.push(source);
        tell(frame);
      }
      return;
    }
  });
  window.addEventListener('hashchange', land);
  // The reader moving on ends the landing: no height posted later pulls them back.
  var STOP_LANDING = ['wheel', 'touchstart', 'keydown'];
  for (var s = 0; s < STOP_LANDING.length; s++) {
    window.addEventListener(STOP_LANDING[s], function () {
      landing.frame = null;
    }, { passive: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', prepare);
  } else {
    prepare();
  }
})();
