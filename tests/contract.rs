//! The names and limits the wasm shares with the browser scripts have one home, src/contract.rs:
//! each script that uses one declares it as `const NAME = value;` (`var` in the ES5 embed.js)
//! under the same name, and this test reads both sides and fails on any difference. A shared
//! name's value written anywhere else in a script is a second home, and fails too. What the
//! scripts select on in the widget's HTML (its state, the section buttons, and the classes
//! host/live.js finds the parts of an update by) is held to the HTML the views render.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use explainer::contract::*;

/// A contract value as the scripts write it.
#[derive(Debug, PartialEq)]
enum Value {
    Text(String),
    Number(u64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_owned())
    }
}

fn number(value: impl TryInto<u64>) -> Value {
    Value::Number(
        value
            .try_into()
            .unwrap_or_else(|_| panic!("a contract number is positive")),
    )
}

/// Which script uses which shared name, and its value on the Rust side.
fn contracts() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "host/boot.js",
            "EARLY_ARTICLE_GLOBAL",
            EARLY_ARTICLE_GLOBAL.into(),
        ),
        ("host/boot.js", "LANGUAGE_GLOBAL", LANGUAGE_GLOBAL.into()),
        (
            "host/boot.js",
            "LIVE_MODULE_GLOBAL",
            LIVE_MODULE_GLOBAL.into(),
        ),
        ("host/boot.js", "ROOT_ID", ROOT_ID.into()),
        (
            "host/boot.js",
            "HYDRATED_ATTRIBUTE",
            HYDRATED_ATTRIBUTE.into(),
        ),
        ("host/boot.js", "OPEN_ATTRIBUTE", OPEN_ATTRIBUTE.into()),
        (
            "host/live.js",
            "MAX_ARTICLE_BYTES",
            number(MAX_ARTICLE_BYTES),
        ),
        ("host/live.js", "FETCH_TIMEOUT_MS", number(FETCH_TIMEOUT_MS)),
        ("host/stopped.js", "STRINGS_ID", STRINGS_ID.into()),
        ("host/stopped.js", "LANGUAGE_GLOBAL", LANGUAGE_GLOBAL.into()),
        ("host/stopped.js", "STATE_ATTRIBUTE", STATE_ATTRIBUTE.into()),
        (
            "host/embed.js",
            "HEIGHT_MESSAGE_TYPE",
            HEIGHT_MESSAGE_TYPE.into(),
        ),
        (
            "editor/page/editor.js",
            "MAX_ARTICLE_BYTES",
            number(MAX_ARTICLE_BYTES),
        ),
        (
            "editor/page/editor.js",
            "FETCH_TIMEOUT_MS",
            number(FETCH_TIMEOUT_MS),
        ),
        (
            "editor/page/editor.js",
            "SECTION_BUTTON_SUFFIX",
            SECTION_BUTTON_SUFFIX.into(),
        ),
    ]
}

/// The value `name` is declared with in `script`, read as the scripts write values: a quoted
/// string, or a product of whole numbers (`2 * 1024 * 1024`, `10_000`).
fn declared(script: &str, name: &str) -> Option<Value> {
    script.lines().find_map(|line| {
        let line = line.trim_start();
        let rest = ["const ", "var "]
            .iter()
            .find_map(|keyword| line.strip_prefix(keyword))?;
        let value = rest.strip_prefix(name)?.trim_start().strip_prefix('=')?;
        let value = value.trim().strip_suffix(';')?.trim();
        if let Some(text) = value
            .strip_prefix('\'')
            .and_then(|v| v.strip_suffix('\''))
            .or_else(|| value.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
        {
            return Some(Value::Text(text.to_owned()));
        }
        value
            .split('*')
            .map(|factor| factor.trim().replace('_', "").parse::<u64>().ok())
            .product::<Option<u64>>()
            .map(Value::Number)
    })
}

/// The bundled Paris article as the views render it (the publisher's prerender, in English).
fn rendered_paris() -> String {
    let json = read("articles/paris-summit.json");
    let article = article::parse_article(&json).unwrap_or_else(|err| panic!("{err}"));
    explainer::publish::prerender(article, explainer::i18n::english())
}

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|err| panic!("{}: {err}", full.display()))
}

#[test]
fn every_script_declares_the_shared_names_and_limits_as_src_contract_rs_does() {
    let mut differences = Vec::new();
    for (path, name, value) in contracts() {
        let script = read(path);
        match declared(&script, name) {
            Some(found) if found == value => {}
            Some(found) => differences.push(format!(
                "{path}: {name} is {found:?}; src/contract.rs says {value:?}"
            )),
            None => differences.push(format!(
                "{path}: no `const {name} = …;` (src/contract.rs: {value:?})"
            )),
        }
        if let Value::Text(text) = &value {
            let written = ['\'', '"']
                .iter()
                .map(|quote| script.matches(&format!("{quote}{text}{quote}")).count())
                .sum::<usize>();
            if written != 1 {
                differences.push(format!(
                    "{path}: '{text}' is written {written} times; write it once, as {name}, and use the name"
                ));
            }
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

#[test]
fn the_declaration_reader_reads_what_the_scripts_write_and_nothing_else() {
    let script = "const A = 'x';\n  var B = \"y\";\nconst C = 2 * 1024 * 1024;\nconst D = 10_000;\nconst AB = 1;\n// const E = 3;";
    assert_eq!(declared(script, "A"), Some(Value::Text("x".into())));
    assert_eq!(declared(script, "B"), Some(Value::Text("y".into())));
    assert_eq!(declared(script, "C"), Some(Value::Number(2_097_152)));
    assert_eq!(declared(script, "D"), Some(Value::Number(10_000)));
    assert_eq!(declared(script, "AB"), Some(Value::Number(1)));
    assert_eq!(declared(script, "E"), None);
}

/// The hooks the scripts select on are in the HTML the views render, under the same names:
/// the state, and the section buttons' `aria-controls`, which boot.js answers early.
#[test]
fn the_views_render_the_hooks_the_scripts_select_on() {
    let html = rendered_paris();
    let mut missing = Vec::new();
    for hook in [
        format!("{STATE_ATTRIBUTE}=\"ready\""),
        "aria-controls=".to_owned(),
    ] {
        if !html.contains(&hook) {
            missing.push(hook);
        }
    }
    assert!(
        missing.is_empty(),
        "not in the rendered explainer: {missing:?}"
    );
}

/// Every class host/live.js selects on is one the views render: a class renamed for styling
/// fails here, not in a reader's live update. live.js keeps its selectors in `PARTS` and
/// `SELECTORS`, and selects on no literal elsewhere.
#[test]
fn every_class_live_js_selects_on_is_rendered() {
    let html = rendered_paris();
    let rendered: BTreeSet<&str> = html
        .split("class=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .flat_map(str::split_whitespace)
        .collect();
    let script = read("host/live.js");
    let start = script
        .find("const PARTS = ")
        .unwrap_or_else(|| panic!("live.js has no PARTS"));
    let end = start
        + script[start..]
            .find("\n};")
            .unwrap_or_else(|| panic!("live.js has no SELECTORS after PARTS"));
    // The quoted selectors only: the comments beside them name files (`contract.rs`).
    let quoted: String = script[start..end]
        .split('\'')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ");
    let selected = classes_in(&quoted);
    assert!(
        selected.len() >= 12,
        "the classes live.js selects on: {selected:?}"
    );
    let missing: Vec<&String> = selected
        .iter()
        .filter(|class| !rendered.contains(class.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "host/live.js selects on classes the views do not render: {missing:?}"
    );
    for call in [
        "querySelector('",
        "querySelectorAll('",
        "matches('",
        "closest('",
    ] {
        assert!(
            !script.contains(call),
            "host/live.js selects with a literal ({call}…); name it in SELECTORS"
        );
    }
}

/// The class names (`.name`) in a piece of script.
fn classes_in(text: &str) -> BTreeSet<String> {
    text.split('.')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_lowercase()))
        .collect()
}
