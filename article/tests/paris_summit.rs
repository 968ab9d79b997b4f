//! The bundled Paris summit article: it validates, and it is faithful to its source text.

use article::{parse_article, Article, SectionKind};
use serde_json::Value;

const ARTICLE: &str = include_str!("../../articles/paris-summit.json");
const SOURCE: &str = include_str!("../../articles/paris-summit.source.txt");

fn article() -> Article {
    match parse_article(ARTICLE) {
        Ok(article) => article,
        Err(err) => panic!("the bundled article must be valid: {err}"),
    }
}

/// Every string under a key named `key`, anywhere in the document, with its JSON path. Walks the
/// JSON itself rather than the model, so an evidence field added to the format is never skipped.
fn strings_named<'a>(
    value: &'a Value,
    key: &str,
    path: String,
    found: &mut Vec<(String, &'a str)>,
) {
    match value {
        Value::Object(map) => {
            for (name, child) in map {
                let path = format!("{path}.{name}");
                match child {
                    Value::String(text) if name == key => found.push((path, text)),
                    _ => strings_named(child, key, path, found),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                strings_named(child, key, format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

fn json() -> Value {
    match serde_json::from_str(ARTICLE) {
        Ok(value) => value,
        Err(err) => panic!("the bundled article must be JSON: {err}"),
    }
}

#[test]
fn bundled_article_parses_and_validates() {
    let article = article();
    assert_eq!(article.schema_version, "1.0");
    assert_eq!(article.date_published, "2025-03-27");
    assert_eq!(
        article.url, None,
        "the seed names no URL; none may be invented"
    );
    assert_eq!(article.publisher, None, "the seed names no publisher");
}

#[test]
fn covers_the_required_sections_in_order() {
    let kinds: Vec<SectionKind> = article().sections.iter().map(|s| s.kind()).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::SummitGoals,
            SectionKind::PeacekeepingProposals,
            SectionKind::CeasefireStatus,
            SectionKind::Timeline,
            SectionKind::WhatNext,
            SectionKind::Sources,
        ]
    );
}

#[test]
fn every_quote_is_verbatim_from_the_source() {
    let article = article();
    assert!(article.quotes.len() >= 5);
    for quote in &article.quotes {
        assert!(
            SOURCE.contains(&quote.text),
            "quote {} is not verbatim: {}",
            quote.id,
            quote.text
        );
    }
    let creators: Vec<&str> = article.quotes.iter().map(|q| q.creator.as_str()).collect();
    assert!(creators.contains(&"zelenskyy") && creators.contains(&"macron"));
}

#[test]
fn every_evidence_is_verbatim_from_the_source() {
    let json = json();
    let mut all = Vec::new();
    strings_named(&json, "evidence", String::new(), &mut all);
    assert!(
        all.len() >= 30,
        "expected evidence on every fact, found {}",
        all.len()
    );
    for (path, text) in all {
        assert!(
            SOURCE.contains(text),
            "evidence at {path} is not in the source: {text}"
        );
    }
}

/// The source says the agreements were disputed and accused of violations together, never
/// which one: a claim about the set must not be repeated on each member.
#[test]
fn no_claim_is_pinned_on_more_than_one_agreement() {
    let article = article();
    let mut seen = std::collections::HashMap::new();
    for section in &article.sections {
        for agreement in &section.agreements {
            let claims = agreement
                .alleged_violations
                .iter()
                .map(|claim| claim.evidence.as_str())
                .chain(agreement.disputes.iter().map(|fact| fact.evidence.as_str()))
                .chain([agreement.compliance.evidence.as_str()]);
            for evidence in claims.collect::<std::collections::HashSet<_>>() {
                if let Some(other) = seen.insert(evidence, agreement.id.as_str()) {
                    panic!("{evidence:?} is told of both {other} and {}", agreement.id);
                }
            }
        }
    }
}

#[test]
fn key_figures_keep_their_qualifier() {
    let article = article();
    let countries = article.key_figures.iter().find(|f| f.id == "countries");
    let countries = countries.map(|f| (f.qualifier.as_deref(), f.value.as_str()));
    assert_eq!(countries, Some((Some("nearly"), "30")));
}

#[test]
fn status_names_match_their_json_names() {
    use article::{Compliance, Lifecycle};
    for status in [
        Lifecycle::Proposed,
        Lifecycle::Announced,
        Lifecycle::Agreed,
        Lifecycle::InForce,
        Lifecycle::Suspended,
        Lifecycle::Collapsed,
    ] {
        assert_eq!(
            serde_json::to_value(status).ok(),
            Some(serde_json::json!(status.as_str()))
        );
    }
    for status in [
        Compliance::NoReportedViolations,
        Compliance::Alleged,
        Compliance::MutualAccusations,
        Compliance::Confirmed,
        Compliance::Unknown,
    ] {
        assert_eq!(
            serde_json::to_value(status).ok(),
            Some(serde_json::json!(status.as_str()))
        );
    }
}
