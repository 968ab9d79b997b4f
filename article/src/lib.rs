//! The explainer's content model: its types, parsing with precise error locations, validation.
//!
//! It has no web dependencies: the widget, the editors' validator and native tests share it.

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
/// here once for the widget's `src` (src/load.rs) and the editor's Load (editor/). Keep the
/// `connect-src` of the Content-Security-Policy in step with it.
pub const EXTRA_ALLOWED_ORIGINS: &str = match option_env!("EXPLAINER_ALLOWED_ORIGINS") {
    Some(list) => list,
    None => "",
};
