//! Interface strings: every word the widget itself says, one file per language.
//!
//! Adding a language is one file: copy `en.rs`, translate it, and list it in [`ALL`]; plus its
//! entry in `host/stopped.js`, the words shown if the wasm stops.

mod en;
mod fr;
mod uk;

use article::{Compliance, Lifecycle};

pub use en::EN;
pub use fr::FR;
pub use uk::UK;

/// The interface strings of one language. Templates fill `{name}` placeholders.
#[derive(Debug)]
pub struct Strings {
    /// BCP 47 tag of this table.
    pub lang: &'static str,
    /// Month names as they stand in a date ("March", "mars", "березня"), January first.
    pub months: [&'static str; 12],
    /// A calendar date: `{day}`, `{month}`, `{year}`.
    pub date: &'static str,
    /// A date with a time of day: `{date}`, `{time}`.
    pub date_time: &'static str,
    /// Whether times read "9:30 AM" rather than "09:30".
    pub clock_12h: bool,
    pub show_all: &'static str,
    /// The button under a long list: `{count}`, always over 100.
    pub show_all_items: &'static str,
    pub hide_all: &'static str,
    pub all_opened: &'static str,
    pub all_closed: &'static str,
    pub retry: &'static str,
    pub loading: &'static str,
    pub loaded: &'static str,
    pub error_title: &'static str,
    pub published: &'static str,
    pub updated: &'static str,
    pub source_link: &'static str,
    pub key_figures: &'static str,
    pub quotes: &'static str,
    pub evidence: &'static str,
    pub from_the_article: &'static str,
    pub lead_nations: &'static str,
    pub aim: &'static str,
    pub deployment: &'static str,
    pub if_attacked: &'static str,
    pub would_not: &'static str,
    pub status: &'static str,
    pub positions: &'static str,
    pub parties: &'static str,
    pub mediator: &'static str,
    pub lifecycle_axis: &'static str,
    pub compliance_axis: &'static str,
    /// A status badge: `{axis}`, `{value}`, then `{as_of}` (the date part below).
    pub status_badge: &'static str,
    /// When a status was reported: `{date}`.
    pub as_of: &'static str,
    pub covers: &'static str,
    pub disputes: &'static str,
    pub alleged_violations: &'static str,
    /// An attributed claim: `{claimant}`, `{accused}`, `{claim}`.
    pub claim: &'static str,
    pub developments: &'static str,
    /// In the order of [`Lifecycle`]: proposed, announced, agreed, in force, suspended, collapsed.
    pub lifecycle: [&'static str; 6],
    /// In the order of [`Compliance`]: none reported, alleged, mutual, confirmed, unknown.
    pub compliance: [&'static str; 5],
    /// Load errors: `{src}`, `{origin}`, `{url}`, `{status}`, `{reason}`, `{seconds}`, `{limit}`, `{type}`.
    pub err_bad_address: &'static str,
    pub err_not_allowed: &'static str,
    pub err_http: &'static str,
    pub err_network: &'static str,
    pub err_timeout: &'static str,
    pub err_too_large: &'static str,
    pub err_not_json: &'static str,
    pub err_not_text: &'static str,
    /// Live updates (`refresh`): when the shown version arrived, `{time}`.
    pub live_updated: &'static str,
    /// Shown while updates fail; the last good version stays.
    pub live_failing: &'static str,
    pub live_pause: &'static str,
    pub live_resume: &'static str,
    /// Marks a part that changed in the last update.
    pub live_changed: &'static str,
    /// An agreement whose status changed: `{name}`, `{status}`.
    pub now_status: &'static str,
    /// Put before the (English) technical detail of an invalid article; empty in English.
    pub err_article_lead: &'static str,
}

/// Every translation; the first is the fallback.
pub const ALL: [&Strings; 3] = [&EN, &FR, &UK];

/// Languages written right to left, for `dir`. None is translated yet; the layout is ready.
const RTL: [&str; 6] = ["ar", "he", "fa", "ur", "ps", "yi"];

/// The primary subtag of a BCP 47 tag, lowercased: `fr-CA` → `fr`.
fn primary(tag: &str) -> String {
    tag.split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// `rtl` or `ltr` for a language tag.
pub fn direction(tag: &str) -> &'static str {
    if RTL.contains(&primary(tag).as_str()) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The translation for `lang` (`fr-CA` matches `fr`), if the widget speaks it. Reads nothing
/// from the browser, so the publisher uses it too.
pub fn strings_of(lang: &str) -> Option<&'static Strings> {
    ALL.iter().copied().find(|s| s.lang == primary(lang))
}

/// The translation for `lang` (`fr-CA` matches `fr`), else for the browser's languages,
/// else English.
pub fn strings_for(lang: Option<&str>) -> &'static Strings {
    let browser = web_sys::window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default();
    let wanted = lang
        .map(str::to_owned)
        .into_iter()
        .chain(browser.into_iter().filter_map(|l| l.as_string()));
    for tag in wanted {
        if let Some(strings) = ALL.iter().find(|s| s.lang == primary(&tag)) {
            return strings;
        }
    }
    ALL[0]
}

impl Strings {
    pub fn lifecycle(&self, status: Lifecycle) -> &'static str {
        self.lifecycle[status as usize]
    }

    pub fn compliance(&self, status: Compliance) -> &'static str {
        self.compliance[status as usize]
    }
}

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
