// @ts-check
// The preview beside the editor: the real widget in a frame (preview.html) showing the draft,
// reloaded once typing pauses, with the sections that were open still open and its scroll
// position kept; its width and theme chosen by the radios above it.
import { byId } from './page.js';
import { openSections } from '../../src/view/open-sections.js';

/** How long typing must pause before the preview reloads. */
const PREVIEW_AFTER_MS = 600;
// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const ROOT_SELECTOR = 'main.explainer';
const STATE_ATTRIBUTE = 'data-state';

const frame = byId('preview', HTMLIFrameElement);
const stage = byId('stage', HTMLElement);

/**
 * Starts the preview of the draft: `draftJson` reads it as JSON ('' when it cannot be read);
 * `shown` is what the frame shows first. The frame (same origin) asks this page for the draft,
 * so that it shows it even where this browser keeps none.
 * @param {() => string} draftJson @param {string} shown
 * @returns {{ soon(): void }}
 */
export function preview(draftJson, shown) {
  let previewed = shown;
  window.previewedDraft = () => previewed;

  /** The draft's language (`inLanguage`), so that the preview speaks as its published page will. */
  const draftLanguage = () => {
    try {
      const language = JSON.parse(draftJson())?.inLanguage;
      return typeof language === 'string' ? language : 'en';
    } catch {
      return 'en'; // a broken draft: the preview shows the widget's error, in English
    }
  };

  /** The preview's address: the draft, in its language and the theme chosen, with `open` open.
   * @param {string[]} open */
  const address = (open) => {
    const theme = document.querySelector('input[name="theme"]:checked');
    const query = new URLSearchParams({
      src: 'draft.json',
      lang: draftLanguage(),
      theme: theme instanceof HTMLInputElement ? theme.value : 'auto',
    });
    if (open.length) query.set('open', open.join(','));
    return `preview.html?${query}`;
  };

  let keptScroll = 0;
  /** Reloads the preview with the sections it had open, and its scroll position once it shows. */
  const reload = () => {
    keptScroll = frame.contentWindow?.scrollY ?? 0;
    frame.src = address(frame.contentDocument ? openSections(frame.contentDocument) : []);
  };
  frame.addEventListener('load', () => {
    const scroll = keptScroll;
    keptScroll = 0;
    const document = frame.contentDocument;
    if (!scroll || !document) return;
    // The widget renders after its wasm starts, which is after the frame's load event, and its
    // open sections fill in over a few frames: the position is set again as the page grows, for
    // a second at most.
    const view = /** @type {Window & typeof globalThis} */ (frame.contentWindow);
    const growing = new view.ResizeObserver(() => {
      if (document.querySelector(`${ROOT_SELECTOR}[${STATE_ATTRIBUTE}="ready"]`)) view.scrollTo(0, scroll);
    });
    growing.observe(document.documentElement);
    view.setTimeout(() => growing.disconnect(), 1000);
  });

  for (const radio of document.querySelectorAll('input[name="width"]')) {
    if (!(radio instanceof HTMLInputElement)) continue;
    radio.addEventListener('change', () => {
      stage.dataset.width = radio.value;
    });
  }
  for (const radio of document.querySelectorAll('input[name="theme"]')) radio.addEventListener('change', reload);

  /** @type {number | undefined} */
  let timer;
  return {
    /** Reloads the preview once typing pauses, when the draft has changed since it last showed. */
    soon() {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        const json = draftJson();
        if (previewed === json) return;
        previewed = json;
        reload();
      }, PREVIEW_AFTER_MS);
    },
  };
}
