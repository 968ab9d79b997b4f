//! JSON written as ArchieML reads back as the same JSON: the bundled article, and generated
//! documents of texts (several lines, lines that look like keys, commands and scopes), lists and
//! objects.

use archieml::{from_json_text, parse, write, Value};
use proptest::prelude::*;

fn round_trip(json: &str) -> Result<(), String> {
    let value = from_json_text(json)?;
    let text = write(&value)?;
    let read = parse(&text).map_err(|err| format!("{err}\n{text}"))?;
    let expected: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    if read.to_json() != expected {
        return Err(format!("read back differently:\n{text}"));
    }
    Ok(())
}

#[test]
fn the_bundled_article_reads_back_from_archieml_as_itself() {
    let json = include_str!("../../articles/paris-summit.json");
    round_trip(json).unwrap_or_else(|err| panic!("{err}"));
}

#[test]
fn what_archieml_cannot_hold_is_named_with_its_path() {
    let refuse = |json: &str| write(&from_json_text(json).expect("JSON")).expect_err("refused");
    assert_eq!(
        refuse(r#"{"a": {"b": 3}}"#),
        "a.b: a number, true or false has no ArchieML form: write it as text"
    );
    assert_eq!(
        refuse(r#"{"a": [" x"]}"#),
        "a[0]: a text that starts or ends with white space has no ArchieML form"
    );
    assert_eq!(
        refuse(r#"{"a": [{"x": "1"}, {"y": "2"}]}"#),
        "a: its objects need one key they all have, to start each one"
    );
    assert_eq!(
        refuse(r#"{"a.b": "x"}"#),
        "a.b: the key \"a.b\" cannot be written in ArchieML"
    );
    assert_eq!(
        refuse(r#"{"a": [["x"]]}"#),
        "a: a list holds texts or objects, not both nor lists"
    );
    assert_eq!(refuse(r#"{"a": null}"#), "a: null has no ArchieML form");
}

fn text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "[a-z]{1,6}( [a-z]{1,6}){0,3}",
        prop::sample::select(vec![
            "key: value",
            ":end",
            ":ignore",
            ":skip",
            "* item",
            "[list]",
            "{object}",
            "[]",
            "{}",
            "\\ backslash",
            "\\:end",
            "  indented",
            "é 你好 🐶",
            "a: b: c",
            "\u{a0}x",
        ])
        .prop_map(str::to_owned),
    ];
    // A list's first text may not start with a colon (refused, tested above): none does here.
    prop::collection::vec(line, 1..4)
        .prop_map(|lines| lines.join("\n"))
        .prop_filter("trimmed", |text| {
            !text.starts_with(':')
                && text.trim_start_matches(|c: char| archieml_space(c)) == text
                && text.trim_end_matches(|c: char| archieml_space(c)) == text
        })
}

fn archieml_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn key() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "a", "b", "id", "type", "text", "x-1", "y_2", "é", "0", "10",
    ])
    .prop_map(str::to_owned)
}

/// A JSON value ArchieML can hold, as `serde_json` writes it.
fn document() -> impl Strategy<Value = serde_json::Value> {
    let leaf = text().prop_map(serde_json::Value::String);
    let tree = leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::btree_map(key(), inner.clone(), 0..4)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            prop::collection::vec(text().prop_map(serde_json::Value::String), 0..4)
                .prop_map(serde_json::Value::Array),
            // Objects of a list share their first key.
            prop::collection::vec(
                (text(), prop::collection::btree_map(key(), inner, 0..3)),
                1..4
            )
            .prop_map(|items| {
                serde_json::Value::Array(
                    items
                        .into_iter()
                        .map(|(id, mut rest)| {
                            rest.insert("id".into(), serde_json::Value::String(id));
                            serde_json::Value::Object(rest.into_iter().collect())
                        })
                        .collect(),
                )
            }),
        ]
    });
    prop::collection::btree_map(key(), tree, 0..5)
        .prop_map(|map| serde_json::Value::Object(map.into_iter().collect()))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: Some(Box::new(prop::test_runner::FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    })]

    #[test]
    fn json_written_as_archieml_reads_back_as_itself(json in document()) {
        let text = json.to_string();
        prop_assert_eq!(round_trip(&text), Ok(()));
    }
}

#[test]
fn a_value_has_its_place() {
    let read =
        parse("id: x\n\nheadline:\n[sections]\ntype: goals\n* not here\n[]\n").expect("reads");
    let places: Vec<(String, (usize, usize))> = read
        .places()
        .into_iter()
        .map(|(path, place)| (path, (place.line, place.column)))
        .collect();
    assert!(places.contains(&("id".into(), (1, 5))), "{places:?}");
    assert!(places.contains(&("headline".into(), (3, 10))), "{places:?}");
    assert!(places.contains(&("sections".into(), (4, 1))), "{places:?}");
    assert!(
        places.contains(&("sections[0].type".into(), (5, 7))),
        "{places:?}"
    );
    assert!(matches!(read, Value::Object(..)));
}
