// @ts-check
// The interface's words in the page's language, for the scripts that run beside the wasm
// (src/start/stopped.js, src/links/links.js): a published page's data block, else the language
// file src/start/boot.js fetched, else the English each script carries. Bundled into each of them
// (scripts/bundle-scripts.mjs).

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const STRINGS_ID = 'explainer-strings';
const LANGUAGE_GLOBAL = '__explainerLanguage';

/**
 * The words of the page's interface language, or `english` where its file cannot be had.
 * @template T @param {T} english @returns {Promise<T>}
 */
export async function interfaceWords(english) {
  try {
    const block = document.getElementById(STRINGS_ID);
    if (block) return JSON.parse(block.textContent ?? '');
    const language = window[LANGUAGE_GLOBAL];
    if (language) return /** @type {T} */ (await language.table);
  } catch {
    // The file could not be had: English, which is here.
  }
  return english;
}
