//! Interface strings: every word the widget itself says, read from the language files in
//! `i18n/` at the top of the repository (one JSON file per language; `i18n/README.md`).
//!
//! English is compiled in as the fallback (`i18n/en.json`, written as Rust constants by
//! `build.rs`). Any other language travels as data: on the root page `src/start/boot.js` fetches its
//! file beside the wasm, and a published page carries its file in a data block
//! (`crate::publish`). Both reach [`Strings::read`], the one decoder, through the browser's
//! `JSON.parse`; the publisher reads the same files natively ([`for_content`]).

pub mod browser;
pub mod dates;
mod language;
mod plural;
mod strings;
mod template;

pub use language::*;
pub use plural::*;
pub use strings::*;
pub use template::*;
