//! Hijri ↔ Gregorian conversion with the Umm al-Qura calendar of
//! `icu_calendar` (Saudi Arabia's official calendar; outside its tabulated
//! range icu falls back to a computed approximation).

use crate::civil::Ymd;
use icu_calendar::Date;
use icu_calendar::cal::Hijri;

/// The Gregorian date of Hijri `year`-`month`-`day`, if valid.
pub fn to_gregorian(year: i32, month: u32, day: u32) -> Option<Ymd> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=2000).contains(&year) {
        return None;
    }
    let date = Date::try_new_hijri_with_calendar(
        year,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        Hijri::new_umm_al_qura(),
    )
    .ok()?;
    let iso = date.to_calendar(icu_calendar::Iso);
    Ymd::new(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// The Hijri (year, month, day) of a Gregorian date.
pub fn from_gregorian(d: Ymd) -> Option<(i32, u32, u32)> {
    let iso = Date::try_new_iso(
        d.year,
        u8::try_from(d.month).ok()?,
        u8::try_from(d.day).ok()?,
    )
    .ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        u32::from(h.month().ordinal),
        u32::from(h.day_of_month().0),
    ))
}

/// Days in Hijri `year`-`month` (29 or 30).
pub fn month_len(year: i32, month: u32) -> Option<u32> {
    let first = to_gregorian(year, month, 1)?;
    let next = if month == 12 {
        to_gregorian(year + 1, 1, 1)?
    } else {
        to_gregorian(year, month + 1, 1)?
    };
    u32::try_from(next.to_days() - first.to_days()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura_table() {
        let rows = [
            ((1437, 9, 1), "2016-06-06"),
            ((1437, 8, 15), "2016-05-22"),
            ((1436, 10, 1), "2015-07-17"),
            ((1445, 1, 1), "2023-07-19"),
            ((1400, 1, 1), "1979-11-21"),
        ];
        for ((y, m, d), want) in rows {
            assert_eq!(
                to_gregorian(y, m, d).unwrap().to_string(),
                want,
                "{y}-{m}-{d}"
            );
            let g: Ymd = want.parse().unwrap();
            assert_eq!(from_gregorian(g), Some((y, m, d)));
        }
        assert!(to_gregorian(1437, 13, 1).is_none());
        assert!(matches!(month_len(1437, 9), Some(29 | 30)));
    }
}
