//! Proleptic Gregorian calendar dates (year, month, day) and day arithmetic.

use crate::error::{Error, ErrorKind, Result};
use std::fmt;
use std::str::FromStr;

/// A Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year (astronomical numbering).
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Ymd { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Ymd {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Ymd {
            year: (y + i64::from(m <= 2)) as i32,
            month: m,
            day: d,
        }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn iso_weekday(self) -> u32 {
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written into a buffer on the stack, not through the formatter's
        // padding (which the usual years, months and days do not need).
        match u32::try_from(self.year) {
            Ok(y) if y <= 9999 && self.month <= 99 && self.day <= 99 => {
                let mut b = *b"0000-00-00";
                for (k, n, at) in [(4, y, 0), (2, self.month, 5), (2, self.day, 8)] {
                    let mut n = n;
                    for i in (at..at + k).rev() {
                        b[i] = b'0' + (n % 10) as u8;
                        n /= 10;
                    }
                }
                f.write_str(std::str::from_utf8(&b).map_err(|_| fmt::Error)?)
            }
            _ => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// Writes the decimal digits of `n` at the end of `buf` and returns where
/// they begin (the bytes before are left as they were).
pub(crate) fn decimal_digits(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return i;
        }
    }
}

/// Appends `n` in decimal with at least `width` digits (zeros in front),
/// as `{n:0width$}` writes it, without the formatter's padding machinery
/// (some hundreds of instructions a date).
pub fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut buf = [b'0'; 20];
    let i = decimal_digits(u64::from(n), &mut buf);
    let start = i.min(buf.len().saturating_sub(width));
    for &b in &buf[start..] {
        out.push(char::from(b));
    }
}

/// An output id: `prefix` and `n` in decimal («d1», «q12»), as
/// `format!("{prefix}{n}")` writes it.
pub fn numbered_id(prefix: char, n: usize) -> String {
    let mut id = String::with_capacity(8);
    id.push(prefix);
    match u32::try_from(n) {
        Ok(n) => push_padded(&mut id, n, 1),
        Err(_) => id.push_str(&n.to_string()),
    }
    id
}

/// Appends `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as `{y:04}-{m:02}-{d:02}`
/// writes them; a day without a month is not written).
pub fn push_ymd(out: &mut String, year: i32, month: Option<u32>, day: Option<u32>) {
    match u32::try_from(year) {
        Ok(y) => push_padded(out, y, 4),
        Err(_) => {
            use std::fmt::Write;
            let _ = write!(out, "{year:04}");
        }
    }
    if let Some(m) = month {
        out.push('-');
        push_padded(out, m, 2);
        if let Some(d) = day {
            out.push('-');
            push_padded(out, d, 2);
        }
    }
}

impl FromStr for Ymd {
    type Err = Error;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Ymd> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("invalid date {s:?}: expected YYYY-MM-DD"),
            )
        };
        let mut parts = s.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (y, m, d) = (
            y.parse().map_err(|_| bad())?,
            m.parse().map_err(|_| bad())?,
            d.parse().map_err(|_| bad())?,
        );
        Ymd::new(y, m, d).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_ids_as_format_writes_them() {
        let rows: &[(i32, u32, u32)] = &[
            (2016, 5, 3),
            (1437, 12, 30),
            (0, 1, 1),
            (7, 10, 9),
            (12345, 1, 2),
            (-44, 3, 15),
            (-12345, 100, 7),
            (2016, 123, 456),
        ];
        for &(y, m, d) in rows {
            let date = Ymd {
                year: y,
                month: m,
                day: d,
            };
            assert_eq!(date.to_string(), format!("{y:04}-{m:02}-{d:02}"));
            for (month, day, want) in [
                (Some(m), Some(d), format!("{y:04}-{m:02}-{d:02}")),
                (Some(m), None, format!("{y:04}-{m:02}")),
                (None, None, format!("{y:04}")),
            ] {
                let mut s = String::new();
                push_ymd(&mut s, y, month, day);
                assert_eq!(s, want);
            }
        }
        for n in [0, 1, 9, 10, 99, 100, 12345, 4_294_967_295, 4_294_967_296] {
            assert_eq!(numbered_id('q', n), format!("q{n}"));
        }
    }

    #[test]
    fn parse_and_arithmetic() {
        let d: Ymd = "2016-05-03".parse().unwrap();
        assert_eq!(d.iso_weekday(), 2); // Tuesday
        assert_eq!(d.add_days(-1).to_string(), "2016-05-02");
        assert_eq!(d.add_days(-64).to_string(), "2016-02-29");
        assert_eq!(Ymd::from_days(0).to_string(), "1970-01-01");
        for bad in ["2016-02-30", "2016-5-3", "03/05/2016", "", "2016-13-01"] {
            assert!(bad.parse::<Ymd>().is_err(), "{bad}");
        }
        for days in [-800_000i64, -1, 0, 1, 16924, 900_000] {
            assert_eq!(Ymd::from_days(days).to_days(), days);
        }
    }
}
