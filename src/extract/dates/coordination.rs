//! Dates joined by «و» that share the year written once, after the last of
//! them: «في مايو ويونيو 1999», «مايو أيار ويونيو حزيران 1999».

use super::expr::{Expr, Point};
use super::grammar::Found;
use super::lexicon::Unit;
use super::tokens::Tok;

/// A Gregorian month (and day) written without a year, a direction word or
/// an offset: the shape that borrows the year of the next date.
fn borrows_year(p: &Point) -> bool {
    p.month.is_some()
        && p.year.is_none()
        && p.dir.is_none()
        && p.unit_offset.is_none()
        && p.hijri.is_none()
        && p.weekday.is_none()
}

/// Gives a yearless month the year of the date right after it when «و»
/// joins them (the conjunction is the next token's proclitic) and that date
/// has a year and a month no earlier than its own.
pub fn share_years(toks: &[Tok<'_>], found: &mut [Found]) {
    for k in (0..found.len().saturating_sub(1)).rev() {
        let (head, tail) = found.split_at_mut(k + 1);
        let (a, b) = (&mut head[k], &tail[0]);
        let joined = a.end == b.first
            && toks
                .get(b.first)
                .is_some_and(|t| t.key.starts_with('و') && t.gap.is_empty());
        if !joined {
            continue;
        }
        let (Expr::Point(pa), Expr::Point(pb)) = (&mut a.expr, &b.expr) else {
            continue;
        };
        if let (true, Some(year), Some(mb), Some(ma)) =
            (borrows_year(pa), pb.year, pb.month, pa.month)
            && ma <= mb
        {
            pa.year = Some(year);
        }
    }
}

/// Most tokens between a year and a year-less month after it that the
/// month is read in («العام الماضي 2014 في شهر سبتمبر»).
const YEAR_SCOPE_GAP: usize = 2;

/// Gives a year-less month the year of a bare or relative year just before
/// it in the same sentence, with at most [`YEAR_SCOPE_GAP`] words between:
/// «في عام 2014 في شهر سبتمبر» and «خلال العام الماضي 2014 في شهر سبتمبر»
/// are September 2014.
pub fn month_in_year(toks: &[Tok<'_>], found: &mut [Found]) {
    for k in 1..found.len() {
        let (head, tail) = found.split_at_mut(k);
        let (a, b) = (&head[k - 1], &mut tail[0]);
        let near = b.first >= a.end
            && b.first - a.end <= YEAR_SCOPE_GAP
            && toks[a.end - 1].sentence == toks[b.first].sentence
            && toks[a.end..=b.first]
                .iter()
                .all(|t| matches!(t.gap, "" | "،" | ","));
        if !near {
            continue;
        }
        let (Expr::Point(pa), Expr::Point(pb)) = (&a.expr, &mut b.expr) else {
            continue;
        };
        let bare_year = pa.year.is_some()
            && pa.month.is_none()
            && pa.hijri.is_none()
            && pa.day.is_none()
            && pa.edge.is_none();
        // «العام الماضي 2014 في شهر سبتمبر»: a year counted from now.
        let relative_year = pa.year.is_none()
            && pa.month.is_none()
            && pa.edge.is_none()
            && matches!(pa.unit_offset, Some((Unit::Year, _)));
        if !borrows_year(pb) || pb.day_offset.is_some() {
            continue;
        }
        if bare_year {
            pb.year = pa.year;
        } else if relative_year {
            pb.unit_offset = pa.unit_offset;
        }
    }
}
