// @ts-check
// The draft in and out of the editor: loaded from an address, started from the Paris article in
// ArchieML or drafted from the source text (each with Undo), and downloaded as JSON or as
// ArchieML, named after its id.
import {
  draft_from_source as draftFromSource,
  archieml_template as archiemlTemplate,
  json_as_archieml as jsonAsArchieml,
  allowed_origins as allowedOrigins,
  is_allowed_origin as isAllowedOrigin,
} from './check.js';
import { fetchArticle } from '../../src/load/fetch.js';
import { byId } from './page.js';

/** The draft as editor.js keeps it: its text, what it is written in (`json` or `archieml`), the
 * JSON it stands for ('' when it cannot be read), and `replace`, which puts another text in its
 * place, checks it and says so in `saved`.
 * @typedef {{ text(): string, mode(): string, json(): string, replace(text: string, mode: string): void, saved: HTMLElement }} Draft */

/** Wires the Load form, Undo load, the template button and the downloads to `draft`.
 * @param {Draft} draft */
export function files(draft) {
  const article = byId('article', HTMLTextAreaElement);
  const status = byId('load-status', HTMLElement);
  const undo = byId('undo-load', HTMLButtonElement);

  // Loading, the template and drafting replace the draft; the draft from before the last of them
  // can be brought back.
  let before = { text: '', mode: draft.mode(), what: 'load' };
  /** Puts `text` in place of the draft, keeping the draft for Undo (named after `what`).
   * @param {string} text @param {string} mode @param {string} [what] */
  const replace = (text, mode, what = 'load') => {
    before = { text: draft.text(), mode: draft.mode(), what };
    draft.replace(text, mode);
    undo.textContent = `Undo ${what}`;
    undo.hidden = false;
  };
  undo.addEventListener('click', () => {
    draft.replace(before.text, before.mode);
    undo.hidden = true;
    status.textContent = `The draft from before the ${before.what} is back.`;
    draftStatus.textContent = '';
    article.focus();
  });
  // Any edit after a load makes the loaded text the draft: there is no load to undo any more.
  article.addEventListener('input', () => {
    undo.hidden = true;
  });

  // Loading: only from the addresses the widget itself loads from (src/load/address.rs): an
  // http(s) address of an origin that `article::is_allowed_origin` allows, with the widget's
  // limits (src/load/fetch.js).
  byId('load', HTMLFormElement).addEventListener('submit', async (event) => {
    event.preventDefault();
    let address;
    try {
      address = new URL(byId('address', HTMLInputElement).value.trim(), location.href);
    } catch {
      status.textContent = 'That is not a web address.';
      return;
    }
    if (!['http:', 'https:'].includes(address.protocol) || !isAllowedOrigin(address.origin, location.origin)) {
      status.textContent = `The explainer does not load articles from ${address.origin}. It loads them from ${allowedOrigins(location.origin)}.`;
      return;
    }
    status.textContent = `Loading ${address.href}…`;
    try {
      // An .aml address is ArchieML; anything else is read as JSON, as the widget reads it.
      const archieml = address.pathname.toLowerCase().endsWith('.aml');
      const { text } = await fetchArticle(address, { cache: 'no-cache', archieml });
      if (text === null) throw new Error('the server answered 304 to a request that was not conditional');
      replace(text, archieml ? 'archieml' : 'json');
      status.textContent = `Loaded ${address.href} in place of the draft.`;
    } catch (error) {
      status.textContent = `Could not load ${address.href}: ${error instanceof Error ? error.message : String(error)}.`;
    }
  });

  // The Paris article in ArchieML, to start from (Undo load brings the draft before it back).
  byId('template', HTMLButtonElement).addEventListener('click', () => {
    replace(archiemlTemplate(), 'archieml');
    status.textContent = 'The Paris article in ArchieML is in place of the draft.';
    article.focus();
  });

  // Draft from the source: the drafter (crate draft) in this page's wasm, in the draft's mode;
  // asks first when there is a draft to replace.
  const draftStatus = byId('draft-status', HTMLElement);
  const source = byId('source', HTMLTextAreaElement);
  byId('draft-source', HTMLButtonElement).addEventListener('click', () => {
    if (!source.value.trim()) {
      draftStatus.textContent = 'Paste the article into Source text first: the draft is made from it.';
      source.focus();
      return;
    }
    if (draft.text().trim() && !confirm('Replace the draft with one drafted from the source text? Undo draft brings it back.')) {
      return;
    }
    const started = performance.now();
    const published = byId('draft-published', HTMLInputElement).value;
    const answer = JSON.parse(draftFromSource(source.value, published, today(), draft.mode() === 'archieml'));
    if (answer.problem) {
      draftStatus.textContent = `No draft: ${answer.problem}.`;
      return;
    }
    replace(answer.draft, draft.mode(), 'draft');
    const took = Math.round(performance.now() - started);
    draftStatus.textContent = `Drafted from the source in ${took} ms: check each speaker and date, then choose what to keep.`;
    status.textContent = '';
    article.focus();
  });

  // Download: the draft as JSON and as ArchieML, whichever it is written in, named after its id.
  byId('download', HTMLButtonElement).addEventListener('click', () => {
    const json = draft.json();
    if (draft.mode() === 'archieml' && !json) {
      draft.saved.textContent = 'No JSON to download: the ArchieML cannot be read yet (see the problems).';
      return;
    }
    save(json, `${fileName(json)}.json`, 'application/json');
  });
  byId('download-aml', HTMLButtonElement).addEventListener('click', () => {
    let text = draft.text();
    if (draft.mode() === 'json') {
      const answer = JSON.parse(jsonAsArchieml(text));
      if (answer.problem) {
        draft.saved.textContent = `No ArchieML to download: ${answer.problem}.`;
        return;
      }
      text = answer.archieml;
    }
    save(text, `${fileName(draft.json())}.aml`, 'text/plain');
  });
}

/** Today in this browser's time zone, `YYYY-MM-DD`: the draft's date unless the source has one. */
function today() {
  const now = new Date();
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Saves `text` as the file `name`, made in the browser.
 * @param {string} text @param {string} name @param {string} type */
function save(text, name, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href));
}

/** The article's id for a file name, from the draft's JSON; `article` when it has none yet.
 * @param {string} json */
function fileName(json) {
  try {
    const id = JSON.parse(json)?.id;
    if (typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return id;
  } catch {
    // Not JSON yet: the generic name.
  }
  return 'article';
}
