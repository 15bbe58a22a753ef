//! Numbers in words and digits: «عشرة»، «أحد عشر»، «خمسة وعشرين»، «24»,
//! and ordinals of days and clock hours: «الخامس عشر»، «الحادي والعشرين».

use super::lexicon::Word;
use super::tokens::Tok;

fn num(t: &Tok<'_>) -> Option<(u32, bool)> {
    t.word(|w| match w {
        Word::Num(n, teen) => Some((n, teen)),
        _ => None,
    })
}

fn ord(t: &Tok<'_>) -> Option<u32> {
    t.word(|w| match w {
        Word::Ord(n, _) => Some(n),
        _ => None,
    })
}

fn joins(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.gap.is_empty() && t.sentence == toks[i - 1].sentence)
}

/// A cardinal number at `i` (digits or words): its value (0 for «بضعة») and
/// the index after it. The first token carries no proclitic other than و/ف,
/// except before a compound («لستة عشر»).
pub fn cardinal(toks: &[Tok<'_>], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if let Some(d) = t.digits {
        return (d.era.is_none() && d.len <= 6).then_some((d.value, i + 1));
    }
    let (n, teen) = num(t)?;
    // Another proclitic (ل، ب) only before a compound: «لستة عشر يومًا»
    // (not «عشر يومًا» alone).
    let plain = t.clitic == 0 || t.has_wa();
    if (1..10).contains(&n) && joins(toks, i + 1) {
        let next = &toks[i + 1];
        if next.clitic == 0 && num(next).is_some_and(|(m, _)| m == 10) {
            return Some((10 + n, i + 2));
        }
        if next.has_wa()
            && let Some((tens, _)) = num(next).filter(|(m, _)| (20..100).contains(m) && m % 10 == 0)
        {
            return Some((tens + n, i + 2));
        }
    }
    // «أحد، إحدى، اثنا» count only before عشر or tens: «أحد أشهر الشعراء»
    // is "one of the most famous poets".
    (plain && !teen).then_some((n, i + 1))
}

/// A definite number word («الخمس» in «السنوات الخمس الماضية»).
pub fn definite(t: &Tok<'_>) -> Option<u32> {
    let rest = t.key.strip_prefix("ال")?;
    super::lexicon::lexicon()
        .exact(rest)
        .iter()
        .find_map(|e| match e.word {
            Word::Num(n, false) if e.second.is_none() && n > 0 => Some(n),
            _ => None,
        })
}

/// An ordinal at `i` (day of month or clock hour): its value and the index
/// after it. Digits count as ordinals too.
pub fn ordinal(toks: &[Tok<'_>], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if let Some(d) = t.digits {
        return (d.era.is_none() && d.len <= 2).then_some((d.value, i + 1));
    }
    // «والثاني عشر من يوليو»: only «و» may stand before an ordinal.
    if t.clitic > 0 && !t.has_wa() {
        return None;
    }
    let n = ord(t)?;
    if (1..10).contains(&n) && joins(toks, i + 1) {
        let next = &toks[i + 1];
        if next.clitic == 0 && num(next).is_some_and(|(m, _)| m == 10) {
            return Some((10 + n, i + 2));
        }
        if next.has_wa() && next.stem() == "العشرين" {
            return Some((20 + n, i + 2));
        }
        if next.has_wa() && next.stem() == "الثلاثين" {
            return Some((30 + n, i + 2));
        }
    }
    Some((n, i + 1))
}
