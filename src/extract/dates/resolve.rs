//! Resolution of parsed expressions to ISO 8601 values against the
//! reference date, and the machine-readable description of what is relative.

use super::expr::{Expr, Point};
use super::hijri;
use super::lexicon::Unit;
use crate::civil::{Ymd, days_in_month};
use serde_json::{Value, json};

/// A resolved expression: the output fields of a date mention.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    /// `date`, `time`, `duration`, `set`, `interval`.
    pub kind: &'static str,
    /// ISO 8601 value.
    pub value: Option<String>,
    /// Granularity.
    pub grain: Option<&'static str>,
    /// `gregorian` or `hijri`.
    pub calendar: &'static str,
    /// Hijri date as written.
    pub hijri: Option<String>,
    /// Whether the reference date was used.
    pub resolved: bool,
    /// What is relative, when something is.
    pub relative: Option<Value>,
    /// Ends of an interval.
    pub interval: Option<(Option<String>, Option<String>)>,
    /// Edge of the period (`start`, `mid`, `end`).
    pub modifier: Option<&'static str>,
}

/// Resolves `expr` against `reference` (if any).
pub fn resolve(expr: &Expr, reference: Option<Ymd>) -> Resolved {
    match expr {
        Expr::Point(p) => point(p, reference),
        Expr::Duration(u, n) => Resolved {
            kind: "duration",
            value: n.map(|n| duration_value(*u, n)),
            grain: Some(u.grain()),
            calendar: "gregorian",
            ..Resolved::default()
        },
        Expr::Set(s) => Resolved {
            kind: "set",
            value: s.map(str::to_string),
            calendar: "gregorian",
            ..Resolved::default()
        },
        Expr::Era(v, grain) => Resolved {
            kind: "date",
            value: Some(v.clone()),
            grain: Some(grain),
            calendar: "gregorian",
            ..Resolved::default()
        },
        Expr::Ref(r) => Resolved {
            kind: "date",
            value: Some((*r).to_string()),
            calendar: "gregorian",
            relative: Some(json!({ "vague": if *r == "PAST_REF" { "past" } else { "present" } })),
            ..Resolved::default()
        },
        Expr::Vague(d) => Resolved {
            kind: "date",
            calendar: "gregorian",
            relative: Some(json!({ "vague": if *d < 0 { "past" } else { "future" } })),
            ..Resolved::default()
        },
        Expr::Interval(a, b) => {
            let (mut ra, mut rb) = (point(a, reference), point(b, reference));
            // An end that is a stretch itself (a Hijri month is a Gregorian
            // interval): the interval runs from the first one's start to the
            // second one's end.
            ra.value = ra
                .value
                .map(|x| x.split('/').next().unwrap_or("").to_string());
            rb.value = rb
                .value
                .map(|y| y.rsplit('/').next().unwrap_or("").to_string());
            // «من سبتمبر إلى يناير»: the second end's year, when the text does
            // not write it, is the first one's or the next, never earlier.
            if b.year.is_none()
                && b.month.is_some()
                && let (Some(x), Some(y)) = (&ra.value, &rb.value)
                && y.as_str() < x.as_str()
                && let Some(first_year) = x.get(..4).and_then(|s| s.parse::<i32>().ok())
            {
                for year in [first_year, first_year + 1] {
                    let later = point(
                        &Point {
                            year: Some(year),
                            ..b.clone()
                        },
                        reference,
                    );
                    if later.value.as_deref().is_some_and(|v| v >= x.as_str()) {
                        rb = later;
                        break;
                    }
                }
            }
            // «يومي الثلاثاء والأربعاء»: a weekday after the first end.
            if b.weekday.is_some()
                && b.month.is_none()
                && b.day.is_none()
                && let (Some(x), Some(y)) = (&ra.value, &rb.value)
                && y.as_str() < x.as_str()
                && let Some(d) = y.get(..10).and_then(|s| s.parse::<Ymd>().ok())
            {
                rb.value = Some(format!("{}{}", d.add_days(7), &y[10..]));
            }
            let value = match (&ra.value, &rb.value) {
                (Some(x), Some(y)) => Some(format!("{x}/{y}")),
                _ => None,
            };
            Resolved {
                kind: "interval",
                value,
                grain: ra.grain,
                calendar: if ra.calendar == "hijri" || rb.calendar == "hijri" {
                    "hijri"
                } else {
                    "gregorian"
                },
                hijri: ra
                    .hijri
                    .clone()
                    .zip(rb.hijri.clone())
                    .map(|(x, y)| format!("{x}/{y}")),
                resolved: ra.resolved || rb.resolved,
                relative: ra.relative.clone().or(rb.relative.clone()),
                interval: Some((ra.value, rb.value)),
                modifier: None,
            }
        }
    }
}

/// ISO 8601 duration of `n` units (`P10D`, `PT24H`).
pub fn duration_value(u: Unit, n: u32) -> String {
    match u {
        Unit::Second => format!("PT{n}S"),
        Unit::Minute => format!("PT{n}M"),
        Unit::Hour => format!("PT{n}H"),
        Unit::Day => format!("P{n}D"),
        Unit::Week => format!("P{n}W"),
        Unit::Month => format!("P{n}M"),
        Unit::Year => format!("P{n}Y"),
        Unit::Decade => format!("P{}Y", n * 10),
        Unit::Century => format!("P{}Y", n * 100),
    }
}

/// ISO week of a date: `YYYY-Www`.
pub fn iso_week(d: Ymd) -> String {
    let thursday = d.add_days(4 - i64::from(d.iso_weekday()));
    let jan1 = Ymd {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
    format!("{:04}-W{:02}", thursday.year, week)
}

fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// The year that puts month `m` (day `d`) nearest to `r` and normally not
/// after it: a later date costs three times its distance.
/// In a future context the weights turn round: an earlier date costs three
/// times its distance.
/// A weekday written with the day («يوم الأحد 8 نوفمبر») picks, among the
/// years the direction allows, one in which the day falls on it within
/// half a year of `r`, when one does.
fn infer_year(
    m: u32,
    d: Option<u32>,
    weekday: Option<u32>,
    r: Ymd,
    dir: Option<i64>,
    future: bool,
) -> i32 {
    // Within half a year of the reference: a weekday a day off in the
    // text («الجمعة 25 يوليو» for Friday 24 July) does not move the date
    // a year back.
    let on_weekday = |y: i32| match (d, weekday) {
        (Some(d), Some(wd)) => Ymd::new(y, m, d)
            .is_some_and(|c| c.iso_weekday() == wd && (c.to_days() - r.to_days()).abs() <= 183),
        _ => true,
    };
    let cost = |y: i32| -> Option<i64> {
        let day = d.unwrap_or(1).min(days_in_month(y, m));
        let c = Ymd::new(y, m, day)?;
        let diff = c.to_days() - r.to_days();
        let same_month = y == r.year && m == r.month && d.is_none();
        Some(match dir {
            Some(-1) if diff >= 0 || same_month => return None,
            Some(1) if diff <= 0 || same_month => return None,
            Some(0) if y != r.year => return None,
            _ if same_month => 0,
            _ if future && diff >= 0 => diff,
            _ if future => -diff * 3,
            _ if diff > 0 => diff * 3,
            _ => -diff,
        })
    };
    let years = [r.year - 1, r.year, r.year + 1];
    let best = |weekday_only: bool| {
        years
            .iter()
            .filter(|&&y| !weekday_only || on_weekday(y))
            .filter_map(|&y| cost(y).map(|c| (c, y)))
            .min()
            .map(|(_, y)| y)
    };
    best(true).or_else(|| best(false)).unwrap_or(r.year)
}

/// `{y:04}-{m:02}-{d:02}` (or its year, or year and month) followed by
/// `time`, written without the formatter's padding.
fn ymd_value(y: i32, m: Option<u32>, d: Option<u32>, time: &str) -> String {
    let mut s = String::with_capacity(10 + time.len());
    crate::civil::push_ymd(&mut s, y, m, d);
    s.push_str(time);
    s
}

fn fmt_time(p: &Point) -> String {
    match (p.time, p.part) {
        (Some((h, m)), _) => format!("T{h:02}:{m:02}"),
        (None, Some(part)) => format!("T{part}"),
        _ => String::new(),
    }
}

fn point(p: &Point, r: Option<Ymd>) -> Resolved {
    let mut out = Resolved {
        kind: "date",
        calendar: "gregorian",
        modifier: p.edge,
        ..Resolved::default()
    };
    let mut p = p.clone();
    // The Hijri date: keep it as written, convert it when complete.
    if let Some((hy, hm, hd)) = p.hijri {
        out.calendar = "hijri";
        out.hijri = Some(match (hy, hm, hd) {
            (Some(y), Some(m), Some(d)) => ymd_value(y, Some(m), Some(d), ""),
            (Some(y), Some(m), None) => ymd_value(y, Some(m), None, ""),
            (Some(y), None, _) => ymd_value(y, None, None, ""),
            (None, Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (None, Some(m), None) => format!("XXXX-{m:02}"),
            (None, None, _) => "XXXX".to_string(),
        });
        if p.year.is_none() {
            let dir = p.dir;
            let hy = hy.or_else(|| {
                // A year-less Hijri date: the next one after «القادم/المقبل»,
                // the last one after «الماضي», else the Hijri year nearest
                // before the reference (a month ahead at most).
                let r = r?;
                let (ry, rm, rd) = hijri::from_gregorian(r)?;
                out.resolved = true;
                let day = (hm?, hd.unwrap_or(1));
                Some(match dir {
                    Some(1) if day < (rm, rd) => ry + 1,
                    Some(1) => ry,
                    Some(-1) if day > (rm, rd) => ry - 1,
                    Some(-1) => ry,
                    _ if day > (rm, rd) && hm? > rm + 1 => ry - 1,
                    _ => ry,
                })
            });
            match (hy, hm, hd) {
                (Some(y), Some(m), Some(d)) => {
                    if let Some(g) = hijri::to_gregorian(y, m, d) {
                        (p.year, p.month, p.day) = (Some(g.year), Some(g.month), Some(g.day));
                    }
                }
                (Some(y), Some(m), None) => {
                    // A Hijri month is a Gregorian interval.
                    let first = hijri::to_gregorian(y, m, 1);
                    let last = hijri::month_len(y, m).and_then(|n| hijri::to_gregorian(y, m, n));
                    if let (Some(a), Some(b)) = (first, last) {
                        out.value = Some(format!("{a}/{b}"));
                        out.grain = Some("month");
                    }
                    return out;
                }
                (Some(y), None, _) => {
                    // A Hijri year is a Gregorian interval.
                    let first = hijri::to_gregorian(y, 1, 1);
                    let next = hijri::to_gregorian(y + 1, 1, 1);
                    if let (Some(a), Some(b)) = (first, next) {
                        out.value = Some(format!("{a}/{}", b.add_days(-1)));
                    }
                    out.grain = Some("year");
                    return out;
                }
                _ => {
                    out.grain = Some("year");
                    return out;
                }
            }
        }
    }
    if let Some((c, n)) = p.year_part {
        out.grain = Some(if c == 'H' { "half" } else { "quarter" });
        let year = match (p.year, p.unit_offset, r) {
            (Some(y), _, _) => Some(i64::from(y)),
            (None, Some((Unit::Year, off)), Some(r)) => {
                out.resolved = true;
                Some(i64::from(r.year) + off)
            }
            _ => None,
        };
        out.value = year.map(|y| format!("{y:04}-{c}{n}"));
        if out.value.is_none() {
            out.relative = Some(relative_of(&p));
        }
        return out;
    }
    if let Some(s) = p.season {
        out.grain = Some("season");
        let year = match (p.year, r, p.dir) {
            (Some(y), _, _) => Some(i64::from(y)),
            (None, Some(r), Some(d)) => {
                out.resolved = true;
                // The season's first month; winter counts from December.
                let first = match s {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                let y = i64::from(r.year);
                let started = r.month >= first || (s == "WI" && r.month <= 2);
                let current = if s == "WI" && r.month <= 2 { y - 1 } else { y };
                Some(match d {
                    -1 if started => current - 1,
                    -1 => y - 1,
                    1 if started => current + 1,
                    1 => y,
                    _ => current,
                })
            }
            _ => None,
        };
        out.value = year.map(|y| format!("{y:04}-{s}"));
        if out.value.is_none() {
            out.relative = Some(relative_of(&p));
        }
        return out;
    }
    let time = fmt_time(&p);
    if p.time.is_some() || p.part.is_some() {
        out.grain = Some(if p.time.is_some() {
            "minute"
        } else {
            "part_of_day"
        });
        if p.is_time_only() {
            out.kind = "time";
            out.value = match r {
                Some(r) => {
                    out.resolved = true;
                    Some(format!("{r}{time}"))
                }
                None => Some(time.clone()),
            };
            return out;
        }
    }
    let day_grain = |out: &mut Resolved| {
        if out.grain.is_none() {
            out.grain = Some("day");
        }
    };
    // Absolute dates.
    if let (Some(y), Some(m)) = (p.year, p.month) {
        if let Some(d) = p.day {
            day_grain(&mut out);
            out.value = Some(ymd_value(y, Some(m), Some(d), &time));
        } else {
            out.grain = Some("month");
            out.value = Some(ymd_value(y, Some(m), None, ""));
        }
        return out;
    }
    if let (Some(y), None) = (p.year, p.month) {
        out.grain = Some("year");
        out.value = Some(ymd_value(y, None, None, ""));
        return out;
    }
    // Everything else needs the reference date, except a day of the
    // narrative («اليوم التالي»), which needs the previous event.
    let relative = relative_of(&p);
    out.relative = Some(relative);
    if p.narrative {
        out.grain = Some(if p.time.is_some() {
            "minute"
        } else if p.part.is_some() {
            "part_of_day"
        } else {
            grain_of(&p)
        });
        return out;
    }
    let Some(r) = r else {
        out.grain = Some(grain_of(&p));
        return out;
    };
    out.resolved = true;
    if let (Some(n), None) = (p.day_offset, p.month.zip(p.day)) {
        day_grain(&mut out);
        let mut day = r.add_days(n);
        // «اليوم الاثنين» when the reference is not a Monday: the weekday
        // written wins, within three days (the reference may be stale).
        // A corrected «أمس» stays before the reference, «غدا» after it.
        if let Some(wd) = p.weekday {
            let delta = (i64::from(wd) - i64::from(day.iso_weekday())).rem_euclid(7);
            let fixed = day.add_days(if delta > 3 { delta - 7 } else { delta });
            let side = (fixed.to_days() - r.to_days()).signum();
            if n == 0 || side == n.signum() {
                day = fixed;
            }
        }
        out.value = Some(ymd_value(day.year, Some(day.month), Some(day.day), &time));
    } else if let Some(m) = p.month {
        let y = match p.unit_offset {
            // «سبتمبر من العام الماضي»
            Some((Unit::Year, n)) => i32::try_from(i64::from(r.year) + n).unwrap_or(r.year),
            _ => infer_year(m, p.day, p.weekday, r, p.dir, p.future),
        };
        match p.day {
            Some(d) => {
                day_grain(&mut out);
                let d = d.min(days_in_month(y, m));
                out.value = Some(ymd_value(y, Some(m), Some(d), &time));
            }
            None => {
                out.grain = Some("month");
                out.value = Some(ymd_value(y, Some(m), None, ""));
            }
        }
    } else if let Some(wd) = p.weekday {
        let back = (i64::from(r.iso_weekday()) - i64::from(wd)).rem_euclid(7);
        let days = match p.dir {
            Some(1) => 7 - back,
            Some(2) => 14 - back,
            // Announced for later: the next such day, or the day of the
            // reference itself.
            None if p.future => (7 - back) % 7,
            Some(-1) if back == 0 => -7,
            _ => -back,
        };
        day_grain(&mut out);
        out.value = Some(format!("{}{time}", r.add_days(days)));
    } else if let Some((u, n)) = p.unit_offset {
        out.grain = Some(u.grain());
        out.value = match u {
            Unit::Day => Some(r.add_days(n).to_string()),
            Unit::Week => Some(iso_week(r.add_days(7 * n))),
            Unit::Month => {
                let (y, m) = add_months(r.year, r.month, n);
                match p.day {
                    // «الخامس من الشهر الجاري»: a day of that month.
                    Some(d) if d <= days_in_month(y, m) => {
                        out.grain = Some("day");
                        Some(ymd_value(y, Some(m), Some(d), ""))
                    }
                    Some(_) => {
                        out.grain = Some("day");
                        out.resolved = false;
                        None
                    }
                    None => Some(ymd_value(y, Some(m), None, "")),
                }
            }
            Unit::Year => Some(format!("{:04}", i64::from(r.year) + n)),
            Unit::Decade => Some(format!("{:03}", i64::from(r.year) / 10 + n)),
            Unit::Century => Some(format!("{:02}", i64::from(r.year) / 100 + n)),
            Unit::Hour | Unit::Minute | Unit::Second => {
                out.resolved = false;
                None
            }
        };
    } else {
        out.resolved = false;
    }
    out
}

fn grain_of(p: &Point) -> &'static str {
    if let Some((u, _)) = p.unit_offset {
        u.grain()
    } else if p.month.is_some() && p.day.is_none() {
        "month"
    } else {
        "day"
    }
}

fn relative_of(p: &Point) -> Value {
    let mut v = serde_json::Map::new();
    if let Some(n) = p.day_offset {
        v.insert("unit".into(), json!("day"));
        v.insert("offset".into(), json!(n));
    }
    if let Some((u, n)) = p.unit_offset {
        v.insert("unit".into(), json!(u.grain()));
        v.insert("offset".into(), json!(n));
    }
    if let Some(wd) = p.weekday {
        v.insert("weekday".into(), json!(wd));
    }
    if let Some(m) = p.month {
        v.insert("month".into(), json!(m));
    }
    if let Some(d) = p.day {
        v.insert("day".into(), json!(d));
    }
    if let Some(d) = p.dir {
        v.insert(
            "direction".into(),
            json!(match d {
                -1 => "past",
                1 => "future",
                2 => "after_next",
                _ => "current",
            }),
        );
    }
    if let Some(t) = p.time {
        v.insert("time".into(), json!(format!("{:02}:{:02}", t.0, t.1)));
    }
    if let Some(part) = p.part {
        v.insert("part_of_day".into(), json!(part));
    }
    if let Some(s) = p.season {
        v.insert("season".into(), json!(s));
    }
    if let Some((c, n)) = p.year_part {
        v.insert((if c == 'H' { "half" } else { "quarter" }).into(), json!(n));
    }
    if p.narrative {
        v.insert("anchor".into(), json!("narrative"));
    }
    Value::Object(v)
}
