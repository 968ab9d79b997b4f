//! Shared by the property tests: the bundled article and a strategy for JSON values.
#![allow(dead_code)] // each test file uses its own part

use proptest::prelude::*;

pub const ARTICLE: &str = include_str!("../../../articles/paris-summit.json");

/// How many cases a property test runs: `default`, or `PROPTEST_CASES` when set (`make mutants`
/// runs fewer per mutant).
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(default)
}

/// JSON-shaped values of any nesting, with keys the format uses so the typed pass goes deep.
pub fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let key = prop_oneof![
        Just("schemaVersion".to_owned()),
        Just("id".to_owned()),
        Just("headline".to_owned()),
        Just("datePublished".to_owned()),
        Just("sections".to_owned()),
        Just("type".to_owned()),
        Just("agreements".to_owned()),
        Just("lifecycle".to_owned()),
        Just("url".to_owned()),
        Just("description".to_owned()),
        Just("inLanguage".to_owned()),
        Just("summary".to_owned()),
        Just("goals".to_owned()),
        Just("text".to_owned()),
        Just("evidence".to_owned()),
        Just("status".to_owned()),
        Just("asOf".to_owned()),
        Just("name".to_owned()),
        "[a-zA-Z]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        ".{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::json!("1.0")),
        Just(serde_json::json!("2025-03-27")),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

/// How many places [`article_with`] can edit.
pub const PLACES: usize = 14;

/// The bundled article with the value at one of [`PLACES`] places (required, defaulted,
/// optional and list fields, from the top down to a status) replaced by `value`.
pub fn article_with(place: usize, value: serde_json::Value) -> serde_json::Value {
    let mut article: serde_json::Value =
        serde_json::from_str(ARTICLE).expect("bundled article is JSON");
    let slot = match place {
        0 => &mut article["headline"],
        1 => &mut article["sections"][2]["agreements"][0]["lifecycle"],
        2 => &mut article["sections"][1]["proposals"][0]["leadNations"],
        3 => &mut article["quotes"][3],
        4 => &mut article["keyFigures"][2],
        5 => &mut article["sections"][3]["events"][0],
        6 => &mut article["about"],
        7 => &mut article["sections"][5]["citations"],
        8 => &mut article["description"],
        9 => &mut article["sections"][0]["summary"],
        10 => &mut article["inLanguage"],
        11 => &mut article["sections"][0]["goals"],
        12 => &mut article["dateModified"],
        _ => &mut article["sections"][2]["agreements"][0]["compliance"]["status"],
    };
    *slot = value;
    article
}
