//! The token stream the date grammar reads: the document's tokens with their
//! matching key, lexicon entries, digit value and the separator before them.

use super::lexicon::{Entry, Word, lexicon};
use crate::document::{Document, TokenKind};
use crate::extract::word_class::DATE_WORD;

/// A number written in digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Digits {
    /// Its value.
    pub value: u32,
    /// How many digits were written.
    pub len: u8,
    /// An era letter glued to it (`2016م` → Some(false), `1437هـ` → Some(true)).
    pub era: Option<bool>,
}

/// One token of the date grammar.
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    /// Normalized byte offset where the token starts, proclitics excluded.
    pub start: usize,
    /// Normalized byte offset where the token ends.
    pub end: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// Matching key of the whole token (proclitics included).
    pub key: &'a str,
    /// Byte length of the proclitics stripped to find `entries` or `digits`.
    pub clitic: usize,
    /// Lexicon entries of the token.
    pub entries: &'static [Entry],
    /// The value when the token is a number in digits.
    pub digits: Option<Digits>,
    /// The separator between the previous token and this one, trimmed
    /// (`""` for plain spaces, `"-"`, `"/"`, `":"`, `"("`, `"،"` …).
    pub gap: &'a str,
    /// True when the separator contains no white space.
    pub tight: bool,
    /// True for a number token with dots inside (`25.12.2015`, `3.5`):
    /// maybe a dotted date, read by [`dotted`].
    pub dotted: bool,
}

impl Tok<'_> {
    /// The key without the stripped proclitics.
    pub fn stem(&self) -> &str {
        &self.key[self.clitic..]
    }

    /// True when the key, or the key without a leading و/ف, is `w`.
    pub fn is(&self, w: &str) -> bool {
        self.key == w
            || self
                .key
                .strip_prefix('و')
                .or_else(|| self.key.strip_prefix('ف'))
                .is_some_and(|r| r == w)
    }

    /// True when the key is exactly `w`.
    pub fn is_exact(&self, w: &str) -> bool {
        self.key == w
    }

    /// The first entry whose word satisfies `f` and which needs no second token.
    pub fn word<T>(&self, f: impl Fn(Word) -> Option<T>) -> Option<T> {
        self.entries
            .iter()
            .filter(|e| e.second.is_none())
            .find_map(|e| f(e.word))
    }

    /// False when no point in time ([`super::grammar::point`]) or calendar
    /// date ([`super::calendar::calendar`]) can start at this token: it has
    /// no digits, and its entries are all [`Word::Trigger`] of grammar words
    /// those rules do not start with («من»، «قبل»، «بين» …). A cheap test
    /// that spares trying every rule of `point` at the commonest words.
    pub fn may_start_point(&self) -> bool {
        if self.digits.is_some() || self.dotted {
            return true;
        }
        if self.entries.is_empty() {
            return false;
        }
        self.entries
            .iter()
            .any(|e| !matches!(e.word, Word::Trigger))
            || super::grammar::POINT_TRIGGERS.contains(&self.stem())
    }

    /// True when a rule of the grammar may start at this token: it has a
    /// lexicon entry, digits, or is dotted.
    pub fn may_start(&self) -> bool {
        !(self.entries.is_empty() && self.digits.is_none() && !self.dotted)
    }

    /// True when a proclitic و stands before the stem.
    pub fn has_wa(&self) -> bool {
        self.clitic > 0 && self.key.starts_with('و')
    }
}

/// Parses digits with optional proclitics before and an era letter after.
fn digits(key: &str) -> Option<(usize, Digits)> {
    let start = key.find(|c: char| c.is_ascii_digit())?;
    let prefix = &key[..start];
    if !(prefix.is_empty() || ["و", "ب", "ل", "ف", "وب", "ول", "وف", "فب", "فل"].contains(&prefix))
    {
        return None;
    }
    let rest = &key[start..];
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (num, suffix) = rest.split_at(end);
    if num.len() > 9 {
        return None;
    }
    let era = match suffix {
        "" => None,
        "م" | "ميلادي" | "ميلاديه" => Some(false),
        "ه" | "هجري" | "هجريه" => Some(true),
        _ => return None,
    };
    Some((
        start,
        Digits {
            value: num.parse().ok()?,
            len: num.len() as u8,
            era,
        },
    ))
}

/// The three numbers of a dotted date written as one token (`25.12.2015`),
/// in the order written.
pub fn dotted(key: &str) -> Option<[Digits; 3]> {
    let mut parts = key.split('.');
    let mut out = [Digits {
        value: 0,
        len: 0,
        era: None,
    }; 3];
    for slot in &mut out {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = Digits {
            value: p.parse().ok()?,
            len: p.len() as u8,
            era: None,
        };
    }
    parts.next().is_none().then_some(out)
}

/// True when `bytes` holds an ASCII digit; eight bytes at a time.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        // A byte of `y` is below 10 exactly where `x` has a digit (0x30–0x39);
        // the test is exact for "some byte is below 10".
        let y = u64::from_le_bytes(b) ^ (0x30 * ONES);
        if y.wrapping_sub(10 * ONES) & !y & (0x80 * ONES) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// True when an ASCII digit stands where [`digits`] may find the first
/// digit of a number: at byte 0, 2 or 4, after at most two one-letter
/// proclitics of two bytes each. Three byte tests, instead of a scan of
/// every word for a digit.
fn may_start_digits(bytes: &[u8]) -> bool {
    bytes.iter().step_by(2).take(3).any(u8::is_ascii_digit)
}

/// [`may_start_digits`] of `key`, which starts at byte `start` of `text`:
/// the three bytes it reads are tested at once in the eight bytes of
/// `text` from `start`, where there are eight (none of them ASCII, as in
/// a word of Arabic letters: no digit); else, or when one is ASCII
/// (maybe a byte after the token's end), one at a time in `key`.
#[inline(always)]
fn may_start_digits_at(text: &[u8], start: usize, key: &[u8]) -> bool {
    const HIGH: u64 = 0x80_0080_0080;
    let eight = text
        .get(start..start + 8)
        .and_then(|b| b.as_array())
        .map(|b| u64::from_le_bytes(*b));
    if eight.is_some_and(|w| w & HIGH == HIGH) {
        return false;
    }
    may_start_digits(key)
}

/// Builds the token stream of a document.
pub fn stream(doc: &Document) -> Vec<Tok<'_>> {
    stream_with_starts(doc).0
}

/// [`stream`], and the tokens of it where a rule may start
/// ([`Tok::may_start`]), in text order.
pub fn stream_with_starts(doc: &Document) -> (Vec<Tok<'_>>, Vec<usize>) {
    let lex = lexicon();
    let norm = doc.norm();
    let keys = doc.key();
    let tokens = doc.tokens();
    // The union of each token's word classes rules most tokens out at once.
    let classes = doc.token_classes();
    let mut out = Vec::with_capacity(tokens.len());
    let mut starts = Vec::new();
    let mut prev_end = 0;
    let mut prev_sentence = usize::MAX;
    for (i, t) in tokens.iter().enumerate() {
        let key = &keys[t.range.clone()];
        let same_sentence = t.sentence == prev_sentence;
        // Most gaps are one space: tested on the byte, without slicing.
        let spaced = same_sentence
            && t.range.start == prev_end + 1
            && norm.as_bytes().get(prev_end) == Some(&b' ');
        prev_end = t.range.end;
        prev_sentence = t.sentence;
        // The commonest token, a word after one space that is no date word
        // and holds no digits where a number may start, is written at once
        // (no rule starts at it).
        if spaced
            && t.kind == TokenKind::Word
            && classes.get(i).is_some_and(|&c| c & DATE_WORD == 0)
            && !may_start_digits_at(keys.as_bytes(), t.range.start, key.as_bytes())
        {
            out.push(Tok {
                start: t.range.start,
                end: t.range.end,
                sentence: t.sentence,
                key,
                clitic: 0,
                entries: &[],
                digits: None,
                gap: "",
                tight: false,
                dotted: false,
            });
            continue;
        }
        let tok = full_tok(
            doc,
            lex,
            i,
            t,
            key,
            spaced,
            same_sentence,
            prev_gap_start(tokens, i),
        );
        if tok.may_start() {
            starts.push(i);
        }
        out.push(tok);
    }
    (out, starts)
}

/// Where the gap before token `i` starts: the end of the token before it.
#[inline]
fn prev_gap_start(tokens: &[crate::document::Token], i: usize) -> usize {
    i.checked_sub(1).map_or(0, |p| tokens[p].range.end)
}

/// The token `t` (index `i`, key `key`) of the stream, read in full: its
/// gap (`spaced`: one space; `same_sentence`: the token before, which ends
/// at `gap_start`, is in its sentence), digits and lexicon entries.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn full_tok<'a>(
    doc: &'a Document,
    lex: &'static super::lexicon::Lexicon,
    i: usize,
    t: &crate::document::Token,
    key: &'a str,
    spaced: bool,
    same_sentence: bool,
    gap_start: usize,
) -> Tok<'a> {
    let norm = doc.norm();
    let (gap, tight) = if spaced {
        ("", false)
    } else {
        let raw_gap = if same_sentence {
            norm.get(gap_start..t.range.start).unwrap_or(".")
        } else {
            "."
        };
        let gap = if raw_gap == " " { "" } else { raw_gap.trim() };
        (gap, !raw_gap.is_empty() && gap.len() == raw_gap.len())
    };
    let (mut clitic, mut entries, mut dig) = (0, &[][..], None);
    if t.kind == TokenKind::Number || may_start_digits(key.as_bytes()) {
        if let Some((c, d)) = digits(key) {
            clitic = c;
            dig = Some(d);
        }
    } else if doc.token_classes().get(i).is_none_or(|&c| c & DATE_WORD != 0)
        && lex.may_have_entries(doc.token_splits(i))
        // A word with a digit further in is no number (`digits` reads
        // none) and has no entries either.
        && !has_ascii_digit(key.as_bytes())
    {
        (clitic, entries) = lex.lookup(key);
    }
    let dotted = t.kind == TokenKind::Number && key.len() >= 8 && key.contains('.');
    Tok {
        start: t.range.start + clitic,
        end: t.range.end,
        sentence: t.sentence,
        key,
        clitic,
        entries,
        digits: dig,
        gap,
        tight,
        dotted,
    }
}

#[cfg(test)]
mod tests {
    use super::{digits, full_tok, has_ascii_digit, lexicon, may_start_digits, stream};
    use crate::document::Document;

    #[test]
    fn words_written_at_once_are_read_as_in_full() {
        crate::extract::word_class::install();
        crate::extract::word_class::build();
        // Words after one space, after punctuation and at a sentence's start;
        // date words with and without proclitics, numbers, digits after a
        // proclitic, a dotted date, a gap of two spaces.
        let text = "وصل الوفد يوم الخميس 12 مارس 2015م، وفي  رمضان ب2015 ثم 25.12.2015 \
                    وبعد غد. قال الرئيس إن الاجتماع سيعقد الأسبوع المقبل (أمس) - 3/4";
        let doc = Document::new(text.to_string());
        let toks = stream(&doc);
        assert_eq!(toks.len(), doc.tokens().len());
        let lex = lexicon();
        for (i, (got, t)) in toks.iter().zip(doc.tokens()).enumerate() {
            let prev = i.checked_sub(1).map(|p| &doc.tokens()[p]);
            let same = prev.is_some_and(|p| p.sentence == t.sentence);
            let gap_start = prev.map_or(0, |p| p.range.end);
            let spaced =
                same && t.range.start == gap_start + 1 && doc.norm().as_bytes()[gap_start] == b' ';
            let want = full_tok(&doc, lex, i, t, doc.token_key(t), spaced, same, gap_start);
            let fields = |k: &super::Tok<'_>| {
                (
                    k.start,
                    k.end,
                    k.sentence,
                    k.key.to_string(),
                    k.clitic,
                    k.entries.len(),
                    k.digits,
                    k.gap.to_string(),
                    k.tight,
                    k.dotted,
                )
            };
            assert_eq!(fields(got), fields(&want), "token {i} {:?}", got.key);
        }
        // The starts listed are the tokens where a rule may start.
        let (_, starts) = super::stream_with_starts(&doc);
        let want: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].may_start()).collect();
        assert_eq!(starts, want);
        // The text has tokens of both kinds.
        assert!(toks.iter().any(|k| !k.entries.is_empty()));
        assert!(toks.iter().any(|k| k.digits.is_some()));
        assert!(toks.iter().any(|k| k.dotted));
        assert!(toks.iter().any(|k| k.gap == "،"));
    }

    #[test]
    fn digits_start_where_the_word_test_looks() {
        // Every key of the rows below, alone and followed by every tail (a
        // text that ends there, spaces, digits, letters): the eight-byte test
        // answers what the byte test answers about the key.
        let keys = [
            "2016",
            "ب2015",
            "وب2015",
            "وبل2015",
            "كوفيد19",
            "a1",
            "ab1",
            "وزارة",
            "",
            "ف",
            "ف3",
            "و",
            "في",
            "الخميس",
            "x",
            "abcdefgh",
        ];
        let tails = [
            "",
            " ",
            " 2015",
            "12345678",
            "وزارة الخارجية",
            "a",
            " a b c",
        ];
        for key in keys {
            for tail in tails {
                for lead in ["", "س ", "x"] {
                    let text = format!("{lead}{key}{tail}");
                    let start = lead.len();
                    assert_eq!(
                        super::may_start_digits_at(text.as_bytes(), start, key.as_bytes()),
                        may_start_digits(key.as_bytes()),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn digits_start_where_the_cheap_test_looks() {
        let rows: &[(&str, bool)] = &[
            ("2016", true),
            ("2016م", true),
            ("ب2015", true),
            ("وب2015", true),
            ("وبل2015", false),
            ("كوفيد19", false),
            ("a1", false),
            ("ab1", true),
            ("وزارة", false),
            ("", false),
            ("ف", false),
            ("ف3", true),
        ];
        for &(key, want) in rows {
            assert_eq!(may_start_digits(key.as_bytes()), want, "{key}");
        }
        // Wherever `digits` reads a number, the cheap test says it may.
        let pieces = [
            "", "و", "ب", "ف", "ل", "وب", "a", "1", "25", "م", "هـ", "x9", "س",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let key = format!("{a}{b}{c}");
                    if digits(&key).is_some() {
                        assert!(may_start_digits(key.as_bytes()), "{key}");
                    }
                }
            }
        }
    }

    #[test]
    fn digit_test_agrees_with_a_byte_scan() {
        let pieces = [
            "",
            "0",
            "9",
            "/",
            ":",
            "a",
            "ب",
            "٣",
            "2016م",
            "ب2015",
            "وزارة",
            "\u{7f}",
            "\u{ff}",
        ];
        // Every string of up to three pieces, at every alignment.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for pad in 0..9 {
                        let s = format!("{}{a}{b}{c}", "س".repeat(pad) + &"x".repeat(pad % 2));
                        let want = s.bytes().any(|b| b.is_ascii_digit());
                        assert_eq!(has_ascii_digit(s.as_bytes()), want, "{s:?}");
                    }
                }
            }
        }
    }
}
