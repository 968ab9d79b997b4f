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

impl ArticleError {
    /// How the command-line tools (`explainer-validate`, `explainer-publish`) report this error
    /// for the file `name`: `file:line:column:` where there is a position, as editors read it,
    /// and each broken rule on a line of its own.
    pub fn report(&self, name: &str) -> String {
        match self {
            ArticleError::Invalid(problems) => {
                let mut text = format!("{name}: {} problem(s)", problems.len());
                for problem in problems {
                    text.push_str("\n  ");
                    text.push_str(&problem.to_string());
                }
                text
            }
            ArticleError::Shape {
                path,
                message,
                line,
                column,
            } => format!("{name}:{line}:{column}: {path}: {message}"),
            ArticleError::Syntax {
                message,
                line,
                column,
            } => format!("{name}:{line}:{column}: not JSON: {message}"),
            ArticleError::UnsupportedVersion { .. } | ArticleError::Empty => {
                format!("{name}: {self}")
            }
        }
    }

    /// The tools' exit code for it: 1 when the article breaks the format, 2 when the file is
    /// no article at all (empty, or not JSON).
    pub fn exit_code(&self) -> u8 {
        match self {
            ArticleError::Invalid(_)
            | ArticleError::Shape { .. }
            | ArticleError::UnsupportedVersion { .. } => 1,
            ArticleError::Syntax { .. } | ArticleError::Empty => 2,
        }
    }
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

/// `text` in double quotes with quotes, backslashes and control characters escaped, as `{:?}`
/// writes a string (serde's wording quotes values so). Written out because the release wasm
/// compiles `{:?}` away (`-Zfmt-debug=none`, see `scripts/build-release.sh`). Unlike `{:?}`, it
/// leaves other invisible characters (no-break spaces, format characters, combining marks) as
/// they are: escaping those needs Unicode tables that would cost the wasm 4 KB.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            '\u{1}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
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

#[cfg(test)]
mod tests {
    use super::quoted;
    use proptest::prelude::*;

    proptest! {
        /// Text of printable letters and symbols (Latin, Cyrillic, CJK, emoji), controls, quotes
        /// and backslashes.
        #[test]
        fn quoted_writes_what_debug_writes(
            text in "[ -~\\u{a1}-\\u{ac}\\u{ae}-\\u{2ff}\\u{400}-\\u{482}\\u{4e00}-\\u{4fff}😀\\x00-\\x1f\\x7f-\\x9f]*"
        ) {
            prop_assert_eq!(quoted(&text), format!("{text:?}"));
        }
    }

    #[test]
    fn quoted_escapes_quotes_backslashes_and_controls() {
        for text in [
            "it's \"fine\"",
            "a\\b\n\t\r\0",
            "\u{1}\u{1b}\u{7f}\u{85}",
            "été Київ 😀",
        ] {
            assert_eq!(quoted(text), format!("{text:?}"));
        }
    }
}
