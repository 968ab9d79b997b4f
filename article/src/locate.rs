//! The JSON path of the value at an error position, recovered from the text itself.
//!
//! serde_json reports where decoding stopped (line and column). Scanning the text up to that
//! point gives the path of the value being decoded: the same answer `serde_path_to_error`
//! gives (a property test checks this), without its generic code in every reader's wasm.

/// One open container on the way to the error.
enum Frame {
    /// An object, with the key of the value being read (if its key has been read).
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The byte offset just after `column` bytes of line `line`, as serde_json counts them
/// (lines from 1; columns in bytes, 0 = nothing read on that line yet).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    let mut offset = (line_start + column).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Reads a JSON string starting after its opening quote; returns its text and the byte index
/// just after the closing quote (or the end, for a string cut off by the error position).
fn read_string(bytes: &str, start: usize) -> (String, usize) {
    let mut text = String::new();
    let mut chars = bytes[start..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return (text, start + at + 1),
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    text.push(match escaped {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                }
            }
            c => text.push(c),
        }
    }
    (text, bytes.len())
}

/// The path of the value a serde_json data error is about.
pub fn error_path(text: &str, err: &serde_json::Error) -> String {
    let mut stack = frames_at(text, err.line(), err.column());
    // An enum written as `{"variant": …}` fails after its key was read; the key names the
    // variant, not a field, so the path stops at the enum itself.
    let message = err.to_string();
    if let (Some(variant), Some(Frame::Object(Some(key)))) =
        (unknown_variant(&message), stack.last())
    {
        if key == variant {
            stack.pop();
        }
    }
    render(&stack)
}

/// `unknown variant `x`, expected …` → `x`.
fn unknown_variant(message: &str) -> Option<&str> {
    message.strip_prefix("unknown variant `")?.split('`').next()
}

/// The containers open at `line`:`column`, outermost first: the path of the value serde_json
/// was decoding when it stopped there.
fn frames_at(text: &str, line: usize, column: usize) -> Vec<Frame> {
    let read = &text[..offset_of(text, line, column)];
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut at = 0;
    while let Some(c) = read[at..].chars().next() {
        let width = c.len_utf8();
        match c {
            '{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            '[' => stack.push(Frame::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            '"' => {
                let (string, end) = read_string(read, at + 1);
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
        at += width;
    }
    stack
}

/// `sections[2].agreements[0].lifecycle.asOf`, or `.` for the root.
fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}
