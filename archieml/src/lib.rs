//! ArchieML 1.0 (archieml.org): the plain-text format newsrooms write structured stories in,
//! in Google Docs (`key: value`, `[lists]`, `{objects}`, `:end` for text of several lines), read
//! as JSON, with the place (line and column) of every value, so that a problem found in the JSON
//! can be shown where it was written.
//!
//! It reads what the reference implementation (the npm package `archieml` 0.5.0) reads: the
//! official suite passes whole (`tests/suite.rs`), and a property test compares both on
//! generated documents (`tests/reference.rs`). Where the reference throws (it writes into text
//! as though it were an object, e.g. `key: text` then `{key.inner}`), this parser gives an
//! [`Error`] naming the line. Keys are plain keys everywhere: the reference reads
//! `Object.prototype`'s names (`constructor`, `__proto__`, …) through JavaScript's prototypes.
//! It never panics, on any input.

mod objects;
mod places;
mod read;
mod scan;
mod write;

use std::fmt;

pub use read::parse;
pub use write::{from_json_text, write};

/// Where a value starts in the text: line and column from 1, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

/// A value read from ArchieML: text, a list, or an object with its keys in the order written.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String, Place),
    List(Vec<Value>, Place),
    Object(Vec<(String, Value)>, Place),
    /// A list element never written (`[list]` then `{list.3}`): JSON's `null`.
    Missing,
}

/// Why a text could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub place: Place,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.place.line, self.place.column, self.message
        )
    }
}

impl std::error::Error for Error {}

impl Value {
    /// The value as JSON (object keys in serde_json's order).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Text(text, _) => serde_json::Value::String(text.clone()),
            Value::List(items, _) => items.iter().map(Value::to_json).collect(),
            Value::Object(entries, _) => serde_json::Value::Object(
                entries
                    .iter()
                    .map(|(key, value)| (key.clone(), value.to_json()))
                    .collect(),
            ),
            Value::Missing => serde_json::Value::Null,
        }
    }

    /// The value as JSON text, keys in the order JavaScript gives them (integer keys first,
    /// ascending, then the others as written), indented by two spaces.
    pub fn to_json_text(&self) -> String {
        let mut text = String::new();
        self.write_json(&mut text, 0);
        text
    }

    fn write_json(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        };
        match self {
            Value::Text(text, _) => {
                out.push_str(&serde_json::Value::from(text.as_str()).to_string())
            }
            Value::Missing => out.push_str("null"),
            Value::List(items, _) if items.is_empty() => out.push_str("[]"),
            Value::Object(entries, _) if entries.is_empty() => out.push_str("{}"),
            Value::List(items, _) => {
                out.push('[');
                for (at, item) in items.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write_json(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Value::Object(entries, _) => {
                let mut ordered: Vec<&(String, Value)> = entries.iter().collect();
                // JavaScript lists integer keys first, in ascending order (a stable sort keeps
                // the others as written).
                ordered.sort_by_key(|(key, _)| array_index(key).unwrap_or(u32::MAX));
                out.push('{');
                for (at, (key, value)) in ordered.into_iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    out.push_str(&serde_json::Value::from(key.as_str()).to_string());
                    out.push_str(": ");
                    value.write_json(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }

    /// Where the value starts; `None` for a missing list element.
    pub fn place(&self) -> Option<Place> {
        match self {
            Value::Text(_, place) | Value::List(_, place) | Value::Object(_, place) => Some(*place),
            Value::Missing => None,
        }
    }

    /// Every value under this one with its JSON path, written as the article's validator writes
    /// paths (`sections[1].agreements[0].name`; `.` for this value itself), and its place.
    pub fn places(&self) -> Vec<(String, Place)> {
        let mut found = Vec::new();
        self.collect_places(String::new(), &mut found);
        found
    }

    fn collect_places(&self, path: String, found: &mut Vec<(String, Place)>) {
        if let Some(place) = self.place() {
            let shown = if path.is_empty() {
                ".".to_owned()
            } else {
                path.clone()
            };
            found.push((shown, place));
        }
        match self {
            Value::List(items, _) => {
                for (at, item) in items.iter().enumerate() {
                    item.collect_places(format!("{path}[{at}]"), found);
                }
            }
            Value::Object(entries, _) => {
                for (key, value) in entries {
                    let inner = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    value.collect_places(inner, found);
                }
            }
            Value::Text(..) | Value::Missing => {}
        }
    }
}

/// The key as JavaScript's array index (a canonical number below 2³² − 1), if it is one.
pub(crate) fn array_index(key: &str) -> Option<u32> {
    let canonical = key == "0" || (!key.starts_with('0') && !key.is_empty());
    let index: u32 = key
        .parse()
        .ok()
        .filter(|_| canonical && key.bytes().all(|b| b.is_ascii_digit()))?;
    (index != u32::MAX).then_some(index)
}
