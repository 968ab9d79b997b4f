//! Parsed JSON to the content model, by hand, over any JSON value ([`JsonValue`]).
//!
//! The widget parses with the browser's `JSON.parse` and reads the result through this module,
//! instead of serde's derived decoders over serde_json, which were a fifth of its wasm (about
//! 90 KB before compression, `make bench`). The derives stay on the model for the JSON Schema
//! and as this decoder's reference: `tests/decoder_matches_serde.rs` checks that whatever
//! this decoder accepts, serde reads the same, and that whatever serde refuses, it refuses.
//!
//! Messages use serde's words ("invalid type: …, expected …", "missing field `…`"), so an
//! editor sees the same wording from the widget and from the validator.

use crate::error::quoted;
use crate::model::*;

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
enum Path<'a> {
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
struct Decoder {
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
type Value<'v, J> = Option<&'v J>;

/// Reads a whole article. Unknown fields are ignored, as the format promises.
pub fn decode_article<J: JsonValue>(value: &J) -> Result<Article, ShapeError> {
    let d = Decoder::default();
    let at = Path::Root;
    let o = Object::new(&d, Some(value), &at, "an article object");
    let article = Article {
        schema_version: o.required("schemaVersion", string),
        id: o.required("id", string),
        in_language: o
            .defaulted("inLanguage", string)
            .unwrap_or_else(|| "en".to_owned()),
        headline: o.required("headline", string),
        description: o.defaulted("description", string).unwrap_or_default(),
        date_published: o.required("datePublished", string),
        date_modified: o.optional("dateModified", string),
        author: o.list("author", party),
        publisher: o.optional("publisher", party),
        url: o.optional("url", string),
        about: o.optional("about", event),
        actors: o.list("actors", actor),
        key_figures: o.list("keyFigures", key_figure),
        quotes: o.list("quotes", quotation),
        sections: o.list("sections", section),
    };
    match d.first_error.take() {
        Some(error) => Err(error),
        None => Ok(article),
    }
}

/// An object being read, with its path for errors; `value` is `None` when there is no object
/// to read (missing, of the wrong type, or decoding already failed).
struct Object<'d, 'v, 'p, J> {
    d: &'d Decoder,
    value: Value<'v, J>,
    at: &'p Path<'p>,
}

impl<'d, 'v, 'p, J: JsonValue> Object<'d, 'v, 'p, J> {
    fn new(d: &'d Decoder, value: Value<'v, J>, at: &'p Path<'p>, expected: &str) -> Self {
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
    fn required<T>(&self, key: &str, read: impl Fn(&Decoder, Value<J>, &Path) -> T) -> T {
        let value = self.field(key);
        if value.is_none() && self.value.is_some() && !self.d.failed() {
            self.d.fail(self.at.error(format!("missing field `{key}`")));
        }
        read(self.d, value.as_ref(), &Path::Key(self.at, key))
    }

    /// A field that may be left out or null.
    fn optional<T>(&self, key: &str, read: impl Fn(&Decoder, Value<J>, &Path) -> T) -> Option<T> {
        let value = self.field(key).filter(|value| value.kind() != Kind::Null)?;
        Some(read(self.d, Some(&value), &Path::Key(self.at, key)))
    }

    /// A field that may be left out (then the caller's default), but not null.
    fn defaulted<T>(&self, key: &str, read: impl Fn(&Decoder, Value<J>, &Path) -> T) -> Option<T> {
        let value = self.field(key)?;
        Some(read(self.d, Some(&value), &Path::Key(self.at, key)))
    }

    /// A list that may be left out (then empty), but not null.
    fn list<T>(&self, key: &str, read: impl Fn(&Decoder, Value<J>, &Path) -> T) -> Vec<T> {
        self.defaulted(key, |d, value, at| sequence(d, value, at, &read))
            .unwrap_or_default()
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
fn variant<J: JsonValue, T: Copy>(
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

fn party<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Party {
    let o = Object::new(d, value, at, "an object with a name");
    Party {
        name: o.required("name", string),
        url: o.optional("url", string),
    }
}

fn event<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Event {
    let o = Object::new(d, value, at, "an event object");
    Event {
        name: o.required("name", string),
        start_date: o.optional("startDate", string),
        location: o.optional("location", string),
        organizer: o.optional("organizer", string),
        evidence: o.required("evidence", string),
    }
}

fn actor<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Actor {
    let o = Object::new(d, value, at, "an actor object");
    Actor {
        id: o.required("id", string),
        name: o.required("name", string),
        role: o.optional("role", string),
    }
}

fn fact<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Fact {
    let o = Object::new(d, value, at, "an object with text and evidence");
    Fact {
        text: o.required("text", string),
        evidence: o.required("evidence", string),
    }
}

fn key_figure<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> KeyFigure {
    let o = Object::new(d, value, at, "a key figure object");
    KeyFigure {
        id: o.required("id", string),
        value: o.required("value", string),
        qualifier: o.optional("qualifier", string),
        label: o.required("label", string),
        evidence: o.required("evidence", string),
    }
}

fn quotation<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Quotation {
    let o = Object::new(d, value, at, "a quotation object");
    Quotation {
        id: o.required("id", string),
        text: o.required("text", string),
        creator: o.required("creator", string),
        date_created: o.optional("dateCreated", string),
        context: o.optional("context", string),
    }
}

fn actor_group<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> ActorGroup {
    let o = Object::new(d, value, at, "an object with actors and evidence");
    ActorGroup {
        actors: o.required("actors", |d, v, at| sequence(d, v, at, string)),
        evidence: o.required("evidence", string),
    }
}

fn section<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Section {
    let o = Object::new(d, value, at, "a section object");
    Section {
        kind: o.required("type", string),
        id: o.required("id", string),
        title: o.required("title", string),
        summary: o.defaulted("summary", string).unwrap_or_default(),
        goals: o.list("goals", fact),
        proposals: o.list("proposals", proposal),
        agreements: o.list("agreements", agreement),
        developments: o.list("developments", fact),
        events: o.list("events", timeline_event),
        steps: o.list("steps", fact),
        citations: o.list("citations", citation),
    }
}

fn proposal<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Proposal {
    let o = Object::new(d, value, at, "a proposal object");
    Proposal {
        id: o.required("id", string),
        name: o.required("name", string),
        lead_nations: o.optional("leadNations", actor_group),
        aim: o.optional("aim", fact),
        deployment: o.list("deployment", fact),
        if_attacked: o.list("ifAttacked", fact),
        would_not: o.list("wouldNot", fact),
        status: o.optional("status", fact),
        quotes: o.list("quotes", string),
    }
}

fn agreement<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Agreement {
    let o = Object::new(d, value, at, "an agreement object");
    Agreement {
        id: o.required("id", string),
        name: o.required("name", string),
        parties: o.optional("parties", actor_group),
        mediator: o.optional("mediator", actor_group),
        covers: o.list("covers", fact),
        lifecycle: o.required("lifecycle", |d, v, at| {
            status_report(d, v, at, &Lifecycle::NAMES)
        }),
        compliance: o.required("compliance", |d, v, at| {
            status_report(d, v, at, &Compliance::NAMES)
        }),
        disputes: o.list("disputes", fact),
        alleged_violations: o.list("allegedViolations", alleged_violation),
    }
}

fn status_report<J: JsonValue, S: Copy>(
    d: &Decoder,
    value: Value<J>,
    at: &Path,
    names: &[(S, &str)],
) -> StatusReport<S> {
    let o = Object::new(d, value, at, "a status object");
    StatusReport {
        status: o.required("status", |d, v, at| variant(d, v, at, names)),
        as_of: o.required("asOf", string),
        evidence: o.required("evidence", string),
    }
}

fn alleged_violation<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> AllegedViolation {
    let o = Object::new(d, value, at, "an alleged violation object");
    AllegedViolation {
        claimant: o.required("claimant", string),
        accused: o.required("accused", string),
        claim: o.required("claim", string),
        evidence: o.required("evidence", string),
    }
}

fn timeline_event<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> TimelineEvent {
    let o = Object::new(d, value, at, "a timeline event object");
    TimelineEvent {
        date: o.required("date", string),
        text: o.required("text", string),
        evidence: o.required("evidence", string),
    }
}

fn citation<J: JsonValue>(d: &Decoder, value: Value<J>, at: &Path) -> Citation {
    let o = Object::new(d, value, at, "a citation object");
    Citation {
        id: o.required("id", string),
        name: o.required("name", string),
        url: o.optional("url", string),
        description: o.optional("description", string),
    }
}
