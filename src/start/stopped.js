// @ts-check
// Shown when the wasm has stopped (a trap: the release build aborts at once on a panic) or could
// not start, so that the reader never faces a frozen widget. Loaded by boot.js only then, so it
// costs the first render nothing. It needs nothing from the app, which may be what stopped.
//
// Before the first render: data-state="error", "could not start" and a Reload button. After it:
// the content stays, data-state="stopped", and a notice at the top says the interactive parts
// stopped working, also in the live region. The frame's height is still posted: the widget's
// own ResizeObserver reports the notice (e2e/specs/stopped.spec.mjs checks).

import { interfaceWords } from '../i18n/words.js';

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const STATE_ATTRIBUTE = 'data-state';
const ROOT_SELECTOR = 'main.explainer';

/** English's words (from i18n/en.json, filled in by scripts/i18n.mjs when building). */
const ENGLISH = /** @type {import('../types').StoppedWords} */ (/** @type {unknown} */ (/* i18n/en.json */ null));

export async function show() {
  let main = /** @type {HTMLElement | null} */ (document.querySelector(`main[${STATE_ATTRIBUTE}]`));
  const rendered = Boolean(main) && main?.getAttribute(STATE_ATTRIBUTE) !== 'loading';
  if (!main) {
    main = document.createElement('main');
    main.className = ROOT_SELECTOR.split('.')[1];
    document.body.append(main);
  }
  const said = await interfaceWords(ENGLISH);
  const notice = document.createElement('div');
  notice.className = 'error-panel stopped';
  notice.lang = said.lang;
  notice.dir = said.dir;
  const text = document.createElement('p');
  text.textContent = rendered ? said.stopped_after : said.stopped_before;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = said.reload;
  reload.addEventListener('click', () => location.reload());
  notice.append(text, reload);
  main.setAttribute(STATE_ATTRIBUTE, rendered ? 'stopped' : 'error');
  if (rendered) {
    main.prepend(notice);
    // Said where the widget says everything else: one live region only.
    const status = main.querySelector('[role=status]');
    if (status) status.textContent = text.textContent;
  } else {
    main.replaceChildren(notice);
    main.lang = said.lang;
    main.dir = said.dir;
    notice.setAttribute('role', 'alert');
  }
}
