//! Segmentation of a paragraph into sentences and of a sentence into tokens.

use crate::byte_set::{BLOCK, ByteSet};

/// True for characters that open a quotation.
pub fn is_open_quote(c: char) -> bool {
    matches!(c, '«' | '“' | '„' | '‹')
}

/// True for characters that close a quotation.
pub fn is_close_quote(c: char) -> bool {
    matches!(c, '»' | '”' | '›')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '؟' | '?' | '!' | '…' | '؛')
}

/// Bytes that may locate a character the sentence splitter looks at:
/// . ? ! " ) ] themselves, the lead bytes E2 of … “ ” „ ‹ › and C2 of « »,
/// and the LAST bytes of ؟ ؛ (D8 9F, D8 9B). Arabic letters lead with D8 or
/// D9, so a table of lead bytes would stop at half the letters; these last
/// bytes are rare in Arabic text (those of « », AB and BB, are not: D8 AB is
/// ث).
const MARK_BYTES: ByteSet<10> = ByteSet::new(*b".?!\")]\xE2\xC2\x9F\x9B");

/// The characters of `text` that matter to sentence splitting, with their
/// byte offsets.
fn marks(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        // Whole blocks without a mark byte are passed over at once.
        start = MARK_BYTES.skip_blocks(bytes, start);
        let block = &bytes[start..(start + BLOCK).min(bytes.len())];
        let next = start + block.len();
        for (i, &b) in (start..).zip(block) {
            if !MARK_BYTES.contains(b) {
                continue;
            }
            // The character starts here, or one byte before for a last byte.
            let at = match b {
                0x9B | 0x9F if i > 0 && bytes[i - 1] == 0xD8 => i - 1,
                0x9B | 0x9F => continue,
                _ => i,
            };
            if let Some(c) = text.get(at..).and_then(|t| t.chars().next())
                && (is_terminator(c)
                    || is_open_quote(c)
                    || is_close_quote(c)
                    || matches!(c, '"' | ')' | ']'))
            {
                out.push((at, c));
            }
        }
        start = next;
    }
    out
}

/// Splits one paragraph (no line breaks) into sentence byte ranges, relative
/// to `text`. Sentences end at . ؟ ? ! … ؛ (and runs of them), not inside
/// quotation marks (when the paragraph's marks balance), not inside numbers
/// such as 3.5, and take closing quotes and brackets that follow the
/// terminator. Leading and trailing spaces are trimmed from each range.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let marks = marks(text);
    // At most one sentence a mark, and one more.
    let mut out = Vec::with_capacity(marks.len() + 1);
    if !marks.iter().any(|&(_, c)| is_terminator(c)) {
        push_trimmed(text, 0, text.len(), &mut out);
        return out;
    }
    let bytes = text.as_bytes();
    let respect_quotes = quotes_balance(&marks);
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut straight_open = false;
    let mut k = 0;
    while k < marks.len() {
        let (i, c) = marks[k];
        k += 1;
        if is_open_quote(c) {
            depth += 1;
        } else if is_close_quote(c) {
            depth = (depth - 1).max(0);
        } else if c == '"' {
            straight_open = !straight_open;
        }
        let quoted = respect_quotes && (depth > 0 || straight_open);
        if !is_terminator(c) || quoted {
            continue;
        }
        let between_digits = c == '.'
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if between_digits || (c == '.' && after_initial(text, i)) {
            continue;
        }
        let mut end = i + c.len_utf8();
        // Take the terminators, closing quotes and brackets that follow directly.
        while k < marks.len() && marks[k].0 == end {
            let n = marks[k].1;
            if !(is_terminator(n) || matches!(n, ')' | ']') || is_close_quote(n)) {
                break;
            }
            if is_close_quote(n) {
                depth = (depth - 1).max(0);
            }
            end += n.len_utf8();
            k += 1;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// True when the full stop at byte `i` ends a one-letter abbreviation
/// before a name: «د. محمد» (doctor), «م. القحطاني» (engineer), «أ.د طارق»,
/// «ف.أ» — a lone Arabic letter after a space, a bracket or another initial,
/// with text after it in the paragraph. The Hijri «ه.» and a letter after a
/// number («2015 م.») end sentences.
fn after_initial(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars().rev();
    let Some(letter) = before.next() else {
        return false;
    };
    if !('\u{0621}'..='\u{064A}').contains(&letter) || matches!(letter, 'ه' | 'ـ') {
        return false;
    }
    let lone = match before.next() {
        None => true,
        Some(p) if p.is_whitespace() => !before
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)),
        Some(p) => matches!(p, '(' | '-' | '.' | '،' | ','),
    };
    lone && text[i + 1..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(is_letter)
}

fn quotes_balance(marks: &[(usize, char)]) -> bool {
    let mut depth: i32 = 0;
    let mut straight = 0usize;
    for &(_, c) in marks {
        if is_open_quote(c) {
            depth += 1;
        } else if is_close_quote(c) {
            depth -= 1;
            if depth < 0 {
                return false;
            }
        } else if c == '"' {
            straight += 1;
        }
    }
    depth == 0 && straight.is_multiple_of(2)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

/// Kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word (letters, possibly with digits).
    Word,
    /// A number (digits, with . or , inside).
    Number,
}

/// True for letters, with a fast path for ASCII and the Arabic letters (the
/// general Unicode lookup is slow for non-Latin scripts).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        '\0'..='\u{7F}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0660}'..='\u{0669}' => false,
        // Quotation marks, NBSP and the General Punctuation block (dashes,
        // “ ” •): no letters, told without the Unicode tables.
        '\u{00A0}' | '\u{00AB}' | '\u{00BB}' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// True for characters that make up words: letters, digits and combining
/// marks (diacritics, when normalization keeps them).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
            true
        }
        '\0'..='\u{7F}' | '\u{060C}' | '\u{061B}' | '\u{061F}' => false,
        // As in `is_letter`: no letter, digit or mark among these.
        '\u{00A0}' | '\u{00AB}' | '\u{00BB}' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// [`char::is_numeric`], told at once for ASCII and the Arabic letters (the
/// commonest character before a full stop or comma; the Unicode table look-up
/// cost some 110 instructions).
#[inline(always)]
fn is_numeric(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\0'..='\u{7F}' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => false,
        _ => c.is_numeric(),
    }
}

/// [`char::is_alphabetic`], told at once for ASCII and the Arabic letters.
#[inline(always)]
fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        '\0'..='\u{7F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Splits `text` into word and number tokens, returning byte ranges relative
/// to `text`. A token is a run of letters, digits and combining marks; a `.`,
/// `,` or `٫` between two digits stays inside a number (3.5, 1,000), and an
/// apostrophe between two letters inside a word (O'Brien), as in the Unicode
/// word-boundary rules (UAX #29), of which this is a fast subset for the
/// characters news text uses (`tests/tokens_uax29.rs` checks the two agree on
/// the fixture articles). Unlike UAX #29, an underscore separates words, so
/// that the words of a hashtag (#تحرش_بفتاتين_بجدة) are tokens. Punctuation and
/// spaces are not tokens.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Iterator returned by [`tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

/// The character at byte `pos` of `text` (a char boundary), whether it is a
/// word character, and whether it is a letter; fast for ASCII and Arabic.
#[inline(always)]
fn classify(text: &str, pos: usize) -> Option<(char, bool, bool)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(pos)?;
    if b < 0x80 {
        let c = char::from(b);
        let letter = c.is_ascii_alphabetic();
        return Some((c, letter || c.is_ascii_digit(), letter));
    }
    if let Some(&b1) = bytes.get(pos + 1) {
        // U+0621–U+063A is D8 A1–D8 BA; U+0641–U+064A is D9 81–D9 8A.
        if (b == 0xD8 && (0xA1..=0xBA).contains(&b1)) || (b == 0xD9 && (0x81..=0x8A).contains(&b1))
        {
            let code = ((u32::from(b) & 0x1F) << 6) | (u32::from(b1) & 0x3F);
            return char::from_u32(code).map(|c| (c, true, true));
        }
    }
    let c = text.get(pos..)?.chars().next()?;
    Some((c, is_word_char(c), is_letter(c)))
}

/// The Arabic letters by the low six bits of their second byte: D8 A1–D8 BA
/// (U+0621–U+063A) in the first word, D9 81–D9 8A (U+0641–U+064A) in the
/// second.
const ARABIC_LETTERS: [u64; 2] = [
    ((1u64 << 0x3B) - 1) & !((1u64 << 0x21) - 1),
    ((1u64 << 0x0B) - 1) & !((1u64 << 0x01) - 1),
];

/// True when `b0 b1` encode an Arabic letter U+0621–U+063A or U+0641–U+064A
/// (D8 A1–D8 BA, D9 81–D9 8A); `b0` starts a character of a `str`, so after
/// D8 or D9 comes a continuation byte. A bit set instead of comparisons by
/// lead byte: letters led by D8 and D9 alternate in no predictable order,
/// and a branch on the lead byte was mispredicted at about every letter.
#[inline(always)]
fn is_arabic_letter(b0: u8, b1: u8) -> bool {
    b0 & 0xFE == 0xD8 && (ARABIC_LETTERS[usize::from(b0 & 1)] >> (b1 & 0x3F)) & 1 != 0
}

/// The Arabic letters by their two bytes read as one little-endian `u16`
/// `w`: bit `w % 64` of word `w / 64` (one load a letter, no test of the
/// first byte apart).
const ARABIC_PAIRS: [u64; 1024] = crate::normalize::letter_pairs(ARABIC_LETTERS);

/// The end of the run of Arabic letters that starts at byte `pos`.
#[inline(always)]
fn arabic_run_end(bytes: &[u8], mut pos: usize) -> usize {
    // Eight letters a step while sixteen bytes are left (most words end
    // inside the first block), then two at a time.
    while let Some(block) = bytes.get(pos..pos + 16).and_then(|b| b.as_array()) {
        let stop = !arabic_pairs16(block) & 0x5555;
        if stop != 0 {
            return pos + stop.trailing_zeros() as usize;
        }
        pos += 16;
    }
    arabic_run_end_pairs(bytes, pos)
}

/// Bit `k` (`k` even) set when bytes `k` and `k + 1` of `block` encode an
/// Arabic letter ([`is_arabic_letter`]: D8 A1–D8 BA or D9 81–D9 8A), for
/// the eight pairs at once with SSE2 (part of every x86-64 processor):
/// byte comparisons tell the lead bytes D8 and D9 and the second bytes of
/// either range, and `movemask` gathers their bits. (Odd bits are noise.)
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn arabic_pairs16(block: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_set1_epi8,
    };
    // SAFETY: SSE2 is part of the x86-64 instruction set; `block` is 16
    // readable bytes, which an unaligned load reads.
    let (lead, d8, high, low) = unsafe {
        let x = _mm_loadu_si128(block.as_ptr().cast::<__m128i>());
        let lead = _mm_cmpeq_epi8(
            _mm_and_si128(x, _mm_set1_epi8(0xFEu8 as i8)),
            _mm_set1_epi8(0xD8u8 as i8),
        );
        let d8 = _mm_cmpeq_epi8(x, _mm_set1_epi8(0xD8u8 as i8));
        // Signed: A1..=BA is -95..=-70, 81..=8A is -127..=-118; ASCII bytes
        // are positive and lead bytes C0 and above -64 or more, in neither.
        let high = _mm_and_si128(
            _mm_cmpgt_epi8(x, _mm_set1_epi8(0xA0u8 as i8)),
            _mm_cmpgt_epi8(_mm_set1_epi8(0xBBu8 as i8), x),
        );
        let low = _mm_and_si128(
            _mm_cmpgt_epi8(x, _mm_set1_epi8(0x80u8 as i8)),
            _mm_cmpgt_epi8(_mm_set1_epi8(0x8Bu8 as i8), x),
        );
        (
            _mm_movemask_epi8(lead) as u32,
            _mm_movemask_epi8(d8) as u32,
            _mm_movemask_epi8(high) as u32,
            _mm_movemask_epi8(low) as u32,
        )
    };
    lead & ((d8 & (high >> 1)) | (!d8 & (low >> 1)))
}

/// [`arabic_pairs16`] a pair at a time.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn arabic_pairs16(block: &[u8; 16]) -> u32 {
    let mut bits = 0;
    for k in (0..16).step_by(2) {
        if is_arabic_pair([block[k], block[k + 1]]) {
            bits |= 1 << k;
        }
    }
    bits
}

/// [`arabic_run_end`] two letters a step.
#[inline(always)]
fn arabic_run_end_pairs(bytes: &[u8], mut pos: usize) -> usize {
    // Two letters a step (four bytes read at once, one test of the loop
    // and one of the bounds for both), then the last one.
    while let Some(&quad) = bytes.get(pos..pos + 4).and_then(|q| q.as_array()) {
        // One load of the four bytes; each letter's two, as the little-endian
        // `u16` the table is indexed by, are half of it.
        let q = u32::from_le_bytes(quad);
        if !is_arabic_word(q as u16) {
            return pos;
        }
        if !is_arabic_word((q >> 16) as u16) {
            return pos + 2;
        }
        pos += 4;
    }
    if let Some(&[b0, b1]) = bytes.get(pos..pos + 2).and_then(|p| p.as_array())
        && is_arabic_pair([b0, b1])
    {
        pos += 2;
    }
    pos
}

/// True when the two bytes `pair` encode an Arabic letter ([`ARABIC_PAIRS`]).
#[inline(always)]
fn is_arabic_pair(pair: [u8; 2]) -> bool {
    is_arabic_word(u16::from_le_bytes(pair))
}

/// [`is_arabic_pair`] of the two bytes read as a little-endian `u16`.
#[inline(always)]
fn is_arabic_word(w: u16) -> bool {
    let w = usize::from(w);
    (ARABIC_PAIRS[w / 64] >> (w % 64)) & 1 != 0
}

/// True for an ASCII byte that ends a word wherever it stands: a space or a
/// punctuation mark other than the `.` `,` `'` that may join two digits or
/// two letters (the commonest end of a word, told without decoding it).
#[inline(always)]
fn ends_word(b: u8) -> bool {
    BYTE_KINDS[usize::from(b)] & ENDS_WORD != 0
}

/// [`BYTE_KINDS`] bit: an ASCII byte that is no letter or digit (a space or
/// a mark), which never starts a word.
const SEPARATOR: u8 = 1;
/// [`BYTE_KINDS`] bit: [`ends_word`].
const ENDS_WORD: u8 = 2;

/// The kinds of every byte: one load tells them, instead of the range
/// comparisons of `is_ascii_alphanumeric` and a `match`.
const BYTE_KINDS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x80 {
        let byte = b as u8;
        if !byte.is_ascii_alphanumeric() {
            t[b] = SEPARATOR;
            if !matches!(byte, b'.' | b',' | b'\'') {
                t[b] |= ENDS_WORD;
            }
        }
        b += 1;
    }
    t
};

impl Iterator for Tokens<'_> {
    type Item = (usize, usize, TokenKind);

    // Inlined into the document's segmentation loop, its one caller on the
    // hot path: no call and register saves for every token.
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = self.pos;
        let mut first = None;
        while let Some(&b) = bytes.get(pos) {
            // Spaces and ASCII punctuation, the most common separators.
            if BYTE_KINDS[usize::from(b)] & SEPARATOR != 0 {
                pos += 1;
                continue;
            }
            // An Arabic letter, the most common first character.
            if let Some(&b1) = bytes.get(pos + 1)
                && is_arabic_letter(b, b1)
            {
                first = Some(('ا', true));
                break;
            }
            let Some((c, word, letter)) = classify(text, pos) else {
                break;
            };
            if word {
                first = Some((c, letter));
                break;
            }
            pos += c.len_utf8();
        }
        let Some((c0, letter0)) = first else {
            self.pos = text.len();
            return None;
        };
        let start = pos;
        let mut any_alpha = letter0;
        let mut prev = c0;
        // (An Arabic first letter stands as «ا»: two bytes, alphabetic.)
        pos += c0.len_utf8();
        let mut end = pos;
        loop {
            // Most of a word is Arabic letters: skip them two bytes at a time.
            let run_end = arabic_run_end(bytes, pos);
            if run_end > pos {
                any_alpha = true;
                pos = run_end;
                end = pos;
                // An Arabic letter: alphabetic, not numeric, as `prev` is read.
                prev = 'ا';
            }
            if bytes.get(pos).is_some_and(|&b| ends_word(b)) {
                break;
            }
            let Some((c, word, letter)) = classify(text, pos) else {
                break;
            };
            if word {
                any_alpha |= letter;
                pos += c.len_utf8();
                end = pos;
                prev = c;
                continue;
            }
            let next = || classify(text, pos + c.len_utf8()).map(|(n, _, _)| n);
            let joins = match c {
                '.' | ',' | '٫' | '٬' => is_numeric(prev) && next().is_some_and(char::is_numeric),
                '\'' | '’' => is_alphabetic(prev) && next().is_some_and(char::is_alphabetic),
                _ => false,
            };
            if !joins {
                break;
            }
            prev = c;
            pos += c.len_utf8();
        }
        self.pos = end;
        let kind = if any_alpha {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
        Some((start, end, kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letter_bits_agree_with_the_ranges() {
        // Every lead byte, and every byte that may follow it in a str (any
        // byte after ASCII, a continuation byte after D8 or D9).
        for b0 in 0..=255u8 {
            for b1 in 0..=255u8 {
                if matches!(b0, 0xD8 | 0xD9) && !(0x80..=0xBF).contains(&b1) {
                    continue;
                }
                let want = (b0 == 0xD8 && (0xA1..=0xBA).contains(&b1))
                    || (b0 == 0xD9 && (0x81..=0x8A).contains(&b1));
                assert_eq!(is_arabic_letter(b0, b1), want, "{b0:02X} {b1:02X}");
            }
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn sentence_table() {
        let rows: &[(&str, &[&str])] = &[
            ("قال. ثم ذهب.", &["قال.", "ثم ذهب."]),
            ("هل جاء؟ نعم!", &["هل جاء؟", "نعم!"]),
            ("ارتفع 3.5 في المئة.", &["ارتفع 3.5 في المئة."]),
            ("وقال “جاء. وذهب.” ثم مضى.", &["وقال “جاء. وذهب.” ثم مضى."]),
            ("وقال «جاء. وذهب.» ثم مضى.", &["وقال «جاء. وذهب.» ثم مضى."]),
            (
                "قال “جاء. وذهب. ثم مضى.",
                &["قال “جاء.", "وذهب.", "ثم مضى."],
            ),
            ("انتهى... ثم بدأ", &["انتهى...", "ثم بدأ"]),
            ("  ", &[]),
            ("بلا نهاية", &["بلا نهاية"]),
            // One-letter abbreviations before a name.
            (
                "وقال اللواء د. محمد السعدان إن الأمر تم.",
                &["وقال اللواء د. محمد السعدان إن الأمر تم."],
            ),
            (
                "وأضاف م.القحطاني أن القرار صدر.",
                &["وأضاف م.القحطاني أن القرار صدر."],
            ),
            ("وقال أ.د طارق الحبيب إن", &["وقال أ.د طارق الحبيب إن"]),
            // Not an initial: the Hijri year, a letter after a number, a word.
            ("منذ 1375 ه. رفض ذلك.", &["منذ 1375 ه.", "رفض ذلك."]),
            ("في عام 2015 م. ثم عاد.", &["في عام 2015 م.", "ثم عاد."]),
            ("قال لي. ثم ذهب.", &["قال لي.", "ثم ذهب."]),
            ("انتهى الأمر د.", &["انتهى الأمر د."]),
        ];
        for (text, want) in rows {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn letter_runs_of_every_length_end_where_a_pair_at_a_time_ends() {
        // Runs of 0 to 11 letters, then a word end of every kind, at both
        // alignments of the four-byte steps, and the run cut at its end.
        for n in 0..12 {
            for end in ["", " ", "،", "ة", "ـ", "a", "\u{64B}"] {
                for lead in ["", "x"] {
                    let text = format!(
                        "{lead}{}{end}بب",
                        "بت".repeat(n).chars().take(n).collect::<String>()
                    );
                    let bytes = text.as_bytes();
                    let mut want = lead.len();
                    while want + 1 < bytes.len() && is_arabic_letter(bytes[want], bytes[want + 1]) {
                        want += 2;
                    }
                    assert_eq!(arabic_run_end(bytes, lead.len()), want, "{text:?}");
                    let cut = &bytes[..lead.len() + 2 * n];
                    assert_eq!(arabic_run_end(cut, lead.len()), cut.len(), "{text:?} cut");
                }
            }
        }
    }

    #[test]
    fn sixteen_byte_blocks_agree_with_a_pair_at_a_time() {
        // Every two-byte pair a str may hold, at each even place of a block
        // of letters (and of a block of ASCII), with the run's end from a
        // pair at a time as the reference; blocks cut short too.
        for w in 0..=u16::MAX {
            let [b0, b1] = w.to_le_bytes();
            if (0xC2..=0xDF).contains(&b0) && !(0x80..=0xBF).contains(&b1) {
                continue;
            }
            for filler in [[0xD8u8, 0xA8], [0xD9, 0x84], [b'a', b'b']] {
                for at in (0..18).step_by(2) {
                    let mut bytes: Vec<u8> = filler.repeat(10);
                    bytes[at] = b0;
                    bytes[at + 1] = b1;
                    for len in [bytes.len(), 16, at + 2] {
                        let cut = &bytes[..len];
                        for start in [0, 2] {
                            assert_eq!(
                                arabic_run_end(cut, start),
                                arabic_run_end_pairs(cut, start),
                                "{b0:02X} {b1:02X} at {at} of {len} from {start}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn fast_character_tests_agree_with_the_unicode_tables() {
        // Every code point of the BMP's first blocks and the General
        // Punctuation block: the fast arms answer as the tables do.
        for c in ('\0'..='\u{0800}').chain('\u{1FF0}'..='\u{2100}') {
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            let letter = match c {
                'a'..='z' | 'A'..='Z' => true,
                '\0'..='\u{7F}'
                | '\u{060C}'
                | '\u{061B}'
                | '\u{061F}'
                | '\u{0660}'..='\u{0669}' => false,
                _ => c.is_alphabetic(),
            };
            assert_eq!(is_letter(c), letter, "{c:?}");
            let word = c.is_ascii_alphanumeric()
                || (!c.is_ascii()
                    && !matches!(c, '\u{060C}' | '\u{061B}' | '\u{061F}')
                    && (c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)));
            assert_eq!(is_word_char(c), word, "{c:?}");
        }
    }

    #[test]
    fn arabic_pairs_agree_with_the_letter_bits() {
        for w in 0..=u16::MAX {
            let [b0, b1] = w.to_le_bytes();
            // A continuation byte follows a lead byte of two in UTF-8.
            if (0xC2..=0xDF).contains(&b0) && !(0x80..=0xBF).contains(&b1) {
                continue;
            }
            let bytes = [b0, b1];
            let want = if is_arabic_letter(b0, b1) { 2 } else { 0 };
            assert_eq!(arabic_run_end(&bytes, 0), want, "{b0:02X} {b1:02X}");
        }
        let word = "بالمدينة";
        assert_eq!(arabic_run_end(word.as_bytes(), 2), word.len());
        assert_eq!(arabic_run_end("ab".as_bytes(), 2), 2);
    }

    #[test]
    fn byte_kinds_agree_with_the_byte_tests() {
        for b in 0..=255u8 {
            let separator = b < 0x80 && !b.is_ascii_alphanumeric();
            assert_eq!(
                BYTE_KINDS[usize::from(b)] & SEPARATOR != 0,
                separator,
                "{b:02X}"
            );
            assert_eq!(
                ends_word(b),
                separator && !matches!(b, b'.' | b',' | b'\''),
                "{b:02X}"
            );
        }
    }

    #[test]
    fn ends_word_table() {
        let rows: &[(u8, bool)] = &[
            (b' ', true),
            (b'\n', true),
            (b'-', true),
            (b'_', true),
            (b'"', true),
            (b':', true),
            (b'.', false),
            (b',', false),
            (b'\'', false),
            (b'a', false),
            (b'Z', false),
            (b'7', false),
            (0xD8, false),
            (0x80, false),
        ];
        for &(b, want) in rows {
            assert_eq!(ends_word(b), want, "{b:02X}");
        }
        // A token never goes on past such a byte.
        for b in 0..0x80u8 {
            if ends_word(b) {
                let text = format!("كلمة{}ثانية", char::from(b));
                let first = tokens(&text).next().map(|(s, e, _)| &text[s..e]);
                assert_eq!(first, Some("كلمة"), "{b:02X}");
            }
        }
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for code in 0..0x3000u32 {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "U+{code:04X}");
                let slow = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
                assert_eq!(is_word_char(c), slow, "U+{code:04X}");
            }
        }
    }

    #[test]
    fn block_test_agrees_with_the_table() {
        for v in 0..=255u8 {
            for k in [0, 7, 31] {
                let mut block = [b'a'; BLOCK];
                block[k] = v;
                assert_eq!(
                    MARK_BYTES.in_block(&block),
                    MARK_BYTES.contains(v),
                    "{v:02X} at {k}"
                );
            }
        }
    }

    #[test]
    fn marks_agree_with_a_scan_of_every_character() {
        // (With characters that share a byte with a mark: ث D8 AB, the
        // no-break space C2 A0, ¬ C2 AC.)
        let base = "قال: «جاء؛ وذهب؟» ثم “مضى…” (نعم!) [لا] \"هذا\" ‟ ٫ ػ ڛ ‹›„ 3.5? x.\u{A0}¬ثث";
        // At every alignment to the blocks the search skips (a mark's
        // bytes across two blocks too).
        for pad in 0..=BLOCK {
            let text = format!("{}{base}", "x".repeat(pad));
            let want: Vec<(usize, char)> = text
                .char_indices()
                .filter(|&(_, c)| {
                    is_terminator(c)
                        || is_open_quote(c)
                        || is_close_quote(c)
                        || matches!(c, '"' | ')' | ']')
                })
                .collect();
            assert_eq!(marks(&text), want, "{pad}");
            assert_eq!(want.len(), 18);
        }
    }

    /// The tokenizer one character at a time, as the rules above state it.
    fn reference_tokens(text: &str) -> Vec<(usize, usize, TokenKind)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !is_word_char(chars[k].1) {
                k += 1;
                continue;
            }
            let start = chars[k].0;
            let (mut any_alpha, mut end, mut j) = (false, k, k);
            while j < chars.len() {
                let c = chars[j].1;
                if is_word_char(c) {
                    any_alpha |= is_letter(c);
                    end = j;
                    j += 1;
                    continue;
                }
                let prev = chars[j - 1].1;
                let next = chars.get(j + 1).map(|&(_, n)| n);
                let joins = match c {
                    '.' | ',' | '٫' | '٬' => {
                        prev.is_numeric() && next.is_some_and(char::is_numeric)
                    }
                    '\'' | '’' => prev.is_alphabetic() && next.is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let stop = chars[end].0 + chars[end].1.len_utf8();
            let kind = if any_alpha {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            out.push((start, stop, kind));
            k = end + 1;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn tokens_agree_with_the_reference(picks in proptest::collection::vec(0usize..20, 0..80)) {
            const ALPHABET: [&str; 20] = [
                "ا", "ي", "ء", "غ", "ف", "\u{064E}", "ـ", "٣", "3", "a", " ", ".", ",", "'",
                "’", "،", "é", "😀", "\u{0301}", "_",
            ];
            let text: String = picks.iter().map(|&p| ALPHABET[p]).collect();
            let got: Vec<_> = tokens(&text).collect();
            proptest::prop_assert_eq!(got, reference_tokens(&text));
        }
    }

    #[test]
    fn token_table() {
        let text = "قال، في 27 شباط/فبراير: 3.5% 1,000 O'Brien ت._x";
        let got: Vec<(&str, TokenKind)> = tokens(text).map(|(s, e, k)| (&text[s..e], k)).collect();
        assert_eq!(
            got,
            vec![
                ("قال", TokenKind::Word),
                ("في", TokenKind::Word),
                ("27", TokenKind::Number),
                ("شباط", TokenKind::Word),
                ("فبراير", TokenKind::Word),
                ("3.5", TokenKind::Number),
                ("1,000", TokenKind::Number),
                ("O'Brien", TokenKind::Word),
                ("ت", TokenKind::Word),
                ("x", TokenKind::Word),
            ]
        );
    }
}
