//! Dates for readers, from the interface strings' month names and patterns.
//!
//! A date is shown as the article wrote it: a calendar day as that day, and a time of day on the
//! clock it was written on, followed by its offset ("June 12, 2025 at 12:00 AM UTC+02:00").
//! Converting to the reader's zone would show another day for the same midnight with nothing to
//! tell the reader so; the offset says which midnight is meant, and every reader, browser and
//! prerenderer writes the same text.
//!
//! Not `Intl.DateTimeFormat`: its first use loads the browser's locale data, 20–28 ms on the
//! critical path of every load (`make bench`). The language files hold what it would say
//! (`tests/browser.rs` holds them to it, in every language and month).

use article::IsoDate;

use crate::i18n::{fill, Strings};

/// Formats an ISO 8601 date (`2025-03-27`) or date-time for the reader, e.g. "March 27, 2025".
/// Falls back to the ISO text when it cannot be read.
pub fn long_date(iso: &str, strings: &Strings) -> String {
    let Some(date) = IsoDate::parse(iso) else {
        return iso.to_owned();
    };
    let month = strings
        .months()
        .get(date.month as usize - 1)
        .copied()
        .unwrap_or_default();
    let text = fill(
        strings.date(),
        &[
            ("day", &date.day.to_string()),
            ("month", month),
            ("year", &date.year.to_string()),
        ],
    );
    let Some((hours, minutes)) = date.time else {
        return strings.digits_in(text);
    };
    let mut time = clock(hours, minutes, strings);
    if let Some(offset) = date.offset_minutes {
        time.push(' ');
        time.push_str(&zone(offset));
    }
    strings.digits_in(fill(
        strings.date_time(),
        &[("date", &text), ("time", &time)],
    ))
}

/// "UTC", "UTC+02:00", "UTC-05:30": understood in every language the widget speaks.
fn zone(offset_minutes: i32) -> String {
    let minutes = offset_minutes.unsigned_abs();
    if minutes == 0 {
        return "UTC".to_owned();
    }
    // Pushed rather than formatted or joined: `format!` here cost 175 B of brotli and `concat`
    // brought `join_generic_copy` (twiggy diff).
    let mut zone = String::from(if offset_minutes < 0 { "UTC-" } else { "UTC+" });
    zone.push_str(&two_digits(minutes / 60));
    zone.push(':');
    zone.push_str(&two_digits(minutes % 60));
    zone
}

/// A time of day in the language's pattern: "9:30 AM", "09:30", "오후 9:30", "9.30".
fn clock(hours: u32, minutes: u32, strings: &Strings) -> String {
    let twelve = match hours % 12 {
        0 => 12,
        hour => hour,
    };
    fill(
        strings.time(),
        &[
            ("h", &twelve.to_string()),
            ("H", &hours.to_string()),
            ("HH", &two_digits(hours)),
            ("mm", &two_digits(minutes)),
            (
                "period",
                strings
                    .day_periods()
                    .get(usize::from(hours >= 12))
                    .copied()
                    .unwrap_or_default(),
            ),
        ],
    )
}

fn two_digits(number: u32) -> String {
    format!("{number:02}")
}
