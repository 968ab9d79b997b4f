//! The explainer's content model: its types, parsing with precise error locations, validation.
//!
//! It has no web dependencies: the widget, the editors' validator and native tests share it.

mod aml;
mod date;
mod decode;
mod error;
mod locate;
pub mod model;
mod parse;
#[cfg(feature = "schema")]
pub mod schema;
mod validate;
mod verbatim;
mod version;
mod walk;

pub use aml::{is_archieml, read_aml, read_article_file, AmlArticle, ArticleFile};
pub use date::{is_iso_date, IsoDate};
pub use decode::{JsonValue, Kind, ShapeError};
pub use error::{quoted, ArticleError, Problem};
pub use locate::position_of;
pub use model::*;
pub use parse::{decode_article, parse_article, parse_article_with, read_article, syntax_error_in};
pub use validate::{is_http_url, is_language_tag, validate};
/// The editors' report of strings not verbatim in the source (`verbatim::report`).
pub use verbatim::report as verbatim_report;
pub use verbatim::{nearest_passage, not_verbatim, NotVerbatim};
pub use version::major_version;

/// Origins, besides the widget's own, that articles may be loaded from: a comma-separated list
/// set at build time, e.g. `EXPLAINER_ALLOWED_ORIGINS=https://data.example.org make build`. Read
/// here once for the widget's `src` (src/load/address.rs) and the editor's Load (editor/). Keep
/// the `connect-src` of the Content-Security-Policy in step with it.
pub const EXTRA_ALLOWED_ORIGINS: &str = match option_env!("EXPLAINER_ALLOWED_ORIGINS") {
    Some(list) => list,
    None => "",
};

/// The origins listed in `extra` (comma-separated, as [`EXTRA_ALLOWED_ORIGINS`]), trimmed; an
/// empty one (from `a,,b` or an empty list) matches no origin.
#[inline]
pub fn listed_origins(extra: &str) -> impl Iterator<Item = &str> {
    extra.split(',').map(str::trim)
}

/// Whether a page of origin `own` may load articles from `origin`: its own, or one listed in
/// `extra`. The one statement of the rule, for the widget's `src` and the editor's Load.
// Inlined as when it was written in the widget's load module: called across crates, it costs
// the widget's wasm 110 B brotli.
#[inline]
pub fn is_allowed_origin(origin: &str, own: &str, extra: &str) -> bool {
    origin == own || listed_origins(extra).any(|listed| listed == origin)
}

#[cfg(test)]
mod tests {
    use super::is_allowed_origin;

    #[test]
    fn allowed_origins_are_the_own_and_each_listed_one_trimmed() {
        let extra = " https://a.example, ,https://b.example ";
        for origin in [
            "https://news.example",
            "https://a.example",
            "https://b.example",
        ] {
            assert!(
                is_allowed_origin(origin, "https://news.example", extra),
                "{origin}"
            );
        }
        for origin in ["https://c.example", "https://a.example:8443", "null"] {
            assert!(
                !is_allowed_origin(origin, "https://news.example", extra),
                "{origin}"
            );
        }
        assert!(!is_allowed_origin(
            "https://a.example",
            "https://news.example",
            ""
        ));
    }
}
