//! Documents at the edge of the format that must be accepted: the counterpart of
//! `invalid_documents.rs`, so that strictness never grows past what the format says.

use article::{parse_article, SectionKind};
use serde_json::{json, Value};

const ARTICLE: &str = include_str!("../../articles/paris-summit.json");

/// The bundled article, changed by `edit`, serialised and parsed.
fn parse_edited(edit: impl FnOnce(&mut Value)) -> Result<article::Article, article::ArticleError> {
    let mut value: Value = serde_json::from_str(ARTICLE).expect("bundled article is JSON");
    edit(&mut value);
    parse_article(&value.to_string())
}

#[test]
fn html_in_texts_is_plain_text_and_accepted() {
    // Text is never HTML: markup is shown as typed, so it is no reason to refuse a document.
    let headline = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    let article = parse_edited(|v| v["headline"] = json!(headline));
    assert_eq!(article.map(|a| a.headline).as_deref(), Ok(headline));
}

#[test]
fn newer_minor_version_and_unknown_fields_are_accepted() {
    let article = parse_edited(|v| {
        v["schemaVersion"] = json!("1.7");
        v["futureField"] = json!({"anything": [1, 2]});
        v["sections"][0]["futureField"] = json!(true);
    });
    assert_eq!(article.map(|a| a.schema_version).as_deref(), Ok("1.7"));
}

#[test]
fn unknown_section_type_needs_only_title_and_summary() {
    let article = parse_edited(|v| {
        v["sections"][0] = json!({"type": "mapOfTroops", "id": "map", "title": "Map", "summary": "Where forces are."});
    });
    let article = article.expect("an unknown type is allowed");
    assert_eq!(article.sections[0].kind(), SectionKind::Unknown);
}

#[test]
fn a_facts_section_lists_facts_with_their_evidence() {
    let fact = json!({"text": "The summit was held in Paris.", "evidence": "summit in Paris"});
    let article = parse_edited(|v| {
        v["sections"][4] =
            json!({"type": "facts", "id": "known", "title": "What we know", "facts": [fact]});
    });
    let section = &article.expect("a facts section is allowed").sections[4];
    assert_eq!(section.kind(), SectionKind::Facts);
    assert_eq!(section.facts.len(), 1);
    assert_eq!(section.facts[0].evidence, "summit in Paris");
}
