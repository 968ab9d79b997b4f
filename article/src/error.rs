//! The one error type of the content model: what is wrong with a document, and where.

use std::fmt;
use thiserror::Error;

/// Why a document is not a usable article. Every variant says where: line and column for
/// syntax, the JSON path for everything else.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ArticleError {
    /// Nothing but whitespace arrived.
    #[error("The article is empty: no JSON was received.")]
    Empty,
    /// The text is not JSON at all.
    #[error("The article is not valid JSON: {message} at line {line}, column {column}.")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    /// JSON, but a field has the wrong type or is missing.
    #[error("The article does not match the format at {path}: {message} (line {line}, column {column}).")]
    Shape {
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
    /// A major `schemaVersion` this widget does not read.
    #[error("This article uses format version {found}, which this widget cannot read: it reads version {supported}.x. Update the widget or convert the article.")]
    UnsupportedVersion { found: String, supported: u64 },
    /// Well-formed, but breaks a rule of the format (ids, references, links, dates, texts).
    #[error("{}", Problems(.0))]
    Invalid(Vec<Problem>),
}

/// One broken rule, at one JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// e.g. `sections[2].agreements[0].lifecycle.asOf`
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

struct Problems<'a>(&'a [Problem]);

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [one] => write!(f, "The article breaks a rule of the format at {one}."),
            many => {
                write!(f, "The article breaks {} rules of the format:", many.len())?;
                for problem in many {
                    write!(f, "\n- {problem}")?;
                }
                Ok(())
            }
        }
    }
}
