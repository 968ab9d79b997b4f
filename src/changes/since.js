// @ts-check
// Since your last visit: a returning reader whose last seen version of the article is older than
// the one shown is told what changed, in a short box at the top of the explainer, with the
// changed parts marked where they stand (as live updates mark them). The box is announced once,
// politely, and can be dismissed. Loaded by src/start/boot.js only for such a reader, once the
// explainer is shown, so that the first paint and a first visit cost nothing.

import { compare, describe, mark, SELECTORS } from './changes.js';
import { loadStylesheet } from '../load/stylesheet.js';
import { keepSeen } from './seen.js';
import { interfaceWords } from '../i18n/words.js';

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const ROOT_SELECTOR = 'main.explainer';
const CHANGED_ATTRIBUTE = 'data-changed';

/** The keys of the words it says, and marks changed parts with. */
export const SINCE_WORD_KEYS = ['since_title', 'since_dismiss', 'live_changed'];
/** English's words (from i18n/en.json, filled in by scripts/i18n.mjs when building). */
const ENGLISH = /** @type {import('../types').SinceWords} */ (/** @type {unknown} */ (/* i18n/en.json */ null));

/** When a version says it was last changed, in milliseconds (NaN when it does not say).
 * @param {Record<string, any>} article */
const modified = (article) => Date.parse(article.dateModified ?? article.datePublished);

/**
 * Tells the reader what changed between the version they saw (`seenText`) and the one shown
 * (`text`), and keeps the one shown as seen. An older version than the one seen (a stale copy)
 * is not compared, and the newer one stays remembered.
 * @param {string} seenText @param {string} text
 */
export async function showChanges(seenText, text) {
  const [seen, shown] = [JSON.parse(seenText), JSON.parse(text)];
  if (modified(shown) < modified(seen)) return;
  keepSeen(shown.id, text);
  const changes = compare(seen, shown);
  const root = document.querySelector(ROOT_SELECTOR);
  if (!changes.length || !root) return;
  const words = await interfaceWords(ENGLISH);
  // The stylesheet of what changed first, so that the box never shows unstyled.
  await loadStylesheet(new URL('changes.css', import.meta.url));
  const lines = changes.map((change) => describe(change, words));

  /** @template {keyof HTMLElementTagNameMap} T @param {T} tag @param {string} className @param {string} [text] */
  const element = (tag, className, text) => {
    const made = document.createElement(tag);
    made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const box = element('section', 'since');
  // One level below the explainer's own headline, whatever level the host gave it.
  const level = Number(root.querySelector(SELECTORS.headline)?.tagName.slice(1)) || 2;
  const title = element(/** @type {'h3'} */ (`h${Math.min(level + 1, 6)}`), 'since__title', words.since_title);
  title.id = 'explainer-since-title';
  box.setAttribute('aria-labelledby', title.id);
  const list = element('ul', 'since__changes');
  list.append(...lines.map((line) => element('li', 'since__change', line)));
  const dismiss = element('button', 'button button--secondary since__dismiss', words.since_dismiss);
  dismiss.type = 'button';
  const said = element('p', 'visually-hidden');
  said.setAttribute('role', 'status');
  box.append(title, list, dismiss, said);
  root.prepend(box);
  const marked = mark(root, changes, CHANGED_ATTRIBUTE, words.live_changed);

  dismiss.addEventListener('click', () => {
    for (const part of marked) part.removeAttribute(CHANGED_ATTRIBUTE);
    box.remove();
    // Focus was on the box's button: it goes to the explainer's headline, not to the page's top.
    const headline = /** @type {HTMLElement | null} */ (root.querySelector(SELECTORS.headline));
    headline?.setAttribute('tabindex', '-1');
    headline?.focus({ preventScroll: true });
  });
  // Said once the region is in the page, so that screen readers hear it.
  setTimeout(() => (said.textContent = `${words.since_title}: ${lines.join('; ')}`), 100);
}
