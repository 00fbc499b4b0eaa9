//! fmt's view of VM values: `format::Inspect` over (run-time type, word) pairs.

use crate::format::{FmtState, Inspect, Kind as FKind, Method, MethodPanic};
use crate::vm::mem;
use crate::vm::rtype::{Kind, TypeIdx};
use crate::vm::{Trap, Vm};

/// A Go value: its type and its word (interface-typed values keep their static interface type).
pub type Val = (TypeIdx, u64);

pub struct Insp<'a> {
    pub vm: &'a mut Vm,
}

impl Insp<'_> {
    fn kind_of(&self, t: TypeIdx) -> &Kind {
        &self.vm.p.types.get(t).kind
    }

    /// A called method did not return: its panic, already printed (a nil pointer receiver's panic
    /// is `<nil>`, as Go prints it); traps that end the program end it here.
    fn method_failed(&mut self, v: Val, t: Trap) -> MethodPanic {
        let nil_recv = v.1 == 0 && matches!(self.kind_of(v.0), Kind::Pointer(_));
        match t {
            t if ends_program(&t) => self.vm.finish(t),
            _ if nil_recv => {
                self.vm.take_panic();
                MethodPanic::NilReceiver
            }
            Trap::Unwinding => {
                let pv = self.vm.take_panic().unwrap_or(0);
                let val = self.vm.unbox(pv);
                let mut insp = Insp { vm: self.vm };
                MethodPanic::Value(crate::format::sprint(&mut insp, &[val]))
            }
            _ => MethodPanic::Value(b"?".to_vec()),
        }
    }

    fn load_elem(&self, addr: u64, et: TypeIdx) -> u64 {
        let rt = self.vm.p.types.get(et);
        if rt.is_block() { mem::ld(addr) } else { mem::load(addr, rt.mem()) }
    }
}

/// Unboxes each interface word into a value.
/// A reflect.Value argument stands for the value it holds, as fmt prints it in Go (the zero
/// Value as `<invalid reflect.Value>`).
pub fn vals_of_any_slice(vm: &mut Vm, slice: u64) -> Result<Vec<Val>, Trap> {
    let mut vals = Vec::new();
    for w in vm.slice_words(slice) {
        let (t, x) = vm.unbox(w);
        if t != 0 && vm.p.types.get(t).name == "reflect.Value" {
            // reflect.Value is struct { typ int; val any; ptr uintptr; flag int }: an
            // addressable one (flag bit 0) holds its value at ptr instead of in val.
            let (typ, val, ptr, flag) = (mem::ld(x), mem::ld(x + 8), mem::ld(x + 16), mem::ld(x + 24));
            if typ == 0 {
                let s = vm.new_str(b"<invalid reflect.Value>")?;
                vals.push((vm.p.well_known.string, s));
            } else if flag & 1 != 0 && (typ as usize) < vm.p.types.list.len() {
                let t = typ as TypeIdx;
                let rt = vm.p.types.get(t);
                let w = if rt.is_block() { ptr } else { mem::load(ptr, rt.mem()) };
                if matches!(rt.kind, Kind::Interface { .. }) { vals.push(vm.unbox(w)) } else { vals.push((t, w)) }
            } else {
                vals.push(vm.unbox(val));
            }
            continue;
        }
        vals.push((t, x));
    }
    Ok(vals)
}

impl Inspect for Insp<'_> {
    type V = Val;

    fn kind(&self, v: Val) -> FKind {
        match self.kind_of(v.0) {
            Kind::Nil => FKind::Invalid,
            Kind::Bool => FKind::Bool,
            Kind::Int { bits, signed } => {
                let name = &self.vm.p.types.get(v.0).name;
                let b = if *bits == 64 && (name == "int" || name == "uint") { 0 } else { *bits };
                let b = if *bits == 64 && self.vm.p.types.get(v.0).named { 64 } else { b };
                if *signed { FKind::Int(b) } else { FKind::Uint(b) }
            }
            Kind::Uintptr => FKind::Uintptr,
            Kind::Float32 => FKind::Float32,
            Kind::Float64 => FKind::Float64,
            Kind::Complex64 => FKind::Complex64,
            Kind::Complex128 => FKind::Complex128,
            Kind::String => FKind::String,
            Kind::UnsafePointer => FKind::UnsafePointer,
            Kind::Pointer(_) => FKind::Pointer,
            Kind::Slice(_) => FKind::Slice,
            Kind::Array { .. } => FKind::Array,
            Kind::Map { .. } => FKind::Map,
            Kind::Chan { .. } => FKind::Chan,
            Kind::Func => FKind::Func,
            Kind::Struct(_) => FKind::Struct,
            Kind::Interface { .. } => FKind::Interface,
        }
    }

    fn type_string(&self, v: Val) -> String {
        self.vm.p.types.get(v.0).name.clone()
    }
    fn int(&self, v: Val) -> i64 {
        v.1 as i64
    }
    fn uint(&self, v: Val) -> u64 {
        v.1
    }
    fn float(&self, v: Val) -> f64 {
        f64::from_bits(v.1)
    }
    fn complex(&self, v: Val) -> (f64, f64) {
        crate::vm::value::complex_parts(v.1, matches!(self.kind_of(v.0), Kind::Complex64))
    }
    fn bool(&self, v: Val) -> bool {
        v.1 != 0
    }
    fn string(&self, v: Val) -> Vec<u8> {
        self.vm.str_bytes(v.1)
    }
    fn len(&self, v: Val) -> usize {
        match self.kind_of(v.0) {
            Kind::String => self.vm.str_len(v.1) as usize,
            Kind::Slice(_) => self.vm.slice_parts(v.1).1 as usize,
            Kind::Array { len, .. } => *len as usize,
            Kind::Map { .. } => self.vm.map_len(v.1) as usize,
            _ => 0,
        }
    }
    fn index(&self, v: Val, i: usize) -> Val {
        match self.kind_of(v.0) {
            Kind::Slice(et) => {
                let et = *et;
                let (d, _, _) = self.vm.slice_parts(v.1);
                let w = self.vm.p.types.elem_bytes(et);
                (et, self.load_elem(d + i as u64 * w, et))
            }
            Kind::Array { elem, .. } => {
                let et = *elem;
                let w = self.vm.p.types.elem_bytes(et);
                (et, self.load_elem(v.1 + i as u64 * w, et))
            }
            _ => (0, 0),
        }
    }
    fn is_nil(&self, v: Val) -> bool {
        v.1 == 0
    }
    fn elem(&self, v: Val) -> Val {
        match self.kind_of(v.0) {
            Kind::Interface { .. } => self.vm.unbox(v.1),
            Kind::Pointer(et) => {
                let et = *et;
                if self.vm.p.types.get(et).is_block() { (et, v.1) } else { (et, self.load_elem(v.1, et)) }
            }
            _ => (0, 0),
        }
    }
    fn pointer(&self, v: Val) -> usize {
        v.1 as usize
    }
    fn num_fields(&self, v: Val) -> usize {
        match self.kind_of(v.0) {
            Kind::Struct(f) => f.len(),
            _ => 0,
        }
    }
    fn field(&self, v: Val, i: usize) -> (String, bool, Val) {
        match self.kind_of(v.0) {
            Kind::Struct(fields) => {
                let f = &fields[i];
                let name = if f.embedded {
                    let n = &self.vm.p.types.get(f.ty).name;
                    let n = n.trim_start_matches('*');
                    n.rsplit('.').next().unwrap_or(n).to_string()
                } else {
                    f.name.clone()
                };
                (name, f.exported, (f.ty, self.load_elem(v.1 + 8 * i as u64, f.ty)))
            }
            _ => (String::new(), false, (0, 0)),
        }
    }
    fn map_entries(&self, v: Val) -> Vec<(Val, Val)> {
        let Kind::Map { key, val } = *self.kind_of(v.0) else { return Vec::new() };
        // map_entries needs no mutation beyond the rng; read the table directly.
        let m = v.1;
        if m == 0 {
            return Vec::new();
        }
        let table = mem::ld(m);
        let cap = mem::ld(m + 16);
        let mut out = Vec::new();
        for j in 0..cap {
            let e = table + j * 24;
            let t = mem::ld(e);
            if t > 1 {
                out.push(((key, mem::ld(e + 8)), (val, mem::ld(e + 16))));
            }
        }
        out
    }
    fn call_method(&mut self, v: Val, m: Method) -> Option<Result<Vec<u8>, MethodPanic>> {
        let name = match m {
            Method::Error => "Error",
            Method::String => "String",
            Method::GoString => "GoString",
        };
        let p = self.vm.p;
        let mid = p.method_id(name)?;
        let fid = *p.methods.get(&(v.0, mid))?;
        // The method must return exactly a string.
        let f = &p.funcs[fid as usize];
        if f.nparams != 1 || f.nresults != 1 {
            return None;
        }
        match self.vm.call_func(fid, &[v.1], 1) {
            Ok(r) => Some(Ok(self.vm.str_bytes(r[0]))),
            Err(t) => Some(Err(self.method_failed(v, t))),
        }
    }
    fn call_format(&mut self, v: Val, verb: u32, st: &FmtState) -> Option<Result<Vec<u8>, MethodPanic>> {
        let p = self.vm.p;
        let mid = p.method_id("Format")?;
        let fid = *p.methods.get(&(v.0, mid))?;
        let f = &p.funcs[fid as usize];
        let t = p.well_known.fmt_state;
        if f.nparams != 3 || f.nresults != 0 || t == 0 {
            return None;
        }
        // Flag bits: '-' '+' '#' ' ' '0', then width and precision present (bits 8, 9).
        let bits = [st.minus, st.plus, st.sharp, st.space, st.zero];
        let mut flags = bits.iter().enumerate().fold(0u64, |acc, (i, &b)| acc | (b as u64) << i);
        flags |= (st.wid.is_some() as u64) << 8 | (st.prec.is_some() as u64) << 9;
        let cell = match self.vm.alloc(32, true) {
            Ok(c) => c,
            Err(t) => self.vm.finish(t),
        };
        mem::st(cell, 0);
        mem::st(cell + 8, st.wid.unwrap_or(0) as u64);
        mem::st(cell + 16, st.prec.unwrap_or(0) as u64);
        mem::st(cell + 24, flags);
        self.vm.pinned.push(cell);
        let state = match self.vm.new_box(t, cell) {
            Ok(b) => b,
            Err(t) => self.vm.finish(t),
        };
        self.vm.pinned.push(state);
        let r = self.vm.call_func(fid, &[v.1, state, verb as u64], 0);
        let text = self.vm.str_bytes(mem::ld(cell));
        self.vm.pinned.pop();
        self.vm.pinned.pop();
        match r {
            Ok(_) => Some(Ok(text)),
            Err(t) => Some(Err(self.method_failed(v, t))),
        }
    }
    fn elem_kind(&self, v: Val) -> FKind {
        let et = match self.kind_of(v.0) {
            Kind::Slice(e) => *e,
            Kind::Array { elem, .. } => *elem,
            _ => return FKind::Invalid,
        };
        self.kind((et, 0))
    }
    fn bytes(&self, v: Val) -> Vec<u8> {
        match self.kind_of(v.0) {
            Kind::Slice(_) => self.vm.slice_bytes(v.1),
            Kind::Array { len, .. } => mem::read_bytes(v.1, *len),
            _ => Vec::new(),
        }
    }
}

/// Traps that end the program rather than panic (os.Exit, fatal errors, deadlock): fmt cannot
/// print them as `%!v(PANIC=…)`, so they end the program from inside the method call.
fn ends_program(t: &Trap) -> bool {
    matches!(t, Trap::Exit(_) | Trap::Fatal(_) | Trap::Internal(_) | Trap::Deadlock(_))
}
