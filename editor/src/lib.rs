//! The editors' preview's checks (/editor/): every problem of a draft article, each placed where
//! an editor's cursor goes, from the content model itself, in a wasm of its own so that the
//! widget pays nothing for the editor.

use article::{not_verbatim, position_of, read_article, validate, ArticleError, NotVerbatim};
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;

/// One problem of a draft, as the editor page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// `syntax`, `format` (a value of the wrong shape, or a broken rule), `version`, `empty` or
    /// `verbatim` (a quote or evidence string the source does not hold word for word).
    pub kind: &'static str,
    /// The JSON path, as the validator writes it; empty for problems of the whole text.
    pub path: String,
    pub message: String,
    /// Where it is: line and column from 1, columns in characters.
    pub line: usize,
    pub column: usize,
    /// The same place as an offset in UTF-16 code units, as a textarea's selection counts.
    pub offset: usize,
    /// For `verbatim`: the string, and the passage of the source most like it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest: Option<String>,
}

/// Every problem of the draft `text`, held to `source` when there is one, in the order of the
/// validator's report: the format's first, then the quotes and evidence not in the source.
pub fn problems(text: &str, source: &str) -> Vec<Found> {
    // The parser drops a leading byte-order mark; positions count from after it.
    let (text, skipped) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 1),
        None => (text, 0),
    };
    let at = |kind, path: &str, message: String, (line, column): (usize, usize)| Found {
        kind,
        path: path.to_owned(),
        message,
        line,
        column,
        offset: skipped + utf16_offset(text, line, column),
        text: None,
        nearest: None,
    };
    let mut found = Vec::new();
    // Read once; the rules are checked on what was read, and the quotes are held to the source
    // even while a rule is broken, as long as every value has its shape.
    let (article, broken) = match read_article(text) {
        Ok(article) => {
            let broken = validate(&article).err();
            (Some(article), broken)
        }
        Err(err) => (None, Some(err)),
    };
    match broken {
        None => {}
        Some(ArticleError::Invalid(problems)) => {
            for problem in problems {
                let place = position_of(text, &problem.path);
                found.push(at("format", &problem.path, problem.message, place));
            }
        }
        Some(ArticleError::Shape {
            path,
            message,
            line,
            column,
        }) => found.push(at("format", &path, message, (line, column))),
        Some(ArticleError::Syntax {
            message,
            line,
            column,
        }) => found.push(at(
            "syntax",
            "",
            format!("Not JSON: {message}."),
            (line, column),
        )),
        Some(err @ ArticleError::UnsupportedVersion { .. }) => {
            let place = position_of(text, "schemaVersion");
            found.push(at("version", "schemaVersion", err.to_string(), place));
        }
        Some(err @ ArticleError::Empty) => found.push(at("empty", "", err.to_string(), (1, 1))),
    }
    if let Some(article) = article.filter(|_| !source.trim().is_empty()) {
        for NotVerbatim {
            path,
            text: quoted,
            nearest,
        } in not_verbatim(&article, source)
        {
            let place = position_of(text, &path);
            found.push(Found {
                text: Some(quoted),
                nearest: Some(nearest),
                ..at(
                    "verbatim",
                    &path,
                    "Not word for word in the source text.".into(),
                    place,
                )
            });
        }
    }
    found
}

/// The UTF-16 offset of `line`:`column` (from 1, columns in characters) in `text`; the end of
/// the text, or of the line, when it has fewer.
fn utf16_offset(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (number, content) in text.split('\n').enumerate() {
        if number + 1 == line {
            return offset
                + content
                    .chars()
                    .take(column.saturating_sub(1))
                    .map(char::len_utf16)
                    .sum::<usize>();
        }
        offset += content.encode_utf16().count() + 1;
    }
    text.encode_utf16().count()
}

/// [`problems`] as JSON, for the editor page: an array of [`Found`].
#[wasm_bindgen]
pub fn check(text: &str, source: &str) -> String {
    // Serializing plain strings and numbers cannot fail; an empty list would hide nothing real.
    serde_json::to_string(&problems(text, source)).unwrap_or_else(|_| "[]".into())
}

/// Whether the widget on a page of origin `own` loads articles from `origin`
/// ([`article::is_allowed_origin`]), so that the editor loads from the same.
#[wasm_bindgen]
pub fn is_allowed_origin(origin: &str, own: &str) -> bool {
    article::is_allowed_origin(origin, own, article::EXTRA_ALLOWED_ORIGINS)
}

/// The origins the widget on a page of origin `own` loads articles from, for the editor to name
/// when it refuses an address: "own, listed, …".
#[wasm_bindgen]
pub fn allowed_origins(own: &str) -> String {
    std::iter::once(own)
        .chain(article::listed_origins(article::EXTRA_ALLOWED_ORIGINS).filter(|o| !o.is_empty()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
