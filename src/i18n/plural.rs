//! Plural forms: a text per CLDR plural category, chosen by the browser's `Intl.PluralRules`
//! in the wasm and by ICU4X's CLDR rules in the publisher.

/// A text in each plural category its language has (CLDR's `zero`, `one`, `two`, `few`,
/// `many`, `other`), chosen by a count: "1 element", "2 elementy", "5 elementów".
#[derive(Debug, Clone, Copy)]
pub struct Plural<'a>(
    /// In the order of [`Plural::CATEGORIES`]; empty where the language has no such form.
    pub(super) &'a [&'static str],
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
