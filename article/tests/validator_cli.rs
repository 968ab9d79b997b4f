//! The editors' validator: messages with paths, and exit codes 0 / 1 / 2.

use std::io::Write;
use std::process::{Command, Stdio};

fn validate(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_explainer-validate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("validator starts");
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        input.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("validator finishes");
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

const ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../articles/paris-summit.json");

#[test]
fn a_valid_file_exits_0() {
    let (code, stdout, _) = validate(&[ARTICLE], None);
    assert_eq!(code, 0);
    assert!(
        stdout.ends_with("paris-summit.json: valid (6 sections, schemaVersion 1.0)\n"),
        "{stdout}"
    );
}

#[test]
fn an_invalid_document_exits_1_listing_every_problem() {
    let text = r#"{"schemaVersion": "1.0", "id": "Bad Id", "headline": "", "datePublished": "27/03/2025"}"#;
    let (code, _, stderr) = validate(&["-"], Some(text));
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "<stdin>: 3 problem(s)\n  id: id \"Bad Id\" must be 1 to 64 lowercase letters, digits or hyphens, starting with a letter or digit\n  headline: must not be empty\n  datePublished: \"27/03/2025\" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z\n"
    );
}

#[test]
fn a_type_error_exits_1_with_line_column_and_path() {
    let (code, _, stderr) = validate(
        &["-"],
        Some("{\n  \"schemaVersion\": \"1.0\",\n  \"sections\": 3,\n  \"id\": \"a\", \"headline\": \"H\", \"datePublished\": \"2025-03-27\"\n}"),
    );
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "<stdin>:3:15: sections: invalid type: integer `3`, expected a sequence\n"
    );
}

#[test]
fn text_that_is_not_json_exits_2() {
    let (code, _, stderr) = validate(&["-"], Some("<html>"));
    assert_eq!(code, 2);
    assert_eq!(stderr, "<stdin>:1:1: not JSON: expected value\n");
}

#[test]
fn a_missing_file_exits_2() {
    let (code, _, stderr) = validate(&["/no/such/article.json"], None);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("/no/such/article.json: cannot read:"),
        "{stderr}"
    );
}

#[test]
fn help_prints_usage_and_exits_2() {
    for flag in ["-h", "--help"] {
        let (code, _, stderr) = validate(&[flag], None);
        assert_eq!(code, 2, "{flag}");
        assert!(stderr.starts_with("usage: explainer-validate"), "{stderr}");
    }
}

#[test]
fn no_arguments_print_usage_and_exit_2() {
    let (code, _, stderr) = validate(&[], None);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("usage: explainer-validate"), "{stderr}");
}

const SOURCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../articles/paris-summit.source.txt"
);

#[test]
fn with_source_every_quote_and_evidence_must_be_verbatim() {
    let (code, stdout, _) = validate(&["--source", SOURCE, ARTICLE], None);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("every quote and evidence verbatim in"),
        "{stdout}"
    );

    // A straight quote for a curly one, in an evidence string.
    let article = std::fs::read_to_string(ARTICLE).expect("article");
    let curly = "forming a “Coalition of the Willing.”";
    assert_eq!(
        article.matches(curly).count(),
        1,
        "the evidence to straighten"
    );
    let changed = article.replace(curly, r#"forming a \"Coalition of the Willing.\""#);
    let (code, _, stderr) = validate(&["--source", SOURCE, "-"], Some(&changed));
    assert_eq!(code, 1, "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with("<stdin>: 1 of its quotes and evidence are not word for word in "),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with("- ") && lines[1].contains("\\\""),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with("  nearest passage: ") && lines[2].contains('“'),
        "{stderr}"
    );
}

#[test]
fn a_missing_source_or_no_file_after_source_exits_2() {
    let (code, _, stderr) = validate(&["--source", "/no/such/source.txt", ARTICLE], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read the source text"), "{stderr}");
    let (code, _, stderr) = validate(&["--source"], None);
    assert_eq!(code, 2, "{stderr}");
}
