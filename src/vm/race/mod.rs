//! The race detector behind `-race`: happens-before detection with vector clocks after FastTrack,
//! over shadow memory beside the heap, fed by the instrumented instance of the dispatch loop.
//!
//! - Each running goroutine holds a *slot* (a small index, reused after a quarantine) and a tick
//!   that counts its accesses, so (slot, tick) names one access. Its vector clock says, per slot,
//!   the latest tick that happened before it (`clock`).
//! - Every 8-byte heap word has four shadow words (`shadow`): the last write's and up to three
//!   concurrent reads' epochs — slot, tick and the mask of bytes accessed. An access races with a
//!   recorded one when their bytes overlap, they come from different slots, and the recorded tick
//!   is beyond what the accessing goroutine's clock holds for that slot. After a report the word
//!   forgets its history, as ThreadSanitizer's does.
//! - Synchronisation moves clocks: a sync variable (a mutex, a WaitGroup, an atomic word: a clock
//!   keyed by address) is released into and acquired from; channels keep their clocks in their
//!   state (`chan.rs`); `go` copies the parent's clock into the child.
//! - Reports (`report`) name both accesses' stacks: the current one from the frames, the earlier
//!   one from its slot's ring of recent accesses (`history`).

mod clock;
mod history;
mod report;
mod shadow;
mod values;

pub use clock::Vc;
pub use history::DepotCache;
use history::{Depot, ROOT, Ring, UNKNOWN};
use rustc_hash::FxHashMap;
use shadow::Shadow;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex, OnceLock};

use super::Vm;

/// The detector, when the program runs with `-race`.
static DETECTOR: OnceLock<Detector> = OnceLock::new();

// Epoch layout in a shadow word: byte mask (8 bits) | sync flag (1) | atomic flag (1) |
// slot + 1 (18) | tick (36).
const TICK_BITS: u32 = 36;
const TICK_MASK: u64 = (1 << TICK_BITS) - 1;
const SLOT_MASK: u64 = (1 << 18) - 1;
/// In a write word: the word is (also) a sync variable, in the table to clear with the object.
const SYNC_FLAG: u64 = 1 << 55;
/// The access was atomic (sync/atomic, a mutex's state): atomic accesses never race each other.
const ATOMIC_FLAG: u64 = 1 << 54;
/// Freed slots that a goroutine does not know all of wait in line this long before it may take
/// one anyway, so a new goroutine rarely inherits a slot whose old accesses are still in shadow
/// (such reuse can only hide races, never invent them).
const QUARANTINE: usize = 256;
/// Below this many slots, a goroutine takes a fresh slot rather than a freed one it does not know
/// all of. A slot costs little until it is used (its ring is allocated chunk by chunk).
const INEXACT_REUSE_FROM: usize = 2048;
/// How many of the oldest freed slots are looked at for one the goroutine knows all of.
const KNOWN_SCAN: usize = 64;
const SYNC_SHARDS: usize = 64;

/// Functions of the Go runtime that Go's reports show as the innermost frame of an access made
/// inside them (a map operation, a copy); encoded as function indexes from the top.
#[derive(Clone, Copy)]
pub enum RtFn {
    MapAccess = 0,
    MapAssign,
    MapDelete,
    MapClear,
    MapIter,
    SliceCopy,
    GrowSlice,
    ChanSend,
    ChanClose,
    SliceToString,
}

const RT_BASE: u32 = u32::MAX - 16;
const RT_NAMES: [&str; 10] = [
    "mapaccess",
    "mapassign",
    "mapdelete",
    "mapclear",
    "mapiterinit",
    "slicecopy",
    "growslice",
    "chansend",
    "closechan",
    "slicebytetostring",
];

pub struct Detector {
    shadow: Shadow,
    depot: Depot,
    slots: Mutex<Slots>,
    syncs: Box<[SyncShard]>,
    ring_entries: usize,
    pub reports: report::Reports,
    /// The runtime's timer context, which sends on a timer's channel when it fires.
    timer_g: Mutex<Option<Box<RaceG>>>,
    /// A second goroutine was started. Until then nothing is recorded: every access the main
    /// goroutine makes before its first `go` statement happens before everything any other
    /// goroutine will ever do, so it can take part in no race (and a program that never starts
    /// one runs at nearly full speed).
    started: AtomicBool,
    /// Slots held by goroutines.
    held: AtomicUsize,
}

struct Slots {
    info: Vec<SlotInfo>,
    /// Freed slots, oldest first, with the number of the release that freed them: an entry
    /// whose slot was taken back by its last occupant (and maybe freed again) is stale.
    free: VecDeque<(u32, u64)>,
    /// How many slots are free.
    free_count: usize,
    releases: u64,
}

impl Slots {
    fn valid(&self, (slot, release): (u32, u64)) -> bool {
        let info = &self.info[slot as usize];
        info.free && info.released == release
    }
}

struct SlotInfo {
    ring: Arc<Ring>,
    /// Goroutines that held the slot, in order of their first tick.
    occupants: Vec<Occupant>,
    /// The last tick used in the slot (a new occupant goes on from there).
    tick: u64,
    free: bool,
    /// The release that last freed it.
    released: u64,
}

#[derive(Clone)]
struct Occupant {
    start: u64,
    goid: u64,
    /// The stack of its `go` statement (ROOT for the main goroutine).
    created: u32,
    /// Set when the goroutine ends (it may hold other slots after this one).
    finished: Arc<AtomicBool>,
}

/// A sync variable: what was released into it (a clock), in the table by address and also kept
/// at hand by the goroutine that used it last (a mutex locked in a loop costs no lookup).
///
/// After a `release_store` (a mutex's Unlock) the releaser's own epoch is kept beside the clock
/// rather than in it: a goroutine that unlocks what it locked last, its clock unchanged since
/// (`version`), then only stores the epoch, and one that locks what it unlocked last acquires
/// nothing (its clock has grown from the one it released). The fields outside the lock are read
/// after the operation that orders the reader after the release (a mutex's Lock, an atomic
/// load), so they are current when they name the reader.
#[derive(Default)]
struct SyncVar {
    /// Its object's memory was reused: not this variable any more.
    dead: AtomicBool,
    /// The last `release_store`'s goroutine id + 1 (0: none since the last `release_merge`),
    /// its epoch (slot + 1, tick, as in shadow words) and its clock version.
    by: AtomicU64,
    epoch: AtomicU64,
    version: AtomicU64,
    clock: Mutex<Vc>,
}

impl SyncVar {
    /// `vc` with the releaser's epoch folded in.
    fn fold_into(&self, vc: &mut Vc) {
        let e = self.epoch.load(Relaxed);
        if self.by.load(Relaxed) != 0
            && let Some(s) = slot_of(e)
        {
            vc.set(s, vc.get(s).max(e & TICK_MASK));
        }
    }

    fn full(&self) -> Vc {
        let mut vc = lock(&self.clock).clone();
        self.fold_into(&mut vc);
        vc
    }
}

/// One shard of the sync-variable table.
type SyncShard = Mutex<FxHashMap<u64, Arc<SyncVar>>>;

/// A goroutine's race state: moves with it between the VM and the parked set.
pub struct RaceG {
    /// Its slot, NO_SLOT until its first memory access: a goroutine that has touched nothing
    /// has no epochs to name, so 100,000 goroutines started at once but run one after another
    /// share a few hundred slots (and clocks stay that small).
    slot: u32,
    /// The slot it gave back last (NO_SLOT: none), taken back when still free and unused.
    last_slot: u32,
    tick: u64,
    vc: Vc,
    ring: Option<Arc<Ring>>,
    goid: u64,
    /// The stack of its `go` statement.
    created: u32,
    finished: Arc<AtomicBool>,
    /// Changes whenever `vc` gains from others (or the goroutine changes slot).
    version: u64,
    /// The sync variable it used last.
    last_sync: Option<(u64, Arc<SyncVar>)>,
}

const NO_SLOT: u32 = u32::MAX;
/// With more slots than this held, a goroutine that parks gives its slot back (and takes one
/// again at its next access), so the number of slots, and with it every clock's size, follows the
/// goroutines that run rather than those that wait. Fewer held, a parked goroutine keeps its slot
/// (no churn for ordinary programs).
const DETACH_ABOVE: usize = 512;

pub fn detector() -> Option<&'static Detector> {
    DETECTOR.get()
}

/// Turns the detector on for a heap region; the main goroutine's state.
pub fn enable(heap: &'static crate::heap::Heap) -> Result<RaceG, String> {
    let (base, len) = heap.region();
    let shadow = Shadow::new(base, len).ok_or("race: cannot reserve shadow memory")?;
    let opts = report::Options::from_env()?;
    let det = Detector {
        shadow,
        depot: Depot::default(),
        slots: Mutex::new(Slots { info: Vec::new(), free: VecDeque::new(), free_count: 0, releases: 0 }),
        syncs: (0..SYNC_SHARDS).map(|_| Mutex::new(FxHashMap::default())).collect(),
        ring_entries: 32_768 << opts.history_size,
        reports: report::Reports::new(opts),
        timer_g: Mutex::new(None),
        started: AtomicBool::new(false),
        held: AtomicUsize::new(0),
    };
    if DETECTOR.set(det).is_err() {
        return Err("race: detector enabled twice".into());
    }
    heap.set_on_release(|off, len| {
        if let Some(d) = detector() {
            d.shadow.release_heap_range(off, len)
        }
    });
    let d = detector().ok_or("race: detector missing")?;
    Ok(d.new_g(1, ROOT, Vc::default()))
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The slot and tick fields of a shadow word (the inverse of `slot_of` and `& TICK_MASK`).
#[inline]
fn epoch(slot: u32, tick: u64) -> u64 {
    (slot as u64 + 1) << TICK_BITS | tick
}

#[inline]
fn slot_of(e: u64) -> Option<u32> {
    let s = (e >> TICK_BITS) & SLOT_MASK;
    (s != 0).then(|| s as u32 - 1)
}

impl Detector {
    fn new_g(&self, goid: u64, created: u32, vc: Vc) -> RaceG {
        RaceG {
            slot: NO_SLOT,
            last_slot: NO_SLOT,
            tick: 0,
            vc,
            ring: None,
            goid,
            created,
            finished: Arc::default(),
            version: 0,
            last_sync: None,
        }
    }

    /// Gives `g` a slot: a freed one it knows all of, else a fresh one, else (with many slots)
    /// the oldest freed one out of quarantine. Its ticks go on from the slot's last one.
    ///
    /// A slot whose every access `g` knows of is reused exactly: a clock that later learns `g`'s
    /// ticks there learns `g`'s whole clock, which covers the earlier occupants' accesses. Any
    /// other reuse merges two occupants' ticks, so a clock that saw the new one's hides a race
    /// with the old one's (main writes, then waits in `wg.Wait`, and a later occupant of its slot
    /// unlocks the mutex the racing goroutine locks).
    #[cold]
    fn assign_slot(&self, g: &mut RaceG) {
        let mut s = lock(&self.slots);
        let s = &mut *s;
        let knows =
            |g: &RaceG, info: &[SlotInfo], f: u32| info[f as usize].free && g.vc.get(f) >= info[f as usize].tick;
        let mut slot = None;
        if g.last_slot != NO_SLOT && knows(g, &s.info, g.last_slot) {
            slot = Some(g.last_slot);
        } else {
            // Stale entries are dropped on the way.
            let mut i = 0;
            while i < s.free.len().min(KNOWN_SCAN) {
                let e = s.free[i];
                if !s.valid(e) {
                    s.free.remove(i);
                } else if knows(g, &s.info, e.0) {
                    slot = Some(e.0);
                    break;
                } else {
                    i += 1;
                }
            }
            if slot.is_none()
                && ((s.free_count > QUARANTINE && s.info.len() >= INEXACT_REUSE_FROM)
                    || (s.info.len() as u64) >= SLOT_MASK - 1)
            {
                while let Some(e) = s.free.pop_front() {
                    if s.valid(e) {
                        slot = Some(e.0);
                        break;
                    }
                }
            }
        }
        let slot = match slot {
            Some(f) => {
                s.info[f as usize].free = false;
                s.free_count -= 1;
                f
            }
            None => {
                s.info.push(SlotInfo {
                    ring: Arc::new(Ring::new(self.ring_entries)),
                    occupants: Vec::new(),
                    tick: 0,
                    free: false,
                    released: 0,
                });
                s.info.len() as u32 - 1
            }
        };
        let info = &mut s.info[slot as usize];
        let start = info.tick + 1;
        // Occupants whose accesses have all left the slot's ring cannot be named any more.
        let forgotten = start.saturating_sub(self.ring_entries as u64);
        let gone = info.occupants.iter().skip(1).take_while(|o| o.start <= forgotten).count();
        info.occupants.drain(..gone);
        info.occupants.push(Occupant { start, goid: g.goid, created: g.created, finished: g.finished.clone() });
        self.held.fetch_add(1, Relaxed);
        g.slot = slot;
        g.tick = info.tick;
        g.ring = Some(info.ring.clone());
        g.version += 1;
    }

    fn end_g(&self, g: &mut RaceG) {
        g.finished.store(true, Relaxed);
        self.release_slot(g);
    }

    /// `g` parks: it gives its slot back when many are held.
    pub fn park(&self, g: &mut RaceG) {
        if g.slot != NO_SLOT && self.held.load(Relaxed) > DETACH_ABOVE {
            // Its own clock keeps its last tick in the slot, so its next accesses, in another
            // slot, stay ordered after these.
            g.publish();
            self.release_slot(g);
        }
    }

    fn release_slot(&self, g: &mut RaceG) {
        if g.slot == NO_SLOT {
            return;
        }
        let mut s = lock(&self.slots);
        s.releases += 1;
        let release = s.releases;
        let info = &mut s.info[g.slot as usize];
        info.tick = g.tick.max(info.tick);
        info.free = true;
        info.released = release;
        s.free.push_back((g.slot, release));
        s.free_count += 1;
        if s.free.len() > 2 * s.free_count + KNOWN_SCAN {
            // Slots taken back by their occupants left stale entries behind.
            let valid: VecDeque<_> = s.free.iter().copied().filter(|&e| s.valid(e)).collect();
            s.free = valid;
        }
        g.last_slot = g.slot;
        self.held.fetch_sub(1, Relaxed);
        g.slot = NO_SLOT;
        g.ring = None;
        g.version += 1;
    }

    /// The goroutine that made access (slot, tick), and whether it is running.
    fn occupant(&self, slot: u32, tick: u64) -> Option<Occupant> {
        let s = lock(&self.slots);
        let info = s.info.get(slot as usize)?;
        info.occupants.iter().rev().find(|o| o.start <= tick).cloned()
    }

    fn shard(&self, addr: u64) -> &SyncShard {
        &self.syncs[((addr >> 3).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize % SYNC_SHARDS]
    }

    fn mark_sync(&self, addr: u64) {
        if let Some(c) = self.shadow.cell(addr) {
            c[0].fetch_or(SYNC_FLAG, Relaxed);
        }
    }

    /// A new object at `[addr, addr+bytes)`: its words have no history and are no sync variables.
    pub fn clear(&self, addr: u64, bytes: u64) {
        if !self.started.load(Relaxed) {
            // Nothing was recorded yet: the shadow is all zero.
            return;
        }
        if bytes <= 4096 {
            let mut a = addr;
            while a < addr + bytes {
                if let Some(c) = self.shadow.cell(a)
                    && c[0].load(Relaxed) & SYNC_FLAG != 0
                    && let Some(v) = lock(self.shard(a)).remove(&a)
                {
                    v.dead.store(true, Relaxed);
                }
                a += 8;
            }
        }
        self.shadow.clear(addr, bytes);
    }
}

impl RaceG {
    fn publish(&mut self) {
        if self.slot != NO_SLOT {
            self.vc.set(self.slot, self.tick);
        }
    }

    /// The sync variable at `addr` (made when `create`), from the one-entry cache or the table.
    /// The caller puts it back in the cache.
    fn sync_var(&mut self, det: &Detector, addr: u64, create: bool) -> Option<Arc<SyncVar>> {
        if let Some((a, v)) = self.last_sync.take()
            && a == addr
            && !v.dead.load(Relaxed)
        {
            return Some(v);
        }
        let mut m = lock(det.shard(addr));
        if let Some(v) = m.get(&addr) {
            return Some(v.clone());
        }
        if !create {
            return None;
        }
        let v = Arc::new(SyncVar::default());
        m.insert(addr, v.clone());
        det.mark_sync(addr);
        Some(v)
    }

    /// Everything released into `addr` happened before what this goroutine does next.
    pub fn acquire(&mut self, det: &Detector, addr: u64) {
        let Some(var) = self.sync_var(det, addr, false) else { return };
        if var.by.load(Relaxed) != self.goid + 1 {
            self.vc.join(&lock(&var.clock));
            var.fold_into(&mut self.vc);
            self.version += 1;
        }
        self.last_sync = Some((addr, var));
    }

    /// What this goroutine did so far happens before a later acquire of `addr`, as does what was
    /// released there before (Go's ReleaseMerge).
    pub fn release_merge(&mut self, det: &Detector, addr: u64) {
        self.publish();
        let Some(var) = self.sync_var(det, addr, true) else { return };
        {
            let mut c = lock(&var.clock);
            var.fold_into(&mut c);
            var.by.store(0, Relaxed);
            c.join(&self.vc);
        }
        self.last_sync = Some((addr, var));
    }

    /// Like `release_merge`, but replaces what was released before (Go's Release).
    pub fn release_store(&mut self, det: &Detector, addr: u64) {
        self.publish();
        let Some(var) = self.sync_var(det, addr, true) else { return };
        let epoch = if self.slot == NO_SLOT { 0 } else { epoch(self.slot, self.tick) };
        if var.by.load(Relaxed) == self.goid + 1 && var.version.load(Relaxed) == self.version {
            var.epoch.store(epoch, Relaxed);
        } else {
            let mut c = lock(&var.clock);
            c.copy_from(&self.vc);
            var.version.store(self.version, Relaxed);
            var.epoch.store(epoch, Relaxed);
            var.by.store(self.goid + 1, Relaxed);
        }
        self.last_sync = Some((addr, var));
    }

    /// A clock outside the sync table (a channel slot): acquire from it, then store into it.
    pub fn release_acquire_clock(&mut self, c: &mut Vc) {
        self.publish();
        self.vc.join(c);
        self.version += 1;
        c.copy_from(&self.vc);
    }

    pub fn acquire_clock(&mut self, c: &Vc) {
        self.vc.join(c);
        self.version += 1;
    }

    pub fn release_merge_clock(&mut self, c: &mut Vc) {
        self.publish();
        c.join(&self.vc);
    }

    /// Both directions at once (an unbuffered channel's hand-off).
    pub fn sync_with(&mut self, other: &mut RaceG) {
        self.publish();
        other.publish();
        self.vc.join(&other.vc);
        other.vc.join(&self.vc);
        self.version += 1;
        other.version += 1;
    }
}

/// The byte mask of an access of `bytes` at `addr` within its word.
#[inline]
fn byte_mask(addr: u64, bytes: u64) -> u64 {
    let m = if bytes >= 8 { 0xff } else { (1u64 << bytes) - 1 };
    (m << (addr & 7)) & 0xff
}

impl Vm {
    /// The interned stack of the running frame's callers (cached in the frames).
    fn race_callers(&mut self, det: &Detector) -> u32 {
        let n = self.frames.len();
        if n == 0 {
            return ROOT;
        }
        if self.frames[n - 1].race_node != UNKNOWN {
            return self.frames[n - 1].race_node;
        }
        let mut i = n - 1;
        while i > 0 && self.frames[i].race_node == UNKNOWN {
            i -= 1;
        }
        if self.frames[i].race_node == UNKNOWN {
            self.frames[i].race_node = ROOT;
        }
        for j in i + 1..n {
            let caller = self.frames[j - 1];
            let node = self.race_cache.intern(&det.depot, caller.race_node, caller.func, caller.pc);
            self.frames[j].race_node = node;
        }
        self.frames[n - 1].race_node
    }

    /// The full stack of the running goroutine at `pc` (after the instruction), as one node.
    pub(crate) fn race_stack_here(&mut self, pc: u32) -> u32 {
        let Some(det) = self.race else { return ROOT };
        let callers = self.race_callers(det);
        let func = self.frames.last().map_or(0, |f| f.func);
        self.race_cache.intern(&det.depot, callers, func, pc)
    }

    /// A read (`write` false) or write of `bytes` (≤ 8, within one word) at `addr` by the
    /// instruction before `pc` in the running frame.
    #[inline]
    pub(crate) fn race_access(&mut self, addr: u64, bytes: u64, write: bool, pc: usize) {
        let Some(det) = self.race else { return };
        let Some(cell) = det.shadow.cell(addr) else { return };
        if self.race_g.is_none() || self.frames.is_empty() || !det.started.load(Relaxed) {
            return;
        }
        let node = self.race_callers(det);
        let func = self.frames[self.frames.len() - 1].func;
        self.race_check(det, cell, byte_mask(addr, bytes), write, 0, node, func, pc as u32, addr);
    }

    /// An atomic access by a native called at the running frame's saved pc (sync/atomic, the
    /// state word of a sync primitive): it races only with plain accesses.
    pub fn race_atomic(&mut self, addr: u64, bytes: u64, write: bool) {
        self.race_native_access(addr, bytes, write, ATOMIC_FLAG);
    }

    /// A plain access made by a native on the program's behalf (Go's explicit race.Read/Write).
    pub fn race_plain(&mut self, addr: u64, bytes: u64, write: bool) {
        self.race_native_access(addr, bytes, write, 0);
    }

    fn race_native_access(&mut self, addr: u64, bytes: u64, write: bool, atomic: u64) {
        let Some(det) = self.race else { return };
        let Some(cell) = det.shadow.cell(addr) else { return };
        if self.race_g.is_none() || self.frames.is_empty() || !det.started.load(Relaxed) {
            return;
        }
        let node = self.race_callers(det);
        let top = self.frames[self.frames.len() - 1];
        self.race_check(det, cell, byte_mask(addr, bytes), write, atomic, node, top.func, top.pc, addr);
    }

    /// An access made by a runtime function `rt` on behalf of the instruction before `pc`.
    pub(crate) fn race_rt_access(&mut self, addr: u64, bytes: u64, write: bool, rt: RtFn, pc: usize) {
        let Some(det) = self.race else { return };
        if self.race_g.is_none() || self.frames.is_empty() || !det.started.load(Relaxed) {
            return;
        }
        let node = self.race_stack_here(pc as u32);
        let mut a = addr & !7;
        let end = addr + bytes.max(1);
        while a < end {
            let Some(cell) = det.shadow.cell(a) else { return };
            let lo = addr.max(a);
            let hi = end.min(a + 8);
            let mask = byte_mask(lo, hi - lo);
            if !self.race_check(det, cell, mask, write, 0, node, RT_BASE + rt as u32, 0, lo) {
                // One report per range is enough (Go reports the range's first racy word).
                return;
            }
            a += 8;
        }
    }

    /// Checks and records one access; false when it reported a race.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn race_check(
        &mut self,
        det: &'static Detector,
        cell: &shadow::Cells,
        mask: u64,
        write: bool,
        atomic: u64,
        node: u32,
        func: u32,
        pc: u32,
        addr: u64,
    ) -> bool {
        let Some(g) = self.race_g.as_deref_mut() else { return true };
        if g.slot == NO_SLOT {
            det.assign_slot(g);
        }
        g.tick = (g.tick + 1) & TICK_MASK;
        if let Some(ring) = &g.ring {
            ring.put(g.tick, node, func, pc);
        }
        let me = mask << 56 | atomic | epoch(g.slot, g.tick);
        let w = cell[0].load(Relaxed);
        let concurrent = |e: u64, g: &RaceG| {
            (e >> 56) & mask != 0
                && (e & atomic) == 0
                && slot_of(e).is_some_and(|s| s != g.slot && e & TICK_MASK > g.vc.get(s))
        };
        let mut prev = None;
        if concurrent(w, g) {
            prev = Some((w, true));
        }
        let reads = &cell[1..];
        if write {
            for r in reads {
                let e = r.load(Relaxed);
                if concurrent(e, g) {
                    prev = prev.or(Some((e, false)));
                }
            }
            cell[0].store(me | (w & SYNC_FLAG), Relaxed);
        } else {
            // Reads never race each other, so concurrent ones are all kept (a later write must
            // meet each). The new read takes, in order of preference: the cell of this slot's own
            // earlier read of no more bytes, an empty cell, one whose read happened before this
            // one and covers no more bytes (any access ordered after this read is ordered after
            // that one too), or, when three concurrent reads are held, one chosen by the tick.
            let mut best = (0u8, 1 + (g.tick % 3) as usize);
            for (i, r) in reads.iter().enumerate() {
                let e = r.load(Relaxed);
                let covered = (e >> 56) & !mask == 0;
                let rank = if e == 0 {
                    2
                } else if covered && slot_of(e) == Some(g.slot) {
                    3
                } else if covered && slot_of(e).is_some_and(|s| e & TICK_MASK <= g.vc.get(s)) {
                    1
                } else {
                    0
                };
                if rank > best.0 {
                    best = (rank, i + 1);
                }
            }
            cell[best.1].store(me, Relaxed);
        }
        let Some((e, prev_write)) = prev else { return true };
        // As ThreadSanitizer after a report: the word forgets its accesses (the current one too),
        // so it cannot trap again on the same history; a later race there is between later
        // accesses (Go reports `x++` racing once, not as a read and then a write).
        cell[0].store(cell[0].load(Relaxed) & SYNC_FLAG, Relaxed);
        for r in &cell[1..] {
            r.store(0, Relaxed);
        }
        let (slot, tick) = (slot_of(e).unwrap_or(0), e & TICK_MASK);
        let cur = report::Access { write, addr, node, func, pc, slot: g.slot, tick: g.tick };
        let prev = report::Access { write: prev_write, addr, node: 0, func: 0, pc: 0, slot, tick };
        self.race_report(det, cur, prev);
        false
    }

    // ---- goroutines ----

    /// The race state of a goroutine the running one starts with its `go` statement at `pc`
    /// (the go statement happens before the goroutine starts); for a timer's function (`pc`
    /// None), what was released into the function value (time.AfterFunc, Reset).
    pub(crate) fn race_spawn(&mut self, goid: u64, pc: Option<usize>, closure: u64) -> Option<Box<RaceG>> {
        let det = self.race?;
        det.started.store(true, Relaxed);
        let Some(pc) = pc else {
            let mut g = det.new_g(goid, ROOT, Vc::default());
            g.acquire(det, closure);
            return Some(Box::new(g));
        };
        let created = self.race_stack_here(pc as u32);
        let parent = self.race_g.as_deref_mut()?;
        parent.publish();
        Some(Box::new(det.new_g(goid, created, parent.vc.clone())))
    }

    /// The running goroutine ends.
    pub(crate) fn race_exit(&mut self) {
        if let (Some(det), Some(mut g)) = (self.race, self.race_g.take()) {
            det.end_g(&mut g);
        }
    }

    // ---- sync variables of the running goroutine ----

    pub fn race_acquire(&mut self, addr: u64) {
        if let (Some(det), Some(g)) = (self.race, self.race_g.as_deref_mut()) {
            g.acquire(det, addr);
        }
    }

    pub fn race_release_merge(&mut self, addr: u64) {
        if let (Some(det), Some(g)) = (self.race, self.race_g.as_deref_mut()) {
            g.release_merge(det, addr);
        }
    }

    pub fn race_release_store(&mut self, addr: u64) {
        if let (Some(det), Some(g)) = (self.race, self.race_g.as_deref_mut()) {
            g.release_store(det, addr);
        }
    }

    /// A timer fires and sends on channel `ch`: the send is made by the timer context, which
    /// acquires what arming the timer released (NewTimer, Reset: Go's timer races), not by the
    /// goroutine that happens to run the timer. Returns that goroutine's state for `race_timer_exit`.
    pub(crate) fn race_timer_enter(&mut self, ch: u64) -> Option<Box<RaceG>> {
        let det = self.race?;
        let mut tg = lock(&det.timer_g).take().unwrap_or_else(|| Box::new(det.new_g(0, ROOT, Vc::default())));
        let armed = lock(det.shard(ch)).get(&ch).map(|v| v.full()).unwrap_or_default();
        tg.vc.copy_from(&armed);
        tg.version += 1;
        tg.publish();
        self.race_g.replace(tg)
    }

    pub(crate) fn race_timer_exit(&mut self, saved: Option<Box<RaceG>>) {
        if let Some(det) = self.race {
            let tg = std::mem::replace(&mut self.race_g, saved);
            *lock(&det.timer_g) = tg;
        }
    }

    /// A new object: forget what its memory was.
    #[inline]
    pub(crate) fn race_clear(&self, addr: u64, bytes: u64) {
        if let Some(det) = self.race {
            det.clear(addr, bytes);
        }
    }
}

/// Races found so far (for `testing`).
pub fn race_count() -> u64 {
    detector().map_or(0, |d| d.reports.count())
}

/// At exit: Go's racefini, which speaks only when the program is exiting with status 0.
pub fn finish_exit_code(code: i32) -> i32 {
    match detector() {
        Some(d) if code == 0 => d.reports.fini(),
        _ => code,
    }
}
