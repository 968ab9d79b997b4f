// @ts-check
// The version of each article a reader last saw, kept in localStorage on the widget's own origin
// (nothing is sent anywhere): src/start/boot.js reads it to know whether src/changes/since.js is
// needed, since.js and live updates keep the version they show. Nothing is kept with
// `remember=off`, or where storage is refused (a sandboxed frame, a private window, a full quota).

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const SEEN_KEY_PREFIX = 'news-explainer:seen:';

/** Whether the page may remember what its reader saw. */
export const remembering = () => new URLSearchParams(location.search).get('remember') !== 'off';

/** Keeps `text` as the version of article `id` its reader has seen. @param {string} id @param {string} text */
export function keepSeen(id, text) {
  if (!remembering()) return;
  try {
    localStorage.setItem(SEEN_KEY_PREFIX + id, text);
  } catch {
    // Refused, or over the quota: this version is simply not remembered.
  }
}
