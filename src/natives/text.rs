//! os, strings and strconv essentials (the rest of the core library lives in sibling modules).

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("os.Exit", os_exit));
    t.push(("os.Open", os_open));
    t.push(("os.ReadFile", os_read_file));
    t.push(("os.(*File).WriteString", file_write_string));
    t.push(("os.(*File).Write", file_write));
    t.push(("os.(*File).Close", file_close));
    t.push(("os.(*File).Name", file_name));
    t.push(("os.(*File).Fd", file_fd_native));
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

/// An error for a failed file operation, worded like Go's *fs.PathError ("open x: no such file or
/// directory") and wrapping the matching os.ErrNotExist/ErrPermission/ErrExist so errors.Is works
/// as with Go's syscall.Errno. (Its %T is not *fs.PathError yet.)
fn path_error(vm: &mut Vm, op: &str, path: &str, e: &std::io::Error) -> Result<u64, Trap> {
    use std::io::ErrorKind;
    let (text, target) = match e.kind() {
        ErrorKind::NotFound => ("no such file or directory", Some("os.ErrNotExist")),
        ErrorKind::PermissionDenied => ("permission denied", Some("os.ErrPermission")),
        ErrorKind::AlreadyExists => ("file exists", Some("os.ErrExist")),
        ErrorKind::IsADirectory => ("is a directory", None),
        _ => ("input/output error", None),
    };
    let msg = format!("{op} {path}: {text}");
    let inner = target.and_then(|t| vm.p.runtime_globals.iter().find(|(_, n)| n == t).map(|(g, _)| *g));
    let wrapped = match inner {
        Some(g) => mem::ld(vm.globals + 8 * g as u64),
        None => 0,
    };
    if wrapped == 0 {
        return vm.plain_error(&msg);
    }
    let s = vm.new_str(msg.as_bytes())?;
    vm.pinned.push(s);
    let list = vm.new_word_slice(&[wrapped]);
    vm.pinned.pop();
    let list = list?;
    vm.pinned.push(list);
    let cell = vm.alloc(16, true);
    vm.pinned.pop();
    let cell = cell?;
    mem::st(cell, s);
    mem::st(cell + 8, list);
    let t = vm.p.well_known.wrap_error;
    vm.new_box(t, cell)
}

fn os_open(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let name = String::from_utf8_lossy(&arg_str(vm, a, 0)).into_owned();
    match std::fs::metadata(&name) {
        Ok(_) => {
            // Never a wrong answer: opening an existing file is not supported yet, and says so.
            return Err(Trap::Fatal(format!("corgi: os.Open of an existing file ({name}) is not supported yet")));
        }
        Err(e) => {
            let err = path_error(vm, "open", &name, &e)?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, err);
        }
    }
    Ok(())
}

fn os_read_file(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let name = String::from_utf8_lossy(&arg_str(vm, a, 0)).into_owned();
    match std::fs::read(&name) {
        Ok(bytes) => {
            let s = vm.new_byte_slice(&bytes)?;
            ret(vm, a, 0, s);
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            let err = path_error(vm, "open", &name, &e)?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, err);
        }
    }
    Ok(())
}

/// Writes to file descriptor 1 or 2 (stdout is buffered; stderr follows a flush of it).
fn write_fd(vm: &mut Vm, fd: u64, b: &[u8]) {
    use std::io::Write;
    match fd {
        1 => {
            let _ = crate::vm::runtime::lock(&vm.rt.out).write_all(b);
        }
        2 => {
            let _ = crate::vm::runtime::lock(&vm.rt.out).flush();
            let _ = std::io::stderr().write_all(b);
        }
        _ => {}
    }
}

fn file_write_string(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let f = arg(vm, a, 0);
    if f == 0 {
        return Err(Trap::NilDeref);
    }
    let s = arg_str(vm, a, 1);
    write_fd(vm, mem::ld(f), &s);
    ret(vm, a, 0, s.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn file_write(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let f = arg(vm, a, 0);
    if f == 0 {
        return Err(Trap::NilDeref);
    }
    let b = vm.slice_bytes(arg(vm, a, 1));
    write_fd(vm, mem::ld(f), &b);
    ret(vm, a, 0, b.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn file_close(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    ret(vm, a, 0, 0);
    Ok(())
}

fn file_name(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let f = arg(vm, a, 0);
    if f == 0 {
        return Err(Trap::NilDeref);
    }
    ret(vm, a, 0, mem::ld(f + 8));
    Ok(())
}

fn file_fd_native(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let f = arg(vm, a, 0);
    if f == 0 {
        return Err(Trap::NilDeref);
    }
    ret(vm, a, 0, mem::ld(f));
    Ok(())
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
