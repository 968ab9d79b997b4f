// @ts-check
// The editor's preview frame: the real widget, started as the root page starts it, showing the
// editor's draft (handed over by editor.js, or as drafts.js keeps it) as the article at its
// `src`. Requests for that address are answered here from the draft, so the draft never leaves
// the browser and the widget needs no change.
import { ARTICLE_DRAFT, MODE_DRAFT, readDraft } from './drafts.js';

const page = new URL(location.href);
const draftAddress = new URL(page.searchParams.get('src') ?? 'draft.json', page).href;
const networkFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const address = new URL(input instanceof Request ? input.url : String(input), page).href;
  if (address !== draftAddress) return networkFetch(input, init);
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  return Promise.resolve(new Response(draft(), { headers }));
};

/** The draft: as the editor framing this page hands it over (editor.js), else as kept. */
function draft() {
  try {
    const handed = window.parent !== window ? window.parent.previewedDraft?.() : undefined;
    if (typeof handed === 'string') return handed;
  } catch {
    // Framed by a page of another origin: only the kept draft.
  }
  // A draft kept in ArchieML needs the editor's checks to become JSON: only the editor hands it.
  return readDraft(MODE_DRAFT) === 'archieml' ? '' : readDraft(ARTICLE_DRAFT);
}

// The widget's files have content-hashed names, which the root page lists: its stylesheets, and
// the module that starts the wasm (with the wasm's address, and in `trunk serve` the glue's).
const root = new URL('../', page);
const listed = new DOMParser().parseFromString(await (await networkFetch(root)).text(), 'text/html');
/** @param {string | null} value */
const fromRoot = (value) => new URL(value ?? '', root).href;
for (const sheet of listed.querySelectorAll('link[rel="stylesheet"]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = fromRoot(sheet.getAttribute('href'));
  document.head.append(link);
}
const starter = listed.querySelector('script[type="module"][data-wasm]');
if (starter && !(starter instanceof HTMLScriptElement)) throw new Error('not a script');
if (!starter) throw new Error(`${root.href} has no script that starts the widget`);
const script = document.createElement('script');
script.type = 'module';
for (const name of ['data-js', 'data-wasm']) {
  if (starter.hasAttribute(name)) script.setAttribute(name, fromRoot(starter.getAttribute(name)));
}
if (starter.integrity) script.integrity = starter.integrity;
script.src = fromRoot(starter.getAttribute('src'));
document.head.append(script);
