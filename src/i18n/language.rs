//! Which interface language a reader or an article gets, and its direction: the language files
//! listed by `i18n/languages.json`, and how a BCP 47 tag is matched to one.

#[cfg(not(target_arch = "wasm32"))]
use super::strings::{english, parse, Strings};

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

/// The language file's tag for a BCP 47 tag, as `src/start/boot.js` matches one: a file for its
/// language and second subtag when there is one (`pt-PT` → `pt-PT`, any case), else its primary
/// subtag (`fr-CA` → `fr`, `pt-BR` → `pt`, `zh-Hant` → `zh`) or the language that stands for in
/// `i18n/languages.json`'s aliases (`no` → `nb`), when the widget speaks it.
#[cfg(not(target_arch = "wasm32"))]
pub fn matching_tag(tag: &str) -> Option<&'static str> {
    let list: serde_json::Value = serde_json::from_str(LANGUAGE_LIST).ok()?;
    let spoken = |wanted: &str| {
        LANGUAGE_FILES
            .iter()
            .map(|(known, _)| *known)
            .find(|known| known.eq_ignore_ascii_case(wanted))
    };
    let primary = primary(tag);
    let regional = tag
        .split('-')
        .nth(1)
        .and_then(|second| spoken(&format!("{primary}-{second}")));
    regional.or_else(|| spoken(list["aliases"][&primary].as_str().unwrap_or(&primary)))
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
