//! Quotations: every stretch of a paragraph between a language's opening and closing marks,
//! nested ones kept inside, one left open at the end of a paragraph carried on when the next
//! paragraph opens again (the newsroom convention for a quote over two paragraphs).

use std::ops::Range;

use crate::language::Language;
use crate::text::is_space;

/// One quotation, or one paragraph's part of a quotation over several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    pub paragraph: usize,
    /// From the opening mark to after the closing one (or to the paragraph's end).
    pub outer: Range<usize>,
    /// What stands between the marks, trimmed, without a comma that ends it.
    pub inner: Range<usize>,
    /// The quotation goes on in the next paragraph.
    pub continues: bool,
    /// The quotation began in the paragraph before.
    pub continued: bool,
    /// Its speaker's pronoun, from an attribution set inside the marks (« …, assure-t-elle.
    /// … »): `m`, `f` or `p`.
    pub incise: Option<char>,
}

/// The quotations of `paragraphs`.
pub fn quotations(paragraphs: &[&str], language: &Language) -> Vec<Quoted> {
    let mut found: Vec<Quoted> = Vec::new();
    let mut open_from_before: Option<usize> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let mut at = 0;
        if let Some(pair) = open_from_before.take() {
            let (opening, _) = &language.quotes[pair];
            let trimmed = paragraph.trim_start();
            if trimmed.starts_with(opening.as_str()) {
                at = paragraph.len() - trimmed.len();
            } else if let Some(last) = found.last() {
                // Left open and not taken up again: not a quotation after all.
                if last.continues {
                    found.pop();
                }
            }
        }
        let first = found.len();
        while let Some((open, pair)) = next_opening(paragraph, at, language) {
            let (opening, closing) = &language.quotes[pair];
            let body = open + opening.len();
            match closing_mark(paragraph, body, opening, closing) {
                Some(close) => {
                    let after = close + closing.len();
                    if let Some(inner) = inner(paragraph, body..close) {
                        found.push(Quoted {
                            paragraph: index,
                            outer: open..after,
                            inner,
                            continues: false,
                            continued: false,
                            incise: None,
                        });
                    }
                    at = after;
                }
                None => {
                    if let Some(inner) = inner(paragraph, body..paragraph.len()) {
                        found.push(Quoted {
                            paragraph: index,
                            outer: open..paragraph.len(),
                            inner,
                            continues: true,
                            continued: false,
                            incise: None,
                        });
                        open_from_before = Some(pair);
                    }
                    break;
                }
            }
        }
        // The first quotation of a paragraph that carried one on is its continuation.
        if index > 0 {
            if let (Some(previous), Some(this)) = (
                first.checked_sub(1).and_then(|p| found.get(p)).cloned(),
                found.get_mut(first),
            ) {
                let starts = paragraph[..this.outer.start].trim().is_empty();
                this.continued = previous.continues && previous.paragraph == index - 1 && starts;
            }
        }
    }
    if found.last().is_some_and(|last| last.continues) {
        found.pop();
    }
    found
        .into_iter()
        .flat_map(|quote| split_incise(paragraphs[quote.paragraph], quote, language))
        .collect()
}

/// « Ce n’est pas la fin, assure-t-elle. C’est un modèle qui finit. »: a quotation whose
/// attribution is set inside its marks, as two quotations of the speaker it names.
fn split_incise(paragraph: &str, quote: Quoted, language: &Language) -> Vec<Quoted> {
    let words = crate::text::words(paragraph, quote.inner.start, quote.inner.end);
    let inverted = |w: &crate::text::Word| {
        let lower = w.lower();
        language
            .inverted_pronouns
            .iter()
            .find(|(ending, _)| lower.len() > ending.len() && lower.ends_with(ending.as_str()))
            .map(|(_, gender)| *gender)
    };
    for comma in 0..words.len().saturating_sub(2) {
        if !words[comma].raw.ends_with(',') {
            continue;
        }
        // One to three words, one of them a verb with its pronoun, ending in . or ,
        for last in comma + 1..(comma + 4).min(words.len() - 1) {
            let incise = &words[comma + 1..=last];
            let Some(gender) = incise.iter().find_map(inverted) else {
                continue;
            };
            if !words[last].raw.ends_with(['.', ',']) {
                continue;
            }
            // Up to the comma, without the space before it.
            let first_end = quote.inner.start
                + paragraph[quote.inner.start..words[comma].end - 1]
                    .trim_end_matches(is_space)
                    .len();
            let second_start = words[last + 1].start;
            // Both halves say something.
            let says = |range: Range<usize>| {
                paragraph
                    .get(range)
                    .is_some_and(|text| text.chars().any(char::is_alphanumeric))
            };
            if !says(quote.inner.start..first_end) || !says(second_start..quote.inner.end) {
                continue;
            }
            return vec![
                Quoted {
                    outer: quote.outer.start..words[last].end,
                    inner: quote.inner.start..first_end,
                    continues: false,
                    incise: Some(gender),
                    ..quote.clone()
                },
                Quoted {
                    outer: words[last].end..quote.outer.end,
                    inner: second_start..quote.inner.end,
                    continued: false,
                    incise: Some(gender),
                    ..quote
                },
            ];
        }
    }
    vec![quote]
}

/// The first opening mark at or after `from`: its place and its pair.
fn next_opening(paragraph: &str, from: usize, language: &Language) -> Option<(usize, usize)> {
    let rest = paragraph.get(from..)?;
    for (offset, c) in rest.char_indices() {
        let at = from + offset;
        for (pair, (opening, closing)) in language.quotes.iter().enumerate() {
            if !paragraph[at..].starts_with(opening.as_str()) {
                continue;
            }
            let before = paragraph[..at].chars().next_back();
            let after = paragraph[at + opening.len()..].chars().next();
            let starts_word = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b));
            let begins_text =
                after.is_some_and(|a| !a.is_whitespace() || a == '\u{a0}' || a == '\u{202f}');
            // A mark that both opens and closes (", ') opens only at the start of a word, and
            // an apostrophe-like opening (‘) only before text.
            let same = opening == closing;
            let ok = if same || c == '‘' || c == '‚' {
                starts_word && begins_text
            } else {
                true
            };
            if ok {
                return Some((at, pair));
            }
        }
    }
    None
}

/// Where the quotation opened by `opening` just before `from` closes, skipping nested ones of
/// the same marks; `None` when it does not close in this paragraph.
fn closing_mark(paragraph: &str, from: usize, opening: &str, closing: &str) -> Option<usize> {
    let same = opening == closing;
    let mut depth = 0usize;
    let mut candidates = Vec::new();
    for (offset, _) in paragraph[from..].char_indices() {
        let at = from + offset;
        let rest = &paragraph[at..];
        if !same && rest.starts_with(opening) && depth_allows_nesting(opening) {
            depth += 1;
            continue;
        }
        if rest.starts_with(closing) {
            let before = paragraph[..at].chars().next_back();
            let after = paragraph[at + closing.len()..].chars().next();
            if same {
                // A straight mark closes after text and before anything but a letter.
                if before.is_some_and(|b| !b.is_whitespace())
                    && after.is_none_or(|a| !a.is_alphanumeric())
                {
                    return Some(at);
                }
                continue;
            }
            if closing == "’" || closing == "‘" {
                // An apostrophe inside a word ("it’s") or after a plural ("workers’ union") is
                // not the end of the quote: prefer a mark before punctuation or the line's end.
                if after.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                candidates.push((at, before == Some('s') && after == Some(' ')));
                continue;
            }
            if depth == 0 {
                return Some(at);
            }
            depth -= 1;
        }
    }
    // For ’: the first candidate that is not a plural's apostrophe, else the first one.
    candidates
        .iter()
        .find(|(_, plural)| !plural)
        .or(candidates.first())
        .map(|(at, _)| *at)
}

/// Marks that nest as themselves (« « » ») count their depth; the others nest with other marks.
fn depth_allows_nesting(opening: &str) -> bool {
    !matches!(opening, "’" | "‘" | "'")
}

/// The text between the marks: trimmed, without a comma that ends it; `None` when empty.
fn inner(paragraph: &str, range: Range<usize>) -> Option<Range<usize>> {
    let text = &paragraph[range.clone()];
    let start = range.start + (text.len() - text.trim_start_matches(is_space).len());
    let mut end = range.start + text.trim_end_matches(is_space).len();
    if end > start && paragraph[..end].ends_with(',') {
        end -= 1;
        end = start + paragraph[start..end].trim_end_matches(is_space).len();
    }
    (end > start).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::language;

    fn texts(paragraphs: &[&str], tag: &str) -> Vec<(String, bool, bool)> {
        let language = language(tag).expect("a language");
        quotations(paragraphs, language)
            .into_iter()
            .map(|q| {
                (
                    paragraphs[q.paragraph][q.inner].to_owned(),
                    q.continues,
                    q.continued,
                )
            })
            .collect()
    }

    #[test]
    fn each_newsroom_s_marks_are_read() {
        let found = texts(&["“We must prove it,” she said. “It’s ours.”"], "en");
        assert_eq!(found[0].0, "We must prove it");
        assert_eq!(found[1].0, "It’s ours.");
        let found = texts(
            &["‘The farmers’ union said “no”,’ he said, ‘and we agree.’"],
            "en",
        );
        assert_eq!(found[0].0, "The farmers’ union said “no”");
        assert_eq!(found[1].0, "and we agree.");
        let found = texts(&["\"It's 'fine',\" Ruiz said."], "en");
        assert_eq!(found[0].0, "It's 'fine'");
        let found = texts(&["« Nous irons jusqu’au bout », a-t-il déclaré."], "fr");
        assert_eq!(found[0].0, "Nous irons jusqu’au bout");
        let found = texts(&["„Wir streiken ‚so lange wie nötig‘“, sagte er."], "de");
        assert_eq!(found[0].0, "Wir streiken ‚so lange wie nötig‘");
        let found = texts(&["»Das ist falsch«, so Weber."], "de");
        assert_eq!(found[0].0, "Das ist falsch");
    }

    #[test]
    fn an_attribution_inside_the_marks_splits_the_quotation() {
        let found = texts(
            &["« Ce n’est pas la fin, assure-t-elle. C’est un modèle qui finit. » Puis rien."],
            "fr",
        );
        assert_eq!(found[0].0, "Ce n’est pas la fin");
        assert_eq!(found[1].0, "C’est un modèle qui finit.");
    }

    #[test]
    fn a_quote_over_two_paragraphs_is_carried_on_and_an_unclosed_mark_is_dropped() {
        let found = texts(
            &[
                "She said: “First part.",
                "“Second part.”",
                "An open “mark here.",
            ],
            "en",
        );
        assert_eq!(
            found,
            [
                ("First part.".to_owned(), true, false),
                ("Second part.".to_owned(), false, true)
            ]
        );
    }
}
