//! Natives of packages unicode and unicode/utf8.
//!
//! Category tests and case mappings read tables generated from the Go toolchain's own package
//! unicode (`pkg_unicode/gen.go`), so they answer exactly as Go does for every rune — Rust's `char`
//! predicates use derived properties (`Uppercase`, `Alphabetic`) that differ from Go's general
//! categories. The helpers are `pub(super)` for strings, which maps runes the same way.

mod tables;

use super::{arg, arg_str, ret};
use crate::format::utf8 as u8x;
use crate::vm::program::NativeFn;
use crate::vm::rtype::Kind;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("unicode.IsUpper", |vm, a| pred(vm, a, is_upper)));
    t.push(("unicode.IsLower", |vm, a| pred(vm, a, is_lower)));
    t.push(("unicode.IsTitle", |vm, a| pred(vm, a, is_title)));
    t.push(("unicode.IsLetter", |vm, a| pred(vm, a, is_letter)));
    t.push(("unicode.IsDigit", |vm, a| pred(vm, a, is_digit)));
    t.push(("unicode.IsNumber", |vm, a| pred(vm, a, is_number)));
    t.push(("unicode.IsSpace", |vm, a| pred(vm, a, is_space)));
    t.push(("unicode.IsPunct", |vm, a| pred(vm, a, is_punct)));
    t.push(("unicode.IsSymbol", |vm, a| pred(vm, a, is_symbol)));
    t.push(("unicode.IsMark", |vm, a| pred(vm, a, is_mark)));
    t.push(("unicode.IsControl", |vm, a| pred(vm, a, is_control)));
    t.push(("unicode.IsPrint", |vm, a| pred(vm, a, |r| crate::format::is_print(r as i64))));
    t.push(("unicode.IsGraphic", |vm, a| pred(vm, a, |r| crate::format::is_graphic(r as i64))));
    t.push(("unicode.ToUpper", |vm, a| map(vm, a, to_upper)));
    t.push(("unicode.ToLower", |vm, a| map(vm, a, to_lower)));
    t.push(("unicode.ToTitle", |vm, a| map(vm, a, to_title)));
    t.push(("unicode.SimpleFold", |vm, a| map(vm, a, simple_fold)));
    t.push(("unicode.To", unicode_to));
    t.push(("unicode.Is", unicode_is));
    t.push(("unicode.In", |vm, a| unicode_in(vm, a, false)));
    t.push(("unicode.IsOneOf", |vm, a| unicode_in(vm, a, true)));
    t.push(("unicode/utf8.RuneCountInString", |vm, a| count(vm, a, true)));
    t.push(("unicode/utf8.RuneCount", |vm, a| count(vm, a, false)));
    t.push(("unicode/utf8.RuneLen", rune_len));
    t.push(("unicode/utf8.RuneStart", |vm, a| {
        let b = arg(vm, a, 0) as u8;
        ret(vm, a, 0, (b & 0xC0 != 0x80) as u64);
        Ok(())
    }));
    t.push(("unicode/utf8.ValidRune", |vm, a| {
        let r = arg(vm, a, 0) as i32;
        ret(vm, a, 0, u8x::valid_rune(r as i64) as u64);
        Ok(())
    }));
    t.push(("unicode/utf8.ValidString", |vm, a| {
        let s = arg_str(vm, a, 0);
        ret(vm, a, 0, u8x::valid(&s) as u64);
        Ok(())
    }));
    t.push(("unicode/utf8.Valid", |vm, a| {
        let s = vm.slice_bytes(arg(vm, a, 0));
        ret(vm, a, 0, u8x::valid(&s) as u64);
        Ok(())
    }));
    t.push(("unicode/utf8.FullRuneInString", |vm, a| {
        let s = arg_str(vm, a, 0);
        ret(vm, a, 0, full_rune(&s) as u64);
        Ok(())
    }));
    t.push(("unicode/utf8.FullRune", |vm, a| {
        let s = vm.slice_bytes(arg(vm, a, 0));
        ret(vm, a, 0, full_rune(&s) as u64);
        Ok(())
    }));
    t.push(("unicode/utf8.DecodeRuneInString", |vm, a| decode(vm, a, true, false)));
    t.push(("unicode/utf8.DecodeRune", |vm, a| decode(vm, a, false, false)));
    t.push(("unicode/utf8.DecodeLastRuneInString", |vm, a| decode(vm, a, true, true)));
    t.push(("unicode/utf8.DecodeLastRune", |vm, a| decode(vm, a, false, true)));
    t.push(("unicode/utf8.EncodeRune", encode_rune));
    t.push(("unicode/utf8.AppendRune", append_rune));
}

// ---- the RangeTable variables ----

/// Sets package unicode's RangeTable variables (unicode.Upper, unicode.Han, …) that the program
/// uses to tables built from `tables::NAMED`. To be called from `natives::init_globals`.
pub fn init_globals(vm: &mut Vm, from: usize) -> Result<(), Trap> {
    let p = vm.p;
    for (g, name) in p.runtime_globals.iter().skip(from) {
        let Some(&(_, table, latin)) = tables::NAMED.iter().find(|(n, _, _)| n == name) else { continue };
        // *RangeTable → struct { R16 []Range16; R32 []Range32; LatinOffset int }.
        let Kind::Pointer(rt) = p.types.get(p.globals[*g as usize]).kind else { continue };
        let Kind::Struct(fields) = &p.types.get(rt).kind else { continue };
        let (Some(f16), Some(f32)) = (fields.first(), fields.get(1)) else { continue };
        let (Kind::Slice(r16), Kind::Slice(r32)) = (&p.types.get(f16.ty).kind, &p.types.get(f32.ty).kind) else {
            continue;
        };
        let ranges: Vec<[u32; 3]> = table.chunks(3).map(|c| [c[0], c[1], c[2]]).collect();
        let split = ranges.iter().position(|r| r[1] > 0xFFFF).unwrap_or(ranges.len());
        let tab = vm.zero_block(rt)?;
        vm.pinned.push(tab);
        let r = (|| {
            for (k, (part, et)) in [(&ranges[..split], *r16), (&ranges[split..], *r32)].into_iter().enumerate() {
                let s = vm.make_slice(et, part.len() as u64, part.len() as u64)?;
                mem::st(tab + 8 * k as u64, s);
                let (data, _, _) = vm.slice_parts(s);
                for (i, r) in part.iter().enumerate() {
                    let blk = mem::ld(data + 8 * i as u64);
                    for (j, &x) in r.iter().enumerate() {
                        mem::st(blk + 8 * j as u64, x as u64);
                    }
                }
            }
            mem::st(tab + 16, latin as u64);
            mem::st(vm.globals + 8 * *g as u64, tab);
            Ok(())
        })();
        vm.pinned.pop();
        r?;
    }
    Ok(())
}

// ---- table lookups ----

/// Whether `r` is in a flat (lo, hi, stride) table.
fn in_table(t: &[u32], r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    let n = t.len() / 3;
    let i = partition(n, |i| t[3 * i + 1] < r);
    i < n && t[3 * i] <= r && (r - t[3 * i]).is_multiple_of(t[3 * i + 2])
}

/// The first index in 0..n for which `below` is false (all earlier ones true).
fn partition(n: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let m = (lo + hi) / 2;
        if below(m) { lo = m + 1 } else { hi = m }
    }
    lo
}

pub(super) fn is_upper(r: i32) -> bool {
    in_table(tables::T_LU, r)
}
pub(super) fn is_lower(r: i32) -> bool {
    in_table(tables::T_LL, r)
}
pub(super) fn is_title(r: i32) -> bool {
    in_table(tables::T_LT, r)
}
pub(super) fn is_letter(r: i32) -> bool {
    in_table(tables::T_L, r)
}
pub(super) fn is_digit(r: i32) -> bool {
    if (0..0x80).contains(&r) { (b'0' as i32..=b'9' as i32).contains(&r) } else { in_table(tables::T_ND, r) }
}
pub(super) fn is_number(r: i32) -> bool {
    in_table(tables::T_N, r)
}
pub(super) fn is_punct(r: i32) -> bool {
    in_table(tables::T_P, r)
}
pub(super) fn is_symbol(r: i32) -> bool {
    in_table(tables::T_S, r)
}
pub(super) fn is_mark(r: i32) -> bool {
    in_table(tables::T_M, r)
}
pub(super) fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7F..0xA0).contains(&r)
}

/// unicode.IsSpace: Latin-1 spaces by Go's own list, the rest by White_Space.
pub(super) fn is_space(r: i32) -> bool {
    if (0..=0xFF).contains(&r) {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    in_table(tables::T_WHITE_SPACE, r)
}

const UPPER_CASE: usize = 0;
const LOWER_CASE: usize = 1;
const TITLE_CASE: usize = 2;
const MAX_RUNE: i32 = 0x10FFFF;

/// unicode.To without the ASCII fast path; (mapped, whether a mapping was found).
fn to_case(case: usize, r: i32) -> (i32, bool) {
    let t = tables::CASE_RANGES;
    let n = t.len() / 5;
    let i = partition(n, |i| t[5 * i + 1] < r);
    if i < n && t[5 * i] <= r {
        let lo = t[5 * i];
        let delta = t[5 * i + 2 + case];
        if delta > MAX_RUNE {
            return (lo + (((r - lo) & !1) | (case as i32 & 1)), true);
        }
        return (r.wrapping_add(delta), true);
    }
    (r, false)
}

pub(super) fn to_upper(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return if (b'a' as i32..=b'z' as i32).contains(&r) { r - 32 } else { r };
    }
    to_case(UPPER_CASE, r).0
}

pub(super) fn to_lower(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return if (b'A' as i32..=b'Z' as i32).contains(&r) { r + 32 } else { r };
    }
    to_case(LOWER_CASE, r).0
}

pub(super) fn to_title(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return if (b'a' as i32..=b'z' as i32).contains(&r) { r - 32 } else { r };
    }
    to_case(TITLE_CASE, r).0
}

/// unicode.SimpleFold: the next rune of r's case-folding orbit.
pub(super) fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    let t = tables::FOLD_ORBIT;
    let n = t.len() / 2;
    let i = partition(n, |i| (t[2 * i] as i32) < r);
    if i < n && t[2 * i] as i32 == r {
        return t[2 * i + 1] as i32;
    }
    let l = to_lower(r);
    if l != r { l } else { to_upper(r) }
}

// ---- natives ----

fn pred(vm: &mut Vm, a: usize, f: fn(i32) -> bool) -> Result<(), Trap> {
    let r = arg(vm, a, 0) as i32;
    ret(vm, a, 0, f(r) as u64);
    Ok(())
}

fn map(vm: &mut Vm, a: usize, f: fn(i32) -> i32) -> Result<(), Trap> {
    let r = arg(vm, a, 0) as i32;
    ret(vm, a, 0, f(r) as i64 as u64);
    Ok(())
}

fn unicode_to(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let case = arg(vm, a, 0) as i64;
    let r = arg(vm, a, 1) as i32;
    let v = if (0..3).contains(&case) { to_case(case as usize, r).0 } else { 0xFFFD };
    ret(vm, a, 0, v as i64 as u64);
    Ok(())
}

/// unicode.Is over a *RangeTable value: `struct { R16 []Range16; R32 []Range32; LatinOffset int }`,
/// each range a block of three one-word fields.
fn table_has(vm: &Vm, tab: u64, r: i32) -> Result<bool, Trap> {
    if tab == 0 {
        return Err(Trap::NilDeref);
    }
    if r < 0 {
        return Ok(false);
    }
    let r = r as i64;
    for field in [0, 8] {
        // Ranges are sorted: binary search for the first whose Hi is ≥ r.
        let (data, n, _) = vm.slice_parts(mem::ld(tab + field));
        let hi = |i: u64| mem::ld(mem::ld(data + 8 * i) + 8) as i64;
        let i = partition(n as usize, |i| hi(i as u64) < r) as u64;
        if i < n {
            let rg = mem::ld(data + 8 * i);
            let (lo, stride) = (mem::ld(rg) as i64, mem::ld(rg + 16) as i64);
            if lo <= r {
                return Ok(stride == 1 || (stride != 0 && (r - lo) % stride == 0));
            }
        }
    }
    Ok(false)
}

fn unicode_is(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = table_has(vm, arg(vm, a, 0), arg(vm, a, 1) as i32)?;
    ret(vm, a, 0, r as u64);
    Ok(())
}

/// unicode.In(r, tables...) (`one_of` false) and unicode.IsOneOf(tables, r) (`one_of` true).
fn unicode_in(vm: &mut Vm, a: usize, one_of: bool) -> Result<(), Trap> {
    let (r, list) = if one_of { (arg(vm, a, 1), arg(vm, a, 0)) } else { (arg(vm, a, 0), arg(vm, a, 1)) };
    let mut found = false;
    for t in vm.slice_words(list) {
        if table_has(vm, t, r as i32)? {
            found = true;
            break;
        }
    }
    ret(vm, a, 0, found as u64);
    Ok(())
}

fn count(vm: &mut Vm, a: usize, is_str: bool) -> Result<(), Trap> {
    let s = if is_str { arg_str(vm, a, 0) } else { vm.slice_bytes(arg(vm, a, 0)) };
    ret(vm, a, 0, u8x::rune_count(&s) as u64);
    Ok(())
}

fn rune_len(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = arg(vm, a, 0) as i32 as i64;
    let n: i64 = match r {
        _ if r < 0 => -1,
        0..0x80 => 1,
        0x80..0x800 => 2,
        0xD800..=0xDFFF => -1,
        0x800..0x10000 => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    };
    ret(vm, a, 0, n as u64);
    Ok(())
}

/// utf8.FullRune: whether `s` begins with a complete encoding (or an invalid one).
fn full_rune(s: &[u8]) -> bool {
    let Some(&b0) = s.first() else { return false };
    let need = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    if s.len() >= need {
        return true;
    }
    // A short prefix is "full" once it is already invalid.
    for (k, &b) in s.iter().enumerate().skip(1) {
        let ok = match (k, b0) {
            (1, 0xE0) => (0xA0..=0xBF).contains(&b),
            (1, 0xED) => (0x80..=0x9F).contains(&b),
            (1, 0xF0) => (0x90..=0xBF).contains(&b),
            (1, 0xF4) => (0x80..=0x8F).contains(&b),
            _ => (0x80..=0xBF).contains(&b),
        };
        if !ok {
            return true;
        }
    }
    false
}

/// Go's utf8.DecodeLastRune: (rune, width).
pub(super) fn decode_last(s: &[u8]) -> (i32, usize) {
    let end = s.len();
    if end == 0 {
        return (0xFFFD, 0);
    }
    if s[end - 1] < 0x80 {
        return (s[end - 1] as i32, 1);
    }
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && s[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, w) = u8x::decode_rune(&s[start..end]);
    if start + w != end {
        return (0xFFFD, 1);
    }
    (r as i32, w)
}

fn decode(vm: &mut Vm, a: usize, is_str: bool, last: bool) -> Result<(), Trap> {
    let s = if is_str { arg_str(vm, a, 0) } else { vm.slice_bytes(arg(vm, a, 0)) };
    let (r, w) = if last {
        decode_last(&s)
    } else {
        let (r, w) = u8x::decode_rune(&s);
        (r as i32, w)
    };
    ret(vm, a, 0, r as i64 as u64);
    ret(vm, a, 1, w as u64);
    Ok(())
}

fn encode_rune(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (p, r) = (arg(vm, a, 0), arg(vm, a, 1) as i32);
    let mut b = Vec::new();
    u8x::push_rune(&mut b, r as i64);
    let (data, len, _) = vm.slice_parts(p);
    if (len as usize) < b.len() {
        return Err(Trap::Runtime(format!("index out of range [{}] with length {len}", b.len() - 1)));
    }
    mem::write_bytes(data, &b);
    ret(vm, a, 0, b.len() as u64);
    Ok(())
}

fn append_rune(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (p, r) = (arg(vm, a, 0), arg(vm, a, 1) as i32);
    let mut b = Vec::new();
    u8x::push_rune(&mut b, r as i64);
    let s = vm.append_bytes(p, &b)?;
    ret(vm, a, 0, s);
    Ok(())
}
