// @ts-check
// The draft in and out of the editor: loaded from an address (with Undo load), started from the
// Paris article in ArchieML, and downloaded as JSON or as ArchieML, named after its id.
import {
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

  // Loading replaces the draft; the draft from before the last load can be brought back.
  let before = { text: '', mode: draft.mode() };
  /** Puts `text` in place of the draft, keeping the draft for Undo load.
   * @param {string} text @param {string} mode */
  const replace = (text, mode) => {
    before = { text: draft.text(), mode: draft.mode() };
    draft.replace(text, mode);
    undo.hidden = false;
  };
  undo.addEventListener('click', () => {
    draft.replace(before.text, before.mode);
    undo.hidden = true;
    status.textContent = 'The draft from before the load is back.';
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
