//! Conservative marking with an explicit stack (no recursion: a ten-million-node list needs only
//! a few stack entries at a time, since each object's words are pushed and popped depth-first).
//!
//! A word marks an object iff it points anywhere inside an allocated object of an in-use span
//! (interior pointers included; one-past-the-end points at the next slot, not at this object).
//! Marked `Scan` objects are pushed and every 8-byte word of their slot is treated as a possible
//! pointer; `NoScan` objects are marked but never read. Runs with the world stopped; object words
//! are read with relaxed atomic loads like every other heap access.

use super::access::load_u64;
use super::class::PAGE_SHIFT;
use super::span::{Kind, SpanTable};

pub(crate) struct Marker<'a> {
    /// The used part of the region: `[lo, lo + len)`.
    lo: usize,
    len: usize,
    table: &'a SpanTable,
    /// Marked `Scan` objects whose words are still to be scanned, as (base, size).
    stack: &'a mut Vec<(usize, usize)>,
}

impl<'a> Marker<'a> {
    pub fn new(lo: usize, len: usize, table: &'a SpanTable, stack: &'a mut Vec<(usize, usize)>) -> Self {
        Marker { lo, len, table, stack }
    }

    /// Treats `w` as a possible pointer.
    #[inline]
    pub fn word(&mut self, w: u64) {
        let off = (w as usize).wrapping_sub(self.lo);
        if off >= self.len {
            return;
        }
        let Some(span) = self.table.get(off >> PAGE_SHIFT) else {
            return;
        };
        // SAFETY: the table belongs to a heap that is alive while it is borrowed here.
        let span = unsafe { span.get() };
        if span.kind() == Kind::Idle {
            return;
        }
        let Some(i) = span.object_index(w as usize) else {
            return;
        };
        if span.set_mark(i) && span.scan() {
            let size = span.elem_size();
            self.stack.push((span.start() + i * size, size));
        }
    }

    /// Whether the object containing `w` is marked (false when `w` is not in an object).
    pub fn is_marked(&self, w: u64) -> bool {
        match self.object(w) {
            Some((span, i)) => span.is_marked(i),
            None => false,
        }
    }

    /// Queues the words of the object containing `w` for scanning without marking the object
    /// itself: what it references stays alive, while it may still be found unreachable.
    pub fn scan_contents(&mut self, w: u64) {
        if let Some((span, i)) = self.object(w)
            && span.scan()
        {
            let size = span.elem_size();
            self.stack.push((span.start() + i * size, size));
        }
    }

    fn object(&self, w: u64) -> Option<(&'a super::span::Span, usize)> {
        let off = (w as usize).wrapping_sub(self.lo);
        if off >= self.len {
            return None;
        }
        // SAFETY: the table belongs to a heap that is alive while it is borrowed here.
        let span = unsafe { self.table.get(off >> PAGE_SHIFT)?.get() };
        if span.kind() == Kind::Idle {
            return None;
        }
        Some((span, span.object_index(w as usize)?))
    }

    /// Scans pushed objects until none are left.
    pub fn drain(&mut self) {
        while let Some((base, size)) = self.stack.pop() {
            for off in (0..size).step_by(8) {
                // SAFETY: `[base, base+size)` is an allocated object inside the region, which
                // stays mapped for the heap's lifetime; `base` and `size` are multiples of 8.
                let w = unsafe { load_u64((base + off) as u64) };
                self.word(w);
            }
        }
    }
}
