//! The values a document is read into, held as the reference implementation holds them: objects
//! and arrays as JavaScript has them (an array may hold named properties, which JSON does not
//! show; an object reached twice is the same object), and their tree written out as a [`Value`].

use std::collections::HashMap;

use crate::places::Places;
use crate::{array_index, Value};

/// How deep the tree may nest before it is refused.
pub(crate) const MAX_DEPTH: usize = 500;

/// Text as the reference holds it: UTF-16 code units.
pub(crate) type Units = Vec<u16>;

pub(crate) fn units(text: &str) -> Units {
    text.encode_utf16().collect()
}

/// A value as the reference holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Js {
    /// Text, and where it starts in the input (a code unit offset).
    Text(Units, usize),
    Object(usize),
    Array(usize),
    /// An array's `length`, the one number the reader can meet.
    Length,
}

/// Where keys are written: an object, an array (an index, or a named property), or text, which
/// takes none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Holder {
    Object(usize),
    Array(usize),
    Text,
}

#[derive(Debug, Default)]
pub(crate) struct Object {
    entries: Vec<(Units, Js)>,
    index: HashMap<Units, usize>,
    at: usize,
}

#[derive(Debug, Default)]
pub(crate) struct Array {
    /// `None` for a hole, read as `undefined` and written as `null`.
    pub(crate) items: Vec<Option<Js>>,
    named: Object,
    at: usize,
}

/// Every object and array read so far; the document's own object is the first.
#[derive(Debug)]
pub(crate) struct Heap {
    objects: Vec<Object>,
    pub(crate) arrays: Vec<Array>,
}

/// The document's own object.
pub(crate) const DATA: usize = 0;

impl Heap {
    pub(crate) fn new() -> Heap {
        Heap {
            objects: vec![Object::default()],
            arrays: Vec::new(),
        }
    }

    /// JavaScript's `String(value)`.
    pub(crate) fn js_string(&self, value: &Js, depth: usize) -> Units {
        match value {
            Js::Text(text, _) => text.clone(),
            Js::Object(_) => units("[object Object]"),
            Js::Length => units("0"),
            Js::Array(array) if depth < MAX_DEPTH => {
                let mut joined = Vec::new();
                for (at, item) in self.arrays[*array].items.iter().enumerate() {
                    if at > 0 {
                        joined.push(u16::from(b','));
                    }
                    if let Some(item) = item {
                        joined.extend(self.js_string(item, depth + 1));
                    }
                }
                joined
            }
            Js::Array(_) => Vec::new(),
        }
    }

    pub(crate) fn new_object(&mut self, at: usize) -> usize {
        self.objects.push(Object {
            at,
            ..Object::default()
        });
        self.objects.len() - 1
    }

    pub(crate) fn new_array(&mut self, at: usize) -> usize {
        self.arrays.push(Array {
            at,
            ..Array::default()
        });
        self.arrays.len() - 1
    }

    pub(crate) fn get(&self, holder: Holder, key: &[u16]) -> Option<Js> {
        match holder {
            Holder::Object(object) => get_in(&self.objects[object], key),
            Holder::Array(array) => {
                let array = &self.arrays[array];
                let key = String::from_utf16_lossy(key);
                match array_index(&key) {
                    Some(index) => array.items.get(index as usize).cloned().flatten(),
                    None if key == "length" => Some(Js::Length),
                    None => get_in(&array.named, &units(&key)),
                }
            }
            Holder::Text => None,
        }
    }

    pub(crate) fn set(&mut self, holder: Holder, key: &[u16], value: Js) -> Result<(), String> {
        // The key as text, for a list's index and for messages: not for objects, the common case.
        let shown = || String::from_utf16_lossy(key);
        match holder {
            Holder::Object(object) => set_in(&mut self.objects[object], key, value),
            Holder::Array(array) => {
                let shown = shown();
                let array = &mut self.arrays[array];
                match array_index(&shown) {
                    Some(index) => {
                        let index = index as usize;
                        if index > array.items.len() + 100_000 {
                            return Err(format!("\"{shown}\" is too far past the end of its list"));
                        }
                        if array.items.len() <= index {
                            array.items.resize(index + 1, None);
                        }
                        array.items[index] = Some(value);
                    }
                    None if shown == "length" => {
                        return Err("\"length\" cannot be set on a list".to_owned());
                    }
                    None => set_in(&mut array.named, key, value),
                }
            }
            Holder::Text => {
                return Err(format!(
                    "\"{}\" cannot go into a value that is text: it is written as text above",
                    shown()
                ));
            }
        }
        Ok(())
    }

    /// The tree under `value`, in JSON's terms: a list's named properties are not shown.
    pub(crate) fn value(&self, value: &Js, places: &Places, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(format!("lists and objects nest more than {MAX_DEPTH} deep"));
        }
        Ok(match value {
            Js::Text(text, at) => Value::Text(String::from_utf16_lossy(text), places.of(*at)),
            Js::Length => Value::Missing,
            Js::Object(object) => {
                let object = &self.objects[*object];
                let mut entries = Vec::with_capacity(object.entries.len());
                for (key, value) in &object.entries {
                    let value = self.value(value, places, depth + 1)?;
                    entries.push((String::from_utf16_lossy(key), value));
                }
                Value::Object(entries, places.of(object.at))
            }
            Js::Array(array) => {
                let array = &self.arrays[*array];
                let mut items = Vec::with_capacity(array.items.len());
                for item in &array.items {
                    items.push(match item {
                        Some(item) => self.value(item, places, depth + 1)?,
                        None => Value::Missing,
                    });
                }
                Value::List(items, places.of(array.at))
            }
        })
    }
}

fn get_in(object: &Object, key: &[u16]) -> Option<Js> {
    object
        .index
        .get(key)
        .map(|&at| object.entries[at].1.clone())
}

fn set_in(object: &mut Object, key: &[u16], value: Js) {
    match object.index.get(key) {
        Some(&at) => object.entries[at].1 = value,
        None => {
            object.index.insert(key.to_vec(), object.entries.len());
            object.entries.push((key.to_vec(), value));
        }
    }
}
