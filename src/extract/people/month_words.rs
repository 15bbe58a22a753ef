//! Month names that are also given names («رمضان»، «رجب»، «شعبان»): in a
//! date they are the month, not a person.

use crate::document::{Document, TokenKind};
use crate::extract::dates::lexicon::lexicon;
use crate::extract::word_class::MONTH_NAME;
use crate::lexicon::WordHashSet;
use std::ops::Range;
use std::sync::OnceLock;

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
///
/// The month names are found first, among the few tokens whose word classes
/// allow a month name, and each is checked for an anchor on either side.
pub fn date_months(doc: &Document) -> Vec<Range<usize>> {
    date_months_of(doc, doc.tokens_of_class(MONTH_NAME))
}

/// [`date_months`] among `tokens`, the tokens of the word class
/// [`MONTH_NAME`] in text order (as the people's word analysis notes
/// them).
pub(super) fn date_months_of(
    doc: &Document,
    tokens: impl Iterator<Item = usize>,
) -> Vec<Range<usize>> {
    let toks = doc.tokens();
    let mut out: Vec<Range<usize>> = Vec::new();
    // The key's bytes, compared without a string slice's checks.
    let key = |t: &crate::document::Token| -> &[u8] {
        doc.key()
            .as_bytes()
            .get(t.range.clone())
            .unwrap_or_default()
    };
    for j in tokens {
        let t = &toks[j];
        if t.kind != TokenKind::Word
            || !may_be_month(doc, j)
            || !lexicon().is_month(doc.token_key(t))
        {
            continue;
        }
        // A number or «شهر» (also after proclitics: «وبشهر») before it.
        let before = j.checked_sub(1).map(|i| &toks[i]).is_some_and(|a| {
            a.sentence == t.sentence
                && (a.kind == TokenKind::Number
                    || key(a).len() <= "وبشهر".len() && key(a).ends_with("شهر".as_bytes()))
        });
        // A number or an epithet of the month after it.
        let after = toks.get(j + 1).is_some_and(|a| {
            a.sentence == t.sentence
                && (a.kind == TokenKind::Number
                    || matches!(key(a).len(), 12 | 14) && EPITHETS.contains(&key(a)))
        });
        if before || after {
            out.push(t.range.clone());
        }
    }
    out
}

/// False when token `j` of `doc` is surely no month name: its whole
/// word (the first of its proclitic splits) hashes to no month's key. True
/// for a token too short to have splits.
fn may_be_month(doc: &Document, j: usize) -> bool {
    static MONTHS: OnceLock<WordHashSet> = OnceLock::new();
    let months = MONTHS.get_or_init(|| lexicon().month_hashes().collect());
    doc.token_splits(j)
        .first()
        .is_none_or(|whole| whole.cut != 0 || months.contains(&whole.hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::word_class::{self, DATE_WORD, token_may_be};

    /// The first version of [`date_months`], from every anchor to the word
    /// next to it, kept to compare with.
    /// Normalized byte ranges of the month names of `doc` written as dates:
    /// after «شهر» or a day number («شهر رمضان»، «5 رجب»), or before a year
    /// or an epithet of the month («رمضان 1436»، «رمضان المبارك»); sorted.
    fn date_months_by_anchor(doc: &Document) -> Vec<Range<usize>> {
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

    /// The months found by their anchors, as the first version found them
    /// from every anchor: texts with numbers, «شهر» with proclitics,
    /// epithets, months across sentence ends and at either end of a text.
    #[test]
    fn months_found_as_from_every_anchor() {
        word_class::install();
        word_class::build();
        let rows: &[(&str, &[&str])] = &[
            ("خلال شهر رمضان الماضي وفي 5 رجب 1436", &["رمضان", "رجب"]),
            (
                "رمضان 1436 وبشهر شعبان ولشهر رجب",
                &["رمضان", "شعبان", "رجب"],
            ),
            ("رمضان المبارك. رمضان", &["رمضان"]),
            ("قال رمضان. 5 رجب", &["رجب"]),
            ("5 رمضان 6 رمضان المبارك", &["رمضان", "رمضان"]),
            ("شهر. رمضان الكريمة", &[]),
            ("التقى يوسف شعبان ورمضان أحمد", &[]),
            ("يناير 2015 و3 فبراير", &["يناير"]),
            ("", &[]),
        ];
        for &(text, want) in rows {
            let doc = Document::new(text.to_string());
            let got = date_months(&doc);
            assert_eq!(got, date_months_by_anchor(&doc), "{text}");
            let words: Vec<&str> = got.into_iter().map(|r| &doc.norm()[r]).collect();
            assert_eq!(words, want, "{text}");
        }
    }

    /// The month names of either calendar, and words that are none: the
    /// hash test rules out no month and most other words.
    #[test]
    fn month_hashes_rule_out_no_month() {
        let doc = Document::new(
            "رمضان يناير نيسان ذو الحجة محرم شعبان ورمضان قال الرئيس في موسكو".to_string(),
        );
        let mut ruled_out = 0;
        for (j, t) in doc.tokens().iter().enumerate() {
            let month = lexicon().is_month(doc.token_key(t));
            if month {
                assert!(may_be_month(&doc, j), "{}", doc.token_key(t));
            } else if !may_be_month(&doc, j) {
                ruled_out += 1;
            }
        }
        // «ورمضان» (a whole word that is no key), قال، الرئيس، في، موسكو.
        assert!(ruled_out >= 4, "{ruled_out}");
    }

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
