// @ts-check
// The embed-code page: builds the iframe URL and snippet from the form, with a live preview. The
// snippet's attributes are those of the publisher's oEmbed answers (src/publish/page.rs).
(function () {
  'use strict';
  // Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
  var EMBED_ATTRIBUTE = 'data-news-explainer';
  var ROOT_SELECTOR = 'main.explainer';
  var STATE_ATTRIBUTE = 'data-state';
  var widget = new URL('../', location.href);
  /** The page's element `id`, of the type its HTML gives it.
   * @template {HTMLElement} T @param {string} id @param {new () => T} type @returns {T} */
  function byId(id, type) {
    var found = document.getElementById(id);
    if (!(found instanceof type)) throw new Error('the embed-code page has no ' + type.name + ' #' + id);
    return found;
  }
  var form = byId('options', HTMLFormElement);
  var preview = byId('preview', HTMLIFrameElement);
  // Marked as a host page marks its frames, so that embed.js sizes the preview too.
  preview.setAttribute(EMBED_ATTRIBUTE, '');
  var code = byId('code', HTMLTextAreaElement);
  // The previewed article's headline, once it is shown: the snippet's frame title names it.
  var headline = '';

  /** @param {string} text */
  function escapeAttribute(text) {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  function frameUrl() {
    /** @param {string} id */
    var value = function (id) { return /** @type {HTMLInputElement | HTMLSelectElement} */ (byId(id, HTMLElement)).value.trim(); };
    // A published page carries its article and its language: the choices of those give way.
    var published = value('page');
    byId('src', HTMLInputElement).disabled = Boolean(published);
    byId('lang', HTMLSelectElement).disabled = Boolean(published);
    var url = new URL(widget.href);
    try {
      if (published) url = new URL(published, location.href);
    } catch (error) {
      // Not an address yet (being typed): the widget's own page meanwhile.
    }
    if (!published && value('src')) url.searchParams.set('src', value('src'));
    if (value('theme') !== 'light') url.searchParams.set('theme', value('theme'));
    if (!published && value('lang')) url.searchParams.set('lang', value('lang'));
    if (value('accent').toLowerCase() !== '#0b5cad') url.searchParams.set('accent', value('accent').slice(1));
    if (value('open') && value('open') !== 'none') url.searchParams.set('open', value('open'));
    if (byId('transparent', HTMLInputElement).checked) url.searchParams.set('transparent', '1');
    if (value('refresh')) url.searchParams.set('refresh', value('refresh'));
    return url.href;
  }

  /** The frame's `id`, unique per article, that links to its sections name: the published
   * page's last path segment (its article's id) or the article file's name, as the publisher
   * writes it (src/publish/page.rs). @param {string} src */
  function frameId(src) {
    var url = new URL(src);
    var article = url.searchParams.get('src') || url.pathname;
    var name = article.replace(/\/+$/, '').split('/').pop() || '';
    name = name.replace(/\.json$/, '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 70);
    return 'explainer-' + (name || 'article');
  }

  // The preview follows the form once it has been still for a moment: each new address starts
  // the widget again (its wasm compiled, its article fetched), and an address typed, or a choice
  // made and then another, would otherwise start it once per change.
  var PREVIEW_AFTER_MS = 300;
  var previewTimer = 0;
  var previewed = preview.src;

  function update() {
    var src = frameUrl();
    if (previewed !== src) {
      previewed = src;
      headline = '';
      clearTimeout(previewTimer);
      previewTimer = setTimeout(function () {
        preview.src = src;
      }, PREVIEW_AFTER_MS);
    }
    var title = headline ? 'Explainer: ' + headline : 'Explainer';
    code.value =
      '<iframe ' + EMBED_ATTRIBUTE + ' id="' + frameId(src) + '" src="' + escapeAttribute(src) + '"\n' +
      '  title="' + escapeAttribute(title) + '" loading="lazy" allow="clipboard-write" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"\n' +
      '  style="width:100%;height:800px;border:0"></iframe>\n' +
      '<script src="' + escapeAttribute(new URL('embed.js', widget).href) + '" async></' + 'script>';
  }

  // The preview (same origin) posts its height whenever it changes, loaded state included: then
  // its document title is the headline of the article it shows.
  window.addEventListener('message', function (event) {
    if (event.source !== preview.contentWindow) return;
    var shown = preview.contentDocument && preview.contentDocument.querySelector(ROOT_SELECTOR + '[' + STATE_ATTRIBUTE + '="ready"]');
    var next = shown && preview.contentDocument ? preview.contentDocument.title : '';
    if (next !== headline) {
      headline = next;
      update();
    }
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  byId('copy', HTMLButtonElement).addEventListener('click', function () {
    var status = byId('copied', HTMLElement);
    code.select();
    var done = function () { status.textContent = 'Copied.'; };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(code.value).then(done, function () { status.textContent = 'Press Ctrl+C to copy.'; });
    } else {
      status.textContent = 'Press Ctrl+C to copy.';
    }
  });
  update();
})();
