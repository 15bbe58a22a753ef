//! A read-only table from word hashes ([`word_hash`]) to small values, for
//! the look-ups made for every stem of a text: open addressing with linear
//! probing over one flat array, the slot chosen by the top bits of the hash
//! times an odd constant (the hashes of similar short words share many bits).
//! A look-up is a few instructions and one cache line for the key and its
//! value together, where a general hash map reads a control byte and then
//! the entry.
//!
//! [`word_hash`]: crate::document::token_splits::word_hash

use super::WordHashMap;

/// A read-only map from word hashes to `u32` values; absent keys read 0.
#[derive(Debug, Clone)]
pub struct WordHashTable {
    /// `(key, value)` slots, a power of two of them; key 0 marks an empty one.
    slots: Box<[(u64, u32)]>,
    /// `64 - log2(slots.len())`: the shift that keeps the top bits of a hash.
    shift: u32,
    /// The value of the key 0, which no slot can hold.
    zero: u32,
}

impl WordHashTable {
    /// A table of the entries of `map` whose value is not 0, at most a
    /// quarter full (a look-up then mostly reads one slot).
    pub fn new(map: &WordHashMap<u32>) -> WordHashTable {
        let len = (map.len() * 4).next_power_of_two().max(2);
        let shift = 64 - len.trailing_zeros();
        let mut slots = vec![(0u64, 0u32); len].into_boxed_slice();
        let mut zero = 0;
        for (&key, &value) in map {
            if value == 0 {
                continue;
            }
            if key == 0 {
                zero = value;
                continue;
            }
            let mut i = slot(key, shift);
            while slots[i].0 != 0 {
                i = (i + 1) & (len - 1);
            }
            slots[i] = (key, value);
        }
        WordHashTable { slots, shift, zero }
    }

    /// The value of `key`, or 0 when the table does not hold it.
    #[inline]
    pub fn get(&self, key: u64) -> u32 {
        if key == 0 {
            return self.zero;
        }
        let mask = self.slots.len() - 1;
        let mut i = slot(key, self.shift);
        loop {
            let (k, v) = self.slots[i & mask];
            if k == key {
                return v;
            }
            if k == 0 {
                return 0;
            }
            i += 1;
        }
    }
}

/// The first slot of `key`: the top bits of the key times an odd constant.
#[inline]
fn slot(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_map_holds() {
        // Keys next to one another and far apart,
        // the key 0, a value 0 (read as absent) and absent keys.
        let rows: &[(u64, u32)] = &[
            (1, 7),
            (2, 9),
            (u64::MAX, 3),
            (u64::MAX - 1, 4),
            (0x8000_0000_0000_0000, 5),
            (0, 11),
            (42, 0),
        ];
        let map: WordHashMap<u32> = rows.iter().copied().collect();
        let table = WordHashTable::new(&map);
        for &(key, value) in rows {
            assert_eq!(table.get(key), value, "{key:#x}");
        }
        for key in [3, 4, u64::MAX - 2, 0x8000_0000_0000_0001, 1 << 40] {
            assert_eq!(table.get(key), 0, "{key:#x}");
        }
    }

    #[test]
    fn agrees_with_the_map_on_many_keys() {
        let map: WordHashMap<u32> = (0..5000u64)
            .map(|i| (i.wrapping_mul(0x9E37_79B9_7F4A_7C15), (i % 13) as u32))
            .collect();
        let table = WordHashTable::new(&map);
        for i in 0..10_000u64 {
            let key = i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            assert_eq!(table.get(key), map.get(&key).copied().unwrap_or(0));
        }
        let empty = WordHashTable::new(&WordHashMap::default());
        assert_eq!(empty.get(5), 0);
        assert_eq!(empty.get(0), 0);
    }
}
