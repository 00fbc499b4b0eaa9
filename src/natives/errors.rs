//! errors (New, Is, As, Unwrap, Join) and the error types the runtime makes.

use super::{arg, ret};
use crate::vm::program::NativeFn;
use crate::vm::rtype::Kind;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("errors.New", new));
    t.push(("errors.Is", is));
    t.push(("errors.As", as_));
    t.push(("errors.Unwrap", unwrap));
    t.push(("errors.Join", join));
    t.push(("*errors.errorString.Error", error_string_error));
    t.push(("runtime.Error.Error", runtime_error_error));
    t.push(("runtime.Error.RuntimeError", nop));
    t.push(("*runtime.PanicNilError.Error", runtime_error_error));
    t.push(("*runtime.PanicNilError.RuntimeError", nop));
    t.push(("*errors.joinError.Error", join_error_error));
    t.push(("*errors.joinError.Unwrap", join_error_unwrap));
}

fn new(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg(vm, a, 0);
    let cell = vm.alloc(8, true)?;
    mem::st(cell, s);
    let t = vm.p.well_known.error_string;
    let e = vm.new_box(t, cell)?;
    ret(vm, a, 0, e);
    Ok(())
}

fn error_string_error(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    ret(vm, a, 0, mem::ld(cell));
    Ok(())
}

fn runtime_error_error(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg(vm, a, 0);
    ret(vm, a, 0, s);
    Ok(())
}

fn nop(_vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    Ok(())
}

/// Calls method `name` of the error `e` if its dynamic type has one with `nres` results.
fn call_method(vm: &mut Vm, e: u64, name: &str, args: &[u64], nres: usize) -> Result<Option<Vec<u64>>, Trap> {
    let (t, w) = vm.unbox(e);
    if t == 0 {
        return Ok(None);
    }
    let p = vm.p;
    let Some(mid) = p.method_id(name) else { return Ok(None) };
    let Some(&fid) = p.methods.get(&(t, mid)) else { return Ok(None) };
    if p.funcs[fid as usize].nresults as usize != nres {
        return Ok(None);
    }
    let mut all = vec![w];
    all.extend_from_slice(args);
    vm.call_func(fid, &all, nres).map(Some)
}

/// The errors `e` wraps: Unwrap() error or Unwrap() []error.
fn unwrap_all(vm: &mut Vm, e: u64) -> Result<Vec<u64>, Trap> {
    let (t, _) = vm.unbox(e);
    if t == 0 {
        return Ok(Vec::new());
    }
    let p = vm.p;
    let Some(mid) = p.method_id("Unwrap") else { return Ok(Vec::new()) };
    let Some(&fid) = p.methods.get(&(t, mid)) else { return Ok(Vec::new()) };
    let w = vm.unbox(e).1;
    let r = vm.call_func(fid, &[w], 1)?;
    // Unwrap() []error returns a slice; Unwrap() error an interface. Tell by the declared result.
    if t == vm.p.well_known.wrap_error {
        let cell = w;
        return Ok(vm.slice_words(mem::ld(cell + 8)));
    }
    if t == vm.p.well_known.join_error {
        return Ok(vm.slice_words(mem::ld(w)));
    }
    if returns_slice(vm, fid) { Ok(vm.slice_words(r[0])) } else { Ok(if r[0] == 0 { vec![] } else { vec![r[0]] }) }
}

fn returns_slice(vm: &Vm, fid: u32) -> bool {
    vm.p.funcs[fid as usize].name.ends_with("Unwrap") && vm.p.slice_results.contains(&fid)
}

fn is(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (err, target) = (arg(vm, a, 0), arg(vm, a, 1));
    let r = is_impl(vm, err, target, 0)?;
    ret(vm, a, 0, r as u64);
    Ok(())
}

fn is_impl(vm: &mut Vm, err: u64, target: u64, depth: u32) -> Result<bool, Trap> {
    if err == 0 || depth > 100 {
        return Ok(err == target);
    }
    let (tt, _) = vm.unbox(target);
    let comparable = !matches!(vm.p.types.get(tt).kind, Kind::Slice(_) | Kind::Map { .. } | Kind::Func);
    if comparable && vm.values_equal(err, target, any_iface(vm))? {
        return Ok(true);
    }
    if let Some(r) = call_method(vm, err, "Is", &[target], 1)?
        && r[0] != 0
    {
        return Ok(true);
    }
    for inner in unwrap_all(vm, err)? {
        if is_impl(vm, inner, target, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Some interface type index, for comparing two interface values.
fn any_iface(vm: &Vm) -> u32 {
    vm.p.well_known.error_iface
}

fn as_(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (err, target) = (arg(vm, a, 0), arg(vm, a, 1));
    let (pt, ptr) = vm.unbox(target);
    let Kind::Pointer(want) = vm.p.types.get(pt).kind else {
        return Err(Trap::Panic(vm.plain_error("errors: target must be a non-nil pointer")?));
    };
    if ptr == 0 {
        return Err(Trap::Panic(vm.plain_error("errors: target must be a non-nil pointer")?));
    }
    let r = as_impl(vm, err, want, ptr, 0)?;
    ret(vm, a, 0, r as u64);
    Ok(())
}

fn as_impl(vm: &mut Vm, err: u64, want: u32, ptr: u64, depth: u32) -> Result<bool, Trap> {
    if err == 0 || depth > 100 {
        return Ok(false);
    }
    let (t, w) = vm.unbox(err);
    let is_iface = matches!(vm.p.types.get(want).kind, Kind::Interface { .. });
    if is_iface && vm.implements(t, want) {
        mem::st(ptr, err);
        return Ok(true);
    }
    if t == want {
        if vm.p.types.get(t).is_block() {
            vm.copy_into(ptr, w, t)?;
        } else {
            mem::store(ptr, vm.p.types.get(t).mem(), w);
        }
        return Ok(true);
    }
    if let Some(r) = call_method(vm, err, "As", &[ptr], 1)?
        && r[0] != 0
    {
        return Ok(true);
    }
    for inner in unwrap_all(vm, err)? {
        if as_impl(vm, inner, want, ptr, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn unwrap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let e = arg(vm, a, 0);
    let (t, _) = vm.unbox(e);
    let r = if t == vm.p.well_known.join_error { 0 } else { unwrap_all(vm, e)?.first().copied().unwrap_or(0) };
    ret(vm, a, 0, r);
    Ok(())
}

fn join(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let errs: Vec<u64> = vm.slice_words(arg(vm, a, 0)).into_iter().filter(|&e| e != 0).collect();
    if errs.is_empty() {
        ret(vm, a, 0, 0);
        return Ok(());
    }
    let list = vm.new_word_slice(&errs)?;
    vm.pinned.push(list);
    let cell = vm.alloc(8, true);
    vm.pinned.pop();
    let cell = cell?;
    mem::st(cell, list);
    let t = vm.p.well_known.join_error;
    let e = vm.new_box(t, cell)?;
    ret(vm, a, 0, e);
    Ok(())
}

fn join_error_error(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    let errs = vm.slice_words(mem::ld(cell));
    let mut out = Vec::new();
    for (i, e) in errs.iter().enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        let r = call_method(vm, *e, "Error", &[], 1)?;
        if let Some(r) = r {
            out.extend(vm.str_bytes(r[0]));
        }
    }
    let s = vm.new_str(&out)?;
    ret(vm, a, 0, s);
    Ok(())
}

fn join_error_unwrap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    ret(vm, a, 0, mem::ld(cell));
    Ok(())
}
