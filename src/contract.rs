//! The names, codes and limits the wasm shares with the browser scripts, the style sheet and the
//! pages: one home for each. `tests/contract.rs` scans every hand-written script, style sheet
//! and page for these values: a script declares each one it uses once, as `const NAME = value;`
//! (`var` in the ES5 embed.js) under the same name, and writes it nowhere else.

/// Declares the shared values and lists them in `NAMES` (text that the scan looks for in every
/// file) and `NUMBERS` (which scripts must declare under the same name).
macro_rules! shared {
    (
        names { $($(#[doc = $name_doc:literal])* $name:ident = $text:literal;)* }
        numbers { $($(#[doc = $number_doc:literal])* $number:ident: $type:ty = $value:expr;)* }
    ) => {
        $($(#[doc = $name_doc])* pub const $name: &str = $text;)*
        $($(#[doc = $number_doc])* pub const $number: $type = $value;)*
        /// Every shared name with its value: no hand-written file writes one of these values
        /// but in its declaration (`tests/contract.rs`).
        pub const NAMES: &[(&str, &str)] = &[$((stringify!($name), $name)),*];
        /// Every shared number with its value, as the scripts must declare it.
        pub const NUMBERS: &[(&str, i64)] = &[$((stringify!($number), $number as i64)),*];
    };
}

shared! {
    names {
        /// Where src/start/boot.js leaves the article request it starts beside the wasm download:
        /// `{url, response, abort}` (src/load/fetch.rs takes it).
        EARLY_ARTICLE_GLOBAL = "__explainerEarlyArticle";
        /// Where src/start/boot.js hands over the live updates' script, as the promise of the module,
        /// when `refresh` is set (src/live/mod.rs).
        LIVE_MODULE_GLOBAL = "__explainerLive";
        /// What src/start/boot.js leaves for the wasm to call with the text of the article it
        /// shows, when it read one (src/changes/mod.rs): boot.js remembers the version seen.
        SHOWN_GLOBAL = "__explainerShown";
        /// Where src/start/boot.js leaves the interface language it is fetching: `{tag, table}`,
        /// `table` the promise of the parsed file (src/i18n/browser.rs; stopped.js reads it too).
        LANGUAGE_GLOBAL = "__explainerLanguage";

        /// The element a published page's explainer is rendered into, and hydrated from.
        ROOT_ID = "explainer-root";
        /// A published page's data block holding the article.
        DATA_ID = "explainer-article";
        /// A published page's data block holding its interface language file, when not English.
        STRINGS_ID = "explainer-strings";
        /// The localStorage key of the version of an article its reader last saw, before the
        /// article's id (src/changes/seen.js; boot.js reads it).
        SEEN_KEY_PREFIX = "news-explainer:seen:";
        /// The widget's root element (src/view/mod.rs renders it), which a live update keeps.
        ROOT_SELECTOR = "main.explainer";
        /// Set on the published root once the wasm has taken it over (boot.js waits for it).
        HYDRATED_ATTRIBUTE = "data-hydrated";
        /// The widget's state on its root element: `loading`, `ready` or `error` (stopped.js sets
        /// `error` or `stopped` after a trap).
        STATE_ATTRIBUTE = "data-state";
        /// A section's open state in the DOM: set on the section before the wasm runs, by boot.js
        /// answering an early click on a published page, and adopted by the accordion.
        OPEN_ATTRIBUTE = "data-open";
        /// What a live update marks a changed part with (src/live/live.js), its text the label the
        /// style sheet shows.
        CHANGED_ATTRIBUTE = "data-changed";
        /// A part's stable key across versions, where it has no id: every agreement's card and
        /// every key figure carries its id as one (live.js compares parts by it).
        KEY_ATTRIBUTE = "data-key";
        /// A section's button is `<section id><SECTION_BUTTON_SUFFIX>`: the open sections' ids
        /// are read from their buttons (src/view/open-sections.js, for live updates and the
        /// editor).
        SECTION_BUTTON_SUFFIX = "-button";
        /// Marks a host page's explainer frames, which src/auto_height/embed.js sizes: the embed code
        /// (embed-code.js, the oEmbed answer of publish/page.rs) writes it.
        EMBED_ATTRIBUTE = "data-news-explainer";
        /// The type of our own height message, posted by the widget and read by src/auto_height/embed.js.
        HEIGHT_MESSAGE_TYPE = "news-explainer:height";
        /// embed.js to a frame it sizes: `{type, url, frame, section?}`, the host page's address,
        /// the frame's `id`, and the section a link on the host names (src/links/mod.rs).
        HOST_MESSAGE_TYPE = "news-explainer:host";
        /// A frame to embed.js: `{type, top}`, scroll the host so that the frame's point `top` (in
        /// CSS pixels from the frame's top) is at the top of the window.
        SCROLL_MESSAGE_TYPE = "news-explainer:scroll";
    }
    numbers {
        /// Largest article accepted, in bytes: the first load, live updates and the editor's
        /// Load all count bytes, checked on `Content-Length` and on the bytes actually read.
        MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;
        /// How long an article request may take before it is abandoned, in milliseconds.
        FETCH_TIMEOUT_MS: i32 = 10_000;
        /// What the live updates' `show` answers (src/live/mod.rs to live.js): the text was
        /// refused (not a valid, newer article).
        SHOW_REFUSED: u32 = 0;
        /// `show`'s answer when the new version replaced the one on screen.
        SHOW_REPLACED: u32 = 1;
    }
}

/// The keys of the options object src/live/mod.rs hands live.js's `follow`: `LiveOptions` in
/// src/types.d.ts, which the type check holds live.js to. (Its words live.js reads from the
/// page's language file, as the other scripts do.)
pub mod live {
    pub const URL: &str = "url";
    pub const EVERY: &str = "every";
    pub const SHOW: &str = "show";
    pub const ROOT: &str = "root";
    pub const SHOWN_TEXT: &str = "shownText";
    /// Every key of `LiveOptions`.
    pub const OPTIONS: [&str; 5] = [URL, EVERY, SHOW, ROOT, SHOWN_TEXT];
}

/// The page background of the light and dark themes, `#rrggbb`: the theme's contrast checks
/// (src/theme.rs) reckon with them, and style/base.css paints them (`--ex-background`).
pub const LIGHT_BACKGROUND: &str = "#ffffff";
pub const DARK_BACKGROUND: &str = "#121417";
