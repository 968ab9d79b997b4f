//! Sentences of a paragraph: the Unicode sentence boundaries (UAX #29, unicode-segmentation),
//! joined again where the language file knows the word before a full stop as an abbreviation,
//! after a German ordinal ("4. März"), and inside a quotation; a closing mark that a space keeps
//! from its full stop (French spacing) ends the sentence with it.

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
    for (start, piece) in closing_marks_kept(paragraph, quoted) {
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

/// The UAX #29 pieces of `paragraph`, a quotation's closing mark that a space keeps from its
/// full stop (« … basculait. » Sur …: French spacing) moved back to the sentence it closes.
fn closing_marks_kept<'a>(paragraph: &'a str, quoted: &[Range<usize>]) -> Vec<(usize, &'a str)> {
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    for (start, piece) in paragraph.split_sentence_bound_indices() {
        let first = piece.chars().next().map_or(0, char::len_utf8);
        let closes = quoted.iter().any(|q| q.end == start + first && first > 0);
        let after_stop = pieces.last().is_some_and(|(_, last)| {
            last.trim_end_matches(is_space)
                .ends_with(['.', '!', '?', '…'])
        });
        // Only when a new sentence follows the mark ("» Sur …"), not its attribution ("»,
        // interroge …").
        let new_sentence = piece[first..]
            .trim_start_matches(is_space)
            .starts_with(char::is_uppercase);
        if closes && after_stop && new_sentence {
            let mark = first;
            let rest = &piece[mark..];
            let spaces = rest.len() - rest.trim_start_matches(is_space).len();
            if let Some((first, _)) = pieces.pop() {
                let joined_end = start + mark + spaces;
                pieces.push((first, &paragraph[first..joined_end]));
            }
            let rest_start = start + mark + spaces;
            if rest_start < start + piece.len() {
                pieces.push((rest_start, &paragraph[rest_start..start + piece.len()]));
            }
        } else {
            pieces.push((start, piece));
        }
    }
    pieces
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
    fn a_closing_mark_after_a_space_ends_its_sentence() {
        let text = "Il a dit\u{a0}: «\u{a0}Tout basculait.\u{a0}» Sur le réseau, rien.";
        let quote = text.find('«').expect("open")..text.find('»').expect("close") + '»'.len_utf8();
        assert_eq!(
            split(text, "fr", &[quote]),
            [
                "Il a dit\u{a0}: «\u{a0}Tout basculait.\u{a0}»",
                "Sur le réseau, rien."
            ]
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
