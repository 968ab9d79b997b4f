//! The language files (`i18n/`): each holds what English holds, in the same shapes and with the
//! same placeholders, is read by the widget's decoder, and is matched to tags as src/start/boot.js
//! matches them.

#![cfg(feature = "ssr")]

use std::collections::BTreeSet;

use explainer::i18n::{self, LANGUAGE_FILES};
use serde_json::Value;

fn file(text: &str) -> serde_json::Map<String, Value> {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|value| value.as_object().cloned())
        .expect("a JSON object")
}

/// The `{name}` placeholders of every text under a value.
fn placeholders(value: &Value) -> BTreeSet<String> {
    match value {
        Value::String(text) => i18n::pieces(text)
            .into_iter()
            .filter_map(|piece| match piece {
                i18n::Piece::Slot(name) => Some(name.to_owned()),
                i18n::Piece::Text(_) => None,
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(placeholders).collect(),
        Value::Object(forms) => forms.values().flat_map(placeholders).collect(),
        _ => BTreeSet::new(),
    }
}

/// `i18n/en.json`, parsed: what every other file is held to.
fn english_file() -> serde_json::Map<String, Value> {
    let (_, text) = LANGUAGE_FILES
        .iter()
        .find(|(tag, _)| *tag == "en")
        .expect("en");
    file(text)
}

#[test]
fn every_language_file_has_exactly_the_keys_and_shapes_english_has() {
    let english = english_file();
    assert!(
        LANGUAGE_FILES.len() >= 34,
        "{} languages",
        LANGUAGE_FILES.len()
    );
    for (tag, text) in LANGUAGE_FILES {
        let own = file(text);
        let keys =
            |map: &serde_json::Map<String, Value>| map.keys().cloned().collect::<BTreeSet<_>>();
        let (mine, theirs) = (keys(&own), keys(&english));
        assert_eq!(
            mine.difference(&theirs).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "i18n/{tag}.json has keys English does not"
        );
        assert_eq!(
            theirs.difference(&mine).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "i18n/{tag}.json lacks keys English has"
        );
        for (key, value) in &english {
            let translated = &own[key];
            match (value, translated) {
                (Value::Array(a), Value::Array(b)) => assert_eq!(a.len(), b.len(), "{tag}: {key}"),
                (Value::Object(_), Value::Object(forms)) => {
                    assert!(
                        forms.contains_key("other"),
                        "{tag}: {key} has no \"other\" form"
                    );
                    for category in forms.keys() {
                        assert!(
                            i18n::Plural::CATEGORIES.contains(&category.as_str()),
                            "{tag}: {key}.{category} is not a plural category"
                        );
                    }
                }
                (Value::String(_), Value::String(_)) => {}
                _ => panic!("{tag}: {key} is not shaped as in en.json"),
            }
            // A translation fills the same blanks: none lost, none made up.
            if !matches!(key.as_str(), "date" | "time" | "date_time") {
                assert_eq!(
                    placeholders(translated),
                    placeholders(value),
                    "{tag}: {key}"
                );
            }
        }
        assert_eq!(
            own["lang"],
            Value::from(*tag),
            "i18n/{tag}.json names itself"
        );
        assert_eq!(own["dir"], Value::from(i18n::direction(tag)), "{tag}: dir");
        let strings = i18n::parse(text).unwrap_or_else(|err| panic!("{tag}: {err}"));
        assert_eq!(strings.lang(), *tag);
    }
}

#[test]
fn translations_leave_no_english_behind() {
    let english = english_file();
    for (tag, text) in LANGUAGE_FILES.iter().filter(|(tag, _)| *tag != "en") {
        let own = file(text);
        let same: Vec<&String> = english
            .iter()
            .filter(|(key, value)| {
                value.is_string()
                    && !value.as_str().unwrap_or_default().is_empty()
                    && !matches!(
                        key.as_str(),
                        "lang"
                            | "dir"
                            | "digits"
                            | "date"
                            | "time"
                            | "date_time"
                            | "list_separator"
                            | "status_badge"
                            | "hub_status"
                            | "change_moved"
                    )
                    && own[key.as_str()] == **value
            })
            .map(|(key, _)| key)
            .collect();
        // A word may be the same in both ("Status" in Danish, "Positions" in French), not more.
        assert!(
            same.len() <= 2,
            "i18n/{tag}.json keeps English for {same:?}"
        );
    }
}

#[test]
fn tags_match_languages_as_boot_js_matches_them() {
    let cases: Value =
        serde_json::from_str(include_str!("../e2e/fixtures/language-matching.json")).expect("JSON");
    for case in cases["cases"].as_array().expect("cases") {
        let (tag, expected) = (case[0].as_str().expect("a tag"), case[1].as_str());
        assert_eq!(i18n::matching_tag(tag), expected, "{tag}");
    }
}

#[test]
fn the_list_names_every_language_file_and_nothing_else() {
    let listed: Value = serde_json::from_str(i18n::LANGUAGE_LIST).expect("JSON");
    let listed: BTreeSet<String> = listed["languages"]
        .as_object()
        .expect("languages")
        .keys()
        .cloned()
        .collect();
    let files: BTreeSet<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n"))
        .expect("i18n/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .filter(|name| name != "languages")
        .collect();
    assert_eq!(listed, files);
}

#[test]
fn a_published_page_speaks_its_articles_language_or_english() {
    let (german, file) = i18n::for_content("de-AT");
    assert_eq!(german.lang(), "de");
    assert!(file.is_some_and(|text| text.contains("\"lang\": \"de\"")));
    let (unknown, file) = i18n::for_content("gd");
    assert_eq!((unknown.lang(), file), ("en", None));
    let (english, file) = i18n::for_content("en-GB");
    assert_eq!((english.lang(), file), ("en", None));
}

/// Every language file, read by the widget's decoder.
fn every_language() -> Vec<(&'static str, i18n::Strings)> {
    LANGUAGE_FILES
        .iter()
        .map(|(tag, text)| {
            let strings = i18n::parse(text).unwrap_or_else(|err| panic!("{tag}: {err}"));
            (*tag, strings)
        })
        .collect()
}

/// The status badge reads "{axis}: {value}": a value that is its axis's word, or holds it, says
/// the same word twice (Japanese "合意：合意").
#[test]
fn no_status_badge_repeats_its_axis() {
    let mut repeated = Vec::new();
    for (tag, strings) in every_language() {
        let axes = [
            (strings.lifecycle_axis(), strings.lifecycle()),
            (strings.compliance_axis(), strings.compliance()),
        ];
        for (axis, values) in axes {
            let axis_lower = axis.to_lowercase();
            for value in values {
                let value_lower = value.to_lowercase();
                if value_lower.contains(&axis_lower) || axis_lower.contains(&value_lower) {
                    repeated.push(format!("{tag}: \"{axis}: {value}\""));
                }
            }
        }
    }
    assert!(repeated.is_empty(), "{}", repeated.join("\n"));
}

/// The claimant is often a country, which Arabic and Hebrew make feminine (روسيا, רוסיה) and an
/// organisation masculine: a verb in the claim line agrees with one gender only, and reads wrong
/// for the other ("روسيا يتهم"). The line names the accusation instead.
#[test]
fn the_claim_line_has_no_verb_agreeing_with_the_claimant() {
    let verbs = [
        ("ar", ["يتهم", "تتهم", "اتهم", "اتهمت"]),
        ("he", ["מאשים", "מאשימה", "האשים", "האשימה"]),
    ];
    let languages = every_language();
    for (tag, forms) in verbs {
        let (_, strings) = languages
            .iter()
            .find(|(known, _)| *known == tag)
            .unwrap_or_else(|| panic!("{tag} is a language"));
        let claim = strings.claim();
        for form in forms {
            assert!(
                !claim.split_whitespace().any(|word| word == form),
                "{tag}: the claim line \"{claim}\" has the verb {form}"
            );
        }
    }
}

/// "Published {date}" reads before a date and before a date and time alike: the translation
/// places the date, with nothing doubled (Vietnamese "Đăng ngày lúc 09:05") and no space where
/// the language attaches it (Hebrew "פורסם ב־{date}").
#[test]
fn the_published_line_reads_before_a_date_and_a_time() {
    let mut problems = Vec::new();
    for (tag, strings) in every_language() {
        for template in [strings.published(), strings.updated()] {
            // The header cuts the line at its one `{date}` (src/view/header.rs).
            if template.matches("{date}").count() != 1 {
                problems.push(format!("{tag}: \"{template}\" must hold {{date}} once"));
            }
            for iso in ["2026-03-01", "2026-03-01T09:05:00Z"] {
                let date = explainer::i18n::dates::long_date(iso, &strings);
                let line = i18n::fill(template, &[("date", &date)]);
                if line.contains("  ") || line.trim() != line || !line.contains(&date) {
                    problems.push(format!("{tag}: \"{line}\" is not joined cleanly"));
                }
                if line.contains("־ ") {
                    problems.push(format!("{tag}: \"{line}\" has a space after the maqaf"));
                }
                if line.contains("ngày lúc") {
                    problems.push(format!("{tag}: \"{line}\" reads \"on the day at\""));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
