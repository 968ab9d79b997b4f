//! Key figures: numbers with their qualifier and what they count ("nearly 30 countries",
//! "$4.2 billion", "12 percent", "dozens of people", "près de 3 000 personnes"); years, days of
//! the month, times, ordinals and ages are not figures.

use crate::language::Language;
use crate::text::{longest_at, Word};

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub value: String,
    pub qualifier: Option<String>,
    pub label: String,
}

/// The figures of `words` (one sentence, quotations left out).
pub fn figures(text: &str, words: &[Word], language: &Language) -> Vec<Figure> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let (start, end) = if let Some(end) = number_at(words, at, language) {
            (at, end)
        } else if let Some(length) = longest_at(words, at, &language.approximate, false) {
            // "Millionen" after a number is its scale, read with it above.
            (at, at + length)
        } else {
            at += 1;
            continue;
        };
        let value = joined(text, &words[start..end]);
        let qualifier = (1..=4)
            .filter_map(|length| {
                let from = start.checked_sub(length)?;
                let matched = longest_at(words, from, &language.qualifiers, false)?;
                (matched == length && !words[from..start].iter().any(Word::ends_clause))
                    .then(|| joined(text, &words[from..start]))
            })
            .next_back();
        let label = label_after(text, words, end, language).unwrap_or_else(|| value.clone());
        found.push(Figure {
            value,
            qualifier,
            label,
        });
        at = end;
    }
    found
}

/// The words after a number that say what it counts: up to two, past "of", until a word the
/// language stops at.
fn label_after(text: &str, words: &[Word], from: usize, language: &Language) -> Option<String> {
    let previous = from.checked_sub(1).map(|p| words[p]);
    if previous.is_some_and(|p| p.ends_clause()) {
        return None;
    }
    let mut at = from;
    while words
        .get(at)
        .is_some_and(|w| Language::is(&language.label_skip, w.core))
    {
        at += 1;
    }
    let mut label = Vec::new();
    while let Some(word) = words.get(at) {
        let core = without_elision(word.core);
        if core.is_empty()
            || Language::is(&language.label_stops, core)
            || core.starts_with(|c: char| c.is_ascii_digit())
            || label.len() == 2
        {
            break;
        }
        label.push(*word);
        at += 1;
        if word.ends_clause() {
            break;
        }
    }
    let text = joined(text, &label);
    let text = without_elision(&text).trim_matches(|c: char| !c.is_alphanumeric());
    (!text.is_empty()).then(|| text.to_owned())
}

/// The end (exclusive) of a number that starts at word `at` with what belongs to it (currency,
/// thousands written apart, scale, percent), if it is a figure.
fn number_at(words: &[Word], at: usize, language: &Language) -> Option<usize> {
    let word = words[at];
    let raw = word.raw.trim_matches(|c: char| "“”\"«»„(),;:".contains(c));
    let currency = language
        .currencies
        .iter()
        .find(|c| raw.starts_with(c.as_str()));
    let mut digits = raw;
    if let Some(c) = currency {
        digits = &digits[c.len()..];
    }
    let mut end = at + 1;
    // A currency sign alone before the number: "US$ 4".
    if digits.is_empty() && currency.is_some() {
        return None;
    }
    let mut number: &str = digits.trim_end_matches(['.', '%']);
    // "€300m", "£1.2bn": a scale written onto an amount.
    if currency.is_some() {
        if let Some(stem) = language
            .scale_suffixes
            .iter()
            .find_map(|suffix| number.strip_suffix(suffix.as_str()))
        {
            number = stem;
        }
    }
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Only digits and their separators: "A320", "4th", "1er", "10h30", "10:30" are not figures.
    if !number
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '\'')
    {
        return None;
    }
    let plain = number.bytes().all(|b| b.is_ascii_digit());
    let mut written_apart = false;
    // "3 000": thousands after a (no-break) space.
    while let Some(next) = words.get(end) {
        let group = next.raw.trim_end_matches([',', '.', ';', ')']);
        if number.len() <= 3
            && plain
            && group.len() == 3
            && group.bytes().all(|b| b.is_ascii_digit())
        {
            end += 1;
            written_apart = true;
        } else {
            break;
        }
    }
    let before = at.checked_sub(1).map(|b| words[b]);
    let after = words.get(end);
    let month = |w: Option<&Word>| {
        w.is_some_and(|w| {
            language
                .months
                .iter()
                .any(|m| crate::text::same_cased(w.core, m))
        })
    };
    // A day of the month, a German ordinal, a time, an age.
    if month(before.as_ref()) || month(after) {
        return None;
    }
    if language.compounds && digits.ends_with('.') && plain && after.is_some_and(Word::capitalized)
    {
        return None;
    }
    if after.is_some_and(|a| {
        matches!(
            a.core.to_lowercase().as_str(),
            "a.m"
                | "p.m"
                | "am"
                | "pm"
                | "uhr"
                | "h"
                | "heures"
                | "heure"
                | "o’clock"
                | "year-old"
                | "years"
                | "ans"
                | "jahre"
                | "jährige"
                | "jährigen"
        )
    }) {
        return None;
    }
    if before.is_some_and(|b| {
        matches!(
            b.lower().as_str(),
            "aged"
                | "age"
                | "âgé"
                | "âgée"
                | "alter"
                | "number"
                | "no"
                | "nr"
                | "numéro"
                | "article"
                | "artikel"
                | "paragraph"
                | "page"
                | "seite"
                | "route"
                | "flight"
                | "vol"
                | "gate"
        )
    }) {
        return None;
    }
    if before.is_some_and(|b| b.raw.ends_with(',') && b.capitalized()) && word.raw.ends_with(',') {
        return None;
    }
    let has_sign = currency.is_some() || digits.ends_with('%');
    let mut unit = false;
    // Scale, currency word and percent, in the order they come.
    while let Some(next) = words.get(end) {
        if words[end - 1].ends_clause() {
            break;
        }
        if let Some(length) = longest_at(words, end, &language.scales, true)
            .or_else(|| longest_at(words, end, &language.percent, false))
            .or_else(|| longest_at(words, end, &language.currency_words, true))
            .or_else(|| (next.raw == "%" || next.raw == "%,").then_some(1))
        {
            end += length;
            unit = true;
        } else {
            break;
        }
    }
    // A year: four digits from 1800 to 2100, with nothing that makes it an amount.
    let year = plain
        && !written_apart
        && number.len() == 4
        && number
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    if year && !has_sign && !unit {
        return None;
    }
    Some(end)
}

/// "d’euros" → "euros".
fn without_elision(word: &str) -> &str {
    word.strip_prefix("d’")
        .or_else(|| word.strip_prefix("d'"))
        .unwrap_or(word)
}

/// The words as the text has them, without the punctuation around them.
fn joined(text: &str, words: &[Word]) -> String {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return String::new();
    };
    let text = text.get(first.start..last.end).unwrap_or_default();
    text.trim_matches(|c: char| ",;:()“”\"«»„".contains(c) || crate::text::is_space(c))
        .trim_end_matches('.')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::language;
    use crate::text::words;

    fn found(text: &str, tag: &str) -> Vec<(String, Option<String>, String)> {
        figures(
            text,
            &words(text, 0, text.len()),
            language(tag).expect("a language"),
        )
        .into_iter()
        .map(|f| (f.value, f.qualifier, f.label))
        .collect()
    }

    fn figure(
        value: &str,
        qualifier: Option<&str>,
        label: &str,
    ) -> (String, Option<String>, String) {
        (value.into(), qualifier.map(Into::into), label.into())
    }

    #[test]
    fn numbers_keep_their_qualifier_and_say_what_they_count() {
        assert_eq!(
            found("Leaders from nearly 30 countries met in 2025.", "en"),
            [figure("30", Some("nearly"), "countries")]
        );
        assert_eq!(
            found("a $4.2 billion package", "en"),
            [figure("$4.2 billion", None, "package")]
        );
        assert_eq!(
            found("up 12 percent on March 3", "en"),
            [figure("12 percent", None, "12 percent")]
        );
        assert_eq!(
            found("Dozens of people were hurt.", "en"),
            [figure("Dozens", None, "people")]
        );
        assert_eq!(
            found("près de 3\u{202f}000 personnes", "fr"),
            [figure("près de 3\u{202f}000", None, "personnes")].map(|_| figure(
                "3\u{202f}000",
                Some("près de"),
                "personnes"
            ))
        );
        assert_eq!(
            found("4,2 milliards d’euros pour le port", "fr"),
            [figure(
                "4,2 milliards d’euros",
                None,
                "4,2 milliards d’euros"
            )]
        );
        assert_eq!(
            found("rund 40 Prozent der Züge", "de"),
            [figure("40 Prozent", Some("rund"), "Züge")]
        );
    }

    #[test]
    fn years_days_times_ordinals_and_ages_are_not_figures() {
        for (text, tag) in [
            ("It began in 2024 on March 3 at 10:30.", "en"),
            ("Am 4. März um 9 Uhr.", "de"),
            ("Le 1er mars, le 3e jour.", "fr"),
            ("Colin Barraclough, 67, said so.", "en"),
            ("An A320 and G7 talks.", "en"),
        ] {
            assert_eq!(found(text, tag), [], "{text}");
        }
    }
}
