//! The hand-written decoder (`decode.rs`) against serde's derived one, the format's reference
//! (the JSON Schema comes from the same derives), and error positions against the text.

mod common;

use article::{decode_article, parse_article, position_of, Article, ArticleError};
use common::{article_with, json_value, PLACES};
use proptest::prelude::*;

/// Whatever the decoder accepts, serde reads the same; whatever serde refuses, it refuses.
/// (serde also takes an array for an object and `{"agreed": null}` for a status, which the
/// format does not allow; the decoder refuses those.)
fn agrees_with_serde(value: &serde_json::Value) -> Result<(), TestCaseError> {
    let ours = decode_article(&value);
    let reference = serde_json::from_value::<Article>(value.clone());
    match (&ours, &reference) {
        (Ok(ours), Ok(reference)) => prop_assert_eq!(ours, reference),
        (Ok(_), Err(err)) => prop_assert!(false, "the decoder accepted what serde refuses: {err}"),
        (Err(_), _) => {}
    }
    Ok(())
}

/// `sections[2].goals[0]` → `/sections/2/goals/0`.
fn pointer(path: &str) -> String {
    if path == "." {
        return String::new();
    }
    path.replace('[', ".")
        .replace(']', "")
        .split('.')
        .map(|part| format!("/{part}"))
        .collect()
}

/// The value that starts at a line and column of `text`.
fn value_at(text: &str, line: usize, column: usize) -> Option<serde_json::Value> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let offset = line_start
        + text[line_start..]
            .chars()
            .take(column - 1)
            .map(char::len_utf8)
            .sum::<usize>();
    serde_json::Deserializer::from_str(&text[offset..])
        .into_iter()
        .next()?
        .ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn decoder_agrees_with_serde_on_edited_articles(place in 0..PLACES, value in json_value()) {
        agrees_with_serde(&article_with(place, value))?;
    }

    #[test]
    fn decoder_agrees_with_serde_on_arbitrary_documents(value in json_value()) {
        agrees_with_serde(&value)?;
    }

    #[test]
    fn shape_errors_point_at_the_value_they_name(place in 0..PLACES, value in json_value(), pretty in any::<bool>()) {
        let article = article_with(place, value);
        let text = if pretty { serde_json::to_string_pretty(&article) } else { serde_json::to_string(&article) };
        let text = text.expect("serialises");
        if let Err(ArticleError::Shape { path, line, column, .. }) = parse_article(&text) {
            prop_assert_eq!((line, column), position_of(&text, &path));
            let named = article.pointer(&pointer(&path));
            prop_assert!(named.is_some(), "{} names nothing", path);
            // Through text both, as serde_json reads floats back a last digit off.
            let named: Option<serde_json::Value> = named.and_then(|v| serde_json::from_str(&v.to_string()).ok());
            let found = value_at(&text, line, column);
            prop_assert_eq!(found, named, "at {}:{} for {}", line, column, path);
        }
    }
}

#[test]
fn the_bundled_article_reads_the_same_both_ways() {
    let value: serde_json::Value =
        serde_json::from_str(common::ARTICLE).expect("bundled article is JSON");
    assert_eq!(
        decode_article(&&value).ok(),
        serde_json::from_value::<Article>(value).ok()
    );
    assert!(parse_article(common::ARTICLE).is_ok());
}
