//! Dates for readers, from the interface strings' month names and patterns.
//!
//! Not `Intl.DateTimeFormat`: its first use loads the browser's locale data, 20–28 ms on the
//! critical path of every load (`make bench`), and the widget only speaks the languages in
//! `i18n` anyway.

use js_sys::Date;
use wasm_bindgen::JsValue;

use crate::i18n::{fill, Strings};

/// Formats an ISO 8601 date (`2025-03-27`) or date-time for the reader, e.g. "March 27, 2025".
/// A date-only value is a calendar day, shown as written; a date-time is shown in the
/// reader's time zone. Falls back to the ISO text when the browser cannot read it.
pub fn long_date(iso: &str, strings: &Strings) -> String {
    let date = Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let date_only = iso.len() == 10;
    let (year, month, day) = if date_only {
        (
            date.get_utc_full_year(),
            date.get_utc_month(),
            date.get_utc_date(),
        )
    } else {
        (date.get_full_year(), date.get_month(), date.get_date())
    };
    let month = strings
        .months
        .get(month as usize)
        .copied()
        .unwrap_or_default();
    let text = fill(
        strings.date,
        &[
            ("day", &day.to_string()),
            ("month", month),
            ("year", &year.to_string()),
        ],
    );
    if date_only {
        return text;
    }
    let time = clock(date.get_hours(), date.get_minutes(), strings.clock_12h);
    fill(strings.date_time, &[("date", &text), ("time", &time)])
}

/// "9:30 AM" on a 12-hour clock, "09:30" on a 24-hour one.
fn clock(hours: u32, minutes: u32, twelve_hour: bool) -> String {
    if twelve_hour {
        let (hour, period) = match hours {
            0 => (12, "AM"),
            1..=11 => (hours, "AM"),
            12 => (12, "PM"),
            _ => (hours - 12, "PM"),
        };
        format!("{hour}:{minutes:02} {period}")
    } else {
        format!("{hours:02}:{minutes:02}")
    }
}
