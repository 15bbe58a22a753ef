//! Nationality adjectives (`lexicons/demonyms.tsv`): الروسي، الأميركي،
//! السورية … are not place mentions, but tell other extractors the country of
//! the person or organization they qualify.

use crate::document::Document;
use crate::document::clitics::splits;
use crate::document::token_splits::word_hash;
use crate::extract::word_class::{DEMONYM, token_may_be};
use crate::extract::words::FastMap as HashMap;
use crate::extract::words::entry_key;
use crate::lexicon::{WordHashSet, tsv_rows};
use std::sync::OnceLock;

const DEMONYMS_TSV: &str = include_str!("../../../lexicons/demonyms.tsv");

/// A nationality adjective: its country and its gender and number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Demonym {
    /// ISO 3166-1 alpha-2 code.
    pub cc: &'static str,
    /// `m.sg`, `f.sg`, `m.pl` or `f.pl`.
    pub gender_number: &'static str,
}

/// The demonyms by matching key, and the last letters their keys end with.
struct Table {
    by_key: HashMap<String, Demonym>,
    /// Last characters of the keys: a word ending otherwise is none (most
    /// words of a text, checked without a look-up).
    finals: Vec<char>,
    /// [`word_hash`] of every key: a token none of whose proclitic splits
    /// hashes into it is none.
    hashes: WordHashSet,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_key = HashMap::default();
        by_key.reserve(crate::lexicon::lines(DEMONYMS_TSV).count());
        let mut finals = Vec::new();
        for row in tsv_rows(DEMONYMS_TSV) {
            if let (Some(form), Some(cc)) = (row.first(), row.get(1))
                && !cc.is_empty()
            {
                let gender_number = row.get(2).copied().unwrap_or("");
                let k = entry_key(form);
                if let Some(c) = k.chars().next_back()
                    && !finals.contains(&c)
                {
                    finals.push(c);
                }
                by_key.insert(k, Demonym { cc, gender_number });
            }
        }
        let hashes = by_key.keys().map(|k| word_hash(k)).collect();
        Table {
            by_key,
            finals,
            hashes,
        }
    })
}

/// The ISO 3166-1 alpha-2 code of a nationality adjective, or `None`.
///
/// Accepts a word or a multi-word form in any spelling the normalizer folds
/// (hamza, ة/ه, ى/ي, diacritics), with or without proclitics on its first
/// word: `الروسي`, `والأميركية`, `للسوريين`, `الكوري الشمالي` all resolve.
///
/// ```
/// use newsx::extract::places::demonym_country;
/// assert_eq!(demonym_country("الأمريكي"), Some("US"));
/// assert_eq!(demonym_country("والسعودية"), Some("SA"));
/// assert_eq!(demonym_country("وزير"), None);
/// ```
pub fn demonym_country(text: &str) -> Option<&'static str> {
    demonym(text).map(|d| d.cc)
}

/// The nationality adjective `text` is (same rules as [`demonym_country`]),
/// with its gender and number.
pub fn demonym(text: &str) -> Option<Demonym> {
    let table = &table().by_key;
    let k = entry_key(text);
    let (first, rest) = match k.split_once(' ') {
        Some((f, r)) => (f, Some(r)),
        None => (k.as_str(), None),
    };
    for split in splits(first) {
        let stem = split.article_restored();
        let candidate = match rest {
            Some(r) => format!("{stem} {r}"),
            None => stem,
        };
        if let Some(d) = table.get(&candidate) {
            return Some(*d);
        }
    }
    None
}

/// The nationality adjective a matching key is exactly (no proclitics
/// split off): `الروسي` is one, `والروسي` is not.
pub(crate) fn demonym_of_exact_key(key: &str) -> Option<Demonym> {
    table().by_key.get(key).copied()
}

/// [`demonym_of_exact_key`] of the whole key of token `t` of `doc`; a token
/// whose unsplit stem's word classes lack [`DEMONYM`] is ruled out without
/// a look-up.
pub(crate) fn demonym_of_whole_token(doc: &Document, t: usize) -> Option<Demonym> {
    let tok = doc.tokens().get(t)?;
    if doc
        .token_splits(t)
        .first()
        .is_some_and(|s| s.cut == 0 && !s.may_be(DEMONYM))
    {
        return None;
    }
    demonym_of_exact_key(doc.token_key(tok))
}

/// Every demonym form, as a matching key.
pub(crate) fn demonym_keys() -> impl Iterator<Item = &'static str> {
    table().by_key.keys().map(String::as_str)
}

/// Like [`demonym`] for one word already in matching fold
/// ([`crate::document::Document::token_key`]): no normalization, no
/// allocation unless a proclitic has to be split off.
pub(crate) fn demonym_of_key(word: &str) -> Option<Demonym> {
    let Table {
        by_key: table,
        finals,
        ..
    } = table();
    if !word
        .chars()
        .next_back()
        .is_some_and(|c| finals.contains(&c))
    {
        return None;
    }
    if let Some(d) = table.get(word) {
        return Some(*d);
    }
    splits(word).skip(1).find_map(|s| {
        if s.lam_lam {
            table.get(&s.article_restored()).copied()
        } else {
            table.get(s.stem).copied()
        }
    })
}

/// [`word_hash`] of every demonym key, for [`crate::extract::word_class`].
pub(crate) fn key_hashes() -> impl Iterator<Item = u64> {
    table().hashes.iter().copied()
}

/// [`demonym_of_key`] of token `t` of `doc`, ruling most tokens out by the
/// precomputed hashes of their proclitic splits.
pub(crate) fn demonym_of_token(doc: &Document, t: usize) -> Option<Demonym> {
    let key = doc.token_key(doc.tokens().get(t)?);
    let splits = doc.token_splits(t);
    if !token_may_be(splits, DEMONYM) {
        return None;
    }
    let Table { finals, hashes, .. } = table();
    if !key.chars().next_back().is_some_and(|c| finals.contains(&c)) {
        return None;
    }
    // A token too short to have splits is looked up as it is.
    if !splits.is_empty()
        && !splits
            .iter()
            .any(|s| s.may_be(DEMONYM) && hashes.contains(&s.hash))
    {
        return None;
    }
    demonym_of_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole token's demonym, ruled out by its word classes: the same
    /// as the look-up of its key, for every token.
    #[test]
    fn whole_token_demonym_table() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        let rows: &[(&str, &[Option<&str>])] = &[
            ("الرئيس الروسي والسوري", &[None, Some("RU"), None]),
            ("الشركة السورية للسوريين", &[None, Some("SY"), None]),
            ("منتخب السعودية 2015", &[None, Some("SA"), None]),
            ("قال الأميركيون", &[None, Some("US")]),
        ];
        for &(text, want) in rows {
            let doc = Document::new(text.to_string());
            let n = doc.tokens().len();
            let got: Vec<Option<&str>> = (0..n)
                .map(|t| demonym_of_whole_token(&doc, t).map(|d| d.cc))
                .collect();
            assert_eq!(got, want, "{text}");
            for (t, tok) in doc.tokens().iter().enumerate() {
                assert_eq!(
                    demonym_of_whole_token(&doc, t),
                    demonym_of_exact_key(doc.token_key(tok)),
                    "{text}: token {t}"
                );
            }
        }
    }

    #[test]
    fn demonym_table() {
        let rows: &[(&str, Option<&str>)] = &[
            ("الروسي", Some("RU")),
            ("الأميركي", Some("US")),
            ("الأمريكي", Some("US")),
            ("الاميركية", Some("US")),
            ("الأردني", Some("JO")),
            ("والسعودي", Some("SA")),
            ("السورية", Some("SY")),
            ("للسوريين", Some("SY")),
            ("الكوري الشمالي", Some("KP")),
            ("سوريا", None),
            ("الخارجية", None),
            ("", None),
        ];
        for &(text, want) in rows {
            assert_eq!(demonym_country(text), want, "{text}");
        }
    }
}
