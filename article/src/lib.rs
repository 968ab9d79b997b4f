//! The explainer's content model: serde types, parsing with precise error locations, validation.
//!
//! It has no web dependencies: the widget, the editors' validator and native tests share it.

mod error;
mod locate;
pub mod model;
mod parse;
#[cfg(feature = "schema")]
pub mod schema;
mod validate;

pub use error::{ArticleError, Problem};
pub use locate::error_path;
pub use model::*;
pub use parse::{major_version, parse_article};
pub use validate::{is_http_url, is_iso_date, is_language_tag, validate};
