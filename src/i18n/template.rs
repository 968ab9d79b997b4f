//! Templates: the `{name}` placeholders of a translation, cut into pieces for a view or filled
//! with text.

/// A piece of a template: text as written, or the name of a `{name}` placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// A template cut at its `{name}` placeholders (names of ASCII letters, digits and `_`), in the
/// translation's word order, so that a view can put elements in the places. A `{` that starts
/// no placeholder is text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let is_name = |name: &str| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    let mut pieces = Vec::new();
    let (mut text_from, mut search_from) = (0, 0);
    while let Some(open) = template[search_from..].find('{').map(|at| search_from + at) {
        let close = template[open + 1..].find('}').map(|at| open + 1 + at);
        match close {
            Some(close) if is_name(&template[open + 1..close]) => {
                if text_from < open {
                    pieces.push(Piece::Text(&template[text_from..open]));
                }
                pieces.push(Piece::Slot(&template[open + 1..close]));
                text_from = close + 1;
                search_from = close + 1;
            }
            _ => search_from = open + 1,
        }
    }
    if text_from < template.len() {
        pieces.push(Piece::Text(&template[text_from..]));
    }
    pieces
}

/// Fills `{name}` placeholders of a template, in one pass: a value is inserted as it is, even
/// when it holds a `{name}` of its own (an address may). An unknown placeholder is kept.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    for piece in pieces(template) {
        match piece {
            Piece::Text(part) => text.push_str(part),
            Piece::Slot(name) => match values.iter().find(|(known, _)| *known == name) {
                Some((_, value)) => text.push_str(value),
                None => {
                    text.push('{');
                    text.push_str(name);
                    text.push('}');
                }
            },
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{fill, pieces, Piece};

    #[test]
    fn a_value_is_inserted_as_it_is() {
        assert_eq!(
            fill(
                "Could not load {url} ({reason}).",
                &[
                    ("url", "https://a.example/{reason}.json"),
                    ("reason", "HTTP 404")
                ]
            ),
            "Could not load https://a.example/{reason}.json (HTTP 404)."
        );
        assert_eq!(
            fill("{a}{b} {unknown} { {a", &[("a", "1"), ("b", "{a}")]),
            "1{a} {unknown} { {a"
        );
    }

    #[test]
    fn a_template_is_cut_at_its_placeholders() {
        assert_eq!(
            pieces("{claimant} accuse {accused}\u{a0}: {claim}"),
            [
                Piece::Slot("claimant"),
                Piece::Text(" accuse "),
                Piece::Slot("accused"),
                Piece::Text("\u{a0}: "),
                Piece::Slot("claim"),
            ]
        );
        assert_eq!(pieces("{} {a b} {"), [Piece::Text("{} {a b} {")]);
        assert_eq!(pieces(""), []);
    }
}
