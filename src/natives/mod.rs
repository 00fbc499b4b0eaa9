//! The core library's native functions: Rust implementations behind the body-less declarations of
//! the standard-library surfaces (`src/stdlib/*.go`), registered under their qualified names
//! (`fmt.Println`, `strings.(*Builder).WriteString`).
//!
//! Calling convention: a native gets the VM and the absolute index `a` of its first argument
//! register (the receiver first for methods); it writes its results to `a`, `a+1`, ….

pub mod inspect;
mod errors;
mod fmt;
mod pkg_math;
mod pkg_os;
mod pkg_sort;
mod pkg_strconv;
mod pkg_strings;
mod pkg_time;
mod pkg_unicode;
mod text;

use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};

/// Every native, by qualified name.
pub fn table() -> Vec<(String, NativeFn)> {
    let mut t: Vec<(&str, NativeFn)> = Vec::new();
    fmt::register(&mut t);
    errors::register(&mut t);
    text::register(&mut t);
    pkg_math::register(&mut t);
    pkg_os::register(&mut t);
    pkg_sort::register(&mut t);
    pkg_strconv::register(&mut t);
    pkg_strings::register(&mut t);
    pkg_time::register(&mut t);
    pkg_unicode::register(&mut t);
    t.into_iter().map(|(n, f)| (n.to_string(), f)).collect()
}

/// Sets standard-library globals the runtime provides (os.Args, io.EOF, …).
pub fn init_globals(vm: &mut Vm) -> Result<(), Trap> {
    let _ = vm;
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
