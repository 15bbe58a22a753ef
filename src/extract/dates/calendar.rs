//! Grammar of calendar dates: numeric (25-9-2021, 2015/07/21, 17-4-1435هـ),
//! day + month [+ year] in every month family and the Hijri calendar,
//! month [+ year], and marked years (عام 2016، 2016م، عام ( 1308 ) هجري).

use super::expr::Point;
use super::lexicon::Unit;
use super::lexicon::Word;
use super::numbers::ordinal;
use super::point::{clock, follows, modifier, plain, relative_period, word, word2};
use super::tokens::{Digits, Tok};
use crate::civil::{Ymd, days_in_month};

pub(super) fn month_at(toks: &[Tok<'_>], i: usize) -> Option<((u32, bool, bool), usize)> {
    word2(toks, i, |w| match w {
        Word::Month { month, hijri, amb } => Some((month, hijri, amb)),
        _ => None,
    })
}

pub(super) fn era_at(toks: &[Tok<'_>], i: usize) -> Option<bool> {
    if !follows(toks, i, &["", ".", ")"]) || toks[i].clitic > 0 {
        return None;
    }
    word(toks, i, |w| match w {
        Word::Era(h) => Some(h),
        _ => None,
    })
}

/// Words that introduce a year («عام 2016», «للسنة 2015»), as matching keys.
pub(super) const YEAR_WORDS: [&str; 8] = [
    "عام",
    "سنه",
    "العام",
    "السنه",
    "لعام",
    "لسنه",
    "للعام",
    "للسنه",
];

/// A year after a month or on its own: digits, «عام 2016», «2016م»; the year,
/// whether it is marked Hijri (None: unmarked) and the index after it.
pub(super) fn year_at(toks: &[Tok<'_>], i: usize) -> Option<(i32, Option<bool>, usize)> {
    let t = toks.get(i)?;
    let mut j = i;
    if YEAR_WORDS.contains(&t.key) && follows(toks, i + 1, &["", "("]) {
        j = i + 1;
    }
    let d = toks.get(j)?.digits?;
    if !(3..=4).contains(&d.len) {
        return None;
    }
    let mut era = d.era;
    let mut end = j + 1;
    if era.is_none()
        && let Some(h) = era_at(toks, end)
    {
        era = Some(h);
        end += 1;
    }
    // «400م» is 400 metres.
    if era == Some(false) && d.len < 4 {
        return None;
    }
    Some((i32::try_from(d.value).ok()?, era, end))
}

/// A calendar date: numeric (25-9-2021, 2015/07/21), day + month [+ year],
/// month [+ year], or a marked year (عام 2016، 2016م).
pub fn calendar(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    if !toks.get(i)?.may_start_point() {
        return None;
    }
    numeric(toks, i)
        .or_else(|| day_month(toks, i))
        .or_else(|| marked_year(toks, i))
}

pub(super) fn numeric(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    if toks.get(i)?.dotted
        && let Some([a, b, c]) = super::tokens::dotted(toks[i].key)
    {
        return numeric_date(toks, i + 1, a, b, c);
    }
    let a = toks.get(i)?.digits?;
    // «25-9-2021», «11/9/2023»; «20 / 9 / 1947» and «6/8/ 2015م» with spaces too.
    let sep = toks.get(i + 1)?.gap;
    let spaced_ok = |t: &Tok<'_>| t.tight || sep != ".";
    if !["-", "/", "."].contains(&sep)
        || !spaced_ok(&toks[i + 1])
        || toks[i + 1].sentence != toks[i].sentence
    {
        return None;
    }
    let b = toks[i + 1].digits?;
    let c = toks
        .get(i + 2)
        .filter(|t| spaced_ok(t) && t.gap == sep)?
        .digits?;
    if toks[i + 2].sentence != toks[i].sentence || a.era.is_some() || b.era.is_some() {
        return None;
    }
    // A fourth number in the chain is not a date (an IP, a phone number).
    if toks
        .get(i + 3)
        .is_some_and(|t| t.tight && t.gap == sep && t.digits.is_some())
    {
        return None;
    }
    numeric_date(toks, i + 3, a, b, c)
}

fn numeric_date(
    toks: &[Tok<'_>],
    end: usize,
    a: Digits,
    b: Digits,
    c: Digits,
) -> Option<(usize, Point)> {
    let (y, m, d) = if a.len == 4 && b.len <= 2 && c.len <= 2 {
        (a.value, b.value, c.value)
    } else if a.len <= 2 && b.len <= 2 && c.len == 4 {
        if b.value > 12 && a.value <= 12 {
            (c.value, a.value, b.value)
        } else {
            (c.value, b.value, a.value)
        }
    } else {
        return None;
    };
    let mut end = end;
    let mut era = if a.len == 4 { a.era } else { c.era };
    if era.is_none()
        && let Some(h) = era_at(toks, end)
    {
        era = Some(h);
        end += 1;
    }
    let y = i32::try_from(y).ok()?;
    let mut p = Point::default();
    // «17-4-1435هـ»: a Hijri year (marked, or in the Hijri range unmarked).
    if era == Some(true) || (era.is_none() && (1300..=1500).contains(&y)) {
        if !(1..=12).contains(&m) || !(1..=30).contains(&d) {
            return None;
        }
        p.hijri = Some((Some(y), Some(m), Some(d)));
    } else {
        let date = Ymd::new(y, m, d)?;
        if !(1800..=2200).contains(&date.year) {
            return None;
        }
        (p.year, p.month, p.day) = (Some(y), Some(m), Some(d));
    }
    if let Some((e, t)) = clock(toks, end).filter(|_| follows(toks, end, &["", "-", "،", ","])) {
        p.time = t.time;
        end = e;
    }
    Some((end, p))
}

pub(super) fn day_month(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let (day, j) = match ordinal(toks, i) {
        Some((d, j)) if (1..=31).contains(&d) && follows(toks, j, &["", "(", "/"]) => (Some(d), j),
        _ => (None, i),
    };
    // «أول يوليو»، «غرة رمضان»، «أول أيام شهر رمضان»: the first day.
    let first = day.is_none().then(|| first_day(toks, i)).flatten();
    let (day, mut j) = match first {
        Some((_, after)) => (Some(1), after),
        None => (day, j),
    };
    // «النصف الثاني من رمضان»: a half of the month, not its second day.
    let fraction = day.is_some()
        && i > 0
        && (toks[i - 1].key == "الثلث"
            || word(toks, i - 1, |w| {
                matches!(w, Word::YearPart(_)).then_some(())
            })
            .is_some());
    if fraction {
        return None;
    }
    // «20 / شعبان / 1428 هجرية»: day, month name and year between slashes.
    let slashed = day.is_some() && toks[j].gap == "/";
    if day.is_some() && toks[j].is_exact("من") && plain(toks, j + 1) {
        j += 1;
    }
    let shahr = ["شهر", "لشهر", "بشهر"].contains(&toks.get(j)?.stem()) || toks[j].is("شهر");
    if shahr && plain(toks, j + 1) {
        j += 1;
    }
    let ((month, hijri, amb), mut end) = month_at(toks, j)?;
    if hijri && first.is_some_and(|(may_be_hijri, _)| !may_be_hijri) {
        return None;
    }
    // «اللقاء الأول صفر/2»، «الشوط الأول صفر-صفر»: a word that is also a
    // number (صفر, zero) before «/» or «-» and a score of one or two digits
    // or zero again is a score, no month (a year after the slash is one).
    if amb
        && !shahr
        && toks.get(end).is_some_and(|t| {
            matches!(t.gap, "/" | "-" | "–")
                && (t.digits.is_some_and(|d| d.len <= 2) || t.key == toks[end - 1].key)
        })
    {
        return None;
    }
    // A slash after the day needs the year after the month too.
    if slashed && !(follows(toks, end, &["/"]) && year_at(toks, end).is_some()) {
        return None;
    }
    if day.is_some() && toks[j].clitic > 0 {
        return None;
    }
    // «رمضان المبارك 1436هـ»: an epithet of the Hijri month.
    if hijri
        && plain(toks, end)
        && ["المبارك", "الكريم", "المعظم", "الحرام"].contains(&toks[end].key)
    {
        end += 1;
    }
    // The same month in a second family: «شباط/فبراير», «شباط (فبراير)»,
    // «تموز يوليو». The pair leaves no doubt that a month is meant, even
    // with a name of the first family that is also a word or a name.
    let mut dual = false;
    if follows(toks, end, &["/", "(", "-", "،", ""])
        && !hijri
        && let Some(((m2, false, _), e2)) = month_at(toks, end)
        && m2 == month
    {
        end = e2;
        dual = true;
    }
    let mut year = None;
    // «ذي الحجة من عام 1390هـ»; «سبتمبر من العام الماضي», «أبريل من هذا
    // العام»: the month of a year given relative to the reference (a Hijri
    // month only of this year: the offset counts Gregorian years).
    let mut year_offset = None;
    if follows(toks, end, &[""]) && toks[end].is_exact("من") && plain(toks, end + 1) {
        if ["عام", "العام", "سنه", "السنه"].contains(&toks.get(end + 1).map_or("", |t| t.key))
            && year_at(toks, end + 1).is_some()
        {
            end += 1;
        } else if let Some((e, q)) = relative_period(toks, end + 1)
            && !q.narrative
            && matches!(q.unit_offset, Some((Unit::Year, n)) if n == 0 || !hijri)
        {
            year_offset = q.unit_offset;
            end = e;
        }
    }
    let year_gaps: &[&str] = if slashed {
        &["/"]
    } else {
        &["", "،", ",", ")", "("]
    };
    // A bare number of three digits after a month is a count, no year
    // («خلال شهر رمضان 187 من الرجال»), unless an era or «عام» marks it.
    if follows(toks, end, year_gaps)
        && let Some((y, era, after)) = year_at(toks, end)
        && (y >= 1000 || era.is_some() || YEAR_WORDS.contains(&toks[end].key))
    {
        year = Some(y);
        end = after;
    }
    // «شباط ( 13 / 2 / 1945 )»: the month, then the full date in brackets.
    if day.is_none()
        && year.is_none()
        && !hijri
        && follows(toks, end, &["("])
        && let Some((e, full)) = numeric(toks, end)
        && full.month == Some(month)
    {
        return Some((e, full));
    }
    let after_edge =
        j > 0 && word(toks, j - 1, |w| matches!(w, Word::Edge(_)).then_some(())).is_some();
    if day.is_none()
        && year.is_none()
        && year_offset.is_none()
        && !shahr
        && !after_edge
        && !dual
        && amb
        && modifier(toks, end).is_none()
    {
        return None;
    }
    let mut p = Point::default();
    if hijri {
        if day.is_some_and(|d| d > 30) {
            return None;
        }
        p.hijri = Some((year, Some(month), day));
    } else {
        let max = year.map_or(31, |y| days_in_month(y, month));
        if day.is_some_and(|d| d > max) {
            return None;
        }
        (p.year, p.month, p.day) = (year, Some(month), day);
    }
    p.unit_offset = year_offset;
    if year.is_none()
        && year_offset.is_none()
        && let Some(d) = modifier(toks, end)
    {
        p.dir = Some(d);
        end += 1;
    }
    Some((end, p))
}

/// «أول» or «غرة» (with «و» at most) at `i`, and «أيام» after it: whether it
/// may name a Hijri month's first day, and the index of the month (or of
/// «شهر») after it. `None` unless a month name follows.
fn first_day(toks: &[Tok<'_>], i: usize) -> Option<(bool, usize)> {
    let t = toks.get(i)?;
    if t.clitic > 0 && !t.has_wa() {
        return None;
    }
    let hijri = word(toks, i, |w| match w {
        Word::FirstDay { hijri } => Some(hijri),
        _ => None,
    })?;
    let mut j = i + 1;
    // «أول أيام رمضان»: the first of its days, in either calendar.
    let days = plain(toks, j) && toks[j].is_exact("ايام");
    if days {
        j += 1;
    }
    if !plain(toks, j) {
        return None;
    }
    let at = if toks[j].is_exact("شهر") { j + 1 } else { j };
    (plain(toks, at) && month_at(toks, at).is_some()).then_some((hijri || days, j))
}

fn marked_year(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    // The year first: most tokens have none, and it is the cheaper test.
    let (y, era, end) = year_at(toks, i)?;
    let lead = ["عام", "سنه", "العام", "السنه", "عامي"].contains(&t.stem())
        || ["لعام", "للعام", "لسنه"].contains(&t.key);
    let bare = toks[i].digits.is_some();
    if bare && era.is_none() {
        // A bare year: four digits after a preposition of time.
        let in_parens =
            follows(toks, i, &["("]) && toks.get(end).is_none_or(|n| n.gap.starts_with(')'));
        let prev_ok = i > 0
            && toks[i - 1].sentence == t.sentence
            && [
                "في", "منذ", "حتي", "خلال", "عام", "قبل", "بعد", "من", "الي", "مطلع",
            ]
            .iter()
            .any(|w| toks[i - 1].is(w))
            && !more_than(toks, i - 1);
        let next_unit =
            word(toks, end, |w| matches!(w, Word::Unit(..)).then_some(())).or_else(|| {
                toks.get(end)
                    .filter(|n| is_counted_noun(n.stem()))
                    .map(|_| ())
            });
        let d = t.digits?;
        let range = if in_parens { 1000..=2100 } else { 1900..=2100 };
        if !((prev_ok || in_parens) && d.len == 4 && range.contains(&y) && next_unit.is_none()) {
            return None;
        }
    } else if !bare && !lead {
        return None;
    }
    let mut p = Point::default();
    if era == Some(true) {
        p.hijri = Some((Some(y), None, None));
    } else {
        if !(1000..=2200).contains(&y) && era.is_none() {
            return None;
        }
        p.year = Some(y);
    }
    Some((end, p))
}

/// True when token `i` is the «من» of «أكثر من»، «أقل من»: a count follows,
/// not a year («أكثر من 2000 زائر»).
fn more_than(toks: &[Tok<'_>], i: usize) -> bool {
    i > 0
        && toks[i].is_exact("من")
        && toks[i - 1].sentence == toks[i].sentence
        && ["اكثر", "اقل", "ازيد"].contains(&toks[i - 1].key)
}

/// Nouns that follow a count, not a year («2015 ريال»).
fn is_counted_noun(stem: &str) -> bool {
    const NOUNS: &[&str] = &[
        "ريال",
        "ريالا",
        "دولار",
        "دولارا",
        "جنيه",
        "جنيها",
        "درهم",
        "درهما",
        "دينار",
        "دينارا",
        "يورو",
        "ليره",
        "شخص",
        "شخصا",
        "طن",
        "طنا",
        "متر",
        "مترا",
        "كيلومتر",
        "كيلومترا",
        "كلم",
        "قتيلا",
        "جريحا",
        "مواطن",
        "مواطنا",
        "طالب",
        "طالبا",
        "زائر",
        "زائرا",
        "حاج",
        "حاجا",
        "عامل",
        "عاملا",
        "موظف",
        "موظفا",
        "مشارك",
        "مشاركا",
        "وحده",
        "مليون",
        "مليار",
        "الف",
    ];
    NOUNS.contains(&stem)
}
