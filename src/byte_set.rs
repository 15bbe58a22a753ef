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
        ByteSet { bytes, table }
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
        skip_blocks_where(bytes, from, |block| self.in_block(block))
    }
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
    use super::{BLOCK, ByteSet, skip_blocks_plain};

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
    fn skips_the_blocks_without_a_byte_of_the_set() {
        // A byte of the set at every position of texts of every length up
        // to four blocks, searched from every start: the search stops at the
        // block holding it, or where less than a block is left.
        for len in 0..4 * BLOCK {
            for hit in (0..len).map(Some).chain([None]) {
                let mut text = vec![0xD8; len];
                if let Some(h) = hit {
                    text[h] = b'!';
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
