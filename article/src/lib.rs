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
pub use parse::{decode_article, parse_article, parse_article_with, syntax_error_in};
pub use validate::{is_http_url, is_language_tag, validate};
/// The editors' report of strings not verbatim in the source (`verbatim::report`).
pub use verbatim::report as verbatim_report;
pub use verbatim::{nearest_passage, not_verbatim, NotVerbatim};
pub use version::major_version;
