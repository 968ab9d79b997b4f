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
            '\\' => match chars.next() {
                Some((_, 'u')) => string.push(read_unicode_escape(&mut chars)),
                Some((_, escaped)) => string.push(match escaped {
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    other => other, // `"`, `\\` and `/` stand for themselves
                }),
                None => {}
            },
            c => string.push(c),
        }
    }
    (string, text.len())
}

/// The character of a `\uXXXX` escape whose `\u` has been read, with the low half of a
/// surrogate pair when one follows; U+FFFD for a broken one (which `JSON.parse` refuses first).
fn read_unicode_escape(chars: &mut std::str::CharIndices) -> char {
    fn hex4(chars: &mut std::str::CharIndices) -> Option<u32> {
        (0..4).try_fold(0, |value, _| {
            Some(value * 16 + chars.next()?.1.to_digit(16)?)
        })
    }
    let decoded = match hex4(chars) {
        Some(high @ 0xD800..=0xDBFF) => {
            let mut ahead = chars.clone();
            match (ahead.next(), ahead.next(), hex4(&mut ahead)) {
                (Some((_, '\\')), Some((_, 'u')), Some(low @ 0xDC00..=0xDFFF)) => {
                    *chars = ahead;
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                }
                _ => None,
            }
        }
        Some(code) => char::from_u32(code),
        None => None,
    };
    decoded.unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_written_with_escapes_are_found() {
        // `headline` with its `d` escaped, `sections` with its `s`: found, not the fallback (1, 1).
        let text = "{\n  \"hea\\u0064line\": 5,\n  \"\\u0073ections\": [1, \"x\"]\n}";
        assert_eq!(position_of(text, "headline"), (2, 20));
        assert_eq!(position_of(text, "sections[1]"), (3, 24));
    }

    #[test]
    fn escapes_decode_as_json_defines_them() {
        let text = r#"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00\ud83d!""#;
        assert_eq!(
            read_string(text, 0).0,
            "a\"b\\c/d\u{8}\u{c}\n\r\té😀\u{FFFD}!"
        );
    }
}
