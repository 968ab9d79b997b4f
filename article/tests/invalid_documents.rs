//! Invalid documents: each is refused with its specific message and JSON path (or line and column).

use article::{parse_article, ArticleError, Problem};
use serde_json::{json, Value};

const ARTICLE: &str = include_str!("../../articles/paris-summit.json");

/// The bundled article, changed by `edit` and serialised on one line.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(ARTICLE).expect("bundled article is JSON");
    edit(&mut value);
    value.to_string()
}

/// The bundled article, changed by `edit`, serialised and parsed.
fn parse_edited(edit: impl FnOnce(&mut Value)) -> Result<article::Article, ArticleError> {
    parse_article(&edited(edit))
}

/// The line-1 column of `value` inside the one occurrence of `context` in `text`: found by
/// plain text search, independently of the parser's own locating.
fn column_of(text: &str, context: &str, value: &str) -> usize {
    assert_eq!(
        text.matches(context).count(),
        1,
        "{context} must occur once"
    );
    let at = text.find(context).unwrap_or_default() + context.find(value).unwrap_or_default();
    text[..at].chars().count() + 1
}

/// Replaces the article's sections with `count` copies of its "what next" section, each with an
/// id of its own.
fn with_sections(article: &mut Value, count: usize) {
    let section = article["sections"][4].clone();
    let many: Vec<Value> = (0..count)
        .map(|i| {
            let mut copy = section.clone();
            copy["id"] = json!(format!("s{i}"));
            copy
        })
        .collect();
    article["sections"] = json!(many);
}

/// Asserts the document breaks exactly one rule, at `path`, with `message`.
fn assert_one_problem(result: Result<article::Article, ArticleError>, path: &str, message: &str) {
    match result {
        Err(ArticleError::Invalid(problems)) => assert_eq!(
            problems,
            vec![Problem {
                path: path.into(),
                message: message.into()
            }]
        ),
        other => panic!("expected one problem at {path}, got {other:?}"),
    }
}

#[test]
fn empty_text_is_named_as_empty() {
    for text in ["", "  \n\t "] {
        let err = parse_article(text).unwrap_err();
        assert_eq!(err, ArticleError::Empty);
        assert_eq!(
            err.to_string(),
            "The article is empty: no JSON was received."
        );
    }
}

#[test]
fn a_lone_opening_brace_names_line_and_column() {
    let err = parse_article("{").unwrap_err();
    assert_eq!(
        err,
        ArticleError::Syntax {
            message: "EOF while parsing an object".into(),
            line: 1,
            column: 1
        }
    );
}

#[test]
fn deeply_nested_arrays_neither_overflow_the_stack_nor_hang() {
    // serde_json stops at 128 levels and says where; the browser's JSON.parse reads any depth,
    // and the decoder then refuses or skips the nesting (tests/browser.rs).
    for text in [
        format!(
            "{{\"futureField\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
        format!(
            "{{\"sections\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    ] {
        // serde_json stops on the bracket that opens level 128: the object is level 1, so that
        // is the 127th bracket (columns count from 1, `find` from 0).
        let column = text.find('[').map_or(0, |at| at + 1 + 126);
        assert_eq!(
            parse_article(&text).unwrap_err(),
            ArticleError::Syntax {
                message: "recursion limit exceeded".into(),
                line: 1,
                column,
            }
        );
    }
}

#[test]
fn overlong_texts_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["headline"] = json!("x".repeat(100_000))),
        "headline",
        "is 100000 characters long; at most 10000 are allowed",
    );
}

#[test]
fn bidi_override_characters_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["quotes"][0]["text"] = json!("Europe \u{202E}tiforp")),
        "quotes[0].text",
        "contains the invisible control character U+202E, which can disguise text; remove it",
    );
}

#[test]
fn too_many_sections_are_refused_in_one_message() {
    assert_one_problem(
        parse_edited(|v| with_sections(v, 10_000)),
        "sections",
        "has 10000 sections; at most 500 are allowed, so split the explainer",
    );
}

#[test]
fn truncated_json_names_line_and_column() {
    let err = parse_article("{\n  \"schemaVersion\": \"1.0\",\n  \"headline\": \"Par").unwrap_err();
    assert_eq!(
        err,
        ArticleError::Syntax {
            message: "EOF while parsing a string".into(),
            line: 3,
            column: 18
        }
    );
}

/// Columns count characters, as editors do, not bytes: four Cyrillic letters before the error
/// place it where four Latin ones would.
#[test]
fn syntax_columns_count_characters() {
    let column = |text: &str| match parse_article(text).unwrap_err() {
        ArticleError::Syntax {
            line: 1, column, ..
        } => column,
        other => panic!("expected a syntax error on line 1, got {other}"),
    };
    let latin = column(r#"{"headline": "Kyiv" x}"#);
    assert_eq!(latin, 21, "the x is the 21st character");
    assert_eq!(column(r#"{"headline": "Київ" x}"#), latin);
}

#[test]
fn html_error_page_is_a_syntax_error() {
    let err = parse_article("<!doctype html><h1>502 Bad Gateway</h1>").unwrap_err();
    assert_eq!(
        err,
        ArticleError::Syntax {
            message: "expected value".into(),
            line: 1,
            column: 1
        }
    );
}

#[test]
fn trailing_garbage_after_the_object_is_refused() {
    let text = format!("{ARTICLE} x");
    let line = text.lines().count();
    let column = text.lines().last().map_or(0, |last| last.chars().count());
    assert_eq!(
        parse_article(&text).unwrap_err(),
        ArticleError::Syntax {
            message: "trailing characters".into(),
            line,
            column,
        }
    );
}

#[test]
fn wrong_top_level_type_names_the_root() {
    let err = parse_article("[1, 2, 3]").unwrap_err();
    assert_eq!(
        err,
        ArticleError::Shape {
            path: ".".into(),
            message: "expected an article object, found an array".into(),
            line: 1,
            column: 1,
        }
    );
}

#[test]
fn missing_headline_names_the_field() {
    let err = parse_edited(|v| {
        v.as_object_mut().map(|o| o.remove("headline"));
    })
    .unwrap_err();
    assert_eq!(
        err,
        ArticleError::Shape {
            path: ".".into(),
            message: "missing field `headline`".into(),
            line: 1,
            column: 1,
        }
    );
}

#[test]
fn wrong_field_type_names_the_nested_path() {
    let text = edited(|v| v["sections"][2]["agreements"][0]["lifecycle"]["asOf"] = json!(20250327));
    assert_eq!(
        parse_article(&text).unwrap_err(),
        ArticleError::Shape {
            path: "sections[2].agreements[0].lifecycle.asOf".into(),
            message: "invalid type: integer `20250327`, expected a string".into(),
            line: 1,
            column: column_of(&text, "\"asOf\":20250327", "20250327"),
        }
    );
}

#[test]
fn a_number_is_named_as_serde_names_it_integer_or_floating_point() {
    for (value, found) in [
        (json!(1.5), "floating point `1.5`"),
        (json!(-7), "integer `-7`"),
    ] {
        let text = edited(|v| v["headline"] = value);
        let err = parse_article(&text).unwrap_err();
        assert!(
            matches!(&err, ArticleError::Shape { path, message, .. }
                if path == "headline" && *message == format!("invalid type: {found}, expected a string")),
            "{err:?}"
        );
    }
}

#[test]
fn unknown_lifecycle_status_lists_the_allowed_ones() {
    let text =
        edited(|v| v["sections"][2]["agreements"][0]["lifecycle"]["status"] = json!("signed"));
    assert_eq!(
        parse_article(&text).unwrap_err(),
        ArticleError::Shape {
            path: "sections[2].agreements[0].lifecycle.status".into(),
            message: "unknown variant `signed`, expected one of `proposed`, `announced`, `agreed`, `inForce`, `suspended`, `collapsed`".into(),
            line: 1,
            column: column_of(&text, "\"status\":\"signed\"", "\"signed\""),
        }
    );
}

#[test]
fn unknown_major_version_is_refused_before_anything_else() {
    let err = parse_edited(|v| {
        v["schemaVersion"] = json!("2.0");
        v["headline"] = json!(42); // a v2 change; the version message must win
    })
    .unwrap_err();
    assert_eq!(
        err,
        ArticleError::UnsupportedVersion {
            found: "2.0".into(),
            supported: 1
        }
    );
    assert_eq!(
        err.to_string(),
        "This article uses format version 2.0, which this widget cannot read: it reads version 1.x. Update the widget or convert the article."
    );
}

#[test]
fn malformed_version_is_reported_at_its_path() {
    assert_one_problem(
        parse_edited(|v| v["schemaVersion"] = json!("one")),
        "schemaVersion",
        "\"one\" must look like \"1.0\" (MAJOR.MINOR)",
    );
}

#[test]
fn duplicate_ids_name_the_first_use() {
    assert_one_problem(
        parse_edited(|v| v["sections"][3]["id"] = json!("summit-goals")),
        "sections[3].id",
        "duplicate id \"summit-goals\" (first used at sections[0].id)",
    );
}

#[test]
fn ids_must_be_slugs() {
    assert_one_problem(
        parse_edited(|v| v["sections"][0]["id"] = json!("Goals <b>")),
        "sections[0].id",
        "id \"Goals <b>\" must be 1 to 64 lowercase letters, digits or hyphens, starting with a letter or digit",
    );
}

#[test]
fn dangling_quote_creator_is_named() {
    assert_one_problem(
        parse_edited(|v| v["quotes"][0]["creator"] = json!("putin")),
        "quotes[0].creator",
        "\"putin\" is not the id of any entry in actors",
    );
}

#[test]
fn dangling_quote_reference_in_a_proposal_is_named() {
    assert_one_problem(
        parse_edited(|v| v["sections"][1]["proposals"][0]["quotes"][1] = json!("missing-quote")),
        "sections[1].proposals[0].quotes[1]",
        "\"missing-quote\" is not the id of any entry in quotes",
    );
}

#[test]
fn dangling_claimant_is_named() {
    assert_one_problem(
        parse_edited(|v| {
            v["sections"][2]["agreements"][0]["allegedViolations"][1]["claimant"] = json!("kyiv")
        }),
        "sections[2].agreements[0].allegedViolations[1].claimant",
        "\"kyiv\" is not the id of any entry in actors",
    );
}

#[test]
fn javascript_links_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["url"] = json!("javascript:alert(1)")),
        "url",
        "link \"javascript:alert(1)\" must be an absolute http:// or https:// address",
    );
}

#[test]
fn data_links_in_citations_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["sections"][5]["citations"][0]["url"] = json!("data:text/html,<script>alert(1)</script>")),
        "sections[5].citations[0].url",
        "link \"data:text/html,<script>alert(1)</script>\" must be an absolute http:// or https:// address",
    );
}

#[test]
fn impossible_dates_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["datePublished"] = json!("2025-02-30")),
        "datePublished",
        "\"2025-02-30\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
    );
}

#[test]
fn non_iso_dates_in_the_timeline_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["sections"][3]["events"][0]["date"] = json!("26/03/2025")),
        "sections[3].events[0].date",
        "\"26/03/2025\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
    );
}

#[test]
fn an_editors_note_needs_an_iso_date_and_a_text() {
    assert_one_problem(
        parse_edited(|v| v["updates"] = json!([{"date": "yesterday", "text": "Corrected."}])),
        "updates[0].date",
        "\"yesterday\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
    );
    assert_one_problem(
        parse_edited(|v| v["updates"] = json!([{"date": "2025-03-28", "text": " "}])),
        "updates[0].text",
        "must not be empty",
    );
}

#[test]
fn modified_before_published_is_refused() {
    assert_one_problem(
        parse_edited(|v| v["dateModified"] = json!("2025-03-01T10:00:00+01:00")),
        "dateModified",
        "is earlier than datePublished",
    );
}

#[test]
fn blank_required_texts_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["headline"] = json!("   ")),
        "headline",
        "must not be empty",
    );
}

#[test]
fn facts_without_evidence_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["sections"][0]["goals"][2]["evidence"] = json!("")),
        "sections[0].goals[2].evidence",
        "must not be empty",
    );
}

#[test]
fn a_known_section_needs_its_own_list() {
    assert_one_problem(
        parse_edited(|v| v["sections"][3]["events"] = json!([])),
        "sections[3].events",
        "a \"timeline\" section needs at least one entry in events",
    );
}

#[test]
fn lists_of_another_section_type_are_refused() {
    assert_one_problem(
        parse_edited(|v| v["sections"][0]["steps"] = json!([{"text": "x", "evidence": "y"}])),
        "sections[0].steps",
        "steps is not shown in a \"summitGoals\" section; move it to a section of its own type",
    );
}

#[test]
fn a_facts_section_needs_facts_and_only_facts() {
    assert_one_problem(
        parse_edited(|v| {
            v["sections"][4] =
                json!({"type": "facts", "id": "known", "title": "What we know", "facts": []});
        }),
        "sections[4].facts",
        "a \"facts\" section needs at least one entry in facts",
    );
    assert_one_problem(
        parse_edited(|v| v["sections"][0]["facts"] = json!([{"text": "x", "evidence": "y"}])),
        "sections[0].facts",
        "facts is not shown in a \"summitGoals\" section; move it to a section of its own type",
    );
    assert_one_problem(
        parse_edited(|v| {
            v["sections"][4] = json!({"type": "facts", "id": "known", "title": "What we know", "facts": [{"text": "x", "evidence": " "}]});
        }),
        "sections[4].facts[0].evidence",
        "must not be empty",
    );
}

#[test]
fn invalid_language_tag_is_refused() {
    assert_one_problem(
        parse_edited(|v| v["inLanguage"] = json!("english")),
        "inLanguage",
        "\"english\" is not a BCP 47 language tag such as \"en\" or \"fr-FR\"",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let err = parse_edited(|v| {
        v["headline"] = json!("");
        v["url"] = json!("ftp://example.org/a");
        v["quotes"][1]["id"] = json!("zelenskyy-defend");
    })
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "The article breaks 4 rules of the format:\n\
         - headline: must not be empty\n\
         - url: link \"ftp://example.org/a\" must be an absolute http:// or https:// address\n\
         - quotes[1].id: duplicate id \"zelenskyy-defend\" (first used at quotes[0].id)\n\
         - sections[1].proposals[0].quotes[0]: \"macron-framework\" is not the id of any entry in quotes"
    );
}

/// Optional and possibly empty fields are checked too, when present (found by `make mutants`).
#[test]
fn optional_fields_are_checked_when_present() {
    assert_one_problem(
        parse_edited(|v| v["description"] = json!("A dek \u{202E}reversed")),
        "description",
        "contains the invisible control character U+202E, which can disguise text; remove it",
    );
    assert_one_problem(
        parse_edited(|v| v["quotes"][0]["context"] = json!("bell \u{7}")),
        "quotes[0].context",
        "contains the invisible control character U+0007, which can disguise text; remove it",
    );
    assert_one_problem(
        parse_edited(|v| v["about"]["startDate"] = json!("27/03/2025")),
        "about.startDate",
        "\"27/03/2025\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
    );
}

/// The edges of the article-level rules (found by `make mutants`).
#[test]
fn article_level_edges() {
    // Modified the same day it was published is fine; an unreadable dateModified is reported
    // as a date, not compared.
    assert!(parse_edited(|v| v["dateModified"] = json!("2025-03-27T18:00:00Z")).is_ok());
    assert_one_problem(
        parse_edited(|v| v["dateModified"] = json!("2025-03-0")),
        "dateModified",
        "\"2025-03-0\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
    );
    // Exactly the most sections allowed.
    let at_most = parse_edited(|v| with_sections(v, 500));
    assert!(at_most.is_ok(), "{at_most:?}");
    // Authors and the publisher are checked like everything else.
    assert_one_problem(
        parse_edited(|v| {
            v["author"] = json!([{"name": "A reporter", "url": "javascript:alert(1)"}])
        }),
        "author[0].url",
        "link \"javascript:alert(1)\" must be an absolute http:// or https:// address",
    );
    assert_one_problem(
        parse_edited(|v| v["publisher"] = json!({"name": "  "})),
        "publisher.name",
        "must not be empty",
    );
}

/// A status's date is checked like every date (found by `make mutants`).
#[test]
fn a_status_date_must_be_a_date() {
    assert_one_problem(
        parse_edited(|v| v["sections"][2]["agreements"][0]["compliance"]["asOf"] = json!("soon")),
        "sections[2].agreements[0].compliance.asOf",
        "\"soon\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z",
    );
}

/// The actors a group names must exist, and its evidence must be there (found by `make mutants`).
#[test]
fn an_actor_group_names_known_actors() {
    assert_one_problem(
        parse_edited(|v| {
            v["sections"][1]["proposals"][0]["leadNations"]["actors"][1] = json!("italy")
        }),
        "sections[1].proposals[0].leadNations.actors[1]",
        "\"italy\" is not the id of any entry in actors",
    );
}

#[test]
fn values_in_messages_are_quoted_with_their_quotes_and_breaks_escaped() {
    assert_one_problem(
        parse_edited(|v| v["inLanguage"] = json!("en\" or \"fr")),
        "inLanguage",
        r#""en\" or \"fr" is not a BCP 47 language tag such as "en" or "fr-FR""#,
    );
    assert_one_problem(
        parse_edited(|v| v["datePublished"] = json!("2025-03-27\nlater")),
        "datePublished",
        r#""2025-03-27\nlater" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z"#,
    );
}
