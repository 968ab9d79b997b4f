// @ts-check
// Live updates (`refresh`): the explainer follows its article while it is read. Loaded by
// boot.js only when updates are on, and started by src/live/mod.rs, which validates and renders
// each new version (show). This file does the rest:
// - when to check: every `every` seconds ±10%, so that readers who opened the page together do
//   not poll in step; after n failures in a row between half and all of every·2ⁿ (at most a
//   quarter of an hour, or `every` if longer); no timer while the page is hidden, the frame is
//   off screen (`root` outside the top-level viewport) or the reader has paused;
// - the request: conditional, so an unchanged article costs a 304 and no parse, no render
//   (see `sameOrigin` below); capped and timed as the widget's own (src/load/fetch.js); the
//   first check reads the article once more, to learn its validator; made in a worker
//   (src/live/checker.js), so that a check that finds nothing new costs the page a message;
// - the "Updated" line with its Pause button, and a notice while updates fail;
// - after an update: focus and the text selection put back, what changed (src/changes/changes.js,
//   the comparison "Since your last visit" and the publisher's feeds make too) marked where it
//   stands (CHANGED_ATTRIBUTE) and named in one polite announcement, and the version kept as the
//   one the reader has seen.

import { checker } from './checker.js';
import { nextDelay } from './schedule.js';
import { openSections } from '../view/open-sections.js';
import { compare, describe, mark, CHANGE_WORD_KEYS } from '../changes/changes.js';
import { loadStylesheet } from '../load/stylesheet.js';
import { keepSeen } from '../changes/seen.js';
import { interfaceWords } from '../i18n/words.js';

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const CHANGED_ATTRIBUTE = 'data-changed';
const SHOW_REFUSED = 0;
const SHOW_REPLACED = 1;
const DATA_ID = 'explainer-article';

/** The keys of the words it says: its own and those that say what changed. */
export const LIVE_WORD_KEYS = ['lang', 'live_updated', 'live_failing', 'live_pause', 'live_resume', 'live_changed', ...CHANGE_WORD_KEYS];
/** English's words (from i18n/en.json, filled in by scripts/i18n.mjs when building). */
const ENGLISH = /** @type {import('../types').LiveWords} */ (/** @type {unknown} */ (/* i18n/en.json */ null));

/**
 * Starts the checks (src/live/mod.rs calls it once the first article is shown).
 * @param {import('../types').LiveOptions} options
 * @returns {{ stop(): void }}
 */
export function follow({ url, every, show, root, shownText }) {
  const interval = every * 1000;
  loadStylesheet(new URL('changes.css', import.meta.url)); // the marks an update leaves (src/changes)
  // English until the page's language file is read (a microtask: the wasm has read it already).
  let words = ENGLISH;
  let failures = 0;
  let timer = 0;
  let busy = false;
  let paused = false;
  let offscreen = false;
  let stopped = false;
  let made = 0;
  /** @type {string | undefined} */
  let lastText = shownText;
  // Of the article's own origin, the widget sends the validator itself and sees the 304: no body
  // is read at all. Of another origin that would cost a CORS preflight before every check, so
  // there the browser revalidates its cached copy (`no-cache`) and the text is compared.
  const sameOrigin = new URL(url).origin === location.origin;
  /** @type {Record<string, string> | null} */
  let validator = null;
  const checks = checker();
  const unchanged = () => {
    if (status.textContent === words.live_failing) updated();
    return true;
  };
  const delay = () => nextDelay(interval, failures, Math.random());
  let due = Date.now() + delay();

  /** @template {keyof HTMLElementTagNameMap} T
   * @param {T} tag @param {string} className @param {Element} parent */
  const element = (tag, className, parent) => {
    const made = document.createElement(tag);
    made.className = className;
    return parent.appendChild(made);
  };
  const bar = element('p', 'live', document.createElement('div'));
  const status = element('span', 'live__status', bar);
  bar.append(' ');
  const button = element('button', 'button button--secondary live__pause', bar);
  button.type = 'button';
  button.textContent = words.live_pause;
  // Its own polite region: what an update changed, or that updates fail, said once each.
  const said = element('span', 'visually-hidden', bar);
  said.setAttribute('role', 'status');
  const updated = () => {
    const time = new Date().toLocaleTimeString(words.lang, { hour: '2-digit', minute: '2-digit' });
    status.textContent = words.live_updated.replace('{time}', time);
  };
  updated();
  root.prepend(bar);
  interfaceWords(ENGLISH).then((read) => {
    words = read;
    button.textContent = paused ? words.live_resume : words.live_pause;
    if (status.textContent !== ENGLISH.live_failing) updated();
  });
  button.addEventListener('click', () => {
    paused = !paused;
    button.textContent = paused ? words.live_resume : words.live_pause;
    schedule();
  });

  function schedule() {
    clearTimeout(timer);
    timer = 0;
    if (stopped || busy || paused || offscreen || document.hidden) return;
    timer = window.setTimeout(run, Math.max(0, due - Date.now()));
  }

  async function run() {
    busy = true;
    let good;
    try {
      good = await check();
    } catch {
      good = false; // a network failure, a timeout
    }
    if (!good && status.textContent !== words.live_failing) {
      status.textContent = said.textContent = words.live_failing;
    }
    busy = false;
    failures = good ? 0 : failures + 1;
    due = Date.now() + delay();
    schedule();
    // How many checks were made, for whoever watches (the tests, the bench): an attribute no style
    // selects on and no assistive technology reads, so that setting it costs next to nothing (a
    // check that finds nothing new touches nothing else; aria-busy here cost the page 0.8 ms).
    bar.dataset.checks = String((made += 1));
  }

  /** One check: true when the answer was good (the same article, or a newer one now shown). */
  async function check() {
    let answer;
    try {
      answer = await checks.check({ url, cache: sameOrigin ? 'no-store' : 'no-cache', validator: sameOrigin ? validator : null, last: lastText });
    } catch {
      return false; // a failure, a timeout, too large, not text: updates are failing
    }
    const { text, learned } = answer;
    // A validator is kept only with a good answer: a 304 then stands for a version worth showing.
    const learn = () => {
      if (learned !== undefined) validator = learned;
    };
    if (text === null) return learn(), unchanged();
    /** @type {{ restore(): void } | undefined} */
    let place;
    const shown = show(text, () => {
      place = placeOf(root);
      return openSections(root);
    });
    if (shown === SHOW_REFUSED) return false;
    // The version it replaced: the last text read, else a published page's own.
    const before = lastText ?? document.getElementById(DATA_ID)?.textContent ?? undefined;
    lastText = text;
    learn();
    if (shown === SHOW_REPLACED && place) {
      await new Promise((resolve) => setTimeout(resolve)); // the new version is rendered by then
      updated();
      place.restore();
      const article = JSON.parse(text);
      keepSeen(article.id, text);
      const changes = before === undefined ? [] : compare(JSON.parse(before), article);
      mark(root, changes, CHANGED_ATTRIBUTE, words.live_changed);
      said.textContent = changes.map((change) => describe(change, words)).join('; ');
    }
    return true;
  }

  const observer = new IntersectionObserver((entries) => {
    offscreen = !entries[entries.length - 1].isIntersecting;
    schedule();
  });
  observer.observe(root);
  document.addEventListener('visibilitychange', schedule);
  schedule();
  return {
    stop() {
      stopped = true;
      checks.stop();
      schedule();
      observer.disconnect();
      document.removeEventListener('visibilitychange', schedule);
      bar.remove();
    },
  };
}

/** Where focus and the selection are in `root`, by child positions, which the parts an update does
 * not change keep; `restore` puts them back.
 * @param {Element} root */
function placeOf(root) {
  /** @param {Node | null} node @returns {number[] | null} */
  const pathOf = (node) => {
    /** @type {number[]} */
    const path = [];
    for (; node?.parentNode && node !== root; node = node.parentNode) path.unshift([...node.parentNode.childNodes].indexOf(/** @type {ChildNode} */ (node)));
    return node === root ? path : null;
  };
  /** @param {number[] | null} path @returns {Node | undefined} */
  const nodeAt = (path) => path?.reduce((/** @type {Node | undefined} */ node, index) => node?.childNodes[index], root);
  const focus = pathOf(document.activeElement);
  const selection = getSelection();
  const range = selection?.isCollapsed === false
    ? [pathOf(selection.anchorNode), selection.anchorOffset, pathOf(selection.focusNode), selection.focusOffset]
    : null;
  const restore = () => {
    if (focus && !root.contains(document.activeElement)) /** @type {HTMLElement | undefined} */ (nodeAt(focus))?.focus?.({ preventScroll: true });
    const [anchor, head] = range ? [nodeAt(/** @type {number[] | null} */ (range[0])), nodeAt(/** @type {number[] | null} */ (range[2]))] : [];
    try {
      if (range && anchor && head) selection?.setBaseAndExtent(anchor, /** @type {number} */ (range[1]), head, /** @type {number} */ (range[3]));
    } catch {
      // The selected text changed length: the selection goes with it.
    }
  };
  return { restore };
}
