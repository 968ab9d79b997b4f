//! Rules beyond types: unique ids, resolvable references, http(s) links, ISO 8601 dates, non-empty
//! texts. Which value each rule applies to is declared in `model.rs`; this is what each rule says.

// Fx hashing, as the widget's Leptos already links: std's SipHash with random keys is 2 KB more
// wasm, and ids come from the article's own editors.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::date::is_iso_date;
use crate::error::{quoted, ArticleError, Problem};
use crate::model::Article;
use crate::version::major_version;
use crate::walk::{At, Rules, Walk};

/// Checks every rule and reports every broken one, each with its JSON path.
pub fn validate(article: &Article) -> Result<(), ArticleError> {
    let mut checker = Checker::new(article);
    article.walk(&mut checker, "");
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
}

impl<'a> Rules<'a> for Checker<'a> {
    fn problem(&mut self, path: String, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn text(&mut self, at: At, value: &str) {
        if value.trim().is_empty() {
            self.problem(at.render(), "must not be empty".into());
        } else {
            self.maybe_empty_text(at, value);
        }
    }

    fn maybe_empty_text(&mut self, at: At, value: &str) {
        if let Some(message) = text_problem(value) {
            self.problem(at.render(), message);
        }
    }

    fn date(&mut self, at: At, value: &str) {
        if !is_iso_date(value) {
            let message = format!(
                "{} is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
                quoted(value)
            );
            self.problem(at.render(), message);
        }
    }

    fn link(&mut self, at: At, url: &str) {
        if !is_http_url(url) {
            let message = format!(
                "link {} must be an absolute http:// or https:// address",
                quoted(url)
            );
            self.problem(at.render(), message);
        }
    }

    fn id(&mut self, at: At, id: &'a str) {
        let path = at.render();
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

    fn actor_ref(&mut self, at: At, id: &str) {
        if !self.actors.contains(id) {
            let message = format!("{} is not the id of any entry in actors", quoted(id));
            self.problem(at.render(), message);
        }
    }

    fn quote_ref(&mut self, at: At, id: &str) {
        if !self.quotes.contains(id) {
            let message = format!("{} is not the id of any entry in quotes", quoted(id));
            self.problem(at.render(), message);
        }
    }

    fn version(&mut self, at: At, version: &str) {
        if major_version(version).is_none() {
            let message = format!("{} must look like \"1.0\" (MAJOR.MINOR)", quoted(version));
            self.problem(at.render(), message);
        }
    }

    fn language(&mut self, at: At, tag: &str) {
        if !is_language_tag(tag) {
            let message = format!(
                "{} is not a BCP 47 language tag such as \"en\" or \"fr-FR\"",
                quoted(tag)
            );
            self.problem(at.render(), message);
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
