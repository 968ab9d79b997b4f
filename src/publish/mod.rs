//! Published pages: the one place that knows how a prerendered explainer sits in its page, for
//! the publisher that writes it (`src/bin/publish.rs`, feature `ssr`) and the browser that takes
//! it over (`crate::mount`).

#[cfg(feature = "ssr")]
pub mod history;
#[cfg(feature = "ssr")]
pub mod hub;
#[cfg(feature = "ssr")]
mod page;
#[cfg(feature = "ssr")]
pub use page::{compact_json, json_ld, oembed, page, prerender, Site};

use article::ArticleError;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use crate::i18n::{self, Strings};
use crate::load::Shown;

/// The element the explainer is rendered into and hydrated from; the `<script
/// type="application/json">` data block holding the article (data, never run, so the strict
/// Content-Security-Policy needs no exception for it); the data block holding the page's
/// interface language file when it is not English (the wasm has English), so that the page
/// needs no request for it.
pub use crate::contract::{DATA_ID, ROOT_ID, STRINGS_ID};

/// A published page, as the browser finds it.
pub struct InPage {
    /// The element holding the rendered explainer.
    pub root: HtmlElement,
    /// The article of the data block, read as any article is, its text kept: the page's
    /// article.json is written as this same text (`make publish`), which live updates read.
    pub article: Result<Shown, ArticleError>,
    /// The interface language it was rendered in.
    pub strings: &'static Strings,
}

impl InPage {
    /// The published explainer in `document`, if this is a published page.
    pub fn find(document: &Document) -> Option<InPage> {
        let root = document.get_element_by_id(ROOT_ID)?.dyn_into().ok()?;
        let data = document.get_element_by_id(DATA_ID)?.text_content()?;
        let article = Shown::read(data);
        // The language the publisher rendered in, so that both build the same view.
        let strings = match document.get_element_by_id(STRINGS_ID) {
            Some(block) => i18n::browser::from_text(&block.text_content().unwrap_or_default()),
            None => i18n::english(),
        };
        Some(InPage {
            root,
            article,
            strings,
        })
    }
}

/// The article as a data block's text: `<` is escaped (`\u003c`, the same JSON), so no text of
/// the article can close the `<script>` element early.
pub fn data_block_text(json: &str) -> String {
    json.replace('<', "\\u003c")
}
