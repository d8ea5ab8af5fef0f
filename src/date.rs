//! Calendar dates (proleptic Gregorian), enough for expiry and age rules without a date crate.
//!
//! Day numbers use Howard Hinnant's `days_from_civil` algorithm
//! (<https://howardhinnant.github.io/date_algorithms.html#days_from_civil>).

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        (day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly (ISO 8601 calendar date, extended format).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_day_number(z: i64) -> Option<Date> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month as u8, day as u8)
    }

    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(days)?)
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.day_number() + 3).rem_euclid(7)) as u8
    }

    /// The date `n` working days (Monday to Friday) after this one. Public holidays are not
    /// known to the engine, which DATA.md states.
    pub fn add_working_days(self, n: u32) -> Option<Date> {
        let mut d = self;
        let mut left = n;
        while left > 0 {
            d = d.add_days(1)?;
            if d.weekday() < 5 {
                left -= 1;
            }
        }
        Some(d)
    }

    /// The calendar day in China Standard Time (UTC+8, the filing systems' clock) at a Unix
    /// time in seconds. The engines never read a clock: the binding layers turn theirs into the
    /// day with this.
    pub fn in_china_at(unix_seconds: i64) -> Option<Date> {
        Date::from_day_number(unix_seconds.checked_add(8 * 3600)?.div_euclid(86_400))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(Date::from_day_number(d.day_number()), Some(d));
        assert_eq!(d.weekday(), 6, "2026-11-22 is a Sunday");
        assert_eq!(Date::parse("1970-01-01").unwrap().day_number(), 0);
        assert_eq!(
            Date::parse("2024-02-29")
                .unwrap()
                .add_days(365)
                .unwrap()
                .to_string(),
            "2025-02-28"
        );
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2023-2-28").is_none());
        assert!(Date::parse("２０２３-01-01").is_none());
        // Friday + 3 working days = Wednesday.
        assert_eq!(
            Date::parse("2026-11-20")
                .unwrap()
                .add_working_days(3)
                .unwrap()
                .to_string(),
            "2026-11-25"
        );
        // 2026-11-21 16:00 UTC is already the 22nd in Beijing.
        assert_eq!(
            Date::in_china_at(1_795_276_800).map(|d| d.to_string()),
            Some("2026-11-22".to_string())
        );
        assert_eq!(Date::in_china_at(i64::MAX), None);
    }
}
