//! The words around a lexicon match: what precedes it (trigger, proclitics)
//! and whether it is glued to a neighbouring place by و.

use super::triggers::{Role, Trigger};
use crate::document::Document;
use std::ops::Range;

/// The token just before byte `pos` in the same sentence, when only
/// whitespace separates them (no punctuation).
pub fn prev_token(doc: &Document, pos: usize) -> Option<usize> {
    let ti = doc.token_at(pos)?;
    let prev = ti.checked_sub(1)?;
    let (t, p) = (&doc.tokens()[ti], &doc.tokens()[prev]);
    if t.sentence != p.sentence {
        return None;
    }
    let gap = doc.key().get(p.range.end..pos)?;
    gap.chars().all(char::is_whitespace).then_some(prev)
}

/// [`prev_token`] of token `ti` itself, without a search.
pub fn prev_of(doc: &Document, ti: usize) -> Option<usize> {
    let prev = ti.checked_sub(1)?;
    let (t, p) = (doc.tokens().get(ti)?, &doc.tokens()[prev]);
    if t.sentence != p.sentence {
        return None;
    }
    let gap = doc.key().get(p.range.end..t.range.start)?;
    gap.chars().all(char::is_whitespace).then_some(prev)
}

/// The token right after token `ti` in the same sentence, when only
/// whitespace separates them (no search).
pub fn next_of(doc: &Document, ti: usize) -> Option<usize> {
    let (t, n) = (doc.tokens().get(ti)?, doc.tokens().get(ti + 1)?);
    if t.sentence != n.sentence {
        return None;
    }
    let gap = doc.key().get(t.range.end..n.range.start)?;
    gap.chars().all(char::is_whitespace).then_some(ti + 1)
}

/// The token just after byte `pos` (the end of a match) in the same
/// sentence, when only whitespace separates them.
pub fn next_token(doc: &Document, pos: usize) -> Option<usize> {
    let tokens = doc.tokens();
    let i = tokens.partition_point(|t| t.range.start < pos);
    let t = tokens.get(i)?;
    // The token holding byte `pos - 1` ([`Document::token_at`]), without a
    // second search: tokens are in order and do not overlap, so only the
    // last token that starts before `pos` can hold it.
    pos.checked_sub(1)?;
    let before = i.checked_sub(1).filter(|&b| tokens[b].range.end >= pos)?;
    if tokens[before].sentence != t.sentence {
        return None;
    }
    let gap = doc.key().get(pos..t.range.start)?;
    gap.chars().all(char::is_whitespace).then_some(i)
}

/// True when the trigger gives context to an ambiguous known name.
pub fn is_context(t: Option<Trigger>) -> bool {
    matches!(
        t.map(|t| t.role),
        Some(Role::Head | Role::HeadKnown | Role::Locative)
    )
}

/// The proclitics of a match, without a leading conjunction و/ف.
pub fn preposition_prefix<'a>(
    doc: &'a Document,
    range: &Range<usize>,
    name_start: usize,
) -> &'a str {
    let prefix = doc.key().get(range.start..name_start).unwrap_or("");
    prefix
        .strip_prefix('و')
        .or_else(|| prefix.strip_prefix('ف'))
        .unwrap_or(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`next_token`] as it was written, with [`Document::token_at`].
    fn next_token_by_search(doc: &Document, pos: usize) -> Option<usize> {
        let i = doc.tokens().partition_point(|t| t.range.start < pos);
        let t = doc.tokens().get(i)?;
        let before = pos.checked_sub(1).and_then(|p| doc.token_at(p))?;
        if doc.tokens()[before].sentence != t.sentence {
            return None;
        }
        let gap = doc.key().get(pos..t.range.start)?;
        gap.chars().all(char::is_whitespace).then_some(i)
    }

    #[test]
    fn next_token_as_with_a_second_search() {
        let rows = [
            "عنوان\n\nزار الرئيس  موسكو، ثم (باريس) و2016 م. وقال: «نعم»!",
            "a b  c.d\n\ne",
            "",
        ];
        for text in rows {
            let doc = Document::new(text.to_string());
            for pos in 0..=doc.key().len() + 1 {
                assert_eq!(
                    next_token(&doc, pos),
                    next_token_by_search(&doc, pos),
                    "{text:?} {pos}"
                );
            }
        }
    }
}
