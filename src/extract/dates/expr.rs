//! What a temporal expression means before it is resolved against the
//! reference date.

use super::lexicon::Unit;

/// A point or stretch of time, as written (every field optional).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Point {
    /// Gregorian year.
    pub year: Option<i32>,
    /// Gregorian month.
    pub month: Option<u32>,
    /// Gregorian day of month.
    pub day: Option<u32>,
    /// Hijri date as written: year (if given), month, day (if given).
    pub hijri: Option<(Option<i32>, Option<u32>, Option<u32>)>,
    /// ISO weekday.
    pub weekday: Option<u32>,
    /// Day offset from the reference date (أمس = -1).
    pub day_offset: Option<i64>,
    /// Offset in a unit from the reference date (الأسبوع المقبل, قبل ثلاث سنوات).
    pub unit_offset: Option<(Unit, i64)>,
    /// Direction modifier of a weekday or month: -1 past, 0 current, 1 future.
    pub dir: Option<i64>,
    /// Clock time (hour, minute).
    pub time: Option<(u32, u32)>,
    /// Part of day (TIMEX3 MO, MI, AF, EV, NI).
    pub part: Option<&'static str>,
    /// Edge of the period (start, mid, end).
    pub edge: Option<&'static str>,
    /// Season (TIMEX3 SP, SU, FA, WI).
    pub season: Option<&'static str>,
    /// Half or quarter of the year: (`'H'` or `'Q'`, 1-based index).
    pub year_part: Option<(char, u32)>,
    /// Relative to the previous event of the narrative, not to the
    /// reference date («اليوم التالي»، «في اليوم نفسه»).
    pub narrative: bool,
    /// Written in a future context («سيعقد … في 15 نوفمبر»): a missing year
    /// is read forwards.
    pub future: bool,
}

impl Point {
    /// True when nothing but a clock time or part of day is known.
    pub fn is_time_only(&self) -> bool {
        self.year.is_none()
            && self.month.is_none()
            && self.day.is_none()
            && self.hijri.is_none()
            && self.weekday.is_none()
            && self.day_offset.is_none()
            && self.unit_offset.is_none()
    }

    /// True when the point is a full Gregorian or Hijri date with its year.
    pub fn is_full_date(&self) -> bool {
        (self.year.is_some() && self.month.is_some() && self.day.is_some())
            || matches!(self.hijri, Some((Some(_), Some(_), Some(_))))
    }
}

/// A parsed temporal expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A date or time.
    Point(Point),
    /// A duration; `None` when the amount is vague (يوم أو يومين, بضعة أيام).
    Duration(Unit, Option<u32>),
    /// A set (frequency); `None` when it has no single ISO period.
    Set(Option<&'static str>),
    /// A vague stretch before (-1) or after (1) the reference (الأيام المقبلة).
    Vague(i64),
    /// An interval between two points.
    Interval(Point, Point),
    /// A decade or century with its TIMEX3 value (`197`, `19`) and grain.
    Era(String, &'static str),
    /// A vague reference to the present or past (`PRESENT_REF`, `PAST_REF`).
    Ref(&'static str),
}
