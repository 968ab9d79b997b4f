//! Interface strings: every word the widget itself says, read from the language files in
//! `i18n/` at the top of the repository (one JSON file per language; `i18n/README.md`).
//!
//! English is compiled in as the fallback (`i18n/en.json`, written as Rust constants by
//! `build.rs`). Any other language travels as data: on the root page `host/boot.js` fetches its
//! file beside the wasm, and a published page carries its file in a data block
//! (`crate::publish`). Both reach [`Strings::read`], the one decoder, through the browser's
//! `JSON.parse`; the publisher reads the same files natively ([`for_content`]).

pub mod browser;

use article::{Compliance, JsonValue, Kind, Lifecycle};

/// Declares [`Strings`] and its decoder from one list: each name is the key of the same name
/// in every language file. Every text of a language, those of its lists and plural forms
/// included, is kept in one array, read in one loop over [`FIELDS`] and reached through a
/// method each. (With a field per key, read one by one, the wasm was 1 to 1.8 KB of brotli
/// larger: docs/performance.md.)
macro_rules! interface_strings {
    (
        texts { $($(#[doc = $text_doc:literal])* $text:ident,)* }
        lists { $($(#[doc = $list_doc:literal])* $list:ident: $length:literal,)* }
        plurals { $($(#[doc = $plural_doc:literal])* $plural:ident,)* }
    ) => {
        /// The interface strings of one language. Templates fill `{name}` placeholders.
        #[derive(Debug)]
        pub struct Strings {
            /// Every text, laid out as [`FIELDS`] says.
            all: [&'static str; SIZE],
        }

        /// Each key of a language file and the shape of its value, in the order of `Strings::all`.
        pub const FIELDS: &[(&str, Shape)] = &[
            $((stringify!($text), Shape::Text),)*
            $((stringify!($list), Shape::List($length)),)*
            $((stringify!($plural), Shape::Plural),)*
        ];

        /// The position of each key in [`FIELDS`].
        #[allow(non_camel_case_types)]
        enum Field { $($text,)* $($list,)* $($plural,)* }

        /// English, `i18n/en.json` written as constants by `build.rs`: compiled in, read at no
        /// cost, the fallback whenever another language cannot be had.
        static ENGLISH: Strings = Strings {
            all: {
                let mut all = [""; SIZE];
                $(all[start(Field::$text as usize)] = english::$text;)*
                $(copy(&mut all, start(Field::$list as usize), &english::$list);)*
                $(copy(&mut all, start(Field::$plural as usize), &english::$plural);)*
                all
            },
        };

        impl Strings {
            $($(#[doc = $text_doc])* pub fn $text(&self) -> &'static str {
                self.all[const { start(Field::$text as usize) }]
            })*
            $($(#[doc = $list_doc])* pub fn $list(&self) -> &[&'static str] {
                let at = const { start(Field::$list as usize) };
                &self.all[at..at + $length]
            })*
            $($(#[doc = $plural_doc])* pub fn $plural(&self) -> Plural<'_> {
                let at = const { start(Field::$plural as usize) };
                Plural(&self.all[at..at + Plural::CATEGORIES.len()])
            })*
        }
    };
}

/// What a key of a language file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Text,
    /// A list of so many texts.
    List(usize),
    /// A text for each plural category: `{"one": …, "other": …}`.
    Plural,
}

impl Shape {
    /// How many places of `Strings::all` it takes.
    const fn width(self) -> usize {
        match self {
            Shape::Text => 1,
            Shape::List(length) => length,
            Shape::Plural => Plural::CATEGORIES.len(),
        }
    }
}

/// Where the `field`th of [`FIELDS`] starts in `Strings::all`.
const fn start(field: usize) -> usize {
    let (mut at, mut index) = (0, 0);
    while index < field {
        at += FIELDS[index].1.width();
        index += 1;
    }
    at
}

/// How many texts a language has in all.
const SIZE: usize = start(FIELDS.len());

/// Copies English's texts of one list or plural into place (a `const` context has no
/// `copy_from_slice`).
const fn copy(all: &mut [&'static str; SIZE], at: usize, texts: &[&'static str]) {
    let mut index = 0;
    while index < texts.len() {
        all[at + index] = texts[index];
        index += 1;
    }
}

impl Strings {
    /// Reads a language file's parsed JSON; names the first key that is missing or not shaped
    /// as [`FIELDS`] says. Keys the widget does not use (the trap notice's, the noscript line)
    /// are left to the scripts that use them.
    pub fn read<J: JsonValue>(file: &J) -> Result<Strings, String> {
        let mut all: Vec<&'static str> = Vec::with_capacity(SIZE);
        for (key, shape) in FIELDS {
            let value = file.field(key);
            let read = match (shape, &value) {
                (Shape::Text, Some(value)) => value.string().map(|text| all.push(keep(text))),
                (Shape::List(length), Some(value)) => {
                    let items = value.elements();
                    let texts: Option<Vec<String>> = items.iter().map(J::string).collect();
                    texts
                        .filter(|texts| texts.len() == *length)
                        .map(|texts| all.extend(texts.into_iter().map(keep)))
                }
                (Shape::Plural, Some(value)) if value.kind() == Kind::Object => {
                    for category in Plural::CATEGORIES {
                        let form = value.field(category).and_then(|form| form.string());
                        all.push(form.map_or("", keep));
                    }
                    // Every language has `other`.
                    all.last().filter(|other| !other.is_empty()).map(|_| ())
                }
                _ => None,
            };
            read.ok_or_else(|| format!("\"{key}\" is missing or not what en.json has there"))?;
        }
        let all = all.try_into().map_err(|_| "a key read twice".to_owned())?;
        Ok(Strings { all })
    }
}

/// A text, kept for the page's life: a language is read once, at start.
fn keep(text: String) -> &'static str {
    text.leak()
}

interface_strings! {
    texts {
        /// BCP 47 tag of this language, as its file is named.
        lang,
        /// `ltr` or `rtl`, for `dir` on the widget's root.
        dir,
        /// The ten digits this language writes, zero first (`0123456789`, Persian `۰۱۲۳۴۵۶۷۸۹`).
        digits,
        /// A calendar date: `{day}`, `{month}`, `{year}`.
        date,
        /// A time of day: `{h}` (1–12), `{H}` (0–23), `{HH}` (00–23), `{mm}`, `{period}`.
        time,
        /// A date with a time of day: `{date}`, `{time}`.
        date_time,
        /// Between the names of a list ("Russia, Ukraine"; Arabic "، ", Japanese "、").
        list_separator,
        show_all,
        hide_all,
        all_opened,
        all_closed,
        retry,
        loading,
        loaded,
        error_title,
        published,
        updated,
        source_link,
        key_figures,
        quotes,
        evidence,
        from_the_article,
        lead_nations,
        aim,
        deployment,
        if_attacked,
        would_not,
        status,
        positions,
        parties,
        mediator,
        lifecycle_axis,
        compliance_axis,
        /// A status badge: `{axis}`, `{value}`, then `{as_of}` (the date part below).
        status_badge,
        /// When a status was reported: `{date}`.
        as_of,
        covers,
        disputes,
        alleged_violations,
        /// An attributed claim: `{claimant}`, `{accused}`, `{claim}`.
        claim,
        developments,
        /// Load errors: `{src}`, `{origin}`, `{url}`, `{status}`, `{reason}`, `{seconds}`, `{limit}`, `{type}`.
        err_bad_address,
        err_not_allowed,
        err_http,
        err_network,
        err_too_large,
        err_not_json,
        err_not_text,
        /// Put before the (English) technical detail of an invalid article; empty in English.
        err_article_lead,
        /// Live updates (`refresh`): when the shown version arrived, `{time}`.
        live_updated,
        /// Shown while updates fail; the last good version stays.
        live_failing,
        live_pause,
        live_resume,
        /// Marks a part that changed in the last update.
        live_changed,
        /// An agreement whose status changed: `{name}`, `{status}`.
        now_status,
    }
    lists {
        /// Month names as they stand in a date ("March", "mars", "березня"), January first.
        months: 12,
        /// The `{period}` of a 12-hour clock: before noon, after noon.
        day_periods: 2,
        /// In the order of [`Lifecycle`]: proposed, announced, agreed, in force, suspended, collapsed.
        lifecycle: 6,
        /// In the order of [`Compliance`]: none reported, alleged, mutual, confirmed, unknown.
        compliance: 5,
    }
    plurals {
        /// The button under a long list: `{count}`, always over 100.
        show_all_items,
        err_timeout,
    }
}

/// A text in each plural category its language has (CLDR's `zero`, `one`, `two`, `few`,
/// `many`, `other`), chosen by a count: "1 element", "2 elementy", "5 elementów".
#[derive(Debug, Clone, Copy)]
pub struct Plural<'a>(
    /// In the order of [`Plural::CATEGORIES`]; empty where the language has no such form.
    &'a [&'static str],
);

impl Plural<'_> {
    /// CLDR's plural categories, as `Intl.PluralRules` names them; `other` is always last.
    pub const CATEGORIES: [&'static str; 6] = ["zero", "one", "two", "few", "many", "other"];

    /// The form for `count` in `lang`.
    pub fn select(&self, lang: &str, count: u32) -> &'static str {
        self.form(&plural_category(lang, count))
    }

    /// The form of a plural category: its own, else `other`.
    pub fn form(&self, category: &str) -> &'static str {
        let form = |at: usize| self.0.get(at).copied().unwrap_or_default();
        Self::CATEGORIES
            .iter()
            .position(|known| *known == category)
            .map(form)
            .filter(|form| !form.is_empty())
            .unwrap_or_else(|| form(5))
    }
}

/// The plural category of `count` in `lang`, from the browser's `Intl.PluralRules`: the rules of
/// the reader's own browser, at no cost to the wasm.
#[cfg(target_arch = "wasm32")]
pub fn plural_category(lang: &str, count: u32) -> String {
    let locales = js_sys::Array::of1(&lang.into());
    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        .select(f64::from(count))
        .into()
}

/// The plural category of `count` in `lang`, by CLDR's rules (ICU4X): the publisher
/// prerenders with the categories the browser will use (`tests/browser.rs` compares the two).
#[cfg(not(target_arch = "wasm32"))]
pub fn plural_category(lang: &str, count: u32) -> String {
    cldr_plural_category(lang, count).to_owned()
}

/// CLDR's plural category of `count` in `lang`, by ICU4X; `other` for a tag it cannot read.
#[cfg(any(not(target_arch = "wasm32"), feature = "cldr-plurals"))]
pub fn cldr_plural_category(lang: &str, count: u32) -> &'static str {
    use icu_plurals::{PluralCategory, PluralRules};
    let rules = icu_locale_core::Locale::try_from_str(lang)
        .ok()
        .and_then(|locale| PluralRules::try_new_cardinal((&locale).into()).ok());
    match rules.map(|rules| rules.category_for(count)) {
        Some(PluralCategory::Zero) => "zero",
        Some(PluralCategory::One) => "one",
        Some(PluralCategory::Two) => "two",
        Some(PluralCategory::Few) => "few",
        Some(PluralCategory::Many) => "many",
        _ => "other",
    }
}

impl Strings {
    /// The label of an agreement's lifecycle status.
    pub fn lifecycle_label(&self, status: Lifecycle) -> &'static str {
        self.lifecycle()
            .get(status as usize)
            .copied()
            .unwrap_or_default()
    }

    /// The label of an agreement's compliance status.
    pub fn compliance_label(&self, status: Compliance) -> &'static str {
        self.compliance()
            .get(status as usize)
            .copied()
            .unwrap_or_default()
    }

    /// `text` with its digits written as this language writes them (Persian: `۲۷`).
    pub fn digits_in(&self, text: String) -> String {
        let digits = self.digits();
        if digits.starts_with('0') {
            return text;
        }
        text.chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|digit| digits.chars().nth(digit as usize))
                    .unwrap_or(c)
            })
            .collect()
    }

    /// The button under a long list of `count` items, in this language's plural form and digits.
    pub fn show_all_items_button(&self, count: usize) -> String {
        let count = u32::try_from(count).unwrap_or(u32::MAX);
        let text = fill(
            self.show_all_items().select(self.lang(), count),
            &[("count", &count.to_string())],
        );
        self.digits_in(text)
    }
}

include!(concat!(env!("OUT_DIR"), "/english.rs"));

/// The English strings.
pub fn english() -> &'static Strings {
    &ENGLISH
}

/// A language file's text, read. In the browser through `JSON.parse`, with no JSON parser in
/// the wasm; natively through serde_json.
pub fn parse(text: &str) -> Result<Strings, String> {
    #[cfg(target_arch = "wasm32")]
    let strings = crate::json::read_strings(text);
    #[cfg(not(target_arch = "wasm32"))]
    let strings = serde_json::from_str::<serde_json::Value>(text)
        .map_err(|err| err.to_string())
        .and_then(|value| Strings::read(&&value));
    let strings = strings?;
    if !matches!(strings.dir(), "ltr" | "rtl") || strings.digits().chars().count() != 10 {
        return Err(format!(
            "{}: \"dir\" must be ltr or rtl and \"digits\" ten digits",
            strings.lang()
        ));
    }
    Ok(strings)
}

/// Languages whose script runs right to left, by primary subtag: the content's direction, for
/// any language an article is written in (the interface's comes with its file).
const RTL: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb"];

/// The primary subtag of a BCP 47 tag, lowercased: `fr-CA` → `fr`.
pub fn primary(tag: &str) -> String {
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

/// Every language file, `(tag, text)`, listed by `build.rs` from `i18n/languages.json`: for the
/// publisher and the tests. The widget never refers to it, so its wasm holds none of them
/// (the 34 files are about 125 KB before compression).
pub const LANGUAGE_FILES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/language_files.rs"));

/// `i18n/languages.json`: every language's tag and name, and the tags that stand for another.
pub const LANGUAGE_LIST: &str = include_str!("../../i18n/languages.json");

/// The language file's tag for a BCP 47 tag, as `host/boot.js` matches one: the primary
/// subtag, lowercased (`fr-CA` → `fr`, `zh-Hant` → `zh`), or the language it stands for in
/// `i18n/languages.json`'s aliases (`no` → `nb`), when the widget speaks it.
#[cfg(not(target_arch = "wasm32"))]
pub fn matching_tag(tag: &str) -> Option<&'static str> {
    let primary = primary(tag);
    let list: serde_json::Value = serde_json::from_str(LANGUAGE_LIST).ok()?;
    let wanted = list["aliases"][&primary].as_str().unwrap_or(&primary);
    LANGUAGE_FILES
        .iter()
        .map(|(known, _)| *known)
        .find(|known| *known == wanted)
}

/// The interface language for content in `lang`: its own when the widget speaks it, else
/// English; with its file's text for a published page's data block (`None` for English,
/// which the wasm has).
#[cfg(not(target_arch = "wasm32"))]
pub fn for_content(lang: &str) -> (&'static Strings, Option<&'static str>) {
    static READ: std::sync::OnceLock<Vec<Strings>> = std::sync::OnceLock::new();
    let read = READ.get_or_init(|| {
        LANGUAGE_FILES
            .iter()
            .filter_map(|(_, text)| parse(text).ok())
            .collect()
    });
    let tag = matching_tag(lang).filter(|tag| *tag != "en");
    let file = tag.and_then(|tag| LANGUAGE_FILES.iter().find(|(known, _)| *known == tag));
    let strings = tag.and_then(|tag| read.iter().find(|strings| strings.lang() == tag));
    match (strings, file) {
        (Some(strings), Some((_, text))) => (strings, Some(text)),
        _ => (english(), None),
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
