//! The hand-written decoder (`decode.rs`) against serde's derived one, the format's reference
//! (the JSON Schema comes from the same derives), and error positions against the text.

mod common;

use std::cell::Cell;

use article::{decode_article, parse_article, position_of, Article, ArticleError};
use common::{article_with, json_value, PLACES};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

/// How one document fared with both decoders, when they agree.
#[derive(Debug, PartialEq)]
enum Agreed {
    BothRead,
    BothRefused,
}

/// Both directions: what the decoder reads, serde reads the same; what serde reads, the
/// decoder reads too, except where it is meant to be stricter ([`serde_only_spelling`]).
fn compare(value: &Value) -> Result<Agreed, TestCaseError> {
    let ours = decode_article(&value);
    let reference = serde_json::from_value::<Article>(value.clone());
    match (ours, reference) {
        (Ok(ours), Ok(reference)) => {
            prop_assert_eq!(ours, reference);
            Ok(Agreed::BothRead)
        }
        (Err(_), Err(_)) => Ok(Agreed::BothRefused),
        (Ok(_), Err(err)) => Err(TestCaseError::fail(format!(
            "the decoder accepted what serde refuses: {err}"
        ))),
        (Err(ours), Ok(reference)) => {
            let canonical = serde_json::to_value(&reference).expect("an article serialises");
            prop_assert!(
                serde_only_spelling(value, &canonical),
                "the decoder refused what serde reads, at {}: {}",
                ours.path,
                ours.message
            );
            Ok(Agreed::BothRefused)
        }
    }
}

/// The two spellings serde's derives accept and the format does not, where the decoder is
/// meant to be stricter: an array standing for an object (serde reads a struct from a
/// sequence of its fields), and an object standing for a status (serde reads a unit variant
/// from `{"agreed": null}`). True when `value` uses one of them where `canonical` (serde's
/// own writing of what it read) has the object or the string.
fn serde_only_spelling(value: &Value, canonical: &Value) -> bool {
    match (value, canonical) {
        (Value::Array(_), Value::Object(_)) | (Value::Object(_), Value::String(_)) => true,
        (Value::Object(items), Value::Object(expected)) => items.iter().any(|(key, item)| {
            expected
                .get(key)
                .is_some_and(|e| serde_only_spelling(item, e))
        }),
        (Value::Array(items), Value::Array(expected)) => items
            .iter()
            .zip(expected)
            .any(|(item, e)| serde_only_spelling(item, e)),
        _ => false,
    }
}

#[test]
fn the_decoder_refuses_the_spellings_only_serde_reads() {
    let article = full_article();
    let mut as_array = article.clone();
    as_array["about"] = json!(["Summit", null, "Paris", null, "the words"]);
    let mut status_as_map = article.clone();
    status_as_map["sections"][2]["agreements"][0]["lifecycle"]["status"] = json!({"agreed": null});
    for (name, value) in [
        ("an array for an object", as_array),
        ("a map for a status", status_as_map),
    ] {
        assert!(
            decode_article(&&value).is_err(),
            "{name}: the decoder reads it"
        );
        assert!(
            serde_json::from_value::<Article>(value.clone()).is_ok(),
            "{name}: serde no longer reads it; drop the exception"
        );
        assert!(compare(&value).is_ok(), "{name} is a named exception");
    }
}

/// The bundled article with every optional part of the format filled in, so that mutations
/// reach every field the decoder reads.
fn full_article() -> Value {
    let mut article: Value =
        serde_json::from_str(common::ARTICLE).expect("bundled article is JSON");
    article["dateModified"] = json!("2025-03-28T10:00:00+01:00");
    article["updates"] = json!([{"date": "2025-03-28", "text": "Corrected a date."}]);
    article["author"] =
        json!([{"name": "A reporter", "url": "https://example.org/a"}, {"name": "Another"}]);
    article["publisher"] = json!({"name": "A newsroom", "url": "https://example.org"});
    article["url"] = json!("https://example.org/story");
    article["sections"][5]["citations"][0]["url"] = json!("https://example.org/story");
    let sections = article["sections"].as_array_mut().expect("sections");
    sections.push(json!({"type": "facts", "id": "known", "title": "What we know", "facts": [{"text": "T", "evidence": "E"}]}));
    sections.push(json!({"type": "liveMap", "id": "map", "title": "Map", "summary": "S", "layers": [1, {"a": null}]}));
    article
}

/// Fields that may be left out, by name, wherever they appear (`status` only as an object;
/// `actors` is left alone, as an actor group needs it).
const OPTIONAL: [&str; 37] = [
    "description",
    "inLanguage",
    "dateModified",
    "updates",
    "author",
    "publisher",
    "url",
    "about",
    "keyFigures",
    "quotes",
    "sections",
    "startDate",
    "location",
    "organizer",
    "role",
    "qualifier",
    "dateCreated",
    "context",
    "summary",
    "goals",
    "proposals",
    "agreements",
    "developments",
    "events",
    "steps",
    "citations",
    "facts",
    "leadNations",
    "aim",
    "deployment",
    "ifAttacked",
    "wouldNot",
    "status",
    "parties",
    "mediator",
    "covers",
    "disputes",
];
const LIFECYCLE: [&str; 6] = [
    "proposed",
    "announced",
    "agreed",
    "inForce",
    "suspended",
    "collapsed",
];
const COMPLIANCE: [&str; 5] = [
    "noReportedViolations",
    "alleged",
    "mutualAccusations",
    "confirmed",
    "unknown",
];
const TEXTS: [&str; 8] = [
    "",
    "plain",
    "with \"quotes\" and a \\ backslash",
    "émoji 🎉 and ‘curly’ quotes",
    "line\nbreak\tand tab",
    "\u{0}\u{1f}",
    "{reason} {url}",
    "<b>not html</b>",
];

/// Random choices drawn by proptest, read in turn.
struct Choices {
    values: Vec<u32>,
    next: usize,
}

impl Choices {
    fn below(&mut self, n: u32) -> u32 {
        let value = self.values[self.next % self.values.len()];
        self.next += 1;
        value % n
    }

    fn percent(&mut self, chance: u32) -> bool {
        self.below(100) < chance
    }
}

/// Edits within the format: texts replaced by any text, statuses by any name of their axis,
/// optional fields dropped or (rarely) nulled, list items duplicated, dropped or reordered,
/// unknown fields added. `key` is the value's field name and `axis` the status axis it is in.
fn mutate(value: &mut Value, key: &str, axis: &[&str], choices: &mut Choices) {
    match value {
        Value::String(text) => {
            if key == "status" && !axis.is_empty() {
                if choices.percent(30) {
                    *text = axis[choices.below(axis.len() as u32) as usize].to_owned();
                }
            } else if choices.percent(15) {
                *text = TEXTS[choices.below(TEXTS.len() as u32) as usize].to_owned();
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                mutate(item, "", &[], choices);
            }
            match choices.below(40) {
                0 if !items.is_empty() => {
                    let copy = items[choices.below(items.len() as u32) as usize].clone();
                    items.push(copy);
                }
                1 if !items.is_empty() => {
                    items.remove(choices.below(items.len() as u32) as usize);
                }
                2 => items.reverse(),
                3 => items.clear(),
                _ => {}
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields.iter_mut() {
                let axis: &[&str] = match name.as_str() {
                    "lifecycle" => &LIFECYCLE,
                    "compliance" => &COMPLIANCE,
                    _ => axis,
                };
                mutate(field, name, axis, choices);
            }
            let optional: Vec<String> = fields
                .iter()
                .filter(|(name, field)| {
                    OPTIONAL.contains(&name.as_str()) && !(*name == "status" && field.is_string())
                })
                .map(|(name, _)| name.clone())
                .collect();
            if !optional.is_empty() && choices.percent(8) {
                let name = &optional[choices.below(optional.len() as u32) as usize];
                if choices.percent(90) {
                    fields.remove(name);
                } else {
                    fields.insert(name.clone(), Value::Null);
                }
            }
            if choices.percent(5) {
                fields.insert(
                    format!("futureField{}", choices.below(10)),
                    json!({"nested": [1, "x"]}),
                );
            }
        }
        _ => {}
    }
}

#[test]
fn decoder_agrees_with_serde_both_ways_on_articles_edited_within_the_format() {
    let full = full_article();
    let (read, refused) = (Cell::new(0u32), Cell::new(0u32));
    let mut runner = TestRunner::new(Config::with_cases(common::cases(1024)));
    let result = runner.run(&prop::collection::vec(any::<u32>(), 64..256), |values| {
        let mut article = full.clone();
        let mut choices = Choices { values, next: 0 };
        mutate(&mut article, "", &[], &mut choices);
        // Now and then a wrong type somewhere, which both decoders must refuse.
        if choices.percent(5) {
            article["headline"] = json!(7);
        }
        match compare(&article)? {
            Agreed::BothRead => read.set(read.get() + 1),
            Agreed::BothRefused => refused.set(refused.get() + 1),
        }
        Ok(())
    });
    if let Err(err) = result {
        panic!("{err}");
    }
    let (read, total) = (read.get(), read.get() + refused.get());
    println!("{read} of {total} cases compared two successful decodes");
    assert!(
        read * 100 >= total * 80,
        "only {read} of {total} cases compared two successful decodes; the generator must reach the accepting branch in at least 80 %"
    );
}

/// Every JSON pointer to an object field in `value`.
fn field_pointers(value: &Value, at: &str, found: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                let pointer = format!("{at}/{name}");
                found.push(pointer.clone());
                field_pointers(field, &pointer, found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                field_pointers(item, &format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// One edit at a time, at every field of the full article: left out, null, and of the wrong
/// type. Whether each field is required, optional or nullable is then held to serde's reading,
/// both ways, field by field.
#[test]
fn decoder_agrees_with_serde_on_every_field_left_out_nulled_or_mistyped() {
    let full = full_article();
    let mut pointers = Vec::new();
    field_pointers(&full, "", &mut pointers);
    assert!(pointers.len() >= 200, "{} fields", pointers.len());
    for pointer in &pointers {
        let (parent, name) = pointer.rsplit_once('/').expect("a pointer has a slash");
        for edit in ["left out", "null", "a number", "an empty object"] {
            let mut article = full.clone();
            let Some(Value::Object(fields)) = article.pointer_mut(parent) else {
                panic!("{parent} is not an object");
            };
            match edit {
                "left out" => drop(fields.remove(name)),
                "null" => drop(fields.insert(name.to_owned(), Value::Null)),
                "a number" => drop(fields.insert(name.to_owned(), json!(7))),
                _ => drop(fields.insert(name.to_owned(), json!({}))),
            }
            if let Err(err) = compare(&article) {
                panic!("{pointer} {edit}: {err}");
            }
        }
    }
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
fn value_at(text: &str, line: usize, column: usize) -> Option<Value> {
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
    #![proptest_config(ProptestConfig::with_cases(common::cases(1024)))]

    /// Any JSON at one of the article's places: mostly refused by both, which is what this
    /// checks, both ways (the accepting branch is the edited-within-the-format test's).
    #[test]
    fn decoder_agrees_with_serde_on_arbitrary_values_in_place(place in 0..PLACES, value in json_value()) {
        compare(&article_with(place, value))?;
    }

    /// Arbitrary documents: the decoder must refuse whatever serde refuses, and the reverse.
    #[test]
    fn decoder_agrees_with_serde_on_arbitrary_documents(value in json_value()) {
        compare(&value)?;
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
            let named: Option<Value> = named.and_then(|v| serde_json::from_str(&v.to_string()).ok());
            let found = value_at(&text, line, column);
            prop_assert_eq!(found, named, "at {}:{} for {}", line, column, path);
        }
    }
}

#[test]
fn the_bundled_article_reads_the_same_both_ways() {
    let value: Value = serde_json::from_str(common::ARTICLE).expect("bundled article is JSON");
    assert_eq!(
        decode_article(&&value).ok(),
        serde_json::from_value::<Article>(value).ok()
    );
    assert!(parse_article(common::ARTICLE).is_ok());
}
