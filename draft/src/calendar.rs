//! Days as the drafter counts them: a civil date as a number of days, so that "last Wednesday"
//! and "next month" are arithmetic (the proleptic Gregorian calendar).

use article::IsoDate;

/// A day, counted from 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(i64);

impl Day {
    /// 1970-01-01.
    pub const EPOCH: Day = Day(0);

    /// The day `year`-`month`-`day`, if there is one.
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Days from civil: years start in March, so that the leap day ends the year.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(month);
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Some(Day(era * 146_097 + day_of_era - 719_468))
    }

    /// Year, month, day.
    pub fn ymd(self) -> (i64, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// The day of an ISO 8601 date or date-time (its calendar day as written).
    pub fn parse_iso(text: &str) -> Option<Day> {
        let date = IsoDate::parse(text.trim())?;
        Day::from_ymd(i64::from(date.year), date.month, date.day)
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> i64 {
        (self.0 + 3).rem_euclid(7)
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// The Monday of the week `step` weeks from this day's.
    pub fn week_start(self, step: i64) -> Day {
        Day(self.0 - self.weekday() + 7 * step)
    }

    /// The first day of the month `step` months from this day's.
    pub fn month_start(self, step: i64) -> Day {
        let (year, month, _) = self.ymd();
        let months = year * 12 + i64::from(month) - 1 + step;
        let (year, month) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
        Day::from_ymd(year, month, 1).unwrap_or(self)
    }

    /// January 1 of the year `step` years from this day's.
    pub fn year_start(self, step: i64) -> Day {
        Day::from_ymd(self.ymd().0 + step, 1, 1).unwrap_or(self)
    }

    /// The latest `weekday` on or before this day (`strictly`: before it).
    pub fn weekday_before(self, weekday: i64, strictly: bool) -> Day {
        let back = (self.weekday() - weekday).rem_euclid(7);
        let back = if back == 0 && strictly { 7 } else { back };
        Day(self.0 - back)
    }

    /// The first `weekday` after this day.
    pub fn weekday_after(self, weekday: i64) -> Day {
        let ahead = (weekday - self.weekday()).rem_euclid(7);
        Day(self.0 + if ahead == 0 { 7 } else { ahead })
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn days_round_trip_and_know_their_weekday() {
        let day = Day::from_ymd(2025, 3, 27).expect("a date");
        assert_eq!(day.iso(), "2025-03-27");
        assert_eq!(day.weekday(), 3, "a Thursday");
        assert_eq!(Day::from_ymd(1970, 1, 1).expect("a date").weekday(), 3);
        for n in -800_000..800_000 {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Some(Day(n)));
        }
        assert_eq!(Day::from_ymd(2025, 2, 29), None);
        assert_eq!(
            Day::from_ymd(2024, 2, 29).map(Day::iso).as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn weeks_months_and_weekdays_step_as_a_reader_counts() {
        let thursday = Day::from_ymd(2025, 3, 27).expect("a date");
        assert_eq!(thursday.weekday_before(3, false).iso(), "2025-03-27");
        assert_eq!(thursday.weekday_before(3, true).iso(), "2025-03-20");
        assert_eq!(thursday.weekday_before(2, false).iso(), "2025-03-26");
        assert_eq!(thursday.weekday_after(3).iso(), "2025-04-03");
        assert_eq!(thursday.weekday_after(0).iso(), "2025-03-31");
        assert_eq!(thursday.week_start(-1).iso(), "2025-03-17");
        assert_eq!(thursday.month_start(1).iso(), "2025-04-01");
        assert_eq!(thursday.month_start(-3).iso(), "2024-12-01");
        assert_eq!(thursday.year_start(1).iso(), "2026-01-01");
    }
}
