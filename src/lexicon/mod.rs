//! Lexicons: embedded TSV data files and the multi-word, clitic-aware matcher
//! that extractors share.
//!
//! Lexicon files live in `lexicons/` at the crate root and are embedded with
//! `include_str!`; each extractor parses its files once (in a `OnceLock`) into
//! a [`Gazetteer`], never per document.

mod hash_table;

pub use hash_table::WordHashTable;

use crate::document::Document;
use crate::document::segment::is_word_char;
use crate::document::token_splits::word_hash;
use crate::normalize::match_key_checked;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::ops::Range;

/// The pieces of `text` between newlines, as `text.split('\n')` gives
/// them, the newlines found with the memchr crate's search (`str::split`
/// and `str::lines` read a word at a time).
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(Some)
        .chain(std::iter::once(None))
        .map(move |nl| {
            let end = nl.unwrap_or(text.len());
            let line = &text[start..end];
            start = end + 1;
            line
        })
}

/// The lines of `text`, exactly as [`str::lines`] gives them (a final line
/// ending optional, `\r\n` as one), from [`split_lines`]: the lexicons
/// read at process start hold some 60,000 lines.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let (body, ended) = match text.strip_suffix('\n') {
        Some(body) => (body, true),
        None => (text, false),
    };
    let mut pieces = split_lines(body).peekable();
    let empty = text.is_empty();
    std::iter::from_fn(move || {
        let line = pieces.next().filter(|_| !empty)?;
        // «\r» goes with the newline after it only.
        Some(if ended || pieces.peek().is_some() {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        })
    })
}

/// Rows of a TSV lexicon: skips the header line, blank lines and lines
/// starting with `#`; splits on tabs, trimming ASCII white space off each field.
pub fn tsv_rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    lines(data)
        .filter(|l| !l.trim_ascii().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| {
            // The tabs of the whole row found with one vectorized search
            // (memchr's), not byte by byte: this runs for every row of every
            // lexicon at process start.
            let mut fields = Vec::with_capacity(8);
            let mut start = 0;
            for i in memchr::memchr_iter(b'\t', l.as_bytes()) {
                fields.push(l[start..i].trim_ascii());
                start = i + 1;
            }
            fields.push(l[start..].trim_ascii());
            fields
        })
}

/// The matching key of `text` ([`crate::normalize::match_key`]) with single spaces
/// ([`single_spaced`]): the form of lexicon entries and of the names the
/// extractors key. A key the matching fold made from letters and single
/// spaces is known to be single spaced, and not scanned again.
pub fn spaced_match_key(text: &str) -> String {
    match match_key_checked(text) {
        (key, true) => key,
        (key, false) => single_spaced(key),
    }
}

/// `key` with its words separated by single spaces and no space at either
/// end; returned as it is (no allocation) when it already is so.
pub fn single_spaced(key: String) -> String {
    // One pass: no space at either end or after another space, and no other
    // white space, which is an ASCII control or starts with one of these lead
    // bytes (U+0085, U+00A0, U+1680, U+2000…U+205F, U+3000; other characters
    // that start so take the slow check).
    let mut after_space = true;
    let mut plain = true;
    for &b in key.as_bytes() {
        match b {
            b' ' if after_space => {
                plain = false;
                break;
            }
            b' ' => after_space = true,
            b'\t'..=b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                plain = false;
                break;
            }
            _ => after_space = false,
        }
    }
    let clean = (plain && (!after_space || key.is_empty()))
        || (!key.starts_with(' ')
            && !key.ends_with(' ')
            && !key.contains("  ")
            && !key.contains(|c: char| c.is_whitespace() && c != ' '));
    if clean {
        key
    } else {
        key.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A lexicon match in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexMatch {
    /// The entry id given when the gazetteer was built.
    pub entry: u32,
    /// The token the gazetteer found the match at (the one holding the
    /// start of `range` and of `name`; 0 for a match made otherwise):
    /// [`LexMatch::first_token`] reads it instead of searching.
    pub token: u32,
    /// Byte range of the whole match in the normalized text, proclitics included.
    pub range: Range<usize>,
    /// Byte range of the name without its proclitics.
    pub name: Range<usize>,
}

impl LexMatch {
    /// [`Document::token_at`] of the start of `range`: the match's own
    /// token when it holds that byte (one comparison instead of a binary
    /// search over the document), else the search.
    #[inline]
    pub fn first_token(&self, doc: &Document) -> Option<usize> {
        self.token_holding(doc, self.range.start)
    }

    /// [`Document::token_at`] of the start of `name` (see
    /// [`LexMatch::first_token`]).
    #[inline]
    pub fn name_token(&self, doc: &Document) -> Option<usize> {
        self.token_holding(doc, self.name.start)
    }

    /// [`Document::token_at`] of byte `pos`: the token that holds it is
    /// the one the search finds (the tokens are in text order and apart).
    #[inline]
    fn token_holding(&self, doc: &Document, pos: usize) -> Option<usize> {
        let i = self.token as usize;
        match doc.tokens().get(i) {
            Some(t) if t.range.start <= pos && pos < t.range.end => Some(i),
            _ => doc.token_at(pos),
        }
    }

    /// True when the name carries proclitics (وواشنطن, بموسكو, للامم …).
    pub fn has_prefix(&self) -> bool {
        self.range.start != self.name.start
    }
}

/// A name of [`Gazetteer::by_first`]: its index into `patterns`, with its
/// byte length and last two bytes, which rule most names out without
/// reading the pattern (a cache miss, and another for its text).
#[derive(Clone, Copy, Debug)]
struct Candidate {
    id: u32,
    len: u32,
    last: [u8; 2],
}

#[derive(Clone, Debug)]
struct Pattern {
    entry: u32,
    /// The folded name, words separated by single spaces.
    key: String,
}

/// A set of names, matched on a document's matching text with Arabic
/// proclitics (و ف ب ك ل س and لل for ل + ال) in front and word boundaries at
/// both ends. Build once, use for every document.
///
/// Names are indexed by their first word in a hash map: building costs one
/// normalization and one insertion per name (about a millisecond for a few
/// thousand names, where an Aho-Corasick automaton took several), and a
/// document is scanned word by word, trying each admissible proclitic split
/// of the word, so matching is linear in the text length (times the few
/// names that share a first word).
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// [`word_hash`] of the first word of a name → the names with it.
    by_first: WordHashMap<Vec<Candidate>>,
    patterns: Vec<Pattern>,
    /// The word class of the first words ([`TokenSplit::may_be`]); 0 for
    /// none, when every stem is looked up.
    ///
    /// [`TokenSplit::may_be`]: crate::document::token_splits::TokenSplit::may_be
    class: u32,
}

/// The last `n` bytes of `bytes` (1 to 7 of them) as a little-endian word,
/// zero above them: the value of copying them into a zeroed `[u8; 8]`,
/// read with fixed-size loads (a copy of a variable length calls `memcpy`,
/// some fifteen instructions a key). Where `bytes` has eight bytes, one load
/// of its last eight shifted down; else two loads of 4, 2 or 1 bytes that
/// overlap in the middle (equal bytes, so OR joins them).
#[inline]
fn tail_word(bytes: &[u8], n: usize) -> u64 {
    let len = bytes.len();
    if len >= 8 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[len - 8..]);
        return u64::from_le_bytes(w) >> (8 * (8 - n));
    }
    let rest = &bytes[len - n..];
    let (lo, hi, size) = if n >= 4 {
        let mut a = [0u8; 4];
        let mut b = [0u8; 4];
        a.copy_from_slice(&rest[..4]);
        b.copy_from_slice(&rest[n - 4..]);
        (
            u32::from_le_bytes(a).into(),
            u32::from_le_bytes(b).into(),
            4,
        )
    } else if n >= 2 {
        let a = u16::from_le_bytes([rest[0], rest[1]]);
        let b = u16::from_le_bytes([rest[n - 2], rest[n - 1]]);
        (u64::from(a), u64::from(b), 2)
    } else {
        (u64::from(rest[0]), u64::from(rest[0]), 1)
    };
    lo | (hi << (8 * (n - size)))
}

/// A fast non-cryptographic hasher for maps keyed by short words, looked up
/// for every word of every document: it takes the bytes eight at a time
/// (Arabic letters are two bytes each, so a byte-wise hash such as FNV costs
/// several times more), with a multiply per word as in rustc's FxHash, and
/// folds the well-mixed high bits into the low ones the table indexes by.
/// SipHash's resistance to hash flooding is not needed for keys the lexicons
/// fix and texts only look up.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The length keeps "a" and "a\0" apart.
            self.add(tail_word(bytes, rest.len()) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A set of [`word_hash`] values, hashed by identity.
pub type WordHashSet = HashSet<u64, BuildHasherDefault<IdentityHasher>>;

/// A small set of [`word_hash`] values built per document (the names of
/// one article), asked about every token: a 256-bit filter of the hashes'
/// top bytes answers most questions without probing the set.
#[derive(Debug, Default)]
pub struct WordHashFilter {
    /// Bit `b` is set when some hash has the top byte `b`.
    bits: [u64; 4],
    set: WordHashSet,
}

impl WordHashFilter {
    /// True when `h` is in the set.
    #[inline]
    pub fn contains(&self, h: &u64) -> bool {
        let b = (h >> 56) as usize;
        self.bits[b >> 6] >> (b & 63) & 1 != 0 && self.set.contains(h)
    }
}

impl FromIterator<u64> for WordHashFilter {
    fn from_iter<I: IntoIterator<Item = u64>>(hashes: I) -> WordHashFilter {
        let mut f = WordHashFilter::default();
        for h in hashes {
            let b = (h >> 56) as usize;
            f.bits[b >> 6] |= 1 << (b & 63);
            f.set.insert(h);
        }
        f
    }
}

/// A map keyed by [`word_hash`] values, hashed by identity.
pub type WordHashMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// A hasher for keys that are hashes already ([`word_hash`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed with it; fold anything else in anyway.
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Gazetteer {
    /// Builds a gazetteer from `(surface form, entry id)` pairs. Surface forms
    /// are written naturally; they are normalized and folded here.
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = (S, u32)>) -> Gazetteer {
        Gazetteer::from_keys(
            names
                .into_iter()
                .map(|(name, entry)| (spaced_match_key(name.as_ref()), entry)),
        )
    }

    /// Builds a gazetteer from names already folded with [`crate::normalize::match_key`] and
    /// with single spaces between words (saves normalizing them twice).
    pub fn from_keys(keys: impl IntoIterator<Item = (String, u32)>) -> Gazetteer {
        let keys = keys.into_iter();
        let mut g = Gazetteer::default();
        g.patterns.reserve(keys.size_hint().0);
        g.by_first.reserve(keys.size_hint().0);
        for (key, entry) in keys {
            if key.chars().nth(1).is_none() {
                continue;
            }
            let first = first_word(&key);
            if first.is_empty() {
                continue;
            }
            let ids = g.by_first.entry(word_hash(first)).or_default();
            // The same name for the same entry once.
            if ids.iter().any(|c| {
                g.patterns[c.id as usize].entry == entry && g.patterns[c.id as usize].key == key
            }) {
                continue;
            }
            // A key holds two characters, so two bytes at least.
            let b = key.as_bytes();
            ids.push(Candidate {
                id: g.patterns.len() as u32,
                len: b.len() as u32,
                last: [b[b.len() - 2], b[b.len() - 1]],
            });
            g.patterns.push(Pattern { entry, key });
        }
        g
    }

    /// Gives the gazetteer the word class its first words are registered
    /// under, so that [`Gazetteer::find_all`] skips stems outside it.
    pub fn with_class(mut self, class: u32) -> Gazetteer {
        self.class = class;
        self
    }

    /// [`word_hash`] of the first word of every name.
    pub fn first_word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.by_first.keys().copied()
    }

    /// Number of names (distinct surface forms per entry).
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when the gazetteer holds no names.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every admissible match in the document (overlapping ones included), in
    /// order of end position.
    pub fn find_all(&self, doc: &Document) -> Vec<LexMatch> {
        self.find_all_in(doc, &[])
    }

    /// [`Gazetteer::find_all`], skipping at once the tokens whose word
    /// classes lack the gazetteer's: `token_classes[i]` is the union of the
    /// classes of token `i`'s proclitic splits (for a caller that has them
    /// already; tokens past its end are looked at).
    pub fn find_all_in(&self, doc: &Document, token_classes: &[u32]) -> Vec<LexMatch> {
        let mut out = Vec::new();
        if self.patterns.is_empty() {
            return out;
        }
        let key = doc.key();
        let class = self.class;
        let tokens = doc.tokens();
        // The tokens whose word classes may hold a first word: with a class,
        // one test of the document's union of each token's classes (and of
        // the caller's) rules most tokens out in a tight loop.
        let own_classes = doc.token_classes();
        let candidates = (0..tokens.len()).filter(|&i| {
            class == 0
                || (own_classes.get(i).is_none_or(|&c| c & class != 0)
                    && token_classes.get(i).is_none_or(|&c| c & class != 0))
        });
        // (Each token's splits sliced from the whole list: no look-up of
        // the document's splits per token.)
        let (starts, splits) = doc.all_token_splits();
        // A name starts at a token, after its proclitics (never after an
        // article: names that have one list it).
        for i in candidates {
            let t = &tokens[i];
            let own = match (starts.get(i), starts.get(i + 1)) {
                (Some(&a), Some(&b)) => splits.get(a as usize..b as usize).unwrap_or_default(),
                _ => &[],
            };
            for s in own {
                if s.article || class != 0 && !s.may_be(class) {
                    continue;
                }
                let Some(ids) = self.by_first.get(&s.hash) else {
                    continue;
                };
                let name_start = t.range.start + usize::from(s.cut);
                // ل + ال written لل: the text lacks the alef of the article.
                let dropped = if s.restored { "ا" } else { "" };
                self.try_patterns(key, i, t.range.start, name_start, ids, dropped, &mut out);
            }
        }
        out.sort_by_key(|m| (m.range.end, m.range.start));
        out
    }

    /// Patterns `ids` (whose first word hashes like the stem at `name_start`),
    /// checked against the text from `name_start`; `dropped` is the part of
    /// the pattern absent from the text (the alef of a لل article).
    #[allow(clippy::too_many_arguments)]
    fn try_patterns(
        &self,
        key: &str,
        token: usize,
        ws: usize,
        name_start: usize,
        ids: &[Candidate],
        dropped: &str,
        out: &mut Vec<LexMatch>,
    ) {
        let rest = &key[name_start..];
        let r = rest.as_bytes();
        for c in ids {
            // Names that share a first word differ further on: the text
            // must hold the name's last two bytes where the name would end
            // (`dropped` is missing from its start, not from its end).
            let tail_len = (c.len as usize).wrapping_sub(dropped.len());
            if tail_len < 2 || r.get(tail_len - 2..tail_len) != Some(&c.last[..]) {
                continue;
            }
            let p = &self.patterns[c.id as usize];
            let tail = if dropped.is_empty() {
                p.key.as_str()
            } else {
                let Some(tail) = p.key.strip_prefix(dropped) else {
                    continue;
                };
                if tail.starts_with("لل") || tail.chars().nth(2).is_none() {
                    // لل + ل… would be three lams: Arabic writes those fully.
                    continue;
                }
                tail
            };
            // The whole name is compared: equal hashes are not equal words.
            if !rest.starts_with(tail) {
                continue;
            }
            let end = name_start + tail.len();
            if key[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            out.push(LexMatch {
                entry: p.entry,
                token: token as u32,
                range: ws..end,
                name: name_start..end,
            });
        }
    }

    /// The longest matches that do not overlap, leftmost first among equals,
    /// in text order.
    pub fn find(&self, doc: &Document) -> Vec<LexMatch> {
        longest_non_overlapping(self.find_all(doc))
    }

    /// [`Gazetteer::find`] with the tokens' word classes given (see
    /// [`Gazetteer::find_all_in`]).
    pub fn find_in(&self, doc: &Document, token_classes: &[u32]) -> Vec<LexMatch> {
        longest_non_overlapping(self.find_all_in(doc, token_classes))
    }
}

/// The first word of a folded name: its leading run of letters and digits.
fn first_word(key: &str) -> &str {
    let end = key
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(key.len(), |(i, _)| i);
    &key[..end]
}

/// Keeps the longest of overlapping matches (ties: the earlier start), and
/// returns them in text order.
pub fn longest_non_overlapping(mut matches: Vec<LexMatch>) -> Vec<LexMatch> {
    matches.sort_by(|a, b| {
        (b.range.end - b.range.start)
            .cmp(&(a.range.end - a.range.start))
            .then(a.range.start.cmp(&b.range.start))
    });
    // Most matches overlap none (they are taken): room for all at once.
    let mut taken: Vec<LexMatch> = Vec::with_capacity(matches.len());
    if matches.len() <= SORTED_VEC_MAX {
        let mut occupied: Vec<Range<usize>> = Vec::with_capacity(matches.len());
        for m in matches {
            let i = occupied.partition_point(|r| r.end <= m.range.start);
            if i < occupied.len() && occupied[i].start < m.range.end {
                continue;
            }
            occupied.insert(i, m.range.clone());
            taken.push(m);
        }
    } else {
        // A long document: inserting into a sorted vector would move it
        // once per match. Taken ranges do not overlap, so the one starting
        // last before a match's end is the only one that may overlap it.
        let mut occupied: BTreeMap<usize, usize> = BTreeMap::new();
        for m in matches {
            let overlaps = occupied
                .range(..m.range.end)
                .next_back()
                .is_some_and(|(_, &end)| end > m.range.start);
            if overlaps {
                continue;
            }
            occupied.insert(m.range.start, m.range.end);
            taken.push(m);
        }
    }
    taken.sort_by_key(|m| m.range.start);
    taken
}

/// Up to this many matches, taken ranges are kept in a sorted vector
/// (cheapest for an article's few dozen); beyond, in a search tree.
const SORTED_VEC_MAX: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_as_split_gives_them() {
        let rows = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "\na",
            "a\nb",
            "سطر\n\nسطر ثان\r\n",
            "x\n\n\ny\n",
        ];
        for text in rows {
            let want: Vec<&str> = text.split('\n').collect();
            assert_eq!(split_lines(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn lines_as_str_lines_gives_them() {
        let rows = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\r\n",
            "a\r",
            "\r\n",
            "a\rb\n",
            "a\nb",
            "a\n\nb\r\n\r\nc",
            "سطر\r\nسطر\n",
        ];
        for text in rows {
            let want: Vec<&str> = text.lines().collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn tail_word_as_a_zero_padded_copy() {
        let text: Vec<u8> = (1..=20u8).map(|b| b.wrapping_mul(37)).collect();
        for len in 1..=text.len() {
            let bytes = &text[..len];
            for n in 1..=(len.min(7)) {
                let mut w = [0u8; 8];
                w[..n].copy_from_slice(&bytes[len - n..]);
                assert_eq!(tail_word(bytes, n), u64::from_le_bytes(w), "{len} {n}");
            }
        }
    }

    /// The greedy choice, written plainly: longest first, the earlier among
    /// equals, skipping any that overlaps one taken.
    fn naive_longest(mut ms: Vec<LexMatch>) -> Vec<Range<usize>> {
        ms.sort_by(|a, b| {
            (b.range.end - b.range.start)
                .cmp(&(a.range.end - a.range.start))
                .then(a.range.start.cmp(&b.range.start))
        });
        let mut taken: Vec<Range<usize>> = Vec::new();
        for m in ms {
            if !taken
                .iter()
                .any(|r| r.start < m.range.end && m.range.start < r.end)
            {
                taken.push(m.range);
            }
        }
        taken.sort_by_key(|r| r.start);
        taken
    }

    #[test]
    fn longest_non_overlapping_agrees_with_the_plain_greedy_choice() {
        // Few matches (sorted vector) and many (search tree).
        for n in [10usize, 200, 3000] {
            let mut x: u64 = 0x9E37_79B9_7F4A_7C15 ^ n as u64;
            let mut ms = Vec::new();
            for entry in 0..n {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let start = (x % (n as u64 * 4)) as usize;
                let len = 1 + (x >> 40) as usize % 12;
                ms.push(LexMatch {
                    entry: entry as u32,
                    token: 0,
                    range: start..start + len,
                    name: start..start + len,
                });
            }
            let got: Vec<Range<usize>> = longest_non_overlapping(ms.clone())
                .into_iter()
                .map(|m| m.range)
                .collect();
            assert_eq!(got, naive_longest(ms), "n = {n}");
        }
    }

    #[test]
    fn hash_filter_agrees_with_its_set() {
        let words = ["لافروف", "كيري", "الأسد", "عباس", "ماكرون", "ميركل"];
        let filter: WordHashFilter = words[..3].iter().map(|w| word_hash(w)).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(filter.contains(&word_hash(w)), i < 3, "{w}");
        }
        // Hashes that share a top byte with a member pass the filter and
        // are told apart by the set.
        let h = word_hash("كيري");
        for other in [h ^ 1, h ^ (1 << 55), h ^ (1 << 63)] {
            assert!(!filter.contains(&other), "{other:x}");
        }
        assert!(!WordHashFilter::default().contains(&h));
    }

    fn names(doc: &Document, g: &Gazetteer) -> Vec<(String, String, u32)> {
        g.find(doc)
            .into_iter()
            .map(|m| {
                (
                    doc.norm()[m.range.clone()].to_string(),
                    doc.norm()[m.name.clone()].to_string(),
                    m.entry,
                )
            })
            .collect()
    }

    #[test]
    fn clitics_multiword_and_longest() {
        let g = Gazetteer::new([
            ("موسكو", 1),
            ("واشنطن", 2),
            ("الولايات المتحدة", 3),
            ("الأمم المتحدة", 4),
            ("سوريا", 5),
            ("سورية", 5),
            ("جنوب السودان", 6),
            ("السودان", 7),
        ]);
        let doc = Document::new(
            "ورعت موسكو وواشنطن والولايات المتحدة بموسكو للامم المتحدة لسورية في جنوب السودان والسودان. موسكوفي".to_string(),
        );
        assert_eq!(
            names(&doc, &g),
            vec![
                ("موسكو".into(), "موسكو".into(), 1),
                ("وواشنطن".into(), "واشنطن".into(), 2),
                ("والولايات المتحدة".into(), "الولايات المتحدة".into(), 3),
                ("بموسكو".into(), "موسكو".into(), 1),
                ("للامم المتحدة".into(), "لامم المتحدة".into(), 4),
                ("لسورية".into(), "سورية".into(), 5),
                ("جنوب السودان".into(), "جنوب السودان".into(), 6),
                ("والسودان".into(), "السودان".into(), 7),
            ]
        );
    }

    #[test]
    fn token_classes_skip_tokens() {
        // The places' class: the stem has it whether or not the word
        // classes are installed (every class is set before).
        use crate::extract::word_class::{ORG_NAME, PLACE_NAME};
        let g = Gazetteer::new([("موسكو", 1)]).with_class(PLACE_NAME);
        let doc = Document::new("موسكو وموسكو".to_string());
        let starts = |classes: &[u32]| -> Vec<usize> {
            g.find_in(&doc, classes)
                .iter()
                .map(|m| m.range.start)
                .collect()
        };
        // (classes of the tokens, starts of the matches)
        let rows: &[(&[u32], &[usize])] = &[
            (&[], &[0, 11]),
            (&[u32::MAX, u32::MAX], &[0, 11]),
            (&[0, u32::MAX], &[11]),
            (&[PLACE_NAME, ORG_NAME], &[0]),
            (&[0], &[11]),
        ];
        for (classes, want) in rows {
            assert_eq!(starts(classes), *want, "{classes:?}");
        }
    }

    #[test]
    fn no_match_inside_words_or_after_non_clitics() {
        let g = Gazetteer::new([("عمان", 1), ("امل", 2)]);
        let doc = Document::new("العمانية تعمان الامل عمان".to_string());
        assert_eq!(names(&doc, &g), vec![("عمان".into(), "عمان".into(), 1)]);
    }

    #[test]
    fn single_spacing() {
        for (input, want) in [
            ("الامم المتحدة", "الامم المتحدة"),
            (" الامم  المتحدة ", "الامم المتحدة"),
            ("الامم\tالمتحدة", "الامم المتحدة"),
            ("الامم\u{00A0}المتحدة", "الامم المتحدة"),
            ("الامم\u{2003}المتحدة", "الامم المتحدة"),
            ("a\u{00E9}b", "a\u{00E9}b"),
            ("\u{00A0}", ""),
            ("", ""),
            ("a ", "a"),
            (" a", "a"),
            ("a  b", "a b"),
            ("«ب» ج", "«ب» ج"),
        ] {
            assert_eq!(single_spaced(input.to_string()), want, "{input:?}");
        }
    }

    #[test]
    fn tsv_fields_are_the_tab_separated_pieces() {
        // Rows of every number of fields up to forty, of every short width,
        // so that tabs fall at every place of the search's blocks.
        for width in 0..5 {
            for n in 1..40 {
                let row: Vec<String> = (0..n)
                    .map(|i| "س".repeat((i + width) % 5) + &" ".repeat(i % 2))
                    .collect();
                let line = row.join("\t");
                let data = format!("header\n{line}\n");
                let got: Vec<Vec<&str>> = tsv_rows(&data).collect();
                let want: Vec<&str> = line.split('\t').map(str::trim_ascii).collect();
                if line.trim_ascii().is_empty() {
                    assert!(got.is_empty(), "{line:?}");
                } else {
                    assert_eq!(got, vec![want], "{line:?}");
                }
            }
        }
    }

    #[test]
    fn tsv_skips_header_and_comments() {
        let rows: Vec<Vec<&str>> =
            tsv_rows("# c\nname\tkind\nموسكو\tcity\n\n \t\nعمان \t\t x\r\nرفح").collect();
        assert_eq!(
            rows,
            vec![vec!["موسكو", "city"], vec!["عمان", "", "x"], vec!["رفح"]]
        );
    }
}
