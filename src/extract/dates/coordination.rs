//! Dates joined by «و» that share the year written once, after the last of
//! them: «في مايو ويونيو 1999», «مايو أيار ويونيو حزيران 1999».

use super::expr::{Expr, Point};
use super::grammar::Found;
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
