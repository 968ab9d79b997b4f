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
//   first check reads the article once more, to learn its validator;
// - the "Updated" line with its Pause button, and a notice while updates fail;
// - after an update: focus and the text selection put back, the changed parts marked
//   (CHANGED_ATTRIBUTE) and named in one polite announcement.

import { fetchArticle } from '../load/fetch.js';
import { openSections } from '../view/open-sections.js';

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const CHANGED_ATTRIBUTE = 'data-changed';
const KEY_ATTRIBUTE = 'data-key';
const SHOW_REFUSED = 0;
const SHOW_REPLACED = 1;

/** How long to wait before the next check, in milliseconds: `interval` ±10%, so that readers who
 * opened the page together do not poll in step; after `failures` failures in a row, between half
 * and all of interval·2ⁿ, at most a quarter of an hour (or `interval` if longer).
 * @param {number} interval @param {number} failures @param {number} random in [0, 1) */
export const nextDelay = (interval, failures, random) =>
  failures === 0
    ? interval * (0.9 + 0.2 * random)
    : Math.min(interval * 2 ** Math.min(failures, 20), Math.max(interval, 900_000)) * (0.5 + 0.5 * random);

/**
 * Starts the checks (src/live/mod.rs calls it once the first article is shown).
 * @param {import('../types').LiveOptions} options
 * @returns {{ stop(): void }}
 */
export function follow({ url, every, show, root, words, lang, shownText }) {
  const interval = every * 1000;
  let failures = 0;
  let timer = 0;
  let busy = false;
  let paused = false;
  let offscreen = false;
  let stopped = false;
  /** @type {string | undefined} */
  let lastText = shownText;
  // Of the article's own origin, the widget sends the validator itself and sees the 304: no body
  // is read at all. Of another origin that would cost a CORS preflight before every check, so
  // there the browser revalidates its cached copy (`no-cache`) and the text is compared.
  const sameOrigin = new URL(url).origin === location.origin;
  /** @type {Record<string, string> | null} */
  let validator = null;
  const unchanged = () => {
    if (status.textContent === words.failing) updated();
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
  button.textContent = words.pause;
  // Its own polite region: what an update changed, or that updates fail, said once each.
  const said = element('span', 'visually-hidden', bar);
  said.setAttribute('role', 'status');
  const updated = () => {
    const time = new Date().toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    status.textContent = words.updated.replace('{time}', time);
  };
  updated();
  root.prepend(bar);
  button.addEventListener('click', () => {
    paused = !paused;
    button.textContent = paused ? words.resume : words.pause;
    schedule();
  });

  function schedule() {
    clearTimeout(timer);
    timer = 0;
    if (stopped || busy || paused || offscreen || document.hidden) return;
    timer = window.setTimeout(run, Math.max(0, due - Date.now()));
  }

  async function run() {
    // aria-busy: the announcement waits for the check's end (and tests wait on it too).
    said.setAttribute('aria-busy', String((busy = true)));
    let good;
    try {
      good = await check();
    } catch {
      good = false; // a network failure, a timeout
    }
    if (!good && status.textContent !== words.failing) {
      status.textContent = said.textContent = words.failing;
    }
    busy = false;
    failures = good ? 0 : failures + 1;
    due = Date.now() + delay();
    schedule();
    said.setAttribute('aria-busy', String(busy));
  }

  /** One check: true when the answer was good (the same article, or a newer one now shown). */
  async function check() {
    let answer;
    try {
      answer = await fetchArticle(url, { cache: sameOrigin ? 'no-store' : 'no-cache', headers: sameOrigin && validator ? validator : {} });
    } catch {
      return false; // a failure, a timeout, too large, not text: updates are failing
    }
    const { text, response } = answer;
    if (text === null) return unchanged();
    // Kept only with a good answer: a 304 then stands for a version worth showing.
    const learn = () => {
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      validator = etag ? { 'if-none-match': etag } : lastModified ? { 'if-modified-since': lastModified } : null;
    };
    if (text === lastText) return learn(), unchanged();
    /** @type {Snapshot | undefined} */
    let before;
    const shown = show(text, () => {
      before = snapshot(root);
      return openSections(root);
    });
    if (shown === SHOW_REFUSED) return false;
    lastText = text;
    learn();
    if (shown === SHOW_REPLACED && before) {
      await new Promise((resolve) => setTimeout(resolve)); // the new version is rendered by then
      updated();
      before.place.restore();
      said.textContent = changed(before, root, words);
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
      schedule();
      observer.disconnect();
      document.removeEventListener('visibilitychange', schedule);
      bar.remove();
    },
  };
}

/** @typedef {{ parts: Map<string, { text: string, statuses: string[] }>, place: { restore(): void } }} Snapshot */

/** The parts of the page an update can change, each with a key: its id (a section, quote or
 * source), its data-key (an agreement or key figure), or else its own text (a fact, a timeline
 * event), so that a changed one is a new key. */
const PARTS = '.header, .figure, .quote, .accordion__section, .card, .source, li.fact, li.timeline__event';
/** Every other selector it finds parts of the page by. They and PARTS are the only classes it
 * selects on, and tests/contract.rs holds each to the HTML the views render. */
const SELECTORS = {
  header: '.header',
  headerTexts: '.header__headline, .header__dek',
  statuses: ':scope > .badges .badge__value',
  section: '.accordion__section',
  card: '.card',
  cardName: '.card__title',
  name: '.accordion__title, .figure__label, .header__headline, .quote__text',
};
/** @param {HTMLElement} part */
const keyOf = (part) => part.getAttribute(KEY_ATTRIBUTE) ?? (part.id || (part.matches(SELECTORS.header) ? 'header' : `text:${part.textContent}`));

/** The parts of the page by key (their text, and a card's status values), and where focus and
 * the selection are, by child positions, which the parts an update does not change keep. */
/** @param {Element} root @returns {Snapshot} */
function snapshot(root) {
  const parts = new Map();
  for (const part of root.querySelectorAll(/** @type {'div'} */ (PARTS))) parts.set(keyOf(part), { text: textOf(part), statuses: statusesOf(part) });
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
  return { parts, place: { restore } };
}

/** A part's text; the header's without its dates, which every update moves.
 * @param {Element} part */
const textOf = (part) =>
  part.matches(SELECTORS.header)
    ? [...part.querySelectorAll(SELECTORS.headerTexts)].map((e) => e.textContent).join('\n')
    : (part.textContent ?? '');
/** @param {Element} part */
const statusesOf = (part) => [...part.querySelectorAll(SELECTORS.statuses)].map((value) => value.textContent ?? '');

/** Marks the parts that are new or changed since `before`, and names them: "Section: item, now
 * Status" for each changed section (its changed cards named), and each other changed part.
 * @param {Snapshot} before @param {Element} root @param {import('../types').LiveWords} words */
function changed(before, root, words) {
  /** @type {string[]} */
  const phrases = [];
  for (const part of root.querySelectorAll(/** @type {'div'} */ (PARTS))) {
    const old = before.parts.get(keyOf(part));
    if (old?.text === textOf(part)) continue;
    part.setAttribute(CHANGED_ATTRIBUTE, words.changed);
    if (part.parentElement?.closest(SELECTORS.section)) continue; // named with its section
    const title = part.querySelector(SELECTORS.name);
    const items = part.matches(SELECTORS.section)
      ? [...part.querySelectorAll(/** @type {'div'} */ (SELECTORS.card))]
          .filter((card) => before.parts.get(keyOf(card))?.text !== textOf(card))
          .map((card) =>
            cardPhrase(card.querySelector(SELECTORS.cardName)?.textContent ?? '', before.parts.get(keyOf(card))?.statuses ?? [], statusesOf(card), words.now),
          )
      : [];
    phrases.push(partPhrase((title ?? part).textContent ?? '', items));
  }
  return phrases.join('; ');
}

/** A changed card as the announcement names it: "name, now Status" (`template`) when one of its
 * statuses moved since the last version (compared by position), else its name.
 * @param {string} name @param {string[]} was @param {string[]} now @param {string} template */
export function cardPhrase(name, was, now, template) {
  const moved = now.find((value, index) => was.length > 0 && value !== was[index]);
  // Replaced by functions: a name may hold `$&`, which a replacement string would expand.
  return moved === undefined ? name : template.replace('{name}', () => name).replace('{status}', () => moved);
}

/** A changed part as the announcement names it: its title, cut to 80 characters, and for a
 * section its changed cards.
 * @param {string} title @param {string[]} items */
export function partPhrase(title, items) {
  const text = title.trim();
  const name = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return items.length ? `${name}: ${items.join(', ')}` : name;
}
