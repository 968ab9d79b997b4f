//! The names and limits the wasm shares with the browser scripts (host/, editor/page/): one home
//! for each. The scripts declare each one they use as `const NAME = value;` under the same name,
//! and `tests/contract.rs` reads both sides and fails on any difference.

/// Largest article accepted, in bytes: the first load, live updates (host/live.js) and the
/// editor's Load (editor/page/editor.js) all count bytes, checked on `Content-Length` and on
/// the bytes actually read.
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;
/// How long an article request may take before it is abandoned, in milliseconds.
pub const FETCH_TIMEOUT_MS: i32 = 10_000;

/// Where host/boot.js leaves the article request it starts beside the wasm download:
/// `{url, response, abort}` (src/load/fetch.rs takes it).
pub const EARLY_ARTICLE_GLOBAL: &str = "__explainerEarlyArticle";
/// Where host/boot.js hands over host/live.js, as the promise of the module, when `refresh` is
/// set (src/live.rs).
pub const LIVE_MODULE_GLOBAL: &str = "__explainerLive";
/// Where host/boot.js leaves the interface language it is fetching: `{tag, table}`, `table` the
/// promise of the parsed file (src/i18n/browser.rs; host/stopped.js reads it too).
pub const LANGUAGE_GLOBAL: &str = "__explainerLanguage";

/// The element a published page's explainer is rendered into, and hydrated from.
pub const ROOT_ID: &str = "explainer-root";
/// A published page's data block holding the article.
pub const DATA_ID: &str = "explainer-article";
/// A published page's data block holding its interface language file, when not English.
pub const STRINGS_ID: &str = "explainer-strings";
/// Set on the published root once the wasm has taken it over (host/boot.js waits for it).
pub const HYDRATED_ATTRIBUTE: &str = "data-hydrated";
/// The widget's state on its root element: `loading`, `ready` or `error` (host/stopped.js sets
/// `error` after a trap).
pub const STATE_ATTRIBUTE: &str = "data-state";
/// A section's open state in the DOM: set on the section before the wasm runs, by host/boot.js
/// answering an early click on a published page, and adopted by the accordion.
pub const OPEN_ATTRIBUTE: &str = "data-open";

/// A section's button is `<section id><SECTION_BUTTON_SUFFIX>`: src/live.rs and the editor
/// (editor/page/editor.js) find the open sections' ids from their buttons.
pub const SECTION_BUTTON_SUFFIX: &str = "-button";

/// The type of our own height message, posted by src/embed.rs and read by host/embed.js.
pub const HEIGHT_MESSAGE_TYPE: &str = "news-explainer:height";
