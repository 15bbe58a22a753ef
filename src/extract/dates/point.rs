//! Grammar of points in time: calendar dates (every month family, Hijri,
//! numeric), weekdays, day words, relative periods and clock times.
//! Each parser takes the token index to start at and returns the index after
//! the expression and what it means.

use super::expr::Point;
use super::lexicon::{Unit, Word};
use super::numbers::{cardinal, ordinal};
use super::tokens::{Digits, Tok};
use crate::civil::{Ymd, days_in_month};

/// True when token `i` exists, is in the same sentence as token `i - 1`,
/// and the separator before it is in `gaps`.
pub fn follows(toks: &[Tok<'_>], i: usize, gaps: &[&str]) -> bool {
    i > 0
        && toks
            .get(i)
            .is_some_and(|t| t.sentence == toks[i - 1].sentence && gaps.contains(&t.gap))
}

/// True when token `i` follows with only spaces before it.
pub fn plain(toks: &[Tok<'_>], i: usize) -> bool {
    follows(toks, i, &[""])
}

/// A word of token `i` (single-token entries only).
pub fn word<T>(toks: &[Tok<'_>], i: usize, f: impl Fn(Word) -> Option<T>) -> Option<T> {
    toks.get(i)?.word(f)
}

/// A word of tokens `i` and `i + 1` (two-token entries), or of `i` alone:
/// its meaning and the index after it.
pub fn word2<T>(toks: &[Tok<'_>], i: usize, f: impl Fn(Word) -> Option<T>) -> Option<(T, usize)> {
    let t = toks.get(i)?;
    if plain(toks, i + 1) {
        let next = toks[i + 1].key;
        for e in t.entries {
            if e.second.as_deref() == Some(next)
                && let Some(v) = f(e.word)
            {
                return Some((v, i + 2));
            }
        }
    }
    t.word(f).map(|v| (v, i + 1))
}

fn month_at(toks: &[Tok<'_>], i: usize) -> Option<((u32, bool, bool), usize)> {
    word2(toks, i, |w| match w {
        Word::Month { month, hijri, amb } => Some((month, hijri, amb)),
        _ => None,
    })
}

fn modifier(toks: &[Tok<'_>], i: usize) -> Option<i64> {
    if !follows(toks, i, &["", ")"]) || toks[i].clitic > 0 {
        return None;
    }
    word(toks, i, |w| match w {
        Word::Mod(d, false) => Some(d),
        _ => None,
    })
}

fn part_at(toks: &[Tok<'_>], i: usize) -> Option<&'static str> {
    word(toks, i, |w| match w {
        Word::Part(p) => Some(p),
        _ => None,
    })
}

fn era_at(toks: &[Tok<'_>], i: usize) -> Option<bool> {
    if !follows(toks, i, &["", ".", ")"]) || toks[i].clitic > 0 {
        return None;
    }
    word(toks, i, |w| match w {
        Word::Era(h) => Some(h),
        _ => None,
    })
}

/// A year after a month or on its own: digits, «عام 2016», «2016م»; the year,
/// whether it is marked Hijri (None: unmarked) and the index after it.
fn year_at(toks: &[Tok<'_>], i: usize) -> Option<(i32, Option<bool>, usize)> {
    let t = toks.get(i)?;
    let mut j = i;
    if [
        "عام",
        "سنه",
        "العام",
        "السنه",
        "لعام",
        "لسنه",
        "للعام",
        "للسنه",
    ]
    .contains(&t.key)
        && follows(toks, i + 1, &["", "("])
    {
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
    numeric(toks, i)
        .or_else(|| day_month(toks, i))
        .or_else(|| marked_year(toks, i))
}

fn numeric(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
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

fn day_month(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let (day, mut j) = match ordinal(toks, i) {
        Some((d, j)) if (1..=31).contains(&d) && follows(toks, j, &["", "("]) => (Some(d), j),
        _ => (None, i),
    };
    if day.is_some() && toks[j].is_exact("من") && plain(toks, j + 1) {
        j += 1;
    }
    let shahr = ["شهر", "لشهر", "بشهر"].contains(&toks.get(j)?.stem()) || toks[j].is("شهر");
    if shahr && plain(toks, j + 1) {
        j += 1;
    }
    let ((month, hijri, amb), mut end) = month_at(toks, j)?;
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
    // The same month in a second family: «شباط/فبراير», «شباط (فبراير)».
    if follows(toks, end, &["/", "(", "-", "،"])
        && !hijri
        && let Some(((m2, false, _), e2)) = month_at(toks, end)
        && m2 == month
    {
        end = e2;
    }
    let mut year = None;
    // «ذي الحجة من عام 1390هـ»
    if follows(toks, end, &[""])
        && toks[end].is_exact("من")
        && ["عام", "العام", "سنه", "السنه"].contains(&toks.get(end + 1).map_or("", |t| t.key))
    {
        end += 1;
    }
    if follows(toks, end, &["", "،", ",", ")", "("])
        && let Some((y, _era, after)) = year_at(toks, end)
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
        && !shahr
        && !after_edge
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
    if year.is_none()
        && let Some(d) = modifier(toks, end)
    {
        p.dir = Some(d);
        end += 1;
    }
    Some((end, p))
}

fn marked_year(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    let lead = ["عام", "سنه", "العام", "السنه", "عامي"].contains(&t.stem())
        || ["لعام", "للعام", "لسنه"].contains(&t.key);
    let (y, era, end) = year_at(toks, i)?;
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
            .any(|w| toks[i - 1].is(w));
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
        "وحده",
        "مليون",
        "مليار",
        "الف",
    ];
    NOUNS.contains(&stem)
}

/// The 24-hour clock hour of `h` o'clock in part of day `part`.
fn afternoon(part: &str, h: u32) -> u32 {
    match part {
        "AF" | "EV" if h < 12 => h + 12,
        "NI" if (6..12).contains(&h) => h + 12,
        "MI" if h <= 4 => h + 12,
        _ => h,
    }
}

/// A clock time: «الساعة 19:42»، «الساعة الرابعة عصرا»، «19:42», with an
/// optional part of day and a day after it.
pub fn clock(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    let saa = t.is("الساعه") || t.key == "بالساعه";
    let j = if saa { i + 1 } else { i };
    if saa && !plain(toks, j) {
        return None;
    }
    let (mut h, mut m, mut end);
    let d = toks.get(j).and_then(|t| t.digits);
    if let Some(d) = d.filter(|d| d.era.is_none() && d.len <= 2) {
        h = d.value;
        m = 0;
        end = j + 1;
        let colon = toks
            .get(j + 1)
            .filter(|n| n.tight && n.gap == ":" && n.sentence == toks[j].sentence);
        if let Some(md) = colon.and_then(|n| n.digits).filter(|md| md.len == 2) {
            m = md.value;
            end = j + 2;
        } else if !saa {
            return None;
        }
    } else if saa {
        (h, end) = ordinal(toks, j).filter(|(h, _)| (1..=12).contains(h))?;
        m = 0;
        if plain(toks, end)
            && let Some(f) = word(toks, end, |w| match w {
                Word::Frac(f) => Some(f),
                _ => None,
            })
        {
            m = f;
            end += 1;
        }
    } else {
        return None;
    }
    if h > 24 || m > 59 {
        return None;
    }
    let mut p = Point::default();
    if plain(toks, end)
        && let Some(part) = part_at(toks, end)
    {
        p.part = Some(part);
        h = afternoon(part, h);
        end += 1;
    }
    // «8:57 م» (مساءً), «9:30 ص» (صباحًا)
    if follows(toks, end, &[""]) && ["م", "ص"].contains(&toks[end].key) {
        if toks[end].key == "م" && h < 12 {
            h += 12;
        }
        end += 1;
    }
    p.time = Some((h % 24, m));
    // «الساعة العاشرة صباح اليوم», «الساعة 10 من مساء أمس»
    let k = if plain(toks, end) && toks[end].is_exact("من") {
        end + 1
    } else {
        end
    };
    if plain(toks, k)
        && let Some((e, day)) = day_ref(toks, k)
    {
        if p.part.is_none()
            && let (Some(part), Some((h, m))) = (day.part, p.time)
        {
            p.time = Some((afternoon(part, h), m));
        }
        merge(&mut p, day);
        end = e;
    }
    Some((end, p))
}

/// A day referred to by a day word, a weekday or a part of day and one of
/// those: «اليوم (الاثنين)»، «الثلاثاء الماضي»، «مساء أمس»، «الليلة».
pub fn day_ref(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    if let Some(part) = part_at(toks, i).filter(|_| t.clitic == 0)
        && plain(toks, i + 1)
        && let Some((e, mut p)) = day_ref(toks, i + 1)
    {
        p.part = p.part.or(Some(part));
        return Some((e, p));
    }
    let mut p = Point::default();
    let mut end;
    // «أول من أمس»: three words.
    let three =
        t.is("اول") && plain(toks, i + 1) && toks[i + 1].is_exact("من") && plain(toks, i + 2);
    if three && toks[i + 2].is_exact("امس") {
        p.day_offset = Some(-2);
        end = i + 3;
    } else if let Some((n, e)) = word2(toks, i, |w| match w {
        Word::DayWord(n) => Some(n),
        _ => None,
    }) {
        // «اليوم الوطني» is a day, not today.
        if e == i + 1 && n == 0 && plain(toks, e) {
            let next = &toks[e];
            let function_word = ["الي", "التي", "الذي", "الذين", "الا", "الان"].contains(&next.key);
            let counted = next.word(|w| matches!(w, Word::Mod(..) | Word::Ord(..)).then_some(()));
            if next.stem().starts_with("ال")
                && (next.entries.is_empty() || counted.is_some())
                && !function_word
            {
                return None;
            }
        }
        // «200 وحدة في اليوم» is per day, not today.
        let per_day = n == 0 && e == i + 1 && i > 0 && toks[i - 1].is_exact("في") && plain(toks, i);
        if per_day && word(toks, e, weekday).is_none() {
            return None;
        }
        p.day_offset = Some(n);
        end = e;
        if follows(toks, end, &["", "(", "،", ",", "-"])
            && let Some(wd) = word(toks, end, weekday)
        {
            p.weekday = Some(wd);
            end += 1;
        }
    } else if let Some(()) = word(toks, i, |w| (w == Word::Tonight).then_some(())) {
        p.day_offset = Some(modifier(toks, i + 1).filter(|d| *d < 0).map_or(0, |_| -1));
        end = if p.day_offset == Some(-1) {
            i + 2
        } else {
            i + 1
        };
        p.part = Some("NI");
    } else {
        let j = if t.is("يوم") && plain(toks, i + 1) {
            i + 1
        } else {
            i
        };
        let wd = word(toks, j, weekday)?;
        // «الأحد عشر» is eleven.
        let ten = word(toks, j + 1, |w| (w == Word::Num(10, false)).then_some(()));
        if ten.is_some() && plain(toks, j + 1) {
            return None;
        }
        if j == i + 1 && toks[j].clitic > 0 {
            return None;
        }
        p.weekday = Some(wd);
        end = j + 1;
        if let Some(d) = modifier(toks, end) {
            p.dir = Some(d);
            end += 1;
        }
    }
    // An explicit date after it: «اليوم الثلاثاء 3 أيار 2016».
    if follows(toks, end, &["", "،", ",", "-"])
        && let Some((e, date)) = numeric(toks, end).or_else(|| day_month(toks, end))
        && (date.day.is_some() || matches!(date.hijri, Some((_, _, Some(_)))))
    {
        // A modifier belongs to the weekday; the date keeps its own.
        p.dir = date.dir;
        merge(&mut p, date);
        end = e;
    }
    if plain(toks, end)
        && p.part.is_none()
        && let Some(part) = part_at(toks, end).filter(|_| toks[end].clitic == 0)
    {
        p.part = Some(part);
        end += 1;
    }
    Some((end, p))
}

fn weekday(w: Word) -> Option<u32> {
    match w {
        Word::Weekday(n) => Some(n),
        _ => None,
    }
}

/// A relative period: «الأسبوع المقبل»، «العام الماضي»، «هذا الشهر»،
/// «العام الجاري».
pub fn relative_period(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    let this = t.is("هذا") || t.is("هذه");
    let j = if this { i + 1 } else { i };
    if this && !plain(toks, j) {
        return None;
    }
    let unit = word(toks, j, |w| match w {
        Word::UnitDef(u) => Some(u),
        _ => None,
    })?;
    if !matches!(
        unit,
        Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century
    ) {
        return None;
    }
    let (offset, end) = match modifier(toks, j + 1) {
        Some(d) => (d, j + 2),
        None if this => (0, j + 1),
        None => return None,
    };
    let p = Point {
        unit_offset: Some((unit, offset)),
        ..Point::default()
    };
    Some((end, p))
}

/// A season with a year or a modifier: «صيف 2015»، «الشتاء الماضي»، «هذا الصيف»،
/// «فصل الصيف المقبل». A bare season («الربيع العربي») is not a date.
pub fn season(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    let this = t.is("هذا");
    let mut j = if this || t.is("فصل") { i + 1 } else { i };
    if j > i && !plain(toks, j) {
        return None;
    }
    if this && toks.get(j).is_some_and(|n| n.key == "فصل") && plain(toks, j + 1) {
        j += 1;
    }
    let s = word(toks, j, |w| match w {
        Word::Season(s) => Some(s),
        _ => None,
    })?;
    let mut p = Point {
        season: Some(s),
        ..Point::default()
    };
    let mut end = j + 1;
    if follows(toks, end, &["", "،"])
        && let Some((y, None | Some(false), e)) = year_at(toks, end)
    {
        p.year = Some(y);
        end = e;
    } else if let Some(d) = modifier(toks, end) {
        p.dir = Some(d);
        end += 1;
    } else if this {
        p.dir = Some(0);
    } else {
        return None;
    }
    Some((end, p))
}

/// Fills the fields of `a` that are missing from `b`.
pub fn merge(a: &mut Point, b: Point) {
    a.year = a.year.or(b.year);
    a.month = a.month.or(b.month);
    a.day = a.day.or(b.day);
    a.hijri = a.hijri.or(b.hijri);
    a.weekday = a.weekday.or(b.weekday);
    a.day_offset = a.day_offset.or(b.day_offset);
    a.unit_offset = a.unit_offset.or(b.unit_offset);
    a.dir = a.dir.or(b.dir);
    a.time = a.time.or(b.time);
    a.part = a.part.or(b.part);
    a.edge = a.edge.or(b.edge);
    a.season = a.season.or(b.season);
}

/// A duration: a number and a unit («عشرة أيام»، «24 ساعة»), a dual
/// («يومين»), or a vague amount («يوم أو يومين»، «بضعة أيام»).
pub fn duration(toks: &[Tok<'_>], i: usize) -> Option<(usize, Unit, Option<u32>)> {
    let unit_at = |k: usize| {
        word(toks, k, |w| match w {
            Word::Unit(u, c) => Some((u, c)),
            _ => None,
        })
    };
    if let Some((n, k)) = cardinal(toks, i) {
        if plain(toks, k)
            && let Some((u, None | Some(0))) = unit_at(k)
        {
            return (n > 0 || toks[i].digits.is_none()).then_some((
                k + 1,
                u,
                Some(n).filter(|n| *n > 0),
            ));
        }
        return None;
    }
    let (u, c) = unit_at(i)?;
    if plain(toks, i + 1)
        && toks[i + 1].is_exact("او")
        && plain(toks, i + 2)
        && let Some((u2, Some(_))) = unit_at(i + 2)
        && u2 == u
        && c.is_none()
    {
        return Some((i + 3, u, None));
    }
    c.filter(|n| *n > 0).map(|n| (i + 1, u, Some(n)))
}
