//! Where in the text a JSON path's value starts, as the line and column an editor jumps to.
//!
//! The decoder reads parsed values (from `JSON.parse` in the widget), which carry no
//! positions; when it reports a path, this scans the text for it. Errors only: one pass.

/// One open container on the way to the value.
enum Frame {
    /// An object, with the key of the value being read (once its key has been read).
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// Line and column (both from 1; columns in characters) where the value at `path` starts,
/// `path` as the decoder writes it (`sections[2].goals[0].text`, `.` for the root). The
/// start of the text when no value has that path.
pub fn position_of(text: &str, path: &str) -> (usize, usize) {
    let offset = offset_of(text, path).unwrap_or(0);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// One step of a path: `sections[2].goals` is `sections`, `2`, `goals`.
#[derive(PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps of a path as the decoder writes it.
fn steps(path: &str) -> Vec<Step<'_>> {
    if path == "." {
        return Vec::new();
    }
    let mut steps = Vec::new();
    for part in path.split('.') {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|key| !key.is_empty()) {
            steps.push(Step::Key(key));
        }
        for index in pieces {
            steps.push(Step::Index(
                index.trim_end_matches(']').parse().unwrap_or(usize::MAX),
            ));
        }
    }
    steps
}

/// Whether the open containers lead to exactly `target`; compared in place, since a deeply
/// nested document has a value start at every level.
fn leads_to(stack: &[Frame], target: &[Step]) -> bool {
    stack.len() == target.len()
        && stack
            .iter()
            .zip(target)
            .all(|(frame, step)| match (frame, step) {
                (Frame::Object(Some(key)), Step::Key(wanted)) => key == wanted,
                (Frame::Array(index), Step::Index(wanted)) => index == wanted,
                _ => false,
            })
}

/// The byte offset where the value at `path` starts.
fn offset_of(text: &str, path: &str) -> Option<usize> {
    let target = steps(path);
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut value_next = true; // at the start, and after `:`, `[` or an array's `,`
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        if value_next && !c.is_whitespace() && !matches!(c, ']' | '}') {
            if leads_to(&stack, &target) {
                return Some(at);
            }
            value_next = false;
        }
        match c {
            '{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            '[' => {
                stack.push(Frame::Array(0));
                value_next = true;
            }
            '}' | ']' => {
                stack.pop();
            }
            ':' => value_next = true,
            ',' => match stack.last_mut() {
                Some(Frame::Array(index)) => {
                    *index += 1;
                    value_next = true;
                }
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            '"' => {
                let (string, end) = read_string(text, at + 1);
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(string);
                    }
                    expecting_key = false;
                }
                at = end;
                continue;
            }
            _ => {}
        }
        at += c.len_utf8();
    }
    None
}

/// Reads a JSON string starting after its opening quote; returns its text and the byte index
/// just after the closing quote (or the end, for a string cut off).
fn read_string(text: &str, start: usize) -> (String, usize) {
    let mut string = String::new();
    let mut chars = text[start..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return (string, start + at + 1),
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    string.push(match escaped {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                }
            }
            c => string.push(c),
        }
    }
    (string, text.len())
}
