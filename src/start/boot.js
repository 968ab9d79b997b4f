// @ts-check
// Starts the widget from a file rather than trunk's inline loader, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') allows it.
// Trunk fills data-js and data-wasm with the hashed file names (see Trunk.toml). The release
// build appends this file to the glue instead, which then needs no import (scripts/finish-release.mjs).

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const EARLY_ARTICLE_GLOBAL = '__explainerEarlyArticle';
const LANGUAGE_GLOBAL = '__explainerLanguage';
const LIVE_MODULE_GLOBAL = '__explainerLive';
const ROOT_ID = 'explainer-root';
const HYDRATED_ATTRIBUTE = 'data-hydrated';
const OPEN_ATTRIBUTE = 'data-open';
const ROOT_SELECTOR = 'main.explainer';
const STATE_ATTRIBUTE = 'data-state';
const HOST_MESSAGE_TYPE = 'news-explainer:host';
const SHOWN_GLOBAL = '__explainerShown';
const SEEN_KEY_PREFIX = 'news-explainer:seen:';

/** The page's parameters, read once for every part below. */
const query = new URLSearchParams(location.search);

// The article request starts now, beside the wasm download, instead of after start-up. It is
// handed to the widget as `window[EARLY_ARTICLE_GLOBAL]` ({url, response, abort}), which
// src/load/fetch.rs takes, once, when it loads that same address: aborting its load (the timeout, a
// newer load) aborts this request, and Retry makes a new one. Only for the widget's own origin:
// any other address is checked against the allow-list first, in Rust.
try {
  const page = new URL(location.href);
  const src = query.get('src')?.trim();
  const article = src ? new URL(src, page) : null;
  if (article?.origin === page.origin) {
    const early = new AbortController();
    const response = fetch(article.href, { signal: early.signal });
    response.catch(() => {}); // a failure is the widget's to report, once it asks
    window[EARLY_ARTICLE_GLOBAL] = { url: article.href, response, abort: () => early.abort() };
  }
} catch {
  // An address that does not parse: the widget reports it, in the reader's language.
}

// The interface language: `?lang=`, else the browser's first language the widget speaks, else
// English. English is in the wasm; another language's file (i18n/<tag>.json) is fetched now,
// beside the wasm, and handed to src/i18n/browser.rs as `window[LANGUAGE_GLOBAL]`
// ({tag, table}, `table` the promise of the parsed file). A published page carries its own
// language. The list is i18n/languages.json's, filled in by scripts/i18n.mjs when building.
const LANGUAGES = /** @type {import('../types').LanguageList} */ (/** @type {unknown} */ (/* i18n/languages.json */ null));
/** The language file's tag for a BCP 47 tag, if the widget speaks it: a file for its language
 * and second subtag when there is one (`pt-PT`), else its primary subtag (`fr-CA` → `fr`) or
 * its alias (`no` → `nb`). src/i18n/language.rs matches alike (e2e/fixtures/language-matching.json).
 * @param {string | null | undefined} tag */
const spoken = (tag) => {
  const [primary, second] = String(tag ?? '').toLowerCase().split('-');
  /** @param {string} wanted */
  const file = (wanted) => LANGUAGES.tags.find((known) => known.toLowerCase() === wanted);
  return (second && file(`${primary}-${second}`)) || file(LANGUAGES.aliases[primary] ?? primary);
};
if (!document.getElementById(ROOT_ID)) {
  const asked = [query.get('lang'), ...navigator.languages];
  const tag = asked.map(spoken).find(Boolean) ?? 'en';
  if (tag !== 'en') {
    const table = fetch(new URL(`i18n/${tag}.json`, import.meta.url)).then((response) =>
      response.ok ? response.json() : Promise.reject(`HTTP ${response.status} for i18n/${tag}.json`),
    );
    table.catch(() => {}); // the widget says so, and speaks English
    window[LANGUAGE_GLOBAL] = { tag, table };
  }
}

// Live updates (`refresh`): src/live/live.js, which says when to check the article again, loads
// beside the wasm only when they are on, handed to src/live/mod.rs as the promise of the module.
if (Number(query.get('refresh')) > 0) {
  const live = import(new URL('live.js', import.meta.url).href);
  live.catch(() => {}); // the widget notices, and shows no live controls
  window[LIVE_MODULE_GLOBAL] = live;
}

// A panic in the wasm is a trap (a WebAssembly.RuntimeError out of whatever called in). After
// one the app cannot be trusted to run again: stopped.js, loaded only then, tells the reader.
/** @type {Promise<void> | undefined} */
let stopping;
function stop() {
  stopping ??= import(new URL('stopped.js', import.meta.url).href).then(
    (stopped) => stopped.show(),
    () => document.querySelector(ROOT_SELECTOR)?.setAttribute(STATE_ATTRIBUTE, 'error'),
  );
}
/** @param {unknown} error */
const trapped = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => trapped(event.error) && stop());
addEventListener('unhandledrejection', (event) => trapped(event.reason) && stop());

// A published page (`make publish`) can be read and clicked before the wasm has taken it over.
// A click on a section's button meanwhile is answered at once: the section opens (or closes)
// here, as GOV.UK's accordion keeps its state in the page, marked `data-open` for the wasm to
// adopt. A click on any other button is kept, then replayed on the same button once the wasm
// runs (hydration keeps the page's nodes), so that no reader's click is lost.
const published = document.getElementById(ROOT_ID);
/** @type {HTMLButtonElement[]} */
const earlyClicks = [];
/** @param {MouseEvent} event */
const keepClick = (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button || !published?.contains(button) || published.hasAttribute(HYDRATED_ATTRIBUTE)) return;
  if (!toggleSection(button)) earlyClicks.push(button);
};
if (published) addEventListener('click', keepClick, true);

/** Opens or closes the section `button` heads, as the accordion would; false for any other
 * button.
 * @param {HTMLButtonElement} button */
function toggleSection(button) {
  const section = button.closest('section');
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!section || !panel || !section.contains(panel)) return false;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  if (open) panel.removeAttribute('hidden');
  else panel.setAttribute('hidden', 'until-found');
  section.toggleAttribute(OPEN_ATTRIBUTE, open);
  return true;
}

// The wasm hydrates a published page in a task after its start (src/lib.rs) and marks it when
// done; any other page is the wasm's from the start.
/** @type {Promise<void>} */
const hydration = new Promise((resolve) => {
  if (!published || published.hasAttribute(HYDRATED_ATTRIBUTE)) return resolve();
  const observer = new MutationObserver(
    () => published.hasAttribute(HYDRATED_ATTRIBUTE) && (observer.disconnect(), resolve()),
  );
  observer.observe(published, { attributes: true, attributeFilter: [HYDRATED_ATTRIBUTE] });
});

// Section links (src/links/links.js): loaded once a section is open, or when a host speaks to the
// frame (embed.js's address, Pym's parentUrl), so that a page no one opens or links into pays
// nothing for them. They are added to the panels once the page is the wasm's.
/** @type {Promise<typeof import('../links/links.js')> | undefined} */
let links;
const withLinks = () =>
  (links ??= import(new URL('links.js', import.meta.url).href).then((module) => {
    hydration.then(module.addLinks);
    return module;
  }));
const opened = new MutationObserver(() => {
  if (!document.querySelector('.accordion__button[aria-expanded="true"]')) return;
  opened.disconnect();
  withLinks().catch(() => {});
});
opened.observe(document, { subtree: true, attributeFilter: ['aria-expanded'] });
addEventListener('message', (event) => {
  if (event.data?.type === HOST_MESSAGE_TYPE) withLinks().then((module) => module.hear(event), () => {});
});
if (query.has('parentUrl')) withLinks().catch(() => {});

// Since your last visit (src/changes/): the version of each article a reader last saw is kept on
// the widget's own origin. Once the explainer is shown, a first visit keeps it; a returning reader
// shown another version loads since.js, which says what changed; anyone else loads nothing more.
// Nothing is read or kept with `remember=off`. The wasm calls `window[SHOWN_GLOBAL]` with the text
// of the article it shows (src/changes/mod.rs), a published page's data block included, as soon
// as it starts: so it is set before. The bundled article, which has no versions, has none.
// since.js changes the page only once it is the wasm's.
/** @param {string} text */
function recall(text) {
  try {
    const key = SEEN_KEY_PREFIX + JSON.parse(text).id;
    const seen = localStorage.getItem(key);
    if (seen === null) localStorage.setItem(key, text);
    else if (seen !== text) {
      const since = import(new URL('since.js', import.meta.url).href);
      hydration.then(() => since).then((module) => module.showChanges(seen, text)).catch(() => {});
    }
  } catch {
    // Storage refused (a sandboxed frame, a private window) or full: nothing is remembered.
  }
}
if (query.get('remember') !== 'off') window[SHOWN_GLOBAL] = recall;

const script = /** @type {HTMLScriptElement} */ (document.querySelector('script[data-wasm]'));
const { default: init } = await import(script.dataset.js ?? '');
// A published page shows its content first, then fetches and starts the wasm, so that neither
// competes with its first contentful paint (it has no preload of the wasm either). A frame that
// is not rendered (a background tab, an iframe out of view) reports no paint: a timer caps the
// wait.
if (published) {
  await new Promise((resolve) => {
    const painted = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      painted.disconnect();
      setTimeout(resolve);
    });
    painted.observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 1000);
  });
}
try {
  await init({ module_or_path: script.dataset.wasm });
} catch (error) {
  // A trap during start-up, or a wasm that could not be fetched or compiled: either way nothing
  // will render, so say so rather than leave a blank frame.
  stop();
  throw error;
}
if (published) {
  await hydration;
  removeEventListener('click', keepClick, true);
  for (const button of earlyClicks) button.click();
}
