//! The editor's problems, each placed exactly: expected positions are found by searching the
//! text, not by the code under test.

use super::{check, draft_from_source, json_as_archieml, problems, problems_archieml, Found};

const PARIS: &str = include_str!("../../articles/paris-summit.json");
const SOURCE: &str = include_str!("../../articles/paris-summit.source.txt");

/// The UTF-16 offset of the byte position `at` of `text`.
fn utf16(text: &str, at: usize) -> usize {
    text[..at].encode_utf16().count()
}

/// The UTF-16 offset just after the one occurrence of `before` in `text`.
fn after(text: &str, before: &str) -> usize {
    assert_eq!(text.matches(before).count(), 1, "{before} must occur once");
    let at = text.find(before).map_or(0, |at| at + before.len());
    utf16(text, at)
}

/// The UTF-16 offset of the value of the last `key` before the one occurrence of `unique`.
fn value_before(text: &str, key: &str, unique: &str) -> usize {
    assert_eq!(text.matches(unique).count(), 1, "{unique} must occur once");
    let end = text.find(unique).unwrap_or(0);
    let at = text[..end].rfind(key).map_or(0, |at| at + key.len());
    utf16(text, at)
}

/// The Paris article with its own `id` emptied.
fn paris_without_id() -> String {
    PARIS.replacen("\"id\": \"paris-summit-2025\"", "\"id\": \"\"", 1)
}

fn only(found: Vec<Found>) -> Found {
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn the_paris_article_and_its_source_have_no_problem() {
    assert_eq!(problems(PARIS, SOURCE), []);
}

#[test]
fn a_broken_rule_is_placed_at_its_value() {
    let text = paris_without_id();
    let found = only(problems(&text, SOURCE));
    assert_eq!((found.kind, found.path.as_str()), ("format", "id"));
    assert_eq!((found.line, found.column), (3, 9));
    assert_eq!(
        found.offset,
        value_before(&text, "\"id\": ", "\"\",\n  \"inLanguage\"")
    );
}

#[test]
fn offsets_count_utf16_units_after_cyrillic_and_emoji() {
    // The headline holds curly quotes (one unit, three bytes each); an emoji is two units.
    let text = PARIS
        .replacen("weighs troops", "weighs 🪖 troops", 1)
        .replacen(
            "\"inLanguage\": \"en\"",
            "\"inLanguage\": \"en\", \"x\": \"Київ\", \"datePublished2\": 1",
            1,
        );
    let text = text.replacen("\"description\": \"", "\"description\": 7, \"d\": \"", 1);
    let found = problems(&text, "");
    let description = found
        .iter()
        .find(|found| found.path == "description")
        .unwrap_or_else(|| panic!("no problem at description: {found:#?}"));
    assert_eq!(description.offset, after(&text, "\"description\": 7") - 1);
}

#[test]
fn a_syntax_error_is_placed_in_characters_and_units() {
    let text = "{\n  \"headline\": \"Київ 🪖\" x\n}";
    let found = only(problems(text, ""));
    assert_eq!(found.kind, "syntax");
    assert_eq!((found.line, found.column), (2, 24));
    assert_eq!(found.offset, after(text, "🪖\" "));
}

#[test]
fn a_straight_quote_for_a_curly_one_is_flagged_with_the_nearest_passage() {
    let curly = "forming a “Coalition of the Willing.”\"";
    let text = PARIS.replacen(curly, "forming a \\\"Coalition of the Willing.\\\"\"", 1);
    let found = only(problems(&text, SOURCE));
    assert_eq!(found.kind, "verbatim");
    assert_eq!(found.path, "sections[1].proposals[0].status.evidence");
    let straight = "forming a \\\"Coalition";
    assert_eq!(
        found.offset,
        value_before(&text, "\"evidence\": ", straight)
    );
    assert!(found
        .text
        .as_deref()
        .is_some_and(|text| text.ends_with("\"Coalition of the Willing.\"")));
    assert!(
        found
            .nearest
            .as_deref()
            .is_some_and(|nearest| nearest.contains("“Coalition of the Willing.”")),
        "{found:#?}"
    );
}

#[test]
fn quotes_are_checked_while_a_rule_is_broken_and_not_without_a_source() {
    let text =
        paris_without_id().replacen("The top leaders considered", "The top leaders considred", 1);
    let kinds: Vec<_> = problems(&text, SOURCE)
        .iter()
        .map(|found| found.kind)
        .collect();
    assert_eq!(kinds, ["format", "verbatim"]);
    let kinds: Vec<_> = problems(&text, " \n")
        .iter()
        .map(|found| found.kind)
        .collect();
    assert_eq!(kinds, ["format"]);
}

#[test]
fn an_empty_draft_a_wrong_shape_and_a_future_version_are_each_placed() {
    assert_eq!(only(problems("  \n", "")).kind, "empty");
    let text = PARIS.replacen(
        "\"headline\": \"Paris",
        "\"headline\": 3, \"h\": \"Paris",
        1,
    );
    let shape = only(problems(&text, ""));
    assert_eq!((shape.kind, shape.path.as_str()), ("format", "headline"));
    let text = "{\n \"schemaVersion\": \"2.0\"}";
    let version = only(problems(text, ""));
    assert_eq!(version.kind, "version");
    assert_eq!(version.offset, after(text, "\"schemaVersion\": "));
}

#[test]
fn a_byte_order_mark_counts_in_the_offset() {
    let text = format!("\u{feff}{}", paris_without_id());
    let unique = "\"\",\n  \"inLanguage\"";
    assert_eq!(
        only(problems(&text, "")).offset,
        value_before(&text, "\"id\": ", unique)
    );
}

#[test]
fn check_writes_the_problems_as_json() {
    let json: serde_json::Value = serde_json::from_str(&check("{", "")).unwrap_or_default();
    assert_eq!(json[0]["kind"], "syntax");
    assert_eq!(json[0]["line"], 1);
    assert!(json[0].get("nearest").is_none());
}

const PARIS_AML: &str = include_str!("../../articles/paris-summit.aml");

#[test]
fn the_paris_article_in_archieml_and_its_source_have_no_problem() {
    assert_eq!(problems_archieml(PARIS_AML, SOURCE), []);
}

#[test]
fn an_archieml_problem_is_placed_in_the_archieml_text() {
    // An empty id: at its value, on its line, as a textarea counts (after Cyrillic before it).
    let text = PARIS_AML
        .replacen("id: paris-summit-2025", "id:", 1)
        .replacen(
            "headline: Paris summit",
            "headline: Паризький саміт Paris summit",
            1,
        );
    let found = only(problems_archieml(&text, ""));
    assert_eq!((found.kind, found.path.as_str()), ("format", "id"));
    let empty = text.find("\nid:\n").expect("the emptied id");
    assert_eq!(found.offset, utf16(&text, empty + "\nid:".len()));
    assert_eq!(
        (found.line, found.column),
        (text[..empty].matches('\n').count() + 2, 4)
    );
    // Evidence not word for word: placed at its value.
    let text = PARIS_AML.replacen(
        "text: Europe knows how to defend itself.",
        "text: Europe knows how to defend itself!",
        1,
    );
    let found = only(problems_archieml(&text, SOURCE));
    assert_eq!(
        (found.kind, found.path.as_str()),
        ("verbatim", "quotes[0].text")
    );
    assert_eq!(
        found.offset,
        after(&text, "\ntext: Europe knows how to defend itself!")
            - "Europe knows how to defend itself!".len()
    );
    // Text ArchieML cannot read: named and placed.
    let text = "id: x\nheadline: text\n{headline.inner}\n";
    let found = only(problems_archieml(text, ""));
    assert_eq!((found.kind, found.line, found.column), ("syntax", 3, 1));
    assert!(
        found.message.starts_with("Not ArchieML: "),
        "{}",
        found.message
    );
}

#[test]
fn a_json_draft_is_written_as_archieml_or_its_obstacle_named() {
    let answer: serde_json::Value = serde_json::from_str(&json_as_archieml(PARIS)).expect("JSON");
    assert_eq!(answer["archieml"].as_str(), Some(PARIS_AML));
    let answer: serde_json::Value =
        serde_json::from_str(&json_as_archieml(r#"{"a": 1}"#)).expect("JSON");
    assert!(
        answer["problem"]
            .as_str()
            .is_some_and(|problem| problem.starts_with("a: ")),
        "{answer}"
    );
}

#[test]
fn the_draft_of_the_paris_source_has_no_problem_in_either_mode() {
    let answer: serde_json::Value = serde_json::from_str(&draft_from_source(
        SOURCE,
        "2025-03-27",
        "2026-12-07",
        false,
    ))
    .expect("JSON");
    let json = answer["draft"].as_str().expect("a draft");
    assert_eq!(problems(json, SOURCE), []);
    assert!(json.contains("\"datePublished\": \"2025-03-27\""), "{json}");
    let answer: serde_json::Value =
        serde_json::from_str(&draft_from_source(SOURCE, "", "2026-12-07", true)).expect("JSON");
    let aml = answer["draft"].as_str().expect("a draft");
    assert_eq!(problems_archieml(aml, SOURCE), []);
    // No dateline in the source, no date given: today's.
    assert!(aml.contains("datePublished: 2026-12-07"), "{aml}");
    let answer: serde_json::Value =
        serde_json::from_str(&draft_from_source(" \n ", "", "2026-12-07", false)).expect("JSON");
    assert!(
        answer["problem"]
            .as_str()
            .is_some_and(|p| p.contains("empty")),
        "{answer}"
    );
}
