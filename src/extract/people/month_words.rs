//! Month names that are also given names («رمضان»، «رجب»، «شعبان»): in a
//! date they are the month, not a person.

use crate::document::{Document, TokenKind};
use crate::extract::dates::lexicon::lexicon;
use crate::extract::word_class::{DATE_WORD, token_may_be};
use std::ops::Range;

/// Epithets of a month («رمضان المبارك»), matching keys as bytes (of
/// twelve or fourteen bytes).
const EPITHETS: [&[u8]; 4] = [
    "المبارك".as_bytes(),
    "الكريم".as_bytes(),
    "المعظم".as_bytes(),
    "الفضيل".as_bytes(),
];

/// Normalized byte ranges of the month names of `doc` written as dates:
/// after «شهر» or a day number («شهر رمضان»، «5 رجب»), or before a year
/// or an epithet of the month («رمضان 1436»، «رمضان المبارك»); sorted.
pub fn date_months(doc: &Document) -> Vec<Range<usize>> {
    let toks = doc.tokens();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut take = |j: usize, anchor: usize| {
        if let Some(t) = toks.get(j)
            && t.sentence == toks[anchor].sentence
            && t.kind == TokenKind::Word
            && out.last() != Some(&t.range)
            && token_may_be(doc.token_splits(j), DATE_WORD)
            && lexicon().is_month(doc.token_key(t))
        {
            out.push(t.range.clone());
        }
    };
    // From the few anchors (numbers, «شهر», epithets of a month) to the
    // word next to them.
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokenKind::Number {
            if let Some(p) = i.checked_sub(1) {
                take(p, i);
            }
            take(i + 1, i);
            continue;
        }
        // The key's bytes, compared without a string slice's checks.
        let k = doc
            .key()
            .as_bytes()
            .get(t.range.clone())
            .unwrap_or_default();
        if k.len() <= "وبشهر".len() {
            if k.ends_with("شهر".as_bytes()) {
                take(i + 1, i);
            }
        } else if matches!(k.len(), 12 | 14)
            && EPITHETS.contains(&k)
            && let Some(p) = i.checked_sub(1)
        {
            take(p, i);
        }
    }
    out.sort_by_key(|r| r.start);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_dates() {
        let rows: &[(&str, &[&str])] = &[
            ("خلال شهر رمضان الماضي", &["رمضان"]),
            ("في 5 رجب 1436", &["رجب"]),
            ("أيام رمضان المبارك", &["رمضان"]),
            ("في رمضان الكريم", &["رمضان"]),
            ("شعبان المعظم و رجب الفضيل", &["شعبان", "رجب"]),
            ("رمضان المباركة", &[]),
            ("وقال رمضان أحمد قاديروف", &[]),
            ("التقى يوسف شعبان بالوزير", &[]),
        ];
        for &(text, want) in rows {
            let doc = Document::new(text.to_string());
            let got: Vec<&str> = date_months(&doc)
                .into_iter()
                .map(|r| &doc.norm()[r])
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
