//! Grammar of points in time other than calendar dates: weekdays, day
//! words, relative periods, seasons and clock times, plus durations and the
//! token helpers the other grammar files share. Each parser takes the token
//! index to start at and returns the index after the expression and what it
//! means.

pub use super::calendar::calendar;
use super::calendar::{day_month, numeric, year_at};
use super::expr::Point;
use super::lexicon::{Unit, Word};
use super::numbers::{cardinal, ordinal};
use super::tokens::Tok;

/// True when token `i` exists, is in the same sentence as token `i - 1`,
/// and the separator before it is in `gaps`.
pub fn follows(toks: &[Tok<'_>], i: usize, gaps: &[&str]) -> bool {
    i > 0
        && toks
            .get(i)
            .is_some_and(|t| t.sentence == toks[i - 1].sentence && gaps.contains(&t.gap))
}

/// Words that begin with «ال» but are no definite noun (matching keys):
/// «إلى»، «التي»، «الذي»، «الذين»، «إلا»، «الآن».
pub const DEFINITE_FUNCTION_WORDS: &[&str] = &["الي", "التي", "الذي", "الذين", "الا", "الان"];

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

pub(super) fn modifier(toks: &[Tok<'_>], i: usize) -> Option<i64> {
    if !follows(toks, i, &["", ")"]) || toks[i].clitic > 0 {
        return None;
    }
    word(toks, i, |w| match w {
        Word::Mod(d, false) => Some(d),
        _ => None,
    })
}

pub(super) fn part_at(toks: &[Tok<'_>], i: usize) -> Option<&'static str> {
    word(toks, i, |w| match w {
        Word::Part(p) => Some(p),
        _ => None,
    })
}

/// The 24-hour clock hour of `h` o'clock in part of day `part`.
pub(super) fn afternoon(part: &str, h: u32) -> u32 {
    match part {
        "AF" | "EV" if h < 12 => h + 12,
        "NI" if (6..12).contains(&h) => h + 12,
        // «الثانية عشرة مساء / ليلا»: midnight.
        "EV" | "NI" if h == 12 => 0,
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
    // «نفس اليوم»، «ذات اليوم»، «ذلك اليوم»: the day of the previous event.
    if (t.is("نفس") || t.is("ذات") || t.is_exact("ذلك") || t.is_exact("ذاك"))
        && plain(toks, i + 1)
        && toks[i + 1].is_exact("اليوم")
    {
        p.day_offset = Some(0);
        p.narrative = true;
        return Some((i + 2, p));
    }
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
        // «اليوم التالي»، «اليوم نفسه»، «اليوم السابق»: a day of the
        // narrative, relative to the previous event.
        let narrative = match toks.get(e).map(|n| n.key) {
            Some("التالي") => Some(1),
            Some("نفسه" | "ذاته") => Some(0),
            Some("السابق") => Some(-1),
            _ => None,
        };
        if let Some(off) = narrative.filter(|_| n == 0 && e == i + 1 && plain(toks, e)) {
            p.day_offset = Some(off);
            p.narrative = true;
            end = e + 1;
            if plain(toks, end)
                && let Some(part) = part_at(toks, end).filter(|_| toks[end].clitic == 0)
            {
                p.part = Some(part);
                end += 1;
            }
            return Some((end, p));
        }
        // «عين اليوم – جدة», «عمر إبراهيم – عين اليوم»: a name set off by
        // a dash in a byline (an indefinite noun before «اليوم»), not today.
        if n == 0 && e == i + 1 && i > 0 && plain(toks, i) {
            let prev = &toks[i - 1];
            let dash = |g: &str| !g.is_empty() && g.chars().all(|c| matches!(c, '-' | '–' | '—'));
            let next_dash = toks
                .get(e)
                .is_some_and(|n| n.sentence == t.sentence && dash(n.gap));
            let indefinite = prev.clitic == 0
                && prev.digits.is_none()
                && prev.entries.is_empty()
                && !prev.key.starts_with("ال");
            if indefinite && (dash(prev.gap) || next_dash) {
                return None;
            }
        }
        // «بجريدة اليوم», «صحيفة "الغد"»: the name of an outlet.
        if e == i + 1 && follows(toks, i, &["", "\"", "«", "“", "'"]) {
            const OUTLETS: &[&str] = &["جريده", "صحيفه", "مجله", "قناه", "موقع", "برنامج"];
            let prev = &toks[i - 1];
            let outlet = |o: &&str| {
                prev.key.ends_with(o)
                    && crate::document::clitics::is_proclitic_sequence(
                        &prev.key[..prev.key.len() - o.len()],
                    )
            };
            if OUTLETS.iter().any(outlet) {
                return None;
            }
        }
        // «في أمس الحاجة» (in the direst need): a superlative, not yesterday.
        if n == -1
            && e == i + 1
            && i > 0
            && toks[i - 1].is_exact("في")
            && plain(toks, e)
            && toks[e].key.starts_with("ال")
            && toks[e].entries.is_empty()
        {
            return None;
        }
        // «اليوم الوطني» is a day, not today.
        if e == i + 1 && n == 0 && plain(toks, e) {
            let next = &toks[e];
            let function_word = DEFINITE_FUNCTION_WORDS.contains(&next.key);
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
        // «الليلة الثالثة عشرة» (the twelfth night) is a night of a series.
        if plain(toks, i + 1)
            && toks[i + 1]
                .word(|w| matches!(w, Word::Ord(..)).then_some(()))
                .is_some()
        {
            return None;
        }
        // «الليلة قبل الماضية»: the night before last.
        let before_last = plain(toks, i + 1)
            && toks[i + 1].is_exact("قبل")
            && plain(toks, i + 2)
            && modifier(toks, i + 2).is_some_and(|d| d < 0);
        if before_last {
            p.day_offset = Some(-2);
            end = i + 3;
        } else {
            p.day_offset = Some(modifier(toks, i + 1).filter(|d| *d < 0).map_or(0, |_| -1));
            end = if p.day_offset == Some(-1) {
                i + 2
            } else {
                i + 1
            };
        }
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
        // «صلاة الجمعة» is the Friday prayer and «سوق الخميس» a market
        // named for its day, not a day (unless a modifier follows).
        let named = j == i
            && i > 0
            && NAMED_BY_WEEKDAY.contains(&toks[i - 1].key)
            && modifier(toks, j + 1).is_none();
        if named {
            return None;
        }
        // «أو الاثنين معا», «كلا الاثنين»: "both", not Monday («الأحد أو
        // الاثنين» stays a weekday).
        let both = wd == 1
            && j == i
            && (toks
                .get(j + 1)
                .is_some_and(|n| n.key == "معا" && n.sentence == t.sentence)
                || (i > 0 && toks[i - 1].key == "كلا"));
        if both {
            return None;
        }
        p.weekday = Some(wd);
        end = j + 1;
        if let Some(d) = modifier(toks, end) {
            p.dir = Some(d);
            end += 1;
        } else if plain(toks, end) && toks[end].key == "بعد" && modifier(toks, end + 1) == Some(1)
        {
            // «الأربعاء بعد المقبل»: the week after next.
            p.dir = Some(2);
            end += 2;
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
    } else if follows(toks, end, &["("])
        && p.day_offset.is_none()
        && let Some((_, date)) = numeric(toks, end).or_else(|| day_month(toks, end))
        && (date.day.is_some() || matches!(date.hijri, Some((_, _, Some(_)))))
    {
        // «يوم الأربعاء (أول يوليو)»: the weekday is the day in brackets,
        // which stays a mention of its own.
        p.dir = date.dir;
        merge(&mut p, date);
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

/// Matching keys of heads a weekday names rather than dates: the Friday
/// prayer and sermon, weekly markets («سوق الخميس»).
const NAMED_BY_WEEKDAY: &[&str] = &[
    "صلاه",
    "خطبه",
    "لصلاه",
    "وصلاه",
    "سوق",
    "بسوق",
    "وسوق",
    "لسوق",
    "اسواق",
];

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
    // «العام التالي» (the following year): after the year of the story.
    let narrative = end == j + 2 && ["التالي", "التاليه"].contains(&toks[j + 1].key);
    let p = Point {
        unit_offset: Some((unit, offset)),
        narrative,
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
    a.year_part = a.year_part.or(b.year_part);
    a.narrative |= b.narrative;
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
        // «خليجي 23 لعام 2016»: a unit after ل/ب is not counted.
        // «9 عام ( 1921 )»: a list number before a marked year.
        let marked_year = ["عام", "سنه"].contains(&toks.get(k).map_or("", |t| t.key))
            && follows(toks, k + 1, &["", "("])
            && toks[k + 1].digits.is_some_and(|d| d.len == 4);
        if plain(toks, k)
            && !marked_year
            && (toks[k].clitic == 0 || toks[k].has_wa())
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
