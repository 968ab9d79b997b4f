// @ts-check
// Links that land, inside the frame: each open section ends with "Link to this section", which
// points at the page the reader is on and, activated, copies itself; a link on the host that
// names this frame opens its section, and the host is asked to scroll to it.
//   on an embed.js host:  <host address>#<frame id>/<section id>   (embed.js posts the address)
//   on a Pym.js host:     <parentUrl>#<childId>/<section id>         (from this frame's query)
//   anywhere else:        <this page>#<section id>
// The loader (src/start/boot.js) imports this module once a section is open or a host speaks to
// the frame: a page no one opens or links into pays nothing for it, and the wasm carries none of
// it. The loader calls `addLinks` once the page is the wasm's (a published page is hydrated
// first); panels rendered later get theirs as they come.

import { interfaceWords } from '../i18n/words.js';

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const HOST_MESSAGE_TYPE = 'news-explainer:host';
const SCROLL_MESSAGE_TYPE = 'news-explainer:scroll';
const SECTION_BUTTON_SUFFIX = '-button';

/** English's words (from i18n/en.json, filled in by scripts/i18n.mjs when building). */
const ENGLISH = /** @type {import('../types').LinkWords} */ (/** @type {unknown} */ (/* i18n/en.json */ null));

const PANELS = '.accordion__panel';
const LINKS = '.section-link a';
// A frame's or a section's id in a link: anything else (markup, paths, long text) opens nothing.
const ID = /^[A-Za-z0-9_-]{1,80}$/;
// How long a host's link waits for the explainer to show its sections.
const WAIT_FOR_SECTIONS_MS = 30_000;
// How long a section opened for a host's link is not clicked again.
const OPENING_MS = 1000;
// How long a copy waits for the clipboard before showing the address to copy by hand: a frame's
// write can wait on a permission no one is asked for, and the reader would be told nothing.
const CLIPBOARD_WAIT_MS = 1000;
/** Sections' buttons clicked for a host's link, until they have had time to show it open. @type {WeakSet<HTMLElement>} */
const opening = new WeakSet();

const query = new URLSearchParams(location.search);
const pymChildId = query.get('childId');
/** What a section's id is appended to: `<page>#`, or `<host page>#<frame id>/`. */
let base = location.href.split('#')[0] + '#';
const words = interfaceWords(ENGLISH);

/** Points `link` at its section on the page the reader is on. @param {HTMLAnchorElement} link */
function point(link) {
  const address = base + (link.closest('section')?.id ?? '');
  if (link.href !== address) link.href = address;
}

/** Points every section's link at the page the reader is on. */
function pointAll() {
  for (const link of document.querySelectorAll(LINKS)) point(/** @type {HTMLAnchorElement} */ (link));
}

/** Gives every panel that has none its link, and points them all; then watches for panels
 * rendered later (a live update, a retry). */
export async function addLinks() {
  await givePanelsLinks();
  let adding = false;
  new MutationObserver(() => {
    if (adding || ![...document.querySelectorAll(PANELS)].some((panel) => !panel.querySelector(LINKS))) return;
    adding = true;
    givePanelsLinks().finally(() => (adding = false));
  }).observe(document.body, { childList: true, subtree: true });
}

/** Gives every panel that has none its link, and points them all. */
async function givePanelsLinks() {
  const said = await words;
  for (const panel of document.querySelectorAll(PANELS)) {
    if (panel.querySelector(LINKS)) continue;
    const line = document.createElement('p');
    line.className = 'section-link';
    const link = document.createElement('a');
    link.textContent = said.link_to_section;
    link.dataset.copied = said.link_copied;
    line.append(link);
    panel.append(line);
  }
  pointAll();
}

/**
 * Links on the host page at `address`, in its frame `frame`; the section the host's fragment
 * asks of this frame (`#<frame>/<section>`), if any.
 * @param {string} address @param {string} frame @returns {string | null}
 */
function follow(address, frame) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !ID.test(frame)) return null;
  const fragment = url.hash.slice(1);
  url.hash = '';
  base = url.href.replace(/#$/, '') + '#' + frame + '/';
  pointAll();
  const [named, section, ...rest] = fragment.split('/');
  return named === frame && rest.length === 0 && ID.test(section ?? '') ? section : null;
}

/** Calls `then` once section `id`'s button is on the page, waiting for the widget to show the
 * article. @param {string} id @param {(button: HTMLElement) => void} then */
function whenShown(id, then) {
  const find = () => document.getElementById(id + SECTION_BUTTON_SUFFIX);
  const now = find();
  if (now) return then(now);
  const watching = new MutationObserver(() => {
    const button = find();
    if (!button) return;
    watching.disconnect();
    then(button);
  });
  watching.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => watching.disconnect(), WAIT_FOR_SECTIONS_MS);
}

/** Opens section `id` and asks the host to bring its top to the top of the window (embed.js
 * scrolls there again as the frame grows). Focus stays where it is. A timer, not an animation
 * frame: a frame far below the fold does not render until the host scrolls to it.
 * @param {string} id */
function land(id) {
  whenShown(id, (button) => {
    // The host says so more than once (the frame's load, its first height): a second click
    // before the first has shown would close the section again.
    if (button.getAttribute('aria-expanded') !== 'true' && !opening.has(button)) {
      opening.add(button);
      setTimeout(() => opening.delete(button), OPENING_MS);
      button.click();
    }
    setTimeout(() => {
      const section = document.getElementById(id);
      if (!section) return;
      const top = Math.max(0, Math.round(section.getBoundingClientRect().top + scrollY));
      // Only a number goes out, so any origin may hear it (a sandboxed host says "null").
      window.parent.postMessage(
        pymChildId ? `pymxPYMx${pymChildId}xPYMxscrollToChildPosxPYMx${top}` : { type: SCROLL_MESSAGE_TYPE, top },
        '*',
      );
    });
  });
}

/** The parent's origin as the browser reports it, else from the referrer; '' when unknown. */
function parentOrigin() {
  try {
    return location.ancestorOrigins?.[0] ?? new URL(document.referrer).origin;
  } catch {
    return '';
  }
}

/**
 * What embed.js tells its frame, once the frame has loaded or spoken and whenever the host's
 * fragment changes: `{type, url, frame}`. Only the parent, from its own origin, is heard.
 * @param {MessageEvent} event
 */
export function hear(event) {
  if (window.parent === window || event.source !== window.parent) return;
  const origin = parentOrigin();
  if (origin && origin !== event.origin) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.type !== HOST_MESSAGE_TYPE) return;
  if (typeof data.url !== 'string' || typeof data.frame !== 'string') return;
  const section = follow(data.url, data.frame);
  if (section) land(section);
}

/** Says `text` politely, in a live region of the links' own (the widget's is the wasm's). @param {string} text */
function announce(text) {
  const root = document.querySelector('main');
  if (!root) return;
  let region = root.querySelector('.section-link__status');
  if (!region) {
    region = document.createElement('p');
    region.className = 'section-link__status visually-hidden';
    region.setAttribute('role', 'status');
    root.append(region);
  }
  const said = region;
  said.textContent = '';
  // A region's first words are heard only once it is in the page.
  setTimeout(() => (said.textContent = text), 100);
}

/** Shows `address` beside `link`, selected, to copy by hand. @param {HTMLAnchorElement} link @param {string} address */
function showAddress(link, address) {
  let field = link.parentElement?.querySelector('input');
  if (!field) {
    field = document.createElement('input');
    field.className = 'section-link__address';
    field.readOnly = true;
    // An address reads left to right, in a right-to-left article too.
    field.dir = 'ltr';
    field.setAttribute('aria-label', link.textContent ?? '');
    link.after(field);
  }
  field.value = address;
  field.focus();
  field.select();
}

/** Activating a link copies it where the clipboard is allowed; a click asking for a new tab or
 * window is the browser's. @param {MouseEvent} event */
function copy(event) {
  const link = event.target instanceof Element ? event.target.closest(LINKS) : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  point(link);
  const address = link.href;
  let writing;
  try {
    writing = navigator.clipboard?.writeText(address);
  } catch {
    writing = undefined;
  }
  if (!writing) return showAddress(link, address);
  const waited = setTimeout(() => showAddress(link, address), CLIPBOARD_WAIT_MS);
  writing.then(
    () => {
      clearTimeout(waited);
      link.parentElement?.querySelector('input')?.remove();
      announce(link.dataset.copied ?? '');
    },
    () => {
      clearTimeout(waited);
      showAddress(link, address);
    },
  );
}

document.addEventListener('click', copy);
// Pym.js gives its child the parent's address, fragment included.
const parentUrl = query.get('parentUrl');
if (pymChildId && parentUrl && window.parent !== window) {
  const section = follow(parentUrl, pymChildId);
  if (section) land(section);
}
