//! The global allocator of the `newsx` binary (and of the examples that
//! measure it): mimalloc, without the `mimalloc` crate's wrapper.

/// The mimalloc allocator, called as the `mimalloc` crate calls it but
/// through `mi_malloc` (not `mi_malloc_aligned`) for the alignments every
/// mimalloc block has: blocks are whole machine words from aligned pages,
/// so any allocation is aligned to [`WORD_ALIGN`]. The aligned entry points
/// first test the alignment and whether the free block at hand happens to
/// have it, some 15 instructions of an allocation's 45, for each of the 1.3
/// million allocations of 3,000 articles.
pub struct MiMalloc;

/// The alignment of every mimalloc block (a machine word).
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: every pointer comes from mimalloc and goes back to it; a layout
// whose alignment a plain block may lack takes mimalloc's aligned calls.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_malloc, mi_malloc_aligned};
        // SAFETY: FFI calls with a size and a power-of-two alignment.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi_malloc(layout.size()).cast()
            } else {
                mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_zalloc, mi_zalloc_aligned};
        // SAFETY: as for `alloc`.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi_zalloc(layout.size()).cast()
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: `ptr` was allocated by mimalloc (the caller's contract).
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys::{mi_realloc, mi_realloc_aligned};
        // SAFETY: `ptr` was allocated by mimalloc with `layout`'s alignment,
        // which the new block keeps.
        unsafe {
            if layout.align() <= WORD_ALIGN {
                mi_realloc(ptr.cast(), new_size).cast()
            } else {
                mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MiMalloc;
    use std::alloc::{GlobalAlloc, Layout};

    /// Every size and alignment gets a block with the alignment, which keeps
    /// what was written to it through a `realloc`, and zeroed blocks are.
    #[test]
    fn allocator_aligns_every_layout() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..=130).chain([1000, 5000, 70_000]) {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero size; every block goes back with its layout.
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(
                        !p.is_null() && (p as usize).is_multiple_of(align),
                        "{size} {align}"
                    );
                    for i in 0..size {
                        *p.add(i) = i as u8;
                    }
                    let bigger = size * 3;
                    let q = MiMalloc.realloc(p, layout, bigger);
                    assert!(
                        !q.is_null() && (q as usize).is_multiple_of(align),
                        "{size} {align}"
                    );
                    assert!((0..size).all(|i| *q.add(i) == i as u8), "{size} {align}");
                    MiMalloc.dealloc(q, Layout::from_size_align(bigger, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert!(
                        !z.is_null() && (z as usize).is_multiple_of(align),
                        "{size} {align}"
                    );
                    assert!((0..size).all(|i| *z.add(i) == 0), "{size} {align}");
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
    }
}
