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
}

#[cfg(test)]
mod tests {
    use super::{BLOCK, ByteSet};

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
}
