//! The accesses of operations that move whole values: block copies and comparisons, append,
//! copy, clear and the slice-to-string conversions, reported as Go's instrumented code reports
//! them (a struct copy reads each field at the statement's line; copy() inside runtime.slicecopy).

use super::RtFn;
use crate::vm::Vm;
use crate::vm::mem;
use crate::vm::rtype::{Kind, TypeIdx};

/// Blocks nested deeper than this are not walked (a copy that deep is checked at its top).
const MAX_DEPTH: u32 = 64;

impl Vm {
    fn race_pc(&self) -> usize {
        self.frames.last().map_or(0, |f| f.pc as usize)
    }

    /// Every word of block `b` of type `t` read (or written) by the instruction before the saved
    /// pc; the words holding nested blocks are only read (those pointers never change).
    pub(crate) fn race_block(&mut self, b: u64, t: TypeIdx, write: bool) {
        if self.race.is_some() && b != 0 {
            let pc = self.race_pc();
            self.race_block_at(b, t, write, pc, 0);
        }
    }

    fn race_block_at(&mut self, b: u64, t: TypeIdx, write: bool, pc: usize, depth: u32) {
        let p = self.p;
        if depth > MAX_DEPTH || b == 0 {
            return;
        }
        match &p.types.get(t).kind {
            Kind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    let at = b + 8 * i as u64;
                    if p.types.get(f.ty).is_block() {
                        self.race_access(at, 8, false, pc);
                        self.race_block_at(mem::ld(at), f.ty, write, pc, depth + 1);
                    } else {
                        self.race_access(at, 8, write, pc);
                    }
                }
            }
            Kind::Array { len, elem } => {
                if p.types.get(*elem).is_block() {
                    for i in 0..*len {
                        self.race_access(b + 8 * i, 8, false, pc);
                        self.race_block_at(mem::ld(b + 8 * i), *elem, write, pc, depth + 1);
                    }
                } else {
                    self.race_range(b, p.types.block_bytes(t), write, pc);
                }
            }
            _ => {}
        }
    }

    /// Plain accesses to `[addr, addr+n)` by the instruction before `pc`, word by word.
    pub(crate) fn race_range(&mut self, addr: u64, n: u64, write: bool, pc: usize) {
        let mut a = addr;
        let end = addr + n;
        while a < end {
            let next = (a & !7) + 8;
            self.race_access(a, next.min(end) - a, write, pc);
            a = next;
        }
    }

    /// `n` elements of slice type `st` at `data` (of a slice's backing array) accessed.
    fn race_elems(&mut self, data: u64, n: u64, st: TypeIdx, write: bool, rt: Option<RtFn>) {
        let p = self.p;
        let Kind::Slice(elem) = p.types.get(st).kind else { return };
        if n == 0 || data == 0 {
            return;
        }
        let pc = self.race_pc();
        if p.types.get(elem).is_block() {
            for i in 0..n {
                self.race_access(data + 8 * i, 8, false, pc);
                self.race_block_at(mem::ld(data + 8 * i), elem, write, pc, 1);
            }
            return;
        }
        let bytes = n * p.types.elem_bytes(elem);
        match rt {
            Some(rt) => self.race_rt_access(data, bytes, write, rt, pc),
            None => self.race_range(data, bytes, write, pc),
        }
    }

    /// `append(s, src...)` (`src` the data of the appended elements, `n` of them).
    pub(crate) fn race_append(&mut self, s: u64, src: u64, n: u64, st: TypeIdx) {
        if self.race.is_none() || n == 0 {
            return;
        }
        let (data, len, cap) = self.slice_parts(s);
        self.race_elems(src, n, st, false, None);
        if len + n > cap {
            // growslice copies the old elements into the new array.
            self.race_elems(data, len, st, false, Some(RtFn::GrowSlice));
        } else {
            let w = self.slice_elem_width(st);
            self.race_elems(data + len * w, n, st, true, None);
        }
    }

    /// `append(s, v)`.
    pub(crate) fn race_append_one(&mut self, s: u64, st: TypeIdx) {
        if self.race.is_none() {
            return;
        }
        let (data, len, cap) = self.slice_parts(s);
        if len + 1 > cap {
            self.race_elems(data, len, st, false, Some(RtFn::GrowSlice));
        } else {
            let w = self.slice_elem_width(st);
            self.race_elems(data + len * w, 1, st, true, None);
        }
    }

    /// After an `append` that grew `s` into `out`: the new elements were written into the new array
    /// (Go's compiled code stores them after growslice returns, instrumented as any store).
    pub(crate) fn race_appended(&mut self, s: u64, out: u64, n: u64, st: TypeIdx) {
        if self.race.is_none() || n == 0 {
            return;
        }
        let (_, len, cap) = self.slice_parts(s);
        if len + n > cap {
            let (data, _, _) = self.slice_parts(out);
            let w = self.slice_elem_width(st);
            self.race_elems(data + len * w, n, st, true, None);
        }
    }

    /// `copy(dst, src)`.
    pub(crate) fn race_copy(&mut self, dst: u64, src: u64, st: TypeIdx) {
        if self.race.is_none() {
            return;
        }
        let (dd, dl, _) = self.slice_parts(dst);
        let (sd, sl, _) = self.slice_parts(src);
        let n = dl.min(sl);
        self.race_elems(sd, n, st, false, Some(RtFn::SliceCopy));
        self.race_elems(dd, n, st, true, Some(RtFn::SliceCopy));
    }

    /// `clear(s)` (write) or a conversion reading all of `s` (`string(b)`, `string(runes)`:
    /// `st` None, elements of `width` bytes).
    pub(crate) fn race_whole_slice(&mut self, s: u64, st: Option<TypeIdx>, width: u64, write: bool) {
        if self.race.is_none() {
            return;
        }
        let (d, l, _) = self.slice_parts(s);
        match st {
            Some(st) => self.race_elems(d, l, st, write, None),
            None => {
                let pc = self.race_pc();
                self.race_rt_access(d, l * width, write, RtFn::SliceToString, pc)
            }
        }
    }

    /// A map lookup (`write` false) or assignment on map `m` (0: the key alone) with key `k`: Go's
    /// mapaccess/mapassign read or write the map and read the key.
    pub(crate) fn race_map_key(&mut self, m: u64, k: u64, map_type: TypeIdx, write: bool, pc: usize) {
        let p = self.p;
        let Kind::Map { key, .. } = p.types.get(map_type).kind else { return };
        if m != 0 {
            let rt = if write { RtFn::MapAssign } else { RtFn::MapAccess };
            self.race_rt_access(m, 8, write, rt, pc);
        }
        if p.types.get(key).is_block() {
            self.race_block_at(k, key, false, pc, 0);
        }
    }

    /// The value stored by a map assignment is read (a struct or array value is copied in).
    pub(crate) fn race_map_value(&mut self, v: u64, map_type: TypeIdx) {
        let p = self.p;
        let Kind::Map { val, .. } = p.types.get(map_type).kind else { return };
        if p.types.get(val).is_block() {
            let pc = self.race_pc();
            self.race_block_at(v, val, false, pc, 0);
        }
    }

    fn slice_elem_width(&self, st: TypeIdx) -> u64 {
        match self.p.types.get(st).kind {
            Kind::Slice(elem) => self.p.types.elem_bytes(elem),
            _ => 8,
        }
    }
}
