//! What a report needs to name an earlier access: each slot's ring of its latest accesses (as
//! ThreadSanitizer keeps a per-thread trace) and the depot of interned call stacks they point to.
//!
//! An access is recorded as (tick, stack node, function, pc): the node stands for the callers'
//! frames, so recording is two relaxed stores, and a stack is interned once per frame (cached in
//! the frame) rather than once per access.

use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, OnceLock};

/// Entries per lazily allocated chunk: a goroutine that makes few accesses costs 4 KiB.
const CHUNK: usize = 256;

/// The last `len` accesses of one slot, indexed by tick; written only by the goroutine holding
/// the slot, read by any thread writing a report (a torn entry can only name a wrong frame).
pub struct Ring {
    chunks: Box<[OnceLock<Box<[AtomicU64]>>]>,
    mask: u64,
}

impl Ring {
    /// A ring of `entries` (a power of two, at least one chunk).
    pub fn new(entries: usize) -> Ring {
        let entries = entries.next_power_of_two().max(CHUNK);
        Ring { chunks: (0..entries / CHUNK).map(|_| OnceLock::new()).collect(), mask: entries as u64 - 1 }
    }

    #[inline]
    pub fn put(&self, tick: u64, node: u32, func: u32, pc: u32) {
        let i = (tick & self.mask) as usize;
        let chunk = self.chunks[i / CHUNK].get_or_init(|| (0..2 * CHUNK).map(|_| AtomicU64::new(0)).collect());
        let e = 2 * (i % CHUNK);
        chunk[e].store((node as u64) << 32 | (tick as u32 as u64), Relaxed);
        chunk[e + 1].store((func as u64) << 32 | pc as u64, Relaxed);
    }

    /// (node, function, pc) of the access at `tick`, if it is still in the ring.
    pub fn get(&self, tick: u64) -> Option<(u32, u32, u32)> {
        let i = (tick & self.mask) as usize;
        let chunk = self.chunks[i / CHUNK].get()?;
        let (a, b) = (chunk[2 * (i % CHUNK)].load(Relaxed), chunk[2 * (i % CHUNK) + 1].load(Relaxed));
        (a as u32 == tick as u32 && a != 0).then_some(((a >> 32) as u32, (b >> 32) as u32, b as u32))
    }
}

/// Node 0 means "not interned yet" (a frame's cache); node 1 is the empty stack.
pub const UNKNOWN: u32 = 0;
pub const ROOT: u32 = 1;

/// Interned call stacks: a node is (caller's node, function, pc after the call).
pub struct Depot {
    inner: Mutex<DepotInner>,
}

struct DepotInner {
    map: FxHashMap<(u32, u32, u32), u32>,
    nodes: Vec<(u32, u32, u32)>,
}

impl Default for Depot {
    fn default() -> Depot {
        Depot { inner: Mutex::new(DepotInner { map: FxHashMap::default(), nodes: vec![(0, 0, 0), (0, 0, 0)] }) }
    }
}

impl Depot {
    pub fn intern(&self, parent: u32, func: u32, pc: u32) -> u32 {
        let mut d = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&n) = d.map.get(&(parent, func, pc)) {
            return n;
        }
        let n = d.nodes.len() as u32;
        d.nodes.push((parent, func, pc));
        d.map.insert((parent, func, pc), n);
        n
    }

    /// The frames (function, pc) of `node`, innermost first.
    pub fn frames(&self, mut node: u32) -> Vec<(u32, u32)> {
        let d = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = Vec::new();
        while node > ROOT && (node as usize) < d.nodes.len() && out.len() < 10_000 {
            let (parent, func, pc) = d.nodes[node as usize];
            out.push((func, pc));
            node = parent;
        }
        out
    }
}

/// A per-thread direct-mapped cache in front of the depot's lock.
pub struct DepotCache {
    entries: Box<[(u32, u32, u32, u32)]>,
}

const CACHE_SIZE: usize = 4096;

impl Default for DepotCache {
    fn default() -> DepotCache {
        DepotCache { entries: vec![(0, 0, 0, UNKNOWN); CACHE_SIZE].into_boxed_slice() }
    }
}

impl DepotCache {
    #[inline]
    pub fn intern(&mut self, depot: &Depot, parent: u32, func: u32, pc: u32) -> u32 {
        let h = (parent as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ ((func as u64) << 20 | pc as u64);
        let i = (h.wrapping_mul(0xff51_afd7_ed55_8ccd) >> 52) as usize & (CACHE_SIZE - 1);
        let e = self.entries[i];
        if e.3 != UNKNOWN && (e.0, e.1, e.2) == (parent, func, pc) {
            return e.3;
        }
        let n = depot.intern(parent, func, pc);
        self.entries[i] = (parent, func, pc, n);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ring_keeps_the_latest_entries_and_forgets_older_ones() {
        let r = Ring::new(1000); // rounds up to 1024
        for t in 1..=3000u64 {
            r.put(t, t as u32 + 10, 7, t as u32);
        }
        assert_eq!(r.get(3000), Some((3010, 7, 3000)));
        assert_eq!(r.get(1977), Some((1987, 7, 1977)));
        assert_eq!(r.get(1976), None);
        assert_eq!(Ring::new(1).get(5), None);
    }

    #[test]
    fn depot_interns_stacks_once_and_walks_them_from_many_threads() {
        let d = Depot::default();
        let nodes: Vec<Vec<u32>> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(|| {
                        let mut c = DepotCache::default();
                        let a = c.intern(&d, ROOT, 1, 10);
                        let b = c.intern(&d, a, 2, 20);
                        vec![a, b, c.intern(&d, a, 2, 20)]
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(nodes.iter().all(|n| n == &nodes[0] && n[1] == n[2]));
        assert_eq!(d.frames(nodes[0][1]), vec![(2, 20), (1, 10)]);
        assert_eq!(d.frames(ROOT), vec![]);
    }
}
