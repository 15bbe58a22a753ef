//! The compact map from normalized bytes back to original code points.
//!
//! Most normalized characters come from one original code point each, the
//! one after that of the character before them. Only where that fails (a
//! removed diacritic or invisible before the character, a CR LF pair, a
//! presentation form split into several letters) and every [`STRIDE`] bytes
//! does the map keep a mark: the byte where the character starts and its
//! original code point. The code point of any byte is that of the mark
//! before it plus the characters in between, which a bit set of the
//! characters that start in the 64 bytes from each mark counts at once. This
//! costs 16 bytes per [`STRIDE`] bytes of text where a per-byte table cost
//! four bytes per byte, and building it costs next to nothing for the runs of
//! characters normalization keeps as they are.

/// Most bytes between two marks, less the rest of a character that
/// straddles the limit: a mark's 64-bit set covers its whole stretch.
const STRIDE: u32 = 60;

/// The code point of a mark that [`OffsetMap::finish`] has yet to count.
const FOLLOWS: u32 = u32::MAX;

/// Marks of normalized bytes and their original code points (see the
/// module documentation).
#[derive(Clone, Debug, Default)]
pub(super) struct OffsetMap {
    /// (byte offset of a normalized character, its original code point), in
    /// text order; the first character of the text always has one.
    marks: Vec<(u32, u32)>,
    /// For each mark, bit `k` set when a character starts `k` bytes after it.
    starts: Vec<u64>,
    /// The code point the next character has when it follows on.
    next: u32,
}

/// True for the first byte of a UTF-8 character (not a continuation byte).
#[inline]
fn is_lead(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// Bit `k` of the result set when byte `k` of the eight in `x` (little
/// endian) starts a character.
#[inline]
fn lead_byte_bits(x: u64) -> u64 {
    // Bit 7 of each byte: set unless the byte is 10xxxxxx.
    let lead = (!x | (x << 1)) & 0x8080_8080_8080_8080;
    // Gather the eight bit 7s into one byte, byte k to bit k.
    ((lead >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit `k` set when a character starts at `bytes[k]` (the first 64 bytes).
pub(super) fn lead_bits(bytes: &[u8]) -> u64 {
    let mut bits = 0u64;
    let mut chunks = bytes.chunks_exact(8);
    for (w, chunk) in (&mut chunks).take(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        bits |= lead_byte_bits(u64::from_le_bytes(word)) << (8 * w);
    }
    let full = bytes.len() / 8;
    let rest = chunks.remainder();
    if full < 8 && !rest.is_empty() {
        let mut word = [0x80u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        bits |= lead_byte_bits(u64::from_le_bytes(word)) << (8 * full);
    }
    bits
}

/// [`lead_bits`] of a whole block of 64 bytes, 16 bytes a step with SSE2
/// (part of every x86-64 processor): a signed comparison tells the bytes
/// that are no continuation byte (10xxxxxx, -64 and below as `i8`), and
/// `movemask` gathers their bits. About a quarter of the instructions of
/// [`lead_bits`], which builds the bits eight bytes at a time.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(super) fn lead_bits64(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    let mut bits = 0u64;
    for (k, part) in block.as_chunks::<16>().0.iter().enumerate() {
        // SAFETY: SSE2 is part of the x86-64 instruction set; `part` is 16
        // readable bytes, which an unaligned load reads.
        let lead = unsafe {
            let x = _mm_loadu_si128(part.as_ptr().cast::<__m128i>());
            _mm_movemask_epi8(_mm_cmpgt_epi8(x, _mm_set1_epi8(-0x41)))
        };
        bits |= u64::from(lead as u16) << (16 * k);
    }
    bits
}

/// [`lead_bits`] of a whole block of 64 bytes.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub(super) fn lead_bits64(block: &[u8; 64]) -> u64 {
    lead_bits(block)
}

/// Bit `i % 64` of word `i / 64` set when a character starts at
/// `bytes[i]`: [`lead_bits`] of every 64 bytes, in one pass over the text.
fn lead_bitmap(bytes: &[u8]) -> Vec<u64> {
    let mut out = Vec::with_capacity(bytes.len() / 64 + 1);
    let (blocks, rest) = bytes.as_chunks::<64>();
    out.extend(blocks.iter().map(lead_bits64));
    if !rest.is_empty() {
        out.push(lead_bits(rest));
    }
    out
}

/// [`lead_bits`] of the bytes from `from` on, read from their
/// [`lead_bitmap`] `map` (two words shifted together).
fn lead_bits_from(map: &[u64], from: usize) -> u64 {
    let (w, shift) = (from / 64, from % 64);
    let low = map.get(w).map_or(0, |&x| x >> shift);
    if shift == 0 {
        return low;
    }
    low | map.get(w + 1).map_or(0, |&x| x << (64 - shift))
}

/// `SELECT_IN_BYTE[b][r]`: the position of the set bit of byte `b` that
/// has `r` set bits below it (0 past the last).
pub(super) static SELECT_IN_BYTE: [[u8; 8]; 256] = {
    let mut table = [[0u8; 8]; 256];
    let mut b = 0;
    while b < 256 {
        let mut r = 0;
        let mut bit = 0;
        while bit < 8 {
            if b >> bit & 1 == 1 {
                table[b][r] = bit as u8;
                r += 1;
            }
            bit += 1;
        }
        b += 1;
    }
    table
};

/// The position of the set bit of `bits` that has `k` set bits below it.
///
/// Without branches over the bytes: the set bits of every byte counted at
/// once, their running sums made by one multiplication, the byte that
/// holds the bit found by comparing all eight sums with `k` at once, and
/// the bit in that byte read from [`SELECT_IN_BYTE`]. (The build targets
/// every x86-64 processor, without a `popcnt` instruction: a loop over the
/// bytes counted each with several instructions.)
fn select(bits: u64, k: u32) -> Option<u32> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if k >= 64 {
        return None;
    }
    // Set bits of each byte, then byte i: those of bytes 0 to i.
    let mut s = bits - ((bits >> 1) & 0x5555_5555_5555_5555);
    s = (s & 0x3333_3333_3333_3333) + ((s >> 2) & 0x3333_3333_3333_3333);
    s = (s + (s >> 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    let sums = s.wrapping_mul(ONES);
    // High bit of byte i set when the running sum to byte i is `k` or less
    // (no borrow crosses a byte: 0x80 + k is above any sum, at most 64):
    // the bytes before the one that holds the bit, `n` of them.
    let le = (((u64::from(k) * ONES) | HIGH) - sums) & HIGH;
    let n = ((le >> 7).wrapping_mul(ONES) >> 56) as u32;
    if n >= 8 {
        return None;
    }
    let before = if n == 0 {
        0
    } else {
        ((sums >> (8 * (n - 1))) & 0xFF) as u32
    };
    let byte = ((bits >> (8 * n)) & 0xFF) as usize;
    Some(8 * n + u32::from(SELECT_IN_BYTE[byte][(k - before) as usize]))
}

/// Pushes `base` plus the position of the set bits of `bits` that have
/// `skip`, `skip + step`, `skip + 2 × step` … set bits below them, and gives
/// the `skip` of the next word: [`select`] with the running sums of the
/// bytes' bits made once for the word.
#[inline(always)]
pub(super) fn every_step(bits: u64, skip: u32, step: u32, base: u32, out: &mut Vec<u32>) -> u32 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut s = bits - ((bits >> 1) & 0x5555_5555_5555_5555);
    s = (s & 0x3333_3333_3333_3333) + ((s >> 2) & 0x3333_3333_3333_3333);
    s = (s + (s >> 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    let sums = s.wrapping_mul(ONES);
    let count = (sums >> 56) as u32;
    let mut k = skip;
    while k < count {
        // As in `select`: the bytes whose running sum is `k` or less come
        // before the one that holds bit `k` (k < count <= 64: no borrow).
        let le = (((u64::from(k) * ONES) | HIGH) - sums) & HIGH;
        let n = ((le >> 7).wrapping_mul(ONES) >> 56) as u32;
        let before = if n == 0 {
            0
        } else {
            ((sums >> (8 * (n - 1))) & 0xFF) as u32
        };
        let byte = ((bits >> (8 * n)) & 0xFF) as usize;
        let r = ((k - before) & 7) as usize;
        out.push(base + 8 * n + u32::from(SELECT_IN_BYTE[byte][r]));
        k += step;
    }
    k - count
}

impl OffsetMap {
    /// A map for a text of about `len` bytes.
    pub(super) fn with_capacity(len: usize) -> OffsetMap {
        OffsetMap {
            marks: Vec::with_capacity(len / STRIDE as usize + 16),
            starts: Vec::new(),
            next: u32::MAX,
        }
    }

    /// Records one character at normalized byte `byte` from original code
    /// point `orig`.
    #[inline]
    pub(super) fn char_at(&mut self, byte: u32, orig: u32) {
        let far = self.marks.last().is_none_or(|m| byte - m.0 >= STRIDE);
        if orig != self.next || far {
            self.marks.push((byte, orig));
        }
        self.next = orig + 1;
    }

    /// Records `run`, text kept as it is, at normalized byte `byte`: its
    /// `chars` characters come from consecutive code points from `orig` on.
    pub(super) fn run(&mut self, run: &[u8], byte: u32, orig: u32, chars: u32) {
        if run.is_empty() {
            return;
        }
        self.char_at(byte, orig);
        // Marks every STRIDE bytes inside a long run, at character starts;
        // their code points follow from the mark before, counted by
        // [`OffsetMap::finish`] (FOLLOWS until then).
        let end = byte as usize + run.len();
        loop {
            let last = self.marks.last().map_or(0, |m| m.0) as usize;
            let mut b = (last + STRIDE as usize).max(byte as usize) - byte as usize;
            if byte as usize + b >= end {
                break;
            }
            while b < run.len() && !is_lead(run[b]) {
                b += 1;
            }
            if b >= run.len() {
                break;
            }
            self.marks.push(((byte as usize + b) as u32, FOLLOWS));
        }
        self.next = orig + chars;
    }

    /// Completes the map once `text`, the whole normalized text, is written.
    pub(super) fn finish(&mut self, text: &[u8]) {
        // The character starts of the whole text first, eight bytes a step
        // (the 64 bytes from each mark, every 60 bytes or less, read them
        // all and some twice).
        let map = lead_bitmap(text);
        self.starts = Vec::with_capacity(self.marks.len());
        let mut before: Option<((u32, u32), u64)> = None;
        for mark in &mut self.marks {
            if mark.1 == FOLLOWS
                && let Some(((b, o), bits)) = before
            {
                // The characters that start between the two marks.
                let n = (bits & ((1u64 << (mark.0 - b)) - 1)).count_ones();
                mark.1 = o + n;
            }
            let bits = lead_bits_from(&map, mark.0 as usize);
            self.starts.push(bits);
            before = Some((*mark, bits));
        }
    }

    /// The index of the mark at or before byte `pos`; from mark `near` on
    /// when that one is at or before `pos` (a few steps for a nearby byte),
    /// else by a binary search.
    #[inline]
    fn mark_index(&self, pos: usize, near: Option<usize>) -> Option<usize> {
        let at_or_before = |j: usize| self.marks.get(j).is_some_and(|m| m.0 as usize <= pos);
        if let Some(mut j) = near.filter(|&j| at_or_before(j)) {
            for _ in 0..4 {
                if !at_or_before(j + 1) {
                    return Some(j);
                }
                j += 1;
            }
        }
        self.marks
            .partition_point(|m| m.0 as usize <= pos)
            .checked_sub(1)
    }

    /// The original code point of the character holding byte `pos` of the
    /// text (`pos < text.len()`), and the index of the mark it was counted
    /// from (a `near` hint for a later byte).
    pub(super) fn orig_at(&self, pos: usize, near: Option<usize>) -> (u32, Option<usize>) {
        let Some(j) = self.mark_index(pos, near) else {
            return (0, None);
        };
        let (Some(&(b, o)), Some(&bits)) = (self.marks.get(j), self.starts.get(j)) else {
            return (0, None);
        };
        let off = pos - b as usize;
        let upto = if off >= 63 {
            u64::MAX
        } else {
            (1u64 << (off + 1)) - 1
        };
        ((o + (bits & upto).count_ones()).saturating_sub(1), Some(j))
    }

    /// The first byte of the text (`len` bytes) whose original code point is
    /// `orig` or more, `len` when there is none.
    #[cfg(test)]
    pub(super) fn first_byte_from(&self, len: usize, orig: u32) -> usize {
        let j = self.marks.partition_point(|m| m.1 < orig);
        self.first_byte_after(len, orig, j)
    }

    /// [`OffsetMap::first_byte_from`] of `start` and of `end`: the search
    /// for `end` goes on from the mark found for `start`, a step or two for
    /// a short span (a mention), instead of a second binary search over all
    /// the marks.
    pub(super) fn first_bytes_from(&self, len: usize, start: u32, end: u32) -> (usize, usize) {
        let j = self.marks.partition_point(|m| m.1 < start);
        let k = if end >= start {
            let rest = &self.marks[j..];
            let mut k = 0;
            while k < 4 && rest.get(k).is_some_and(|m| m.1 < end) {
                k += 1;
            }
            if k == 4 {
                k += rest[4..].partition_point(|m| m.1 < end);
            }
            j + k
        } else {
            self.marks.partition_point(|m| m.1 < end)
        };
        (
            self.first_byte_after(len, start, j),
            self.first_byte_after(len, end, k),
        )
    }

    /// [`OffsetMap::first_byte_from`] given `j`, the number of marks whose
    /// code point is below `orig`.
    #[inline]
    fn first_byte_after(&self, len: usize, orig: u32, j: usize) -> usize {
        let seg_end = self.marks.get(j).map_or(len, |m| m.0 as usize);
        if let Some(j) = j.checked_sub(1)
            && let (Some(&(b, o)), Some(&bits)) = (self.marks.get(j), self.starts.get(j))
        {
            // The characters from mark `j` on follow on: the one with code
            // point `orig` is `orig - o` characters further.
            if let Some(k) = select(bits, orig - o) {
                let at = b as usize + k as usize;
                if at < seg_end {
                    return at;
                }
            }
        }
        seg_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_bits_mark_character_starts() {
        let text = "aé😀بx".repeat(9);
        for from in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let bytes = &text.as_bytes()[from..];
            let want = (0..bytes.len().min(64))
                .filter(|&k| is_lead(bytes[k]))
                .fold(0u64, |acc, k| acc | 1 << k);
            assert_eq!(lead_bits(bytes), want, "from {from}");
        }
    }

    #[test]
    fn whole_blocks_agree_with_the_bytewise_bits() {
        // Every byte value at every position of a block, among ASCII,
        // continuation bytes and lead bytes.
        for v in 0..=255u8 {
            for k in 0..64 {
                let mut block = [0xA8u8; 64];
                for (i, b) in block.iter_mut().enumerate() {
                    *b = [b'a', 0xD8, 0xA8, 0x80, 0xBF, 0xC0, 0xF0, 0x7F][i % 8];
                }
                block[k] = v;
                let want = (0..64)
                    .filter(|&i| is_lead(block[i]))
                    .fold(0u64, |acc, i| acc | 1 << i);
                assert_eq!(lead_bits64(&block), want, "{v:#x} at {k}");
                assert_eq!(lead_bits(&block), want, "{v:#x} at {k}");
            }
        }
    }

    #[test]
    fn lead_bits_from_the_bitmap_agree() {
        for text in [
            "aé😀بx".repeat(30),
            "ب".repeat(70),
            "x".repeat(129),
            String::new(),
        ] {
            let map = lead_bitmap(text.as_bytes());
            for from in 0..=text.len() {
                let bytes = &text.as_bytes()[from..];
                assert_eq!(
                    lead_bits_from(&map, from),
                    lead_bits(&bytes[..bytes.len().min(64)]),
                    "{from}"
                );
            }
        }
    }

    /// Both ends of a span at once agree with one search for each, short
    /// spans and spans across many marks (a mark every 60 bytes), and an
    /// end before the start.
    #[test]
    fn both_ends_agree_with_a_search_each() {
        use crate::normalize::{NormalizeOptions, normalize};
        let texts = [
            "قالَ\u{200F} الرّئيسُ: ٢٧".to_string(),
            "سلام عليكم ".repeat(40),
            format!("{}ـ{}", "كتب".repeat(50), "aé😀".repeat(30)),
        ];
        for text in &texts {
            let n = normalize(text, &NormalizeOptions::default());
            let len = n.text().len();
            let chars = text.chars().count() as u32;
            for s in 0..=chars + 1 {
                for e in 0..=chars + 1 {
                    assert_eq!(
                        n.map.first_bytes_from(len, s, e),
                        (n.map.first_byte_from(len, s), n.map.first_byte_from(len, e)),
                        "{s} {e}"
                    );
                }
            }
        }
    }

    #[test]
    fn select_finds_the_kth_set_bit() {
        // A bit pattern of every byte value in every byte, beside these.
        let mut patterns = vec![
            0u64,
            1,
            0b1011_0000,
            u64::MAX,
            0x8000_0000_0000_0001,
            0x00F0_0F00_1234_5678,
            0xFF00_0000_0000_0000,
            0x0000_0000_0000_00FF,
            0x0100_0000_0000_0000,
        ];
        for v in 0..=255u64 {
            for byte in 0..8 {
                patterns.push(v << (8 * byte));
                patterns.push((v << (8 * byte)) | 0x0101_0101_0101_0101);
            }
        }
        for bits in patterns {
            let set: Vec<u32> = (0..64).filter(|&b| bits >> b & 1 == 1).collect();
            for k in (0..66u32).chain([1000, u32::MAX]) {
                assert_eq!(
                    select(bits, k),
                    set.get(k as usize).copied(),
                    "{bits:#x} {k}"
                );
            }
        }
    }
}
