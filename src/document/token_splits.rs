//! The proclitic splits of every token, computed once per document with a
//! hash of each stem, so that every lexicon looks a word up by a precomputed
//! hash instead of re-splitting and re-hashing it.

use super::clitics::MIN_STEM_CHARS;
use std::sync::OnceLock;

/// Longest admissible proclitic sequence, in characters (و + ب/ل/ك/س + ال).
const MAX_PREFIX_CHARS: usize = 4;

/// One admissible split of a token into proclitics and a stem, as
/// [`super::clitics::splits`] gives them, with the stem's [`word_hash`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenSplit {
    /// Bytes of proclitics at the start of the token (0 for the unsplit word).
    pub cut: u8,
    /// The proclitics end with the article ال (وال، بال …).
    pub article: bool,
    /// The stem is read with the alef of an article written لل given back
    /// (للامم = ل + الامم): `hash` is then that of `ا` + stem.
    pub restored: bool,
    /// [`word_hash`] of the stem (with `ا` in front when `restored`).
    pub hash: u64,
    /// The word classes the stem may belong to, one bit per lexicon (see
    /// [`set_classifier`]); every bit is set when no classifier is installed.
    pub classes: u32,
}

impl TokenSplit {
    /// False when the stem is surely not in the lexicon of class `bit`; true
    /// when it may be (the lexicon must still be looked up).
    #[inline]
    pub fn may_be(&self, bit: u32) -> bool {
        self.classes & bit != 0
    }
}

/// Every class: the word classes of a stem no classifier has seen.
pub const ALL_CLASSES: u32 = u32::MAX;

/// The function that gives a stem's word classes from its [`word_hash`].
pub type Classifier = fn(u64) -> u32;

static CLASSIFIER: OnceLock<Classifier> = OnceLock::new();

/// Installs the classifier that [`push_splits`] asks for each stem's word
/// classes: one look-up per stem in one table that knows every lexicon,
/// instead of one look-up per lexicon. The first installed classifier stays.
/// The classes only rule stems out, so without a classifier (or before it is
/// installed) everything works the same, only slower.
pub fn set_classifier(classify: Classifier) {
    let _ = CLASSIFIER.set(classify);
}

/// The hash lexicons index words by: FNV-1a over the word's bytes taken
/// from the last to the first, so that one backward pass over a token
/// yields the hash of every stem of it (a stem is a suffix of the token).
pub fn word_hash(word: &str) -> u64 {
    extend(SEED, word.as_bytes())
}

/// [`word_hash`] of the concatenation of `parts`, without building it.
pub fn word_hash_of_parts(parts: &[&str]) -> u64 {
    parts
        .iter()
        .rev()
        .fold(SEED, |h, part| extend(h, part.as_bytes()))
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a prime.
const PRIME: u64 = 0x0100_0000_01b3;

/// Continues a backward hash with `bytes`, which precede what was hashed so far.
#[inline(always)]
fn extend(mut h: u64, bytes: &[u8]) -> u64 {
    // Four bytes a step (two Arabic letters), then two, then one: a quarter
    // of the loop's tests, the same hash as one byte a step.
    let mut rest = bytes;
    while let [head @ .., a, b, c, d] = rest {
        h = (h ^ u64::from(*d)).wrapping_mul(PRIME);
        h = (h ^ u64::from(*c)).wrapping_mul(PRIME);
        h = (h ^ u64::from(*b)).wrapping_mul(PRIME);
        h = (h ^ u64::from(*a)).wrapping_mul(PRIME);
        rest = head;
    }
    if let [head @ .., a, b] = rest {
        h = (h ^ u64::from(*b)).wrapping_mul(PRIME);
        h = (h ^ u64::from(*a)).wrapping_mul(PRIME);
        rest = head;
    }
    if let [a] = rest {
        h = (h ^ u64::from(*a)).wrapping_mul(PRIME);
    }
    h
}

/// True when `bytes` (a whole UTF-8 string) holds at least two characters.
#[inline]
fn has_two_chars(bytes: &[u8]) -> bool {
    let first = match bytes.first() {
        None => return false,
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b < 0xE0 => 2,
        Some(&b) if b < 0xF0 => 3,
        Some(_) => 4,
    };
    bytes.len() > first
}

/// Appends the splits of `word` to `out`: the unsplit word first, then by
/// growing prefix; for a لل split, the plain reading, then the restored one.
/// Nothing when the word is shorter than a stem.
pub fn push_splits(word: &str, out: &mut Vec<TokenSplit>) {
    push_splits_with(word.as_bytes(), classifier(), out);
}

/// The installed classifier, or one that gives every class.
pub(crate) fn classifier() -> Classifier {
    CLASSIFIER.get().copied().unwrap_or(|_| ALL_CLASSES)
}

/// A function that sets the word classes of every split of a document's
/// list, as the [`Classifier`] installed with it gives them, and the union
/// of each token's (see [`classify_all`] for the arguments).
pub type BatchClassifier = fn(&mut [TokenSplit], &[u32], &mut [u32]);

static BATCH_CLASSIFIER: OnceLock<BatchClassifier> = OnceLock::new();

/// Installs, beside [`set_classifier`]'s, a classifier of whole lists of
/// splits (a document's): one call for all its stems, with the table
/// look-up inlined in its loop, instead of a call through a pointer per
/// stem. It must give each split what the single classifier gives its hash,
/// and each token the union [`union_of`] makes.
pub fn set_batch_classifier(classify: BatchClassifier) {
    let _ = BATCH_CLASSIFIER.set(classify);
}

/// The word classes of a token whose splits are `splits`: the union of
/// theirs, or every class for a token without splits (too short).
#[inline]
pub fn union_of(splits: &[TokenSplit]) -> u32 {
    match splits {
        [] => ALL_CLASSES,
        splits => splits.iter().fold(0, |a, split| a | split.classes),
    }
}

/// Sets the classes of every split of `splits` and, for each token `i`
/// (whose splits are `splits[starts[i]..starts[i + 1]]`), `unions[i]` to
/// their [`union_of`]: with the installed batch classifier, else one split
/// at a time with [`classifier`]. `starts` has one more entry than
/// `unions`, and ends with `splits.len()`.
pub(crate) fn classify_all(splits: &mut [TokenSplit], starts: &[u32], unions: &mut [u32]) {
    match BATCH_CLASSIFIER.get() {
        Some(batch) => batch(splits, starts, unions),
        None => {
            let classify = classifier();
            for s in splits.iter_mut() {
                s.classes = classify(s.hash);
            }
            for (union, w) in unions.iter_mut().zip(starts.windows(2)) {
                *union = union_of(&splits[w[0] as usize..w[1] as usize]);
            }
        }
    }
}

/// [`push_splits`] with the classifier given, for the bytes of a word (a
/// whole `str`, or a token's bytes cut at its character boundaries: the
/// document's tokens are split without a boundary test of their slice).
#[inline]
pub(crate) fn push_splits_with(
    bytes: &[u8],
    classify: impl Fn(u64) -> u32,
    out: &mut Vec<TokenSplit>,
) {
    const _: () = assert!(MIN_STEM_CHARS == 2);
    // The admissible cuts, from one greedy pass over the proclitic grammar
    // [و ف]? [ب س ك ل]? ال? (the three groups share no first letter, so each
    // cut of an admissible sequence is where one group ends); a cut leaves at
    // least one byte of stem. The article ends the last cut, if any; the
    // preposition ل ends the cut `lam_cut`, if any.
    let mut cuts = [0u8; MAX_PREFIX_CHARS + 1];
    let mut n = 1;
    let mut at = 0;
    let mut lam_cut = usize::MAX;
    let mut article = false;
    // و D9 88, ف D9 81; ب D8 A8, س D8 B3, ك D9 83, ل D9 84; ال D8 A7 D9 84.
    if let [0xD9, 0x88 | 0x81, _, ..] = bytes {
        at = 2;
        cuts[n] = 2;
        n += 1;
    }
    if let [0xD8, 0xA8 | 0xB3, _, ..] | [0xD9, 0x83 | 0x84, _, ..] = &bytes[at..] {
        if bytes[at + 1] == 0x84 {
            lam_cut = n;
        }
        at += 2;
        cuts[n] = at as u8;
        n += 1;
    }
    if let [0xD8, 0xA7, 0xD9, 0x84, _, ..] = &bytes[at..] {
        at += 4;
        cuts[n] = at as u8;
        n += 1;
        article = true;
    }
    debug_assert!(at <= 2 * MAX_PREFIX_CHARS);
    if n == 1 {
        // No proclitic (most tokens): the unsplit word alone.
        if has_two_chars(bytes) {
            let hash = extend(SEED, bytes);
            out.push(TokenSplit {
                cut: 0,
                article: false,
                restored: false,
                hash,
                classes: classify(hash),
            });
        }
        return;
    }
    // Hashes of the stems, from one backward pass.
    let mut hashes = [0u64; MAX_PREFIX_CHARS + 1];
    let mut h = SEED;
    let mut end = bytes.len();
    for k in (0..n).rev() {
        let cut = usize::from(cuts[k]);
        h = extend(h, &bytes[cut..end]);
        end = cut;
        hashes[k] = h;
    }
    for k in 0..n {
        // A stem keeps MIN_STEM_CHARS characters (shorter for every later cut).
        let stem = &bytes[usize::from(cuts[k])..];
        if !has_two_chars(stem) {
            break;
        }
        out.push(TokenSplit {
            cut: cuts[k],
            article: article && k == n - 1,
            restored: false,
            hash: hashes[k],
            classes: classify(hashes[k]),
        });
        // ل D9 84 before a stem that starts with ل: ل + ال with the alef dropped.
        if k == lam_cut && stem.starts_with(&[0xD9, 0x84]) {
            let hash = extend(hashes[k], "ا".as_bytes());
            out.push(TokenSplit {
                cut: cuts[k],
                article: false,
                restored: true,
                hash,
                classes: classify(hash),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::clitics::splits;

    #[test]
    fn agrees_with_clitic_splits() {
        for word in [
            "بموسكو",
            "وواشنطن",
            "للامم",
            "والولايات",
            "لسوريا",
            "فالقاهرة",
            "وزارة",
            "بان",
            "في",
            "و",
            "",
            "ولللجنة",
            "abc",
            "اللاذقية",
            "وللاتحاد",
        ] {
            let mut got = Vec::new();
            push_splits(word, &mut got);
            let mut want = Vec::new();
            for s in splits(word) {
                if s.stem.chars().nth(MIN_STEM_CHARS - 1).is_none() {
                    continue;
                }
                let cut = s.prefix.len() as u8;
                let article = s.prefix.ends_with("ال");
                want.push((cut, article, false, word_hash(s.stem)));
                if s.lam_lam {
                    want.push((cut, article, true, word_hash(&s.article_restored())));
                }
            }
            let got: Vec<_> = got
                .iter()
                .map(|s| (s.cut, s.article, s.restored, s.hash))
                .collect();
            assert_eq!(got, want, "{word}");
        }
    }

    #[test]
    fn cuts_are_the_admissible_prefixes() {
        // Every word of up to five letters over the proclitic letters and a
        // few others: the cuts pushed are the even cuts whose prefix is a
        // proclitic sequence (cut before the last byte).
        use crate::document::clitics::is_proclitic_sequence_bytes;
        let letters = ["و", "ف", "ب", "س", "ك", "ل", "ا", "م"];
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| letters.iter().map(move |l| format!("{w}{l}")))
                .collect();
            words.extend(longer);
        }
        for word in &words {
            let mut got = Vec::new();
            push_splits(word, &mut got);
            let mut want = Vec::new();
            let bytes = word.as_bytes();
            for cut in (0..=2 * MAX_PREFIX_CHARS).step_by(2) {
                if cut < bytes.len().max(1)
                    && (cut == 0 || is_proclitic_sequence_bytes(&bytes[..cut]))
                    && word[cut..].chars().nth(MIN_STEM_CHARS - 1).is_some()
                {
                    want.push(cut as u8);
                }
            }
            let got: Vec<u8> = got.iter().filter(|s| !s.restored).map(|s| s.cut).collect();
            assert_eq!(got, want, "{word}");
        }
    }

    #[test]
    fn hash_of_parts_is_hash_of_concatenation() {
        for parts in [
            &["و", "قال", "ها"][..],
            &["", "قال", ""],
            &["ف", "اضاف"],
            &[],
        ] {
            assert_eq!(
                word_hash_of_parts(parts),
                word_hash(&parts.concat()),
                "{parts:?}"
            );
        }
    }

    #[test]
    fn word_hash_is_fnv_over_the_bytes_from_the_last() {
        // FNV-1a one byte a step, from the last byte to the first: the hash
        // every lexicon was indexed with, whatever the steps of `extend`.
        let reference = |w: &str| {
            w.bytes()
                .rev()
                .fold(SEED, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME))
        };
        let text = "قال a الرئيسُ 12 بالولايات المتحدة ﻻ";
        for start in text.char_indices().map(|(i, _)| i) {
            for (end, _) in text[start..]
                .char_indices()
                .chain([(text.len() - start, ' ')])
            {
                let word = &text[start..start + end];
                assert_eq!(word_hash(word), reference(word), "{word:?}");
            }
        }
        for (word, hash) in [("", SEED), ("a", (SEED ^ 0x61).wrapping_mul(PRIME))] {
            assert_eq!(word_hash(word), hash, "{word:?}");
        }
    }

    #[test]
    fn hashes_differ_between_words() {
        assert_ne!(word_hash("موسكو"), word_hash("واشنطن"));
        assert_ne!(word_hash("ab"), word_hash("ba"));
        assert_eq!(word_hash("موسكو"), word_hash("موسكو"));
    }
}
