//! The runtime package: goroutine functions, GOMAXPROCS, and the collector's figures.

use super::{arg, ret};
use crate::vm::program::NativeFn;
use crate::vm::sched::Block;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("runtime.Gosched", gosched));
    t.push(("runtime.Breakpoint", breakpoint));
    t.push(("runtime.Goexit", goexit));
    t.push(("runtime.NumGoroutine", num_goroutine));
    t.push(("runtime.NumCPU", num_cpu));
    t.push(("runtime.GOMAXPROCS", gomaxprocs));
    t.push(("runtime.GC", gc));
    t.push(("runtime.ReadMemStats", read_mem_stats));
    t.push(("runtime.Caller", caller));
    t.push(("runtime.SetFinalizer", set_finalizer));
    t.push(("runtime.KeepAlive", |_, _| Ok(())));
    // A goroutine of corgi is not tied to one OS thread, and nothing a Go program can observe
    // without cgo or syscalls depends on it.
    t.push(("runtime.LockOSThread", |_, _| Ok(())));
    t.push(("runtime.UnlockOSThread", |_, _| Ok(())));
}

/// runtime.SetFinalizer(obj, finalizer), with Go's checks (its throws are fatal errors). The
/// finalizer's parameter is obj's pointer type or an interface: the tag says which, 0 or the
/// type to box obj with.
fn set_finalizer(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    use crate::vm::rtype::Kind;
    let fatal = |m: String| Err(Trap::Fatal(format!("runtime.SetFinalizer: {m}")));
    let (t, p) = vm.unbox(arg(vm, a, 0));
    let types = &vm.p.types.list;
    let Some(ot) = types.get(t as usize).filter(|_| arg(vm, a, 0) != 0) else {
        return fatal("first argument is nil".into());
    };
    if !matches!(ot.kind, Kind::Pointer(_)) {
        return fatal(format!("first argument is {}, not pointer", ot.name));
    }
    if p == 0 {
        return fatal("first argument is nil".into());
    }
    let obj_name = ot.name.clone();
    // Pointers to globals and zero-size values: Go ignores them (they are never collected).
    let Some((base, _)) = vm.heap.object_of(p) else { return Ok(()) };
    if base != p {
        return fatal("pointer not at beginning of allocated block".into());
    }
    let (ft, f) = vm.unbox(arg(vm, a, 1));
    if f == 0 {
        vm.heap.set_finalizer(p, None);
        return Ok(());
    }
    let Some(fty) = vm.p.types.list.get(ft as usize) else { return fatal("second argument is not a function".into()) };
    if !matches!(fty.kind, Kind::Func) {
        return fatal(format!("second argument is {}, not a function", fty.name));
    }
    let param = fty.name.strip_prefix("func(").and_then(|r| r.split_once(')')).map(|(p, _)| p.to_string());
    let nparams = vm.p.funcs.get(mem::ld(f) as usize).map_or(0, |func| func.nparams);
    let Some(param) = param.filter(|p| nparams == 1 && !p.contains(',')) else {
        return fatal(format!("cannot pass {obj_name} to finalizer {}", fty.name));
    };
    let tag = if param == obj_name {
        0
    } else if param.starts_with("interface") || !param.starts_with('*') {
        t as u64 + 1
    } else {
        return fatal(format!("cannot pass {obj_name} to finalizer {}", fty.name));
    };
    vm.heap.set_finalizer(p, Some(crate::heap::Finalizer { obj: p, func: f, tag }));
    Ok(())
}

/// runtime.Caller(skip): the file and line of the skip'th caller (0: the function calling Caller);
/// pc is the frame's function index.
fn caller(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let skip = arg(vm, a, 0) as i64;
    let p = vm.p;
    let frames: Vec<(u32, u32)> =
        vm.frames.iter().rev().filter(|f| !p.funcs[f.func as usize].synthetic).map(|f| (f.func, f.pc)).collect();
    let Some(&(func, pc)) = usize::try_from(skip).ok().and_then(|s| frames.get(s)) else {
        for i in 0..4 {
            ret(vm, a, i, 0);
        }
        return Ok(());
    };
    let f = &p.funcs[func as usize];
    // A frame running its deferred calls is at its exit sequence (RunDefers is re-executed until
    // none remain): Go reports the function's closing line then, which the exit sequence carries.
    let at = match f.code.get(pc as usize) {
        Some(crate::vm::op::Op::RunDefers) => pc,
        _ => pc.saturating_sub(1),
    };
    let line = f.lines.get(at as usize).copied().unwrap_or(0);
    let file = p.files.get(f.file as usize).cloned().unwrap_or_default();
    let s = vm.new_str(file.as_bytes())?;
    ret(vm, a, 0, func as u64);
    ret(vm, a, 1, s);
    ret(vm, a, 2, line as u64);
    ret(vm, a, 3, 1);
    Ok(())
}

fn gosched(_vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    Err(Trap::Block(Block::Yield))
}

fn goexit(_vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    Err(Trap::Block(Block::Exit))
}

fn num_goroutine(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let n = vm.goroutine_count();
    ret(vm, a, 0, n);
    Ok(())
}

fn ncpu() -> u64 {
    std::thread::available_parallelism().map(|n| n.get() as u64).unwrap_or(1)
}

fn num_cpu(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    ret(vm, a, 0, ncpu());
    Ok(())
}

fn gomaxprocs(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let prev = vm.rt.nprocs() as u64;
    let n = arg(vm, a, 0) as i64;
    if n > 0 && n as u64 != prev {
        vm.set_gomaxprocs(n as usize);
    }
    ret(vm, a, 0, prev);
    Ok(())
}

/// runtime.GC: a full collection before it returns. The caller's registers hold every live value
/// (a native call is a safepoint).
fn gc(vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    vm.heap.request_collection();
    vm.gc_safepoint();
    Ok(())
}

/// runtime.ReadMemStats: the heap's real figures. MemStats' fields are one word each, in
/// declaration order (see src/stdlib/runtime.go).
fn read_mem_stats(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = arg(vm, a, 0);
    if m == 0 {
        return Err(Trap::NilDeref);
    }
    let s = vm.heap.stats();
    let objects = s.mallocs.saturating_sub(s.frees);
    // Goroutine stacks are registers outside the heap: count a word per register in use, as an
    // estimate of what Go reports as stack memory.
    let stack = vm.goroutine_count() * 2048;
    let fields: [(usize, u64); 16] = [
        (0, s.heap_alloc),
        (1, s.total_alloc),
        (2, s.heap_sys + stack),
        (4, s.mallocs),
        (5, s.frees),
        (6, s.heap_alloc),
        (7, s.heap_sys),
        (8, s.heap_idle),
        (9, s.heap_inuse),
        (10, s.heap_released),
        (11, objects),
        (12, stack),
        (13, stack),
        (21, s.next_gc),
        (23, s.pause_total_ns),
        (26, s.num_gc),
    ];
    for (i, v) in fields {
        mem::st(m + 8 * i as u64, v);
    }
    // EnableGC.
    mem::st(m + 8 * 29, 1);
    Ok(())
}

/// runtime.Breakpoint traps; with no debugger attached Go's program dies of SIGTRAP, exit 2.
fn breakpoint(vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    use std::io::Write;
    let _ = crate::vm::runtime::lock(&vm.rt.out).flush();
    let _ = std::io::stderr().write_all(b"SIGTRAP: trace trap\n");
    Err(Trap::Exit(2))
}
