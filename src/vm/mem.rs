//! The VM's only door to heap memory: typed loads and stores of Go values at addresses the VM
//! itself computed.
//!
//! Invariant that makes these safe to call (the reason they are not `unsafe fn`): every address
//! passed here is a live heap object's base plus an offset the VM bounds-checked against that
//! object's own immutable size information (a slice header's cap, a string's length, a struct
//! type's field count, an array type's length), or a static. Objects are kept alive by the
//! collector because every pointer the VM holds is in a root (a goroutine's registers, a deferred
//! call, a panic value, the globals or the constants) or in a `Scan` object reachable from one,
//! and the collector runs only at safepoints. Nil is checked before any access (`addr == 0` is
//! never dereferenced). All accesses are relaxed atomics (see `heap::access`).

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

use super::op::Mem;
use crate::heap::access;

#[inline]
pub fn ld(addr: u64) -> u64 {
    debug_assert!(addr >= 4096 && addr.is_multiple_of(8));
    // SAFETY: module invariant.
    unsafe { access::load_u64(addr) }
}

#[inline]
pub fn st(addr: u64, v: u64) {
    debug_assert!(addr >= 4096 && addr.is_multiple_of(8));
    // SAFETY: module invariant.
    unsafe { access::store_u64(addr, v) }
}

/// Loads a value of width `m`, extended to a register word.
#[inline]
pub fn load(addr: u64, m: Mem) -> u64 {
    debug_assert!(addr >= 4096);
    // SAFETY: module invariant; alignment follows from element widths and 8-aligned objects.
    unsafe {
        match m {
            Mem::B8 => access::load_u64(addr),
            Mem::B1 => access::load_u8(addr) as u64,
            Mem::B2 => access::load_u16(addr) as u64,
            Mem::B4 => access::load_u32(addr) as u64,
            Mem::S1 => access::load_u8(addr) as i8 as i64 as u64,
            Mem::S2 => access::load_u16(addr) as i16 as i64 as u64,
            Mem::S4 => access::load_u32(addr) as i32 as i64 as u64,
            Mem::F4 => (f32::from_bits(access::load_u32(addr)) as f64).to_bits(),
        }
    }
}

#[inline]
pub fn store(addr: u64, m: Mem, v: u64) {
    debug_assert!(addr >= 4096);
    // SAFETY: module invariant.
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

/// memmove of `n` bytes between live objects.
#[inline]
pub fn copy(dst: u64, src: u64, n: u64) {
    if n == 0 {
        return;
    }
    // SAFETY: module invariant.
    unsafe { access::copy_bytes(dst, src, n as usize) }
}

/// Reads `n` bytes starting at `addr` into a new vector.
pub fn read_bytes(addr: u64, n: u64) -> Vec<u8> {
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
    let mut i = 0;
    let n = bytes.len();
    while i + 8 <= n {
        let w = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
        st(addr + i as u64, w);
        i += 8;
    }
    while i < n {
        store(addr + i as u64, Mem::B1, bytes[i] as u64);
        i += 1;
    }
}

/// Zeroes `n` bytes at `addr`.
pub fn zero(addr: u64, n: u64) {
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
    use super::{Mem, access};

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
        // SAFETY: module invariant (see the parent module).
        unsafe { if wide(m) { access::load_sc_u64(addr) } else { reg(m, access::load_sc_u32(addr) as u64) } }
    }

    pub fn store(addr: u64, m: Mem, v: u64) {
        // SAFETY: module invariant.
        unsafe { if wide(m) { access::store_sc_u64(addr, v) } else { access::store_sc_u32(addr, v as u32) } }
    }

    pub fn cas(addr: u64, m: Mem, old: u64, new: u64) -> bool {
        // SAFETY: module invariant.
        unsafe { if wide(m) { access::cas_u64(addr, old, new) } else { access::cas_u32(addr, old as u32, new as u32) } }
    }

    pub fn swap(addr: u64, m: Mem, v: u64) -> u64 {
        // SAFETY: module invariant.
        unsafe { if wide(m) { access::swap_u64(addr, v) } else { reg(m, access::swap_u32(addr, v as u32) as u64) } }
    }

    pub fn add(addr: u64, m: Mem, v: u64) -> u64 {
        // SAFETY: module invariant.
        unsafe { if wide(m) { access::add_u64(addr, v) } else { reg(m, access::add_u32(addr, v as u32) as u64) } }
    }

    pub fn and(addr: u64, m: Mem, v: u64) -> u64 {
        // SAFETY: module invariant.
        unsafe { if wide(m) { access::and_u64(addr, v) } else { reg(m, access::and_u32(addr, v as u32) as u64) } }
    }

    pub fn or(addr: u64, m: Mem, v: u64) -> u64 {
        // SAFETY: module invariant.
        unsafe { if wide(m) { access::or_u64(addr, v) } else { reg(m, access::or_u32(addr, v as u32) as u64) } }
    }
}
