//! Property tests: whatever text arrives, parsing and validation return a value, never panic.

use article::parse_article;
use proptest::prelude::*;

const ARTICLE: &str = include_str!("../../articles/paris-summit.json");

/// JSON-shaped values of any nesting, with keys the format uses so the typed pass goes deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = parse_article(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        let _ = parse_article(&value.to_string());
    }

    #[test]
    fn truncated_article_never_panics(cut in 0..ARTICLE.len()) {
        let cut = (0..=cut).rev().find(|&i| ARTICLE.is_char_boundary(i)).unwrap_or(0);
        prop_assert!(parse_article(&ARTICLE[..cut]).is_err() || cut == ARTICLE.len());
    }

    #[test]
    fn corrupted_article_never_panics(at in 0..ARTICLE.len(), replacement in any::<char>()) {
        let mut text: Vec<char> = ARTICLE.chars().collect();
        let at = at % text.len();
        text[at] = replacement;
        let _ = parse_article(&text.into_iter().collect::<String>());
    }

    #[test]
    fn arbitrary_field_values_never_panic(path in 0usize..8, value in json_value()) {
        let mut article: serde_json::Value = serde_json::from_str(ARTICLE).expect("bundled article is JSON");
        let slot = match path {
            0 => &mut article["headline"],
            1 => &mut article["sections"][2]["agreements"][0]["lifecycle"],
            2 => &mut article["sections"][1]["proposals"][0],
            3 => &mut article["quotes"][0],
            4 => &mut article["keyFigures"],
            5 => &mut article["sections"][3]["events"][0]["date"],
            6 => &mut article["dateModified"],
            _ => &mut article["sections"][5]["citations"][0]["url"],
        };
        *slot = value;
        let _ = parse_article(&article.to_string());
    }
}

/// The path `locate::error_path` recovers from the error position, next to serde_path_to_error's.
fn both_paths(text: &str) -> Option<(String, String)> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let err = serde_path_to_error::deserialize::<_, article::Article>(&mut deserializer).err()?;
    let inner = err.inner();
    if !inner.is_data() {
        return None;
    }
    Some((article::error_path(text, inner), err.path().to_string()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn recovered_paths_match_serde_path_to_error(path in 0usize..8, value in json_value(), pretty in any::<bool>()) {
        let mut article: serde_json::Value = serde_json::from_str(ARTICLE).expect("bundled article is JSON");
        let slot = match path {
            0 => &mut article["headline"],
            1 => &mut article["sections"][2]["agreements"][1]["lifecycle"],
            2 => &mut article["sections"][1]["proposals"][0]["leadNations"],
            3 => &mut article["quotes"][3],
            4 => &mut article["keyFigures"][2],
            5 => &mut article["sections"][3]["events"][0],
            6 => &mut article["about"],
            _ => &mut article["sections"][5]["citations"],
        };
        *slot = value;
        let text = if pretty { serde_json::to_string_pretty(&article) } else { serde_json::to_string(&article) };
        let text = text.expect("serialises");
        if let Some((recovered, reference)) = both_paths(&text) {
            prop_assert_eq!(recovered, reference);
        }
    }

    #[test]
    fn recovered_paths_match_for_arbitrary_documents(value in json_value()) {
        if let Some((recovered, reference)) = both_paths(&value.to_string()) {
            prop_assert_eq!(recovered, reference);
        }
    }
}
