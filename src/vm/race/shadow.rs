//! Shadow memory: four words of race state for every 8-byte word of the heap region, in one
//! reserved mapping parallel to it (cell i shadows heap word i), so finding an address's state is
//! a subtraction and a shift, and only the pages of cells the program touches take memory.
//!
//! Invariants that make the `unsafe` here sound: the mapping is reserved once, four times the heap
//! region's length (32 bytes of cells per 8 heap bytes), readable and writable, and lives until the
//! process exits (the detector is a `'static`); cells are only ever accessed as `AtomicU64`, from
//! any thread, so a racing Go program makes the detector's own accesses race benignly (a lost
//! update loses a report, never memory safety).

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

use crate::heap::os::Mapping;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Epochs kept per heap word: the last write's and up to three reads' (as ThreadSanitizer keeps
/// four shadow cells a word).
pub const CELLS: usize = 4;
/// A heap word's shadow.
pub type Cells = [AtomicU64; CELLS];
/// Bytes of shadow per heap word.
const CELL: usize = CELLS * 8;
/// Clearing this many bytes or more gives the shadow pages back to the OS instead of zeroing.
const RELEASE_AT: usize = 64 << 10;
const PAGE: usize = 4096;

pub struct Shadow {
    map: Mapping,
    base: u64,
    len: u64,
}

impl Shadow {
    /// Shadow for the heap region `[base, base+len)`; None when the OS refuses the reservation.
    pub fn new(base: u64, len: u64) -> Option<Shadow> {
        let map = Mapping::reserve((len as usize / 8) * CELL)?;
        Some(Shadow { map, base, len })
    }

    /// The cells of the heap word holding `addr`, or None outside the heap region.
    #[inline]
    pub fn cell(&self, addr: u64) -> Option<&Cells> {
        let off = addr.wrapping_sub(self.base);
        if off >= self.len {
            return None;
        }
        let p = self.map.addr() + (off as usize >> 3) * CELL;
        // SAFETY: `off < len`, so the cells lie inside the mapping (module invariant), which is
        // page aligned and outlives `self`; cells are only accessed atomically.
        Some(unsafe { &*(p as *const Cells) })
    }

    /// Forgets the state of `[addr, addr+bytes)` (a new object there is unrelated to the old one).
    pub fn clear(&self, addr: u64, bytes: u64) {
        let off = addr.wrapping_sub(self.base);
        if off >= self.len || bytes == 0 {
            return;
        }
        let words = (bytes.min(self.len - off) as usize).div_ceil(8);
        let start = (off as usize >> 3) * CELL;
        let end = start + words * CELL;
        let (lo, hi) = (start.next_multiple_of(PAGE), end / PAGE * PAGE);
        if end - start >= RELEASE_AT && lo < hi {
            self.zero(start, lo);
            self.map.release(lo, hi - lo);
            self.zero(hi, end);
        } else {
            self.zero(start, end);
        }
    }

    /// Gives back the shadow of heap range `[off, off+len)` (offsets in the region) whose pages the
    /// heap returned to the OS; both ranges are page-aligned.
    pub fn release_heap_range(&self, off: usize, len: usize) {
        let (s, n) = ((off / 8) * CELL, (len / 8) * CELL);
        if s + n <= self.map.len() && n > 0 {
            self.map.release(s, n);
        }
    }

    fn zero(&self, from: usize, to: usize) {
        let mut at = from;
        while at < to {
            // SAFETY: `[from, to)` lies in the mapping (computed from an in-region range) and is
            // 8-aligned; cells are only accessed atomically.
            let w = unsafe { &*((self.map.addr() + at) as *const AtomicU64) };
            if w.load(Relaxed) != 0 {
                w.store(0, Relaxed);
            }
            at += 8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Shadow;
    use std::sync::atomic::Ordering::Relaxed;

    #[test]
    fn cells_map_words_and_clear_forgets_them_from_many_threads() {
        let base = 1u64 << 40;
        let sh = Shadow::new(base, 1 << 30).expect("reserve");
        assert!(sh.cell(base - 8).is_none());
        assert!(sh.cell(base + (1 << 30)).is_none());
        // Bytes of one word share its cell; the next word has its own.
        assert!(std::ptr::eq(sh.cell(base + 8).unwrap(), sh.cell(base + 15).unwrap()));
        assert!(!std::ptr::eq(sh.cell(base + 8).unwrap(), sh.cell(base + 16).unwrap()));
        std::thread::scope(|s| {
            for t in 0..8u64 {
                let sh = &sh;
                s.spawn(move || {
                    for i in 0..100_000u64 {
                        let c = sh.cell(base + 8 * ((i * 7 + t) % 50_000)).unwrap();
                        c[0].store(i + 1, Relaxed);
                        c[1].fetch_add(1, Relaxed);
                        c[3].fetch_add(1, Relaxed);
                    }
                });
            }
        });
        sh.clear(base, 8 * 50_000);
        assert!((0..50_000).all(|i| sh.cell(base + 8 * i).unwrap().iter().all(|c| c.load(Relaxed) == 0)));
        sh.cell(base + 8).unwrap()[0].store(9, Relaxed);
        sh.clear(base + 16, 8);
        assert_eq!(sh.cell(base + 8).unwrap()[0].load(Relaxed), 9);
        sh.release_heap_range(0, 1 << 20);
        assert_eq!(sh.cell(base + 8).unwrap()[0].load(Relaxed), 0);
    }
}
