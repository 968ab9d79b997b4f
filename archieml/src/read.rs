//! Reading a document line by line, command by command, into JavaScript-like objects and arrays
//! (`crate::objects`), as the reference implementation does, then writing them out as a
//! [`Value`] tree.

use crate::objects::{units, Heap, Holder, Js, Units, DATA};
use crate::places::Places;
use crate::scan::{self, Command};
use crate::{Error, Value};

/// Deeper than this, a document is refused rather than risk the stack.
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
    heap: Heap,
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

/// Reads an ArchieML document.
pub fn parse(text: &str) -> Result<Value, Error> {
    let units: Units = text.encode_utf16().collect();
    let mut reader = Reader {
        text: &units,
        heap: Heap::new(),
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
        .heap
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
        self.heap.arrays[array]
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
            let object = self.heap.new_object(self.line_at);
            self.heap.set(
                Holder::Object(object),
                &units("type"),
                Js::Text(units("text"), self.line_at),
            )?;
            let start = matched.len() - scan::trim_start(matched).len();
            let trimmed = &matched[start..];
            let text = trimmed[..scan::trailing_space_start(trimmed)].to_vec();
            self.heap.set(
                Holder::Object(object),
                &units("value"),
                Js::Text(text, self.line_at),
            )?;
            self.heap.arrays[array].items.push(Some(Js::Object(object)));
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
            let object = self.heap.new_object(self.line_at);
            self.heap.arrays[array].items.push(Some(Js::Object(object)));
            self.scope = Holder::Object(object);
        }
        if freeform {
            self.heap.set(
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
            let array = self.heap.new_array(self.line_at);
            self.heap.set(key_scope, &name, Js::Array(array))?;
            let frame = Frame {
                array: Some(array),
                kind: scope.freeform.then_some(ArrayKind::Freeform),
                ..frame
            };
            self.push_frame(frame, scope.nested);
        } else if scope.nested {
            let object = self.heap.new_object(self.line_at);
            let (holder, name) = if nested_in_freeform {
                (self.scope, units("value"))
            } else {
                (key_scope, name)
            };
            self.heap.set(holder, &name, Js::Object(object))?;
            self.scope = Holder::Object(object);
            self.push_frame(frame, true);
        } else {
            // `{key}` reopens the object (or list) already there, else makes a new object.
            let existing = match self.heap.get(key_scope, &name) {
                Some(Js::Object(object)) => Js::Object(object),
                Some(Js::Array(array)) => Js::Array(array),
                _ => Js::Object(self.heap.new_object(self.line_at)),
            };
            self.heap.set(key_scope, &name, existing.clone())?;
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
        let mut found = self.heap.get(holder, key);
        if replace_text && matches!(found, Some(Js::Text(..))) {
            let object = self.heap.new_object(self.line_at);
            self.heap.set(holder, key, Js::Object(object))?;
            found = Some(Js::Object(object));
        }
        let value = match found {
            Some(Js::Text(text, at)) if !text.is_empty() => Js::Text(text, at),
            Some(Js::Object(object)) => Js::Object(object),
            Some(Js::Array(array)) => Js::Array(array),
            Some(Js::Length) => Js::Length,
            _ => Js::Object(self.heap.new_object(self.line_at)),
        };
        self.heap.set(holder, key, value.clone())?;
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
                let Some(last) = self.heap.arrays[array].items.last().cloned() else {
                    return Ok(());
                };
                let old = if replace {
                    Some(Js::Text(Vec::new(), value_at))
                } else {
                    last
                };
                let joined = self.appended(old, &value, value_at);
                if let Some(last) = self.heap.arrays[array].items.last_mut() {
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
                    self.heap
                        .set(holder, &name, Js::Text(Vec::new(), value_at))?;
                }
                let joined = self.appended(self.heap.get(holder, &name), &value, value_at);
                self.heap.set(holder, &name, joined)?;
            }
        }
        Ok(())
    }

    /// `old += value`, as JavaScript adds text to what is there.
    fn appended(&self, old: Option<Js>, value: &[u16], value_at: usize) -> Js {
        let (mut text, at) = match old {
            Some(Js::Text(text, at)) => (text, at),
            Some(other) => (self.heap.js_string(&other, 0), value_at),
            None => (units("undefined"), value_at),
        };
        text.extend_from_slice(value);
        Js::Text(text, at)
    }
}
