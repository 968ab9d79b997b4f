//! One language's interface strings: the table every language file is read into, its one
//! decoder, English compiled in, and the labels and counts built from them.

use article::{Compliance, JsonValue, Kind, Lifecycle};

use super::plural::Plural;
use super::template::fill;

/// Declares [`Strings`] and its decoder from one list: each name is the key of the same name
/// in every language file. Every text of a language, those of its lists and plural forms
/// included, is kept in one array, read in one loop over [`FIELDS`] and reached through a
/// method each. (With a field per key, read one by one, the wasm was 1 to 1.8 KB of brotli
/// larger: docs/performance-log.md.)
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
        /// An editors' note under the header: `{date}`, `{text}`.
        update_note,
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
    let strings = crate::browser_json::parse(text).and_then(|parsed| Strings::read(&parsed));
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
