// @ts-check
// The ids of the explainer's open sections, read from their buttons (src/view/accordion.rs names
// each section's button `<section id><SECTION_BUTTON_SUFFIX>` and says it is expanded): for live
// updates, which open them again in the new version, and for the editor's preview, reloaded with
// them open. Bundled into each script that imports it.

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const SECTION_BUTTON_SUFFIX = '-button';

/** @param {ParentNode} root @returns {string[]} */
export const openSections = (root) =>
  [...root.querySelectorAll('button[aria-controls][aria-expanded="true"]')]
    .map((button) => button.id)
    .filter((id) => id.endsWith(SECTION_BUTTON_SUFFIX))
    .map((id) => id.slice(0, -SECTION_BUTTON_SUFFIX.length));
