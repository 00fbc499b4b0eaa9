//! strings.Reader: `struct { s string; i int64; prevRune int }`, one word per field, methods as
//! in Go's strings/reader.go.

use super::super::{arg, decode_rune, ret};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("strings.NewReader", new_reader));
    t.push(("strings.(*Reader).Reset", reset));
    t.push(("strings.(*Reader).Len", |vm, a| {
        let r = reader(vm, a)?;
        ret(vm, a, 0, (r.len() - r.i).max(0) as u64);
        Ok(())
    }));
    t.push(("strings.(*Reader).Size", |vm, a| {
        let r = reader(vm, a)?;
        ret(vm, a, 0, r.len() as u64);
        Ok(())
    }));
    t.push(("strings.(*Reader).Read", read));
    t.push(("strings.(*Reader).ReadAt", read_at));
    t.push(("strings.(*Reader).ReadByte", read_byte));
    t.push(("strings.(*Reader).UnreadByte", unread_byte));
    t.push(("strings.(*Reader).ReadRune", read_rune));
    t.push(("strings.(*Reader).UnreadRune", unread_rune));
    t.push(("strings.(*Reader).Seek", seek));
    t.push(("strings.(*Reader).WriteTo", write_to));
}

/// A *Reader's fields, read out; `store` writes i and prevRune back.
struct R {
    addr: u64,
    s: Vec<u8>,
    i: i64,
    prev: i64,
}

impl R {
    fn len(&self) -> i64 {
        self.s.len() as i64
    }
    fn store(&self) {
        mem::st(self.addr + 8, self.i as u64);
        mem::st(self.addr + 16, self.prev as u64);
    }
}

fn reader(vm: &Vm, a: usize) -> Result<R, Trap> {
    let addr = arg(vm, a, 0);
    if addr == 0 {
        return Err(Trap::NilDeref);
    }
    Ok(R { addr, s: vm.str_bytes(mem::ld(addr)), i: mem::ld(addr + 8) as i64, prev: mem::ld(addr + 16) as i64 })
}

/// The error variable `name` as the runtime set it (a fresh error with `text` if it did not).
fn global_err(vm: &mut Vm, name: &str, text: &str) -> Result<u64, Trap> {
    let p = vm.p;
    if let Some(&(g, _)) = p.runtime_globals.iter().find(|(_, n)| n == name) {
        let v = mem::ld(vm.globals + 8 * g as u64);
        if v != 0 {
            return Ok(v);
        }
    }
    vm.plain_error(text)
}

fn eof(vm: &mut Vm) -> Result<u64, Trap> {
    global_err(vm, "io.EOF", "EOF")
}

fn new_reader(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = vm.alloc(24, true)?;
    mem::st(r, arg(vm, a, 0));
    mem::st(r + 16, -1i64 as u64);
    ret(vm, a, 0, r);
    Ok(())
}

fn reset(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = arg(vm, a, 0);
    if r == 0 {
        return Err(Trap::NilDeref);
    }
    mem::st(r, arg(vm, a, 1));
    mem::st(r + 8, 0);
    mem::st(r + 16, -1i64 as u64);
    Ok(())
}

/// Copies as much of `src` as fits into the []byte `dst`; the count.
fn copy_into(vm: &Vm, dst: u64, src: &[u8]) -> usize {
    let (data, len, _) = vm.slice_parts(dst);
    let n = (len as usize).min(src.len());
    if n > 0 {
        mem::write_bytes(data, &src[..n]);
    }
    n
}

fn read(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    if r.i >= r.len() {
        let e = eof(vm)?;
        ret(vm, a, 0, 0);
        ret(vm, a, 1, e);
        return Ok(());
    }
    r.prev = -1;
    let n = copy_into(vm, arg(vm, a, 1), &r.s[r.i as usize..]);
    r.i += n as i64;
    r.store();
    ret(vm, a, 0, n as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn read_at(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = reader(vm, a)?;
    let off = arg(vm, a, 2) as i64;
    if off < 0 {
        let e = vm.plain_error("strings.Reader.ReadAt: negative offset")?;
        ret(vm, a, 0, 0);
        ret(vm, a, 1, e);
        return Ok(());
    }
    if off >= r.len() {
        let e = eof(vm)?;
        ret(vm, a, 0, 0);
        ret(vm, a, 1, e);
        return Ok(());
    }
    let dst = arg(vm, a, 1);
    let n = copy_into(vm, dst, &r.s[off as usize..]);
    let err = if n < vm.slice_parts(dst).1 as usize { eof(vm)? } else { 0 };
    ret(vm, a, 0, n as u64);
    ret(vm, a, 1, err);
    Ok(())
}

fn read_byte(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    r.prev = -1;
    if r.i >= r.len() {
        r.store();
        let e = eof(vm)?;
        ret(vm, a, 0, 0);
        ret(vm, a, 1, e);
        return Ok(());
    }
    let b = r.s[r.i as usize];
    r.i += 1;
    r.store();
    ret(vm, a, 0, b as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn unread_byte(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    if r.i <= 0 {
        let e = vm.plain_error("strings.Reader.UnreadByte: at beginning of string")?;
        ret(vm, a, 0, e);
        return Ok(());
    }
    r.prev = -1;
    r.i -= 1;
    r.store();
    ret(vm, a, 0, 0);
    Ok(())
}

fn read_rune(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    if r.i >= r.len() {
        r.prev = -1;
        r.store();
        let e = eof(vm)?;
        ret(vm, a, 0, 0);
        ret(vm, a, 1, 0);
        ret(vm, a, 2, e);
        return Ok(());
    }
    r.prev = r.i;
    let (c, w) = decode_rune(&r.s[r.i as usize..]);
    r.i += w as i64;
    r.store();
    ret(vm, a, 0, c as i64 as u64);
    ret(vm, a, 1, w as u64);
    ret(vm, a, 2, 0);
    Ok(())
}

fn unread_rune(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    let msg = if r.i <= 0 {
        "strings.Reader.UnreadRune: at beginning of string"
    } else if r.prev < 0 {
        "strings.Reader.UnreadRune: previous operation was not ReadRune"
    } else {
        r.i = r.prev;
        r.prev = -1;
        r.store();
        ret(vm, a, 0, 0);
        return Ok(());
    };
    let e = vm.plain_error(msg)?;
    ret(vm, a, 0, e);
    Ok(())
}

fn seek(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    let (off, whence) = (arg(vm, a, 1) as i64, arg(vm, a, 2) as i64);
    r.prev = -1;
    r.store();
    let abs = match whence {
        0 => Some(off),
        1 => Some(r.i.wrapping_add(off)),
        2 => Some(r.len().wrapping_add(off)),
        _ => None,
    };
    let msg = match abs {
        None => "strings.Reader.Seek: invalid whence",
        Some(x) if x < 0 => "strings.Reader.Seek: negative position",
        Some(x) => {
            r.i = x;
            r.store();
            ret(vm, a, 0, x as u64);
            ret(vm, a, 1, 0);
            return Ok(());
        }
    };
    let e = vm.plain_error(msg)?;
    ret(vm, a, 0, 0);
    ret(vm, a, 1, e);
    Ok(())
}

/// WriteTo(w): io.WriteString(w, rest) — w's WriteString if it has one, else Write.
fn write_to(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut r = reader(vm, a)?;
    r.prev = -1;
    r.store();
    if r.i >= r.len() {
        ret(vm, a, 0, 0);
        ret(vm, a, 1, 0);
        return Ok(());
    }
    let rest = r.s[r.i as usize..].to_vec();
    let (t, w) = vm.unbox(arg(vm, a, 1));
    if t == 0 {
        return Err(Trap::NilDeref);
    }
    let p = vm.p;
    let method = |name: &str| {
        let mid = p.method_id(name)?;
        p.methods.get(&(t, mid)).copied()
    };
    let (fid, payload) = match method("WriteString") {
        Some(f) => (f, vm.new_str(&rest)?),
        None => (method("Write").ok_or(Trap::NilDeref)?, vm.new_byte_slice(&rest)?),
    };
    vm.pinned.push(payload);
    let res = vm.call_func(fid, &[w, payload], 2);
    vm.pinned.pop();
    let res = res?;
    let (m, mut err) = (res[0] as i64, res[1]);
    if m > rest.len() as i64 {
        let v = vm.box_str(b"strings.Reader.WriteTo: invalid WriteString count")?;
        return Err(Trap::Panic(v));
    }
    let mut r = reader(vm, a)?;
    r.i += m;
    r.store();
    if m != rest.len() as i64 && err == 0 {
        err = global_err(vm, "io.ErrShortWrite", "short write")?;
    }
    ret(vm, a, 0, m as u64);
    ret(vm, a, 1, err);
    Ok(())
}
