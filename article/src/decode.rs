//! Parsed JSON to the content model over any JSON value ([`JsonValue`]): the machinery that
//! `#[derive(Format)]` (article/derive) calls for each declared type.
//!
//! The widget parses with the browser's `JSON.parse` and reads the result through this module,
//! instead of serde's derived decoders over serde_json, which were a fifth of its wasm (about
//! 90 KB before compression, `make bench`). The derive reads each field's name and default from
//! the model's serde attributes, and `tests/decoder_matches_serde.rs` checks both directions:
//! whatever this decoder accepts, serde reads the same, and whatever serde reads, this decoder
//! reads too, except the spellings it is meant to refuse.
//!
//! Messages use serde's words ("invalid type: …, expected …", "missing field `…`"), so an
//! editor sees the same wording from the widget and from the validator.

use crate::error::quoted;

/// What a JSON value is; strings, arrays and objects are read through [`JsonValue`].
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    /// The number as its parser writes it (formatting floats in Rust would cost the wasm 10 KB).
    Number(String),
    String,
    Array,
    Object,
}

/// A parsed JSON value, as the decoder needs to read it.
pub trait JsonValue: Sized {
    fn kind(&self) -> Kind;
    /// The text, when this is a string.
    fn string(&self) -> Option<String>;
    /// The value of `key`, when this is an object that has that key.
    fn field(&self, key: &str) -> Option<Self>;
    /// The elements, when this is an array.
    fn elements(&self) -> Vec<Self>;
}

/// serde_json's values, read in place: the validator's and the native tests' input.
impl JsonValue for &serde_json::Value {
    fn kind(&self) -> Kind {
        match self {
            serde_json::Value::Null => Kind::Null,
            serde_json::Value::Bool(b) => Kind::Bool(*b),
            serde_json::Value::Number(n) => Kind::Number(n.to_string()),
            serde_json::Value::String(_) => Kind::String,
            serde_json::Value::Array(_) => Kind::Array,
            serde_json::Value::Object(_) => Kind::Object,
        }
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn field(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key)
    }

    fn elements(&self) -> Vec<Self> {
        self.as_array()
            .map(|items| items.iter().collect())
            .unwrap_or_default()
    }
}

/// A value that is not what the format says, at a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// e.g. `sections[2].agreements[0].compliance.status`, or `.` for the whole document.
    pub path: String,
    pub message: String,
}

/// Where the decoder is: built on the stack as it descends, written out only for an error.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self) -> String {
        match self {
            Path::Root => ".".to_owned(),
            Path::Key(Path::Root, key) => (*key).to_owned(),
            Path::Key(parent, key) => format!("{}.{key}", parent.render()),
            Path::Index(Path::Root, index) => format!("[{index}]"),
            Path::Index(parent, index) => format!("{}[{index}]", parent.render()),
        }
    }

    fn error(&self, message: String) -> ShapeError {
        ShapeError {
            path: self.render(),
            message,
        }
    }
}

/// Keeps the first error while decoding runs straight through: a value that cannot be read is
/// reported here and read as empty, and the caller asks once, at the end, whether anything
/// failed. Returning at every error instead made each field an exit that drops the fields
/// before it, and those exits were most of the decoder's wasm. After the first error nothing
/// more is read, so the error is the one a decoder that stops there would report.
#[derive(Default)]
pub(crate) struct Decoder {
    first_error: std::cell::Cell<Option<ShapeError>>,
}

impl Decoder {
    fn fail(&self, error: ShapeError) {
        let first = self.first_error.take().or(Some(error));
        self.first_error.set(first);
    }

    fn failed(&self) -> bool {
        let first = self.first_error.take();
        let failed = first.is_some();
        self.first_error.set(first);
        failed
    }
}

/// A value to read: `None` when it is missing or decoding has already failed; readers then
/// return an empty value and report nothing.
pub(crate) type Value<'v, J> = Option<&'v J>;

/// A type of the format that can be read from a JSON value: derived for each declared struct
/// and enum (`#[derive(Format)]`), written here for strings and lists.
pub(crate) trait Decode: Sized {
    /// Reads `value` at `at`; an empty value when it is missing, unreadable (reported to
    /// `decoder`) or decoding has already failed.
    fn decode<J: JsonValue>(decoder: &Decoder, value: Value<J>, at: &Path) -> Self;
}

impl Decode for String {
    fn decode<J: JsonValue>(decoder: &Decoder, value: Value<J>, at: &Path) -> Self {
        string(decoder, value, at)
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode<J: JsonValue>(decoder: &Decoder, value: Value<J>, at: &Path) -> Self {
        sequence(decoder, value, at, T::decode)
    }
}

/// Reads a whole document as `T`, or the first error. Unknown fields are ignored, as the
/// format promises.
pub(crate) fn decode<T: Decode, J: JsonValue>(value: &J) -> Result<T, ShapeError> {
    let decoder = Decoder::default();
    let read = T::decode(&decoder, Some(value), &Path::Root);
    match decoder.first_error.take() {
        Some(error) => Err(error),
        None => Ok(read),
    }
}

/// An object being read, with its path for errors; `value` is `None` when there is no object
/// to read (missing, of the wrong type, or decoding already failed).
pub(crate) struct Object<'d, 'v, 'p, J> {
    d: &'d Decoder,
    value: Value<'v, J>,
    at: &'p Path<'p>,
}

impl<'d, 'v, 'p, J: JsonValue> Object<'d, 'v, 'p, J> {
    pub(crate) fn new(
        d: &'d Decoder,
        value: Value<'v, J>,
        at: &'p Path<'p>,
        expected: &str,
    ) -> Self {
        let value = value
            .filter(|_| !d.failed())
            .filter(|value| match value.kind() {
                Kind::Object => true,
                other => {
                    d.fail(invalid_type(at, *value, &other, expected));
                    false
                }
            });
        Object { d, value, at }
    }

    /// The value of `key`, unless there is nothing to read.
    fn field(&self, key: &str) -> Option<J> {
        if self.d.failed() {
            return None;
        }
        self.value?.field(key)
    }

    /// A field that must be there (null is a wrong type, not an absence).
    pub(crate) fn required<T: Decode>(&self, key: &str) -> T {
        let value = self.field(key);
        if value.is_none() && self.value.is_some() && !self.d.failed() {
            self.d.fail(self.at.error(format!("missing field `{key}`")));
        }
        T::decode(self.d, value.as_ref(), &Path::Key(self.at, key))
    }

    /// A field that may be left out or null.
    pub(crate) fn optional<T: Decode>(&self, key: &str) -> Option<T> {
        let value = self.field(key).filter(|value| value.kind() != Kind::Null)?;
        Some(T::decode(self.d, Some(&value), &Path::Key(self.at, key)))
    }

    /// A field that may be left out (then the caller's default), but not null.
    pub(crate) fn defaulted<T: Decode>(&self, key: &str) -> Option<T> {
        let value = self.field(key)?;
        Some(T::decode(self.d, Some(&value), &Path::Key(self.at, key)))
    }
}

fn sequence<J: JsonValue, T>(
    d: &Decoder,
    value: Value<J>,
    at: &Path,
    read: impl Fn(&Decoder, Value<J>, &Path) -> T,
) -> Vec<T> {
    let Some(value) = value.filter(|_| !d.failed()) else {
        return Vec::new();
    };
    match value.kind() {
        Kind::Array => value
            .elements()
            .iter()
            .enumerate()
            .map(|(index, element)| read(d, Some(element), &Path::Index(at, index)))
            .collect(),
        other => {
            d.fail(invalid_type(at, value, &other, "a sequence"));
            Vec::new()
        }
    }
}

fn string<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> String {
    let Some(value) = value.filter(|_| !d.failed()) else {
        return String::new();
    };
    value.string().unwrap_or_else(|| {
        d.fail(invalid_type(at, value, &value.kind(), "a string"));
        String::new()
    })
}

/// serde's words for a value of the wrong type.
fn invalid_type<J: JsonValue>(at: &Path, value: &J, kind: &Kind, expected: &str) -> ShapeError {
    let found = match kind {
        Kind::Null => "null".to_owned(),
        Kind::Bool(b) => format!("boolean `{b}`"),
        Kind::Number(n) if n.contains(['.', 'e', 'E']) => format!("floating point `{n}`"),
        Kind::Number(n) => format!("integer `{n}`"),
        Kind::String => format!("string {}", quoted(&value.string().unwrap_or_default())),
        Kind::Array => "sequence".to_owned(),
        Kind::Object => "map".to_owned(),
    };
    at.error(format!("invalid type: {found}, expected {expected}"))
}

/// One of a fixed set of names, e.g. a status; the first name when it cannot be read.
pub(crate) fn variant<J: JsonValue, T: Copy>(
    d: &Decoder,
    value: Value<J>,
    at: &Path,
    variants: &[(T, &str)],
) -> T {
    let fallback = variants[0].0;
    if value.is_none() || d.failed() {
        return fallback;
    }
    let name = string(d, value, at);
    if d.failed() {
        return fallback;
    }
    match variants.iter().find(|(_, known)| *known == name) {
        Some((variant, _)) => *variant,
        None => {
            let names: Vec<String> = variants
                .iter()
                .map(|(_, known)| format!("`{known}`"))
                .collect();
            d.fail(at.error(format!(
                "unknown variant `{name}`, expected one of {}",
                names.join(", ")
            )));
            fallback
        }
    }
}
