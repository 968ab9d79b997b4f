//! The patterns a line of ArchieML is matched against, over UTF-16 code units as the reference's
//! regular expressions see the text: JavaScript's white space (`\s`), its line terminators (which
//! `.` does not cross) and the characters a key may not hold.

/// What `\s` matches in JavaScript.
pub fn is_space(unit: u16) -> bool {
    matches!(
        unit,
        0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F
            | 0x3000 | 0xFEFF
    )
}

/// What `\s` matches, for a character.
pub fn is_space_char(c: char) -> bool {
    u16::try_from(u32::from(c)).is_ok_and(is_space)
}

/// What `.` does not match in JavaScript.
pub fn is_line_terminator(unit: u16) -> bool {
    matches!(unit, 0x0A | 0x0D | 0x2028 | 0x2029)
}

/// `[ \t\r]`: the white space allowed around a colon or inside brackets.
fn is_inline_space(unit: u16) -> bool {
    matches!(unit, 0x20 | 0x09 | 0x0D)
}

/// A character no key may hold: white space (the spec's list, which differs from `\s`), the
/// brackets, the backslash and the colon.
fn is_not_in_key(unit: u16) -> bool {
    matches!(
        unit,
        0x00 | 0x09..=0x0D | 0x20 | 0xA0 | 0x2000..=0x200B | 0x2028 | 0x2029 | 0x202F | 0x205F
            | 0x3000 | 0xFEFF
    ) || matches!(unit, 0x5B | 0x5C | 0x5D | 0x7B | 0x7D | 0x3A)
}

/// The end of `.*` from `at`: the first line terminator, or the end.
fn rest_of_line(text: &[u16], at: usize) -> usize {
    (at..text.len())
        .find(|&i| is_line_terminator(text[i]))
        .unwrap_or(text.len())
}

/// `(.*(?:\n|\r|$))` from `at`: the end of the line including one `\n` or `\r`; `None` when the
/// line ends in U+2028 or U+2029, which neither `.` nor the terminators match.
fn line_with_end(text: &[u16], at: usize) -> Option<usize> {
    let end = rest_of_line(text, at);
    match text.get(end) {
        None => Some(end),
        Some(0x0A | 0x0D) => Some(end + 1),
        Some(_) => None,
    }
}

/// `[ \t\r]*(.*(?:\n|\r|$))` from `at`: the value's span and the end of its line. When the
/// line ends in U+2028 or U+2029, the regular expression gives back the white space it took,
/// up to its last `\r`, which then ends the line: the value is that `\r`.
fn value_to_line_end(text: &[u16], at: usize) -> Option<(Span, usize)> {
    let value = skip(text, at, is_inline_space);
    if let Some(end) = line_with_end(text, value) {
        return Some((value..end, end));
    }
    let cr = (at..value).rev().find(|&i| text[i] == 0x0D)?;
    Some((cr..cr + 1, cr + 1))
}

fn skip(text: &[u16], mut at: usize, what: fn(u16) -> bool) -> usize {
    while at < text.len() && what(text[at]) {
        at += 1;
    }
    at
}

/// A span of the text, `start..end` in code units.
pub type Span = std::ops::Range<usize>;

/// The commands of ArchieML, as `:end`, `:ignore`, `:skip` and `:endskip` name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    EndSkip,
    Ignore,
    Skip,
    End,
}

/// `^\s*:[ \t\r]*(endskip|ignore|skip|end).*?(\n|\r|$)` (case-insensitive): a command and the
/// length of what it takes.
pub fn command(text: &[u16]) -> Option<(Command, usize)> {
    let colon = skip(text, 0, is_space);
    if text.get(colon) != Some(&u16::from(b':')) {
        return None;
    }
    let word = skip(text, colon + 1, is_inline_space);
    let commands = [
        ("endskip", Command::EndSkip),
        ("ignore", Command::Ignore),
        ("skip", Command::Skip),
        ("end", Command::End),
    ];
    commands.into_iter().find_map(|(name, command)| {
        let end = word + name.len();
        let spelled = text.get(word..end)?;
        let same = spelled
            .iter()
            .zip(name.bytes())
            .all(|(unit, letter)| *unit < 0x80 && (*unit as u8).eq_ignore_ascii_case(&letter));
        if !same {
            return None;
        }
        Some((command, line_with_end(text, end)?))
    })
}

/// `^\s*([^…]+)[ \t\r]*:[ \t\r]*(.*(?:\n|\r|$))`: a key, its value (the rest of the line and
/// its end), and the length taken.
pub fn key_value(text: &[u16]) -> Option<(Span, Span, usize)> {
    let spaces = skip(text, 0, is_space);
    // `\s*` gives back what it took when a key can start there (U+1680 is white space to `\s`
    // but may stand in a key): the greediest start first, as the regular expression tries.
    (0..=spaces).rev().find_map(|start| {
        let key_end = skip(text, start, |unit| !is_not_in_key(unit));
        if key_end == start {
            return None;
        }
        let colon = skip(text, key_end, is_inline_space);
        if text.get(colon) != Some(&u16::from(b':')) {
            return None;
        }
        let (value, end) = value_to_line_end(text, colon + 1)?;
        Some((start..key_end, value, end))
    })
}

/// `^\s*\*[ \t\r]*(.*(?:\n|\r|$))`: an element of a simple list and the length taken.
pub fn list_element(text: &[u16]) -> Option<(Span, usize)> {
    let star = skip(text, 0, is_space);
    if text.get(star) != Some(&u16::from(b'*')) {
        return None;
    }
    value_to_line_end(text, star + 1)
}

/// A scope line: `[key]`, `{key}`, `[]`, `{}`, with flags `+` (freeform) and `.` (nested).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// `[` opens a list, `{` an object.
    pub list: bool,
    pub freeform: bool,
    pub nested: bool,
    pub key: Span,
    /// Where the bracket is.
    pub at: usize,
    pub length: usize,
}

/// `^\s*(\[|\{)[ \t\r]*([\+\.]*)[ \t\r]*([^…]*)[ \t\r]*(?:\]|\}).*?(\n|\r|$)`.
pub fn scope(text: &[u16]) -> Option<Scope> {
    let bracket = skip(text, 0, is_space);
    let list = match text.get(bracket).copied() {
        Some(0x5B) => true,
        Some(0x7B) => false,
        _ => return None,
    };
    let flags_start = skip(text, bracket + 1, is_inline_space);
    let flags_end = skip(text, flags_start, |unit| matches!(unit, 0x2B | 0x2E));
    let key_start = skip(text, flags_end, is_inline_space);
    let key_end = skip(text, key_start, |unit| !is_not_in_key(unit));
    let close = skip(text, key_end, is_inline_space);
    if !matches!(text.get(close), Some(0x5D | 0x7D)) {
        return None;
    }
    let length = line_with_end(text, close + 1)?;
    let flags = &text[flags_start..flags_end];
    Some(Scope {
        list,
        freeform: flags.contains(&0x2B),
        nested: flags.contains(&0x2E),
        key: key_start..key_end,
        at: bracket,
        length,
    })
}

/// `.*((\r|\n)+)`, unanchored, as the reference uses it: the length it takes from the front
/// (the match's length, though the match may start after a U+2028 or U+2029) and the matched
/// text. `None` when no `\n` or `\r` is left.
pub fn next_line(text: &[u16]) -> Option<(usize, Span)> {
    let newline = text.iter().position(|&unit| matches!(unit, 0x0A | 0x0D))?;
    let start = text[..newline]
        .iter()
        .rposition(|&unit| is_line_terminator(unit))
        .map_or(0, |at| at + 1);
    let end = skip(text, newline, |unit| matches!(unit, 0x0A | 0x0D));
    Some((end - start, start..end))
}

/// Without white space at the start (`replace(/^\s*/, '')`).
pub fn trim_start(text: &[u16]) -> &[u16] {
    &text[skip(text, 0, is_space)..]
}

/// Where the white space at the end starts (`/\s*$/`).
pub fn trailing_space_start(text: &[u16]) -> usize {
    text.iter()
        .rposition(|&unit| !is_space(unit))
        .map_or(0, |at| at + 1)
}

/// Whether there is anything but white space (`/[^\n\r\s]/`).
pub fn has_text(text: &[u16]) -> bool {
    text.iter().any(|&unit| !is_space(unit))
}

/// A text added to a value by `:end` loses the backslash that starts any of its lines after
/// white space (`replace(/^(\s*)\\/gm, '$1')`): `\:end` is the text `:end`.
pub fn unescape_lines(text: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let line_start = at == 0 || is_line_terminator(text[at - 1]);
        if line_start {
            let spaces = skip(text, at, is_space);
            if text.get(spaces) == Some(&u16::from(b'\\')) {
                out.extend_from_slice(&text[at..spaces]);
                at = spaces + 1;
                continue;
            }
        }
        out.push(text[at]);
        at += 1;
    }
    out
}
