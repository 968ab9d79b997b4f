//! Text to `Article`: syntax, version gate, decoding with the JSON path (and line and column)
//! of any error, then validation.

use crate::decode::{decode, JsonValue, Kind, ShapeError};
use crate::error::ArticleError;
use crate::locate::position_of;
use crate::model::{Article, SCHEMA_MAJOR};
use crate::validate::validate;
use crate::version::major_version;

/// Parses and validates an article, reading the JSON with serde_json: the validator's and the
/// tests' door from outside text into the content model.
pub fn parse_article(text: &str) -> Result<Article, ArticleError> {
    let article = read_article(text)?;
    validate(&article)?;
    Ok(article)
}

/// Parses an article with serde_json, every value of the format's shape, without validating
/// it: for the editor, which holds the quotes to the source while a rule is still broken.
pub fn read_article(text: &str) -> Result<Article, ArticleError> {
    // Read in place: the parsed tree outlives the decoding that borrows from it.
    let mut tree = None;
    read_article_with(text, |text| {
        let value = serde_json::from_str::<serde_json::Value>(text)
            .map_err(|err| syntax_error(text, &err))?;
        Ok(&*tree.insert(value))
    })
}

/// Parses and validates an article, reading the JSON with `parse`: in the widget, the
/// browser's `JSON.parse`, whose failures [`syntax_error_in`] describes.
pub fn parse_article_with<J: JsonValue>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<J, ArticleError>,
) -> Result<Article, ArticleError> {
    let article = read_article_with(text, parse)?;
    validate(&article)?;
    Ok(article)
}

/// Text to an article, reading the JSON with `parse`: syntax, version gate, then decoding with
/// the path (and line and column) of the first value of the wrong shape. No validation.
fn read_article_with<J: JsonValue>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<J, ArticleError>,
) -> Result<Article, ArticleError> {
    // Editors' tools often save a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ArticleError::Empty);
    }
    let value = parse(text)?;
    check_top_level(text, &value)?;
    check_version(&value)?;
    decode_article(&value).map_err(|err| {
        let (line, column) = position_of(text, &err.path);
        ArticleError::Shape {
            path: err.path,
            message: err.message,
            line,
            column,
        }
    })
}

/// Reads a parsed document as an article, without validating it, or names the first value that
/// is not what the format says.
pub fn decode_article<J: JsonValue>(value: &J) -> Result<Article, ShapeError> {
    decode(value)
}

/// The syntax error in `text` as serde_json words and places it, for a text another parser
/// refused. Browsers word (and place) their own errors differently, Safari without a position.
pub fn syntax_error_in(text: &str) -> ArticleError {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(err) => syntax_error(text, &err),
        // Only a parser stricter than the JSON standard gets here.
        Ok(_) => ArticleError::Syntax {
            message: "the browser could not read it".into(),
            line: 1,
            column: 1,
        },
    }
}

/// An article must be an object.
fn check_top_level<J: JsonValue>(text: &str, value: &J) -> Result<(), ArticleError> {
    let found = match value.kind() {
        Kind::Object => return Ok(()),
        Kind::Array => "an array",
        Kind::String => "a string",
        Kind::Bool(_) => "a boolean",
        Kind::Null => "null",
        Kind::Number(_) => "a number",
    };
    let (line, column) = position_of(text, ".");
    Err(ArticleError::Shape {
        path: ".".into(),
        message: format!("expected an article object, found {found}"),
        line,
        column,
    })
}

/// An article from a future major version is refused with that message, before anything
/// else, instead of with whatever field that version renamed.
fn check_version<J: JsonValue>(value: &J) -> Result<(), ArticleError> {
    let Some(version) = value.field("schemaVersion").and_then(|v| v.string()) else {
        return Ok(()); // decoding names a missing or mistyped version, with its path
    };
    match major_version(&version) {
        Some(major) if major != SCHEMA_MAJOR => Err(ArticleError::UnsupportedVersion {
            found: version,
            supported: SCHEMA_MAJOR,
        }),
        _ => Ok(()), // malformed versions are reported by validation, with their path
    }
}

/// serde_json's syntax error, its position said once, our way: the column in characters, as
/// editors count it (serde_json counts bytes, so a line of Cyrillic or curly quotes before the
/// error would send an editor too far to the right).
fn syntax_error(text: &str, err: &serde_json::Error) -> ArticleError {
    // serde_json appends " at line L column C".
    let full = err.to_string();
    let message = full
        .rfind(" at line ")
        .map_or(full.as_str(), |at| &full[..at])
        .to_owned();
    let line = err.line();
    let bytes = err.column();
    let column = text
        .split('\n')
        .nth(line.saturating_sub(1))
        .map_or(bytes, |line| {
            line.char_indices()
                .take_while(|&(at, _)| at < bytes)
                .count()
        });
    ArticleError::Syntax {
        message,
        line,
        column,
    }
}
