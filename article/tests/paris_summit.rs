//! The bundled Paris summit article: it validates, and it is faithful to its source text.

use article::{parse_article, Article, SectionKind};

const ARTICLE: &str = include_str!("../../articles/paris-summit.json");
const SOURCE: &str = include_str!("../../articles/paris-summit.source.txt");

fn article() -> Article {
    match parse_article(ARTICLE) {
        Ok(article) => article,
        Err(err) => panic!("the bundled article must be valid: {err}"),
    }
}

/// Every evidence string, with the path it sits at.
fn evidence(article: &Article) -> Vec<(String, &str)> {
    let mut all = Vec::new();
    if let Some(event) = &article.about {
        all.push(("about".into(), event.evidence.as_str()));
    }
    for figure in &article.key_figures {
        all.push((
            format!("keyFigures.{}", figure.id),
            figure.evidence.as_str(),
        ));
    }
    for section in &article.sections {
        let facts = section
            .goals
            .iter()
            .chain(&section.developments)
            .chain(&section.steps);
        for fact in facts {
            all.push((section.id.clone(), fact.evidence.as_str()));
        }
        for proposal in &section.proposals {
            let facts = proposal
                .deployment
                .iter()
                .chain(&proposal.if_attacked)
                .chain(&proposal.would_not)
                .chain(&proposal.aim)
                .chain(&proposal.status);
            for fact in facts {
                all.push((proposal.id.clone(), fact.evidence.as_str()));
            }
            if let Some(lead) = &proposal.lead_nations {
                all.push((proposal.id.clone(), lead.evidence.as_str()));
            }
        }
        for agreement in &section.agreements {
            let path = agreement.id.clone();
            all.push((path.clone(), agreement.lifecycle.evidence.as_str()));
            all.push((path.clone(), agreement.compliance.evidence.as_str()));
            for group in agreement.parties.iter().chain(&agreement.mediator) {
                all.push((path.clone(), group.evidence.as_str()));
            }
            for fact in &agreement.disputes {
                all.push((path.clone(), fact.evidence.as_str()));
            }
            for claim in &agreement.alleged_violations {
                all.push((path.clone(), claim.evidence.as_str()));
            }
        }
        for event in &section.events {
            all.push((
                format!("{} {}", section.id, event.date),
                event.evidence.as_str(),
            ));
        }
    }
    all
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
    let article = article();
    let all = evidence(&article);
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
