//! The core library's native functions: Rust implementations behind the body-less declarations of
//! the standard-library surfaces (`src/stdlib/*.go`), registered under their qualified names
//! (`fmt.Println`, `strings.(*Builder).WriteString`).
//!
//! Calling convention: a native gets the VM and the absolute index `a` of its first argument
//! register (the receiver first for methods); it writes its results to `a`, `a+1`, ….

mod atomic;
mod errors;
mod fmt;
pub mod inspect;
mod os_fs;
mod pkg_big;
mod pkg_bits;
mod pkg_crypto;
mod pkg_math;
mod pkg_os;
mod pkg_reflect;
mod pkg_regexp;
mod pkg_signal;
mod pkg_sort;
mod pkg_strconv;
mod pkg_strings;
pub(crate) mod pkg_time;
mod pkg_unicode;
mod runtime;
mod sync;
mod testing;
mod text;

use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};

/// Every native, by qualified name.
pub fn table() -> Vec<(String, NativeFn)> {
    let mut t: Vec<(&str, NativeFn)> = Vec::new();
    fmt::register(&mut t);
    errors::register(&mut t);
    sync::register(&mut t);
    runtime::register(&mut t);
    atomic::register(&mut t);
    text::register(&mut t);
    pkg_big::register(&mut t);
    pkg_bits::register(&mut t);
    pkg_math::register(&mut t);
    pkg_os::register(&mut t);
    pkg_reflect::register(&mut t);
    pkg_reflect::register_more(&mut t);
    pkg_regexp::register(&mut t);
    pkg_signal::register(&mut t);
    os_fs::register(&mut t);
    pkg_crypto::register(&mut t);
    pkg_sort::register(&mut t);
    pkg_strconv::register(&mut t);
    pkg_strings::register(&mut t);
    pkg_time::register(&mut t);
    pkg_unicode::register(&mut t);
    testing::register(&mut t);
    crate::vm::repl::register(&mut t);
    fmt::register_repl(&mut t);
    t.into_iter().map(|(n, f)| (n.to_string(), f)).collect()
}

/// Sets standard-library globals the runtime provides (os.Args, io.EOF, …).
pub fn init_globals(vm: &mut Vm) -> Result<(), Trap> {
    init_globals_from(vm, 0)
}

/// Sets the runtime-provided globals from the `from`th on (those of packages a REPL entry
/// loaded).
pub fn init_globals_from(vm: &mut Vm, from: usize) -> Result<(), Trap> {
    use crate::vm::mem;
    pkg_unicode::init_globals(vm, from)?;
    use crate::vm::rtype::Kind;
    let p = vm.p;
    for (g, name) in p.runtime_globals.iter().skip(from) {
        let addr = vm.globals + 8 * *g as u64;
        let t = p.globals[*g as usize];
        let err = |m: &str| Some(m.to_string());
        let msg = match name.as_str() {
            "io.EOF" => err("EOF"),
            "io.ErrUnexpectedEOF" => err("unexpected EOF"),
            "io.ErrShortWrite" => err("short write"),
            "io.ErrShortBuffer" => err("short buffer"),
            "io.ErrNoProgress" => err("multiple Read calls return no data or error"),
            "io.ErrClosedPipe" => err("io: read/write on closed pipe"),
            "os.ErrDeadlineExceeded" => err("i/o timeout"),
            "errors.ErrUnsupported" => err("unsupported operation"),
            "strconv.ErrSyntax" => err("invalid syntax"),
            "strconv.ErrRange" => err("value out of range"),
            "context.Canceled" => err("context canceled"),
            "context.DeadlineExceeded" => err("context deadline exceeded"),
            _ => None,
        };
        if let Some(m) = msg {
            let e = vm.plain_error(&m)?;
            mem::st(addr, e);
            continue;
        }
        match name.as_str() {
            "os.Stdin" | "os.Stdout" | "os.Stderr" => {
                let Kind::Pointer(ft) = p.types.get(t).kind else { continue };
                let f = vm.zero_block(ft)?;
                let (fd, path) = match name.as_str() {
                    "os.Stdin" => (0, "/dev/stdin"),
                    "os.Stdout" => (1, "/dev/stdout"),
                    _ => (2, "/dev/stderr"),
                };
                mem::st(f, fd);
                let s = vm.new_str(path.as_bytes())?;
                mem::st(f + 8, s);
                mem::st(addr, f);
            }
            "os.Args" => {
                let args = vm.rt.args.clone();
                let mut words = Vec::new();
                for a in &args {
                    let s = vm.new_str(a.as_bytes())?;
                    vm.pinned.push(s);
                    words.push(s);
                }
                let sl = vm.new_word_slice(&words)?;
                vm.pinned.clear();
                mem::st(addr, sl);
            }
            _ => {}
        }
    }
    Ok(())
}

/// Decodes one UTF-8 rune (Go's rules: invalid → U+FFFD, width 1).
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    let (r, w) = crate::format::utf8::decode_rune(b);
    (r as i32, w.max(1).min(b.len().max(1)))
}

pub fn runes_of(b: &[u8]) -> Vec<i32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (r, w) = decode_rune(&b[i..]);
        out.push(r);
        i += w;
    }
    out
}

/// Argument helpers.
pub(crate) fn arg(vm: &Vm, a: usize, i: usize) -> u64 {
    vm.regs[a + i]
}

pub(crate) fn ret(vm: &mut Vm, a: usize, i: usize, v: u64) {
    vm.regs[a + i] = v;
}

pub(crate) fn arg_str(vm: &Vm, a: usize, i: usize) -> Vec<u8> {
    vm.str_bytes(vm.regs[a + i])
}

pub(crate) fn ret_str(vm: &mut Vm, a: usize, i: usize, s: &[u8]) -> Result<(), Trap> {
    let w = vm.new_str(s)?;
    vm.regs[a + i] = w;
    Ok(())
}
