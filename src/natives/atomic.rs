//! sync/atomic: the functions and the typed values (Int32, Int64, Uint32, Uint64, Uintptr, Bool,
//! Pointer, whose value is the struct's first field, at the receiver's address).
//! Every operation is a sequentially consistent read-modify-write or access (`vm::mem::atomic`).
//! Under `-race` a load acquires the word, a store releases into it and a read-modify-write does
//! both (releasing before it and acquiring after, so its value and its clock travel together) (Go's memory model: sync/atomic operations behave as if sequentially consistent).

use super::{arg, ret};
use crate::vm::mem::atomic;
use crate::vm::op::Mem;
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};

fn addr(vm: &Vm, a: usize) -> Result<u64, Trap> {
    let p = arg(vm, a, 0);
    if p == 0 { Err(Trap::NilDeref) } else { Ok(p) }
}

/// Re-extends a 64-bit result to the width's register form.
fn norm(m: Mem, v: u64) -> u64 {
    match m {
        Mem::S4 => v as i32 as i64 as u64,
        Mem::B4 => v as u32 as u64,
        _ => v,
    }
}

macro_rules! atomics {
    ($m:expr, $load:ident, $store:ident, $add:ident, $swap:ident, $cas:ident, $and:ident, $or:ident) => {
        fn $load(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), false);
            ret(vm, a, 0, atomic::load(p, $m));
            vm.race_acquire(p);
            Ok(())
        }
        fn $store(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), true);
            vm.race_release_merge(p);
            atomic::store(p, $m, arg(vm, a, 1));
            Ok(())
        }
        fn $add(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), true);
            vm.race_release_merge(p);
            let d = arg(vm, a, 1);
            let v = norm($m, atomic::add(p, $m, d).wrapping_add(d));
            vm.race_acquire(p);
            ret(vm, a, 0, v);
            Ok(())
        }
        fn $swap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), true);
            vm.race_release_merge(p);
            let old = atomic::swap(p, $m, arg(vm, a, 1));
            vm.race_acquire(p);
            ret(vm, a, 0, old);
            Ok(())
        }
        fn $cas(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), true);
            vm.race_release_merge(p);
            let ok = atomic::cas(p, $m, arg(vm, a, 1), arg(vm, a, 2));
            vm.race_acquire(p);
            ret(vm, a, 0, ok as u64);
            Ok(())
        }
        fn $and(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), true);
            vm.race_release_merge(p);
            let old = atomic::and(p, $m, arg(vm, a, 1));
            vm.race_acquire(p);
            ret(vm, a, 0, old);
            Ok(())
        }
        fn $or(vm: &mut Vm, a: usize) -> Result<(), Trap> {
            let p = addr(vm, a)?;
            vm.race_atomic(p, $m.bytes(), true);
            vm.race_release_merge(p);
            let old = atomic::or(p, $m, arg(vm, a, 1));
            vm.race_acquire(p);
            ret(vm, a, 0, old);
            Ok(())
        }
    };
}

atomics!(Mem::S4, load32, store32, add32, swap32, cas32, and32, or32);
atomics!(Mem::B4, loadu32, storeu32, addu32, swapu32, casu32, andu32, oru32);
atomics!(Mem::B8, load64, store64, add64, swap64, cas64, and64, or64);

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    type Ops = [NativeFn; 7];
    let families: [(&str, &str, Ops); 5] = [
        ("Int32", "Int32", [load32, store32, add32, swap32, cas32, and32, or32]),
        ("Uint32", "Uint32", [loadu32, storeu32, addu32, swapu32, casu32, andu32, oru32]),
        ("Int64", "Int64", [load64, store64, add64, swap64, cas64, and64, or64]),
        ("Uint64", "Uint64", [load64, store64, add64, swap64, cas64, and64, or64]),
        ("Uintptr", "Uintptr", [load64, store64, add64, swap64, cas64, and64, or64]),
    ];
    let names = ["Load", "Store", "Add", "Swap", "CompareAndSwap", "And", "Or"];
    for (suffix, ty, ops) in families {
        for (name, op) in names.iter().zip(ops) {
            let f: &'static str = Box::leak(format!("sync/atomic.{name}{suffix}").into_boxed_str());
            t.push((f, op));
            let m: &'static str = Box::leak(format!("sync/atomic.(*{ty}).{name}").into_boxed_str());
            t.push((m, op));
        }
    }
    // Bool: a uint32 0/1; Pointer: a word.
    t.push(("sync/atomic.(*Bool).Load", loadu32));
    t.push(("sync/atomic.(*Bool).Store", storeu32));
    t.push(("sync/atomic.(*Bool).Swap", swapu32));
    t.push(("sync/atomic.(*Bool).CompareAndSwap", casu32));
    t.push(("sync/atomic.(*Pointer).Load", load64));
    t.push(("sync/atomic.(*Pointer).Store", store64));
    t.push(("sync/atomic.(*Pointer).Swap", swap64));
    t.push(("sync/atomic.(*Pointer).CompareAndSwap", cas64));
    // Value: its first field, an interface (one word), under the lock its writers hold.
    t.push(("sync/atomic.(*Value).Load", load64));
    t.push(("sync/atomic.(*Value).store", store64));
    t.push(("sync/atomic.dynamicType", |vm, a| {
        let (ty, _) = vm.unbox(arg(vm, a, 0));
        ret(vm, a, 0, ty as u64);
        Ok(())
    }));
}
