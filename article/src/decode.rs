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

type Result<T> = std::result::Result<T, ShapeError>;

/// Reads a whole article. Unknown fields are ignored, as the format promises.
pub fn decode_article<J: JsonValue>(value: &J) -> Result<Article> {
    let at = Path::Root;
    let o = Object::new(value, &at, "an article object")?;
    Ok(Article {
        schema_version: o.required("schemaVersion", string)?,
        id: o.required("id", string)?,
        in_language: o
            .defaulted("inLanguage", string)?
            .unwrap_or_else(|| "en".to_owned()),
        headline: o.required("headline", string)?,
        description: o.defaulted("description", string)?.unwrap_or_default(),
        date_published: o.required("datePublished", string)?,
        date_modified: o.optional("dateModified", string)?,
        author: o.list("author", party)?,
        publisher: o.optional("publisher", party)?,
        url: o.optional("url", string)?,
        about: o.optional("about", event)?,
        actors: o.list("actors", actor)?,
        key_figures: o.list("keyFigures", key_figure)?,
        quotes: o.list("quotes", quotation)?,
        sections: o.list("sections", section)?,
    })
}

/// An object being read, with its path for errors.
struct Object<'v, 'p, J> {
    value: &'v J,
    at: &'p Path<'p>,
}

impl<'v, 'p, J: JsonValue> Object<'v, 'p, J> {
    fn new(value: &'v J, at: &'p Path<'p>, expected: &str) -> Result<Self> {
        match value.kind() {
            Kind::Object => Ok(Object { value, at }),
            other => Err(invalid_type(at, value, &other, expected)),
        }
    }

    /// A field that must be there (null is a wrong type, not an absence).
    fn required<T>(&self, key: &str, read: impl Fn(&J, &Path) -> Result<T>) -> Result<T> {
        match self.value.field(key) {
            Some(value) => read(&value, &Path::Key(self.at, key)),
            None => Err(self.at.error(format!("missing field `{key}`"))),
        }
    }

    /// A field that may be left out or null.
    fn optional<T>(&self, key: &str, read: impl Fn(&J, &Path) -> Result<T>) -> Result<Option<T>> {
        match self.value.field(key) {
            Some(value) if value.kind() != Kind::Null => {
                read(&value, &Path::Key(self.at, key)).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// A field that may be left out (then the caller's default), but not null.
    fn defaulted<T>(&self, key: &str, read: impl Fn(&J, &Path) -> Result<T>) -> Result<Option<T>> {
        match self.value.field(key) {
            Some(value) => read(&value, &Path::Key(self.at, key)).map(Some),
            None => Ok(None),
        }
    }

    /// A list that may be left out (then empty), but not null.
    fn list<T>(&self, key: &str, read: impl Fn(&J, &Path) -> Result<T>) -> Result<Vec<T>> {
        Ok(self
            .defaulted(key, |value, at| sequence(value, at, &read))?
            .unwrap_or_default())
    }
}

fn sequence<J: JsonValue, T>(
    value: &J,
    at: &Path,
    read: impl Fn(&J, &Path) -> Result<T>,
) -> Result<Vec<T>> {
    match value.kind() {
        Kind::Array => value
            .elements()
            .iter()
            .enumerate()
            .map(|(index, element)| read(element, &Path::Index(at, index)))
            .collect(),
        other => Err(invalid_type(at, value, &other, "a sequence")),
    }
}

fn string<J: JsonValue>(value: &J, at: &Path) -> Result<String> {
    value
        .string()
        .ok_or_else(|| invalid_type(at, value, &value.kind(), "a string"))
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

/// One of a fixed set of names, e.g. a status.
fn variant<J: JsonValue, T: Copy>(value: &J, at: &Path, variants: &[(T, &str)]) -> Result<T> {
    let name = string(value, at)?;
    variants
        .iter()
        .find(|(_, known)| *known == name)
        .map(|(variant, _)| *variant)
        .ok_or_else(|| {
            let names: Vec<String> = variants
                .iter()
                .map(|(_, known)| format!("`{known}`"))
                .collect();
            at.error(format!(
                "unknown variant `{name}`, expected one of {}",
                names.join(", ")
            ))
        })
}

fn party<J: JsonValue>(value: &J, at: &Path) -> Result<Party> {
    let o = Object::new(value, at, "an object with a name")?;
    Ok(Party {
        name: o.required("name", string)?,
        url: o.optional("url", string)?,
    })
}

fn event<J: JsonValue>(value: &J, at: &Path) -> Result<Event> {
    let o = Object::new(value, at, "an event object")?;
    Ok(Event {
        name: o.required("name", string)?,
        start_date: o.optional("startDate", string)?,
        location: o.optional("location", string)?,
        organizer: o.optional("organizer", string)?,
        evidence: o.required("evidence", string)?,
    })
}

fn actor<J: JsonValue>(value: &J, at: &Path) -> Result<Actor> {
    let o = Object::new(value, at, "an actor object")?;
    Ok(Actor {
        id: o.required("id", string)?,
        name: o.required("name", string)?,
        role: o.optional("role", string)?,
    })
}

fn fact<J: JsonValue>(value: &J, at: &Path) -> Result<Fact> {
    let o = Object::new(value, at, "an object with text and evidence")?;
    Ok(Fact {
        text: o.required("text", string)?,
        evidence: o.required("evidence", string)?,
    })
}

fn key_figure<J: JsonValue>(value: &J, at: &Path) -> Result<KeyFigure> {
    let o = Object::new(value, at, "a key figure object")?;
    Ok(KeyFigure {
        id: o.required("id", string)?,
        value: o.required("value", string)?,
        qualifier: o.optional("qualifier", string)?,
        label: o.required("label", string)?,
        evidence: o.required("evidence", string)?,
    })
}

fn quotation<J: JsonValue>(value: &J, at: &Path) -> Result<Quotation> {
    let o = Object::new(value, at, "a quotation object")?;
    Ok(Quotation {
        id: o.required("id", string)?,
        text: o.required("text", string)?,
        creator: o.required("creator", string)?,
        date_created: o.optional("dateCreated", string)?,
        context: o.optional("context", string)?,
    })
}

fn actor_group<J: JsonValue>(value: &J, at: &Path) -> Result<ActorGroup> {
    let o = Object::new(value, at, "an object with actors and evidence")?;
    Ok(ActorGroup {
        actors: o.required("actors", |v, at| sequence(v, at, string))?,
        evidence: o.required("evidence", string)?,
    })
}

fn section<J: JsonValue>(value: &J, at: &Path) -> Result<Section> {
    let o = Object::new(value, at, "a section object")?;
    Ok(Section {
        kind: o.required("type", string)?,
        id: o.required("id", string)?,
        title: o.required("title", string)?,
        summary: o.defaulted("summary", string)?.unwrap_or_default(),
        goals: o.list("goals", fact)?,
        proposals: o.list("proposals", proposal)?,
        agreements: o.list("agreements", agreement)?,
        developments: o.list("developments", fact)?,
        events: o.list("events", timeline_event)?,
        steps: o.list("steps", fact)?,
        citations: o.list("citations", citation)?,
    })
}

fn proposal<J: JsonValue>(value: &J, at: &Path) -> Result<Proposal> {
    let o = Object::new(value, at, "a proposal object")?;
    Ok(Proposal {
        id: o.required("id", string)?,
        name: o.required("name", string)?,
        lead_nations: o.optional("leadNations", actor_group)?,
        aim: o.optional("aim", fact)?,
        deployment: o.list("deployment", fact)?,
        if_attacked: o.list("ifAttacked", fact)?,
        would_not: o.list("wouldNot", fact)?,
        status: o.optional("status", fact)?,
        quotes: o.list("quotes", string)?,
    })
}

fn agreement<J: JsonValue>(value: &J, at: &Path) -> Result<Agreement> {
    let o = Object::new(value, at, "an agreement object")?;
    Ok(Agreement {
        id: o.required("id", string)?,
        name: o.required("name", string)?,
        parties: o.optional("parties", actor_group)?,
        mediator: o.optional("mediator", actor_group)?,
        lifecycle: o.required("lifecycle", |v, at| status_report(v, at, &Lifecycle::NAMES))?,
        compliance: o.required("compliance", |v, at| {
            status_report(v, at, &Compliance::NAMES)
        })?,
        disputes: o.list("disputes", fact)?,
        alleged_violations: o.list("allegedViolations", alleged_violation)?,
    })
}

fn status_report<J: JsonValue, S: Copy>(
    value: &J,
    at: &Path,
    names: &[(S, &str)],
) -> Result<StatusReport<S>> {
    let o = Object::new(value, at, "a status object")?;
    Ok(StatusReport {
        status: o.required("status", |v, at| variant(v, at, names))?,
        as_of: o.required("asOf", string)?,
        evidence: o.required("evidence", string)?,
    })
}

fn alleged_violation<J: JsonValue>(value: &J, at: &Path) -> Result<AllegedViolation> {
    let o = Object::new(value, at, "an alleged violation object")?;
    Ok(AllegedViolation {
        claimant: o.required("claimant", string)?,
        accused: o.required("accused", string)?,
        claim: o.required("claim", string)?,
        evidence: o.required("evidence", string)?,
    })
}

fn timeline_event<J: JsonValue>(value: &J, at: &Path) -> Result<TimelineEvent> {
    let o = Object::new(value, at, "a timeline event object")?;
    Ok(TimelineEvent {
        date: o.required("date", string)?,
        text: o.required("text", string)?,
        evidence: o.required("evidence", string)?,
    })
}

fn citation<J: JsonValue>(value: &J, at: &Path) -> Result<Citation> {
    let o = Object::new(value, at, "a citation object")?;
    Ok(Citation {
        id: o.required("id", string)?,
        name: o.required("name", string)?,
        url: o.optional("url", string)?,
        description: o.defaulted("description", string)?,
    })
}
