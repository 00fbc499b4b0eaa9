//! The VM's only door to heap memory: typed loads and stores of Go values at addresses the VM
//! itself computed.
//!
//! Invariant the VM keeps (the reason these are not `unsafe fn`): every address passed here is a
//! live heap object's base plus an offset the VM bounds-checked against that object's own
//! immutable size information (a slice header's cap, a string's length, a struct type's field
//! count, an array type's length). Objects are kept alive by the collector because every pointer
//! the VM holds is in a root (a goroutine's registers, a deferred call, a panic value, the globals
//! or the constants) or in a `Scan` object reachable from one, and the collector runs only at
//! safepoints. Nil is checked before any access. All accesses are relaxed atomics (see
//! `heap::access`), so racing Go programs are never undefined behaviour.
//!
//! The guard. The compiler that emits the addresses will always have bugs, so the invariant is
//! also checked here, whatever the bytecode says: an access must lie inside the heap's reserved
//! region (one mapping, always readable and writable, see `heap::os`) and be aligned to its width.
//! That is what Rust's soundness needs: memory of the region is only ever touched through atomics,
//! so a wrong address inside it can give a wrong Go value but never undefined behaviour. An access
//! that fails the guard is not made: a load reads a zeroed scratch word, a store or copy does
//! nothing, and the fault is recorded for this thread. The dispatch loop takes the fault at its
//! next check (entering a frame, around every native call, at every time-slice tick) and ends the
//! program with `fatal error: corgi internal: …` and the goroutine's trace. The guard is a
//! subtraction, a compare and an alignment test; its cost is measured in docs/ARCHITECTURE.md.

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

use super::op::Mem;
use crate::heap::access;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The heap region `[BASE, BASE + LEN)`; LEN stays 0 (every access faults) until `set_region`.
static BASE: AtomicU64 = AtomicU64::new(0);
static LEN: AtomicU64 = AtomicU64::new(0);
/// `LEN - 7` (0 with no region): an access of up to 8 bytes at offset `off` fits when
/// `off < LIMIT`. Zero until `set_region`, so nothing at all is allowed before the heap exists.
static LIMIT: AtomicU64 = AtomicU64::new(0);

/// Where a faulting load reads from: a word of zeros that no store ever reaches.
static SCRATCH: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// The first address this thread's VM was refused, if any.
    static FAULT: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Makes the heap's reserved region the only memory the VM may touch. Called once, before any
/// goroutine runs.
pub fn set_region(base: u64, len: u64) {
    BASE.store(base, Relaxed);
    LEN.store(len, Relaxed);
    LIMIT.store(len.saturating_sub(7), Relaxed);
}

/// The guard for one access of `w` ≤ 8 bytes (a constant at every call): one subtraction, one
/// compare and (for w > 1) an alignment test.
#[inline(always)]
fn allowed_small(addr: u64, w: u64) -> bool {
    addr.wrapping_sub(BASE.load(Relaxed)) < LIMIT.load(Relaxed) && addr & (w - 1) == 0
}

/// Whether `[addr, addr + n)` lies in the region and `addr` is aligned to `align`.
#[inline(always)]
fn allowed(addr: u64, n: u64, align: u64) -> bool {
    let off = addr.wrapping_sub(BASE.load(Relaxed));
    let len = LEN.load(Relaxed);
    off <= len && n <= len - off && addr & (align - 1) == 0
}

#[cold]
#[inline(never)]
fn refuse(addr: u64) {
    FAULT.with(|f| {
        if f.get().is_none() {
            f.set(Some(addr))
        }
    });
}

/// `addr` if a `w`-byte access there is allowed, else (the fault recorded) the scratch word, which
/// reads as zero at every width.
#[inline(always)]
fn checked(addr: u64, w: u64) -> u64 {
    if allowed_small(addr, w) {
        addr
    } else {
        refuse(addr);
        SCRATCH.as_ptr() as u64
    }
}

/// Takes this thread's recorded fault: the refused address.
#[inline]
pub fn take_fault() -> Option<u64> {
    FAULT.with(|f| f.take())
}

/// Whether this thread has a fault waiting (cheap: the dispatch loop asks often).
#[inline]
pub fn faulted() -> bool {
    FAULT.with(|f| f.get().is_some())
}

#[inline(always)]
pub fn ld(addr: u64) -> u64 {
    let addr = checked(addr, 8);
    // SAFETY: checked: inside the region (or the scratch word) and aligned.
    unsafe { access::load_u64(addr) }
}

#[inline(always)]
pub fn st(addr: u64, v: u64) {
    if allowed_small(addr, 8) {
        // SAFETY: inside the region and aligned.
        unsafe { access::store_u64(addr, v) }
    } else {
        refuse(addr)
    }
}

/// Loads a value of width `m`, extended to a register word. The word-wide case, most loads, is
/// always inline in its caller (the whole match was an out-of-line call in the dispatch loop).
#[inline(always)]
pub fn load(addr: u64, m: Mem) -> u64 {
    if m == Mem::B8 { ld(addr) } else { load_narrow(addr, m) }
}

#[inline]
fn load_narrow(addr: u64, m: Mem) -> u64 {
    // SAFETY: in each arm `checked` gives an address inside the region (or the scratch word)
    // aligned to the access width.
    unsafe {
        match m {
            Mem::B8 => access::load_u64(checked(addr, 8)),
            Mem::B1 => access::load_u8(checked(addr, 1)) as u64,
            Mem::B2 => access::load_u16(checked(addr, 2)) as u64,
            Mem::B4 => access::load_u32(checked(addr, 4)) as u64,
            Mem::S1 => access::load_u8(checked(addr, 1)) as i8 as i64 as u64,
            Mem::S2 => access::load_u16(checked(addr, 2)) as i16 as i64 as u64,
            Mem::S4 => access::load_u32(checked(addr, 4)) as i32 as i64 as u64,
            Mem::F4 => (f32::from_bits(access::load_u32(checked(addr, 4))) as f64).to_bits(),
        }
    }
}

/// Stores `v` with width `m`; the word-wide case is inline, as for `load`.
#[inline(always)]
pub fn store(addr: u64, m: Mem, v: u64) {
    if m == Mem::B8 { st(addr, v) } else { store_narrow(addr, m, v) }
}

#[inline]
fn store_narrow(addr: u64, m: Mem, v: u64) {
    if !allowed_small(addr, width(m)) {
        return refuse(addr);
    }
    // SAFETY: inside the region and aligned to the width.
    unsafe {
        match m {
            Mem::B8 => access::store_u64(addr, v),
            Mem::B1 | Mem::S1 => access::store_u8(addr, v as u8),
            Mem::B2 | Mem::S2 => access::store_u16(addr, v as u16),
            Mem::B4 | Mem::S4 => access::store_u32(addr, v as u32),
            Mem::F4 => access::store_u32(addr, (f64::from_bits(v) as f32).to_bits()),
        }
    }
}

/// The width in bytes of an access of kind `m`.
#[inline(always)]
fn width(m: Mem) -> u64 {
    match m {
        Mem::B8 => 8,
        Mem::B1 | Mem::S1 => 1,
        Mem::B2 | Mem::S2 => 2,
        Mem::B4 | Mem::S4 | Mem::F4 => 4,
    }
}

/// memmove of `n` bytes between live objects.
#[inline]
pub fn copy(dst: u64, src: u64, n: u64) {
    if n == 0 {
        return;
    }
    if !allowed(dst, n, 1) {
        return refuse(dst);
    }
    if !allowed(src, n, 1) {
        return refuse(src);
    }
    // SAFETY: both ranges lie inside the region; `copy_bytes` aligns its word accesses itself.
    unsafe { access::copy_bytes(dst, src, n as usize) }
}

/// Reads `n` bytes starting at `addr` into a new vector.
pub fn read_bytes(addr: u64, n: u64) -> Vec<u8> {
    if n != 0 && !allowed(addr, n, 1) {
        refuse(addr);
        return Vec::new();
    }
    let mut v = Vec::with_capacity(n as usize);
    let mut i = 0;
    while i + 8 <= n && (addr + i).is_multiple_of(8) {
        v.extend_from_slice(&ld(addr + i).to_le_bytes());
        i += 8;
    }
    while i < n {
        v.push(load(addr + i, Mem::B1) as u8);
        i += 1;
    }
    v
}

/// Writes `bytes` at `addr` (into a live object at least that long).
pub fn write_bytes(addr: u64, bytes: &[u8]) {
    if !bytes.is_empty() && !allowed(addr, bytes.len() as u64, 1) {
        return refuse(addr);
    }
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        if i + 8 <= n && (addr + i as u64).is_multiple_of(8) {
            let w = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
            st(addr + i as u64, w);
            i += 8;
        } else {
            store(addr + i as u64, Mem::B1, bytes[i] as u64);
            i += 1;
        }
    }
}

/// Zeroes `n` bytes at `addr`.
pub fn zero(addr: u64, n: u64) {
    if n != 0 && !allowed(addr, n, 1) {
        return refuse(addr);
    }
    let mut i = 0;
    while i < n {
        if (addr + i).is_multiple_of(8) && i + 8 <= n {
            st(addr + i, 0);
            i += 8;
        } else {
            store(addr + i, Mem::B1, 0);
            i += 1;
        }
    }
}

/// Sync/atomic's operations on a 4- or 8-byte word (`m` is B4/S4 or B8): sequentially consistent,
/// as Go's atomics are. Results are the old value in register form.
pub mod atomic {
    use super::{Mem, access, allowed, refuse, width};

    /// The guard for an atomic operation: done if allowed, else the fault is recorded and the
    /// operation is not made (it returns what it would on a zero word).
    macro_rules! guarded {
        ($addr:ident, $m:ident, $body:expr, $fallback:expr) => {
            if allowed($addr, width($m), width($m)) {
                $body
            } else {
                refuse($addr);
                $fallback
            }
        };
    }

    fn wide(m: Mem) -> bool {
        matches!(m, Mem::B8)
    }

    fn reg(m: Mem, v: u64) -> u64 {
        match m {
            Mem::S4 => v as u32 as i32 as i64 as u64,
            Mem::B4 => v as u32 as u64,
            _ => v,
        }
    }

    pub fn load(addr: u64, m: Mem) -> u64 {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe { if wide(m) { access::load_sc_u64(addr) } else { reg(m, access::load_sc_u32(addr) as u64) } },
            0
        )
    }

    pub fn store(addr: u64, m: Mem, v: u64) {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe { if wide(m) { access::store_sc_u64(addr, v) } else { access::store_sc_u32(addr, v as u32) } },
            ()
        )
    }

    pub fn cas(addr: u64, m: Mem, old: u64, new: u64) -> bool {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe {
                if wide(m) { access::cas_u64(addr, old, new) } else { access::cas_u32(addr, old as u32, new as u32) }
            },
            false
        )
    }

    pub fn swap(addr: u64, m: Mem, v: u64) -> u64 {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe {
                if wide(m) { access::swap_u64(addr, v) } else { reg(m, access::swap_u32(addr, v as u32) as u64) }
            },
            0
        )
    }

    pub fn add(addr: u64, m: Mem, v: u64) -> u64 {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe { if wide(m) { access::add_u64(addr, v) } else { reg(m, access::add_u32(addr, v as u32) as u64) } },
            0
        )
    }

    pub fn and(addr: u64, m: Mem, v: u64) -> u64 {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe { if wide(m) { access::and_u64(addr, v) } else { reg(m, access::and_u32(addr, v as u32) as u64) } },
            0
        )
    }

    pub fn or(addr: u64, m: Mem, v: u64) -> u64 {
        guarded!(
            addr,
            m,
            // SAFETY: guarded: inside the region and aligned to the width.
            unsafe { if wide(m) { access::or_u64(addr, v) } else { reg(m, access::or_u32(addr, v as u32) as u64) } },
            0
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test owns the process-wide region (tests run in parallel threads of one process).
    #[test]
    fn the_guard_refuses_what_lies_outside_the_region_from_many_threads() {
        let words: &'static [AtomicU64] = Vec::from_iter((0..64).map(|_| AtomicU64::new(0))).leak();
        let base = words.as_ptr() as u64;
        set_region(base, 64 * 8);

        // Inside: done, no fault.
        st(base + 8, 42);
        assert_eq!(ld(base + 8), 42);
        store(base + 17, Mem::B1, 7);
        assert_eq!(load(base + 17, Mem::B1), 7);
        copy(base + 64, base + 8, 8);
        assert_eq!(ld(base + 64), 42);
        assert!(!faulted());

        // Below, beyond, straddling the end, misaligned, nil: not made, recorded, first one kept.
        assert_eq!(ld(8), 0);
        assert_eq!(take_fault(), Some(8));
        st(base + 64 * 8, 1);
        st(base + 2, 1);
        assert_eq!(take_fault(), Some(base + 64 * 8));
        assert_eq!(load(base + 63 * 8 + 6, Mem::B4), 0);
        assert_eq!(take_fault(), Some(base + 63 * 8 + 6));
        copy(base, base + 60 * 8, 5 * 8);
        assert_eq!(take_fault(), Some(base + 60 * 8));
        write_bytes(base + 63 * 8, &[1; 9]);
        zero(0, 16);
        assert!(read_bytes(base + 64 * 8 - 1, 2).is_empty());
        assert_eq!(take_fault(), Some(base + 63 * 8));
        assert_eq!(atomic::add(base + 4, Mem::B8, 1), 0);
        assert!(!atomic::cas(0, Mem::B4, 0, 1));
        assert_eq!(take_fault(), Some(base + 4));
        assert_eq!(ld(base + 8), 42, "refused stores changed nothing");
        assert_eq!(ld(base + 64 * 8 - 8), 0);

        // Faults are per thread; good accesses from many threads at once stay exact.
        let threads: Vec<_> = (0..8u64)
            .map(|t| {
                std::thread::spawn(move || {
                    for i in 0..10_000u64 {
                        atomic::add(base + 8 * (32 + t), Mem::B8, 1);
                        if i % 1000 == 0 {
                            assert_eq!(ld(u64::MAX - 7 - t), 0);
                        }
                    }
                    let f = take_fault();
                    (f, faulted())
                })
            })
            .collect();
        for (t, h) in threads.into_iter().enumerate() {
            let (f, still) = h.join().expect("thread");
            assert_eq!(f, Some(u64::MAX - 7 - t as u64));
            assert!(!still);
        }
        assert!(!faulted(), "other threads' faults are theirs");
        for t in 0..8 {
            assert_eq!(ld(base + 8 * (32 + t)), 10_000);
        }
    }
}
