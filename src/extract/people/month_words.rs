//! Month names that are also given names («رمضان»، «رجب»، «شعبان»): in a
//! date they are the month, not a person.

use crate::document::{Document, TokenKind};
use crate::extract::dates::lexicon::{Word, lexicon};
use crate::extract::word_class::{DATE_WORD, token_may_be};
use std::ops::Range;

/// True when `key` (a matching key) is a month name.
fn is_month(key: &str) -> bool {
    lexicon()
        .exact(key)
        .iter()
        .any(|e| matches!(e.word, Word::Month { .. }))
}

/// Normalized byte ranges of the month names of `doc` written as dates:
/// after «شهر» or a day number («شهر رمضان»، «5 رجب»), or before a year
/// or an epithet of the month («رمضان 1436»، «رمضان المبارك»).
pub fn date_months(doc: &Document) -> Vec<Range<usize>> {
    let toks = doc.tokens();
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let same = |j: usize| toks.get(j).filter(|n| n.sentence == t.sentence);
        // The context first (cheap), then the month look-up.
        let before = i.checked_sub(1).and_then(same).is_some_and(|p| {
            let k = doc.token_key(p);
            p.kind == TokenKind::Number
                || k.strip_prefix(['و', 'ف', 'ب', 'ل'])
                    .unwrap_or(k)
                    .ends_with("شهر")
        });
        let after = same(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Number
                || matches!(doc.token_key(n), "المبارك" | "الكريم" | "المعظم" | "الفضيل")
        });
        if (before || after)
            && t.kind == TokenKind::Word
            && token_may_be(doc.token_splits(i), DATE_WORD)
            && is_month(doc.token_key(t))
        {
            out.push(t.range.clone());
        }
    }
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
