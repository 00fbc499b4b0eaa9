//! Per-worker allocation caches and the lock-free allocation fast path.
//!
//! A [`Cache`] is owned by one worker thread and passed as `&mut`. For each (size class, scan kind)
//! it holds one span that it owns exclusively, with copies of the span's fixed fields and the free
//! bits of the bitmap word it is working through (like Go's `allocCache`), so an allocation is a
//! trailing-zeros count, one bitmap store and the address arithmetic. The copies stay valid while
//! the span is owned: the central allocator does not change an owned span, and the sweep leaves
//! owned spans alone (a collection takes spans back from the caches it is given first).

use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;

use super::access;
use super::central::{CacheShared, NSLOTS, lock};
use super::span::SpanRef;

/// One worker thread's allocation state.
pub struct Cache {
    pub(crate) heap_id: u64,
    pub(crate) slots: [Slot; NSLOTS],
    pub(crate) shared: Arc<CacheShared>,
}

/// The cache's current span for one (class, scan kind), with copies of its fixed fields.
#[derive(Clone, Copy, Default)]
pub(crate) struct Slot {
    pub span: Option<SpanRef>,
    base: usize,
    size: usize,
    needzero: bool,
    /// Bitmap words of the span, and the index of the next one to load.
    words: usize,
    next_word: usize,
    /// Free objects of word `next_word - 1` not yet handed out.
    free: u64,
}

impl Slot {
    /// Starts allocating from `span`.
    ///
    /// # Safety
    /// `span` belongs to a live heap.
    pub unsafe fn new(span: SpanRef) -> Slot {
        // SAFETY: the caller guarantees the span's heap is alive.
        let s = unsafe { span.get() };
        Slot {
            span: Some(span),
            base: s.start(),
            size: s.elem_size(),
            needzero: s.needzero.load(Relaxed),
            words: s.words(),
            next_word: 0,
            free: 0,
        }
    }
}

impl Cache {
    pub(crate) fn new(heap_id: u64, shared: Arc<CacheShared>) -> Cache {
        Cache { heap_id, slots: [Slot::default(); NSLOTS], shared }
    }

    /// Allocates from the current span of `slot`: (address, size), or `None` if it has no free
    /// object left (or there is no current span).
    ///
    /// # Safety
    /// The heap this cache belongs to is alive.
    #[inline]
    pub(crate) unsafe fn alloc_small(&mut self, slot: usize) -> Option<(usize, usize)> {
        let sl = &mut self.slots[slot];
        let span = sl.span?;
        // SAFETY: the caller guarantees the span's heap is alive.
        let s = unsafe { span.get() };
        while sl.free == 0 {
            if sl.next_word == sl.words {
                return None;
            }
            sl.free = s.free_bits(sl.next_word);
            sl.next_word += 1;
        }
        let i = (sl.next_word - 1) * 64 + sl.free.trailing_zeros() as usize;
        sl.free &= sl.free - 1;
        s.take(i);
        let addr = sl.base + i * sl.size;
        if sl.needzero {
            // SAFETY: object i was free, so nothing refers to it; it lies in the region, 8-aligned,
            // and sizes are multiples of 8.
            unsafe { access::zero_words(addr as u64, sl.size) };
        }
        let size = sl.size;
        self.count(size);
        Some((addr, size))
    }

    /// Counts an allocation; only this cache writes its counters.
    #[inline]
    pub(crate) fn count(&self, bytes: usize) {
        let s = &self.shared;
        s.mallocs.store(s.mallocs.load(Relaxed) + 1, Relaxed);
        s.bytes.store(s.bytes.load(Relaxed) + bytes as u64, Relaxed);
    }
}

impl Drop for Cache {
    fn drop(&mut self) {
        // The spans go back to the heap at its next collection.
        let mut orphans = lock(&self.shared.orphans);
        orphans.extend(self.slots.iter_mut().filter_map(|s| s.span.take()));
    }
}
