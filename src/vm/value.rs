//! Heap layouts of Go values and the VM's helpers to make and read them.
//!
//! - string: 0 for "", else a NoScan object `[len][bytes…]`, immutable.
//! - slice: 0 for nil, else an immutable Scan header `[data, len, cap]`; `data` points into (or at)
//!   a backing array whose elements are packed by element width (`rtype::RType::mem`).
//! - interface: 0 for nil, else an immutable Scan box `[type index, word]`.
//! - function value: a Scan closure `[function index, captured words…]`.
//! - struct/array values: a block owned by one variable; struct fields are one 8-byte slot each;
//!   array elements are packed. Nested struct/array fields hold a pointer to their own block.
//! - escaping scalar variable / `new(int)`: a one-word Scan cell.
//!
//! Because every multi-word value is one pointer to an immutable header, a racing reader sees an
//! old or a new header, never a torn one.

use super::mem;
use super::rtype::{Kind, TypeIdx};
use super::{Trap, Vm};
use crate::heap::Scan;

/// complex64's word: two f32 (the parts rounded to float32), real part in the low half.
pub fn pack_c64(re: f64, im: f64) -> u64 {
    (re as f32).to_bits() as u64 | ((im as f32).to_bits() as u64) << 32
}

/// The (real, imaginary) parts of a complex word (see [`Vm::new_complex`]).
pub fn complex_parts(w: u64, c64: bool) -> (f64, f64) {
    if c64 {
        (f32::from_bits(w as u32) as f64, f32::from_bits((w >> 32) as u32) as f64)
    } else if w == 0 {
        (0.0, 0.0)
    } else {
        (f64::from_bits(mem::ld(w)), f64::from_bits(mem::ld(w + 8)))
    }
}

/// Go's complex128 division (runtime.complex128div: Smith's algorithm, then C99's corrections
/// to infinities and zeros); complex64 divides the same way in float64, as Go does.
pub fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf2one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

/// `a op b` on complex parts, in float64 (Go widens complex64 too, then rounds the parts).
pub fn complex_arith(op: super::op::COp, x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    use super::op::COp;
    let ((a, b), (c, d)) = (x, y);
    match op {
        COp::Add => (a + c, b + d),
        COp::Sub => (a - c, b - d),
        COp::Mul => (a * c - b * d, a * d + b * c),
        COp::Div => complex_div(x, y),
    }
}

impl Vm {
    pub fn alloc(&mut self, bytes: u64, scan: bool) -> Result<u64, Trap> {
        let s = if scan { Scan::Scan } else { Scan::NoScan };
        match self.heap.alloc(&mut self.cache, bytes as usize, s) {
            Ok(p) => {
                self.race_clear(p.as_ptr() as u64, bytes);
                Ok(p.as_ptr() as u64)
            }
            Err(_) => Err(Trap::Fatal("runtime: out of memory".into())),
        }
    }

    // ---- strings ----

    pub fn new_str(&mut self, b: &[u8]) -> Result<u64, Trap> {
        if b.is_empty() {
            return Ok(0);
        }
        let o = self.alloc(8 + b.len() as u64, false)?;
        mem::st(o, b.len() as u64);
        mem::write_bytes(o + 8, b);
        Ok(o)
    }

    pub fn str_len(&self, s: u64) -> u64 {
        if s == 0 { 0 } else { mem::ld(s) }
    }

    pub fn str_bytes(&self, s: u64) -> Vec<u8> {
        if s == 0 {
            return Vec::new();
        }
        mem::read_bytes(s + 8, mem::ld(s))
    }

    /// Byte-wise comparison of two strings in place (no copies): eight bytes at a time, as
    /// big-endian words so that word order is byte order.
    pub fn str_cmp(&self, a: u64, b: u64) -> std::cmp::Ordering {
        if a == b {
            return std::cmp::Ordering::Equal;
        }
        let (la, lb) = (self.str_len(a), self.str_len(b));
        let n = la.min(lb);
        let mut i = 0;
        // String bytes start 8 bytes into an 8-aligned object: word loads are aligned.
        while i + 8 <= n {
            let (x, y) = (mem::ld(a + 8 + i).swap_bytes(), mem::ld(b + 8 + i).swap_bytes());
            if x != y {
                return x.cmp(&y);
            }
            i += 8;
        }
        while i < n {
            let (x, y) = (self.str_byte(a, i), self.str_byte(b, i));
            if x != y {
                return x.cmp(&y);
            }
            i += 1;
        }
        la.cmp(&lb)
    }

    pub fn str_byte(&self, s: u64, i: u64) -> u8 {
        mem::load(s + 8 + i, super::op::Mem::B1) as u8
    }

    // ---- slices ----

    pub fn slice_parts(&self, s: u64) -> (u64, u64, u64) {
        if s == 0 {
            return (0, 0, 0);
        }
        (mem::ld(s), mem::ld(s + 8), mem::ld(s + 16))
    }

    pub fn new_slice_hdr(&mut self, data: u64, len: u64, cap: u64) -> Result<u64, Trap> {
        let h = self.alloc(24, true)?;
        mem::st(h, data);
        mem::st(h + 8, len);
        mem::st(h + 16, cap);
        Ok(h)
    }

    /// A new zeroed slice of `len`/`cap` elements of type `elem`.
    pub fn make_slice(&mut self, elem: TypeIdx, len: u64, cap: u64) -> Result<u64, Trap> {
        let t = self.p.types.get(elem);
        let w = t.mem().bytes();
        let block = t.is_block();
        let scan = t.has_pointers || block;
        let bytes = cap
            .checked_mul(w)
            .filter(|b| *b < (1 << 40))
            .ok_or_else(|| Trap::runtime("makeslice: cap out of range"))?;
        let data = if bytes == 0 { 0 } else { self.alloc(bytes, scan)? };
        if block {
            for i in 0..cap {
                let z = self.zero_block(elem)?;
                mem::st(data + i * 8, z);
            }
        }
        self.new_slice_hdr(data, len, cap)
    }

    /// append(s, bytes...) for a []byte s.
    pub fn append_bytes(&mut self, s: u64, b: &[u8]) -> Result<u64, Trap> {
        let (data, len, cap) = self.slice_parts(s);
        let n = b.len() as u64;
        if n == 0 {
            return Ok(s);
        }
        let need = len + n;
        let (nd, ncap) = if need <= cap {
            (data, cap)
        } else {
            let ncap = Vm::grow_cap(cap, need, 1);
            let nd = self.alloc(ncap, false)?;
            mem::copy(nd, data, len);
            (nd, ncap)
        };
        mem::write_bytes(nd + len, b);
        self.new_slice_hdr(nd, need, ncap)
    }

    pub fn slice_bytes(&self, s: u64) -> Vec<u8> {
        let (d, l, _) = self.slice_parts(s);
        if l == 0 { Vec::new() } else { mem::read_bytes(d, l) }
    }

    pub fn new_byte_slice(&mut self, b: &[u8]) -> Result<u64, Trap> {
        let data = if b.is_empty() { 0 } else { self.alloc(b.len() as u64, false)? };
        if !b.is_empty() {
            mem::write_bytes(data, b);
        }
        self.new_slice_hdr(data, b.len() as u64, b.len() as u64)
    }

    /// A slice of words (strings, interfaces, pointers).
    pub fn new_word_slice(&mut self, words: &[u64]) -> Result<u64, Trap> {
        let n = words.len() as u64;
        let data = if n == 0 { 0 } else { self.alloc(n * 8, true)? };
        for (i, &w) in words.iter().enumerate() {
            mem::st(data + i as u64 * 8, w);
        }
        self.new_slice_hdr(data, n, n)
    }

    pub fn slice_words(&self, s: u64) -> Vec<u64> {
        let (d, l, _) = self.slice_parts(s);
        (0..l).map(|i| mem::ld(d + i * 8)).collect()
    }

    // ---- interfaces ----

    pub fn new_box(&mut self, t: TypeIdx, w: u64) -> Result<u64, Trap> {
        let b = self.alloc(16, true)?;
        mem::st(b, t as u64);
        mem::st(b + 8, w);
        Ok(b)
    }

    /// (dynamic type, word) of an interface value; (0, 0) for nil.
    pub fn unbox(&self, i: u64) -> (TypeIdx, u64) {
        if i == 0 { (0, 0) } else { (mem::ld(i) as TypeIdx, mem::ld(i + 8)) }
    }

    pub fn box_str(&mut self, s: &[u8]) -> Result<u64, Trap> {
        let w = self.new_str(s)?;
        let t = self.p.well_known.string;
        self.new_box(t, w)
    }

    // ---- complex numbers ----

    /// A complex value as a word: complex64 packs the two f32 parts (real in the low half);
    /// complex128 is a NoScan pair `[re, im]`, immutable, with 0 standing for +0+0i.
    pub fn new_complex(&mut self, re: f64, im: f64, c64: bool) -> Result<u64, Trap> {
        if c64 {
            return Ok(pack_c64(re, im));
        }
        if re.to_bits() == 0 && im.to_bits() == 0 {
            return Ok(0);
        }
        let o = self.alloc(16, false)?;
        mem::st(o, re.to_bits());
        mem::st(o + 8, im.to_bits());
        Ok(o)
    }

    // ---- blocks ----

    /// A zero value block of struct/array type t (nested blocks allocated too).
    pub fn zero_block(&mut self, t: TypeIdx) -> Result<u64, Trap> {
        let types = &self.p.types;
        let rt = types.get(t);
        let bytes = types.block_bytes(t);
        if bytes == 0 {
            // All zero-size values share one address, as Go's do (`new(struct{}) == new(struct{})`).
            let z = self.rt.zerobase.load(std::sync::atomic::Ordering::Relaxed);
            if z != 0 {
                return Ok(z);
            }
        }
        let scan = rt.has_pointers;
        let b = self.alloc(bytes.max(8), scan || matches!(rt.kind, Kind::Struct(_)))?;
        match &self.p.types.get(t).kind {
            Kind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    if self.p.types.get(f.ty).is_block() {
                        let z = self.zero_block(f.ty)?;
                        mem::st(b + 8 * i as u64, z);
                    }
                }
            }
            Kind::Array { len, elem } => {
                let (len, elem) = (*len, *elem);
                if self.p.types.get(elem).is_block() {
                    for i in 0..len {
                        let z = self.zero_block(elem)?;
                        mem::st(b + 8 * i, z);
                    }
                }
            }
            _ => {}
        }
        Ok(b)
    }

    /// A zero value of type t as a word.
    pub fn zero_value(&mut self, t: TypeIdx) -> Result<u64, Trap> {
        if self.p.types.get(t).is_block() { self.zero_block(t) } else { Ok(0) }
    }

    /// A deep copy of block `src` of type t.
    pub fn copy_block(&mut self, src: u64, t: TypeIdx) -> Result<u64, Trap> {
        if src == 0 {
            return Err(Trap::nil_deref());
        }
        let d = self.zero_block(t)?;
        self.copy_into(d, src, t)?;
        Ok(d)
    }

    /// Copies the contents of block `src` into block `dst` (both of type t).
    pub fn copy_into(&mut self, dst: u64, src: u64, t: TypeIdx) -> Result<(), Trap> {
        if dst == 0 || src == 0 {
            return Err(Trap::nil_deref());
        }
        if dst == src {
            return Ok(());
        }
        match &self.p.types.get(t).kind {
            Kind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    let off = 8 * i as u64;
                    if self.p.types.get(f.ty).is_block() {
                        self.copy_into(mem::ld(dst + off), mem::ld(src + off), f.ty)?;
                    } else {
                        mem::st(dst + off, mem::ld(src + off));
                    }
                }
            }
            Kind::Array { len, elem } => {
                let (len, elem) = (*len, *elem);
                if self.p.types.get(elem).is_block() {
                    for i in 0..len {
                        self.copy_into(mem::ld(dst + 8 * i), mem::ld(src + 8 * i), elem)?;
                    }
                } else {
                    let n = self.p.types.block_bytes(t);
                    mem::copy(dst, src, n);
                }
            }
            _ => {}
        }
        Ok(())
    }

    // ---- closures ----

    pub fn new_closure(&mut self, fid: u32, caps: &[u64]) -> Result<u64, Trap> {
        let c = self.alloc(8 * (1 + caps.len() as u64), true)?;
        mem::st(c, fid as u64);
        for (i, &w) in caps.iter().enumerate() {
            mem::st(c + 8 * (1 + i as u64), w);
        }
        Ok(c)
    }

    // ---- equality and hashing of values of a type ----

    /// Go's == for two words of type t. Errors for uncomparable dynamic types.
    /// Whether values of dynamic type t cannot be compared (Go panics comparing or hashing
    /// them through an interface): slices, maps, funcs, and structs or arrays holding one.
    pub fn uncomparable(&self, t: TypeIdx) -> bool {
        match &self.p.types.get(t).kind {
            Kind::Slice(_) | Kind::Map { .. } | Kind::Func => true,
            Kind::Struct(fields) => fields.iter().any(|f| self.uncomparable(f.ty)),
            Kind::Array { elem, .. } => self.uncomparable(*elem),
            _ => false,
        }
    }

    pub fn values_equal(&self, a: u64, b: u64, t: TypeIdx) -> Result<bool, Trap> {
        let rt = self.p.types.get(t);
        Ok(match &rt.kind {
            Kind::String => a == b || (self.str_len(a) == self.str_len(b) && self.str_cmp(a, b).is_eq()),
            Kind::Float64 | Kind::Float32 => f64::from_bits(a) == f64::from_bits(b),
            Kind::Complex64 | Kind::Complex128 => {
                let c64 = rt.kind == Kind::Complex64;
                complex_parts(a, c64) == complex_parts(b, c64)
            }
            Kind::Interface { .. } => {
                let (ta, wa) = self.unbox(a);
                let (tb, wb) = self.unbox(b);
                if ta != tb {
                    return Ok(false);
                }
                if ta == 0 {
                    return Ok(true);
                }
                if self.uncomparable(ta) {
                    return Err(Trap::runtime(&format!("comparing uncomparable type {}", self.p.types.get(ta).name)));
                }
                self.values_equal(wa, wb, ta)?
            }
            Kind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    let off = 8 * i as u64;
                    if !self.values_equal(mem::ld(a + off), mem::ld(b + off), f.ty)? {
                        return Ok(false);
                    }
                }
                true
            }
            Kind::Array { len, elem } => {
                let et = self.p.types.get(*elem);
                let m = et.mem();
                let w = m.bytes();
                for i in 0..*len {
                    let x = if et.is_block() { mem::ld(a + 8 * i) } else { mem::load(a + i * w, m) };
                    let y = if et.is_block() { mem::ld(b + 8 * i) } else { mem::load(b + i * w, m) };
                    if !self.values_equal(x, y, *elem)? {
                        return Ok(false);
                    }
                }
                true
            }
            _ => a == b,
        })
    }

    /// A hash consistent with `values_equal`.
    pub fn hash_value(&self, w: u64, t: TypeIdx) -> Result<u64, Trap> {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        self.hash_into(&mut h, w, t)?;
        Ok(h.finish())
    }

    fn hash_into(&self, h: &mut rustc_hash::FxHasher, w: u64, t: TypeIdx) -> Result<(), Trap> {
        use std::hash::Hasher;
        let rt = self.p.types.get(t);
        match &rt.kind {
            Kind::String => {
                let b = self.str_bytes(w);
                h.write(&b);
                h.write_u8(0xff);
            }
            Kind::Float64 | Kind::Float32 => {
                let f = f64::from_bits(w);
                hash_float(h, f);
            }
            Kind::Complex64 | Kind::Complex128 => {
                let (re, im) = complex_parts(w, rt.kind == Kind::Complex64);
                hash_float(h, re);
                hash_float(h, im);
            }
            Kind::Interface { .. } => {
                let (dt, dw) = self.unbox(w);
                h.write_u32(dt);
                if dt != 0 {
                    if self.uncomparable(dt) {
                        return Err(Trap::runtime(&format!("hash of unhashable type {}", self.p.types.get(dt).name)));
                    }
                    self.hash_into(h, dw, dt)?;
                }
            }
            Kind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    self.hash_into(h, mem::ld(w + 8 * i as u64), f.ty)?;
                }
            }
            Kind::Array { len, elem } => {
                let et = self.p.types.get(*elem);
                let m = et.mem();
                for i in 0..*len {
                    let x = if et.is_block() { mem::ld(w + 8 * i) } else { mem::load(w + i * m.bytes(), m) };
                    self.hash_into(h, x, *elem)?;
                }
            }
            _ => h.write_u64(w),
        }
        Ok(())
    }
}

/// A float key's hash: ±0 alike; NaN, unequal to every key and itself, gets a fresh hash each
/// time (as in Go), so many NaN keys spread instead of piling up in one probe chain.
fn hash_float(h: &mut rustc_hash::FxHasher, f: f64) {
    use std::hash::Hasher;
    static NAN_SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    if f.is_nan() {
        let n = NAN_SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        h.write_u64(n.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    } else {
        h.write_u64(if f == 0.0 { 0 } else { f.to_bits() });
    }
}
