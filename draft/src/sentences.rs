//! Sentences of a paragraph: the Unicode sentence boundaries (UAX #29, unicode-segmentation),
//! joined again where the language file knows the word before a full stop as an abbreviation,
//! after a German ordinal ("4. März"), and inside a quotation.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::language::Language;
use crate::text::is_space;

/// The sentences of `paragraph`, as byte ranges without their trailing white space; none
/// starts or ends inside one of `quoted` (the byte ranges of its quotations).
pub fn sentences(
    paragraph: &str,
    language: &Language,
    quoted: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for (start, piece) in paragraph.split_sentence_bound_indices() {
        let end = start + piece.trim_end_matches(is_space).len();
        let start = start + (piece.len() - piece.trim_start_matches(is_space).len());
        if end <= start {
            continue;
        }
        let join = found.last().is_some_and(|last| {
            let before = &paragraph[last.clone()];
            ends_in_abbreviation(before, language)
                || quoted.iter().any(|q| q.start < start && start < q.end)
                || piece.chars().next().is_some_and(|c| c.is_lowercase())
        });
        match found.last_mut() {
            Some(last) if join => last.end = end,
            _ => found.push(start..end),
        }
    }
    found
}

/// Whether `sentence` ends with a full stop that belongs to its last word: an abbreviation the
/// language lists, an initial ("J."), or a German ordinal ("4.").
fn ends_in_abbreviation(sentence: &str, language: &Language) -> bool {
    let Some(stem) = sentence.strip_suffix('.') else {
        return false;
    };
    let last = stem
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or(stem)
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = last.to_lowercase();
    let mut letters = last.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    let ordinal =
        language.compounds && !last.is_empty() && last.chars().all(|c| c.is_ascii_digit());
    initial || ordinal || language.abbreviations.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::sentences;
    use crate::language::language;

    fn split<'a>(text: &'a str, tag: &str, quoted: &[std::ops::Range<usize>]) -> Vec<&'a str> {
        let language = language(tag).expect("a language");
        sentences(text, language, quoted)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_ordinals_do_not_end_a_sentence() {
        assert_eq!(
            split(
                "Dr. Ana Ruiz met Mr. J. Smith in the U.S. Senate. They talked.",
                "en",
                &[]
            ),
            [
                "Dr. Ana Ruiz met Mr. J. Smith in the U.S. Senate.",
                "They talked."
            ]
        );
        assert_eq!(
            split("Am 4. März streikten sie. Dann nicht mehr.", "de", &[]),
            ["Am 4. März streikten sie.", "Dann nicht mehr."]
        );
        assert_eq!(
            split("M. Dupont est venu. Il a parlé.", "fr", &[]),
            ["M. Dupont est venu.", "Il a parlé."]
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_stays_in_one() {
        let text = "“We are ready. We will go,” she said. Then she left.";
        let quote = text.find("We are").expect("open")..text.find(",”").expect("close");
        assert_eq!(
            split(text, "en", &[quote]),
            ["“We are ready. We will go,” she said.", "Then she left."]
        );
    }
}
