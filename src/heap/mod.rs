//! The garbage-collected heap shared by all goroutines: non-moving, stop-the-world, conservative
//! mark-sweep over one reserved region of address space.
//!
//! Layout. [`Heap::new`] reserves the whole region (the heap limit, default 64 GiB) with one
//! `mmap(MAP_NORESERVE)`, so "is this word a heap pointer" is a range check plus a look-up in the
//! span table (one word per 8 KiB page, also a lazily committed mapping). Small objects (up to
//! 32 KiB) are rounded up to one of Go's size classes and live in spans of one or a few pages
//! holding objects of that class only; larger objects get a span of their own. Each span has an
//! allocation bitmap and a mark bitmap.
//!
//! Allocation. Each worker thread owns a [`Cache`] (passed as `&mut`, not a thread-local, because
//! goroutines migrate between workers and an explicit handle is checkable) holding one current span
//! per (size class, scan kind). The fast path takes the next free bit of that span's bitmap with no
//! lock (see `cache.rs`); only fetching another span, and large objects, take the central mutex.
//! Memory is zeroed when handed out, and only when the span may hold stale bytes (fresh and
//! released pages are already zero). Zeroing on allocation rather than in the sweep keeps the
//! pause short and costs nothing measurable: 32-byte churn with zeroing runs as fast as
//! allocation from fresh pages (about 78 M allocations/s either way).
//!
//! Collection ([`Heap::collect`], world stopped): flush every cache's spans, mark from the root
//! words with an explicit stack, then sweep every span eagerly (allocation bits := mark bits), free
//! empty spans' pages, and give dirty free pages back to the OS beyond what the next cycle should
//! reuse (the trigger below). Spans owned by caches the collection was not given are marked
//! through but not swept. Pacing is GOGC=100: [`Heap::should_collect`] turns true once the bytes handed out since the
//! last collection exceed max(4 MiB, live bytes after it).
//!
//! Invariants:
//! - Between safepoints nothing outside the heap but the roots holds heap pointers: every pointer a
//!   goroutine keeps is in a root word or in a word of a `Scan` object reachable from roots.
//!   `NoScan` objects hold no pointers the collector must see.
//! - After marking, every object reachable from the roots is marked (conservatively, some
//!   unreachable ones are too); the sweep frees exactly the unmarked allocated objects.
//! - A slot's allocation bit is set iff the object is allocated. A small span is owned by at most
//!   one cache, and only its owner sets bits in it; only the sweep clears them, and never in an
//!   owned span. The partial lists hold only unowned spans.
//! - Span structs are never freed while the heap lives; a table entry is null or the span covering
//!   that page.
//! - A free slot either reads as zero or lies in a span whose `needzero` is set.
//! - Every access to object memory (allocator, marker and VM through [`access`]) is a relaxed
//!   atomic, so racing Go programs are never undefined behaviour in Rust.
//! - Lock order: central mutex, then a cache's orphan list. No other locks.
//!
//! Rejected: a moving/compacting collector (the VM holds raw addresses in registers and roots are
//! found conservatively, so objects cannot move); lazy sweeping (more states shared with mutators;
//! the eager sweep is a bitmap copy per span, small next to marking).

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

#[cfg(not(target_pointer_width = "64"))]
compile_error!("the heap assumes 64-bit addresses");

pub mod access;
mod cache;
mod central;
mod class;
mod finalizer;
mod mark;
pub(crate) mod os;
mod pages;
mod span;

use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub use cache::Cache;
use cache::Slot;
use central::{CacheShared, Central, lock};
use class::{CLASS_SIZE, PAGE_SHIFT, class_of};
pub use class::{MAX_SMALL, PAGE_SIZE};
pub use finalizer::Finalizer;
use os::Mapping;
use span::{Kind, SpanRef, SpanTable};

/// Whether the collector scans an object's words for pointers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scan {
    /// Never scanned: string bytes, backing arrays of pointer-free elements.
    NoScan,
    /// Every 8-byte word is a possible pointer.
    Scan,
}

/// The region is exhausted; the VM reports Go's `fatal error: runtime: out of memory`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct OutOfMemory;

impl std::fmt::Display for OutOfMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("runtime: out of memory")
    }
}

impl std::error::Error for OutOfMemory {}

/// Figures for `runtime.ReadMemStats`, in bytes unless named otherwise.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Stats {
    /// Allocated and not yet freed (sweeping is eager, so: live after the last collection plus
    /// everything allocated since).
    pub heap_alloc: u64,
    /// Cumulative bytes allocated (rounded to size classes and pages, as Go counts them).
    pub total_alloc: u64,
    /// Cumulative objects allocated and freed.
    pub mallocs: u64,
    pub frees: u64,
    pub num_gc: u64,
    /// Pages obtained from the OS and not returned: in use plus idle-but-resident.
    pub heap_sys: u64,
    /// Pages in spans.
    pub heap_inuse: u64,
    /// Free pages, resident or not.
    pub heap_idle: u64,
    /// Free pages given back to the OS.
    pub heap_released: u64,
    /// `heap_alloc` at which `should_collect` turns true.
    pub next_gc: u64,
    pub pause_total_ns: u64,
    pub last_pause_ns: u64,
}

/// The root enumerator `collect` takes: it calls its argument once per root word.
pub type Roots<'a> = dyn FnMut(&mut dyn FnMut(u64)) + 'a;

/// Collections are not triggered below this many bytes allocated since the last one.
const MIN_TRIGGER: u64 = 4 << 20;

/// Default heap limit (size of the reserved region).
pub const DEFAULT_LIMIT: usize = 64 << 30;

/// The address of every zero-byte allocation, as in Go. Never dereferenced.
static ZEROBASE: AtomicU64 = AtomicU64::new(0);

static NEXT_HEAP_ID: AtomicU64 = AtomicU64::new(1);

pub struct Heap {
    /// Distinguishes heaps so a cache cannot be used with the wrong one.
    id: u64,
    region: Mapping,
    table: SpanTable,
    central: Mutex<Central>,
    /// Bytes handed to caches (a span's free slots at a time) and to large objects since the last
    /// collection. Written under the central mutex; reset by `collect`.
    claimed: AtomicU64,
    /// `claimed` above this sets `gc_wanted`. Written by `collect`.
    trigger: AtomicU64,
    /// Read by every safepoint; set under the central mutex, cleared by `collect`.
    gc_wanted: AtomicBool,
    /// Told of each range of the region (offset, length) whose pages go back to the OS, so state
    /// kept beside the heap (the race detector's shadow) can go back too.
    on_release: std::sync::OnceLock<fn(usize, usize)>,
    finalizers: Mutex<finalizer::Finalizers>,
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new(DEFAULT_LIMIT)
    }
}

impl Heap {
    /// A heap of at most `limit_bytes` (rounded down to whole pages). If the OS refuses to
    /// reserve that much address space, the limit is halved until it agrees.
    pub fn new(limit_bytes: usize) -> Heap {
        let mut limit = limit_bytes & !(PAGE_SIZE - 1);
        let (region, table) = loop {
            let pages = limit / PAGE_SIZE;
            if let Some(region) = Mapping::reserve(limit)
                && let Some(table) = SpanTable::reserve(pages)
            {
                break (region, table);
            }
            limit = (limit / 2) & !(PAGE_SIZE - 1);
        };
        Heap {
            id: NEXT_HEAP_ID.fetch_add(1, Relaxed),
            central: Mutex::new(Central::new(region.len() / PAGE_SIZE)),
            region,
            table,
            claimed: AtomicU64::new(0),
            trigger: AtomicU64::new(MIN_TRIGGER),
            gc_wanted: AtomicBool::new(false),
            on_release: std::sync::OnceLock::new(),
            finalizers: Mutex::new(finalizer::Finalizers::default()),
        }
    }

    /// The reserved region: its start address and length.
    pub fn region(&self) -> (u64, u64) {
        (self.region.addr() as u64, self.region.len() as u64)
    }

    /// Sets the hook told of released ranges (once).
    pub fn set_on_release(&self, hook: fn(usize, usize)) {
        let _ = self.on_release.set(hook);
    }

    /// Bytes of address space reserved (the effective limit).
    pub fn limit(&self) -> usize {
        self.region.len()
    }

    pub fn new_cache(&self) -> Cache {
        let shared = Arc::new(CacheShared {
            mallocs: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            orphans: Mutex::new(Vec::new()),
        });
        lock(&self.central).caches.push(shared.clone());
        Cache::new(self.id, shared)
    }

    /// Allocates `bytes` of zeroed, 8-byte-aligned memory. Zero bytes gives a shared address that
    /// must never be dereferenced. `Err` when the region has no room (a collection may make some).
    /// Panics if `cache` belongs to another heap.
    #[inline]
    pub fn alloc(&self, cache: &mut Cache, bytes: usize, scan: Scan) -> Result<NonNull<u8>, OutOfMemory> {
        assert_eq!(cache.heap_id, self.id, "heap::Cache used with another Heap");
        if bytes == 0 {
            return Ok(NonNull::from(&ZEROBASE).cast());
        }
        if bytes > MAX_SMALL {
            return self.alloc_large(cache, bytes, scan);
        }
        let slot = class_of(bytes) * 2 + (scan == Scan::Scan) as usize;
        loop {
            // SAFETY: the cache belongs to this heap (checked above), which is alive.
            if let Some((addr, _)) = unsafe { cache.alloc_small(slot) } {
                return NonNull::new(addr as *mut u8).ok_or(OutOfMemory);
            }
            self.refill(cache, slot)?;
        }
    }

    /// Replaces the cache's (full) span for `slot` with one that has free slots.
    #[cold]
    fn refill(&self, cache: &mut Cache, slot: usize) -> Result<(), OutOfMemory> {
        let mut c = lock(&self.central);
        if let Some(old) = cache.slots[slot].span.take() {
            // SAFETY: the cache belongs to this heap, which is alive.
            unsafe { old.get() }.owned.store(false, Relaxed);
        }
        let span = c.small_span(&self.table, self.region.addr(), slot).ok_or(OutOfMemory)?;
        // SAFETY: spans from the central allocator live as long as this heap.
        let s = unsafe { span.get() };
        s.owned.store(true, Relaxed);
        let free = s.nelems() - s.nalloc.load(Relaxed);
        self.claim((free * s.elem_size()) as u64);
        // SAFETY: the span belongs to this heap, which is alive.
        cache.slots[slot] = unsafe { Slot::new(span) };
        Ok(())
    }

    #[cold]
    fn alloc_large(&self, cache: &mut Cache, bytes: usize, scan: Scan) -> Result<NonNull<u8>, OutOfMemory> {
        if bytes > self.region.len() {
            return Err(OutOfMemory);
        }
        let npages = bytes.div_ceil(PAGE_SIZE);
        let size = npages * PAGE_SIZE;
        let span = {
            let mut c = lock(&self.central);
            let span = c
                .new_span(&self.table, self.region.addr(), npages, Kind::Large, size, scan == Scan::Scan)
                .ok_or(OutOfMemory)?;
            // SAFETY: spans from the central allocator live as long as this heap.
            let s = unsafe { span.get() };
            s.take(0);
            s.nalloc.store(1, Relaxed);
            self.claim(size as u64);
            s
        };
        if span.needzero.load(Relaxed) {
            // SAFETY: the span's pages were free until just now, so nothing else refers to them;
            // they lie in the region, page-aligned.
            unsafe { access::zero_words(span.start() as u64, size) };
        }
        cache.count(size);
        NonNull::new(span.start() as *mut u8).ok_or(OutOfMemory)
    }

    /// Commits now the pages under the large object `[addr, addr+bytes)`, which its owner is about
    /// to touch throughout, reads included (a map's table: probing reads slots before writing
    /// them). Objects of `MAX_SMALL` bytes or fewer share pages already touched; nothing is done.
    pub fn prefault(&self, addr: usize, bytes: usize) {
        let base = self.region.addr();
        if bytes <= MAX_SMALL || addr < base || addr + bytes > base + self.region.len() {
            return;
        }
        let start = (addr - base) / PAGE_SIZE * PAGE_SIZE;
        let end = (addr - base + bytes).div_ceil(PAGE_SIZE) * PAGE_SIZE;
        self.region.populate(start, end.min(self.region.len()) - start);
    }

    fn claim(&self, bytes: u64) {
        let claimed = self.claimed.load(Relaxed) + bytes;
        self.claimed.store(claimed, Relaxed);
        if claimed > self.trigger.load(Relaxed) {
            self.gc_wanted.store(true, Relaxed);
        }
    }

    /// True once enough has been allocated since the last collection (GOGC=100 pacing). Cheap:
    /// one relaxed load.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.gc_wanted.load(Relaxed)
    }

    /// Makes `should_collect` true (runtime.GC).
    pub fn request_collection(&self) {
        self.gc_wanted.store(true, Relaxed);
    }

    /// Gives `cache`'s current spans back: the next collection sweeps them, and the cache fetches
    /// new ones. A worker does this when it stops for a collection another thread runs.
    pub fn release_cache(&self, cache: &mut Cache) {
        let _central = lock(&self.central);
        assert_eq!(cache.heap_id, self.id, "heap::Cache used with another Heap");
        for slot in &mut cache.slots {
            if let Some(span) = slot.span {
                // SAFETY: every span handed to a cache of this heap lives as long as the heap.
                unsafe { span.get() }.owned.store(false, Relaxed);
            }
            *slot = Slot::default();
        }
    }

    /// Collects garbage. The world must be stopped: no other thread allocates or touches heap
    /// memory until this returns. `caches` are the workers' caches (each gives its spans back);
    /// `roots` calls its argument once per root word (registers of every goroutine, globals,
    /// constants). Caches not passed keep their current spans, whose garbage then survives until
    /// a collection that is given them.
    pub fn collect(&self, caches: &mut [&mut Cache], roots: &mut Roots<'_>) {
        let t0 = Instant::now();
        let mut guard = lock(&self.central);
        let c = &mut *guard;
        let region = self.region.addr();

        // Flush: spans held by the given caches and by dropped caches become unowned.
        let unown = |span: SpanRef| {
            // SAFETY: every span handed to a cache of this heap lives as long as the heap.
            unsafe { span.get() }.owned.store(false, Relaxed);
        };
        for cache in caches.iter_mut() {
            assert_eq!(cache.heap_id, self.id, "heap::Cache used with another Heap");
            for slot in &mut cache.slots {
                if let Some(span) = slot.span {
                    unown(span);
                }
                *slot = Slot::default();
            }
        }
        let counters = &mut c.counters;
        c.caches.retain(|shared| {
            lock(&shared.orphans).drain(..).for_each(unown);
            let dropped = Arc::strong_count(shared) == 1;
            if dropped {
                counters.dropped_mallocs += shared.mallocs.load(Relaxed);
                counters.dropped_bytes += shared.bytes.load(Relaxed);
            }
            !dropped
        });

        let mut stack = std::mem::take(&mut c.mark_stack);
        let used = c.pages.high() << PAGE_SHIFT;
        let mut marker = mark::Marker::new(region, used, &self.table, &mut stack);
        roots(&mut |w| marker.word(w));
        marker.drain();
        lock(&self.finalizers).mark(&mut marker);
        c.mark_stack = stack;

        c.sweep(&self.table, region);
        let (_, total) = c.alloc_totals();
        let live = total.saturating_sub(c.counters.freed_bytes);
        let trigger = live.max(MIN_TRIGGER);
        c.scavenge(trigger, |off, len| {
            self.region.release(off, len);
            if let Some(hook) = self.on_release.get() {
                hook(off, len);
            }
        });

        c.counters.live_after_gc = live;
        self.trigger.store(trigger, Relaxed);
        self.claimed.store(0, Relaxed);
        self.gc_wanted.store(false, Relaxed);
        let pause = t0.elapsed().as_nanos() as u64;
        c.counters.num_gc += 1;
        c.counters.pause_total_ns += pause;
        c.counters.last_pause_ns = pause;
    }

    /// Registers (or with `None` removes) the finalizer of the object at `obj`.
    pub fn set_finalizer(&self, obj: u64, f: Option<Finalizer>) {
        lock(&self.finalizers).set(obj, f);
    }

    /// The finalizers the last collections found ready to run; they are no longer roots once
    /// taken, so the caller must hold them where a collection sees them (before any can run).
    pub fn take_ready_finalizers(&self) -> Vec<Finalizer> {
        lock(&self.finalizers).take_ready()
    }

    /// The allocated object containing `addr` (interior pointers included), as (base, size); size
    /// is the size-class (or whole-page) size.
    pub fn object_of(&self, addr: u64) -> Option<(u64, usize)> {
        let off = (addr as usize).wrapping_sub(self.region.addr());
        if off >= self.region.len() {
            return None;
        }
        // SAFETY: spans in this heap's table live as long as the heap.
        let s = unsafe { self.table.get(off >> PAGE_SHIFT)?.get() };
        if s.kind() == Kind::Idle {
            return None;
        }
        let i = s.object_index(addr as usize)?;
        let size = s.elem_size();
        Some(((s.start() + i * size) as u64, size))
    }

    pub fn stats(&self) -> Stats {
        let c = lock(&self.central);
        let (mallocs, total) = c.alloc_totals();
        let k = &c.counters;
        let page = PAGE_SIZE as u64;
        let high = c.pages.high() as u64 * page;
        let idle = c.pages.free_pages() as u64 * page;
        let released = c.pages.released_pages() as u64 * page;
        Stats {
            heap_alloc: total.saturating_sub(k.freed_bytes),
            total_alloc: total,
            mallocs,
            frees: k.frees,
            num_gc: k.num_gc,
            heap_sys: high - released,
            heap_inuse: high - idle,
            heap_idle: idle,
            heap_released: released,
            next_gc: k.live_after_gc + self.trigger.load(Relaxed),
            pause_total_ns: k.pause_total_ns,
            last_pause_ns: k.last_pause_ns,
        }
    }
}

/// Size of the object an allocation of `bytes` really gets (its class size, or whole pages).
pub fn rounded_size(bytes: usize) -> usize {
    match bytes {
        0 => 0,
        1..=MAX_SMALL => CLASS_SIZE[class_of(bytes)] as usize,
        _ => bytes.div_ceil(PAGE_SIZE).saturating_mul(PAGE_SIZE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn heap_is_send_sync_and_cache_is_send() {
        assert_send_sync::<Heap>();
        assert_send_sync::<Cache>();
    }

    #[test]
    fn rounded_sizes() {
        assert_eq!(rounded_size(1), 8);
        assert_eq!(rounded_size(33), 48);
        assert_eq!(rounded_size(32769), 40960);
    }

    #[test]
    fn object_of_rejects_free_slots_and_one_past_the_end() {
        let heap = Heap::new(1 << 30);
        let mut cache = heap.new_cache();
        let a = heap.alloc(&mut cache, 24, Scan::Scan).unwrap().as_ptr() as u64;
        assert_eq!(heap.object_of(a + 23), Some((a, 24)));
        assert_eq!(heap.object_of(a + 24), None, "next slot is free");
        assert_eq!(heap.object_of(a - 1), None);
        let big = heap.alloc(&mut cache, 100_000, Scan::NoScan).unwrap().as_ptr() as u64;
        assert_eq!(heap.object_of(big + 99_999), Some((big, 106_496)));
        assert_eq!(heap.object_of(big + 106_496), None);
    }
}
