//! Reading a document line by line into JavaScript-like objects and arrays, as the reference
//! implementation does (a list may hold named properties, which JSON does not show; an object
//! reached twice is the same object), then writing them out as a [`Value`] tree.

use std::collections::HashMap;

use crate::scan::{self, Command};
use crate::{array_index, Error, Place, Value};

/// Deeper than this, a document is refused rather than risk the stack.
const MAX_DEPTH: usize = 500;

type Units = Vec<u16>;

/// A value as the reference holds it.
#[derive(Debug, Clone, PartialEq)]
enum Js {
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
enum Holder {
    Object(usize),
    Array(usize),
    Text,
}

#[derive(Debug, Default)]
struct Object {
    entries: Vec<(Units, Js)>,
    index: HashMap<Units, usize>,
    at: usize,
}

#[derive(Debug, Default)]
struct Array {
    /// `None` for a hole, read as `undefined` and written as `null`.
    items: Vec<Option<Js>>,
    named: Object,
    at: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ArrayKind {
    Simple,
    Complex,
    Freeform,
}

/// An open `[list]` or `{object}`.
#[derive(Debug)]
struct Frame {
    array: Option<usize>,
    kind: Option<ArrayKind>,
    first_key: Option<Units>,
    freeform: bool,
    /// The scope to go back to when it closes.
    scope: Holder,
}

/// Where buffered text goes: a key of the scope, or the last element of a simple list.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Key(Units),
    Element(usize),
}

struct Reader<'t> {
    text: &'t [u16],
    objects: Vec<Object>,
    arrays: Vec<Array>,
    frames: Vec<Frame>,
    stack: Vec<usize>,
    /// The frame being filled: the top of `stack`, except for a moment in `open_scope`.
    current: Option<usize>,
    scope: Holder,
    buffer: Units,
    /// Where the buffer's text started in the input.
    buffer_at: usize,
    target: Option<Target>,
    skipping: bool,
    /// Where the line being read starts (after its leading white space).
    line_at: usize,
}

const DATA: usize = 0;

fn units(text: &str) -> Units {
    text.encode_utf16().collect()
}

/// Reads an ArchieML document.
pub fn parse(text: &str) -> Result<Value, Error> {
    let units: Units = text.encode_utf16().collect();
    let mut reader = Reader {
        text: &units,
        objects: vec![Object::default()],
        arrays: Vec::new(),
        frames: Vec::new(),
        stack: Vec::new(),
        current: None,
        scope: Holder::Object(DATA),
        buffer: Vec::new(),
        buffer_at: 0,
        target: None,
        skipping: false,
        line_at: 0,
    };
    reader.read().map_err(|message| reader.error(message))?;
    let places = Places::new(&units);
    reader
        .value(&Js::Object(DATA), &places, 0)
        .map_err(|message| reader.error(message))
}

impl Reader<'_> {
    fn error(&self, message: String) -> Error {
        Error {
            place: Places::new(self.text).of(self.line_at),
            message,
        }
    }

    fn frame(&self) -> Option<&Frame> {
        self.current.map(|at| &self.frames[at])
    }

    fn in_freeform(&self) -> bool {
        self.frame().is_some_and(|frame| frame.freeform)
    }

    fn read(&mut self) -> Result<(), String> {
        let mut at = 0;
        while at < self.text.len() {
            let rest = &self.text[at..];
            self.line_at = at + scan::trim_start(rest).len().abs_diff(rest.len());
            let taken = if let Some((command, taken)) = scan::command(rest) {
                if self.command(command)? {
                    return Ok(());
                }
                taken
            } else if let Some((key, value, taken)) = scan::key_value(rest)
                .filter(|_| !self.skipping)
                .filter(|_| {
                    self.frame()
                        .is_none_or(|f| f.kind != Some(ArrayKind::Simple))
                })
            {
                let key = rest[key].to_vec();
                self.key_value(key, at + value.start, &rest[value])?;
                taken
            } else if let Some((value, taken)) = scan::list_element(rest)
                .filter(|_| !self.skipping)
                .filter(|_| {
                    self.frame().is_some_and(|frame| {
                        frame.array.is_some()
                            && !matches!(frame.kind, Some(ArrayKind::Complex | ArrayKind::Freeform))
                            && !frame.freeform
                    })
                })
            {
                self.list_element(at + value.start, &rest[value])?;
                taken
            } else if let Some(scope) = scan::scope(rest).filter(|_| !self.skipping) {
                self.line_at = at + scope.at;
                let key = rest[scope.key.clone()].to_vec();
                self.open_scope(&scope, key)?;
                scope.length
            } else if let Some((taken, matched)) = scan::next_line(rest) {
                self.text_line(at, taken, &rest[matched])?;
                taken
            } else {
                self.text_line(at, rest.len(), rest)?;
                rest.len()
            };
            at += taken.max(1);
        }
        Ok(())
    }

    /// A command; `true` when reading stops (`:ignore`).
    fn command(&mut self, command: Command) -> Result<bool, String> {
        if self.skipping && !matches!(command, Command::EndSkip | Command::Ignore) {
            self.take_buffer();
            return Ok(false);
        }
        match command {
            Command::End => {
                if let Some(target) = self.target.clone() {
                    self.flush_into(target, false)?;
                }
                return Ok(false);
            }
            Command::Ignore => {
                self.take_buffer();
                return Ok(true);
            }
            Command::Skip => self.skipping = true,
            Command::EndSkip => self.skipping = false,
        }
        self.take_buffer();
        Ok(false)
    }

    fn key_value(&mut self, key: Units, value_at: usize, value: &[u16]) -> Result<(), String> {
        self.take_buffer();
        self.next_element(&key)?;
        let key = if self.in_freeform() {
            units("value")
        } else {
            key
        };
        self.target = Some(Target::Key(key.clone()));
        self.buffer = value.to_vec();
        self.buffer_at = value_at;
        self.flush_into(Target::Key(key), true)
    }

    fn list_element(&mut self, value_at: usize, value: &[u16]) -> Result<(), String> {
        self.take_buffer();
        let Some(current) = self.current else {
            return Ok(());
        };
        let frame = &mut self.frames[current];
        frame.kind.get_or_insert(ArrayKind::Simple);
        let Some(array) = frame.array else {
            return Ok(());
        };
        self.arrays[array]
            .items
            .push(Some(Js::Text(Vec::new(), value_at)));
        self.target = Some(Target::Element(array));
        self.buffer = value.to_vec();
        self.buffer_at = value_at;
        self.flush_into(Target::Element(array), true)
    }

    fn text_line(&mut self, at: usize, taken: usize, matched: &[u16]) -> Result<(), String> {
        if self.in_freeform() && scan::has_text(matched) {
            let Some(array) = self.frame().and_then(|frame| frame.array) else {
                return Err(
                    "a freeform object ({+…}) cannot hold text: use a freeform list [+…]".into(),
                );
            };
            let object = self.new_object(self.line_at);
            self.set(
                Holder::Object(object),
                &units("type"),
                Js::Text(units("text"), self.line_at),
            )?;
            let start = matched.len() - scan::trim_start(matched).len();
            let trimmed = &matched[start..];
            let text = trimmed[..scan::trailing_space_start(trimmed)].to_vec();
            self.set(
                Holder::Object(object),
                &units("value"),
                Js::Text(text, self.line_at),
            )?;
            self.arrays[array].items.push(Some(Js::Object(object)));
        } else {
            if self.buffer.is_empty() {
                self.buffer_at = at;
            }
            self.buffer.extend_from_slice(&self.text[at..at + taken]);
        }
        Ok(())
    }

    /// Within a list of objects, a key seen again (the list's first key) starts the next object.
    fn next_element(&mut self, key: &[u16]) -> Result<(), String> {
        let Some(current) = self.current else {
            return Ok(());
        };
        let frame = &mut self.frames[current];
        let Some(array) = frame.array else {
            return Ok(());
        };
        let kind = *frame.kind.get_or_insert(ArrayKind::Complex);
        if kind == ArrayKind::Simple {
            return Ok(());
        }
        let starts_next = frame.first_key.as_deref().is_none_or(|first| first == key);
        let freeform = frame.freeform;
        if !freeform && frame.first_key.is_none() {
            frame.first_key = Some(key.to_vec());
        }
        if starts_next {
            let object = self.new_object(self.line_at);
            self.arrays[array].items.push(Some(Js::Object(object)));
            self.scope = Holder::Object(object);
        }
        if freeform {
            self.set(
                self.scope,
                &units("type"),
                Js::Text(key.to_vec(), self.line_at),
            )?;
        }
        Ok(())
    }

    fn open_scope(&mut self, scope: &scan::Scope, key: Units) -> Result<(), String> {
        self.take_buffer();
        if key.is_empty() {
            let closed = self.stack.pop();
            self.scope = closed.map_or(Holder::Object(DATA), |frame| self.frames[frame].scope);
            self.current = self.stack.last().copied();
            return Ok(());
        }
        let mut key_scope = Holder::Object(DATA);
        if scope.nested {
            self.next_element(&key)?;
            if self.current.is_some() {
                key_scope = self.scope;
            }
        } else {
            self.scope = Holder::Object(DATA);
            self.stack.clear();
        }
        // In a freeform list a key is taken whole; elsewhere its dots name objects within objects.
        let in_freeform = self.in_freeform();
        let mut name = key.clone();
        if !in_freeform {
            let mut bits: Vec<&[u16]> = key.split(|&unit| unit == u16::from(b'.')).collect();
            name = bits.pop().unwrap_or_default().to_vec();
            for bit in bits {
                key_scope = self.object_at(key_scope, bit, false)?;
            }
        }
        let frame = Frame {
            array: None,
            kind: None,
            first_key: None,
            freeform: scope.freeform,
            scope: self.scope,
        };
        let nested_in_freeform = in_freeform && scope.nested;
        if scope.list {
            if nested_in_freeform {
                name = units("value");
            }
            let array = self.new_array();
            self.set(key_scope, &name, Js::Array(array))?;
            let frame = Frame {
                array: Some(array),
                kind: scope.freeform.then_some(ArrayKind::Freeform),
                ..frame
            };
            self.push_frame(frame, scope.nested);
        } else if scope.nested {
            let object = self.new_object(self.line_at);
            let (holder, name) = if nested_in_freeform {
                (self.scope, units("value"))
            } else {
                (key_scope, name)
            };
            self.set(holder, &name, Js::Object(object))?;
            self.scope = Holder::Object(object);
            self.push_frame(frame, true);
        } else {
            // `{key}` reopens the object (or list) already there, else makes a new object.
            let existing = match self.get(key_scope, &name) {
                Some(Js::Object(object)) => Js::Object(object),
                Some(Js::Array(array)) => Js::Array(array),
                _ => Js::Object(self.new_object(self.line_at)),
            };
            self.set(key_scope, &name, existing.clone())?;
            self.scope = match existing {
                Js::Array(array) => Holder::Array(array),
                Js::Object(object) => Holder::Object(object),
                _ => Holder::Object(DATA),
            };
            self.push_frame(frame, false);
        }
        Ok(())
    }

    fn push_frame(&mut self, frame: Frame, nested: bool) {
        self.frames.push(frame);
        let at = self.frames.len() - 1;
        if !nested {
            self.stack.clear();
        }
        self.stack.push(at);
        self.current = Some(at);
    }

    /// `holder[key] = holder[key] || {}` (with `typeof … === 'string'` first turned into `{}`
    /// when `replace_text`): the object (or list) to go into.
    fn object_at(
        &mut self,
        holder: Holder,
        key: &[u16],
        replace_text: bool,
    ) -> Result<Holder, String> {
        let mut found = self.get(holder, key);
        if replace_text && matches!(found, Some(Js::Text(..))) {
            let object = self.new_object(self.line_at);
            self.set(holder, key, Js::Object(object))?;
            found = Some(Js::Object(object));
        }
        let value = match found {
            Some(Js::Text(text, at)) if !text.is_empty() => Js::Text(text, at),
            Some(Js::Object(object)) => Js::Object(object),
            Some(Js::Array(array)) => Js::Array(array),
            Some(Js::Length) => Js::Length,
            _ => Js::Object(self.new_object(self.line_at)),
        };
        self.set(holder, key, value.clone())?;
        Ok(match value {
            Js::Object(object) => Holder::Object(object),
            Js::Array(array) => Holder::Array(array),
            Js::Text(..) | Js::Length => Holder::Text,
        })
    }

    fn take_buffer(&mut self) -> Units {
        self.target = None;
        std::mem::take(&mut self.buffer)
    }

    /// Puts the buffered text into `target`: in place of its value (a key's first line), or
    /// added to it (`:end`).
    fn flush_into(&mut self, target: Target, replace: bool) -> Result<(), String> {
        let kept_target = self.target.clone();
        let buffer_at = self.buffer_at;
        let buffer = self.take_buffer();
        let (value, value_at) = if replace {
            let start = buffer.len() - scan::trim_start(&buffer).len();
            let value = buffer[start..].to_vec();
            // The white space at its end waits in the buffer, for `:end` to keep.
            self.buffer = value[scan::trailing_space_start(&value)..].to_vec();
            self.buffer_at = buffer_at + buffer.len() - self.buffer.len();
            self.target = kept_target;
            // An empty value is placed where it would start, on its key's line.
            let at = if value.is_empty() {
                buffer_at
            } else {
                buffer_at + start
            };
            (value, at)
        } else {
            (scan::unescape_lines(&buffer), buffer_at)
        };
        let value = value[..scan::trailing_space_start(&value)].to_vec();
        match target {
            Target::Element(array) => {
                let Some(last) = self.arrays[array].items.last().cloned() else {
                    return Ok(());
                };
                let old = if replace {
                    Some(Js::Text(Vec::new(), value_at))
                } else {
                    last
                };
                let joined = self.appended(old, &value, value_at);
                if let Some(last) = self.arrays[array].items.last_mut() {
                    *last = Some(joined);
                }
            }
            Target::Key(key) => {
                let mut bits: Vec<&[u16]> = key.split(|&unit| unit == u16::from(b'.')).collect();
                let name = bits.pop().unwrap_or_default().to_vec();
                let mut holder = self.scope;
                for bit in bits {
                    holder = self.object_at(holder, bit, true)?;
                }
                if replace {
                    self.set(holder, &name, Js::Text(Vec::new(), value_at))?;
                }
                let joined = self.appended(self.get(holder, &name), &value, value_at);
                self.set(holder, &name, joined)?;
            }
        }
        Ok(())
    }

    /// `old += value`, as JavaScript adds text to what is there.
    fn appended(&self, old: Option<Js>, value: &[u16], value_at: usize) -> Js {
        let (mut text, at) = match old {
            Some(Js::Text(text, at)) => (text, at),
            Some(other) => (self.js_string(&other, 0), value_at),
            None => (units("undefined"), value_at),
        };
        text.extend_from_slice(value);
        Js::Text(text, at)
    }

    /// JavaScript's `String(value)`.
    fn js_string(&self, value: &Js, depth: usize) -> Units {
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

    fn new_object(&mut self, at: usize) -> usize {
        self.objects.push(Object {
            at,
            ..Object::default()
        });
        self.objects.len() - 1
    }

    fn new_array(&mut self) -> usize {
        self.arrays.push(Array {
            at: self.line_at,
            ..Array::default()
        });
        self.arrays.len() - 1
    }

    fn get(&self, holder: Holder, key: &[u16]) -> Option<Js> {
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

    fn set(&mut self, holder: Holder, key: &[u16], value: Js) -> Result<(), String> {
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
    fn value(&self, value: &Js, places: &Places, depth: usize) -> Result<Value, String> {
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

/// Code unit offsets to lines and columns (in characters): a line ends at `\n`, `\r\n` or `\r`.
struct Places {
    /// Where each line starts, in code units.
    starts: Vec<usize>,
    text: Vec<u16>,
}

impl Places {
    fn new(text: &[u16]) -> Places {
        let mut starts = vec![0];
        for (at, &unit) in text.iter().enumerate() {
            let ends_line = unit == 0x0A || (unit == 0x0D && text.get(at + 1) != Some(&0x0A));
            if ends_line {
                starts.push(at + 1);
            }
        }
        Places {
            starts,
            text: text.to_vec(),
        }
    }

    fn of(&self, at: usize) -> Place {
        let line = self.starts.partition_point(|&start| start <= at).max(1);
        let start = self.starts[line - 1];
        let before = &self.text[start..at.min(self.text.len()).max(start)];
        // A character outside the Basic Multilingual Plane is two code units and one column.
        let column = before
            .iter()
            .filter(|&&unit| !(0xDC00..=0xDFFF).contains(&unit))
            .count()
            + 1;
        Place { line, column }
    }
}
