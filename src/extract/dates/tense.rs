//! The tense of the words before a date written without its year: a date
//! announced for later («سيعقد المؤتمر في 15 نوفمبر») is the next such day,
//! not the last one, which is the reading a news report otherwise favours.

use super::expr::{Expr, Point};
use super::grammar::Found;
use super::tokens::Tok;

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
        .take_while(|b| b.sentence == t.sentence)
        .any(|b| {
            let k = b.key.strip_prefix(['و', 'ف']).unwrap_or(b.key);
            FUTURE_MARKERS.contains(&k) || FUTURE_MARKERS.contains(&b.key)
        })
}

/// A month (and day) without a year nor a direction word.
fn yearless(p: &Point) -> bool {
    p.month.is_some() && p.year.is_none() && p.dir.is_none() && p.unit_offset.is_none()
}

/// Marks the yearless dates that follow a future marker.
pub fn mark_future(toks: &[Tok<'_>], found: &mut [Found]) {
    for f in found {
        let first = f.first;
        match &mut f.expr {
            Expr::Point(p) if yearless(p) && future_before(toks, first) => p.future = true,
            Expr::Interval(a, b) if (yearless(a) || yearless(b)) && future_before(toks, first) => {
                a.future = true;
                b.future = true;
            }
            _ => {}
        }
    }
}
