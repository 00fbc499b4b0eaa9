//! Natives of package reflect: the run-time type table read as reflect.Type, boxed values taken
//! apart for reflect.Value (stdlib/reflect.go holds the API, in Go), and DeepEqual.
//!
//! A Value keeps its value boxed as an `any` with the value's own type; an element or field
//! of interface type is handed back as the interface itself (its content), as reflect.go expects.

use super::{arg, ret, ret_str};
use crate::vm::mem;
use crate::vm::program::NativeFn;
use crate::vm::rtype::{Kind, TypeIdx};
use crate::vm::{Trap, Vm};
use std::collections::HashSet;

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("reflect.typeOf", |vm, a| {
        let (ty, _) = vm.unbox(arg(vm, a, 0));
        ret(vm, a, 0, ty as u64);
        Ok(())
    }));
    t.push(("reflect.typeString", |vm, a| {
        let name = vm.p.types.get(type_arg(vm, a, 0)).name.clone();
        ret_str(vm, a, 0, name.as_bytes())
    }));
    t.push(("reflect.typeKind", |vm, a| {
        let k = vm.p.types.get(type_arg(vm, a, 0)).reflect_kind;
        ret(vm, a, 0, k as u64);
        Ok(())
    }));
    t.push(("reflect.typeNamed", |vm, a| {
        let named = vm.p.types.get(type_arg(vm, a, 0)).named;
        ret(vm, a, 0, named as u64);
        Ok(())
    }));
    t.push(("reflect.typeElem", |vm, a| {
        let e = match kind(vm, type_arg(vm, a, 0)) {
            Kind::Pointer(e) | Kind::Slice(e) | Kind::Array { elem: e, .. } | Kind::Chan { elem: e } => *e,
            Kind::Map { val, .. } => *val,
            _ => 0,
        };
        ret(vm, a, 0, e as u64);
        Ok(())
    }));
    t.push(("reflect.typeKey", |vm, a| {
        let k = match kind(vm, type_arg(vm, a, 0)) {
            Kind::Map { key, .. } => *key,
            _ => 0,
        };
        ret(vm, a, 0, k as u64);
        Ok(())
    }));
    t.push(("reflect.typeLen", |vm, a| {
        let n = match kind(vm, type_arg(vm, a, 0)) {
            Kind::Array { len, .. } => *len,
            _ => 0,
        };
        ret(vm, a, 0, n);
        Ok(())
    }));
    t.push(("reflect.typeNumField", |vm, a| {
        let n = match kind(vm, type_arg(vm, a, 0)) {
            Kind::Struct(f) => f.len(),
            _ => 0,
        };
        ret(vm, a, 0, n as u64);
        Ok(())
    }));
    t.push(("reflect.typeField", type_field));
    t.push(("reflect.typeComparable", |vm, a| {
        let c = comparable(vm, type_arg(vm, a, 0));
        ret(vm, a, 0, c as u64);
        Ok(())
    }));
    t.push(("reflect.typeNumMethod", |vm, a| {
        let t = type_arg(vm, a, 0);
        let n = match kind(vm, t) {
            Kind::Interface { methods, .. } => methods.len(),
            // Exported methods in t's method set.
            _ => vm
                .p
                .methods
                .keys()
                .filter(|(rt, m)| *rt == t && vm.p.method_names[*m as usize].starts_with(|c: char| c.is_uppercase()))
                .count(),
        };
        ret(vm, a, 0, n as u64);
        Ok(())
    }));
    t.push(("reflect.rawWord", |vm, a| {
        let (_, w) = vm.unbox(arg(vm, a, 0));
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("reflect.rawComplex", |vm, a| {
        // The complex value in x (complex64 or complex128, possibly of a named type) as a complex128.
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let (re, im) = match kind(vm, t) {
            Kind::Complex64 => crate::vm::value::complex_parts(w, true),
            Kind::Complex128 => crate::vm::value::complex_parts(w, false),
            _ => (0.0, 0.0),
        };
        let c = vm.new_complex(re, im, false)?;
        ret(vm, a, 0, c);
        Ok(())
    }));
    t.push(("reflect.rawString", |vm, a| {
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let w = if matches!(kind(vm, t), Kind::String) { w } else { 0 };
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("reflect.valueLen", |vm, a| {
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let n = match kind(vm, t) {
            Kind::String => vm.str_len(w),
            Kind::Slice(_) => vm.slice_parts(w).1,
            Kind::Array { len, .. } => *len,
            Kind::Map { .. } => vm.map_len(w),
            Kind::Chan { .. } if w != 0 => vm.chan_len(w),
            _ => 0,
        };
        ret(vm, a, 0, n);
        Ok(())
    }));
    t.push(("reflect.valueCap", |vm, a| {
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let n = match kind(vm, t) {
            Kind::Slice(_) => vm.slice_parts(w).2,
            Kind::Chan { .. } if w != 0 => vm.chan_cap(w),
            _ => 0,
        };
        ret(vm, a, 0, n);
        Ok(())
    }));
    t.push(("reflect.valueIndex", |vm, a| {
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let i = arg(vm, a, 1);
        let (et, addr) = match kind(vm, t) {
            Kind::Slice(et) => (*et, vm.slice_parts(w).0),
            Kind::Array { elem, .. } => (*elem, w),
            _ => return Err(Trap::Fatal("corgi: reflect.valueIndex of a non-sequence".into())),
        };
        let x = load(vm, addr + i * vm.p.types.elem_bytes(et), et);
        let boxed = as_any(vm, et, x)?;
        ret(vm, a, 0, boxed);
        Ok(())
    }));
    t.push(("reflect.valueField", |vm, a| {
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let i = arg(vm, a, 1) as usize;
        let Kind::Struct(fields) = kind(vm, t) else {
            return Err(Trap::Fatal("corgi: reflect.valueField of a non-struct".into()));
        };
        let ft = fields[i].ty;
        let x = load(vm, w + 8 * i as u64, ft);
        let boxed = as_any(vm, ft, x)?;
        ret(vm, a, 0, boxed);
        Ok(())
    }));
    t.push(("reflect.valueElem", |vm, a| {
        let (t, w) = vm.unbox(arg(vm, a, 0));
        let Kind::Pointer(et) = *kind(vm, t) else {
            return Err(Trap::Fatal("corgi: reflect.valueElem of a non-pointer".into()));
        };
        let x = if vm.p.types.get(et).is_block() { w } else { load(vm, w, et) };
        let boxed = as_any(vm, et, x)?;
        ret(vm, a, 0, boxed);
        Ok(())
    }));
    t.push(("reflect.mapKeys", |vm, a| {
        let (t, m) = vm.unbox(arg(vm, a, 0));
        let Kind::Map { key, .. } = *kind(vm, t) else { return Err(Trap::Fatal("corgi: reflect.mapKeys".into())) };
        let keys =
            if m == 0 { Vec::new() } else { vm.map_entries_from_random_slot(m).into_iter().map(|(k, _)| k).collect() };
        let mut boxed = Vec::with_capacity(keys.len());
        for k in keys {
            let b = as_any(vm, key, k)?;
            vm.pinned.push(b);
            boxed.push(b);
        }
        let s = vm.new_word_slice(&boxed);
        vm.pinned.clear();
        ret(vm, a, 0, s?);
        Ok(())
    }));
    t.push(("reflect.mapIndex", |vm, a| {
        let (t, m) = vm.unbox(arg(vm, a, 0));
        let Kind::Map { key, val } = *kind(vm, t) else { return Err(Trap::Fatal("corgi: reflect.mapIndex".into())) };
        let k = arg(vm, a, 1);
        let k = if matches!(kind(vm, key), Kind::Interface { .. }) { k } else { vm.unbox(k).1 };
        let (x, ok) = vm.map_get(m, k, t)?;
        let boxed = if ok { as_any(vm, val, x)? } else { 0 };
        ret(vm, a, 0, boxed);
        ret(vm, a, 1, ok as u64);
        Ok(())
    }));
    t.push(("reflect.DeepEqual", |vm, a| {
        let (x, y) = (arg(vm, a, 0), arg(vm, a, 1));
        let eq = deep_equal_ifaces(vm, x, y, &mut HashSet::new());
        ret(vm, a, 0, eq as u64);
        Ok(())
    }));
}

/// A type index argument; an index outside the table (never produced by reflect.go) reads as
/// the nil type rather than indexing out of bounds.
fn type_arg(vm: &Vm, a: usize, i: usize) -> TypeIdx {
    let t = arg(vm, a, i);
    if (t as usize) < vm.p.types.list.len() { t as TypeIdx } else { 0 }
}

fn kind(vm: &Vm, t: TypeIdx) -> &Kind {
    vm.p.types.list.get(t as usize).map_or(&Kind::Nil, |r| &r.kind)
}

/// The value of type t stored at addr (struct/array values are held by their block's address).
fn load(vm: &Vm, addr: u64, t: TypeIdx) -> u64 {
    let rt = vm.p.types.get(t);
    if rt.is_block() { mem::ld(addr) } else { mem::load(addr, rt.mem()) }
}

/// A value of type t as reflect.go's `any`: an interface value is already one.
fn as_any(vm: &mut Vm, t: TypeIdx, w: u64) -> Result<u64, Trap> {
    if matches!(kind(vm, t), Kind::Interface { .. }) { Ok(w) } else { vm.new_box(t, w) }
}

fn type_field(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let t = type_arg(vm, a, 0);
    let i = arg(vm, a, 1) as usize;
    let Some(f) = (match kind(vm, t) {
        Kind::Struct(fields) => fields.get(i).cloned(),
        _ => None,
    }) else {
        return Err(Trap::Fatal("corgi: reflect.typeField of a non-struct".into()));
    };
    // An embedded field is named by its type's name without package or pointer.
    let name = if f.embedded {
        let n = vm.p.types.get(f.ty).name.trim_start_matches('*').to_string();
        let base = n.split('[').next().unwrap_or(&n).to_string();
        let start = base.rfind('.').map_or(0, |i| i + 1);
        n[start..].to_string()
    } else {
        f.name.clone()
    };
    ret_str(vm, a, 0, name.as_bytes())?;
    let name_word = arg(vm, a, 0);
    vm.pinned.push(name_word);
    let tag = vm.new_str(f.tag.as_bytes());
    vm.pinned.clear();
    ret(vm, a, 1, f.ty as u64);
    ret(vm, a, 2, tag?);
    ret(vm, a, 3, f.embedded as u64);
    // The checker marks every embedded field exported; reflect goes by the field's name, as Go does.
    let exported = if f.embedded { name.chars().next().is_some_and(char::is_uppercase) } else { f.exported };
    ret(vm, a, 4, exported as u64);
    Ok(())
}

fn comparable(vm: &Vm, t: TypeIdx) -> bool {
    match kind(vm, t) {
        Kind::Slice(_) | Kind::Map { .. } | Kind::Func => false,
        Kind::Array { elem, .. } => comparable(vm, *elem),
        Kind::Struct(fields) => fields.iter().all(|f| comparable(vm, f.ty)),
        _ => true,
    }
}

/// Pairs of references already being compared: a cycle compares equal where it closes.
type Visited = HashSet<(TypeIdx, u64, u64)>;

fn deep_equal_ifaces(vm: &mut Vm, x: u64, y: u64, seen: &mut Visited) -> bool {
    let ((tx, wx), (ty, wy)) = (vm.unbox(x), vm.unbox(y));
    if tx == 0 || ty == 0 {
        return tx == ty;
    }
    tx == ty && deep_equal(vm, tx, wx, wy, seen)
}

/// Go's deep equality of two values of type t. The pairs still to compare are a work list, not
/// Rust recursion, so a million-node list costs heap, never the thread's stack.
fn deep_equal(vm: &mut Vm, t: TypeIdx, a: u64, b: u64, seen: &mut Visited) -> bool {
    let mut work = vec![(t, a, b)];
    while let Some((t, a, b)) = work.pop() {
        let k = kind(vm, t).clone();
        match k {
            Kind::Array { len, elem } => {
                let w = vm.p.types.elem_bytes(elem);
                for i in (0..len).rev() {
                    work.push((elem, load(vm, a + i * w, elem), load(vm, b + i * w, elem)));
                }
            }
            Kind::Slice(elem) => {
                let ((da, la, _), (db, lb, _)) = (vm.slice_parts(a), vm.slice_parts(b));
                if (a == 0) != (b == 0) || la != lb {
                    return false;
                }
                if da == db || !seen.insert((t, da, db)) {
                    continue;
                }
                let w = vm.p.types.elem_bytes(elem);
                for i in (0..la).rev() {
                    work.push((elem, load(vm, da + i * w, elem), load(vm, db + i * w, elem)));
                }
            }
            Kind::Interface { .. } => {
                let ((ta, wa), (tb, wb)) = (vm.unbox(a), vm.unbox(b));
                if ta != tb {
                    return false;
                }
                if ta != 0 {
                    work.push((ta, wa, wb));
                }
            }
            Kind::Pointer(elem) => {
                if a == b || !seen.insert((t, a, b)) {
                    continue;
                }
                if a == 0 || b == 0 {
                    return false;
                }
                if vm.p.types.get(elem).is_block() {
                    work.push((elem, a, b));
                } else {
                    work.push((elem, load(vm, a, elem), load(vm, b, elem)));
                }
            }
            Kind::Struct(fields) => {
                for (i, f) in fields.iter().enumerate().rev() {
                    let off = 8 * i as u64;
                    work.push((f.ty, load(vm, a + off, f.ty), load(vm, b + off, f.ty)));
                }
            }
            Kind::Map { val, .. } => {
                if (a == 0) != (b == 0) || vm.map_len(a) != vm.map_len(b) {
                    return false;
                }
                if a == b || !seen.insert((t, a, b)) {
                    continue;
                }
                for (k, va) in vm.map_entries(a) {
                    match vm.map_get(b, k, t) {
                        Ok((vb, true)) => work.push((val, va, vb)),
                        _ => return false,
                    }
                }
            }
            Kind::Func => {
                if a != 0 || b != 0 {
                    return false;
                }
            }
            Kind::String => {
                if a != b && vm.str_bytes(a) != vm.str_bytes(b) {
                    return false;
                }
            }
            Kind::Float32 | Kind::Float64 => {
                if f64::from_bits(a) != f64::from_bits(b) {
                    return false;
                }
            }
            Kind::Complex64 | Kind::Complex128 => {
                let c64 = matches!(k, Kind::Complex64);
                if crate::vm::value::complex_parts(a, c64) != crate::vm::value::complex_parts(b, c64) {
                    return false;
                }
            }
            _ => {
                if a != b {
                    return false;
                }
            }
        }
    }
    true
}

/// The natives behind reflect's methods, settable values, calls and constructors.
pub fn register_more(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("reflect.typeNumIn", |vm, a| {
        let n = sig(vm, type_arg(vm, a, 0)).map_or(0, |s| s.params.len());
        ret(vm, a, 0, n as u64);
        Ok(())
    }));
    t.push(("reflect.typeIn", |vm, a| {
        let i = arg(vm, a, 1) as usize;
        let p = sig(vm, type_arg(vm, a, 0)).and_then(|s| s.params.get(i).copied()).unwrap_or(0);
        ret(vm, a, 0, p as u64);
        Ok(())
    }));
    t.push(("reflect.typeNumOut", |vm, a| {
        let n = sig(vm, type_arg(vm, a, 0)).map_or(0, |s| s.results.len());
        ret(vm, a, 0, n as u64);
        Ok(())
    }));
    t.push(("reflect.typeOut", |vm, a| {
        let i = arg(vm, a, 1) as usize;
        let p = sig(vm, type_arg(vm, a, 0)).and_then(|s| s.results.get(i).copied()).unwrap_or(0);
        ret(vm, a, 0, p as u64);
        Ok(())
    }));
    t.push(("reflect.typeVariadic", |vm, a| {
        let v = sig(vm, type_arg(vm, a, 0)).is_some_and(|s| s.variadic);
        ret(vm, a, 0, v as u64);
        Ok(())
    }));
    t.push(("reflect.typeMethodCount", |vm, a| {
        let n = vm.p.reflect_methods.get(&type_arg(vm, a, 0)).map_or(0, |l| l.len());
        ret(vm, a, 0, n as u64);
        Ok(())
    }));
    t.push(("reflect.typeMethod", |vm, a| {
        let i = arg(vm, a, 1) as usize;
        let Some(m) = method(vm, type_arg(vm, a, 0), i) else {
            return Err(Trap::Fatal("corgi: reflect.typeMethod index".into()));
        };
        let (name, mtyp, ftyp) = (m.name.clone(), m.mtyp, m.ftyp);
        ret_str(vm, a, 0, name.as_bytes())?;
        ret(vm, a, 1, mtyp as u64);
        ret(vm, a, 2, ftyp as u64);
        Ok(())
    }));
    t.push(("reflect.methodIndex", |vm, a| {
        let name = super::arg_str(vm, a, 1);
        let i =
            vm.p.reflect_methods
                .get(&type_arg(vm, a, 0))
                .and_then(|l| l.iter().position(|m| m.name.as_bytes() == name.as_slice()))
                .map_or(-1, |i| i as i64);
        ret(vm, a, 0, i as u64);
        Ok(())
    }));
    t.push(("reflect.methodFunc", |vm, a| {
        let i = arg(vm, a, 1) as usize;
        let Some(m) = method(vm, type_arg(vm, a, 0), i).filter(|m| m.func != u32::MAX) else {
            return Err(Trap::Fatal("corgi: reflect.methodFunc of an interface method".into()));
        };
        let (f, ft) = (m.func, m.ftyp);
        let c = vm.new_closure(f, &[])?;
        vm.pinned.push(c);
        let b = vm.new_box(ft, c);
        vm.pinned.clear();
        ret(vm, a, 0, b?);
        Ok(())
    }));
    t.push(("reflect.methodValue", |vm, a| {
        let t = type_arg(vm, a, 0);
        let i = arg(vm, a, 1) as usize;
        let Some(m) = method(vm, t, i).filter(|m| m.bound != u32::MAX) else {
            return Err(Trap::Fatal("corgi: reflect.methodValue of an interface method".into()));
        };
        let (bound, mt) = (m.bound, m.mtyp);
        let (_, w) = vm.unbox(arg(vm, a, 2));
        let share = arg(vm, a, 3) != 0;
        let w = if vm.p.types.get(t).is_block() && !share { vm.copy_block(w, t)? } else { w };
        vm.pinned.push(w);
        let r = vm.new_closure(bound, &[w]).and_then(|c| {
            vm.pinned.push(c);
            vm.new_box(mt, c)
        });
        vm.pinned.clear();
        ret(vm, a, 0, r?);
        Ok(())
    }));
    t.push(("reflect.typePtrTo", |vm, a| {
        let t = type_arg(vm, a, 0);
        let p = vm.p.types.list.iter().position(|r| r.kind == Kind::Pointer(t));
        let Some(p) = p.filter(|_| t != 0) else {
            let name = vm.p.types.get(t).name.clone();
            return Err(Trap::Fatal(format!(
                "corgi does not support reflect.PointerTo({name}): no run-time type *{name}"
            )));
        };
        ret(vm, a, 0, p as u64);
        Ok(())
    }));
    t.push(("reflect.typeImplements", |vm, a| {
        let (t, u) = (type_arg(vm, a, 0), type_arg(vm, a, 1));
        let ok = match (kind(vm, t), kind(vm, u)) {
            (
                Kind::Interface { methods: have, sigs: have_sigs },
                Kind::Interface { methods: want, sigs: want_sigs },
            ) => want.iter().zip(want_sigs).all(|w| have.iter().zip(have_sigs).any(|h| h == w)),
            _ => vm.implements(t, u),
        };
        ret(vm, a, 0, ok as u64);
        Ok(())
    }));
    t.push(("reflect.typeSameUnder", |vm, a| {
        // Identical underlying types (as far as run-time types tell).
        let (t, u) = (type_arg(vm, a, 0), type_arg(vm, a, 1));
        let same = kind(vm, t) == kind(vm, u)
            && (!matches!(kind(vm, t), Kind::Func) || sig(vm, t) == sig(vm, u))
            && vm.p.types.get(t).reflect_kind == vm.p.types.get(u).reflect_kind;
        ret(vm, a, 0, same as u64);
        Ok(())
    }));
    t.push(("reflect.loadAt", |vm, a| {
        let t = type_arg(vm, a, 0);
        let p = arg(vm, a, 1);
        let w = if vm.p.types.get(t).is_block() { vm.copy_block(p, t)? } else { load(vm, p, t) };
        vm.pinned.push(w);
        let b = as_any(vm, t, w);
        vm.pinned.clear();
        ret(vm, a, 0, b?);
        Ok(())
    }));
    t.push(("reflect.storeAt", |vm, a| {
        let t = type_arg(vm, a, 0);
        let p = arg(vm, a, 1);
        let x = arg(vm, a, 2);
        store(vm, t, p, x)
    }));
    t.push(("reflect.fieldAddr", |vm, a| {
        let t = type_arg(vm, a, 0);
        let p = arg(vm, a, 1);
        let i = arg(vm, a, 2) as usize;
        let Some(ft) = (match kind(vm, t) {
            Kind::Struct(fields) => fields.get(i).map(|f| f.ty),
            _ => None,
        }) else {
            return Err(Trap::Fatal("corgi: reflect.fieldAddr of a non-struct".into()));
        };
        let slot = p + 8 * i as u64;
        let r = if vm.p.types.get(ft).is_block() { mem::ld(slot) } else { slot };
        ret(vm, a, 0, r);
        Ok(())
    }));
    t.push(("reflect.elemAddr", |vm, a| {
        // Element i of the array (block at p) or slice (boxed in seq) of type t.
        let t = type_arg(vm, a, 0);
        let i = arg(vm, a, 3);
        let (et, data) = match *kind(vm, t) {
            Kind::Array { elem, .. } => (elem, arg(vm, a, 2)),
            Kind::Slice(elem) => (elem, vm.slice_parts(vm.unbox(arg(vm, a, 1)).1).0),
            _ => return Err(Trap::Fatal("corgi: reflect.elemAddr of a non-sequence".into())),
        };
        let slot = data + i * vm.p.types.elem_bytes(et);
        let r = if vm.p.types.get(et).is_block() { mem::ld(slot) } else { slot };
        ret(vm, a, 0, r);
        Ok(())
    }));
    t.push(("reflect.boxWord", |vm, a| {
        let t = type_arg(vm, a, 0);
        let b = vm.new_box(t, arg(vm, a, 1))?;
        ret(vm, a, 0, b);
        Ok(())
    }));
    t.push(("reflect.newAt", |vm, a| {
        let t = type_arg(vm, a, 0);
        let p = if vm.p.types.get(t).is_block() { vm.zero_block(t)? } else { vm.alloc(8, true)? };
        ret(vm, a, 0, p);
        Ok(())
    }));
    t.push(("reflect.zeroOf", |vm, a| {
        let t = type_arg(vm, a, 0);
        let b = if matches!(kind(vm, t), Kind::Interface { .. }) {
            0
        } else {
            let z = vm.zero_value(t)?;
            vm.pinned.push(z);
            let b = vm.new_box(t, z);
            vm.pinned.clear();
            b?
        };
        ret(vm, a, 0, b);
        Ok(())
    }));
    t.push(("reflect.makeSlice", |vm, a| {
        let t = type_arg(vm, a, 0);
        let Kind::Slice(et) = *kind(vm, t) else { return Err(Trap::Fatal("corgi: reflect.makeSlice".into())) };
        let s = vm.make_slice(et, arg(vm, a, 1), arg(vm, a, 2))?;
        vm.pinned.push(s);
        let b = vm.new_box(t, s);
        vm.pinned.clear();
        ret(vm, a, 0, b?);
        Ok(())
    }));
    t.push(("reflect.makeMap", |vm, a| {
        let t = type_arg(vm, a, 0);
        let m = vm.make_map(arg(vm, a, 1))?;
        vm.pinned.push(m);
        let b = vm.new_box(t, m);
        vm.pinned.clear();
        ret(vm, a, 0, b?);
        Ok(())
    }));
    t.push(("reflect.mapSet", |vm, a| {
        // m[k] = e, or delete(m, k) when e is the nil interface and del is set.
        let (mt, m) = vm.unbox(arg(vm, a, 0));
        let Kind::Map { key, val } = *kind(vm, mt) else { return Err(Trap::Fatal("corgi: reflect.mapSet".into())) };
        let k = word_of(vm, key, arg(vm, a, 1))?;
        vm.pinned.push(k);
        let r = if arg(vm, a, 3) != 0 {
            vm.map_delete(m, k, mt)
        } else {
            word_of(vm, val, arg(vm, a, 2)).and_then(|e| {
                vm.pinned.push(e);
                vm.map_set(m, k, e, mt)
            })
        };
        vm.pinned.clear();
        r
    }));
    t.push(("reflect.sliceAppend", |vm, a| {
        let (t, s) = vm.unbox(arg(vm, a, 0));
        let Kind::Slice(et) = *kind(vm, t) else { return Err(Trap::Fatal("corgi: reflect.sliceAppend".into())) };
        let x = word_of(vm, et, arg(vm, a, 1))?;
        vm.pinned.push(x);
        let r = append_one(vm, t, et, s, x).and_then(|h| {
            vm.pinned.push(h);
            vm.new_box(t, h)
        });
        vm.pinned.clear();
        ret(vm, a, 0, r?);
        Ok(())
    }));
    t.push(("reflect.sliceHeader", |vm, a| {
        // s[lo:hi:max], of s's type (bounds checked by the caller).
        let (t, s) = vm.unbox(arg(vm, a, 0));
        let (d, _, _) = vm.slice_parts(s);
        let (lo, hi, max) = (arg(vm, a, 1), arg(vm, a, 2), arg(vm, a, 3));
        let eb = match *kind(vm, t) {
            Kind::Slice(et) => vm.p.types.elem_bytes(et),
            _ => 1,
        };
        let d = if max > lo { d + lo * eb } else { d };
        let h = vm.new_slice_hdr(d, hi - lo, max - lo)?;
        vm.pinned.push(h);
        let b = vm.new_box(t, h);
        vm.pinned.clear();
        ret(vm, a, 0, b?);
        Ok(())
    }));
    t.push(("reflect.callFunc", call_func));
    t.push(("reflect.makeFunc", |vm, a| {
        let t = type_arg(vm, a, 0);
        let Some(s) = sig(vm, t) else {
            return Err(Trap::Fatal("corgi: reflect.MakeFunc of an unknown func type".into()));
        };
        let Some(&stub) = vm.p.makefunc_stubs.get(&(s.params.len() as u16, s.results.len() as u16)) else {
            return Err(Trap::Fatal("corgi: reflect.MakeFunc has no stub for this type".into()));
        };
        let c = vm.new_closure(stub, &[arg(vm, a, 1), t as u64, arg(vm, a, 2)])?;
        vm.pinned.push(c);
        let b = vm.new_box(t, c);
        vm.pinned.clear();
        ret(vm, a, 0, b?);
        Ok(())
    }));
    t.push(("reflect.makeFuncStub", make_func_stub));
}

fn sig(vm: &Vm, t: TypeIdx) -> Option<&crate::vm::program::FuncSig> {
    vm.p.func_sigs.get(&t)
}

fn method(vm: &Vm, t: TypeIdx, i: usize) -> Option<&crate::vm::program::RMethod> {
    vm.p.reflect_methods.get(&t).and_then(|l| l.get(i))
}

/// The word of type t that the `any` x holds (x itself when t is an interface type).
fn word_of(vm: &mut Vm, t: TypeIdx, x: u64) -> Result<u64, Trap> {
    if matches!(kind(vm, t), Kind::Interface { .. }) {
        return Ok(x);
    }
    let (_, w) = vm.unbox(x);
    if vm.p.types.get(t).is_block() { vm.copy_block(w, t) } else { Ok(w) }
}

/// Stores the value in the `any` x into the location p of type t (a block: copied into it).
fn store(vm: &mut Vm, t: TypeIdx, p: u64, x: u64) -> Result<(), Trap> {
    if matches!(kind(vm, t), Kind::Interface { .. }) {
        mem::st(p, x);
        return Ok(());
    }
    let (_, w) = vm.unbox(x);
    let rt = vm.p.types.get(t);
    if rt.is_block() {
        vm.copy_into(p, w, t)
    } else {
        mem::store(p, rt.mem(), w);
        Ok(())
    }
}

fn append_one(vm: &mut Vm, _t: TypeIdx, et: TypeIdx, s: u64, x: u64) -> Result<u64, Trap> {
    let (data, len, cap) = vm.slice_parts(s);
    let eb = vm.p.types.elem_bytes(et);
    let m = vm.p.types.get(et).mem();
    let (nd, ncap) = if len < cap {
        (data, cap)
    } else {
        let ncap = Vm::grow_cap(cap, len + 1, eb);
        let scan = vm.p.types.get(et).has_pointers || vm.p.types.get(et).is_block();
        let nd = vm.alloc(ncap * eb, scan)?;
        if len > 0 {
            mem::copy(nd, data, len * eb);
        }
        (nd, ncap)
    };
    mem::store(nd + len * eb, m, x);
    vm.pinned.push(nd);
    vm.new_slice_hdr(nd, len + 1, ncap)
}

/// callFunc(fn any, args []any) []any: calls the function with arguments already checked
/// against its signature, through the VM's ordinary call path.
fn call_func(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (ft, closure) = vm.unbox(arg(vm, a, 0));
    let Some(s) = sig(vm, ft).cloned() else {
        return Err(Trap::Fatal("corgi: reflect.Value.Call of an unknown func type".into()));
    };
    let args = vm.slice_words(arg(vm, a, 1));
    // Block arguments are passed as they are: the callee copies them.
    let words: Vec<u64> = args
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let pt = s.params.get(i).copied().unwrap_or(0);
            if matches!(kind(vm, pt), Kind::Interface { .. }) { x } else { vm.unbox(x).1 }
        })
        .collect();
    let r = vm.call_value(closure, &words, s.results.len());
    let results = r?;
    for &w in &results {
        vm.pinned.push(w);
    }
    let mut boxed = Vec::with_capacity(results.len());
    for (i, &w) in results.iter().enumerate() {
        let rt = s.results.get(i).copied().unwrap_or(0);
        let b = as_any(vm, rt, w);
        let b = match b {
            Ok(b) => b,
            Err(e) => {
                vm.pinned.clear();
                return Err(e);
            }
        };
        vm.pinned.push(b);
        boxed.push(b);
    }
    let out = vm.new_word_slice(&boxed);
    vm.pinned.clear();
    ret(vm, a, 0, out?);
    Ok(())
}

/// The body of a function made by reflect.MakeFunc: its closure holds the Go function
/// `func([]Value) []Value`, the func type and the type []Value. The arguments become Values,
/// the function is called through the VM, and its results become this function's.
fn make_func_stub(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let env = vm.frames.last().map_or(0, |f| f.env);
    if env == 0 {
        return Err(Trap::Fatal("corgi: reflect.makeFuncStub without a closure".into()));
    }
    let (fn_, t, vst) = (mem::ld(env + 8), mem::ld(env + 16) as TypeIdx, mem::ld(env + 24) as TypeIdx);
    let Some(s) = sig(vm, t).cloned() else { return Err(Trap::Fatal("corgi: reflect.makeFuncStub".into())) };
    let Kind::Slice(vt) = *kind(vm, vst) else { return Err(Trap::Fatal("corgi: reflect.makeFuncStub".into())) };
    let n = s.params.len() as u64;
    let slice = vm.make_slice(vt, n, n)?;
    vm.pinned.push(slice);
    let data = vm.slice_parts(slice).0;
    for (i, &pt) in s.params.iter().enumerate() {
        let x = arg(vm, a, i);
        let x = if vm.p.types.get(pt).is_block() { vm.copy_block(x, pt) } else { Ok(x) };
        let b = x.and_then(|x| {
            vm.pinned.push(x);
            as_any(vm, pt, x)
        });
        let b = match b {
            Ok(b) => b,
            Err(e) => {
                vm.pinned.clear();
                return Err(e);
            }
        };
        let blk = mem::ld(data + 8 * i as u64);
        mem::st(blk, pt as u64);
        mem::st(blk + 8, b);
    }
    vm.pinned.clear();
    // The slice is rooted by the register it is passed in.
    ret(vm, a, 0, slice);
    let out = vm.call_value(fn_, &[slice], 1)?;
    let res = out.first().copied().unwrap_or(0);
    let (rdata, rlen, _) = vm.slice_parts(res);
    if rlen != s.results.len() as u64 {
        let b = vm.box_str(b"reflect: wrong return count from function created by MakeFunc")?;
        return Err(Trap::Panic(b));
    }
    vm.pinned.push(res);
    let mut words = Vec::new();
    for (i, &rt) in s.results.iter().enumerate() {
        let blk = mem::ld(rdata + 8 * i as u64);
        let (vt_, val, ptr, flag) = (mem::ld(blk) as TypeIdx, mem::ld(blk + 8), mem::ld(blk + 16), mem::ld(blk + 24));
        let iface = matches!(kind(vm, rt), Kind::Interface { .. });
        if vt_ == 0 || (vt_ != rt && !(iface && vm.implements(vt_, rt))) {
            vm.pinned.clear();
            let msg = if vt_ == 0 {
                "reflect: function created by MakeFunc using closure returned zero Value".to_string()
            } else {
                let have = &vm.p.types.get(vt_).name;
                format!("reflect.MakeFunc: value of type {have} is not assignable to type {}", vm.p.types.get(rt).name)
            };
            let b = vm.box_str(msg.as_bytes())?;
            return Err(Trap::Panic(b));
        }
        let w = if flag & 1 != 0 {
            let x = if vm.p.types.get(vt_).is_block() { vm.copy_block(ptr, vt_) } else { Ok(load(vm, ptr, vt_)) };
            x.and_then(|x| {
                vm.pinned.push(x);
                if iface && !matches!(kind(vm, vt_), Kind::Interface { .. }) { vm.new_box(vt_, x) } else { Ok(x) }
            })
        } else if iface {
            Ok(val)
        } else {
            word_of(vm, rt, val)
        };
        let w = match w {
            Ok(w) => w,
            Err(e) => {
                vm.pinned.clear();
                return Err(e);
            }
        };
        vm.pinned.push(w);
        words.push(w);
    }
    vm.pinned.clear();
    for (i, w) in words.into_iter().enumerate() {
        ret(vm, a, i, w);
    }
    Ok(())
}
