//! A source article as newsrooms paste it: one paragraph per line, an optional headline line,
//! an optional dateline (a line of its own, or "BERLIN, 5. März 2026 – " before the first
//! paragraph).

use crate::calendar::Day;
use crate::dates::dateline;
use crate::text::trimmed;

/// The parts of a source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source<'a> {
    pub headline: Option<&'a str>,
    /// The date a dateline gives.
    pub dated: Option<Day>,
    /// The body's paragraphs, a dateline before the first one left out.
    pub paragraphs: Vec<&'a str>,
}

/// Reads `text` into its parts.
pub fn read(text: &str) -> Source<'_> {
    // A lone carriage return (old Mac files) ends a line too.
    let mut lines: Vec<&str> = text
        .split(['\n', '\r'])
        .map(trimmed)
        .filter(|l| !l.is_empty())
        .collect();
    let mut headline = None;
    let mut dated = None;
    if lines.len() >= 2 && is_headline(lines[0]) && dateline(lines[0]).is_none() {
        headline = Some(lines.remove(0));
    }
    if lines.len() >= 2 && lines[0].split_whitespace().count() <= 8 {
        if let Some(day) = dateline(lines[0]) {
            dated = Some(day);
            lines.remove(0);
        }
    }
    if let Some(first) = lines.first_mut() {
        if let Some((prefix, rest)) = dateline_prefix(first) {
            dated = dated.or_else(|| dateline(prefix));
            *first = rest;
        }
    }
    Source {
        headline,
        dated,
        paragraphs: lines,
    }
}

/// A headline: short, and not ended as a sentence is.
fn is_headline(line: &str) -> bool {
    let end = line.trim_end_matches(['”', '’', '"', '»', '“', '«']);
    line.split_whitespace().count() <= 20 && !end.ends_with(['.', '!', '?', ':', ';', ','])
}

/// "BERLIN, 5. März 2026 – Die …", "GENEVA (Agency) — The …": the dateline before a dash in
/// a paragraph's first words, and the paragraph after it.
fn dateline_prefix(paragraph: &str) -> Option<(&str, &str)> {
    let (at, dash) = [" — ", " – ", " -- ", " - "]
        .iter()
        .filter_map(|dash| paragraph.find(dash).map(|at| (at, *dash)))
        .min_by_key(|(at, _)| *at)?;
    let prefix = &paragraph[..at];
    if prefix.split_whitespace().count() > 10 {
        return None;
    }
    // It starts with a place in capitals, or gives a date.
    let place: String = prefix
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == ' ')
        .collect();
    let shouted = place.trim().chars().filter(|c| c.is_alphabetic()).count() >= 3
        && place
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    (shouted || dateline(prefix).is_some()).then(|| (prefix, &paragraph[at + dash.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_dateline_and_body() {
        let source = read(
            "Strike hits port\nHALVERN, March 12, 2026\nDockers walked out.\n\n“No,” he said.\n",
        );
        assert_eq!(source.headline, Some("Strike hits port"));
        assert_eq!(source.dated.map(Day::iso).as_deref(), Some("2026-03-12"));
        assert_eq!(source.paragraphs, ["Dockers walked out.", "“No,” he said."]);
        let source = read("Energiegipfel\nBERLIN, 5. März 2026 – Die Minister trafen sich.\nMehr.");
        assert_eq!(source.dated.map(Day::iso).as_deref(), Some("2026-03-05"));
        assert_eq!(source.paragraphs[0], "Die Minister trafen sich.");
        let source = read("GENEVA (Agence Nord) — Talks began.\nThey went on.");
        assert_eq!(source.headline, None);
        assert_eq!(source.paragraphs[0], "Talks began.");
        let source = read("Leaders met in Paris on Thursday.\nThey talked.");
        assert_eq!(source.headline, None);
        assert_eq!(source.paragraphs.len(), 2);
    }
}
