//! Dates for readers, formatted by the browser's `Intl` so the wasm carries no date library.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// Formats an ISO 8601 date (`2025-03-27`) or date-time for `lang`, e.g. "27 March 2025".
/// A date-only value is a calendar day, so it is formatted in UTC to avoid shifting it by a day.
/// Falls back to the ISO text when the browser cannot read it.
pub fn long_date(iso: &str, lang: &str) -> String {
    let date = Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = Object::new();
    let set = |key: &str, value: &str| {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    set("day", "numeric");
    set("month", "long");
    set("year", "numeric");
    if iso.len() == 10 {
        set("timeZone", "UTC");
    } else {
        set("hour", "numeric");
        set("minute", "2-digit");
    }
    let locales = Array::of1(&JsValue::from_str(lang));
    let formatter = Intl::DateTimeFormat::new(&locales, &options);
    formatter
        .format()
        .call1(&formatter, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| iso.to_owned())
}
