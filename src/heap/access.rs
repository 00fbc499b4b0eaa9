//! Word accessors for every load and store the VM makes to heap memory (and statics).
//!
//! All of them are relaxed atomic operations, so a Go program with data races is never undefined
//! behaviour in Rust: racing goroutines see torn or stale values exactly as Go's memory model
//! allows, nothing worse. On x86-64 and AArch64 relaxed loads and stores of naturally aligned
//! words compile to plain moves.
//!
//! Precondition of every function: the addressed bytes lie inside one live heap object (or a
//! static, or other memory valid for the heap's lifetime) and are aligned to the access size.

use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64, Ordering::Relaxed};

macro_rules! accessors {
    ($load:ident, $store:ident, $atomic:ty, $int:ty) => {
        /// Relaxed atomic load.
        ///
        /// # Safety
        /// `addr` lies inside a live heap object (or a static) and is aligned to the access size.
        #[inline]
        pub unsafe fn $load(addr: u64) -> $int {
            // SAFETY: the caller guarantees `addr` is valid, aligned memory that outlives this call
            // and is only ever accessed atomically.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.load(Relaxed)
        }

        /// Relaxed atomic store.
        ///
        /// # Safety
        /// `addr` lies inside a live heap object (or a static) and is aligned to the access size.
        #[inline]
        pub unsafe fn $store(addr: u64, v: $int) {
            // SAFETY: as for the load.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.store(v, Relaxed)
        }
    };
}

accessors!(load_u64, store_u64, AtomicU64, u64);
accessors!(load_u32, store_u32, AtomicU32, u32);
accessors!(load_u16, store_u16, AtomicU16, u16);
accessors!(load_u8, store_u8, AtomicU8, u8);

/// Copies `n` bytes from `src` to `dst`; the ranges may overlap (memmove). Word-wise when both
/// addresses are 8-aligned, else byte-wise; each element is a relaxed atomic access.
///
/// # Safety
/// `[src, src+n)` and `[dst, dst+n)` each lie inside a live heap object (or a static).
pub unsafe fn copy_bytes(dst: u64, src: u64, n: usize) {
    if n == 0 || dst == src {
        return;
    }
    let n = n as u64;
    let forward = dst < src || dst >= src + n;
    let words = if (dst | src).is_multiple_of(8) { n / 8 } else { 0 };
    let tail = words * 8;
    // SAFETY: every address touched is inside the two ranges the caller vouches for, and word
    // accesses are 8-aligned because both bases are.
    unsafe {
        if forward {
            for i in 0..words {
                store_u64(dst + i * 8, load_u64(src + i * 8));
            }
            for i in tail..n {
                store_u8(dst + i, load_u8(src + i));
            }
        } else {
            for i in (tail..n).rev() {
                store_u8(dst + i, load_u8(src + i));
            }
            for i in (0..words).rev() {
                store_u64(dst + i * 8, load_u64(src + i * 8));
            }
        }
    }
}

/// Sets `n` bytes at `dst` (8-aligned, `n` a multiple of 8) to zero with relaxed word stores.
///
/// # Safety
/// `[dst, dst+n)` is heap memory valid for the heap's lifetime.
pub(crate) unsafe fn zero_words(dst: u64, n: usize) {
    debug_assert!(dst.is_multiple_of(8) && n.is_multiple_of(8));
    for off in (0..n as u64).step_by(8) {
        // SAFETY: inside the range the caller vouches for, 8-aligned.
        unsafe { store_u64(dst + off, 0) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_overlapping_both_ways() {
        for (d, s) in [(0usize, 3usize), (3, 0), (0, 8), (8, 0), (5, 5)] {
            let mut buf: Vec<u8> = (0..64).collect();
            let mut want = buf.clone();
            want.copy_within(s..s + 40, d);
            let base = buf.as_mut_ptr() as u64;
            // SAFETY: both ranges lie inside `buf`, which nothing else accesses meanwhile.
            unsafe { copy_bytes(base + d as u64, base + s as u64, 40) };
            assert_eq!(buf, want, "dst {d} src {s}");
        }
    }

    #[test]
    fn loads_and_stores() {
        let mut w = [0u64; 2];
        let a = w.as_mut_ptr() as u64;
        // SAFETY: all addresses are inside `w` and aligned to their access size.
        unsafe {
            store_u64(a, u64::MAX);
            store_u32(a + 8, 7);
            store_u16(a + 12, 9);
            store_u8(a + 15, 1);
            assert_eq!(load_u64(a), u64::MAX);
            assert_eq!(load_u32(a + 8), 7);
            assert_eq!(load_u16(a + 12), 9);
            assert_eq!(load_u8(a + 15), 1);
        }
    }
}
