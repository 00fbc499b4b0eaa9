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
    &vm.p.types.get(t).kind
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
    ret(vm, a, 4, f.exported as u64);
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
