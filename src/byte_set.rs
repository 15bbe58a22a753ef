//! A small set of bytes searched for in UTF-8 text: as a table for a
//! byte-by-byte search, and 32 bytes at a time to skip the stretches of
//! text (mostly two-byte Arabic letters) that hold none of them.

/// Bytes [`ByteSet::in_block`] checks at once.
pub const BLOCK: usize = 32;

/// A set of `N` bytes.
#[derive(Clone, Copy, Debug)]
pub struct ByteSet<const N: usize> {
    bytes: [u8; N],
    table: [bool; 256],
    /// The set as two tables of nibbles, when its bytes have at most eight
    /// distinct high nibbles: `high[h]` is one bit told to each high nibble
    /// of the set (none for the others), and `low[l]` the bits of the high
    /// nibbles `h` such that byte `h l` is in the set. A byte is in the set
    /// exactly when `low[its low nibble] & high[its high nibble] != 0`,
    /// which AVX2 tests for 32 bytes with two table look-ups (`vpshufb`).
    nibbles: Option<Nibbles>,
}

/// See [`ByteSet::nibbles`].
#[derive(Clone, Copy, Debug)]
struct Nibbles {
    low: [u8; 16],
    high: [u8; 16],
}

impl<const N: usize> ByteSet<N> {
    /// The set of `bytes`.
    pub const fn new(bytes: [u8; N]) -> Self {
        let mut table = [false; 256];
        let mut k = 0;
        while k < N {
            table[bytes[k] as usize] = true;
            k += 1;
        }
        ByteSet {
            bytes,
            table,
            nibbles: nibbles_of(&table),
        }
    }

    /// True when `b` is in the set.
    #[inline]
    pub fn contains(&self, b: u8) -> bool {
        self.table[b as usize]
    }

    /// True when some byte of `block` is in the set: written without
    /// branches, so that the compiler compares the whole block at once.
    #[inline]
    pub fn in_block(&self, block: &[u8; BLOCK]) -> bool {
        let mut any = 0u8;
        for &b in block {
            let mut hit = false;
            for &s in &self.bytes {
                hit |= b == s;
            }
            any |= u8::from(hit);
        }
        any != 0
    }

    /// The first of `from`, `from + BLOCK`, `from + 2 * BLOCK` … at which
    /// the block of [`BLOCK`] bytes holds a byte of the set, or fewer than
    /// [`BLOCK`] bytes are left: the stretch before it holds none of them.
    #[inline]
    pub fn skip_blocks(&self, bytes: &[u8], from: usize) -> usize {
        #[cfg(target_arch = "x86_64")]
        if let Some(nibbles) = &self.nibbles
            && std::arch::is_x86_feature_detected!("avx2")
        {
            // SAFETY: the processor has AVX2, checked just above.
            return unsafe { skip_blocks_by_nibbles(bytes, from, nibbles) };
        }
        skip_blocks_where(bytes, from, |block| self.in_block(block))
    }
}

/// The [`Nibbles`] of the set whose bytes `table` marks, or `None` when
/// they have more than eight distinct high nibbles.
const fn nibbles_of(table: &[bool; 256]) -> Option<Nibbles> {
    let mut t = Nibbles {
        low: [0; 16],
        high: [0; 16],
    };
    let mut bits = 0;
    let mut h = 0;
    while h < 16 {
        let mut l = 0;
        while l < 16 {
            if table[h * 16 + l] {
                if t.high[h] == 0 {
                    if bits == 8 {
                        return None;
                    }
                    t.high[h] = 1 << bits;
                    bits += 1;
                }
                t.low[l] |= t.high[h];
            }
            l += 1;
        }
        h += 1;
    }
    Some(t)
}

/// [`ByteSet::skip_blocks`] with AVX2 and the set's [`Nibbles`]: for each
/// byte of a block, its low nibble's bits and its high nibble's bit, both
/// looked up with `vpshufb`, have a bit in common exactly when the byte is
/// in the set; one test of the whole block tells whether any has.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn skip_blocks_by_nibbles(bytes: &[u8], from: usize, t: &Nibbles) -> usize {
    use std::arch::x86_64::{
        __m128i, __m256i, _mm_loadu_si128, _mm256_and_si256, _mm256_broadcastsi128_si256,
        _mm256_loadu_si256, _mm256_set1_epi8, _mm256_shuffle_epi8, _mm256_srli_epi16,
        _mm256_testz_si256,
    };
    // SAFETY: each table is 16 readable bytes, read by an unaligned load.
    let (low, high) = unsafe {
        (
            _mm256_broadcastsi128_si256(_mm_loadu_si128(t.low.as_ptr().cast::<__m128i>())),
            _mm256_broadcastsi128_si256(_mm_loadu_si128(t.high.as_ptr().cast::<__m128i>())),
        )
    };
    let nibble = _mm256_set1_epi8(0x0F);
    let mut p = from;
    while let Some(block) = bytes.get(p..p + BLOCK) {
        // SAFETY: `block` is BLOCK (32) readable bytes, read by an unaligned load.
        let x = unsafe { _mm256_loadu_si256(block.as_ptr().cast::<__m256i>()) };
        // `vpshufb` looks up each byte's low four bits in the table (copied
        // to both 16-byte lanes); the masks keep bit 7 clear, which would
        // give 0 instead.
        let lo = _mm256_shuffle_epi8(low, _mm256_and_si256(x, nibble));
        let hi = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16::<4>(x), nibble));
        if _mm256_testz_si256(lo, hi) == 0 {
            break;
        }
        p += BLOCK;
    }
    p
}

/// The first of `from`, `from + BLOCK`, `from + 2 * BLOCK` … at which
/// `hit` holds for the block of [`BLOCK`] bytes there, or fewer than
/// [`BLOCK`] bytes are left. `hit` should be written without branches (as
/// [`ByteSet::in_block`] is), so that the compiler tests the whole block at
/// once: on a processor with AVX2 the loop is compiled for it, a block one
/// 32-byte register instead of two of 16 bytes (about half the
/// instructions a block).
#[inline]
pub fn skip_blocks_where(bytes: &[u8], from: usize, hit: impl Fn(&[u8; BLOCK]) -> bool) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, checked just above.
        return unsafe { skip_blocks_avx2(bytes, from, hit) };
    }
    skip_blocks_plain(bytes, from, hit)
}

/// [`skip_blocks_where`] with the instructions every processor has.
#[inline(always)]
fn skip_blocks_plain(bytes: &[u8], from: usize, hit: impl Fn(&[u8; BLOCK]) -> bool) -> usize {
    let mut p = from;
    while let Some(block) = bytes.get(p..p + BLOCK)
        && let Ok(block) = <&[u8; BLOCK]>::try_from(block)
        && !hit(block)
    {
        p += BLOCK;
    }
    p
}

/// [`skip_blocks_where`] compiled with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn skip_blocks_avx2(bytes: &[u8], from: usize, hit: impl Fn(&[u8; BLOCK]) -> bool) -> usize {
    skip_blocks_plain(bytes, from, hit)
}

#[cfg(test)]
mod tests {
    use super::{BLOCK, ByteSet, nibbles_of, skip_blocks_plain};

    const SET: ByteSet<3> = ByteSet::new(*b".!\xAB");

    #[test]
    fn finds_each_byte_at_each_position() {
        for &b in b".!\xAB" {
            assert!(SET.contains(b));
            for pos in 0..BLOCK {
                let mut block = [b'a'; BLOCK];
                block[pos] = b;
                assert!(SET.in_block(&block), "{b:#x} at {pos}");
            }
        }
        assert!(!SET.contains(b'a'));
        assert!(!SET.in_block(&[0xD8; BLOCK]));
    }

    #[test]
    fn nibble_tables_tell_the_set_exactly() {
        // Every byte value, for sets of one to eight high nibbles (and none
        // past eight).
        let sets: [&[u8]; 5] = [
            b".?!\")]\xE2\xC2\x9F\x9B",
            b".?!\n\"'\x9F\x80\xC2",
            b"\x00",
            b"\x0F\x1F\x2F\x3F\x4F\x5F\x6F\x7F",
            b"\xFF\xF0\x0F\x00\x80\x08",
        ];
        for set in sets {
            let mut table = [false; 256];
            for &b in set {
                table[usize::from(b)] = true;
            }
            let t = nibbles_of(&table).expect("at most eight high nibbles");
            for v in 0..=255u8 {
                let hit = t.low[usize::from(v & 15)] & t.high[usize::from(v >> 4)] != 0;
                assert_eq!(hit, set.contains(&v), "{set:?} {v:#x}");
            }
        }
        let mut nine = [false; 256];
        for h in 0..9 {
            nine[h * 16] = true;
        }
        assert!(nibbles_of(&nine).is_none());
    }

    #[test]
    fn skips_the_blocks_without_a_byte_of_the_set() {
        // A byte of the set at every position of texts of every length up
        // to four blocks, searched from every start: the search stops at the
        // block holding it, or where less than a block is left. The other
        // bytes share a nibble with a byte of the set (/ and . high, ¨ and «
        // high, Û and « low, 1E and . low), or none (Ø).
        let filler = [0xD8, b'/', 0xA8, 0xDB, 0x1E];
        for len in 0..4 * BLOCK {
            for hit in (0..len).map(Some).chain([None]) {
                let mut text: Vec<u8> = (0..len).map(|i| filler[i % filler.len()]).collect();
                if let Some(h) = hit {
                    text[h] = b".!\xAB"[h % 3];
                }
                for from in 0..=len {
                    let mut want = from;
                    while want + BLOCK <= len
                        && !hit.is_some_and(|h| (want..want + BLOCK).contains(&h))
                    {
                        want += BLOCK;
                    }
                    assert_eq!(SET.skip_blocks(&text, from), want, "{len} {hit:?} {from}");
                    assert_eq!(
                        skip_blocks_plain(&text, from, |b| SET.in_block(b)),
                        want,
                        "{len} {hit:?} {from}"
                    );
                }
            }
        }
    }
}
