//! The tense of the words before a date written without its year: a date
//! announced for later («سيعقد المؤتمر في 15 نوفمبر») is the next such day,
//! not the last one, which is the reading a news report otherwise favours.

use super::expr::{Expr, Point};
use super::grammar::Found;
use super::tokens::Tok;
use crate::extract::words::future_verb;

/// Words that put what follows in the future (matching keys, with و/ف
/// allowed in front): «سوف», «من المقرر», «المزمع», «المرتقب», «يعتزم»,
/// and frequent future verbs of scheduling.
const FUTURE_MARKERS: &[&str] = &[
    "سوف",
    "المقرر",
    "المزمع",
    "المرتقب",
    "المنتظر",
    "يعتزم",
    "تعتزم",
    "سيتم",
    "ستتم",
    "سيعقد",
    "ستعقد",
    "سينعقد",
    "ستنعقد",
    "سينطلق",
    "ستنطلق",
    "سيبدا",
    "ستبدا",
    "سيقام",
    "ستقام",
    "سيجري",
    "ستجري",
    "سيكون",
    "ستكون",
    "سيشهد",
    "ستشهد",
    "سيزور",
    "ستزور",
    "سيصل",
    "ستصل",
    "سيستمر",
    "ستستمر",
    "سينتهي",
    "ستنتهي",
    "سيفتتح",
    "ستفتتح",
    "سيطلق",
    "ستطلق",
    "اقصاه",
    // The present of hosting and holding, which headlines and
    // announcements use for what is coming (««معادن» تستضيف مؤتمر «عربال»
    // في نوفمبر»).
    "تستضيف",
    "يستضيف",
    "تحتضن",
    "يحتضن",
    "تنظم",
    "ينظم",
    "تعقد",
    "يعقد",
    "تنعقد",
    "ينعقد",
    "تنطلق",
    "ينطلق",
    "تقام",
    "يقام",
];

/// Relative pronouns: a date in a relative clause takes the tense of the
/// clause, not of the sentence around it («وستماثل خسارته الخسائر التي
/// تكبدها في مايو»), so the search for a marker stops there.
const RELATIVE_PRONOUNS: &[&str] = &[
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// How many tokens before a date a marker may stand.
const WINDOW: usize = 12;

/// True when a future marker stands before token `first` in its sentence,
/// within [`WINDOW`] tokens.
fn future_before(toks: &[Tok<'_>], first: usize) -> bool {
    let Some(t) = toks.get(first) else {
        return false;
    };
    toks[first.saturating_sub(WINDOW)..first]
        .iter()
        .rev()
        .take_while(|b| b.sentence == t.sentence && !RELATIVE_PRONOUNS.contains(&b.key))
        .any(|b| {
            let k = b.key.strip_prefix(['و', 'ف']).unwrap_or(b.key);
            FUTURE_MARKERS.contains(&k)
                || FUTURE_MARKERS.contains(&b.key)
                || future_verb(k)
                || future_verb(b.key)
        })
}

/// A month (and day) without a year nor a direction word.
fn yearless(p: &Point) -> bool {
    p.month.is_some() && p.year.is_none() && p.dir.is_none() && p.unit_offset.is_none()
}

/// A weekday alone, without a date, a day word nor a direction word
/// («سيعقد الاجتماع يوم الإثنين»).
fn bare_weekday(p: &Point) -> bool {
    p.weekday.is_some()
        && p.month.is_none()
        && p.day.is_none()
        && p.year.is_none()
        && p.dir.is_none()
        && p.day_offset.is_none()
        && p.unit_offset.is_none()
}

/// Nouns of pay and dues for a stretch of work (matching keys): the month
/// after them is the month worked, whatever the tense of the payment
/// («سيتم صرف راتب شهر مايو» is May gone by).
const PAY_NOUNS: &[&str] = &[
    "راتب",
    "رواتب",
    "مرتب",
    "مرتبات",
    "اجر",
    "اجور",
    "مستحقات",
    "مكافاه",
    "مكافات",
    "ايجار",
    "فاتوره",
    "فواتير",
    "اقساط",
    "قسط",
    "معاش",
    "معاشات",
];

/// True when a pay noun stands right before token `first`.
fn after_pay_noun(toks: &[Tok<'_>], first: usize) -> bool {
    first > 0
        && toks[first - 1].sentence == toks[first].sentence
        && PAY_NOUNS.contains(&toks[first - 1].stem())
}

/// Marks the yearless dates that follow a future marker.
pub fn mark_future(toks: &[Tok<'_>], found: &mut [Found]) {
    let mut previous_end = None;
    for f in found {
        let first = f.first;
        // A weekday right after another date, not a weekday, names that
        // date's day («أول من أمس (السبت)»; «الاثنين أو الثلاثاء» are two).
        let names_previous = previous_end.is_some_and(|end| first <= end + 2);
        previous_end = match &f.expr {
            Expr::Point(p) if bare_weekday(p) => None,
            _ => Some(f.end),
        };
        if after_pay_noun(toks, first) {
            continue;
        }
        match &mut f.expr {
            Expr::Point(p)
                if (yearless(p) || (bare_weekday(p) && !names_previous))
                    && future_before(toks, first) =>
            {
                p.future = true
            }
            Expr::Interval(a, b) if (yearless(a) || yearless(b)) && future_before(toks, first) => {
                a.future = true;
                b.future = true;
            }
            _ => {}
        }
    }
}
