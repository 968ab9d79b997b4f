//! Articles written in ArchieML: the Paris article's .aml reads as exactly its .json, an article
//! about other talks written by hand in ArchieML reads as its JSON and validates, every problem
//! of an .aml file is placed at its line there, and the official suite passes through
//! `explainer-validate --archieml`.

use std::path::{Path, PathBuf};
use std::process::Command;

use article::{read_aml, read_article_file, ArticleError};

fn here(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn json(path: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(here(path)).expect("readable")).expect("JSON")
}

fn validate(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_explainer-validate"))
        .args(args)
        .output()
        .expect("the validator runs");
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn the_paris_article_in_archieml_reads_as_exactly_its_json() {
    let text = std::fs::read_to_string(here("../articles/paris-summit.aml")).expect("the template");
    let aml = read_aml(&text).expect("ArchieML");
    let read: serde_json::Value = serde_json::from_str(&aml.json()).expect("JSON");
    assert_eq!(read, json("../articles/paris-summit.json"));
    aml.article().expect("valid");
}

#[test]
fn an_article_about_other_talks_written_in_archieml_reads_as_its_json_and_validates() {
    let path = here("tests/fixtures/river-talks.aml");
    let text = std::fs::read_to_string(&path).expect("readable");
    let file = read_article_file("river-talks.aml", &text).expect("valid");
    let read: serde_json::Value = serde_json::from_str(&file.json).expect("JSON");
    // Checked against the reference implementation when written: npm `archieml` reads the same.
    assert_eq!(read, json("tests/fixtures/river-talks.json"));
    assert_eq!(file.article.sections.len(), 3);
    let (code, stdout, _) = validate(&[path.to_str().expect("a path")]);
    assert_eq!(
        (
            code,
            stdout.ends_with("valid (3 sections, schemaVersion 1.0)\n")
        ),
        (0, true),
        "{stdout}"
    );
}

/// The river article with one line changed.
fn river_with(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(here("tests/fixtures/river-talks.aml")).expect("readable");
    assert!(text.contains(from), "{from:?}");
    text.replacen(from, to, 1)
}

/// The line (from 1) of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("there")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn every_problem_of_an_aml_article_is_placed_at_its_line_and_column_there() {
    // Rules broken: each problem on its own line, at its .aml line and column.
    let text = river_with(
        "headline: River talks end with a truce, not a treaty",
        "headline:",
    )
    .replacen("name: Lowland", "name:", 1);
    let (report, code) = read_article_file("broken.aml", &text).expect_err("refused");
    assert_eq!(code, 1);
    let headline = line_of(&text, "headline:");
    assert!(
        report.contains(&format!(
            "broken.aml:{headline}:10: headline: must not be empty"
        )),
        "{report}"
    );
    let name = line_of(&text, "name:\n");
    assert!(
        report.contains(&format!(
            "broken.aml:{name}:6: actors[1].name: must not be empty"
        )),
        "{report}"
    );
    // A value of the wrong shape: placed too.
    let text = river_with("status: agreed", "status: signed");
    let (report, code) = read_article_file("broken.aml", &text).expect_err("refused");
    assert_eq!(code, 1);
    let status = line_of(&text, "status: signed");
    assert!(
        report.starts_with(&format!("broken.aml:{status}:9: sections[1].agreements[0].lifecycle.status: unknown variant `signed`")),
        "{report}"
    );
}

#[test]
fn a_missing_key_is_placed_at_the_object_that_lacks_it_and_a_bad_date_at_its_value() {
    let text = river_with("id: days\n", "").replacen(
        "datePublished: 2025-05-14",
        "datePublished: 14/05/2025",
        1,
    );
    let aml = read_aml(&text).expect("ArchieML");
    let err = aml.article().expect_err("refused");
    let report = aml.report("x.aml", &err);
    match &err {
        ArticleError::Shape { path, line, .. } => {
            assert_eq!(path, "keyFigures[0]");
            assert_eq!(*line, line_of(&text, "value: 3"), "{report}");
        }
        other => panic!("a missing field is a shape error: {other:?}"),
    }
    let fixed = text.replacen("[keyFigures]\n", "[keyFigures]\nid: days\n", 1);
    let aml = read_aml(&fixed).expect("ArchieML");
    let report = aml.report("x.aml", &aml.article().expect_err("the date"));
    let date = line_of(&fixed, "datePublished:");
    assert!(
        report.contains(&format!("x.aml:{date}:16: datePublished:")),
        "{report}"
    );
}

#[test]
fn quotes_not_word_for_word_in_the_source_are_placed_in_the_aml_file() {
    let paris = here("../articles/paris-summit.aml");
    let text = std::fs::read_to_string(&paris).expect("readable");
    let changed = text.replacen(
        "text: Europe knows how to defend itself.",
        "text: Europe knows how to defend itself!",
        1,
    );
    let copy = std::env::temp_dir().join(format!("explainer-aml-{}.aml", std::process::id()));
    std::fs::write(&copy, &changed).expect("written");
    let source = here("../articles/paris-summit.source.txt");
    let (code, _, stderr) = validate(&[
        "--source",
        source.to_str().expect("path"),
        copy.to_str().expect("path"),
    ]);
    let line = line_of(&changed, "text: Europe knows how to defend itself!");
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!(".aml:{line}:7: quotes[0].text:")),
        "{stderr}"
    );
    let (code, _, _) = validate(&[
        "--source",
        source.to_str().expect("path"),
        paris.to_str().expect("path"),
    ]);
    assert_eq!(code, 0);
    let _ = std::fs::remove_file(copy);
}

#[test]
fn the_json_an_aml_article_reads_as_is_printed_and_what_is_not_archieml_is_placed() {
    let (code, stdout, _) = validate(&[
        "--json",
        here("../articles/paris-summit.aml").to_str().expect("path"),
    ]);
    assert_eq!(code, 0);
    let printed: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(printed, json("../articles/paris-summit.json"));
    let broken =
        std::env::temp_dir().join(format!("explainer-aml-broken-{}.aml", std::process::id()));
    std::fs::write(&broken, "id: x\nheadline: text\n{headline.inner}\n").expect("written");
    let (code, _, stderr) = validate(&[broken.to_str().expect("path")]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(".aml:3:1: not ArchieML: \"inner\" cannot go into a value that is text"),
        "{stderr}"
    );
    let _ = std::fs::remove_file(broken);
}

#[test]
fn the_official_suite_passes_through_the_validator() {
    let suite = here("../archieml/tests/official-1.0");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&suite)
        .expect("archieml/tests/official-1.0 (the suite, in the repository)")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "aml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 181);
    let mut passed = 0;
    for file in &files {
        let (code, stdout, stderr) = validate(&["--archieml", file.to_str().expect("path")]);
        assert_eq!(code, 0, "{}: {stderr}", file.display());
        let mut read: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&stdout).expect("JSON");
        let expected = read
            .remove("result")
            .and_then(|r| r.as_str().map(str::to_owned))
            .expect("result");
        read.remove("test");
        let expected: serde_json::Value =
            serde_json::from_str(&expected).expect("the result is JSON");
        assert_eq!(
            serde_json::Value::Object(read),
            expected,
            "{}",
            file.display()
        );
        passed += 1;
    }
    println!(
        "the official ArchieML suite: {passed} of {} passed through explainer-validate --archieml",
        files.len()
    );
}
