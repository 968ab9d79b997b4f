//! `explainer-draft` as a newsroom runs it: the draft on stdout, and exit 2 with a message that
//! says what is wrong for unreadable, empty, binary or oversized input.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_explainer-draft"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_paris_draft_has_every_quote_with_its_speaker_and_nearly_30_countries() {
    let source = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../articles/paris-summit.source.txt"
    );
    let (code, json, _) = run(&[source, "--published", "2025-03-27"]);
    assert_eq!(code, 0);
    let draft: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let actors = draft["actors"].as_array().expect("actors");
    let name = |id: &str| {
        actors
            .iter()
            .find(|a| a["id"] == id)
            .map(|a| a["name"].clone())
    };
    let quotes = draft["quotes"].as_array().expect("quotes");
    // Zelenskyy's quote and Macron's five (one a phrase quoted in a sentence of reported speech).
    assert_eq!(quotes.len(), 6, "{json}");
    for quote in quotes {
        let speaker = name(quote["creator"].as_str().unwrap_or_default());
        assert!(
            speaker == Some("Volodymyr Zelenskyy".into())
                || speaker == Some("Emmanuel Macron".into()),
            "{quote}"
        );
    }
    assert!(draft["keyFigures"]
        .as_array()
        .expect("figures")
        .iter()
        .any(|f| f["qualifier"] == "nearly" && f["value"] == "30" && f["label"] == "countries"));
    // Held to its source by the content model's own command.
    let (code, aml, _) = run(&[source, "--published", "2025-03-27", "--aml"]);
    assert_eq!(code, 0);
    assert!(aml.contains("schemaVersion: 1.0"), "{aml}");
}

#[test]
fn bad_input_ends_with_a_clear_message_and_exit_2() {
    let dir = std::env::temp_dir().join(format!("explainer-draft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp");
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    std::fs::write(path("empty.txt"), "  \n\n").expect("write");
    std::fs::write(path("binary.txt"), [0x89, b'P', b'N', b'G', 0, 0, 1]).expect("write");
    std::fs::write(path("latin1.txt"), [b'c', b'a', b'f', 0xe9]).expect("write");
    std::fs::write(path("big.txt"), "word ".repeat(500_000)).expect("write");
    std::fs::write(path("ok.txt"), "Talks began.\n").expect("write");
    for (args, message) in [
        (vec![path("empty.txt")], "the source text is empty"),
        (vec![path("binary.txt")], "the source is not text"),
        (vec![path("latin1.txt")], "the source is not text"),
        (vec![path("big.txt")], "over 2 MB"),
        (vec![path("missing.txt")], "cannot read"),
        (
            vec![path("ok.txt"), "--published".into(), "27/03/2025".into()],
            "is not a date",
        ),
        (
            vec![path("ok.txt"), "--language".into(), "xx".into()],
            "no drafting words for the language \"xx\"",
        ),
        (
            vec![path("ok.txt"), "--nope".into()],
            "unknown option --nope",
        ),
        (vec![], "usage: explainer-draft"),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: nothing on stdout");
        assert!(err.contains(message), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
