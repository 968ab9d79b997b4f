//! A differential property test: on generated documents, this parser reads the same JSON as the
//! reference implementation (the npm package `archieml` 0.5.0, run by `tests/reference.mjs`), and
//! fails where it throws. Documents are built from the lines ArchieML gives meaning to, with
//! the keys, values, white space and line ends that make them differ.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;

use proptest::prelude::*;

/// The reference, started once for all cases.
struct Reference {
    _child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

static REFERENCE: Mutex<Option<Reference>> = Mutex::new(None);

/// What the reference reads: `Ok(JSON)` or `Err(what it threw)`; `None` when its answer holds a
/// lone surrogate (it cut a character in two), which no Rust string can hold.
fn reference(text: &str) -> Option<Result<serde_json::Value, String>> {
    let mut guard = REFERENCE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let reference = guard.get_or_insert_with(|| {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference.mjs");
        let mut child = Command::new("node")
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs tests/reference.mjs (make test installs e2e/node_modules/archieml)");
        let input = child.stdin.take().expect("stdin");
        let output = BufReader::new(child.stdout.take().expect("stdout"));
        Reference {
            _child: child,
            input,
            output,
        }
    });
    let line = serde_json::to_string(text).expect("a string");
    writeln!(reference.input, "{line}").expect("the reference takes input");
    let mut answer = String::new();
    reference
        .output
        .read_line(&mut answer)
        .expect("the reference answers");
    assert!(
        !answer.is_empty(),
        "the reference stopped; is e2e/node_modules/archieml installed?"
    );
    let answer: serde_json::Value = serde_json::from_str(&answer).ok()?;
    Some(match answer.get("ok") {
        Some(read) => Ok(read.clone()),
        None => Err(answer["error"].as_str().unwrap_or_default().to_owned()),
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "a", "b", "c", "a.b", "b.c", "a.b.c", "x.0", "0", "1", "2", "10", "é", "你好", "🐶",
            "k-1", "k_2", "type", "value", "text", "A", "a..b", ".a", "a.", "+a", ".+a",
        ])
        .prop_map(str::to_owned),
        "[a-c0-2.]{1,4}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,8}",
        prop::sample::select(vec![
            "",
            " ",
            "value",
            "  spaced  ",
            "tab\there",
            "a: b",
            "* star",
            "[a]",
            "{b}",
            "\\:end",
            "\\\\x",
            "\u{a0}nbsp\u{a0}",
            "\u{1680}",
            "\u{200b}",
            "é 你 🐶",
            ":end",
            "[[note]]",
        ])
        .prop_map(str::to_owned),
    ]
}

fn line() -> impl Strategy<Value = String> {
    let space = prop::sample::select(vec!["", " ", "  ", "\t", "\u{a0}", "\u{1680}"]);
    prop_oneof![
        4 => (space.clone(), key(), space.clone(), value()).prop_map(|(s, k, t, v)| format!("{s}{k}{t}:{t}{v}")),
        3 => (space.clone(), value()).prop_map(|(s, v)| format!("{s}*{v}")),
        3 => (prop::sample::select(vec!["[", "{"]), prop::sample::select(vec!["", ".", "+", ".+", "+."]), key(),
              prop::sample::select(vec!["]", "}"]), prop::sample::select(vec!["", " trailing", "x"]))
            .prop_map(|(open, flags, k, close, tail)| format!("{open}{flags}{k}{close}{tail}")),
        2 => prop::sample::select(vec!["[]", "{}", "[ ]", " {} "]).prop_map(str::to_owned),
        3 => prop::sample::select(vec![
            ":end", ":END", " :end ", ":endx", ":ignore", ":skip", ":endskip", ":SKIP", ":endskipped",
            "\\:end", ":notacommand", ":",
        ]).prop_map(str::to_owned),
        3 => value(),
    ]
}

fn document() -> impl Strategy<Value = String> {
    let end = prop::sample::select(vec!["\n", "\n", "\n", "\r\n", "\r", "\n\n", "\u{2028}"]);
    prop::collection::vec((line(), end), 0..24).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(line, end)| format!("{line}{end}"))
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        failure_persistence: Some(Box::new(prop::test_runner::FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    })]

    #[test]
    fn reads_what_the_reference_reads(text in document()) {
        let ours = archieml::parse(&text);
        match reference(&text) {
            None => {}
            Some(Ok(expected)) => {
                let ours = ours.map(|value| value.to_json());
                prop_assert_eq!(ours, Ok(expected), "{:?}", text);
            }
            Some(Err(thrown)) => prop_assert!(ours.is_err(), "the reference threw {} on {:?}", thrown, text),
        }
    }

    #[test]
    fn never_panics_on_any_text(text in "(?s).{0,300}") {
        let _ = archieml::parse(&text);
    }
}
