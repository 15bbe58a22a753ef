//! Second-tier place names (`lexicons/places_tier2.tsv`): the city labels of
//! the raw sources that the curated gazetteer leaves out, because many are
//! rare or double as ordinary words. The extractor takes one only with
//! strong context (a head noun, a locative preposition, a ب proclitic, a
//! known place joined by و). The file is sorted by matching key (a test
//! checks it) and indexed on first use.

use crate::document::Document;
use crate::document::clitics::splits;
use crate::document::token_splits::{ALL_CLASSES, word_hash};
use crate::extract::word_class::PLACE_TIER2;
use crate::lexicon::WordHashSet;
use std::ops::Range;
use std::sync::OnceLock;

const TIER2_TSV: &str = include_str!("../../../lexicons/places_tier2.tsv");

/// Longest second-tier name, in words.
const MAX_WORDS: usize = 3;

/// The data lines (`key<TAB>name`), sorted by key.
fn data() -> &'static str {
    const HEADER: &str = "key\tname\n";
    TIER2_TSV
        .find(HEADER)
        .map_or("", |i| &TIER2_TSV[i + HEADER.len()..])
}

/// True when `key` (a matching key: normalized, folded, single spaces) is a
/// second-tier name. The keys are listed on first use (slices of the
/// embedded file, in its sorted order, so no hashing) and searched by
/// bisection: documents that never need the second tier pay nothing, and
/// those that do pay a fraction of a millisecond once.
pub fn contains(key: &str) -> bool {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        crate::lexicon::lines(data())
            .filter_map(|l| l.split('\t').next())
            .filter(|k| !k.is_empty())
            .collect()
    })
    .binary_search(&key)
    .is_ok()
}

/// [`word_hash`] of the first word of every second-tier name (built on
/// first use, or ahead by [`crate::extract::warm_up`]).
pub(crate) fn first_words() -> &'static WordHashSet {
    static WORDS: OnceLock<WordHashSet> = OnceLock::new();
    WORDS.get_or_init(|| {
        crate::lexicon::lines(data())
            .filter_map(|l| l.split(['\t', ' ']).next())
            .filter(|k| !k.is_empty())
            .map(word_hash)
            .collect()
    })
}

/// False when no second-tier name can start at token `ti`: a name starts
/// where a proclitic split's stem does (a name with an article at the
/// article), and no stem of the token hashes to a first word of a name.
pub fn may_start_name(doc: &Document, ti: usize) -> bool {
    let token_splits = doc.token_splits(ti);
    // The word-class table registers exactly these first words under
    // PLACE_TIER2: a split it has classified needs no second look-up.
    token_splits.is_empty()
        || token_splits.iter().any(|s| {
            !s.restored
                && s.may_be(PLACE_TIER2)
                && (s.classes != ALL_CLASSES || first_words().contains(&s.hash))
        })
}

/// The longest second-tier name that token `ti` starts (after its
/// proclitics), with the proclitics: `(prefix, name byte range)`. A name of
/// several words takes the following tokens of the same sentence when only
/// spaces separate them.
pub fn name_at(doc: &Document, ti: usize) -> Option<(&str, Range<usize>)> {
    let tokens = doc.tokens();
    let key = doc.key();
    let t = tokens.get(ti)?;
    if !may_start_name(doc, ti) {
        return None;
    }
    // The ends of the 1, 2 … MAX_WORDS-word stretches starting at ti.
    let mut ends = vec![t.range.end];
    for next in tokens.iter().skip(ti + 1).take(MAX_WORDS - 1) {
        let last = ends[ends.len() - 1];
        if next.sentence != t.sentence
            || !key
                .get(last..next.range.start)
                .is_some_and(|g| !g.is_empty() && g.chars().all(|c| c == ' '))
        {
            break;
        }
        ends.push(next.range.end);
    }
    let word = doc.token_key(t);
    for &end in ends.iter().rev() {
        for s in splits(word) {
            if s.lam_lam {
                continue;
            }
            // «بالرقة»: the name keeps its article.
            let cut = if s.prefix.ends_with("ال") {
                s.prefix.len() - "ال".len()
            } else {
                s.prefix.len()
            };
            let start = t.range.start + cut;
            if let Some(name) = key.get(start..end)
                && contains(name)
            {
                return Some((&word[..cut], start..end));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::match_key;

    #[test]
    fn keys_are_sorted_matching_keys() {
        let lines: Vec<&str> = data().lines().collect();
        assert!(lines.len() > 1000);
        let keys: Vec<&str> = lines
            .iter()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "places_tier2.tsv not sorted"
        );
        for (line, key) in lines.iter().zip(&keys) {
            let name = line.split_once('\t').map_or("", |x| x.1);
            let folded = match_key(name)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(*key, folded, "{name}");
            assert!(contains(key), "{key}");
        }
        for absent in ["", "ا", "يييي", "موسكو", "zzz"] {
            assert!(!contains(absent), "{absent}");
        }
    }
}
