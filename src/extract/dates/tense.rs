//! The tense of the words before a date written without its year: a date
//! announced for later («سيعقد المؤتمر في 15 نوفمبر») is the next such day,
//! not the last one, which is the reading a news report otherwise favours.

use super::expr::{Expr, Point};
use super::grammar::Found;
use super::tokens::Tok;
use crate::extract::words::{FastMap, future_verb};
use std::sync::OnceLock;

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

/// What a word of [`FUTURE_MARKERS`] or [`RELATIVE_PRONOUNS`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    Future,
    Relative,
}

/// [`FUTURE_MARKERS`] and [`RELATIVE_PRONOUNS`] in one hash map: every
/// token of the window before a date is looked up twice (with and without
/// و/ف), a hash each instead of a comparison with every marker.
fn markers() -> &'static FastMap<&'static str, Marker> {
    static MARKERS: OnceLock<FastMap<&'static str, Marker>> = OnceLock::new();
    MARKERS.get_or_init(|| {
        let mut map = FastMap::default();
        for &w in FUTURE_MARKERS {
            map.insert(w, Marker::Future);
        }
        // A relative pronoun is no future marker: `future_before` tests it first.
        for &w in RELATIVE_PRONOUNS {
            map.insert(w, Marker::Relative);
        }
        map
    })
}

/// True when a future marker stands before token `first` in its sentence,
/// within [`WINDOW`] tokens.
fn future_before(toks: &[Tok<'_>], first: usize) -> bool {
    let Some(t) = toks.get(first) else {
        return false;
    };
    let markers = markers();
    toks[first.saturating_sub(WINDOW)..first]
        .iter()
        .rev()
        .take_while(|b| b.sentence == t.sentence && markers.get(b.key) != Some(&Marker::Relative))
        .any(|b| {
            let k = b.key.strip_prefix(['و', 'ف']).unwrap_or(b.key);
            markers.get(k) == Some(&Marker::Future)
                || (k.len() != b.key.len() && markers.get(b.key) == Some(&Marker::Future))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract::dates::tokens::stream;

    /// `future_before` as it read the two lists, word by word.
    fn future_before_by_lists(toks: &[Tok<'_>], first: usize) -> bool {
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

    #[test]
    fn markers_map_holds_both_lists() {
        let rows: &[(&str, Option<Marker>)] = &[
            ("سوف", Some(Marker::Future)),
            ("المقرر", Some(Marker::Future)),
            ("ينطلق", Some(Marker::Future)),
            ("اقصاه", Some(Marker::Future)),
            ("التي", Some(Marker::Relative)),
            ("اللاتي", Some(Marker::Relative)),
            ("وسوف", None),
            ("المؤتمر", None),
            ("", None),
        ];
        for &(w, want) in rows {
            assert_eq!(markers().get(w).copied(), want, "{w}");
        }
        assert_eq!(
            markers().len(),
            FUTURE_MARKERS.len() + RELATIVE_PRONOUNS.len()
        );
    }

    #[test]
    fn future_before_reads_the_window_as_the_lists_did() {
        // (text, index of the date's first token, a future marker before it)
        let rows: &[(&str, usize, bool)] = &[
            ("سيعقد المؤتمر في 15 نوفمبر", 3, true),
            ("وسوف يعقد المؤتمر في 15 نوفمبر", 4, true),
            ("فالمقرر ان يعقد المؤتمر في 15 نوفمبر", 5, true),
            ("ستنطلق البطولة يوم الاثنين", 2, true),
            ("سيعقد المؤتمر الذي عقد في 15 نوفمبر", 5, false),
            ("عقد المؤتمر في 15 نوفمبر", 3, false),
            ("سيعقد المؤتمر. عقد في 15 نوفمبر", 4, false),
            ("سياسة المؤتمر في 15 نوفمبر", 3, false),
        ];
        for &(text, first, want) in rows {
            let doc = Document::new(text.to_string());
            let toks = stream(&doc);
            assert_eq!(future_before(&toks, first), want, "{text}");
            for i in 0..=toks.len() {
                assert_eq!(
                    future_before(&toks, i),
                    future_before_by_lists(&toks, i),
                    "{text} at {i}"
                );
            }
        }
    }
}
