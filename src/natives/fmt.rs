//! fmt: printing through `format` (Print, Println, Printf, Sprint*, Fprint*, Errorf) and the
//! builtins print/println.

use super::inspect::{Insp, vals_of_any_slice};
use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};
use std::io::Write;

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("fmt.Println", println));
    t.push(("fmt.Print", print));
    t.push(("fmt.Printf", printf));
    t.push(("fmt.Sprintln", sprintln));
    t.push(("fmt.Sprint", sprint));
    t.push(("fmt.Sprintf", sprintf));
    t.push(("fmt.Errorf", errorf));
    t.push(("fmt.Fprintln", fprintln));
    t.push(("fmt.Fprint", fprint));
    t.push(("fmt.Fprintf", fprintf));
    t.push(("builtin.print", builtin_print));
    t.push(("builtin.println", builtin_println));
    t.push(("*fmt.wrapError.Error", wrap_error_error));
    t.push(("*fmt.wrapError.Unwrap", wrap_error_unwrap));
    t.push(("*fmt.pp.Write", state_write));
    t.push(("*fmt.pp.WriteString", state_write_string));
    t.push(("*fmt.pp.Width", state_width));
    t.push(("*fmt.pp.Precision", state_precision));
    t.push(("*fmt.pp.Flag", state_flag));
}

// The fmt.State of a Formatter: a cell [text so far, wid, prec, flags] (see inspect::call_format).

fn state_append(vm: &mut Vm, a: usize, b: &[u8]) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    let mut text = vm.str_bytes(mem::ld(cell));
    text.extend_from_slice(b);
    let s = vm.new_str(&text)?;
    mem::st(cell, s);
    ret(vm, a, 0, b.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}
fn state_write(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = vm.slice_bytes(arg(vm, a, 1));
    state_append(vm, a, &b)
}
fn state_write_string(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = vm.str_bytes(arg(vm, a, 1));
    state_append(vm, a, &b)
}
fn state_width(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    let (w, flags) = (mem::ld(cell + 8), mem::ld(cell + 24));
    ret(vm, a, 0, w);
    ret(vm, a, 1, flags >> 8 & 1);
    Ok(())
}
fn state_precision(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    let (p, flags) = (mem::ld(cell + 16), mem::ld(cell + 24));
    ret(vm, a, 0, p);
    ret(vm, a, 1, flags >> 9 & 1);
    Ok(())
}
fn state_flag(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    let flags = mem::ld(cell + 24);
    let bit = match arg(vm, a, 1) as i64 {
        0x2d => 0, // '-'
        0x2b => 1, // '+'
        0x23 => 2, // '#'
        0x20 => 3, // ' '
        0x30 => 4, // '0'
        _ => {
            ret(vm, a, 0, 0);
            return Ok(());
        }
    };
    ret(vm, a, 0, flags >> bit & 1);
    Ok(())
}

/// The REPL's printing of an entry's values: arguments [count, boxed values…], one line, strings
/// quoted (`%q`), everything else as `%v` prints it.
pub fn register_repl(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push((crate::compile::session::PRINT_NATIVE, repl_print));
}

fn repl_print(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let n = arg(vm, a, 0) as usize;
    let mut out = Vec::new();
    for i in 0..n {
        if i > 0 {
            out.push(b' ');
        }
        let v = vm.unbox(arg(vm, a, 1 + i));
        let quoted = matches!(vm.p.types.get(v.0).kind, crate::vm::rtype::Kind::String)
            && vm.p.method_sets.get(&v.0).is_none_or(|s| s.is_empty());
        let verb: &[u8] = if quoted { b"%q" } else { b"%v" };
        out.extend(crate::format::sprintf(&mut Insp { vm }, verb, &[v]));
    }
    out.push(b'\n');
    let _ = crate::vm::runtime::lock(&vm.rt.out).write_all(&out);
    Ok(())
}

enum How {
    Print,
    Println,
    Printf,
}

fn format_args(vm: &mut Vm, a: usize, first: usize, how: How) -> Result<Vec<u8>, Trap> {
    let (fmt, args_at) = match how {
        How::Printf => (Some(arg_str(vm, a, first)), first + 1),
        _ => (None, first),
    };
    let vals = vals_of_any_slice(vm, arg(vm, a, args_at))?;
    let mut insp = Insp { vm };
    Ok(match how {
        How::Print => crate::format::sprint(&mut insp, &vals),
        How::Println => crate::format::sprintln(&mut insp, &vals),
        How::Printf => crate::format::sprintf(&mut insp, &fmt.unwrap_or_default(), &vals),
    })
}

fn write_out(vm: &mut Vm, a: usize, b: &[u8]) {
    let _ = crate::vm::runtime::lock(&vm.rt.out).write_all(b);
    ret(vm, a, 0, b.len() as u64);
    ret(vm, a, 1, 0);
}

fn println(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 0, How::Println)?;
    write_out(vm, a, &b);
    Ok(())
}
fn print(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 0, How::Print)?;
    write_out(vm, a, &b);
    Ok(())
}
fn printf(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 0, How::Printf)?;
    write_out(vm, a, &b);
    Ok(())
}
fn sprintln(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 0, How::Println)?;
    ret_str(vm, a, 0, &b)
}
fn sprint(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 0, How::Print)?;
    ret_str(vm, a, 0, &b)
}
fn sprintf(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 0, How::Printf)?;
    ret_str(vm, a, 0, &b)
}

/// Writes to an io.Writer: os.Stdout/os.Stderr directly, anything else through its Write method.
fn write_to(vm: &mut Vm, a: usize, w: u64, b: &[u8]) -> Result<(), Trap> {
    match super::text::file_fd(vm, w) {
        Some(1) => {
            let _ = crate::vm::runtime::lock(&vm.rt.out).write_all(b);
        }
        Some(2) => {
            let _ = crate::vm::runtime::lock(&vm.rt.out).flush();
            let _ = std::io::stderr().write_all(b);
        }
        _ => {
            let (t, data) = vm.unbox(w);
            let p = vm.p;
            let mid = p.method_id("Write");
            let Some(fid) = mid.and_then(|m| p.methods.get(&(t, m)).copied()) else {
                return Err(Trap::NilDeref);
            };
            let s = vm.new_byte_slice(b)?;
            vm.pinned.push(s);
            let r = vm.call_func(fid, &[data, s], 2);
            vm.pinned.pop();
            r?;
        }
    }
    ret(vm, a, 0, b.len() as u64);
    ret(vm, a, 1, 0);
    Ok(())
}

fn fprintln(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 1, How::Println)?;
    let w = arg(vm, a, 0);
    write_to(vm, a, w, &b)
}
fn fprint(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 1, How::Print)?;
    let w = arg(vm, a, 0);
    write_to(vm, a, w, &b)
}
fn fprintf(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = format_args(vm, a, 1, How::Printf)?;
    let w = arg(vm, a, 0);
    write_to(vm, a, w, &b)
}

fn builtin_print(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    builtin_print_impl(vm, a, false)
}
fn builtin_println(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    builtin_print_impl(vm, a, true)
}

/// The builtins print to stderr, formatting values the runtime's way.
fn builtin_print_impl(vm: &mut Vm, a: usize, ln: bool) -> Result<(), Trap> {
    // Arguments: [count, boxed values…].
    let n = arg(vm, a, 0) as usize;
    let vals: Vec<_> = (0..n).map(|i| vm.unbox(arg(vm, a, 1 + i))).collect();
    let mut out = Vec::new();
    for (i, v) in vals.iter().enumerate() {
        if ln && i > 0 {
            out.push(b' ');
        }
        let k = &vm.p.types.get(v.0).kind;
        use crate::vm::rtype::Kind;
        match k {
            Kind::Float64
            | Kind::Float32
            | Kind::Complex64
            | Kind::Complex128
            | Kind::String
            | Kind::Bool
            | Kind::Int { .. } => {
                let b = crate::format::sprint(&mut Insp { vm }, &[*v]);
                out.extend(b);
            }
            // A nil interface: the runtime prints its two (zero) words.
            _ if v.0 == 0 => out.extend(b"(0x0,0x0)"),
            _ => out.extend(format!("{:#x}", v.1).bytes()),
        }
    }
    if ln {
        out.push(b'\n');
    }
    let _ = crate::vm::runtime::lock(&vm.rt.out).flush();
    let _ = std::io::stderr().write_all(&out);
    Ok(())
}

/// fmt.Errorf: an *errors.errorString-like error, or a *fmt.wrapError when %w wraps errors.
fn errorf(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let fmt = arg_str(vm, a, 0);
    let slice = arg(vm, a, 1);
    let words = vm.slice_words(slice);
    let vals = vals_of_any_slice(vm, slice)?;
    let (msg, wrapped) = crate::format::errorf(&mut Insp { vm }, &fmt, &vals);
    let e = if wrapped.is_empty() {
        vm.plain_error(&String::from_utf8_lossy(&msg))?
    } else {
        let s = vm.new_str(&msg)?;
        vm.pinned.push(s);
        let errs: Vec<u64> = wrapped.iter().filter_map(|&i| words.get(i).copied()).collect();
        let list = vm.new_word_slice(&errs)?;
        vm.pinned.pop();
        let cell = vm.alloc(16, true)?;
        mem::st(cell, s);
        mem::st(cell + 8, list);
        let t = vm.p.well_known.wrap_error;
        vm.new_box(t, cell)?
    };
    ret(vm, a, 0, e);
    Ok(())
}

fn wrap_error_error(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    ret(vm, a, 0, mem::ld(cell));
    Ok(())
}

fn wrap_error_unwrap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let cell = arg(vm, a, 0);
    let list = mem::ld(cell + 8);
    let errs = vm.slice_words(list);
    ret(vm, a, 0, errs.first().copied().unwrap_or(0));
    Ok(())
}
