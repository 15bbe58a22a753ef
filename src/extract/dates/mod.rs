//! Dates and times: every Arabic calendar form (all Gregorian month
//! families, Hijri months, numeric dates), weekdays, relative days and
//! periods, clock times, durations, sets and intervals, resolved to ISO 8601
//! values against the reference date.
//!
//! The pipeline: [`tokens::stream`] annotates the document's tokens with the
//! date vocabulary ([`lexicon`]); [`grammar::scan`] walks them once and keeps
//! the longest expression at each position; [`resolve::resolve`] turns each
//! into output values. When the caller gives no reference date, the first
//! date the article states for itself (a dateline, «تاريخ النشر», a date next
//! to «اليوم») becomes it.

pub mod calendar;
pub mod coordination;
pub mod expr;
pub mod grammar;
pub mod hijri;
pub mod lexicon;
pub mod numbers;
pub mod point;
pub mod resolve;
pub mod tense;
pub mod tokens;

#[cfg(test)]
mod tests;

use super::{Context, Extraction, Extractor};
use crate::civil::Ymd;
use crate::document::Document;
use crate::output::{DateMention, Interval};
use expr::{Expr, Point};
use grammar::Found;
use resolve::resolve;
use tokens::Tok;

/// The date extractor.
#[derive(Debug, Default)]
pub struct Dates;

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, doc: &Document, ctx: &Context, out: &mut Extraction) {
        let (toks, starts) = tokens::stream_with_starts(doc);
        let mut found = grammar::scan_from(&toks, &starts);
        coordination::share_years(&toks, &mut found);
        coordination::month_in_year(&toks, &mut found);
        tense::mark_future(&toks, &mut found);
        let mut reference = ctx.reference_date.or(out.reference_date.map(|(d, _)| d));
        if reference.is_none() {
            reference = article_date(doc, &toks, &found);
            if let Some(d) = reference {
                out.reference_date = Some((d, "article"));
            }
        }
        let taken = entity_spans(out);
        // The end token and resolved day of the date before.
        let mut previous: Option<(usize, Ymd)> = None;
        for f in &found {
            let range = byte_range(doc, &toks, f);
            let span = with_tatweel(doc, doc.span(range));
            // «روسيا اليوم» (a channel), «مدينة 6 أكتوبر» (a city): names found
            // by the extractors that ran before are not dates.
            if overlaps_any(&taken, span.start, span.end) {
                continue;
            }
            // «آلان» (Alain) normalizes like «الآن» (now).
            if matches!(f.expr, Expr::Ref(_)) && doc.original_slice(span).starts_with('آ') {
                continue;
            }
            // «13 صفر المقبل (25 نوفمبر)»: a year-less date in brackets
            // right after a resolved date is that date in the other
            // calendar, so its year is the one nearest to it.
            let equivalent = previous
                .filter(|&(end, _)| {
                    end == f.first && toks[f.first].gap == "(" && month_without_year(&f.expr)
                })
                .map(|(_, day)| day);
            let r = resolve(&f.expr, equivalent.or(reference));
            previous = r.value.as_deref().and_then(first_day).map(|d| (f.end, d));
            out.dates.push(DateMention {
                id: crate::civil::numbered_id('d', out.dates.len() + 1),
                text: doc.original_slice(span).to_string(),
                start: span.start,
                end: span.end,
                kind: r.kind.to_string(),
                value: r.value,
                grain: r.grain.map(str::to_string),
                calendar: r.calendar.to_string(),
                hijri: r.hijri,
                resolved: r.resolved,
                relative: r.relative,
                interval: r.interval.map(|(from, to)| Interval { from, to }),
                modifier: r.modifier.map(str::to_string),
            });
        }
    }
}

/// A Gregorian month (with or without its day), or an interval of two,
/// written without a year, a direction word nor an offset.
fn month_without_year(expr: &Expr) -> bool {
    let bare = |p: &Point| {
        p.month.is_some()
            && p.year.is_none()
            && p.dir.is_none()
            && p.hijri.is_none()
            && p.unit_offset.is_none()
            && p.day_offset.is_none()
    };
    match expr {
        Expr::Point(p) => bare(p),
        Expr::Interval(a, b) => bare(a) && bare(b),
        _ => false,
    }
}

/// The day a resolved value starts on, when it names one
/// (`2015-11-25`, `2015-11-22/2015-11-25`, `2015-11-25T10:00`).
fn first_day(value: &str) -> Option<Ymd> {
    let b = value.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| value.get(r)?.parse::<u32>().ok();
    Ymd::new(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// Spans (code points) of the people, places and organizations found so far,
/// sorted by start, each with the largest end seen up to it (so that one
/// binary search answers an overlap query).
fn entity_spans(out: &Extraction) -> Vec<(usize, usize)> {
    let people = out.people.iter().flat_map(|p| &p.mentions);
    let places = out.places.iter().flat_map(|p| &p.mentions);
    let orgs = out.organizations.iter().flat_map(|o| &o.mentions);
    let mut spans: Vec<(usize, usize)> = people
        .chain(places)
        .chain(orgs)
        .map(|m| (m.start, m.end))
        .collect();
    spans.sort_unstable();
    let mut max_end = 0;
    for s in &mut spans {
        max_end = max_end.max(s.1);
        s.1 = max_end;
    }
    spans
}

/// True when `[start, end)` overlaps a span of `sorted` (from [`entity_spans`]).
fn overlaps_any(sorted: &[(usize, usize)], start: usize, end: usize) -> bool {
    // The spans that start before `end`; the last of them carries the
    // largest end among them.
    let before = sorted.partition_point(|&(s, _)| s < end);
    before > 0 && sorted[before - 1].1 > start
}

/// Normalized byte range of a found expression, with the parenthesis that
/// balances one inside it («شباط (فبراير)», «(سبتمبر) المقبل»).
fn byte_range(doc: &Document, toks: &[Tok<'_>], f: &Found) -> std::ops::Range<usize> {
    let norm = doc.norm();
    let mut start = toks[f.first].start;
    let mut end = toks[f.end - 1].end;
    let inside = &norm[start..end];
    let balance = inside.matches('(').count() as i64 - inside.matches(')').count() as i64;
    if balance > 0 {
        let rest = &norm[end..];
        let trimmed = rest.trim_start_matches(' ');
        if trimmed.starts_with(')') {
            end += rest.len() - trimmed.len() + 1;
        }
    } else if balance < 0 {
        let before = &norm[..start];
        let trimmed = before.trim_end_matches(' ');
        if trimmed.ends_with('(') && toks[f.first].clitic == 0 {
            start = trimmed.len() - 1;
        }
    }
    start..end
}

/// Extends a span over tatweels that end it in the original («هـ»), which
/// normalization removed.
fn with_tatweel(doc: &Document, mut span: crate::span::Span) -> crate::span::Span {
    let len = doc.normalized().original_len();
    while span.end < len
        && doc.original_slice(crate::span::Span {
            start: span.end,
            end: span.end + 1,
        }) == "\u{640}"
    {
        span.end += 1;
    }
    span
}

/// The Gregorian day of a complete point, if it has one.
fn full_day(p: &Point) -> Option<Ymd> {
    if let (Some(y), Some(m), Some(d)) = (p.year, p.month, p.day) {
        return Ymd::new(y, m, d);
    }
    match p.hijri {
        Some((Some(y), Some(m), Some(d))) => hijri::to_gregorian(y, m, d),
        _ => None,
    }
}

/// The date the article states for itself: a complete date next to «اليوم»,
/// after «تاريخ النشر» / «نشر», or in a dateline (the title, a short line,
/// or the first words of the first paragraphs).
pub fn article_date(doc: &Document, toks: &[Tok<'_>], found: &[Found]) -> Option<Ymd> {
    for f in found {
        let Expr::Point(p) = &f.expr else { continue };
        let Some(day) = full_day(p) else { continue };
        let t = &toks[f.first];
        let sentence = &doc.sentences()[t.sentence];
        let today = p.day_offset == Some(0);
        let published = toks[f.first.saturating_sub(4)..f.first]
            .iter()
            .any(|b| ["النشر", "نشر", "نشرت", "التحديث", "تحديث"].contains(&b.stem()));
        // A dateline: near the top, not an event date after a preposition
        // («في 15 مايو 1948»), and either a line of its own (little besides
        // the date) or the first words of a paragraph set off by a dash or
        // comma («الرياض - 3 مايو 2016 (واس) -»).
        let n_tokens = sentence.end_token - sentence.first_token;
        let others = n_tokens.saturating_sub(f.end - f.first);
        let after_prep = f.first > sentence.first_token
            && ["في", "منذ", "حتي", "قبل", "بعد", "من", "خلال", "الي", "عام"]
                .iter()
                .any(|w| toks[f.first - 1].is(w));
        let set_off = f.first == sentence.first_token || ["-", "،", ",", "|", ":"].contains(&t.gap);
        let first_words = f.first - sentence.first_token < 6 && set_off;
        let dateline = t.sentence <= 3 && !after_prep && (others <= 4 || first_words);
        if today || published || dateline {
            return Some(day);
        }
    }
    None
}

#[cfg(test)]
mod overlap_tests {
    use super::overlaps_any;

    #[test]
    fn overlap_queries() {
        // (10,20) and (12,14) → running max ends: (10,20), (12,20); (30,35).
        let sorted = [(10, 20), (12, 20), (30, 35)];
        let rows = [
            ((0, 10), false),
            ((0, 11), true),
            ((15, 16), true),
            ((20, 30), false),
            ((34, 40), true),
            ((35, 40), false),
        ];
        for ((s, e), want) in rows {
            assert_eq!(overlaps_any(&sorted, s, e), want, "{s}..{e}");
        }
        assert!(!overlaps_any(&[], 0, 5));
    }
}
