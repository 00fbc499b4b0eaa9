//! The central allocator: page runs, span structs, the lists of partly free spans, the registry of
//! caches and the collection statistics, all behind the heap's one mutex.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex, PoisonError};

use super::class::{CLASS_PAGES, CLASS_SIZE, NUM_CLASSES, PAGE_SHIFT, PAGE_SIZE, class_of};
use super::pages::Pages;
use super::span::{Kind, Span, SpanRef, SpanTable};

/// Current spans per cache: one per (size class, scan kind); slot = class * 2 + scan.
pub(crate) const NSLOTS: usize = NUM_CLASSES * 2;

/// The part of a [`Cache`](super::Cache) the heap can see: its allocation counters (written only
/// by the owning cache, read by `stats` and `collect`) and the spans it held when dropped.
pub(crate) struct CacheShared {
    pub mallocs: AtomicU64,
    pub bytes: AtomicU64,
    /// Filled by the cache's `Drop`; emptied by `collect`. Lock order: central, then this.
    pub orphans: Mutex<Vec<SpanRef>>,
}

/// Totals from dropped caches and from collections.
#[derive(Default)]
pub(crate) struct Counters {
    pub dropped_mallocs: u64,
    pub dropped_bytes: u64,
    pub frees: u64,
    pub freed_bytes: u64,
    pub num_gc: u64,
    pub pause_total_ns: u64,
    pub last_pause_ns: u64,
    /// Bytes allocated after the last sweep (zero before the first collection).
    pub live_after_gc: u64,
}

pub(crate) struct Central {
    pub pages: Pages,
    /// Every span struct ever made (leaked boxes, so addresses are stable and no `Box` uniqueness
    /// is claimed while `SpanRef`s alias them); freed only when the heap is dropped.
    spans: Vec<SpanRef>,
    /// Span structs describing no pages, for reuse.
    idle: Vec<SpanRef>,
    /// Span structs describing pages (small or large); the sweep visits only these.
    in_use: Vec<SpanRef>,
    /// Per slot: swept small spans with free slots, owned by no cache.
    pub partial: Vec<Vec<SpanRef>>,
    pub caches: Vec<Arc<CacheShared>>,
    pub counters: Counters,
    /// Kept between collections for its capacity.
    pub mark_stack: Vec<(usize, usize)>,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Central {
    pub fn new(total_pages: usize) -> Central {
        Central {
            pages: Pages::new(total_pages),
            spans: Vec::new(),
            idle: Vec::new(),
            in_use: Vec::new(),
            partial: vec![Vec::new(); NSLOTS],
            caches: Vec::new(),
            counters: Counters::default(),
            mark_stack: Vec::new(),
        }
    }

    /// Mallocs and bytes allocated so far, over live and dropped caches.
    pub fn alloc_totals(&self) -> (u64, u64) {
        let c = &self.counters;
        self.caches.iter().fold((c.dropped_mallocs, c.dropped_bytes), |(m, b), s| {
            (m + s.mallocs.load(Relaxed), b + s.bytes.load(Relaxed))
        })
    }

    /// A span struct for `npages` fresh pages, initialised and published in the table. The
    /// returned span lives as long as the heap.
    pub fn new_span(
        &mut self,
        table: &SpanTable,
        region: usize,
        npages: usize,
        kind: Kind,
        elem_size: usize,
        scan: bool,
    ) -> Option<SpanRef> {
        let (first, needzero) = self.pages.alloc(npages)?;
        let span = self.idle.pop().unwrap_or_else(|| {
            let span = SpanRef::leak(Box::new(Span::new()));
            self.spans.push(span);
            span
        });
        // SAFETY: `span` is one of `self.spans`, alive as long as the heap.
        let s = unsafe { span.get() };
        s.init(kind, region + (first << PAGE_SHIFT), npages, elem_size, scan, needzero);
        table.set(first, npages, Some(span));
        self.in_use.push(span);
        Some(span)
    }

    /// A span for `slot` to hand to a cache: a partly free one if any, else a fresh one.
    pub fn small_span(&mut self, table: &SpanTable, region: usize, slot: usize) -> Option<SpanRef> {
        if let Some(s) = self.partial[slot].pop() {
            return Some(s);
        }
        let class = slot / 2;
        let npages = CLASS_PAGES[class] as usize;
        let size = CLASS_SIZE[class] as usize;
        self.new_span(table, region, npages, Kind::Small, size, slot % 2 == 1)
    }

    /// Sweeps every in-use span after marking (world stopped): unmarked objects become free,
    /// empty spans return their pages, spans with room go on the partial lists. Spans still owned
    /// by a cache are not swept.
    pub fn sweep(&mut self, table: &SpanTable, region: usize) {
        for list in &mut self.partial {
            list.clear();
        }
        let mut in_use = std::mem::take(&mut self.in_use);
        in_use.retain(|&span| {
            // SAFETY: `span` is one of `self.spans`, alive as long as the heap.
            let s = unsafe { span.get() };
            if s.owned.load(Relaxed) {
                // A cache left out of this collection still allocates here from its own copy of
                // the span's state: leave the span alone (its garbage survives one more cycle).
                s.clear_marks();
                return true;
            }
            let freed = s.sweep();
            self.counters.frees += freed as u64;
            self.counters.freed_bytes += (freed * s.elem_size()) as u64;
            let live = s.nalloc.load(Relaxed);
            if live == 0 {
                let first = (s.start() - region) >> PAGE_SHIFT;
                table.set(first, s.npages(), None);
                self.pages.free(first, s.npages());
                s.set_idle();
                self.idle.push(span);
                return false;
            }
            if s.kind() == Kind::Small && live < s.nelems() {
                let slot = class_of(s.elem_size()) * 2 + s.scan() as usize;
                self.partial[slot].push(span);
            }
            true
        });
        self.in_use = in_use;
    }

    /// Returns dirty free pages to the OS beyond what the next cycle is expected to reuse.
    pub fn scavenge(&mut self, keep_bytes: u64, mut release: impl FnMut(usize, usize)) {
        let keep = (keep_bytes as usize).div_ceil(PAGE_SIZE);
        self.pages.scavenge(keep, |first, n| release(first * PAGE_SIZE, n * PAGE_SIZE));
    }
}

impl Drop for Central {
    fn drop(&mut self) {
        for span in self.spans.drain(..) {
            // SAFETY: each span was leaked from a box by `new_span` and is freed only here; the
            // heap is being dropped, so no `&Span` obtained through it is still in use.
            unsafe { span.free() };
        }
    }
}
