//! Organization names that are also month names («نيسان» is Nissan and
//! April): in a date they are the month.

use crate::document::Document;
use crate::extract::dates::lexicon::lexicon;
use crate::lexicon::LexMatch;

/// True when `key` (a matching key) is a month name, or the last word of
/// one («كانون الثاني»).
fn is_month_word(key: &str) -> bool {
    lexicon().is_month(key) || matches!(key, "الاول" | "الثاني")
}

/// True when the match is a month name written as part of a date: next to
/// another month name («أبريل (نيسان)»، «نيسان/أبريل») or to a number
/// («5 نيسان»، «نيسان 2015»).
pub fn month_in_date(doc: &Document, m: &LexMatch) -> bool {
    if !lexicon().is_month(&doc.key()[m.name.clone()]) {
        return false;
    }
    let toks = doc.tokens();
    let Some(t) = m.first_token(doc) else {
        return false;
    };
    let month_or_number = |i: usize| {
        toks.get(i).is_some_and(|n| {
            n.kind == crate::document::TokenKind::Number || is_month_word(doc.token_key(n))
        })
    };
    (t > 0 && toks[t - 1].sentence == toks[t].sentence && month_or_number(t - 1))
        || doc
            .token_at(m.range.end.saturating_sub(1))
            .is_some_and(|e| {
                toks.get(e + 1)
                    .is_some_and(|n| n.sentence == toks[e].sentence)
                    && month_or_number(e + 1)
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_in_dates() {
        let rows: &[(&str, &str, bool)] = &[
            ("في أبريل (نيسان) الماضي", "نيسان", true),
            ("في 5 نيسان 2015", "نيسان", true),
            ("نيسان/أبريل", "نيسان", true),
            ("في كانون الثاني (يناير) ونيسان", "نيسان", true),
            ("التقى مدير نيسان في الرياض", "نيسان", false),
            ("أعلنت نيسان عن سيارة جديدة", "نيسان", false),
            ("سيارات «نيسان» الجديدة", "نيسان", false),
        ];
        for &(text, name, want) in rows {
            let doc = Document::new(text.to_string());
            let start = doc.key().find(name).unwrap();
            let m = LexMatch {
                entry: 0,
                token: 0,
                range: start..start + name.len(),
                name: start..start + name.len(),
            };
            assert_eq!(month_in_date(&doc, &m), want, "{text}");
        }
    }
}
