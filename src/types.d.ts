// Types the browser scripts share, for the type check (tsconfig.json); nothing here is served.
// The names and limits they share with the wasm live in src/contract.rs.

/** The language list scripts/i18n.mjs fills into boot.js: i18n/languages.json's tags and aliases. */
export interface LanguageList {
  tags: string[];
  aliases: Record<string, string>;
}

/** The words src/start/stopped.js reads from a language file. */
/** links.js's words, from the page's language file (src/links/links.js). */
export interface LinkWords {
  link_to_section: string;
  link_copied: string;
}

export interface StoppedWords {
  lang: string;
  dir: string;
  stopped_after: string;
  stopped_before: string;
  reload: string;
}

/** live.js's words, in the reader's language (src/live/mod.rs fills them from the language file). */
export interface LiveWords {
  /** "Updated {time}". */
  updated: string;
  failing: string;
  pause: string;
  resume: string;
  /** What a changed part is marked with (data-changed). */
  changed: string;
  /** "{name}, now {status}". */
  now: string;
}

/** What src/live/mod.rs hands src/live/live.js's `follow`. */
export interface LiveOptions {
  /** The article's address, already checked against the allow-list. */
  url: string;
  /** Seconds between checks while the explainer is in view. */
  every: number;
  /** Shows a new text if it is a valid, newer article: SHOW_REFUSED or SHOW_REPLACED (src/contract.rs).
   * `keep` is called just before the page changes, and answers the open sections' ids. */
  show(text: string, keep: () => string[]): number;
  /** The widget's root element, which an update does not replace. */
  root: HTMLElement;
  words: LiveWords;
  /** The interface language's tag, for the time of day. */
  lang: string;
  /** The text of the article on screen, if known (else the first check renders what it reads). */
  shownText?: string;
}

declare global {
  interface Window {
    /** The article request boot.js starts beside the wasm download (src/load/fetch.rs). */
    __explainerEarlyArticle?: { url: string; response: Promise<Response>; abort(): void };
    /** The interface language boot.js is fetching (src/i18n/browser.rs). */
    __explainerLanguage?: { tag: string; table: Promise<unknown> };
    /** src/live/live.js, loading (src/live/mod.rs). */
    __explainerLive?: Promise<typeof import('./live/live.js')>;
    /** The wasm memory's size, for `make bench`. */
    __explainerWasmMemory?: () => number;
    /** The draft the editor's preview shows (editor/page/editor.js, preview.js). */
    previewedDraft?: () => string;
  }
}
