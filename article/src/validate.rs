//! Rules beyond types: unique ids, resolvable references, http(s) links, ISO 8601 dates, non-empty texts.

// Fx hashing, as the widget's Leptos already links: std's SipHash with random keys is 2 KB more
// wasm, and ids come from the article's own editors.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::date::is_iso_date;
use crate::error::{quoted, ArticleError, Problem};
use crate::model::*;
use crate::version::major_version;

/// Checks every rule and reports every broken one, each with its JSON path.
pub fn validate(article: &Article) -> Result<(), ArticleError> {
    let mut checker = Checker::new(article);
    checker.article(article);
    if checker.problems.is_empty() {
        Ok(())
    } else {
        Err(ArticleError::Invalid(checker.problems))
    }
}

/// True for an absolute `http://` or `https://` URL with a host and no spaces or control characters.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `[a-z0-9]` then `[a-z0-9-]`: safe as a DOM id and a URL fragment.
fn is_slug(id: &str) -> bool {
    id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `en`, `fr-FR`, `uk`, `zh-Hant-TW`: the shape of a BCP 47 tag.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most sections an article may have.
pub const MAX_SECTIONS: usize = 500;

/// Why a non-empty text cannot be shown safely, if it cannot.
fn text_problem(value: &str) -> Option<String> {
    let length = value.chars().count();
    if length > MAX_TEXT_CHARS {
        return Some(format!(
            "is {length} characters long; at most {MAX_TEXT_CHARS} are allowed"
        ));
    }
    let hidden = value.chars().find(|&c| {
        matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || (c.is_control() && c != '\n' && c != '\t')
    })?;
    Some(format!(
        "contains the invisible control character U+{:04X}, which can disguise text; remove it",
        u32::from(hidden)
    ))
}

/// Where a value is, written out only when a problem is reported: `parent.field`, or `field`
/// alone at the top. One type for every check, so each check is compiled once (a closure per
/// call site made a copy of the check per call site).
#[derive(Clone, Copy)]
struct At<'p>(&'p str, &'p str);

impl At<'_> {
    fn render(self) -> String {
        match self {
            At("", field) => field.to_owned(),
            At(parent, field) => format!("{parent}.{field}"),
        }
    }
}

struct Checker<'a> {
    problems: Vec<Problem>,
    /// id → path of its first use, for duplicate reports.
    ids: HashMap<&'a str, String>,
    actors: HashSet<&'a str>,
    quotes: HashSet<&'a str>,
}

impl<'a> Checker<'a> {
    fn new(article: &'a Article) -> Self {
        Checker {
            problems: Vec::new(),
            ids: HashMap::default(),
            actors: article.actors.iter().map(|a| a.id.as_str()).collect(),
            quotes: article.quotes.iter().map(|q| q.id.as_str()).collect(),
        }
    }

    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: At, value: &str) {
        if value.trim().is_empty() {
            self.problem(path.render(), "must not be empty");
        } else if let Some(message) = text_problem(value) {
            self.problem(path.render(), message);
        }
    }

    /// A text that may be empty but, when present, follows the same rules.
    fn maybe_empty_text(&mut self, path: At, value: &str) {
        if let Some(message) = text_problem(value) {
            self.problem(path.render(), message);
        }
    }

    fn optional_text(&mut self, path: At, value: &Option<String>) {
        if let Some(value) = value {
            self.text(path, value);
        }
    }

    fn id(&mut self, path: String, id: &'a str) {
        if !is_slug(id) {
            self.problem(
                path,
                format!("id {} must be 1 to 64 lowercase letters, digits or hyphens, starting with a letter or digit", quoted(id)),
            );
        } else if let Some(first) = self.ids.get(id) {
            let message = format!("duplicate id {} (first used at {first})", quoted(id));
            self.problem(path, message);
        } else {
            self.ids.insert(id, path);
        }
    }

    fn date(&mut self, path: At, value: &str) {
        if !is_iso_date(value) {
            self.problem(
                path.render(),
                format!(
                    "{} is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
                    quoted(value)
                ),
            );
        }
    }

    fn optional_date(&mut self, path: At, value: &Option<String>) {
        if let Some(value) = value {
            self.date(path, value);
        }
    }

    fn link(&mut self, path: At, value: &Option<String>) {
        if let Some(url) = value {
            if !is_http_url(url) {
                self.problem(
                    path.render(),
                    format!(
                        "link {} must be an absolute http:// or https:// address",
                        quoted(url)
                    ),
                );
            }
        }
    }

    fn actor_ref(&mut self, path: At, id: &str) {
        if !self.actors.contains(id) {
            self.problem(
                path.render(),
                format!("{} is not the id of any entry in actors", quoted(id)),
            );
        }
    }

    fn quote_ref(&mut self, path: At, id: &str) {
        if !self.quotes.contains(id) {
            self.problem(
                path.render(),
                format!("{} is not the id of any entry in quotes", quoted(id)),
            );
        }
    }

    fn fact(&mut self, path: &str, fact: &Fact) {
        self.text(At(path, "text"), &fact.text);
        self.text(At(path, "evidence"), &fact.evidence);
    }

    fn facts(&mut self, path: &str, facts: &[Fact]) {
        for (i, fact) in facts.iter().enumerate() {
            self.fact(&format!("{path}[{i}]"), fact);
        }
    }

    fn actor_group(&mut self, path: &str, group: &ActorGroup) {
        if group.actors.is_empty() {
            self.problem(format!("{path}.actors"), "must name at least one actor");
        }
        for (i, id) in group.actors.iter().enumerate() {
            self.actor_ref(At("", &format!("{path}.actors[{i}]")), id);
        }
        self.text(At(path, "evidence"), &group.evidence);
    }

    fn article(&mut self, article: &'a Article) {
        if major_version(&article.schema_version).is_none() {
            self.problem(
                "schemaVersion",
                format!(
                    "{} must look like \"1.0\" (MAJOR.MINOR)",
                    quoted(&article.schema_version)
                ),
            );
        }
        self.id("id".into(), &article.id);
        if !is_language_tag(&article.in_language) {
            self.problem(
                "inLanguage",
                format!(
                    "{} is not a BCP 47 language tag such as \"en\" or \"fr-FR\"",
                    quoted(&article.in_language)
                ),
            );
        }
        self.text(At("", "headline"), &article.headline);
        self.maybe_empty_text(At("", "description"), &article.description);
        self.date(At("", "datePublished"), &article.date_published);
        self.optional_date(At("", "dateModified"), &article.date_modified);
        if let Some(modified) = &article.date_modified {
            // ISO dates of the same form sort as text; compare the day only.
            if is_iso_date(modified)
                && is_iso_date(&article.date_published)
                && modified[..10] < article.date_published[..10]
            {
                self.problem("dateModified", "is earlier than datePublished");
            }
        }
        for (i, author) in article.author.iter().enumerate() {
            self.party(&format!("author[{i}]"), author);
        }
        if let Some(publisher) = &article.publisher {
            self.party("publisher", publisher);
        }
        self.link(At("", "url"), &article.url);
        for (i, actor) in article.actors.iter().enumerate() {
            let path = format!("actors[{i}]");
            self.id(format!("{path}.id"), &actor.id);
            self.text(At(&path, "name"), &actor.name);
            self.optional_text(At(&path, "role"), &actor.role);
        }
        if let Some(event) = &article.about {
            self.text(At("about", "name"), &event.name);
            self.optional_date(At("about", "startDate"), &event.start_date);
            self.optional_text(At("about", "location"), &event.location);
            if let Some(organizer) = &event.organizer {
                self.actor_ref(At("about", "organizer"), organizer);
            }
            self.text(At("about", "evidence"), &event.evidence);
        }
        for (i, figure) in article.key_figures.iter().enumerate() {
            let path = format!("keyFigures[{i}]");
            self.id(format!("{path}.id"), &figure.id);
            self.text(At(&path, "value"), &figure.value);
            self.optional_text(At(&path, "qualifier"), &figure.qualifier);
            self.text(At(&path, "label"), &figure.label);
            self.text(At(&path, "evidence"), &figure.evidence);
        }
        for (i, quote) in article.quotes.iter().enumerate() {
            let path = format!("quotes[{i}]");
            self.id(format!("{path}.id"), &quote.id);
            self.text(At(&path, "text"), &quote.text);
            self.actor_ref(At(&path, "creator"), &quote.creator);
            self.optional_date(At(&path, "dateCreated"), &quote.date_created);
            self.optional_text(At(&path, "context"), &quote.context);
        }
        if article.sections.len() > MAX_SECTIONS {
            self.problem(
                "sections",
                format!(
                    "has {} sections; at most {MAX_SECTIONS} are allowed, so split the explainer",
                    article.sections.len()
                ),
            );
            return;
        }
        for (i, section) in article.sections.iter().enumerate() {
            self.section(&format!("sections[{i}]"), section);
        }
    }

    fn party(&mut self, path: &str, party: &Party) {
        self.text(At(path, "name"), &party.name);
        self.link(At(path, "url"), &party.url);
    }

    fn section(&mut self, path: &str, section: &'a Section) {
        self.text(At(path, "type"), &section.kind);
        self.id(format!("{path}.id"), &section.id);
        self.text(At(path, "title"), &section.title);
        self.maybe_empty_text(At(path, "summary"), &section.summary);
        let kind = section.kind();
        let lengths = [
            ("goals", section.goals.len()),
            ("proposals", section.proposals.len()),
            ("agreements", section.agreements.len()),
            ("events", section.events.len()),
            ("steps", section.steps.len()),
            ("citations", section.citations.len()),
        ];
        let own_list = SectionKind::KNOWN
            .iter()
            .find(|(known, _, _)| *known == kind)
            .map(|(_, _, list)| *list);
        for (list, len) in lengths {
            if own_list == Some(list) && len == 0 {
                self.problem(
                    format!("{path}.{list}"),
                    format!(
                        "a {} section needs at least one entry in {list}",
                        quoted(&section.kind)
                    ),
                );
            } else if own_list.is_some() && own_list != Some(list) && len > 0 {
                self.problem(
                    format!("{path}.{list}"),
                    format!(
                        "{list} is not shown in a {} section; move it to a section of its own type",
                        quoted(&section.kind)
                    ),
                );
            }
        }
        if !section.developments.is_empty()
            && own_list.is_some()
            && kind != SectionKind::CeasefireStatus
        {
            self.problem(
                format!("{path}.developments"),
                format!(
                    "developments are only shown in a \"ceasefireStatus\" section, not in {}",
                    quoted(&section.kind)
                ),
            );
        }
        self.facts(&format!("{path}.goals"), &section.goals);
        self.facts(&format!("{path}.developments"), &section.developments);
        self.facts(&format!("{path}.steps"), &section.steps);
        for (i, proposal) in section.proposals.iter().enumerate() {
            self.proposal(&format!("{path}.proposals[{i}]"), proposal);
        }
        for (i, agreement) in section.agreements.iter().enumerate() {
            self.agreement(&format!("{path}.agreements[{i}]"), agreement);
        }
        for (i, event) in section.events.iter().enumerate() {
            let path = format!("{path}.events[{i}]");
            self.date(At(&path, "date"), &event.date);
            self.text(At(&path, "text"), &event.text);
            self.text(At(&path, "evidence"), &event.evidence);
        }
        for (i, citation) in section.citations.iter().enumerate() {
            let path = format!("{path}.citations[{i}]");
            self.id(format!("{path}.id"), &citation.id);
            self.text(At(&path, "name"), &citation.name);
            self.link(At(&path, "url"), &citation.url);
            self.optional_text(At(&path, "description"), &citation.description);
        }
    }

    fn proposal(&mut self, path: &str, proposal: &'a Proposal) {
        self.id(format!("{path}.id"), &proposal.id);
        self.text(At(path, "name"), &proposal.name);
        if let Some(lead) = &proposal.lead_nations {
            self.actor_group(&format!("{path}.leadNations"), lead);
        }
        for (field, fact) in [("aim", &proposal.aim), ("status", &proposal.status)] {
            if let Some(fact) = fact {
                self.fact(&format!("{path}.{field}"), fact);
            }
        }
        self.facts(&format!("{path}.deployment"), &proposal.deployment);
        self.facts(&format!("{path}.ifAttacked"), &proposal.if_attacked);
        self.facts(&format!("{path}.wouldNot"), &proposal.would_not);
        for (i, quote) in proposal.quotes.iter().enumerate() {
            self.quote_ref(At("", &format!("{path}.quotes[{i}]")), quote);
        }
    }

    /// One status axis: its as-of date and its evidence.
    fn status_report<S>(&mut self, path: &str, report: &StatusReport<S>) {
        self.date(At(path, "asOf"), &report.as_of);
        self.text(At(path, "evidence"), &report.evidence);
    }

    fn agreement(&mut self, path: &str, agreement: &'a Agreement) {
        self.id(format!("{path}.id"), &agreement.id);
        self.text(At(path, "name"), &agreement.name);
        if let Some(parties) = &agreement.parties {
            self.actor_group(&format!("{path}.parties"), parties);
        }
        if let Some(mediator) = &agreement.mediator {
            self.actor_group(&format!("{path}.mediator"), mediator);
        }
        self.facts(&format!("{path}.covers"), &agreement.covers);
        self.status_report(&format!("{path}.lifecycle"), &agreement.lifecycle);
        self.status_report(&format!("{path}.compliance"), &agreement.compliance);
        self.facts(&format!("{path}.disputes"), &agreement.disputes);
        for (i, claim) in agreement.alleged_violations.iter().enumerate() {
            let path = format!("{path}.allegedViolations[{i}]");
            self.actor_ref(At(&path, "claimant"), &claim.claimant);
            self.actor_ref(At(&path, "accused"), &claim.accused);
            self.text(At(&path, "claim"), &claim.claim);
            self.text(At(&path, "evidence"), &claim.evidence);
        }
    }
}

/// The edges `make mutants` found untested in the rules' helpers.
#[cfg(test)]
mod edge_tests {
    use super::*;

    #[test]
    fn links_are_absolute_http_with_a_host_and_no_blank_or_control() {
        for good in ["https://example.org", "HTTP://example.org/a?b#c"] {
            assert!(is_http_url(good), "{good}");
        }
        for bad in [
            "https://",
            "https:///a",
            "ftp://example.org",
            "https://example.org/a b",
            "https://example.org/\u{7}",
            "//example.org",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }

    #[test]
    fn ids_are_slugs_of_at_most_64_characters() {
        assert!(is_slug(&"a".repeat(64)));
        for bad in [
            "a".repeat(65),
            "-a".into(),
            "A".into(),
            "a b".into(),
            "a_b".into(),
            String::new(),
        ] {
            assert!(!is_slug(&bad), "{bad}");
        }
    }

    #[test]
    fn language_tags_have_a_2_or_3_letter_primary_and_short_alphanumeric_subtags() {
        for good in ["en", "fr-FR", "zh-Hant-TW", "gsw"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "e",
            "engl",
            "en-",
            "en-toolongsubtag",
            "e1",
            "en_GB",
            "en-G B",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn texts_may_be_exactly_the_longest_allowed() {
        assert_eq!(text_problem(&"x".repeat(MAX_TEXT_CHARS)), None);
        assert!(text_problem(&"x".repeat(MAX_TEXT_CHARS + 1)).is_some());
        assert!(text_problem("tab\tand\nline").is_none());
        assert!(text_problem("bell\u{7}").is_some());
    }
}
