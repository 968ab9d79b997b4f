//! The editors' preview's checks (/editor/): every problem of a draft article, in JSON or in
//! ArchieML, each placed where an editor's cursor goes, from the content model itself, in a wasm
//! of its own so that the widget pays nothing for the editor.

use article::{
    not_verbatim, position_of, read_aml, read_article, validate, Article, ArticleError, NotVerbatim,
};
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

/// Every problem of the draft `text` (JSON), held to `source` when there is one, in the order of
/// the validator's report: the format's first, then the quotes and evidence not in the source.
pub fn problems(text: &str, source: &str) -> Vec<Found> {
    // The parser drops a leading byte-order mark; positions count from after it.
    let (text, skipped) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 1),
        None => (text, 0),
    };
    // Read once; the rules are checked on what was read, and the quotes are held to the source
    // even while a rule is broken, as long as every value has its shape.
    placed(text, skipped, read_article(text), source, |path| {
        position_of(text, path)
    })
}

/// Every problem of the draft `text` written in ArchieML, each placed in that text, as
/// [`problems`] places those of JSON.
pub fn problems_archieml(text: &str, source: &str) -> Vec<Found> {
    match read_aml(text) {
        Ok(aml) => placed(text, 0, aml.read(), source, |path| aml.place(path)),
        Err(err) => vec![Found {
            kind: "syntax",
            path: String::new(),
            message: format!("Not ArchieML: {}.", err.message),
            line: err.place.line,
            column: err.place.column,
            offset: utf16_offset(text, err.place.line, err.place.column),
            text: None,
            nearest: None,
        }],
    }
}

/// The problems of what `read` gave, placed by `place` (a JSON path to its line and column).
fn placed(
    text: &str,
    skipped: usize,
    read: Result<Article, ArticleError>,
    source: &str,
    place: impl Fn(&str) -> (usize, usize),
) -> Vec<Found> {
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
    let (article, broken) = match read {
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
                let where_ = place(&problem.path);
                found.push(at("format", &problem.path, problem.message, where_));
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
            found.push(at(
                "version",
                "schemaVersion",
                err.to_string(),
                place("schemaVersion"),
            ));
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
            let where_ = place(&path);
            found.push(Found {
                text: Some(quoted),
                nearest: Some(nearest),
                ..at(
                    "verbatim",
                    &path,
                    "Not word for word in the source text.".into(),
                    where_,
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

/// [`problems_archieml`] as JSON, for the editor page in its ArchieML mode.
#[wasm_bindgen]
pub fn check_archieml(text: &str, source: &str) -> String {
    serde_json::to_string(&problems_archieml(text, source)).unwrap_or_else(|_| "[]".into())
}

/// The article JSON an ArchieML draft reads as, for the preview and the JSON download; empty
/// when it is not ArchieML.
#[wasm_bindgen]
pub fn archieml_as_json(text: &str) -> String {
    read_aml(text).map(|aml| aml.json()).unwrap_or_default()
}

/// A JSON draft written as ArchieML, for switching modes and the ArchieML download:
/// `{"archieml": …}`, or `{"problem": …}` naming what ArchieML cannot hold (or that it is not JSON).
#[wasm_bindgen]
pub fn json_as_archieml(text: &str) -> String {
    let answer = match archieml::from_json_text(text).and_then(|value| archieml::write(&value)) {
        Ok(written) => serde_json::json!({ "archieml": written }),
        Err(problem) => serde_json::json!({ "problem": problem }),
    };
    answer.to_string()
}

/// The Paris article in ArchieML (`articles/paris-summit.aml`), to start from.
#[wasm_bindgen]
pub fn archieml_template() -> String {
    include_str!("../../articles/paris-summit.aml").to_owned()
}

/// "Draft from the source": the explainer drafted from the article `source` (crate `draft`),
/// published on `published` (`YYYY-MM-DD`; when empty, the source's dateline, else `today`),
/// as JSON or as ArchieML: `{"draft": …}`, or `{"problem": …}` saying why there is none.
#[wasm_bindgen]
pub fn draft_from_source(source: &str, published: &str, today: &str, archieml: bool) -> String {
    let options = draft::Options {
        published: (!published.is_empty()).then(|| published.to_owned()),
        today: Some(today.to_owned()),
        ..draft::Options::default()
    };
    let written = draft::draft(source, &options)
        .map_err(|err| err.to_string())
        .and_then(|drafted| {
            if archieml {
                drafted.archieml()
            } else {
                Ok(drafted.json())
            }
        });
    let answer = match written {
        Ok(text) => serde_json::json!({ "draft": text }),
        Err(problem) => serde_json::json!({ "problem": problem }),
    };
    answer.to_string()
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
