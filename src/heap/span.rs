//! Spans (runs of pages holding objects of one size) and the span table mapping every page of
//! the region to the span covering it.
//!
//! Every field of a [`Span`] is an atomic accessed with relaxed ordering, so a racing reader (for
//! example `object_of` on one thread while another thread's cache allocates) sees stale values at
//! worst, never undefined behaviour. Who writes what:
//! - `start`, `npages`, `elem_size`, `nelems`, `kind`, `scan`: the central allocator (under the
//!   central mutex) when it (re)initialises the span, before publishing it in the table.
//! - `alloc` bits: set only by the one [`Cache`](super::Cache) that owns the span; cleared only by
//!   the sweep, with the world stopped. Bit i set ⇔ object i is allocated.
//! - `mark` bits: set only by the marker, cleared only by the sweep (both world stopped). All zero
//!   outside a collection.
//! - `owned`, `needzero`, `nalloc`: the central allocator under its mutex, or the sweep.

use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, AtomicU64, AtomicUsize, Ordering};

use super::class::{MAX_OBJECTS, PAGE_SHIFT};
use super::os::Mapping;

const WORDS: usize = MAX_OBJECTS / 64;
const R: Ordering = Ordering::Relaxed;

/// What a span currently describes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Kind {
    /// Describes no pages; waiting for reuse.
    Idle = 0,
    /// Objects of one size class.
    Small = 1,
    /// One object of one or more pages.
    Large = 2,
}

pub(crate) struct Span {
    start: AtomicUsize,
    npages: AtomicUsize,
    elem_size: AtomicUsize,
    nelems: AtomicUsize,
    kind: AtomicU8,
    scan: AtomicBool,
    /// Held by a cache as its current span for its class; no other cache allocates here.
    pub owned: AtomicBool,
    /// Free slots may hold stale bytes and must be zeroed when handed out.
    pub needzero: AtomicBool,
    /// Objects allocated as of the last sweep or hand-over to a cache.
    pub nalloc: AtomicUsize,
    alloc: [AtomicU64; WORDS],
    mark: [AtomicU64; WORDS],
}

impl Span {
    pub fn new() -> Span {
        Span {
            start: AtomicUsize::new(0),
            npages: AtomicUsize::new(0),
            elem_size: AtomicUsize::new(0),
            nelems: AtomicUsize::new(0),
            kind: AtomicU8::new(Kind::Idle as u8),
            scan: AtomicBool::new(false),
            owned: AtomicBool::new(false),
            needzero: AtomicBool::new(false),
            nalloc: AtomicUsize::new(0),
            alloc: [const { AtomicU64::new(0) }; WORDS],
            mark: [const { AtomicU64::new(0) }; WORDS],
        }
    }

    /// (Re)initialises an idle span; all bits clear.
    pub fn init(&self, kind: Kind, start: usize, npages: usize, elem_size: usize, scan: bool, needzero: bool) {
        self.start.store(start, R);
        self.npages.store(npages, R);
        self.elem_size.store(elem_size, R);
        self.nelems.store((npages << PAGE_SHIFT) / elem_size, R);
        self.kind.store(kind as u8, R);
        self.scan.store(scan, R);
        self.owned.store(false, R);
        self.needzero.store(needzero, R);
        self.nalloc.store(0, R);
        for w in self.alloc.iter().chain(&self.mark) {
            w.store(0, R);
        }
    }

    #[inline]
    pub fn kind(&self) -> Kind {
        match self.kind.load(R) {
            1 => Kind::Small,
            2 => Kind::Large,
            _ => Kind::Idle,
        }
    }

    pub fn set_idle(&self) {
        self.kind.store(Kind::Idle as u8, R);
    }

    #[inline]
    pub fn start(&self) -> usize {
        self.start.load(R)
    }

    #[inline]
    pub fn npages(&self) -> usize {
        self.npages.load(R)
    }

    #[inline]
    pub fn elem_size(&self) -> usize {
        self.elem_size.load(R)
    }

    #[inline]
    pub fn nelems(&self) -> usize {
        self.nelems.load(R)
    }

    #[inline]
    pub fn scan(&self) -> bool {
        self.scan.load(R)
    }

    #[inline]
    pub fn is_allocated(&self, i: usize) -> bool {
        self.alloc[i / 64].load(R) & (1 << (i % 64)) != 0
    }

    /// The allocated object containing `addr` (interior pointers included, not one-past-the-end),
    /// as its index.
    #[inline]
    pub fn object_index(&self, addr: usize) -> Option<usize> {
        let off = addr.checked_sub(self.start())?;
        let size = self.elem_size();
        if size == 0 {
            return None;
        }
        let i = off / size;
        (i < self.nelems() && self.is_allocated(i)).then_some(i)
    }

    /// Whether object `i` is marked. Marker only (world stopped).
    #[inline]
    pub fn is_marked(&self, i: usize) -> bool {
        self.mark[i / 64].load(R) & (1 << (i % 64)) != 0
    }

    /// Marks object `i`; false if it was already marked. Marker only (world stopped).
    #[inline]
    pub fn set_mark(&self, i: usize) -> bool {
        let w = &self.mark[i / 64];
        let old = w.load(R);
        let bit = 1 << (i % 64);
        w.store(old | bit, R);
        old & bit == 0
    }

    /// Number of bitmap words covering the objects.
    #[inline]
    pub fn words(&self) -> usize {
        self.nelems().div_ceil(64)
    }

    /// The free objects among 64 * w .. 64 * w + 63, as set bits.
    #[inline]
    pub fn free_bits(&self, w: usize) -> u64 {
        let n = self.nelems();
        let valid = if n >= (w + 1) * 64 { !0 } else { (1u64 << (n - w * 64)) - 1 };
        !self.alloc[w].load(R) & valid
    }

    /// Marks object `i` allocated. Owner cache only, so a plain load and store suffice.
    #[inline]
    pub fn take(&self, i: usize) {
        let w = &self.alloc[i / 64];
        w.store(w.load(R) | 1 << (i % 64), R);
    }

    /// Clears the mark bits without sweeping (spans owned by caches left out of a collection).
    pub fn clear_marks(&self) {
        for m in &self.mark {
            m.store(0, R);
        }
    }

    /// Makes the marked objects the allocated ones and clears the marks (world stopped). Returns
    /// how many objects were freed; updates `nalloc`.
    pub fn sweep(&self) -> usize {
        let n = self.nelems();
        let mut freed = 0;
        let mut live = 0;
        for (a, m) in self.alloc.iter().zip(&self.mark).take(n.div_ceil(64)) {
            let (av, mv) = (a.load(R), m.load(R));
            freed += (av & !mv).count_ones() as usize;
            live += mv.count_ones() as usize;
            a.store(mv, R);
            m.store(0, R);
        }
        if freed > 0 {
            self.needzero.store(true, R);
        }
        self.nalloc.store(live, R);
        freed
    }
}

/// A pointer to a [`Span`] owned by a heap. Spans are never freed while their heap lives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct SpanRef(NonNull<Span>);

// SAFETY: a Span is only atomics, so sharing or sending a pointer to one is as safe as sharing
// `&Span`; lifetime is the heap's responsibility (see `SpanRef::get`).
unsafe impl Send for SpanRef {}
// SAFETY: as above.
unsafe impl Sync for SpanRef {}

impl SpanRef {
    /// Leaks `span`; it lives until [`SpanRef::free`].
    pub fn leak(span: Box<Span>) -> SpanRef {
        SpanRef(NonNull::from(Box::leak(span)))
    }

    /// Frees a span made by [`SpanRef::leak`].
    ///
    /// # Safety
    /// Called once per span, and no reference obtained with [`SpanRef::get`] is used afterwards.
    pub unsafe fn free(self) {
        // SAFETY: the pointer came from `Box::leak` and is freed only once (caller's guarantee).
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }

    /// # Safety
    /// The heap that owns the span is alive for `'a`.
    #[inline]
    pub unsafe fn get<'a>(self) -> &'a Span {
        // SAFETY: spans are leaked boxes, never moved and freed only when their heap is dropped
        // (the caller guarantees the heap outlives 'a).
        unsafe { self.0.as_ref() }
    }

    fn as_ptr(self) -> *mut Span {
        self.0.as_ptr()
    }
}

/// Page number → span covering it (or null), one word per page of the region, in a lazily
/// committed mapping. Written under the central mutex; read lock-free by anyone.
pub(crate) struct SpanTable {
    map: Mapping,
}

impl SpanTable {
    pub fn reserve(pages: usize) -> Option<SpanTable> {
        let bytes = (pages * 8).next_multiple_of(4096);
        Mapping::reserve(bytes).map(|map| SpanTable { map })
    }

    fn slot(&self, page: usize) -> &AtomicPtr<Span> {
        assert!(page < self.map.len() / 8);
        // SAFETY: in bounds (checked), 8-aligned (mmap is page-aligned), zero-initialised memory
        // is a valid null AtomicPtr, and the mapping lives as long as `self`.
        unsafe { AtomicPtr::from_ptr((self.map.addr() as *mut *mut Span).add(page)) }
    }

    /// The span covering `page`, if any. Acquire pairs with the Release in `set` so a reader on
    /// another thread sees the span's initialisation.
    #[inline]
    pub fn get(&self, page: usize) -> Option<SpanRef> {
        NonNull::new(self.slot(page).load(Ordering::Acquire)).map(SpanRef)
    }

    pub fn set(&self, first: usize, npages: usize, span: Option<SpanRef>) {
        let p = span.map_or(std::ptr::null_mut(), SpanRef::as_ptr);
        for page in first..first + npages {
            self.slot(page).store(p, Ordering::Release);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take_all(s: &Span) -> Vec<usize> {
        let mut got = vec![];
        for w in 0..s.words() {
            let mut bits = s.free_bits(w);
            while bits != 0 {
                let i = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                s.take(i);
                got.push(i);
            }
        }
        got
    }

    #[test]
    fn free_bits_skip_allocated_and_stop_at_nelems() {
        let s = Span::new();
        s.init(Kind::Small, 0, 1, 48, false, false); // 170 objects
        assert_eq!(take_all(&s), (0..170).collect::<Vec<_>>());
        for i in [3, 64, 169] {
            s.set_mark(i);
        }
        assert_eq!(s.sweep(), 167);
        assert_eq!(s.nalloc.load(R), 3);
        let got = take_all(&s);
        assert_eq!(got.len(), 167);
        assert!(!got.contains(&64) && !got.contains(&3) && !got.contains(&169));
        assert_eq!(s.object_index(64 * 48 + 47), Some(64));
        assert_eq!(s.object_index(170 * 48), None, "tail waste");
        let full = Span::new();
        full.init(Kind::Small, 0, 1, 8, false, false); // 1024 objects, 16 full words
        assert_eq!(take_all(&full).len(), 1024);
    }
}
