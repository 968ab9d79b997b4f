//! From the language files in `i18n/`: English as a Rust value (`i18n::english`, compiled into
//! the wasm with no parsing at start), and for native builds the list of every file
//! (`i18n::LANGUAGE_FILES`), so that adding a language is its file and its line in
//! `i18n/languages.json`.

use std::{env, fmt::Write, fs, path::Path};

use serde_json::Value;

/// Keys of a language file that only the page's scripts read (the trap notice, the noscript
/// line, the section links, live updates, what changed since a visit) or only the publisher's feeds and hub
/// (which read the file itself): not fields of `i18n::Strings`.
const FOR_SCRIPTS: &[&str] = &[
    "stopped_before",
    "stopped_after",
    "reload",
    "noscript",
    "link_to_section",
    "link_copied",
    "live_updated",
    "live_failing",
    "live_pause",
    "live_resume",
    "live_changed",
    "since_title",
    "since_dismiss",
    "change_new",
    "change_gone",
    "change_edited",
    "change_moved",
    "change_note",
    "change_first",
    "hub_title",
    "hub_changed",
    "hub_status",
    "hub_feeds",
];
/// CLDR's plural categories, in the order of `i18n::Plural::CATEGORIES`.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    let read = |path: &str| -> Value {
        let text = fs::read_to_string(path).unwrap_or_else(|err| panic!("{path}: {err}"));
        serde_json::from_str(&text).unwrap_or_else(|err| panic!("{path}: {err}"))
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets it")).to_owned();

    let list = read("i18n/languages.json");
    let languages = list["languages"]
        .as_object()
        .expect("i18n/languages.json has a \"languages\" object");
    let folder = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("i18n");
    let mut files = String::from("&[\n");
    for tag in languages.keys() {
        let path = folder.join(format!("{tag}.json"));
        assert!(
            path.exists(),
            "i18n/languages.json lists {tag}, but {path:?} is missing"
        );
        writeln!(files, "    ({tag:?}, include_str!({path:?})),").expect("a String");
    }
    files.push(']');
    fs::write(out.join("language_files.rs"), files).expect("OUT_DIR is writable");

    // English as constants named after its keys; `i18n::interface_strings!` puts them together.
    let english = read("i18n/en.json");
    let mut value = String::from("#[allow(non_upper_case_globals)]\nmod english {\n");
    for (key, entry) in english.as_object().expect("i18n/en.json is an object") {
        if FOR_SCRIPTS.contains(&key.as_str()) {
            continue;
        }
        let text = |value: &Value| format!("{:?}", value.as_str().expect("text"));
        let (kind, written) = match entry {
            Value::String(_) => ("&str".to_owned(), text(entry)),
            Value::Array(items) => (
                format!("[&str; {}]", items.len()),
                format!(
                    "[{}]",
                    items.iter().map(text).collect::<Vec<_>>().join(", ")
                ),
            ),
            Value::Object(forms) => (
                format!("[&str; {}]", CATEGORIES.len()),
                format!(
                    "[{}]",
                    CATEGORIES
                        .iter()
                        .map(|category| forms.get(*category).map_or("\"\"".to_owned(), text))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            _ => panic!("i18n/en.json: {key} is neither text, a list nor plural forms"),
        };
        writeln!(value, "    pub const {key}: {kind} = {written};").expect("a String");
    }
    value.push_str("}\n");
    fs::write(out.join("english.rs"), value).expect("OUT_DIR is writable");
}
