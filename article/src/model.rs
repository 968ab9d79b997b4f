//! The article JSON's types: the one content model the widget, the validator and the tests share.
//!
//! `decode.rs` reads them; the serde derives here are the JSON Schema's source and the
//! decoder's reference in tests.
//!
//! Names follow schema.org where a term exists (headline, description, datePublished, …).
//! Every text is plain text; nothing here is ever rendered as HTML.

use serde::{Deserialize, Serialize};

/// The major `schemaVersion` this crate reads; any minor version of it is accepted.
pub const SCHEMA_MAJOR: u64 = 1;

/// One explainer: header, key figures, quotes and typed sections in display order.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an article object")]
pub struct Article {
    /// `"MAJOR.MINOR"`, e.g. `"1.0"`.
    pub schema_version: String,
    pub id: String,
    /// BCP 47 language tag of the content, e.g. `"en"`.
    #[serde(default = "default_language")]
    pub in_language: String,
    pub headline: String,
    /// The dek: one or two sentences under the headline.
    #[serde(default)]
    pub description: String,
    /// ISO 8601 date or date-time.
    pub date_published: String,
    #[serde(default)]
    pub date_modified: Option<String>,
    #[serde(default)]
    pub author: Vec<Party>,
    #[serde(default)]
    pub publisher: Option<Party>,
    /// The source article's address, http(s) only; the header links to it when present.
    #[serde(default)]
    pub url: Option<String>,
    /// The event the article is about (schema.org `Event`).
    #[serde(default)]
    pub about: Option<Event>,
    /// People, countries and organisations that quotes, parties and claims refer to by id.
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub key_figures: Vec<KeyFigure>,
    #[serde(default)]
    pub quotes: Vec<Quotation>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

fn default_language() -> String {
    "en".to_owned()
}

/// An author or publisher (schema.org `Person` / `Organization`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an object with a name")]
pub struct Party {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// The event the article reports on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an event object")]
pub struct Event {
    pub name: String,
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    /// Actor id of the host.
    #[serde(default)]
    pub organizer: Option<String>,
    pub evidence: String,
}

/// A person, country or organisation named in the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an actor object")]
pub struct Actor {
    pub id: String,
    pub name: String,
    /// How the article describes them, e.g. "French President".
    #[serde(default)]
    pub role: Option<String>,
}

/// A stated fact and the verbatim words of the source article that support it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "camelCase",
    expecting = "an object with text and evidence"
)]
pub struct Fact {
    pub text: String,
    pub evidence: String,
}

/// A number that matters, with its qualifier kept beside it ("nearly" 30).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a key figure object")]
pub struct KeyFigure {
    pub id: String,
    pub value: String,
    #[serde(default)]
    pub qualifier: Option<String>,
    pub label: String,
    pub evidence: String,
}

/// A verbatim quote (schema.org `Quotation`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a quotation object")]
pub struct Quotation {
    pub id: String,
    pub text: String,
    /// Actor id of who said it.
    pub creator: String,
    /// When it was said (ISO 8601).
    #[serde(default)]
    pub date_created: Option<String>,
    /// Where or why it was said, in plain words.
    #[serde(default)]
    pub context: Option<String>,
}

/// A set of actors named together, with the words that name them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "camelCase",
    expecting = "an object with actors and evidence"
)]
pub struct ActorGroup {
    pub actors: Vec<String>,
    pub evidence: String,
}

/// One typed section. Kind-specific lists live side by side so that every error keeps its
/// exact JSON path; `type` picks which of them is shown, and an unknown type shows only
/// the title and summary.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a section object")]
pub struct Section {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proposals: Vec<Proposal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<Agreement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub developments: Vec<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<TimelineEvent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Citation>,
}

/// The section types this version knows, by their `type` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    SummitGoals,
    PeacekeepingProposals,
    CeasefireStatus,
    Timeline,
    WhatNext,
    Sources,
    /// A type from a newer minor version: shown with its title and summary only.
    Unknown,
}

impl SectionKind {
    /// Every known kind with its `type` value and the one list it is shown from.
    pub const KNOWN: [(SectionKind, &'static str, &'static str); 6] = [
        (SectionKind::SummitGoals, "summitGoals", "goals"),
        (
            SectionKind::PeacekeepingProposals,
            "peacekeepingProposals",
            "proposals",
        ),
        (
            SectionKind::CeasefireStatus,
            "ceasefireStatus",
            "agreements",
        ),
        (SectionKind::Timeline, "timeline", "events"),
        (SectionKind::WhatNext, "whatNext", "steps"),
        (SectionKind::Sources, "sources", "citations"),
    ];

    pub fn from_type(value: &str) -> SectionKind {
        Self::KNOWN
            .iter()
            .find(|(_, name, _)| *name == value)
            .map_or(SectionKind::Unknown, |(kind, _, _)| *kind)
    }
}

impl Section {
    pub fn kind(&self) -> SectionKind {
        SectionKind::from_type(&self.kind)
    }
}

/// A peacekeeping proposal: who leads, where forces would go, what they would and would not do.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a proposal object")]
pub struct Proposal {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub lead_nations: Option<ActorGroup>,
    #[serde(default)]
    pub aim: Option<Fact>,
    #[serde(default)]
    pub deployment: Vec<Fact>,
    #[serde(default)]
    pub if_attacked: Vec<Fact>,
    #[serde(default)]
    pub would_not: Vec<Fact>,
    #[serde(default)]
    pub status: Option<Fact>,
    /// Ids of quotes that state a position on the proposal.
    #[serde(default)]
    pub quotes: Vec<String>,
}

/// A ceasefire agreement, with lifecycle and compliance as two separate axes.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an agreement object")]
pub struct Agreement {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub parties: Option<ActorGroup>,
    #[serde(default)]
    pub mediator: Option<ActorGroup>,
    /// What the agreement covers. One entry may stand for several agreements that the source
    /// only ever speaks of together ("the agreements"), so that nothing said of the set is
    /// pinned on one of them.
    #[serde(default)]
    pub covers: Vec<Fact>,
    pub lifecycle: StatusReport<Lifecycle>,
    pub compliance: StatusReport<Compliance>,
    /// Points the parties dispute.
    #[serde(default)]
    pub disputes: Vec<Fact>,
    #[serde(default)]
    pub alleged_violations: Vec<AllegedViolation>,
}

/// One status axis of an agreement, as of a date, with its evidence.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a status object")]
pub struct StatusReport<S> {
    pub status: S,
    pub as_of: String,
    pub evidence: String,
}

/// Where an agreement is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Lifecycle {
    Proposed,
    Announced,
    Agreed,
    InForce,
    Suspended,
    Collapsed,
}

impl Lifecycle {
    /// Every status with its JSON name, in order.
    pub const NAMES: [(Lifecycle, &'static str); 6] = [
        (Lifecycle::Proposed, "proposed"),
        (Lifecycle::Announced, "announced"),
        (Lifecycle::Agreed, "agreed"),
        (Lifecycle::InForce, "inForce"),
        (Lifecycle::Suspended, "suspended"),
        (Lifecycle::Collapsed, "collapsed"),
    ];

    /// The JSON name, e.g. `inForce`.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize].1
    }
}

/// Whether an agreement is being kept, as reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Compliance {
    NoReportedViolations,
    Alleged,
    MutualAccusations,
    Confirmed,
    Unknown,
}

impl Compliance {
    /// Every status with its JSON name, in order.
    pub const NAMES: [(Compliance, &'static str); 5] = [
        (Compliance::NoReportedViolations, "noReportedViolations"),
        (Compliance::Alleged, "alleged"),
        (Compliance::MutualAccusations, "mutualAccusations"),
        (Compliance::Confirmed, "confirmed"),
        (Compliance::Unknown, "unknown"),
    ];

    /// The JSON name, e.g. `mutualAccusations`.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize].1
    }
}

/// A claim of violation, always attributed: who accuses whom.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an alleged violation object")]
pub struct AllegedViolation {
    /// Actor id of the accuser.
    pub claimant: String,
    /// Actor id of the accused.
    pub accused: String,
    pub claim: String,
    pub evidence: String,
}

/// A dated entry of the timeline.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a timeline event object")]
pub struct TimelineEvent {
    pub date: String,
    pub text: String,
    pub evidence: String,
}

/// A source (schema.org `citation`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a citation object")]
pub struct Citation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}
