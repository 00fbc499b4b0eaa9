//! Natives of package strconv (Itoa and Atoi live in text.rs).
//!
//! Conversions are `crate::format`'s; this module moves values in and out of registers. Parse
//! errors are `*strconv.NumError` values when the program's types include that type (so type
//! assertions and `Unwrap` work), else plain errors with the same text.

use super::{arg, arg_str, ret, ret_str};
use crate::format::{self, NumErrKind, NumError};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("strconv.ParseInt", parse_int));
    t.push(("strconv.ParseUint", parse_uint));
    t.push(("strconv.ParseFloat", parse_float));
    t.push(("strconv.ParseBool", parse_bool));
    t.push(("strconv.FormatInt", |vm, a| format_int(vm, a, true, false)));
    t.push(("strconv.FormatUint", |vm, a| format_int(vm, a, false, false)));
    t.push(("strconv.AppendInt", |vm, a| format_int(vm, a, true, true)));
    t.push(("strconv.AppendUint", |vm, a| format_int(vm, a, false, true)));
    t.push(("strconv.FormatFloat", |vm, a| format_float(vm, a, false)));
    t.push(("strconv.AppendFloat", |vm, a| format_float(vm, a, true)));
    t.push(("strconv.FormatBool", |vm, a| {
        let b = arg(vm, a, 0) & 1 != 0;
        ret_str(vm, a, 0, if b { b"true" } else { b"false" })
    }));
    t.push(("strconv.AppendBool", |vm, a| {
        let b = arg(vm, a, 1) & 1 != 0;
        ret_append(vm, a, if b { b"true" } else { b"false" })
    }));
    t.push(("strconv.Quote", |vm, a| quote_str(vm, a, format::quote)));
    t.push(("strconv.QuoteToASCII", |vm, a| quote_str(vm, a, format::quote_to_ascii)));
    t.push(("strconv.QuoteToGraphic", |vm, a| quote_str(vm, a, format::quote_to_graphic)));
    t.push(("strconv.AppendQuote", |vm, a| append_quote_str(vm, a, format::quote)));
    t.push(("strconv.AppendQuoteToASCII", |vm, a| append_quote_str(vm, a, format::quote_to_ascii)));
    t.push(("strconv.AppendQuoteToGraphic", |vm, a| append_quote_str(vm, a, format::quote_to_graphic)));
    t.push(("strconv.QuoteRune", |vm, a| quote_rune(vm, a, format::quote_rune)));
    t.push(("strconv.QuoteRuneToASCII", |vm, a| quote_rune(vm, a, format::quote_rune_to_ascii)));
    t.push(("strconv.QuoteRuneToGraphic", |vm, a| quote_rune(vm, a, format::quote_rune_to_graphic)));
    t.push(("strconv.AppendQuoteRune", |vm, a| append_quote_rune(vm, a, format::quote_rune)));
    t.push(("strconv.AppendQuoteRuneToASCII", |vm, a| append_quote_rune(vm, a, format::quote_rune_to_ascii)));
    t.push(("strconv.AppendQuoteRuneToGraphic", |vm, a| append_quote_rune(vm, a, format::quote_rune_to_graphic)));
    t.push(("strconv.CanBackquote", |vm, a| {
        let s = arg_str(vm, a, 0);
        ret(vm, a, 0, format::can_backquote(&s) as u64);
        Ok(())
    }));
    t.push(("strconv.IsPrint", |vm, a| {
        let r = arg(vm, a, 0) as i32;
        ret(vm, a, 0, format::is_print(r as i64) as u64);
        Ok(())
    }));
    t.push(("strconv.IsGraphic", |vm, a| {
        let r = arg(vm, a, 0) as i32;
        ret(vm, a, 0, format::is_graphic(r as i64) as u64);
        Ok(())
    }));
    t.push(("strconv.Unquote", unquote));
    t.push(("strconv.QuotedPrefix", quoted_prefix));
    t.push(("strconv.UnquoteChar", unquote_char));
    t.push(("strconv.(*NumError).Error", num_error_error));
    t.push(("strconv.(*NumError).Unwrap", num_error_unwrap));
}

// ---- errors ----

/// The value of the error variable `name` (strconv.ErrSyntax, strconv.ErrRange), set to a new
/// error with `text` if the runtime left it nil.
fn sentinel(vm: &mut Vm, name: &str, text: &str) -> Result<u64, Trap> {
    let p = vm.p;
    let Some(&(g, _)) = p.runtime_globals.iter().find(|(_, n)| n == name) else { return vm.plain_error(text) };
    let addr = vm.globals + 8 * g as u64;
    if mem::ld(addr) == 0 {
        let e = vm.plain_error(text)?;
        mem::st(addr, e);
    }
    Ok(mem::ld(addr))
}

/// The type index of *strconv.NumError, if the program boxes it anywhere (so it has a method table).
fn num_error_type(vm: &Vm) -> Option<u32> {
    let p = vm.p;
    let t = p.types.list.iter().position(|t| t.name == "*strconv.NumError")? as u32;
    let mid = p.method_id("Error")?;
    p.methods.contains_key(&(t, mid)).then_some(t)
}

/// The error value for a failed parse: a *strconv.NumError if the program has that type's method
/// table, else a plain error with the same text.
pub(super) fn num_error(vm: &mut Vm, e: &NumError) -> Result<u64, Trap> {
    let Some(t) = num_error_type(vm) else { return vm.plain_error(&e.message()) };
    let inner = match e.err {
        NumErrKind::Syntax => sentinel(vm, "strconv.ErrSyntax", "invalid syntax")?,
        NumErrKind::Range => sentinel(vm, "strconv.ErrRange", "value out of range")?,
        _ => vm.plain_error(&e.err.text())?,
    };
    vm.pinned.push(inner);
    let r = (|| {
        let f = vm.new_str(e.func.as_bytes())?;
        vm.pinned.push(f);
        let n = vm.new_str(&e.num);
        vm.pinned.pop();
        let n = n?;
        let blk = vm.alloc(24, true)?;
        mem::st(blk, f);
        mem::st(blk + 8, n);
        mem::st(blk + 16, inner);
        vm.new_box(t, blk)
    })();
    vm.pinned.pop();
    r
}

/// `e.Error()` for a non-nil error value.
fn error_text(vm: &mut Vm, e: u64) -> Result<Vec<u8>, Trap> {
    let (t, w) = vm.unbox(e);
    if t == 0 {
        return Err(Trap::NilDeref);
    }
    if t == vm.p.well_known.error_string {
        return Ok(vm.str_bytes(mem::ld(w)));
    }
    let p = vm.p;
    let Some(mid) = p.method_id("Error") else { return Ok(Vec::new()) };
    let Some(&fid) = p.methods.get(&(t, mid)) else { return Ok(Vec::new()) };
    vm.pinned.push(e);
    let r = vm.call_func(fid, &[w], 1);
    vm.pinned.pop();
    Ok(vm.str_bytes(r?[0]))
}

/// `strconv.` + Func + `: parsing ` + Quote(Num) + `: ` + Err.Error()
fn num_error_error(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let e = arg(vm, a, 0);
    if e == 0 {
        return Err(Trap::NilDeref);
    }
    let mut out = b"strconv.".to_vec();
    out.extend(vm.str_bytes(mem::ld(e)));
    out.extend_from_slice(b": parsing ");
    out.extend(format::quote(&vm.str_bytes(mem::ld(e + 8))));
    out.extend_from_slice(b": ");
    let inner = mem::ld(e + 16);
    if inner == 0 {
        out.extend_from_slice(b"<nil>");
    } else {
        out.extend(error_text(vm, inner)?);
    }
    ret_str(vm, a, 0, &out)
}

fn num_error_unwrap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let e = arg(vm, a, 0);
    if e == 0 {
        return Err(Trap::NilDeref);
    }
    ret(vm, a, 0, mem::ld(e + 16));
    Ok(())
}

/// Writes (value, nil) or (error's value, error) to the result registers.
fn ret_parse<T>(vm: &mut Vm, a: usize, r: Result<T, format::ParseError<T>>, word: fn(T) -> u64) -> Result<(), Trap> {
    match r {
        Ok(v) => {
            ret(vm, a, 0, word(v));
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            let err = num_error(vm, &e.error)?;
            ret(vm, a, 0, word(e.value));
            ret(vm, a, 1, err);
        }
    }
    Ok(())
}

/// A base or bit size argument as the u32 the parsers take; out-of-range values stay invalid.
fn small(v: u64) -> u32 {
    let v = v as i64;
    if (0..=64).contains(&v) { v as u32 } else { 1000 }
}

/// ParseInt/ParseUint with a base or bit size outside 0..=64, which the parsers cannot be given:
/// Go reports the value as given. Returns whether it wrote the results.
fn bad_arg(vm: &mut Vm, a: usize, func: &'static str) -> Result<bool, Trap> {
    let (s, base, bits) = (arg_str(vm, a, 0), arg(vm, a, 1) as i64, arg(vm, a, 2) as i64);
    let signed = func == "ParseInt";
    let body = if signed && matches!(s.first(), Some(b'+' | b'-')) { &s[1..] } else { &s[..] };
    if body.is_empty() || ((0..=64).contains(&base) && (0..=64).contains(&bits)) {
        return Ok(false);
    }
    let text = if base != 0 && !(2..=36).contains(&base) {
        format!("invalid base {base}")
    } else {
        format!("invalid bit size {bits}")
    };
    let msg = format!("strconv.{func}: parsing {}: {text}", String::from_utf8_lossy(&format::quote(&s)));
    let err = vm.plain_error(&msg)?;
    ret(vm, a, 0, 0);
    ret(vm, a, 1, err);
    Ok(true)
}

fn parse_int(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    if bad_arg(vm, a, "ParseInt")? {
        return Ok(());
    }
    let s = arg_str(vm, a, 0);
    let r = format::parse_int(&s, small(arg(vm, a, 1)), small(arg(vm, a, 2)));
    ret_parse(vm, a, r, |v| v as u64)
}

fn parse_uint(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    if bad_arg(vm, a, "ParseUint")? {
        return Ok(());
    }
    let s = arg_str(vm, a, 0);
    let r = format::parse_uint(&s, small(arg(vm, a, 1)), small(arg(vm, a, 2)));
    ret_parse(vm, a, r, |v| v)
}

fn parse_float(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let bits = if arg(vm, a, 1) as i64 == 32 { 32 } else { 64 };
    let r = format::parse_float(&s, bits);
    ret_parse(vm, a, r, f64::to_bits)
}

fn parse_bool(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let r = format::parse_bool(&s);
    ret_parse(vm, a, r, |b| b as u64)
}

// ---- formatting ----

fn go_panic(vm: &mut Vm, msg: &str) -> Trap {
    match vm.box_str(msg.as_bytes()) {
        Ok(v) => Trap::Panic(v),
        Err(t) => t,
    }
}

/// Appends `b` to the []byte in argument 0 and returns the result.
fn ret_append(vm: &mut Vm, a: usize, b: &[u8]) -> Result<(), Trap> {
    let s = vm.append_bytes(arg(vm, a, 0), b)?;
    ret(vm, a, 0, s);
    Ok(())
}

/// FormatInt/FormatUint (`append` false: args i, base) and AppendInt/AppendUint (dst, i, base).
fn format_int(vm: &mut Vm, a: usize, signed: bool, append: bool) -> Result<(), Trap> {
    let k = append as usize;
    let (v, base) = (arg(vm, a, k), arg(vm, a, k + 1) as i64);
    if !(2..=36).contains(&base) {
        return Err(go_panic(vm, "strconv: illegal AppendInt/FormatInt base"));
    }
    let s = if signed { format::format_int(v as i64, base as u32) } else { format::format_uint(v, base as u32) };
    if append { ret_append(vm, a, s.as_bytes()) } else { ret_str(vm, a, 0, s.as_bytes()) }
}

/// FormatFloat(f, fmt, prec, bitSize) and AppendFloat(dst, f, fmt, prec, bitSize).
fn format_float(vm: &mut Vm, a: usize, append: bool) -> Result<(), Trap> {
    let k = append as usize;
    let f = f64::from_bits(arg(vm, a, k));
    let fmt = arg(vm, a, k + 1) as u8;
    let prec = (arg(vm, a, k + 2) as i64).clamp(-1, 1 << 20) as i32;
    let bits = arg(vm, a, k + 3) as i64;
    if bits != 32 && bits != 64 {
        return Err(go_panic(vm, "strconv: illegal AppendFloat/FormatFloat bitSize"));
    }
    let s = format::format_float(f, fmt, prec, bits as u32);
    if append { ret_append(vm, a, s.as_bytes()) } else { ret_str(vm, a, 0, s.as_bytes()) }
}

// ---- quoting ----

fn quote_str(vm: &mut Vm, a: usize, f: fn(&[u8]) -> Vec<u8>) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    ret_str(vm, a, 0, &f(&s))
}

fn append_quote_str(vm: &mut Vm, a: usize, f: fn(&[u8]) -> Vec<u8>) -> Result<(), Trap> {
    let s = arg_str(vm, a, 1);
    ret_append(vm, a, &f(&s))
}

fn quote_rune(vm: &mut Vm, a: usize, f: fn(i32) -> Vec<u8>) -> Result<(), Trap> {
    let r = arg(vm, a, 0) as i32;
    ret_str(vm, a, 0, &f(r))
}

fn append_quote_rune(vm: &mut Vm, a: usize, f: fn(i32) -> Vec<u8>) -> Result<(), Trap> {
    let r = arg(vm, a, 1) as i32;
    ret_append(vm, a, &f(r))
}

fn syntax_error(vm: &mut Vm) -> Result<u64, Trap> {
    sentinel(vm, "strconv.ErrSyntax", "invalid syntax")
}

fn unquote(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    ret_str_or_syntax_error(vm, a, format::unquote(&s).map_err(|_| ()))
}

fn quoted_prefix(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    ret_str_or_syntax_error(vm, a, format::quoted_prefix(&s).map_err(|_| ()))
}

/// Returns (string, nil) or ("", strconv.ErrSyntax).
fn ret_str_or_syntax_error<S: AsRef<[u8]>>(vm: &mut Vm, a: usize, r: Result<S, ()>) -> Result<(), Trap> {
    match r {
        Ok(v) => {
            ret_str(vm, a, 0, v.as_ref())?;
            ret(vm, a, 1, 0);
        }
        Err(()) => {
            let e = syntax_error(vm)?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, e);
        }
    }
    Ok(())
}

/// UnquoteChar(s, quote) (value rune, multibyte bool, tail string, err error).
fn unquote_char(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let q = arg(vm, a, 1) as u8;
    match format::unquote_char(&s, q) {
        Ok(c) => {
            let tail = vm.new_str(&s[c.consumed..])?;
            ret(vm, a, 0, c.value as i32 as i64 as u64);
            ret(vm, a, 1, c.multibyte as u64);
            ret(vm, a, 2, tail);
            ret(vm, a, 3, 0);
        }
        Err(_) => {
            let e = syntax_error(vm)?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, 0);
            ret(vm, a, 2, 0);
            ret(vm, a, 3, e);
        }
    }
    Ok(())
}
