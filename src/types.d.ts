// Types the browser scripts share, for the type check (tsconfig.json); nothing here is served.
// The names and limits they share with the wasm live in src/contract.rs.

import type { ChangeWords } from './changes/changes.js';

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

/** since.js's words, from the page's language file (src/changes/since.js). */
export interface SinceWords extends ChangeWords {
  since_title: string;
  since_dismiss: string;
  /** What a changed part is marked with (data-changed), as live updates mark it. */
  live_changed: string;
}

export interface StoppedWords {
  lang: string;
  dir: string;
  stopped_after: string;
  stopped_before: string;
  reload: string;
}

/** live.js's words, from the page's language file (src/live/live.js). */
export interface LiveWords extends ChangeWords {
  /** The language's tag, for the time of day. */
  lang: string;
  /** "Updated {time}". */
  live_updated: string;
  live_failing: string;
  live_pause: string;
  live_resume: string;
  /** What a changed part is marked with (data-changed). */
  live_changed: string;
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
    /** What the wasm calls with the text of the article it shows, when it read one
     * (src/changes/mod.rs): boot.js remembers it. */
    __explainerShown?: (text: string) => void;
    /** The draft the editor's preview shows (editor/page/editor.js, preview.js). */
    previewedDraft?: () => string;
  }
}
