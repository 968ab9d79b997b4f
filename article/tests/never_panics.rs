//! Property tests: whatever text arrives, parsing and validation return a value, never panic.

use article::parse_article;
use proptest::prelude::*;

mod common;

use common::{json_value, ARTICLE};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(512)))]

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
        // Cutting only the final newline leaves the whole document, which must still parse.
        let whole = ARTICLE[cut..].trim().is_empty();
        prop_assert_eq!(parse_article(&ARTICLE[..cut]).is_ok(), whole, "cut at {}", cut);
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
