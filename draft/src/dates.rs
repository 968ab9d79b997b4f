//! Dates a sentence gives, resolved against the publication date: "on Wednesday" (the last one,
//! or the next one where the sentence speaks of the future), "yesterday", "last week", "next
//! month", "March 3", "le 3 mars", "am 3. März". Nothing is resolved that the text does not say.

use crate::calendar::Day;
use crate::language::Language;
use crate::text::{same_cased, Word};

/// A date found: the words that give it (first, last + 1) and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub words: (usize, usize),
    pub day: Day,
}

/// The dates `words` (one sentence, quotations left out) give.
pub fn dates(words: &[Word], published: Day, language: &Language) -> Vec<Found> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        if let Some((length, day)) = date_at(words, at, published, language) {
            found.push(Found {
                words: (at, at + length),
                day,
            });
            at += length;
        } else {
            at += 1;
        }
    }
    found
}

fn date_at(words: &[Word], at: usize, published: Day, language: &Language) -> Option<(usize, Day)> {
    // Periods first: "last week" before "last".
    for (phrase, unit, step) in &language.periods {
        if let Some(length) = crate::text::phrase_at(words, at, phrase, same_cased) {
            let day = match unit.as_str() {
                "week" => published.week_start(*step),
                "month" => published.month_start(*step),
                _ => published.year_start(*step),
            };
            return Some((length, day));
        }
    }
    let mut days: Vec<(&String, &i64)> = language.days.iter().collect();
    days.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.split_whitespace().count()));
    for (phrase, offset) in days {
        if let Some(length) = crate::text::phrase_at(words, at, phrase, same_cased) {
            return Some((length, published.plus(*offset)));
        }
    }
    let word = words[at];
    let weekday = language.weekdays.iter().position(|d| {
        same_cased(word.core, d)
            || word
                .core
                .strip_prefix(d.as_str())
                .is_some_and(|rest| language.weekday_parts.iter().any(|p| p == rest))
    });
    if let Some(weekday) = weekday {
        return Some((
            1,
            weekday_day(words, at, weekday as i64, published, language),
        ));
    }
    let month = language
        .months
        .iter()
        .position(|m| same_cased(word.core, m))
        .map(|m| m as u32 + 1)
        .or_else(|| {
            // "Feb. 27": an abbreviation the language file lists, with its full stop.
            let abbreviated = word.raw.trim_end_matches([',', ';']).ends_with('.');
            language
                .month_abbreviations
                .iter()
                .find(|(short, _)| abbreviated && word.core == short)
                .map(|(_, month)| *month)
        });
    month.and_then(|month| absolute(words, at, month, published))
}

/// The day of the weekday at `at`: before the publication date unless the words say it is to
/// come.
fn weekday_day(
    words: &[Word],
    at: usize,
    weekday: i64,
    published: Day,
    language: &Language,
) -> Day {
    let before = at
        .checked_sub(1)
        .map(|b| words[b].lower())
        .unwrap_or_default();
    let after = words.get(at + 1).map(Word::lower).unwrap_or_default();
    let last = ["last", "past", "vergangenen", "letzten", "vorigen"];
    let next = ["next", "coming", "kommenden", "nächsten"];
    if last.contains(&before.as_str()) || after == "dernier" {
        return published.weekday_before(weekday, true);
    }
    if next.contains(&before.as_str()) || after == "prochain" {
        return published.weekday_after(weekday);
    }
    let is_future = |word: &Word| {
        let lower = word.lower();
        // German verbs are written small, its nouns with a capital ("Treffen", a meeting).
        let as_written = if language.compounds {
            word.core.to_owned()
        } else {
            lower.clone()
        };
        language
            .future
            .iter()
            .any(|f| !f.contains(' ') && *f == as_written)
            || language
                .future_suffixes
                .iter()
                .any(|s| lower.len() > s.len() + 2 && lower.ends_with(s.as_str()))
    };
    // Back to the start of the date's clause, up to 14 words ("will be barred from drawing water
    // for irrigation from Monday"), not past a comma ("…, which will …, met on Monday") beyond
    // the 8 words before the date that are always read.
    let clause_start = words[..at]
        .iter()
        .rposition(Word::ends_clause)
        .map_or(0, |e| e + 1);
    let from = at
        .saturating_sub(14)
        .max(clause_start)
        .min(at.saturating_sub(8));
    let mut future =
        words[from..at].iter().any(is_future)
            || (from..at).any(|i| {
                language.future.iter().filter(|f| f.contains(' ')).any(|f| {
                    crate::text::phrase_at(words, i, f, crate::text::same_any_case).is_some()
                })
            });
    // A verb after the date: near the start of a sentence ("On Friday, the board will vote"),
    // or at the end of its clause in German ("das am Samstag demonstrieren will").
    let clause_end = words[at..]
        .iter()
        .position(Word::ends_clause)
        .map_or(words.len(), |e| at + e + 1);
    if at <= 3 || language.compounds {
        let reach = if language.compounds { 8 } else { 5 };
        future |= words[at + 1..clause_end.min(words.len())]
            .iter()
            .take(reach)
            .any(is_future);
    }
    if future {
        published.weekday_after(weekday)
    } else {
        published.weekday_before(weekday, false)
    }
}

/// "March 3", "March 3, 2025", "3 March", "3 mars 2025", "1er mars", "3. März 2025": the day
/// next to the month, the year after it or the publication's.
fn absolute(words: &[Word], at: usize, month: u32, published: Day) -> Option<(usize, Day)> {
    let day_in = |word: &Word| -> Option<u32> {
        let text = word.raw.trim_end_matches([',', '.']);
        let digits = text
            .strip_suffix("er")
            .or_else(|| text.strip_suffix("st"))
            .or_else(|| text.strip_suffix("nd"))
            .or_else(|| text.strip_suffix("rd"))
            .or_else(|| text.strip_suffix("th"))
            .unwrap_or(text);
        let digits = digits.trim_start_matches(|c: char| !c.is_ascii_digit());
        (digits.len() <= 2 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let year_in = |word: Option<&Word>| -> Option<i64> {
        let text = word?.raw.trim_end_matches([',', '.', ';', ')']);
        (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let (start, day, end) = if let Some(day) = at.checked_sub(1).and_then(|b| day_in(&words[b])) {
        (at - 1, day, at + 1)
    } else if let Some(day) = words.get(at + 1).and_then(day_in) {
        (at, day, at + 2)
    } else {
        return None;
    };
    let (year, end) = match year_in(words.get(end)) {
        Some(year) => (year, end + 1),
        None => (published.ymd().0, end),
    };
    Some((end - start, Day::from_ymd(year, month, day)?)).map(|(length, day)| {
        // Counted from the word at `at`: the day before the month counts too.
        (length - (at - start), day)
    })
}

/// A date written as a dateline gives it ("RENNES, 12 mars 2026", "Published 2026-03-12",
/// "19. Februar 2026"), in any of the known languages.
pub fn dateline(text: &str) -> Option<Day> {
    let words = crate::text::words(text, 0, text.len());
    for word in &words {
        if let Some(day) = Day::parse_iso(word.raw.trim_matches(|c: char| !c.is_ascii_digit())) {
            return Some(day);
        }
    }
    for (tag, _) in crate::language::LANGUAGES {
        let Some(language) = crate::language::language(tag) else {
            continue;
        };
        for at in 0..words.len() {
            if let Some(month) = language
                .months
                .iter()
                .position(|m| same_cased(words[at].core, m))
            {
                // A dateline's date has its year.
                let has_year = words[at.saturating_sub(1)..(at + 3).min(words.len())]
                    .iter()
                    .any(|w| {
                        let t = w.raw.trim_end_matches([',', '.']);
                        t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
                    });
                if has_year {
                    if let Some((_, day)) =
                        absolute(&words, at, month as u32 + 1, Day::from_ymd(1970, 1, 1)?)
                    {
                        return Some(day);
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::language;
    use crate::text::words;

    fn resolved(text: &str, tag: &str, published: &str) -> Vec<String> {
        let published = Day::parse_iso(published).expect("a date");
        dates(
            &words(text, 0, text.len()),
            published,
            language(tag).expect("a language"),
        )
        .into_iter()
        .map(|f| f.day.iso())
        .collect()
    }

    #[test]
    fn weekdays_look_back_unless_the_sentence_looks_ahead() {
        // 2025-03-27 is a Thursday.
        assert_eq!(
            resolved("Leaders met on Thursday.", "en", "2025-03-27"),
            ["2025-03-27"]
        );
        assert_eq!(
            resolved("They met on Monday.", "en", "2025-03-27"),
            ["2025-03-24"]
        );
        assert_eq!(
            resolved("They will meet again on Monday.", "en", "2025-03-27"),
            ["2025-03-31"]
        );
        assert_eq!(
            resolved("Les syndicats se réuniront lundi.", "fr", "2025-03-27"),
            ["2025-03-31"]
        );
        assert_eq!(
            resolved("Am Montag wird weiter verhandelt.", "de", "2025-03-27"),
            ["2025-03-31"]
        );
        assert_eq!(
            resolved("It happened last Thursday.", "en", "2025-03-27"),
            ["2025-03-20"]
        );
    }

    #[test]
    fn days_periods_and_calendar_dates() {
        assert_eq!(
            resolved("Yesterday it rained; last week too.", "en", "2025-03-27"),
            ["2025-03-26", "2025-03-17"]
        );
        assert_eq!(
            resolved(
                "La semaine prochaine et le mois dernier.",
                "fr",
                "2025-03-27"
            ),
            ["2025-03-31", "2025-02-01"]
        );
        assert_eq!(
            resolved("Vergangene Woche und nächsten Monat.", "de", "2025-03-27"),
            ["2025-03-17", "2025-04-01"]
        );
        assert_eq!(
            resolved("on March 3, 2024 and on 5 May", "en", "2025-03-27"),
            ["2024-03-03", "2025-05-05"]
        );
        assert_eq!(
            resolved("le 1er mars et am 4. März", "fr", "2025-03-27")[0],
            "2025-03-01"
        );
        assert_eq!(
            resolved("am 4. März 2026", "de", "2025-03-27"),
            ["2026-03-04"]
        );
        assert_eq!(
            resolved("on Feb. 27 and Mar 3", "en", "2025-03-27"),
            ["2025-02-27"]
        );
        assert_eq!(
            resolved("Am Mittwochabend, beim Treffen", "de", "2025-03-27"),
            ["2025-03-26"]
        );
        assert_eq!(
            resolved("They may march.", "en", "2025-03-27"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn datelines_in_each_language() {
        for (line, day) in [
            ("RENNES, 12 mars 2026", "2026-03-12"),
            ("HALVERN, March 12, 2026", "2026-03-12"),
            ("19. Februar 2026", "2026-02-19"),
            ("Published 2026-03-12", "2026-03-12"),
        ] {
            assert_eq!(dateline(line).map(Day::iso).as_deref(), Some(day), "{line}");
        }
        assert_eq!(dateline("GENEVA (Agency)"), None);
    }
}
