// @ts-check
// Where the editor keeps its drafts across reloads: this browser's localStorage, on the widget's
// own origin (preview.js reads it too when no editor hands it the draft). Nothing is sent anywhere.
export const ARTICLE_DRAFT = 'explainer-editor:article';
export const SOURCE_DRAFT = 'explainer-editor:source';
/** What the draft is written in: `json` or `archieml`. */
export const MODE_DRAFT = 'explainer-editor:mode';

/** The draft kept under `key`, or '' (none yet, or storage turned off in this browser).
 * @param {string} key */
export function readDraft(key) {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps `text` under `key`; false when the browser refuses (storage off, or full).
 * @param {string} key @param {string} text */
export function keepDraft(key, text) {
  try {
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
