//! ISO 8601 dates as the format writes them: read once here, for the validator and for display.

/// A date as written: a calendar day, optionally a time of day, optionally the offset it was
/// written in. Nothing is converted, so every reader sees the time the source gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoDate {
    pub year: u32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31, and a day the month has.
    pub day: u32,
    /// Hours (0–23) and minutes; seconds and fractions are read but not kept.
    pub time: Option<(u32, u32)>,
    /// Minutes east of UTC (`Z` is 0); `None` when the time carries no offset.
    pub offset_minutes: Option<i32>,
}

impl IsoDate {
    /// Reads `YYYY-MM-DD`, optionally followed by a time `THH:MM[:SS[.fff]]` and a zone `Z` or
    /// `±HH:MM`. The date must exist (no 30 February).
    pub fn parse(value: &str) -> Option<IsoDate> {
        let (date, time) = match value.split_once('T') {
            Some((date, time)) => (date, Some(time)),
            None => (value, None),
        };
        let (year, month, day) = calendar_date(date)?;
        let (time, offset_minutes) = match time {
            Some(time) => {
                let (clock, offset) = time_of_day(time)?;
                (Some(clock), offset)
            }
            None => (None, None),
        };
        Some(IsoDate {
            year,
            month,
            day,
            time,
            offset_minutes,
        })
    }
}

/// True for a date [`IsoDate::parse`] reads.
pub fn is_iso_date(value: &str) -> bool {
    IsoDate::parse(value).is_some()
}

fn number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn calendar_date(date: &str) -> Option<(u32, u32, u32)> {
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let (year, month, day) = (number(y, 4)?, number(m, 2)?, number(d, 2)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// `HH:MM` with hours under 24 and minutes under 60.
fn hours_minutes(text: &str) -> Option<(u32, u32)> {
    let (h, m) = text.split_once(':')?;
    let (h, m) = (number(h, 2)?, number(m, 2)?);
    (h < 24 && m < 60).then_some((h, m))
}

/// The clock and the offset in minutes (`None` when the time carries no zone).
fn time_of_day(time: &str) -> Option<((u32, u32), Option<i32>)> {
    let (clock, offset) = if let Some(clock) = time.strip_suffix('Z') {
        (clock, Some(0))
    } else if let Some(at) = time.rfind(['+', '-']) {
        let zone = &time[at + 1..];
        let (h, m) = (zone.len() == 5).then(|| hours_minutes(zone)).flatten()?;
        let minutes = (h * 60 + m) as i32;
        let sign = if time.as_bytes()[at] == b'-' { -1 } else { 1 };
        (&time[..at], Some(sign * minutes))
    } else {
        (time, None)
    };
    let hm = match clock.len() {
        5 => hours_minutes(clock)?,
        8.. => {
            let (seconds, fraction) = clock[6..].split_once('.').unwrap_or((&clock[6..], "1"));
            let ok = clock.as_bytes()[5] == b':'
                && number(seconds, 2).is_some_and(|s| s < 60)
                && !fraction.is_empty()
                && fraction.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| hours_minutes(&clock[..5])).flatten()?
        }
        _ => return None,
    };
    Some((hm, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_times_and_offsets_as_written() {
        let at = |value| {
            IsoDate::parse(value).map(|d| (d.year, d.month, d.day, d.time, d.offset_minutes))
        };
        assert_eq!(at("2025-03-27"), Some((2025, 3, 27, None, None)));
        assert_eq!(
            at("2025-06-12T00:00:00+02:00"),
            Some((2025, 6, 12, Some((0, 0)), Some(120)))
        );
        assert_eq!(
            at("2025-06-12T23:59:59.5-05:30"),
            Some((2025, 6, 12, Some((23, 59)), Some(-330)))
        );
        assert_eq!(
            at("2025-03-27T09:30Z"),
            Some((2025, 3, 27, Some((9, 30)), Some(0)))
        );
        assert_eq!(
            at("2025-03-27T09:30"),
            Some((2025, 3, 27, Some((9, 30)), None))
        );
        for bad in [
            "2025-02-29",
            "2024-13-01",
            "2025-03-27T24:00",
            "2025-03-27T09:30+2:00",
            "2025-03-27T09:30:5",
            "27/03/2025",
            "",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
        assert!(at("2024-02-29").is_some());
    }

    /// The cases `make mutants` found untested: digit counts, the century rules of leap years,
    /// 30-day months, the edges of the clock, seconds and their fraction.
    #[test]
    fn refuses_every_malformed_part() {
        let ok = |value| IsoDate::parse(value).is_some();
        for good in [
            "2000-02-29",
            "2025-02-28",
            "2025-04-30",
            "2025-12-31",
            "2025-03-27T23:59:59",
            "2025-03-27T09:30:00.5Z",
        ] {
            assert!(ok(good), "{good}");
        }
        for bad in [
            "2025-3-27",
            "+025-03-27",
            "2025-03-2x",
            "1900-02-29",
            "2100-02-29",
            "2025-04-31",
            "2025-06-31",
            "2025-03-27T09:60",
            "2025-03-27T24:00",
            "2025-03-27T09:30x00",
            "2025-03-27T09:30:60",
            "2025-03-27T09:30:00.",
            "2025-03-27T09:30:00.5a",
            "2025-03-27T09:30:5x",
            "2025-03-27T09:30+24:00",
        ] {
            assert!(!ok(bad), "{bad}");
        }
    }
}
