//! JSON written as ArchieML that reads back as the same JSON: for turning an article written in
//! JSON into a text an editor can keep writing in a Google Doc. Only what ArchieML can say is
//! written: text, lists of texts, lists of objects that share a key, objects.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::{Place, Value};

/// Reads JSON text keeping the order of object keys (serde_json's own maps sort them), for
/// [`write`] to follow the order it was written in.
pub fn from_json_text(text: &str) -> Result<Value, String> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = reader
        .deserialize_any(Ordered)
        .map_err(|err| err.to_string())?;
    reader.end().map_err(|err| err.to_string())?;
    Ok(value)
}

/// Builds a [`Value`] from any serde data, keys in the order they come. Numbers, `true`,
/// `false` and `null` have no ArchieML form; they are kept as text for [`write`] to refuse.
struct Ordered;

const NOWHERE: Place = Place { line: 0, column: 0 };

/// A value ArchieML cannot hold, marked so that [`write`] names it.
const NOT_TEXT: &str = "\u{0}not text";

impl<'de> Visitor<'de> for Ordered {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        Ok(Value::Text(text.to_owned(), NOWHERE))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Value, E> {
        Ok(Value::Text(NOT_TEXT.into(), NOWHERE))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Value, E> {
        Ok(Value::Text(NOT_TEXT.into(), NOWHERE))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Value, E> {
        Ok(Value::Text(NOT_TEXT.into(), NOWHERE))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Value, E> {
        Ok(Value::Text(NOT_TEXT.into(), NOWHERE))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Missing)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(OrderedSeed)? {
            items.push(item);
        }
        Ok(Value::List(items, NOWHERE))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(OrderedSeed)?;
            // A key written twice keeps its first place and its last value, as JSON.parse does.
            match entries.iter_mut().find(|(known, _)| *known == key) {
                Some(entry) => entry.1 = value,
                None => entries.push((key, value)),
            }
        }
        Ok(Value::Object(entries, NOWHERE))
    }
}

struct OrderedSeed;

impl<'de> de::DeserializeSeed<'de> for OrderedSeed {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(Ordered)
    }
}

/// The ArchieML text that reads as `value` (an object), or the JSON path of the first value it
/// cannot hold and why.
pub fn write(value: &Value) -> Result<String, String> {
    let Value::Object(entries, _) = value else {
        return Err(". : an ArchieML document is an object".into());
    };
    let mut out = String::new();
    for (key, value) in entries {
        // A blank line before each list and object, for the eye: ArchieML passes over it.
        if !out.is_empty() && !matches!(value, Value::Text(..)) {
            out.push('\n');
        }
        write_entry(&mut out, key, value, key, false)?;
    }
    Ok(out)
}

/// One key and its value, in an object; `nested` inside another scope (`{.key}`, `[.key]`).
fn write_entry(
    out: &mut String,
    key: &str,
    value: &Value,
    path: &str,
    nested: bool,
) -> Result<(), String> {
    check_key(key, path)?;
    let dot = if nested { "." } else { "" };
    match value {
        Value::Text(text, _) => {
            out.push_str(key);
            out.push_str(": ");
            write_text(out, text, path)?;
        }
        Value::Object(entries, _) => {
            out.push_str(&format!("{{{dot}{key}}}\n"));
            for (inner, value) in entries {
                write_entry(out, inner, value, &format!("{path}.{inner}"), true)?;
            }
            out.push_str("{}\n");
        }
        Value::List(items, _) => {
            out.push_str(&format!("[{dot}{key}]\n"));
            write_items(out, items, path)?;
            out.push_str("[]\n");
        }
        Value::Missing => return Err(format!("{path}: null has no ArchieML form")),
    }
    Ok(())
}

fn write_items(out: &mut String, items: &[Value], path: &str) -> Result<(), String> {
    if items.iter().all(|item| matches!(item, Value::Text(..))) {
        // `* :x` first in a list reads as the key `*`: the list is not yet known to be simple.
        if let Some(Value::Text(first, _)) = items
            .first()
            .filter(|item| matches!(item, Value::Text(text, _) if text.starts_with(':')))
        {
            return Err(format!("{path}[0]: the first text of a list cannot start with a colon in ArchieML ({first:?})"));
        }
        for (at, item) in items.iter().enumerate() {
            if let Value::Text(text, _) = item {
                out.push_str("* ");
                write_text(out, text, &format!("{path}[{at}]"))?;
            }
        }
        return Ok(());
    }
    let objects: Vec<&Vec<(String, Value)>> = items
        .iter()
        .filter_map(|item| match item {
            Value::Object(entries, _) => Some(entries),
            _ => None,
        })
        .collect();
    if objects.len() != items.len() {
        return Err(format!(
            "{path}: a list holds texts or objects, not both nor lists"
        ));
    }
    // A list of objects starts its next object where the first key comes again: one key all of
    // them have goes first in each.
    let first = objects[0]
        .iter()
        .map(|(key, _)| key)
        .find(|key| {
            objects
                .iter()
                .all(|entries| entries.iter().any(|(k, _)| k == *key))
        })
        .ok_or_else(|| {
            format!("{path}: its objects need one key they all have, to start each one")
        })?;
    for (at, entries) in objects.into_iter().enumerate() {
        if at > 0 {
            out.push('\n');
        }
        if entries.is_empty() {
            return Err(format!(
                "{path}[{at}]: an empty object in a list has no ArchieML form"
            ));
        }
        let ordered = entries
            .iter()
            .filter(|(key, _)| key == first)
            .chain(entries.iter().filter(|(key, _)| key != first));
        for (key, value) in ordered {
            write_entry(out, key, value, &format!("{path}[{at}].{key}"), true)?;
        }
    }
    Ok(())
}

/// A key ArchieML reads back as itself: no white space, brackets, backslash, colon or dot.
fn check_key(key: &str, path: &str) -> Result<(), String> {
    let units: Vec<u16> = key.encode_utf16().collect();
    let bad = key.is_empty()
        || key.contains('.')
        || crate::scan::key_value(&[units.as_slice(), &[u16::from(b':')]].concat())
            .is_none_or(|(span, _, _)| span != (0..units.len()));
    if bad {
        return Err(format!(
            "{path}: the key {key:?} cannot be written in ArchieML"
        ));
    }
    Ok(())
}

/// A text after `key: ` or `* `: one line, or several ended by `:end`, each line after the first
/// escaped with a backslash so that none reads as a key, a command or a scope.
fn write_text(out: &mut String, text: &str, path: &str) -> Result<(), String> {
    if text == NOT_TEXT {
        return Err(format!(
            "{path}: a number, true or false has no ArchieML form: write it as text"
        ));
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let trimmed = crate::scan::trim_start(&units).len() == units.len()
        && crate::scan::trailing_space_start(&units) == units.len();
    if !trimmed {
        return Err(format!(
            "{path}: a text that starts or ends with white space has no ArchieML form"
        ));
    }
    if text.contains(['\r', '\u{2028}', '\u{2029}']) {
        return Err(format!(
            "{path}: only \\n may end a line of text in ArchieML"
        ));
    }
    let mut lines = text.split('\n');
    out.push_str(lines.next().unwrap_or_default());
    out.push('\n');
    let mut several = false;
    for line in lines {
        several = true;
        // Indented as JavaScript's `\s` sees it, where the reader looks for the backslash.
        let indent = line
            .char_indices()
            .find(|(_, c)| !crate::scan::is_space_char(*c))
            .map_or(line.len(), |(at, _)| at);
        if indent == line.len() {
            out.push_str(line);
        } else {
            out.push_str(&line[..indent]);
            out.push('\\');
            out.push_str(&line[indent..]);
        }
        out.push('\n');
    }
    if several {
        out.push_str(":end\n");
    }
    Ok(())
}
