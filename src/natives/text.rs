//! os.Exit, strings.Builder and strconv essentials (the rest of the core library lives in sibling modules).

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("os.Exit", os_exit));
    t.push(("strconv.Itoa", itoa));
    t.push(("strconv.Atoi", atoi));
    t.push(("strings.(*Builder).WriteString", builder_write_string));
    t.push(("strings.(*Builder).WriteByte", builder_write_byte));
    t.push(("strings.(*Builder).WriteRune", builder_write_rune));
    t.push(("strings.(*Builder).String", builder_string));
    t.push(("strings.(*Builder).Len", builder_len));
    t.push(("strings.(*Builder).Reset", builder_reset));
    t.push(("strings.(*Builder).Grow", nop));
    t.push(("strings.(*Builder).Write", builder_write));
    t.push(("strings.(*Builder).Cap", builder_cap));
}

/// The file descriptor of an *os.File interface value (os.Stdout = 1, os.Stderr = 2), if it is one.
pub fn file_fd(vm: &Vm, w: u64) -> Option<u64> {
    let (t, data) = vm.unbox(w);
    if t == 0 || data == 0 {
        return None;
    }
    if vm.p.types.get(t).name != "*os.File" {
        return None;
    }
    Some(mem::ld(data))
}

fn nop(_vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    Ok(())
}

fn os_exit(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    Err(Trap::Exit(arg(vm, a, 0) as i64 as i32))
}

fn itoa(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = (arg(vm, a, 0) as i64).to_string();
    ret_str(vm, a, 0, s.as_bytes())
}

fn atoi(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    match crate::format::atoi(&s) {
        Ok(v) => {
            ret(vm, a, 0, v as u64);
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            let err = super::pkg_strconv::num_error(vm, &e.error)?;
            ret(vm, a, 0, e.value as u64);
            ret(vm, a, 1, err);
        }
    }
    Ok(())
}

/// strings.Builder is `struct { addr *Builder; buf []byte }`: the buffer is field 1.
fn builder_append(vm: &mut Vm, b: u64, bytes: &[u8]) -> Result<(), Trap> {
    if b == 0 {
        return Err(Trap::NilDeref);
    }
    let buf = mem::ld(b + 8);
    let nb = vm.append_bytes(buf, bytes)?;
    mem::st(b + 8, nb);
    Ok(())
}

fn builder_write_string(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 1);
    builder_append(vm, arg(vm, a, 0), &s)?;
    ret(vm, a, 0, s.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn builder_write(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = vm.slice_bytes(arg(vm, a, 1));
    builder_append(vm, arg(vm, a, 0), &b)?;
    ret(vm, a, 0, b.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn builder_cap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = arg(vm, a, 0);
    if b == 0 {
        return Err(Trap::NilDeref);
    }
    let (_, _, c) = vm.slice_parts(mem::ld(b + 8));
    ret(vm, a, 0, c);
    Ok(())
}

fn builder_write_byte(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let c = arg(vm, a, 1) as u8;
    builder_append(vm, arg(vm, a, 0), &[c])?;
    ret(vm, a, 0, 0);
    Ok(())
}

fn builder_write_rune(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = arg(vm, a, 1) as i64;
    let mut b = Vec::new();
    crate::format::utf8::push_rune(&mut b, r);
    builder_append(vm, arg(vm, a, 0), &b)?;
    ret(vm, a, 0, b.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn builder_string(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = arg(vm, a, 0);
    if b == 0 {
        return Err(Trap::NilDeref);
    }
    let bytes = vm.slice_bytes(mem::ld(b + 8));
    ret_str(vm, a, 0, &bytes)
}

fn builder_len(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = arg(vm, a, 0);
    if b == 0 {
        return Err(Trap::NilDeref);
    }
    let (_, l, _) = vm.slice_parts(mem::ld(b + 8));
    ret(vm, a, 0, l);
    Ok(())
}

fn builder_reset(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = arg(vm, a, 0);
    if b == 0 {
        return Err(Trap::NilDeref);
    }
    mem::st(b + 8, 0);
    Ok(())
}
