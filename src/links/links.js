// @ts-check
// Links that land, inside the frame. Each section's "Link to this section" (rendered by
// src/view/accordion.rs as `#<section id>`) points at the page the reader is on and, activated,
// copies itself; a link on the host that names this frame opens its section, and the host is
// asked to scroll to it. Put before the loader (src/start/boot.js) by scripts/bundle-scripts.mjs,
// so that it listens from the start and costs no request, and no byte of the wasm.
//   on an embed.js host:  <host address>#<frame id>/<section id>   (embed.js posts the address)
//   on a Pym.js host:     <parentUrl>#<childId>/<section id>         (from this frame's query)
//   anywhere else:        <this page>#<section id>

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const HOST_MESSAGE_TYPE = 'news-explainer:host';
const SCROLL_MESSAGE_TYPE = 'news-explainer:scroll';
const SECTION_BUTTON_SUFFIX = '-button';

const LINKS = '.section-link a';
// A frame's or a section's id in a link: anything else (markup, paths, long text) opens nothing.
const ID = /^[A-Za-z0-9_-]{1,80}$/;
// How long a host's link waits for the explainer to show its sections.
const WAIT_FOR_SECTIONS_MS = 30_000;

const framed = window.parent !== window;
const query = new URLSearchParams(location.search);
const pymChildId = query.get('childId');
/** What a section's id is appended to: `<page>#`, or `<host page>#<frame id>/`. */
let base = location.href.split('#')[0] + '#';

/** The section `link` is in. @param {Element} link */
function sectionOf(link) {
  return link.closest('section')?.id ?? '';
}

/** Points `link` at the page the reader is on (a live update renders it anew, relative). @param {HTMLAnchorElement} link */
function point(link) {
  const address = base + sectionOf(link);
  if (link.href !== address) link.href = address;
}

/** Watches for links rendered after the host spoke. @type {MutationObserver | undefined} */
let watching;

function pointAll() {
  for (const link of document.querySelectorAll(LINKS)) point(/** @type {HTMLAnchorElement} */ (link));
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
  // Links rendered later (the article arriving, a live update) are pointed as they come.
  watching ??= new MutationObserver(pointAll);
  watching.observe(document.documentElement, { childList: true, subtree: true });
  const [named, section, ...rest] = fragment.split('/');
  return named === frame && rest.length === 0 && ID.test(section ?? '') ? section : null;
}

/** Calls `then` once the section `id`'s button is on the page, waiting for the widget to show
 * the article. @param {string} id @param {(button: HTMLElement) => void} then */
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
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
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
  const copied = () => {
    link.parentElement?.querySelector('input')?.remove();
    announce(link.dataset.copied ?? '');
  };
  let writing;
  try {
    writing = navigator.clipboard?.writeText(address);
  } catch {
    writing = undefined;
  }
  if (!writing) return showAddress(link, address);
  writing.then(copied, () => showAddress(link, address));
}

/** Every way a reader reaches a link points it first: hover, focus, a context menu, a press. @param {Event} event */
function pointReached(event) {
  const link = event.target instanceof Element ? event.target.closest(LINKS) : null;
  if (link instanceof HTMLAnchorElement) point(link);
}

for (const type of ['pointerover', 'pointerdown', 'focusin', 'contextmenu']) document.addEventListener(type, pointReached);
document.addEventListener('click', copy);

if (framed) {
  // embed.js tells its frame the host's address and the frame's id, once the frame has spoken and
  // again when the host's fragment changes.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const origin = parentOrigin();
    if (origin && origin !== event.origin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HOST_MESSAGE_TYPE) return;
    if (typeof data.url !== 'string' || typeof data.frame !== 'string') return;
    const section = follow(data.url, data.frame);
    if (section) land(section);
  });
  // Pym.js gives its child the parent's address, fragment included.
  const parentUrl = query.get('parentUrl');
  if (pymChildId && parentUrl) {
    const section = follow(parentUrl, pymChildId);
    if (section) land(section);
  }
}
