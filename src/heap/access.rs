//! Word accessors for every load and store the VM makes to heap memory (and statics).
//!
//! All of them are relaxed atomic operations, so a Go program with data races is never undefined
//! behaviour in Rust: racing goroutines see torn or stale values exactly as Go's memory model
//! allows, nothing worse. On x86-64 and AArch64 relaxed loads and stores of naturally aligned
//! words compile to plain moves.
//!
//! Precondition of every function: the addressed bytes lie inside one live heap object (or a
//! static, or other memory valid for the heap's lifetime) and are aligned to the access size.

use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64, Ordering::Relaxed, Ordering::SeqCst};

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

macro_rules! read_modify_write {
    ($load:ident, $store:ident, $cas:ident, $swap:ident, $add:ident, $and:ident, $or:ident, $atomic:ty, $int:ty) => {
        /// Sequentially consistent load (sync/atomic's Load).
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $load(addr: u64) -> $int {
            // SAFETY: the caller guarantees `addr` is valid, aligned, atomically accessed memory.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.load(SeqCst)
        }

        /// Sequentially consistent store.
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $store(addr: u64, v: $int) {
            // SAFETY: as above.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.store(v, SeqCst)
        }

        /// Compare-and-swap; whether it swapped.
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $cas(addr: u64, old: $int, new: $int) -> bool {
            // SAFETY: as above.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.compare_exchange(old, new, SeqCst, SeqCst).is_ok()
        }

        /// Swap; the old value.
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $swap(addr: u64, v: $int) -> $int {
            // SAFETY: as above.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.swap(v, SeqCst)
        }

        /// Wrapping add; the old value.
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $add(addr: u64, v: $int) -> $int {
            // SAFETY: as above.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.fetch_add(v, SeqCst)
        }

        /// Bitwise and; the old value.
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $and(addr: u64, v: $int) -> $int {
            // SAFETY: as above.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.fetch_and(v, SeqCst)
        }

        /// Bitwise or; the old value.
        ///
        /// # Safety
        /// As for the relaxed accessors.
        #[inline]
        pub unsafe fn $or(addr: u64, v: $int) -> $int {
            // SAFETY: as above.
            unsafe { <$atomic>::from_ptr(addr as *mut $int) }.fetch_or(v, SeqCst)
        }
    };
}

read_modify_write!(load_sc_u64, store_sc_u64, cas_u64, swap_u64, add_u64, and_u64, or_u64, AtomicU64, u64);
read_modify_write!(load_sc_u32, store_sc_u32, cas_u32, swap_u32, add_u32, and_u32, or_u32, AtomicU32, u32);

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
    fn read_modify_write_from_many_threads() {
        // Four threads add to, CAS-increment and or into shared words: no update is lost.
        let w = Box::leak(Box::new([0u64; 3]));
        let a = w.as_mut_ptr() as u64;
        let threads: Vec<_> = (0..4u64)
            .map(|t| {
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        // SAFETY: `w` is leaked (lives forever), aligned, and only accessed atomically.
                        unsafe {
                            add_u64(a, 1);
                            loop {
                                let old = load_sc_u32(a + 8);
                                if cas_u32(a + 8, old, old + 1) {
                                    break;
                                }
                            }
                            or_u64(a + 16, 1 << t);
                        }
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().expect("thread"));
        // SAFETY: as above.
        unsafe {
            assert_eq!(load_sc_u64(a), 40_000);
            assert_eq!(load_sc_u32(a + 8), 40_000);
            assert_eq!(swap_u64(a + 16, 0), 0b1111);
            assert_eq!(and_u32(a + 8, 0xff), 40_000);
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
