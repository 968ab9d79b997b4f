//! The article JSON's types: the one content model the widget, the validator and the tests share.
//!
//! This file is the format's one declaration. From each type and its serde attributes come the
//! JSON Schema (schemars), the decoder (`#[derive(Format)]`, article/derive) and the validator's
//! traversal, which calls the rule each field names in `#[check(...)]` (article/src/walk.rs).
//!
//! Names follow schema.org where a term exists (headline, description, datePublished, …).
//! Every text is plain text; nothing here is ever rendered as HTML.

use explainer_article_derive::Format;
use serde::{Deserialize, Serialize};

use crate::date::is_iso_date;
use crate::error::quoted;
use crate::walk::{At, Rules, Walk};

/// The major `schemaVersion` this crate reads; any minor version of it is accepted.
pub const SCHEMA_MAJOR: u64 = 1;

/// One explainer: header, key figures, quotes and typed sections in display order.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an article object")]
#[check(after = dates_in_order)]
pub struct Article {
    /// `"MAJOR.MINOR"`, e.g. `"1.0"`.
    #[check(version)]
    pub schema_version: String,
    #[check(id)]
    pub id: String,
    /// BCP 47 language tag of the content, e.g. `"en"`.
    #[serde(default = "default_language")]
    #[check(language)]
    pub in_language: String,
    #[check(text)]
    pub headline: String,
    /// The dek: one or two sentences under the headline.
    #[serde(default)]
    #[check(maybe_empty_text)]
    pub description: String,
    /// ISO 8601 date or date-time.
    #[check(date)]
    pub date_published: String,
    #[serde(default)]
    #[check(date)]
    pub date_modified: Option<String>,
    /// The editors' notes on what they corrected or updated, as news sites show them under the
    /// header, newest first.
    #[serde(default)]
    #[check(walk)]
    pub updates: Vec<Update>,
    #[serde(default)]
    #[check(walk)]
    pub author: Vec<Party>,
    #[serde(default)]
    #[check(walk)]
    pub publisher: Option<Party>,
    /// The source article's address, http(s) only; the header links to it when present.
    #[serde(default)]
    #[check(link)]
    pub url: Option<String>,
    /// The event the article is about (schema.org `Event`).
    #[serde(default)]
    #[check(walk)]
    pub about: Option<Event>,
    /// People, countries and organisations that quotes, parties and claims refer to by id.
    #[serde(default)]
    #[check(walk)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    #[check(walk)]
    pub key_figures: Vec<KeyFigure>,
    #[serde(default)]
    #[check(walk)]
    pub quotes: Vec<Quotation>,
    #[serde(default)]
    #[check(self::sections_within_limit)]
    pub sections: Vec<Section>,
}

fn default_language() -> String {
    "en".to_owned()
}

/// Most sections an article may have.
pub const MAX_SECTIONS: usize = 500;

/// The sections, unless there are too many to check one by one.
fn sections_within_limit<'a, R: Rules<'a>>(rules: &mut R, sections: &'a Vec<Section>, at: At) {
    if sections.len() > MAX_SECTIONS {
        rules.problem(
            at.render(),
            format!(
                "has {} sections; at most {MAX_SECTIONS} are allowed, so split the explainer",
                sections.len()
            ),
        );
    } else {
        sections.walk(rules, &at.render());
    }
}

/// An article is not modified before it is published.
fn dates_in_order<'a, R: Rules<'a>>(article: &'a Article, rules: &mut R, path: &str) {
    if let Some(modified) = &article.date_modified {
        // ISO dates of the same form sort as text; compare the day only.
        if is_iso_date(modified)
            && is_iso_date(&article.date_published)
            && modified[..10] < article.date_published[..10]
        {
            rules.problem(
                At(path, "dateModified").render(),
                "is earlier than datePublished".into(),
            );
        }
    }
}

/// An author or publisher (schema.org `Person` / `Organization`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an object with a name")]
pub struct Party {
    #[check(text)]
    pub name: String,
    #[serde(default)]
    #[check(link)]
    pub url: Option<String>,
}

/// The event the article reports on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an event object")]
pub struct Event {
    #[check(text)]
    pub name: String,
    #[serde(default)]
    #[check(date)]
    pub start_date: Option<String>,
    #[serde(default)]
    #[check(text)]
    pub location: Option<String>,
    /// Actor id of the host.
    #[serde(default)]
    #[check(actor_ref)]
    pub organizer: Option<String>,
    #[check(evidence)]
    pub evidence: String,
}

/// A person, country or organisation named in the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an actor object")]
pub struct Actor {
    #[check(id)]
    pub id: String,
    #[check(text)]
    pub name: String,
    /// How the article describes them, e.g. "French President".
    #[serde(default)]
    #[check(text)]
    pub role: Option<String>,
}

/// A stated fact and the verbatim words of the source article that support it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "camelCase",
    expecting = "an object with text and evidence"
)]
pub struct Fact {
    #[check(text)]
    pub text: String,
    #[check(evidence)]
    pub evidence: String,
}

/// An editors' note on a correction or an update ("Corrected the date of the Black Sea talks").
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an update object")]
pub struct Update {
    /// ISO 8601 date or date-time.
    #[check(date)]
    pub date: String,
    #[check(text)]
    pub text: String,
}

/// A number that matters, with its qualifier kept beside it ("nearly" 30).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a key figure object")]
pub struct KeyFigure {
    #[check(id)]
    pub id: String,
    #[check(text)]
    pub value: String,
    #[serde(default)]
    #[check(text)]
    pub qualifier: Option<String>,
    #[check(text)]
    pub label: String,
    #[check(evidence)]
    pub evidence: String,
}

/// A verbatim quote (schema.org `Quotation`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a quotation object")]
pub struct Quotation {
    #[check(id)]
    pub id: String,
    #[check(quotation)]
    pub text: String,
    /// Actor id of who said it.
    #[check(actor_ref)]
    pub creator: String,
    /// When it was said (ISO 8601).
    #[serde(default)]
    #[check(date)]
    pub date_created: Option<String>,
    /// Where or why it was said, in plain words.
    #[serde(default)]
    #[check(text)]
    pub context: Option<String>,
}

/// A set of actors named together, with the words that name them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "camelCase",
    expecting = "an object with actors and evidence"
)]
pub struct ActorGroup {
    #[check(self::named_actors)]
    pub actors: Vec<String>,
    #[check(evidence)]
    pub evidence: String,
}

/// A group names at least one actor, each by a known id.
fn named_actors<'a, R: Rules<'a>>(rules: &mut R, actors: &'a Vec<String>, at: At) {
    if actors.is_empty() {
        rules.problem(at.render(), "must name at least one actor".into());
    }
    crate::walk::rule::actor_ref(rules, actors, at);
}

/// Declares every section type once: its `type` value, its kind, the list it is shown from and
/// any other list it shows, each list with the type of its entries. From that one declaration
/// come the `Section` struct's lists, `Section::lists`, `SectionKind` and `SectionKind::KNOWN`:
/// a new type is a line in the invocation below plus its view (src/view/sections). A list's JSON
/// name is its field's name, so lists are named in one word (the schema test holds them to it).
macro_rules! section_types {
    ($(
        $(#[$doc:meta])*
        $name:literal => $kind:ident { $list:ident: $entry:ty $(, $also:ident: $also_entry:ty)* $(,)? }
    ),* $(,)?) => {
        /// One typed section. Kind-specific lists live side by side so that every error keeps its
        /// exact JSON path; `type` picks which of them is shown, and an unknown type shows only
        /// the title and summary.
        #[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "camelCase", expecting = "a section object")]
        #[check(after = lists_match_type)]
        pub struct Section {
            #[serde(rename = "type")]
            #[check(text)]
            pub kind: String,
            #[check(id)]
            pub id: String,
            #[check(text)]
            pub title: String,
            #[serde(default)]
            #[check(maybe_empty_text)]
            pub summary: String,
            $(
                $(#[$doc])*
                #[serde(default, skip_serializing_if = "Vec::is_empty")]
                #[check(walk)]
                pub $list: Vec<$entry>,
                $(
                    #[serde(default, skip_serializing_if = "Vec::is_empty")]
                    #[check(walk)]
                    pub $also: Vec<$also_entry>,
                )*
            )*
        }

        impl Section {
            /// How many lists a section can hold.
            const LIST_COUNT: usize = [$(stringify!($list), $(stringify!($also),)*)*].len();

            /// Each list a section can hold, by its JSON name, with its length. A test holds it
            /// to the schema's lists (`every_list_of_a_section_is_checked_against_its_type`).
            fn lists(&self) -> [(&'static str, usize); Self::LIST_COUNT] {
                [$(
                    (stringify!($list), self.$list.len()),
                    $((stringify!($also), self.$also.len()),)*
                )*]
            }
        }

        /// The section types this version knows, by their `type` value.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum SectionKind {
            $($kind,)*
            /// A type from a newer minor version: shown with its title and summary only.
            Unknown,
        }

        impl SectionKind {
            /// Every known kind.
            pub const KNOWN: &'static [KnownSection] = &[$(
                KnownSection {
                    kind: SectionKind::$kind,
                    name: $name,
                    list: stringify!($list),
                    also: &[$(stringify!($also)),*],
                },
            )*];
        }
    };
}

section_types! {
    "summitGoals" => SummitGoals { goals: Fact },
    "peacekeepingProposals" => PeacekeepingProposals { proposals: Proposal },
    "ceasefireStatus" => CeasefireStatus { agreements: Agreement, developments: Fact },
    "timeline" => Timeline { events: TimelineEvent },
    "whatNext" => WhatNext { steps: Fact },
    "sources" => Sources { citations: Citation },
    /// Key facts, "what we know": the generic list, each fact with its evidence.
    "facts" => Facts { facts: Fact },
}

impl Section {
    pub fn kind(&self) -> SectionKind {
        SectionKind::from_type(&self.kind)
    }
}

/// A known section type: its `type` value, the list it is shown from (at least one entry),
/// and any other list it shows.
pub struct KnownSection {
    pub kind: SectionKind,
    pub name: &'static str,
    pub list: &'static str,
    pub also: &'static [&'static str],
}

impl SectionKind {
    fn known(value: &str) -> Option<&'static KnownSection> {
        Self::KNOWN.iter().find(|known| known.name == value)
    }

    pub fn from_type(value: &str) -> SectionKind {
        Self::known(value).map_or(SectionKind::Unknown, |known| known.kind)
    }
}

/// A known section has entries in its own list and none in another type's; an unknown type
/// (from a newer minor version) may hold anything.
fn lists_match_type<'a, R: Rules<'a>>(section: &'a Section, rules: &mut R, path: &str) {
    let Some(own) = SectionKind::known(&section.kind) else {
        return;
    };
    let kind = quoted(&section.kind);
    for (list, len) in section.lists() {
        let at = At(path, list).render();
        if list == own.list {
            if len == 0 {
                let message = format!("a {kind} section needs at least one entry in {list}");
                rules.problem(at, message);
            }
        } else if len > 0 && !own.also.contains(&list) {
            let message = match SectionKind::KNOWN.iter().find(|k| k.also.contains(&list)) {
                Some(owner) => format!(
                    "{list} are only shown in a {} section, not in {kind}",
                    quoted(owner.name)
                ),
                None => format!(
                    "{list} is not shown in a {kind} section; move it to a section of its own type"
                ),
            };
            rules.problem(at, message);
        }
    }
}

/// A peacekeeping proposal: who leads, where forces would go, what they would and would not do.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a proposal object")]
pub struct Proposal {
    #[check(id)]
    pub id: String,
    #[check(text)]
    pub name: String,
    #[serde(default)]
    #[check(walk)]
    pub lead_nations: Option<ActorGroup>,
    #[serde(default)]
    #[check(walk)]
    pub aim: Option<Fact>,
    #[serde(default)]
    #[check(walk)]
    pub deployment: Vec<Fact>,
    #[serde(default)]
    #[check(walk)]
    pub if_attacked: Vec<Fact>,
    #[serde(default)]
    #[check(walk)]
    pub would_not: Vec<Fact>,
    #[serde(default)]
    #[check(walk)]
    pub status: Option<Fact>,
    /// Ids of quotes that state a position on the proposal.
    #[serde(default)]
    #[check(quote_ref)]
    pub quotes: Vec<String>,
}

/// A ceasefire agreement, with lifecycle and compliance as two separate axes.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an agreement object")]
pub struct Agreement {
    #[check(id)]
    pub id: String,
    #[check(text)]
    pub name: String,
    #[serde(default)]
    #[check(walk)]
    pub parties: Option<ActorGroup>,
    #[serde(default)]
    #[check(walk)]
    pub mediator: Option<ActorGroup>,
    /// What the agreement covers. One entry may stand for several agreements that the source
    /// only ever speaks of together ("the agreements"), so that nothing said of the set is
    /// pinned on one of them.
    #[serde(default)]
    #[check(walk)]
    pub covers: Vec<Fact>,
    #[check(walk)]
    pub lifecycle: StatusReport<Lifecycle>,
    #[check(walk)]
    pub compliance: StatusReport<Compliance>,
    /// Points the parties dispute.
    #[serde(default)]
    #[check(walk)]
    pub disputes: Vec<Fact>,
    #[serde(default)]
    #[check(walk)]
    pub alleged_violations: Vec<AllegedViolation>,
}

/// One status axis of an agreement, as of a date, with its evidence.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a status object")]
pub struct StatusReport<S> {
    #[check(none)]
    pub status: S,
    #[check(date)]
    pub as_of: String,
    #[check(evidence)]
    pub evidence: String,
}

/// Where an agreement is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Format)]
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

/// Whether an agreement is being kept, as reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Compliance {
    NoReportedViolations,
    Alleged,
    MutualAccusations,
    Confirmed,
    Unknown,
}

/// A claim of violation, always attributed: who accuses whom.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "an alleged violation object")]
pub struct AllegedViolation {
    /// Actor id of the accuser.
    #[check(actor_ref)]
    pub claimant: String,
    /// Actor id of the accused.
    #[check(actor_ref)]
    pub accused: String,
    #[check(text)]
    pub claim: String,
    #[check(evidence)]
    pub evidence: String,
}

/// A dated entry of the timeline.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a timeline event object")]
pub struct TimelineEvent {
    #[check(date)]
    pub date: String,
    #[check(text)]
    pub text: String,
    #[check(evidence)]
    pub evidence: String,
}

/// A source (schema.org `citation`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Format)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", expecting = "a citation object")]
pub struct Citation {
    #[check(id)]
    pub id: String,
    #[check(text)]
    pub name: String,
    #[serde(default)]
    #[check(link)]
    pub url: Option<String>,
    #[serde(default)]
    #[check(text)]
    pub description: Option<String>,
}

#[cfg(all(test, feature = "schema"))]
mod tests {
    use super::Section;

    /// `Section::lists()` is written by hand; the type checks (`lists_match_type`) read only the
    /// lists it names. Every array of a section, as the schema (from the same declaration) has
    /// them, must be among them, or a new list would go unchecked against its section's type.
    #[test]
    fn every_list_of_a_section_is_checked_against_its_type() {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::schema::json_schema()).unwrap_or_default();
        let properties = schema["$defs"]["Section"]["properties"].as_object();
        let mut arrays: Vec<&str> = properties
            .into_iter()
            .flatten()
            .filter(|(_, property)| property["type"] == "array")
            .map(|(name, _)| name.as_str())
            .collect();
        arrays.sort_unstable();
        let section: Section =
            serde_json::from_str(r#"{"type": "facts", "id": "a", "title": "A"}"#)
                .unwrap_or_else(|err| panic!("a minimal section: {err}"));
        let mut listed: Vec<&str> = section.lists().iter().map(|(name, _)| *name).collect();
        listed.sort_unstable();
        assert!(arrays.len() >= 8, "the schema's section lists: {arrays:?}");
        assert_eq!(listed, arrays);
    }
}
