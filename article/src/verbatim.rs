//! Quotes and evidence held to the source text: each must be in it word for word. One that is
//! not is reported with its JSON path and the nearest passage of the source, so that a typo or
//! a straight quote for a curly one is easy to see and fix.
//!
//! Which strings are held to the source is declared in `model.rs` (`#[check(quotation)]`,
//! `#[check(evidence)]`); this walks the same declaration as validation does.

use crate::error::quoted;
use crate::model::Article;
use crate::walk::{At, Rules, Walk};

/// A quote or evidence string that the source does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotVerbatim {
    /// e.g. `sections[2].agreements[0].lifecycle.evidence`.
    pub path: String,
    pub text: String,
    /// The passage of the source most like `text`, as long as it.
    pub nearest: String,
}

/// Every quote and evidence string of `article` that `source` does not hold word for word.
/// Runs of white space count as one space, so a line break in the source matches a space.
pub fn not_verbatim(article: &Article, source: &str) -> Vec<NotVerbatim> {
    let mut check = Verbatim {
        source: spaced(source),
        found: Vec::new(),
    };
    article.walk(&mut check, "");
    check.found
}

/// What the editors' tools print for `found` in the article `name`, held to `source_name`:
/// one line per string, with its path, then the nearest passage.
pub fn report(name: &str, source_name: &str, found: &[NotVerbatim]) -> String {
    let mut lines = vec![format!(
        "{name}: {} of its quotes and evidence are not word for word in {source_name}:",
        found.len()
    )];
    for item in found {
        lines.push(format!("- {}: {}", item.path, quoted(&item.text)));
        lines.push(format!("  nearest passage: {}", quoted(&item.nearest)));
    }
    lines.join("\n")
}

/// `text` with every run of white space as one space, trimmed.
fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Verbatim {
    source: String,
    found: Vec<NotVerbatim>,
}

impl Verbatim {
    fn hold(&mut self, at: At, value: &str) {
        let text = spaced(value);
        if !text.is_empty() && !self.source.contains(&text) {
            self.found.push(NotVerbatim {
                path: at.render(),
                nearest: nearest_passage(&self.source, &text),
                text,
            });
        }
    }
}

/// Only the words held to the source are checked here; validation checks the rest.
impl Rules<'_> for Verbatim {
    fn problem(&mut self, _: String, _: String) {}
    fn text(&mut self, _: At, _: &str) {}
    fn maybe_empty_text(&mut self, _: At, _: &str) {}
    fn date(&mut self, _: At, _: &str) {}
    fn link(&mut self, _: At, _: &str) {}
    fn id(&mut self, _: At, _: &str) {}
    fn actor_ref(&mut self, _: At, _: &str) {}
    fn quote_ref(&mut self, _: At, _: &str) {}
    fn version(&mut self, _: At, _: &str) {}
    fn language(&mut self, _: At, _: &str) {}

    fn quotation(&mut self, at: At, value: &str) {
        self.hold(at, value);
    }

    fn evidence(&mut self, at: At, value: &str) {
        self.hold(at, value);
    }
}

/// The passage of `source` as long as `text` around the longest run of characters the two
/// share: where `text` was most likely copied from.
pub fn nearest_passage(source: &str, text: &str) -> String {
    let source: Vec<char> = source.chars().collect();
    let text: Vec<char> = text.chars().collect();
    // Longest common substring, one row of the table at a time.
    let (mut best_len, mut best_source_end, mut best_text_end) = (0, 0, 0);
    let mut previous = vec![0usize; text.len() + 1];
    let mut current = vec![0usize; text.len() + 1];
    for (i, s) in source.iter().enumerate() {
        for (j, t) in text.iter().enumerate() {
            current[j + 1] = if s == t { previous[j] + 1 } else { 0 };
            if current[j + 1] > best_len {
                (best_len, best_source_end, best_text_end) = (current[j + 1], i + 1, j + 1);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    if best_len == 0 {
        return String::new();
    }
    // Aligned as the shared run is: as many characters before and after it as `text` has.
    let start = (best_source_end - best_len).saturating_sub(best_text_end - best_len);
    let end = (start + text.len()).min(source.len());
    source[start..end].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "He said: “We will stand by Ukraine.”\nThen he left for Brussels.";

    #[test]
    fn a_straight_quote_for_a_curly_one_points_at_the_passage() {
        assert_eq!(
            nearest_passage(&spaced(SOURCE), "He said: \"We will stand by Ukraine.\""),
            "He said: “We will stand by Ukraine.”"
        );
    }

    #[test]
    fn a_typo_points_at_the_passage_and_nothing_shared_points_nowhere() {
        assert_eq!(
            nearest_passage(&spaced(SOURCE), "he left for Brusels"),
            "he left for Brussel"
        );
        assert_eq!(nearest_passage("abc", "xyz"), "");
    }

    #[test]
    fn white_space_runs_match_one_space() {
        assert_eq!(spaced(" a\n\n b\tc "), "a b c");
    }
}
