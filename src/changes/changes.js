// @ts-check
// What changed between two versions of an article: the one comparison behind "Since your last
// visit" (src/changes/since.js), live updates (src/live/live.js) and the publisher's history and
// feeds (src/publish/history.rs runs this file in Node). It compares the articles' data, not
// their pages, so the same version gives the same changes wherever it is read; `describe` words
// each change in a language file's words, and `mark` finds each changed part in the page. It
// imports nothing: the publisher runs this file alone.

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const KEY_ATTRIBUTE = 'data-key';

/** The classes the changed parts are found by (here and in since.js), and the only ones: each
 * is held to the HTML the views render by tests/contract.rs. */
export const SELECTORS = {
  section: '.accordion__section',
  itemName: '.fact__text, .card__title',
  item: 'li, .card',
  headline: '.header__headline',
};

/** An agreement's statuses in the order of the language files' `lifecycle` and `compliance`
 * lists (the content model's `Lifecycle` and `Compliance`; tests/contract.rs holds them equal). */
export const LIFECYCLE = ['proposed', 'announced', 'agreed', 'inForce', 'suspended', 'collapsed'];
export const COMPLIANCE = ['noReportedViolations', 'alleged', 'mutualAccusations', 'confirmed', 'unknown'];

/**
 * One change. `kind`: `new`, `gone`, `edited` (an item's text), `moved` (a figure's value or an
 * agreement's status, `was` → `now`) or `note` (an editor's note in `updates`). `part` names
 * where it is (a section's title, or `keyFigures` / `quotes` for the interface's own headings);
 * `item` what changed; `find`, how to find it in the page.
 * @typedef {{ kind: 'new' | 'gone' | 'edited' | 'moved' | 'note', part: string, item: string,
 *   axis?: 'lifecycle' | 'compliance', was?: string, now?: string, find: Find }} Change
 * @typedef {{ id?: string, key?: string, text?: string, section?: string }} Find
 * @typedef {Record<string, any>} Json
 */

/** Items of a list by their identity: an id where they have one, else their date and text. */
const identity = (/** @type {Json} */ item) => item.id ?? `${item.date ?? ''}\n${item.text ?? item.claim ?? ''}`;
/** How an item is named: its name, its text, or its claim. */
const nameOf = (/** @type {Json} */ item) => String(item.name ?? item.text ?? item.claim ?? item.id ?? '');
const same = (/** @type {unknown} */ a, /** @type {unknown} */ b) => JSON.stringify(a) === JSON.stringify(b);
/** @param {unknown} list @returns {Json[]} */
const listOf = (list) => (Array.isArray(list) ? list.filter((item) => item !== null && typeof item === 'object') : []);

/**
 * The changes from `old` to `now`, in the order the page shows them: key figures, quotes, each
 * section's items, then the editors' new notes.
 * @param {Json} old @param {Json} now @returns {Change[]}
 */
export function compare(old, now) {
  /** @type {Change[]} */
  const changes = [];
  /** Compares two lists item by item: what is new, gone, or edited (`moved` for what `moves` finds).
   * @param {Json[]} before @param {Json[]} after @param {string} part
   * @param {(item: Json) => Find} find
   * @param {(was: Json, is: Json) => Change[]} [moves] */
  const lists = (before, after, part, find, moves) => {
    const earlier = new Map(before.map((item) => [identity(item), item]));
    const later = new Set(after.map(identity));
    for (const item of after) {
      const was = earlier.get(identity(item));
      if (!was) changes.push({ kind: 'new', part, item: nameOf(item), find: find(item) });
      else if (!same(was, item)) {
        const moved = moves?.(was, item) ?? [];
        changes.push(...moved);
        // Moved alone (only a status or a value) is said once; anything else is an edit too.
        if (!moved.length || !same(unmoved(was), unmoved(item))) changes.push({ kind: 'edited', part, item: nameOf(item), find: find(item) });
      }
    }
    for (const item of before) if (!later.has(identity(item))) changes.push({ kind: 'gone', part, item: nameOf(item), find: {} });
  };

  lists(listOf(old.keyFigures), listOf(now.keyFigures), 'keyFigures', (figure) => ({ key: figure.id }), (was, is) =>
    figureValue(was) === figureValue(is) ? [] : [{ kind: 'moved', part: 'keyFigures', item: nameOf({ name: is.label }), was: figureValue(was), now: figureValue(is), find: { key: is.id } }],
  );
  lists(listOf(old.quotes), listOf(now.quotes), 'quotes', (quote) => ({ id: `quote-${quote.id}` }));

  const sections = new Map(listOf(old.sections).map((section) => [section.id, section]));
  for (const section of listOf(now.sections)) {
    const was = sections.get(section.id);
    if (!was) {
      changes.push({ kind: 'new', part: String(now.headline ?? ''), item: nameOf({ name: section.title }), find: { id: section.id } });
      continue;
    }
    const part = String(section.title ?? '');
    for (const list of new Set([...Object.keys(was), ...Object.keys(section)])) {
      if (!Array.isArray(section[list]) && !Array.isArray(was[list])) continue;
      lists(listOf(was[list]), listOf(section[list]), part, (item) => findItem(item, list, section.id), agreementMoves);
    }
  }
  for (const section of listOf(old.sections)) {
    if (!listOf(now.sections).some((is) => is.id === section.id)) changes.push({ kind: 'gone', part: String(now.headline ?? ''), item: nameOf({ name: section.title }), find: {} });
  }

  const notes = new Set(listOf(old.updates).map(identity));
  for (const update of listOf(now.updates)) if (!notes.has(identity(update))) changes.push({ kind: 'note', part: '', item: nameOf(update), find: {} });
  return changes;
}

/** An item without what `moved` changes report: an agreement's statuses, a figure's value. */
const unmoved = (/** @type {Json} */ item) => ({ ...item, lifecycle: undefined, compliance: undefined, value: undefined, qualifier: undefined });

/** A key figure's value as the page shows it: its qualifier and value. */
const figureValue = (/** @type {Json} */ figure) => [figure.qualifier, figure.value].filter(Boolean).join(' ');

/** Where an item of a section's `list` is in the page: a source by its id, an agreement by its
 * key, anything else (a fact, an event, a proposal's card) by its text within its section.
 * @param {Json} item @param {string} list @param {string} section @returns {Find} */
function findItem(item, list, section) {
  if (list === 'citations') return { id: `source-${item.id}` };
  if (list === 'agreements') return { key: item.id };
  return { text: nameOf(item), section };
}

/** An agreement's statuses that moved.
 * @param {Json} was @param {Json} is @returns {Change[]} */
function agreementMoves(was, is) {
  /** @type {Change[]} */
  const moves = [];
  for (const axis of /** @type {const} */ (['lifecycle', 'compliance'])) {
    const [before, after] = [was[axis]?.status, is[axis]?.status];
    if (before !== undefined && after !== undefined && before !== after) {
      moves.push({ kind: 'moved', part: '', item: nameOf(is), axis, was: before, now: after, find: { key: is.id } });
    }
  }
  return moves;
}

/**
 * The words `describe` needs, from a language file (i18n/<tag>.json).
 * @typedef {{ change_new: string, change_gone: string, change_edited: string, change_moved: string,
 *   change_note: string, key_figures: string, quotes: string, lifecycle_axis: string,
 *   compliance_axis: string, lifecycle: string[], compliance: string[], list_separator: string }} ChangeWords
 */
/** Their keys: scripts/i18n.mjs fills English's into the scripts that describe changes. */
export const CHANGE_WORD_KEYS = ['change_new', 'change_gone', 'change_edited', 'change_moved', 'change_note', 'key_figures', 'quotes', 'lifecycle_axis', 'compliance_axis', 'lifecycle', 'compliance', 'list_separator'];

/** Fills `{name}` placeholders, each value isolated (U+2068 … U+2069): an article's words keep
 * their own direction inside the interface's, and the interface's punctuation and arrow its, so
 * that "nearly 30 → 31" in an English article still reads from 30 to 31 in an Arabic interface.
 * By function, so that a `$&` in a value is not expanded.
 * @param {string} template @param {Record<string, string>} values */
const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (whole, name) => (values[name] === undefined ? whole : `\u2068${values[name]}\u2069`));

/** Cuts an item's text to 120 characters, as a summary line names it. */
const cut = (/** @type {string} */ text) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 120 ? `${trimmed.slice(0, 119)}…` : trimmed;
};

/**
 * One change as a line in the reader's language: "New in Timeline: …", "Black Sea ceasefire,
 * Compliance: No reported violations → Violations alleged".
 * @param {Change} change @param {ChangeWords} words @returns {string}
 */
export function describe(change, words) {
  const part = change.part === 'keyFigures' ? words.key_figures : change.part === 'quotes' ? words.quotes : change.part;
  const item = cut(change.item);
  if (change.kind === 'note') return fill(words.change_note, { text: item });
  if (change.kind === 'moved' && change.axis) {
    const [names, order] = change.axis === 'lifecycle' ? [words.lifecycle, LIFECYCLE] : [words.compliance, COMPLIANCE];
    const status = (/** @type {string | undefined} */ value) => names[order.indexOf(value ?? '')] ?? value ?? '';
    const axis = change.axis === 'lifecycle' ? words.lifecycle_axis : words.compliance_axis;
    return fill(words.change_moved, { item: `${item}${words.list_separator}${axis}`, was: status(change.was), now: status(change.now) });
  }
  if (change.kind === 'moved') return fill(words.change_moved, { item, was: change.was ?? '', now: change.now ?? '' });
  const template = { new: words.change_new, gone: words.change_gone, edited: words.change_edited }[change.kind];
  return fill(template, { part, item });
}

/** Changes that are new or edited items of the page, marked where they stand (the attribute's
 * text is the label the style sheet shows), with the sections that hold them.
 * @param {Element} root @param {Change[]} changes @param {string} attribute @param {string} label
 * @returns {Element[]} the parts marked */
export function mark(root, changes, attribute, label) {
  /** @type {Element[]} */
  const marked = [];
  for (const change of changes) {
    const part = locate(root, change.find);
    if (!part) continue;
    for (const element of [part, part.parentElement?.closest(SELECTORS.section)]) {
      if (element && !marked.includes(element)) element.setAttribute(attribute, label), marked.push(element);
    }
  }
  return marked;
}

/** The page's element for a change's `find`, if it is shown.
 * @param {Element} root @param {Find} find @returns {Element | null} */
function locate(root, { id, key, text, section }) {
  if (id) return root.ownerDocument.getElementById(id);
  if (key) return [...root.querySelectorAll(`[${KEY_ATTRIBUTE}]`)].find((element) => element.getAttribute(KEY_ATTRIBUTE) === key) ?? null;
  if (text === undefined) return null;
  const within = (section && root.ownerDocument.getElementById(section)) || root;
  const named = [...within.querySelectorAll(SELECTORS.itemName)].find((element) => element.textContent?.trim() === text.trim());
  return named?.closest(SELECTORS.item) ?? null;
}
