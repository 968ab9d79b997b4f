//! Text to `Article`: syntax, version gate, typed decoding with the JSON path of any error, then validation.

use serde::Deserialize;

use crate::error::ArticleError;
use crate::locate::error_path;
use crate::model::{Article, SCHEMA_MAJOR};
use crate::validate::validate;

/// Parses and validates an article. The only door from outside text into the content model.
pub fn parse_article(text: &str) -> Result<Article, ArticleError> {
    // Editors' tools often save a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ArticleError::Empty);
    }
    check_top_level(text)?;
    check_version(text)?;
    let article: Article = serde_json::from_str(text).map_err(|err| {
        let path = if err.is_data() {
            error_path(text, &err)
        } else {
            ".".into()
        };
        from_json_error(path, &err)
    })?;
    validate(&article)?;
    Ok(article)
}

/// Reads only `schemaVersion`, so an article from a future major version is refused with
/// that message instead of with whatever field it renamed. Syntax errors surface here.
fn check_version(text: &str) -> Result<(), ArticleError> {
    #[derive(Deserialize)]
    struct VersionProbe {
        #[serde(rename = "schemaVersion", default)]
        schema_version: Option<serde_json::Value>,
    }
    let probe = match serde_json::from_str::<VersionProbe>(text) {
        Ok(probe) => probe,
        Err(err) if err.is_data() => return Ok(()), // the typed pass names the path
        Err(err) => return Err(from_json_error(".".into(), &err)),
    };
    let Some(serde_json::Value::String(version)) = probe.schema_version else {
        return Ok(());
    };
    match major_version(&version) {
        Some(major) if major != SCHEMA_MAJOR => Err(ArticleError::UnsupportedVersion {
            found: version,
            supported: SCHEMA_MAJOR,
        }),
        _ => Ok(()), // malformed versions are reported by validation, with their path
    }
}

/// Serde would read a struct from an array too; an article must be an object.
fn check_top_level(text: &str) -> Result<(), ArticleError> {
    let start = text.len() - text.trim_start().len();
    let found = match text[start..].chars().next() {
        Some('{') => return Ok(()),
        Some('[') => "an array",
        Some('"') => "a string",
        Some('t' | 'f') => "a boolean",
        Some('n') => "null",
        Some('-' | '0'..='9') => "a number",
        _ => "",
    };
    // Anything else that is not JSON gets serde_json's own syntax message.
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .map_err(|err| from_json_error(".".into(), &err))?;
    let line = text[..start].matches('\n').count() + 1;
    let column = start - text[..start].rfind('\n').map_or(0, |at| at + 1) + 1;
    Err(ArticleError::Shape {
        path: ".".into(),
        message: format!("expected an article object, found {found}"),
        line,
        column,
    })
}

/// `"1.2"` → `Some(1)`; anything not `MAJOR.MINOR` in digits → `None`.
pub fn major_version(version: &str) -> Option<u64> {
    let (major, minor) = version.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    if digits(major) && digits(minor) {
        major.parse().ok()
    } else {
        None
    }
}

fn from_json_error(path: String, err: &serde_json::Error) -> ArticleError {
    let (line, column) = (err.line(), err.column());
    // serde_json appends " at line L column C"; we say it once, our way.
    let full = err.to_string();
    let message = full
        .rfind(" at line ")
        .map_or(full.as_str(), |at| &full[..at])
        .to_owned();
    if err.is_data() {
        ArticleError::Shape {
            path,
            message,
            line,
            column,
        }
    } else {
        ArticleError::Syntax {
            message,
            line,
            column,
        }
    }
}
