//! The scanner: walks the token stream once, trying the grammar's rules at
//! each token and keeping the longest expression that starts there.

use super::calendar::YEAR_WORDS;
use super::expr::{Expr, Point};
use super::lexicon::{Unit, Word};
use super::numbers::ordinal;
use super::point::{
    DEFINITE_FUNCTION_WORDS, afternoon, calendar, clock, day_ref, duration, follows, merge,
    part_at, plain, relative_period, season, word, word2,
};
use super::tokens::Tok;

/// A temporal expression found in the token stream.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Index of its first token.
    pub first: usize,
    /// One past the index of its last token.
    pub end: usize,
    /// What it means.
    pub expr: Expr,
}

/// Every temporal expression of the stream, in text order, not overlapping.
pub fn scan(toks: &[Tok<'_>]) -> Vec<Found> {
    // Cheap filter: a rule can only start at a token with a lexicon
    // entry, digits, or one of the grammar's words.
    let starts: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.may_start())
        .map(|(i, _)| i)
        .collect();
    scan_from(toks, &starts)
}

/// [`scan`] given the tokens where a rule may start ([`Tok::may_start`]),
/// in text order: the stream lists them as it is built
/// ([`super::tokens::stream_with_starts`]), so that the scan does not read
/// every token to find them.
pub fn scan_from(toks: &[Tok<'_>], starts: &[usize]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    for &at in starts {
        if at < i {
            continue;
        }
        i = at;
        if no_rule_starts(toks, i) {
            i += 1;
            continue;
        }
        match parse_at(toks, i) {
            Some(f) if f.end > i => {
                i = f.end;
                out.push(f);
            }
            _ => i += 1,
        }
    }
    out
}

/// True when no rule of [`parse_at`] can match at `i`, known from tokens
/// `i` and `i + 1` alone. The words tried most often fail most often: this
/// spares trying every rule of [`parse_at`] there.
///
/// - Token `i` starts no point ([`Tok::may_start_point`] is false: a
///   grammar word such as «من»، «قبل»، «كل»، «بين» with no other entry, and
///   no digits), and token `i + 1` (if any) starts none either and is not a
///   word of two years («سنتي»، «العامين»). Every rule that starts at such a
///   word reads its date from the token after it: an end of an interval
///   («من 10 إلى 15»), a clock hour («من الساعة 8»), a count after
///   «قبل/بعد/منذ», a unit after «كل».
/// - Token `i + 1` (if any) has no date entry, no digits and is no «و», and
///   token `i` is a number of one, two or more than four digits, or has
///   only entries of these kinds: a number
///   word or an ordinal (a count needs a unit after it, a day a month or
///   another day joined by «و»: «ثلاثة أيام»، «الخامس من يوليو»، «الأول
///   والثاني»), a modifier (it only follows a date word: «العام الماضي»),
///   a grammar word as above or a demonstrative ([`DEMONSTRATIVES`]: «هذا
///   الشهر»، «ذلك اليوم»، «فصل الصيف»), or a two-word name whose second
///   word is not token `i + 1` («بعد غد» at «بعد وصوله»).
#[inline]
fn no_rule_starts(toks: &[Tok<'_>], i: usize) -> bool {
    let t = &toks[i];
    let next = toks.get(i + 1);
    if !t.may_start_point() {
        return next.is_none_or(|n| {
            !n.may_start_point() && !matches!(n.key, "عامي" | "العامين" | "سنتي" | "السنتين")
        });
    }
    // A number of three or four digits may be a year on its own («في
    // 2016»); a shorter one is a day or hour only before a month, a unit,
    // «:» and minutes, another number («25-9-2021») or «و».
    if t.digits.is_some_and(|d| (3..=4).contains(&d.len))
        || t.dotted
        || next.is_some_and(|n| {
            !n.entries.is_empty() || n.digits.is_some() || n.dotted || n.key == "و"
        })
    {
        return false;
    }
    let next_key = next.map(|n| n.key);
    t.entries.iter().all(|e| match &e.second {
        Some(second) => Some(second.as_str()) != next_key,
        None => match e.word {
            Word::Num(..) | Word::Ord(..) | Word::Mod(..) => true,
            Word::Trigger => {
                !POINT_TRIGGERS.contains(&t.stem()) || DEMONSTRATIVES.contains(&t.stem())
            }
            _ => false,
        },
    })
}

/// The [`POINT_TRIGGERS`] that start a point only with a date word after
/// them (read by [`no_rule_starts`]).
const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "ذلك", "ذاك", "ذات", "نفس", "فصل"];

/// Grammar words (matching keys) a rule can start with; the vocabulary
/// gives them a [`Word::Trigger`] entry so that one look-up finds them.
pub const TRIGGERS: &[&str] = &[
    "من",
    "بين",
    "يومي",
    "سنتي",
    "قبل",
    "بعد",
    "منذ",
    "كل",
    "هذا",
    "هذه",
    "عام",
    "سنه",
    "عامي",
    "يوم",
    "شهر",
    "الساعه",
    "فصل",
    "نفس",
    "ذات",
    "ذلك",
    "ذاك",
];

/// The [`TRIGGERS`] a point in time or a calendar date can start with
/// (read by [`Tok::may_start_point`]): «يوم 5 أبريل»، «الساعة 8»، «نفس
/// اليوم»، «ذلك اليوم»، «هذا الشهر»، «فصل الصيف»، «شهر رمضان»، «عام 2016».
pub const POINT_TRIGGERS: &[&str] = &[
    "يوم",
    "الساعه",
    "نفس",
    "ذات",
    "ذلك",
    "ذاك",
    "هذا",
    "هذه",
    "فصل",
    "شهر",
    "عام",
    "سنه",
    "عامي",
];

// Kept out of line: inlined, the rules' state spilled to the stack at
// every token of the skipping loop above.
#[inline(never)]
fn parse_at(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    if let Some(f) = interval(toks, i) {
        return Some(f);
    }
    let f = single(toks, i)?;
    if let Expr::Point(p) = &f.expr
        && let Some((end, q)) = paired(toks, f.end)
    {
        let mut p = p.clone();
        merge(&mut p, q);
        return Some(Found {
            first: f.first,
            end,
            expr: Expr::Point(p),
        });
    }
    Some(f)
}

/// «… الموافق 21 يونيو 2016»: the same day in the other calendar.
fn paired(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    if !follows(toks, i, &["", "،", ",", "-", "("]) || !toks[i].is("الموافق") {
        return None;
    }
    let mut j = i + 1;
    if plain(toks, j) && toks[j].key == "ل" {
        j += 1;
    }
    if !follows(toks, j, &["", "-"]) {
        return None;
    }
    let (end, q) = point(toks, j)?;
    Some((end, q))
}

/// A point in time at `i`.
pub fn point(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let t = toks.get(i)?;
    if !t.may_start_point() {
        return None;
    }
    // A number without vocabulary entries: only a clock time, a day of a
    // relative month or a calendar date starts with it (every other rule
    // starts with a word of the vocabulary).
    if t.entries.is_empty() {
        return clock(toks, i)
            .or_else(|| day_of_relative_month(toks, i))
            .or_else(|| calendar(toks, i));
    }
    // «مطلع الشهر»، «أواخر العام الماضي»، «منتصف شهر آب»
    if let Some(edge) = word(toks, i, |w| match w {
        Word::Edge(e) => Some(e),
        _ => None,
    }) {
        if t.clitic == 0 && plain(toks, i + 1) {
            let (end, mut p) = relative_period(toks, i + 1)
                .or_else(|| season(toks, i + 1))
                .or_else(|| calendar(toks, i + 1))
                .or_else(|| bare_period(toks, i + 1))?;
            p.edge = Some(edge);
            return Some((end, p));
        }
        return None;
    }
    // «يوم 5 أبريل»: the word «يوم» belongs to the date.
    if t.is("يوم")
        && plain(toks, i + 1)
        && let Some(found) = calendar(toks, i + 1)
            .filter(|(_, p)| p.day.is_some() || matches!(p.hijri, Some((_, _, Some(_)))))
    {
        return Some(found);
    }
    year_part(toks, i)
        .or_else(|| clock(toks, i))
        .or_else(|| day_ref(toks, i))
        .or_else(|| day_of_relative_month(toks, i))
        .or_else(|| calendar(toks, i))
        .or_else(|| relative_period(toks, i))
        .or_else(|| season(toks, i))
}

/// «الخامس من الشهر الجاري»، «25 من الشهر الماضي»، «العاشر من هذا الشهر»: a
/// day of a month given relative to the reference date.
fn day_of_relative_month(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    // «من» one or two words on (a day may take two: «الخامس عشر»), before
    // the day is read.
    let min = |k: usize| toks.get(k).is_some_and(|t| t.is_exact("من"));
    if !min(i + 1) && !min(i + 2) {
        return None;
    }
    let (day, j) = ordinal(toks, i).filter(|(d, _)| (1..=31).contains(d))?;
    if !(plain(toks, j) && toks[j].is_exact("من") && plain(toks, j + 1)) {
        return None;
    }
    let (end, mut p) = relative_period(toks, j + 1)?;
    if !matches!(p.unit_offset, Some((Unit::Month, _))) || p.narrative {
        return None;
    }
    p.day = Some(day);
    Some((end, p))
}

/// «الشهر»، «العام» after an edge word: the current one.
fn bare_period(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let u = word(toks, i, |w| match w {
        Word::UnitDef(u @ (Unit::Week | Unit::Month | Unit::Year)) => Some(u),
        _ => None,
    })?;
    Some((
        i + 1,
        Point {
            unit_offset: Some((u, 0)),
            ..Point::default()
        },
    ))
}

/// «النصف الثاني من العام»، «الربع الأول من 2015»، «الربع الأخير من العام
/// الماضي»: a half or quarter of a year. Without a year after it («النصف
/// الثاني» of a match) it is not a date.
fn year_part(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    let c = word(toks, i, |w| match w {
        Word::YearPart(c) => Some(c),
        _ => None,
    })?;
    let count = if c == 'H' { 2 } else { 4 };
    if !plain(toks, i + 1) {
        return None;
    }
    let n = match toks[i + 1].key {
        "الاول" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الاخير" => count,
        _ => return None,
    };
    if n > count {
        return None;
    }
    let mut j = i + 2;
    if plain(toks, j) && toks[j].is_exact("من") {
        j += 1;
    } else if !follows(toks, j, &["", "،"]) {
        return None;
    }
    let mut p = Point {
        year_part: Some((c, n)),
        ..Point::default()
    };
    if let Some((y, None | Some(false), e)) = super::calendar::year_at(toks, j)
        && (1000..=2200).contains(&y)
    {
        p.year = Some(y);
        return Some((e, p));
    }
    if !plain(toks, j) {
        return None;
    }
    let (e, q) = relative_period(toks, j).or_else(|| bare_period(toks, j))?;
    match q.unit_offset {
        Some((Unit::Year, _)) => {
            p.unit_offset = q.unit_offset;
            Some((e, p))
        }
        _ => None,
    }
}

/// One end of a time interval: a clock time, or an hour (digits or an
/// ordinal word) with a part of day or «م/ص» after it («8 صباحا»); with
/// `bare`, the hour alone too («بين الساعة 8 و10 صباحا»).
fn hour_end(toks: &[Tok<'_>], i: usize, bare: bool) -> Option<(usize, Point)> {
    if let Some(found) = clock(toks, i) {
        return Some(found);
    }
    let (mut h, mut end) = ordinal(toks, i).filter(|(h, _)| (1..=24).contains(h))?;
    let mut m = 0;
    if plain(toks, end)
        && let Some(f) = word(toks, end, |w| match w {
            Word::Frac(f) => Some(f),
            _ => None,
        })
    {
        m = f;
        end += 1;
    }
    let mut p = Point::default();
    if plain(toks, end)
        && let Some(part) = part_at(toks, end).filter(|_| toks[end].clitic == 0)
    {
        p.part = Some(part);
        h = afternoon(part, h);
        end += 1;
    } else if plain(toks, end) && ["م", "ص"].contains(&toks[end].key) {
        if toks[end].key == "م" && h < 12 {
            h += 12;
        }
        end += 1;
    } else if !bare {
        return None;
    }
    p.time = Some((h % 24, m));
    Some((end, p))
}

/// «من الساعة 8 صباحا حتى 2 ظهرا»، «بين الساعة 8 و10 صباحا»: two clock times.
fn time_interval(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let t = &toks[i];
    let between = t.is("بين");
    if !(between || t.is("من")) || !plain(toks, i + 1) {
        return None;
    }
    let (k, mut a) = hour_end(toks, i + 1, false)?;
    a.time?;
    let r = interval_joint(toks, k, between)?;
    if r != k && !follows(toks, r, &["", "-"]) {
        return None;
    }
    let (end, mut b) = hour_end(toks, r, true)?;
    let ta = a.time?;
    b.time?;
    // «بين 5 و7 مساء»: the first hour takes the part of day of the second.
    if a.part.is_none()
        && let Some(part) = b.part
        && a.is_time_only()
    {
        a.time = Some((afternoon(part, ta.0), ta.1));
    }
    // The day written at one end holds for both.
    let day = |p: &Point| Point {
        time: None,
        part: None,
        ..p.clone()
    };
    // «من الساعة 10 حتى 2»: the second hour is after the first.
    if let (Some((ha, _)), Some((hb, mb))) = (a.time, b.time)
        && b.part.is_none()
        && hb < ha
        && hb < 12
    {
        b.time = Some((hb + 12, mb));
    }
    // «من الحادية عشرة ليلا إلى الثانية صباحا»: past midnight, the next day.
    if a.is_time_only() && b.is_time_only() && b.time < a.time {
        b.day_offset = Some(1);
    } else if b.is_time_only() && !a.is_time_only() {
        merge(&mut b, day(&a));
    } else if a.is_time_only() && !b.is_time_only() {
        merge(&mut a, day(&b));
    }
    Some(Found {
        first: i,
        end,
        expr: Expr::Interval(a, b),
    })
}

fn single(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let t = &toks[i];
    let found = |first, end, expr| Some(Found { first, end, expr });
    // «الآن»، «حاليا»، «مؤخرا»، «(في) الوقت الراهن».
    if let Some((r, e)) = word2(toks, i, |w| match w {
        Word::RefAdv(r) => Some(r),
        _ => None,
    }) {
        return found(i, e, Expr::Ref(r));
    }
    // «قبل ثلاث سنوات»، «بعد يومين»; «منذ عشرة أيام» is the duration.
    let before = t.is("قبل");
    let prep = before || t.is("بعد") || t.is("منذ");
    // «منذ يوم 30 يونيو» is the day, «يوما بعد يوم» (day after day) no date.
    let repeated = t.is("بعد")
        && i > 0
        && plain(toks, i)
        && toks[i - 1]
            .word(|w| matches!(w, Word::Unit(_, None)).then_some(()))
            .is_some();
    if repeated {
        return None;
    }
    if prep && plain(toks, i + 1) && calendar(toks, i + 1).is_none() && point(toks, i + 1).is_none()
    {
        if let Some((end, u, n)) = duration(toks, i + 1).or_else(|| single_unit(toks, i + 1)) {
            let of = counted_from_event(toks, end);
            let told = !before && t.is("بعد") && narrated(toks, i, end);
            if t.is("منذ") || of || told || n.is_none() {
                return found(i + 1, end, Expr::Duration(u, n));
            }
            let n = i64::from(n.unwrap_or(1));
            let p = Point {
                unit_offset: Some((u, if before { -n } else { n })),
                ..Point::default()
            };
            return found(i, end, Expr::Point(p));
        }
        if let Some(u) = word(toks, i + 1, |w| match w {
            Word::Unit(u, Some(0)) => Some(u),
            _ => None,
        }) {
            // «قبل أيام»: a vague stretch.
            if u != Unit::Second {
                return found(i, i + 2, Expr::Vague(if before { -1 } else { 1 }));
            }
        }
    }
    if let Some((end, p)) = point(toks, i) {
        return found(i, end, Expr::Point(p));
    }
    if let Some(f) = era(toks, i) {
        return Some(f);
    }
    if let Some((end, u, n)) = duration(toks, i) {
        // «سبعة أيام في الأسبوع»: a frequency.
        if plain(toks, end) && toks[end].is_exact("في") && plain(toks, end + 1) {
            let per = word(toks, end + 1, |w| {
                matches!(w, Word::UnitDef(_)).then_some(())
            });
            if per.is_some() {
                return found(i, end + 2, Expr::Set(None));
            }
        }
        return found(i, end, Expr::Duration(u, n));
    }
    if let Some(s) = word(toks, i, |w| match w {
        Word::Set(s) => Some(s),
        _ => None,
    }) {
        return found(i, i + 1, Expr::Set(Some(s)));
    }
    if t.is("كل") && plain(toks, i + 1) {
        let u = word(toks, i + 1, |w| match w {
            Word::Unit(u, None) => Some(u),
            _ => None,
        })?;
        // «كل عام وأنتم بخير»: the holiday greeting, no recurrence.
        if toks.get(i + 2).is_some_and(|n| {
            matches!(
                n.key,
                "وانتم" | "وانت" | "وانتي" | "والجميع" | "وانتما" | "وهم" | "وانتن"
            )
        }) && toks.get(i + 3).is_some_and(|n| n.key == "بخير")
        {
            return None;
        }
        return found(i, i + 2, Expr::Set(Some(period(u)?)));
    }
    // «العامين الماضيين»، «السنتين الأخيرتين»: a duration of two.
    if let Some(u) = word(toks, i, |w| match w {
        Word::UnitDual(u) => Some(u),
        _ => None,
    }) && plain(toks, i + 1)
        && word(toks, i + 1, |w| {
            matches!(w, Word::Mod(d, _) if d != 0).then_some(())
        })
        .is_some()
    {
        return found(i, i + 2, Expr::Duration(u, Some(2)));
    }
    // «السنوات الخمس الماضية»
    if let Some(u) = word(toks, i, |w| match w {
        Word::UnitPl(u) => Some(u),
        _ => None,
    }) && plain(toks, i + 1)
        && let Some(n) = super::numbers::definite(&toks[i + 1])
        && let k = i + 2
        && plain(toks, k)
        && word(toks, k, |w| {
            matches!(w, Word::Mod(d, _) if d != 0).then_some(())
        })
        .is_some()
    {
        return found(i, k + 1, Expr::Duration(u, Some(n)));
    }
    // «الأيام المقبلة»، «الساعات القليلة الماضية»
    if word(toks, i, |w| matches!(w, Word::UnitPl(_)).then_some(())).is_some()
        && toks[i].clitic == 0
    {
        let mut j = i + 1;
        if plain(toks, j) && toks[j].is_exact("القليله") {
            j += 1;
        }
        if plain(toks, j)
            && let Some(d) = word(toks, j, |w| match w {
                Word::Mod(d, _) if d != 0 => Some(d),
                _ => None,
            })
        {
            return found(i, j + 1, Expr::Vague(d));
        }
    }
    None
}

/// «السبعينيات» (a decade of the 1900s), «القرن التاسع عشر» (a century:
/// TIMEX3 value `18`), with an optional edge word before («أواخر»).
fn era(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let t = &toks[i];
    if let Some(d) = word(toks, i, |w| match w {
        Word::Decade(d) => Some(d),
        _ => None,
    }) {
        return Some(Found {
            first: i,
            end: i + 1,
            expr: Expr::Era(d.to_string(), "decade"),
        });
    }
    let century = word(toks, i, |w| {
        (w == Word::UnitDef(Unit::Century)).then_some(())
    });
    if century.is_some() && t.clitic == 0 && plain(toks, i + 1) {
        let (n, end) = super::numbers::ordinal(toks, i + 1)?;
        toks[i + 1].digits.is_none().then_some(())?;
        (1..=21).contains(&n).then(|| Found {
            first: i,
            end,
            expr: Expr::Era(format!("{:02}", n - 1), "century"),
        })
    } else {
        None
    }
}

/// A singular unit standing for one («قبل عام»، «بعد أسبوع»), but not the
/// first noun of a compound («بعد يوم الراحة»، «قبل أسبوع الآلام»).
fn single_unit(toks: &[Tok<'_>], i: usize) -> Option<(usize, Unit, Option<u32>)> {
    let t = toks.get(i)?;
    let u = t.word(|w| match w {
        Word::Unit(u, None) => Some(u),
        _ => None,
    })?;
    let compound = plain(toks, i + 1) && {
        let next = &toks[i + 1];
        next.clitic == 0
            && next.key.starts_with("ال")
            && next.entries.is_empty()
            && !DEFINITE_FUNCTION_WORDS.contains(&next.key)
    };
    (t.clitic == 0 && !compound).then_some((i + 1, u, Some(1)))
}

/// Words that may stand between a count of time and the event it is
/// counted from: «بعد يوم واحد من …»، «بعد عام بالضبط من …»، «بعد يومين فقط
/// من …».
const COUNT_FILLERS: &[&str] = &[
    "واحد",
    "واحده",
    "فقط",
    "بالضبط",
    "تقريبا",
    "كامل",
    "كامله",
    "كاملا",
    "كاملين",
];

/// True when the count of time ending before token `end` is counted from an
/// event named after it («بعد عشرة أيام من القصف»، «بعد يوم واحد من تأكيد
/// وفاته»): a stretch of time, not a day counted from the article's date.
fn counted_from_event(toks: &[Tok<'_>], end: usize) -> bool {
    let mut k = end;
    while k < end + 2 && plain(toks, k) && COUNT_FILLERS.contains(&toks[k].key) {
        k += 1;
    }
    let from_now = plain(toks, k + 1) && toks[k + 1].is_exact("الان");
    plain(toks, k) && (toks[k].is_exact("من") || toks[k].is_exact("علي")) && !from_now
}

/// Verbs of a past narrative that commonly follow «بعد …» in a story told
/// («ثم بعد أسبوعين قام …»، «وبعد 15 يوما حصل …»، «بعد شهر واحد تم …»).
const PAST_NARRATIVE: &[&str] = &[
    "تم",
    "قام",
    "قامت",
    "كان",
    "كانت",
    "لم",
    "حصل",
    "حصلت",
    "اصبح",
    "اصبحت",
    "عاد",
    "عادت",
    "وجد",
    "وجدت",
    "فوجي",
    "تاكد",
    "تاكدت",
    "جاء",
    "جاءت",
    "قرر",
    "قررت",
    "تمكن",
    "تمكنت",
    "توفي",
    "اكتشف",
    "اكتشفت",
];

/// True when «بعد …» (tokens `i..end`) tells a story in the past: «ثم» before
/// it, or a past verb of [`PAST_NARRATIVE`] within three words after it in
/// the sentence. Such a count runs from an earlier event, not from the
/// article's date.
fn narrated(toks: &[Tok<'_>], i: usize, end: usize) -> bool {
    let then = i > 0 && toks[i - 1].sentence == toks[i].sentence && toks[i - 1].is("ثم");
    let sentence = toks[i].sentence;
    let past_after = toks[end..]
        .iter()
        .take(4)
        .take_while(|t| t.sentence == sentence)
        .any(|t| {
            let k = t.key.strip_prefix(['و', 'ف']).unwrap_or(t.key);
            PAST_NARRATIVE.contains(&k) || PAST_NARRATIVE.contains(&t.key)
        });
    then || past_after
}

/// The ISO 8601 period of one unit.
pub fn period(u: Unit) -> Option<&'static str> {
    Some(match u {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day => "P1D",
        Unit::Week => "P1W",
        Unit::Month => "P1M",
        Unit::Year => "P1Y",
        Unit::Decade | Unit::Century => return None,
    })
}

/// «من 10 إلى 15 آب»، «بين عامي 2011 و2015»، «من 2011 حتى 2015».
fn interval(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let t = &toks[i];
    if let Some(f) = year_range(toks, i).or_else(|| time_interval(toks, i)) {
        return Some(f);
    }
    // «عامي 2002 و2003», «يومي 10 و11 أبريل»: a pair is an interval too.
    let pair = ["عامي", "العامين", "سنتي", "السنتين", "يومي"].contains(&t.stem());
    let between = t.is("بين") || pair;
    if let Some(f) = consecutive_days(toks, i).or_else(|| dash_day_range(toks, i)) {
        return Some(f);
    }
    // «منذ 17 يوليو حتى 19 منه»: «منذ» opens an interval when «حتى» or
    // «إلى» closes it.
    if !(between || t.is("من") || t.is("منذ")) || !plain(toks, i + 1) {
        return None;
    }
    let mut j = i + 1;
    let years = !pair && ["عامي", "العامين", "سنتي", "السنتين"].contains(&toks[j].key);
    if years {
        j += 1;
        if !plain(toks, j) {
            return None;
        }
    }
    let (k, mut a) = end_point(toks, j)?;
    let r = interval_joint(toks, k, between)?;
    if !follows(toks, r, &["", "-"]) && r != k {
        return None;
    }
    let (mut end, mut b) = end_point(toks, r).or_else(|| {
        // «بين يناير ومارس»: after a month, any month name is one.
        let ((m, hijri, _), e) = super::calendar::month_at(toks, r)?;
        (a.month.is_some() && !hijri && a.day.is_none()).then(|| {
            let p = Point {
                month: Some(m),
                ..Point::default()
            };
            (e, p)
        })
    })?;
    // «حتى 19 منه»: a day of the first end's month.
    if b.day.is_some()
        && b.month.is_none()
        && b.hijri.is_none()
        && plain(toks, end)
        && toks[end].is_exact("منه")
        && (a.month.is_some()
            || matches!(a.hijri, Some((_, Some(_), _)))
            || matches!(a.unit_offset, Some((Unit::Month, _))))
    {
        b.year = a.year;
        b.month = a.month;
        b.unit_offset = a.unit_offset.filter(|(u, _)| *u == Unit::Month);
        if let Some((y, m, _)) = a.hijri {
            b.hijri = Some((y, m, b.day.take()));
        }
        end += 1;
    }
    let bare = |p: &Point| {
        p.month.is_none()
            && p.hijri.is_none()
            && p.year.is_none()
            && p.weekday.is_none()
            && p.day_offset.is_none()
            && p.unit_offset.is_none()
    };
    if bare(&b) && !(a.year.is_some() && b.year.is_some()) && (b.day.is_some() || bare(&a)) {
        return None;
    }
    // The first end borrows what it leaves out from the second.
    if a.day.is_some() && a.month.is_none() && a.hijri.is_none() {
        if let Some((y, m, _)) = b.hijri {
            a.hijri = Some((y, m, a.day.take()));
        } else if b.month.is_none() && matches!(b.unit_offset, Some((Unit::Month, _))) {
            // «من 10 إلى 15 من الشهر الجاري»
            a.unit_offset = b.unit_offset;
        } else {
            a.month = b.month;
        }
    }
    // A borrowed year goes back one when the first month comes later in
    // the year: «من 28 ديسمبر إلى 2 يناير 2016» starts in 2015.
    if a.month.is_some() && a.year.is_none() {
        a.year = b.year.map(|y| if a.month > b.month { y - 1 } else { y });
    }
    // «من أيلول إلى كانون الثاني الماضيين», «يومي الثلاثاء والأربعاء
    // الماضيين»: the direction after the second end qualifies both.
    // So for a year-less Hijri date: «من السابع وحتى التاسع من محرم المقبل».
    let hijri_yearless = matches!(a.hijri, Some((None, _, _)));
    if (a.month.is_some() || a.weekday.is_some() || hijri_yearless)
        && a.year.is_none()
        && a.dir.is_none()
    {
        a.dir = b.dir;
    }
    if let (Some((None, m, d)), Some((Some(y), bm, _))) = (a.hijri, b.hijri) {
        let y = if m > bm { y - 1 } else { y };
        a.hijri = Some((Some(y), m, d));
    }
    // «يومي أمس وأمس الأول»: a pair names two days in any order.
    if between
        && let (Some(x), Some(y)) = (a.day_offset, b.day_offset)
        && x > y
        && a.weekday.is_none()
        && b.weekday.is_none()
    {
        std::mem::swap(&mut a, &mut b);
    }
    if bare(&a) && a.day.is_none() {
        return None;
    }
    Some(Found {
        first: i,
        end,
        expr: Expr::Interval(a, b),
    })
}

/// «في السابع والثامن من يوليو», «الثالث والرابع والخامس من أغسطس», «في 3
/// و4 مايو»: days that follow one another, joined by «و», before the month
/// they share, as one interval from the first to the last.
fn consecutive_days(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    if toks[i].clitic > 0 {
        return None;
    }
    let (first, mut k) = ordinal(toks, i).filter(|(d, _)| (1..=31).contains(d))?;
    let mut last = first;
    // Each further day has «و» (attached, or as a word of its own).
    let and = |k: usize| {
        let t = toks.get(k)?;
        let joint = interval_joint(toks, k, true)?;
        (t.key == "و" || t.has_wa()).then_some(joint)
    };
    loop {
        let r = and(k)?;
        let (day, next) = ordinal(toks, r)?;
        if day != last + 1 {
            return None;
        }
        let more = and(next).and_then(|r2| ordinal(toks, r2));
        if more.is_some() {
            last = day;
            k = next;
            continue;
        }
        // The last day: the month follows it.
        let (end, b) = end_point(toks, r)?;
        let month_known = b.month.is_some()
            || matches!(b.hijri, Some((_, Some(_), Some(_))))
            || matches!(b.unit_offset, Some((Unit::Month, _)));
        if !month_known || b.day.or(b.hijri.and_then(|h| h.2)) != Some(day) {
            return None;
        }
        let mut a = b.clone();
        if let Some((y, m, Some(_))) = a.hijri {
            a.hijri = Some((y, m, Some(first)));
        } else {
            a.day = Some(first);
        }
        return Some(Found {
            first: i,
            end,
            expr: Expr::Interval(a, b),
        });
    }
}

/// «22 – 25 نوفمبر», «10-13 صفر المقبل»: two days in digits joined by a
/// dash before the month they share, as one interval from the first to
/// the second (a later day of the same month).
fn dash_day_range(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let t = &toks[i];
    let d = t.digits.filter(|d| d.len <= 2 && d.era.is_none())?;
    let first = Some(d.value).filter(|d| (1..=31).contains(d))?;
    if t.clitic > 0 || !follows(toks, i + 1, &["-", "–", "—"]) || toks[i + 1].clitic > 0 {
        return None;
    }
    let (end, b) = point(toks, i + 1)?;
    // The second day is written with its month's name: not a numeric
    // date («22-11-2015») nor a score.
    let second = b.day.or(b.hijri.and_then(|h| h.2))?;
    let named_month = toks
        .get(i + 2)
        .is_some_and(|n| n.digits.is_none() && !n.entries.is_empty());
    if second <= first || !named_month {
        return None;
    }
    let mut a = b.clone();
    if let Some((y, m, Some(_))) = a.hijri {
        a.hijri = Some((y, m, Some(first)));
    } else if a.month.is_some() {
        a.day = Some(first);
    } else {
        return None;
    }
    Some(Found {
        first: i,
        end,
        expr: Expr::Interval(a, b),
    })
}

/// «1936 - 1939», «2011-2015»: a range of years; after «عام/سنة» or in
/// brackets a slash too («عام ( 1931 / 1932 )», «لسنة ( 1958 / 1963 )»).
fn year_range(toks: &[Tok<'_>], i: usize) -> Option<Found> {
    let year = |k: usize| {
        toks.get(k)
            .and_then(|t| t.digits)
            .filter(|d| d.len == 4 && d.era.is_none() && (1800..=2200).contains(&d.value))
            .map(|d| d.value as i32)
    };
    let lead = YEAR_WORDS.contains(&toks.get(i)?.key) && follows(toks, i + 1, &["", "("]);
    let j = if lead { i + 1 } else { i };
    let a = year(j)?;
    let slash = lead || (j > 0 && follows(toks, j, &["("]));
    let gaps: &[&str] = if slash { &["-", "/"] } else { &["-"] };
    if !follows(toks, j + 1, gaps) || toks[j + 1].clitic > 0 {
        return None;
    }
    let b = year(j + 1).filter(|b| *b > a && *b - a <= 100)?;
    let y = |v| Point {
        year: Some(v),
        ..Point::default()
    };
    Some(Found {
        first: i,
        end: j + 2,
        expr: Expr::Interval(y(a), y(b)),
    })
}

/// One end of an interval: a point, a bare year or a bare day number.
fn end_point(toks: &[Tok<'_>], i: usize) -> Option<(usize, Point)> {
    if let Some(found) = point(toks, i) {
        return Some(found);
    }
    if let Some(d) = toks.get(i)?.digits
        && d.len == 4
        && d.era.is_none()
        && (1000..=2200).contains(&d.value)
    {
        let p = Point {
            year: i32::try_from(d.value).ok(),
            ..Point::default()
        };
        return Some((i + 1, p));
    }
    let (day, end) = ordinal(toks, i)?;
    (1..=31).contains(&day).then(|| {
        (
            end,
            Point {
                day: Some(day),
                ..Point::default()
            },
        )
    })
}

/// Where the second end of an interval starts, given the token `k` after its
/// first end: after «و» (or at a word with و attached) in a «بين … و…»
/// interval, after «إلى»/«حتى» otherwise.
fn interval_joint(toks: &[Tok<'_>], k: usize, between: bool) -> Option<usize> {
    if between && follows(toks, k, &["", "،"]) && toks[k].key == "و" {
        Some(k + 1)
    } else if between && follows(toks, k, &["", "،"]) && toks[k].has_wa() {
        Some(k)
    } else if follows(toks, k, &["", "-", ")"]) && (toks[k].is("الي") || toks[k].is("حتي")) {
        Some(k + 1)
    } else {
        None
    }
}

#[cfg(test)]
mod trigger_tests {
    use super::{POINT_TRIGGERS, TRIGGERS, no_rule_starts, parse_at};
    use crate::document::Document;
    use crate::extract::dates::tokens::stream;

    /// (text, word, true when no rule can start at that word). The texts
    /// have each word once.
    const NO_RULE_ROWS: &[(&str, &str, bool)] = &[
        ("وصل من الرياض", "من", true),
        ("خرج من قبل أن يصل", "من", true),
        ("قبل وصول الوفد", "قبل", true),
        ("منذ وصول الوفد", "منذ", true),
        // «بعد غد» (a day word of two tokens) starts at «بعد» only before «غد».
        ("بعد وصول الوفد", "بعد", true),
        ("بعد غد", "بعد", false),
        ("قتل ثلاثة أشخاص", "ثلاثة", true),
        ("ثلاثة أيام", "ثلاثة", false),
        ("ثلاثة عشر يوما", "ثلاثة", false),
        ("في المركز الأول عالميا", "الأول", true),
        ("الأول من يوليو", "الأول", false),
        ("الأول و2 مايو", "الأول", false),
        ("الأول يوليو", "الأول", false),
        ("في العام الماضي", "الماضي", true),
        ("الماضي وصل", "الماضي", true),
        ("قتل 25 شخصا", "25", true),
        ("قتل 25 يوليو", "25", false),
        ("في 25 من الشهر", "25", false),
        ("في 25/7", "25", false),
        ("الساعة 10:30 صباحا", "10", false),
        ("في 2016 وصل", "2016", false),
        ("في 150 هـ", "150", false),
        ("مبلغ 150000 ريال", "150000", true),
        ("في 7 و8 يوليو", "7", false),
        ("كل الناس", "كل", true),
        ("بين الطرفين", "بين", true),
        ("وصل في النهاية من", "من", true),
        ("من 10 إلى 15 آب", "من", false),
        ("من الساعة 8 صباحا", "من", false),
        ("بين عامي 2011 و2015", "بين", false),
        ("بين سنتي 2011 و2015", "بين", false),
        ("بين العامين الماضيين", "بين", false),
        ("قبل ثلاث سنوات", "قبل", false),
        ("كل عام", "كل", false),
        ("منذ يومين", "منذ", false),
        ("من يوليو", "من", false),
        ("هذا الشهر", "هذا", false),
        ("يوم الخميس", "يوم", false),
        ("هذا الرجل", "هذا", true),
        ("بعد ذلك قال", "ذلك", true),
        ("في نفس المكان", "نفس", true),
        ("وهذه الدولة", "وهذه", true),
        ("ذلك اليوم", "ذلك", false),
        ("نفس اليوم", "نفس", false),
        ("هذا العام", "هذا", false),
        ("هذا الصيف", "هذا", false),
        ("هذا فصل الصيف", "هذا", false),
        ("فصل الصيف", "فصل", false),
        ("هذه 2016", "هذه", false),
        ("في 2016", "2016", false),
    ];

    #[test]
    fn no_rule_starts_at_a_grammar_word_before_a_plain_word() {
        for &(text, word, want) in NO_RULE_ROWS {
            let doc = Document::new(text.to_string());
            let toks = stream(&doc);
            let key = crate::normalize::match_key(word);
            let i = toks
                .iter()
                .position(|t| t.key == key)
                .unwrap_or_else(|| panic!("{text}: {word}"));
            assert_eq!(no_rule_starts(&toks, i), want, "{text}: {word}");
        }
    }

    /// Wherever the cheap test says no rule starts, the grammar finds none,
    /// at every token of every text of the extractor's table.
    #[test]
    fn no_rule_starts_only_where_the_grammar_finds_nothing() {
        let texts = super::super::tests::ROWS
            .iter()
            .map(|r| r.0)
            .chain(NO_RULE_ROWS.iter().map(|r| r.0));
        let mut skipped = 0;
        for text in texts {
            let doc = Document::new(text.to_string());
            let toks = stream(&doc);
            for i in 0..toks.len() {
                if no_rule_starts(&toks, i) {
                    skipped += 1;
                    assert_eq!(parse_at(&toks, i), None, "{text}: token {i}");
                }
            }
        }
        assert!(skipped > 100, "{skipped}");
    }

    #[test]
    fn point_triggers_are_triggers() {
        for w in POINT_TRIGGERS {
            assert!(TRIGGERS.contains(w), "{w}");
        }
        for w in super::DEMONSTRATIVES {
            assert!(POINT_TRIGGERS.contains(w), "{w}");
        }
    }
}
