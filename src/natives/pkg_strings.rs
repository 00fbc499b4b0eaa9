//! Natives of package strings.
//!
//! Strings are copied out of the heap as byte vectors and results are new strings (a string object
//! has no offset, so a substring is a copy); a result equal to an argument returns the argument's
//! word. Invalid UTF-8 decodes as U+FFFD of width 1, as Go's `range` does. Functions taking a Go
//! callback call it exactly as often and in the order Go's implementation does.

mod reader;
mod split;

use super::pkg_unicode::{decode_last, is_digit, is_letter, is_space, simple_fold, to_lower, to_title, to_upper};
use super::{arg, arg_str, decode_rune, ret, ret_str};
use crate::format::utf8::{push_rune, rune_count, valid_rune};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};
use split::{fields, fields_func, join, new_replacer, repeat, replace, replacer_replace, split};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("strings.Contains", |vm, a| bool2(vm, a, |s, t| index(s, t).is_some())));
    t.push(("strings.ContainsAny", |vm, a| bool2(vm, a, |s, t| index_any(s, t).is_some())));
    t.push(("strings.HasPrefix", |vm, a| bool2(vm, a, |s, t| s.starts_with(t))));
    t.push(("strings.HasSuffix", |vm, a| bool2(vm, a, |s, t| s.ends_with(t))));
    t.push(("strings.EqualFold", |vm, a| bool2(vm, a, equal_fold)));
    t.push(("strings.Index", |vm, a| int2(vm, a, index)));
    t.push(("strings.LastIndex", |vm, a| int2(vm, a, last_index)));
    t.push(("strings.IndexAny", |vm, a| int2(vm, a, index_any)));
    t.push(("strings.LastIndexAny", |vm, a| int2(vm, a, last_index_any)));
    t.push(("strings.Count", count));
    t.push(("strings.Compare", compare));
    t.push(("strings.Clone", |_, _| Ok(())));
    t.push(("strings.ContainsRune", |vm, a| {
        let i = index_rune(&arg_str(vm, a, 0), arg(vm, a, 1) as i32);
        ret(vm, a, 0, i.is_some() as u64);
        Ok(())
    }));
    t.push(("strings.IndexRune", |vm, a| {
        let i = index_rune(&arg_str(vm, a, 0), arg(vm, a, 1) as i32);
        ret_idx(vm, a, i)
    }));
    t.push(("strings.IndexByte", |vm, a| {
        let c = arg(vm, a, 1) as u8;
        let i = arg_str(vm, a, 0).iter().position(|&b| b == c);
        ret_idx(vm, a, i)
    }));
    t.push(("strings.LastIndexByte", |vm, a| {
        let c = arg(vm, a, 1) as u8;
        let i = arg_str(vm, a, 0).iter().rposition(|&b| b == c);
        ret_idx(vm, a, i)
    }));
    t.push(("strings.Split", |vm, a| split(vm, a, false, -1)));
    t.push(("strings.SplitAfter", |vm, a| split(vm, a, true, -1)));
    t.push(("strings.SplitN", |vm, a| split(vm, a, false, arg(vm, a, 2) as i64)));
    t.push(("strings.SplitAfterN", |vm, a| split(vm, a, true, arg(vm, a, 2) as i64)));
    t.push(("strings.Fields", fields));
    t.push(("strings.FieldsFunc", fields_func));
    t.push(("strings.Join", join));
    t.push(("strings.Repeat", repeat));
    t.push(("strings.Replace", |vm, a| replace(vm, a, arg(vm, a, 3) as i64)));
    t.push(("strings.ReplaceAll", |vm, a| replace(vm, a, -1)));
    t.push(("strings.ToUpper", |vm, a| map_native(vm, a, to_upper)));
    t.push(("strings.ToLower", |vm, a| map_native(vm, a, to_lower)));
    t.push(("strings.ToTitle", |vm, a| map_native(vm, a, to_title)));
    t.push(("strings.Title", title));
    t.push(("strings.ToValidUTF8", to_valid_utf8));
    t.push(("strings.Map", map_go));
    t.push(("strings.TrimSpace", |vm, a| trim_with(vm, a, |s| trim_func_rs(s, is_space, true, true))));
    t.push(("strings.Trim", |vm, a| trim_cutset(vm, a, true, true)));
    t.push(("strings.TrimLeft", |vm, a| trim_cutset(vm, a, true, false)));
    t.push(("strings.TrimRight", |vm, a| trim_cutset(vm, a, false, true)));
    t.push(("strings.TrimFunc", |vm, a| trim_func(vm, a, true, true)));
    t.push(("strings.TrimLeftFunc", |vm, a| trim_func(vm, a, true, false)));
    t.push(("strings.TrimRightFunc", |vm, a| trim_func(vm, a, false, true)));
    t.push(("strings.TrimPrefix", |vm, a| {
        let (s, p) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
        trim_with(vm, a, |_| if s.starts_with(&p) { (p.len(), s.len()) } else { (0, s.len()) })
    }));
    t.push(("strings.TrimSuffix", |vm, a| {
        let (s, p) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
        trim_with(vm, a, |_| if s.ends_with(&p) { (0, s.len() - p.len()) } else { (0, s.len()) })
    }));
    t.push(("strings.Cut", |vm, a| cut(vm, a, false)));
    t.push(("strings.CutLast", |vm, a| cut(vm, a, true)));
    t.push(("strings.CutPrefix", |vm, a| cut_fix(vm, a, true)));
    t.push(("strings.CutSuffix", |vm, a| cut_fix(vm, a, false)));
    t.push(("strings.IndexFunc", |vm, a| index_func(vm, a, false, false)));
    t.push(("strings.LastIndexFunc", |vm, a| index_func(vm, a, true, false)));
    t.push(("strings.ContainsFunc", |vm, a| index_func(vm, a, false, true)));
    t.push(("strings.NewReplacer", new_replacer));
    t.push(("strings.(*Replacer).Replace", replacer_replace));
    reader::register(t);
}

// ---- searching ----

pub(super) fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(0);
    }
    if sep.len() > s.len() {
        return None;
    }
    let first = sep[0];
    let last = s.len() - sep.len();
    let mut i = 0;
    while i <= last {
        match s[i..=last].iter().position(|&b| b == first) {
            None => return None,
            Some(k) => i += k,
        }
        if &s[i..i + sep.len()] == sep {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.len() > s.len() {
        return None;
    }
    (0..=s.len() - sep.len()).rev().find(|&i| &s[i..i + sep.len()] == sep)
}

/// strings.IndexRune: U+FFFD also matches invalid bytes; other invalid runes match nothing.
fn index_rune(s: &[u8], r: i32) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return s.iter().position(|&b| b as i32 == r);
    }
    if r == 0xFFFD {
        let mut i = 0;
        while i < s.len() {
            let (c, w) = decode_rune(&s[i..]);
            if c == 0xFFFD {
                return Some(i);
            }
            i += w;
        }
        return None;
    }
    if !valid_rune(r as i64) {
        return None;
    }
    let mut enc = Vec::new();
    push_rune(&mut enc, r as i64);
    index(s, &enc)
}

fn index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if index_rune(chars, c).is_some() {
            return Some(i);
        }
        i += w;
    }
    None
}

fn last_index_any(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let mut i = s.len();
    while i > 0 {
        let (r, w) = decode_last(&s[..i]);
        i -= w;
        if index_rune(chars, r).is_some() {
            return Some(i);
        }
    }
    None
}

pub(super) fn count_in(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return rune_count(s) + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(k) = index(&s[i..], sep) {
        n += 1;
        i += k + sep.len();
    }
    n
}

fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < s.len() && j < t.len() {
        let (mut sr, sw) = decode_rune(&s[i..]);
        let (mut tr, tw) = decode_rune(&t[j..]);
        i += sw;
        j += tw;
        if sr == tr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = simple_fold(sr);
        while r != sr && r < tr {
            r = simple_fold(r);
        }
        if r != tr {
            return false;
        }
    }
    i == s.len() && j == t.len()
}

// ---- natives: predicates and indices ----

fn bool2(vm: &mut Vm, a: usize, f: fn(&[u8], &[u8]) -> bool) -> Result<(), Trap> {
    let (s, t) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    ret(vm, a, 0, f(&s, &t) as u64);
    Ok(())
}

fn int2(vm: &mut Vm, a: usize, f: fn(&[u8], &[u8]) -> Option<usize>) -> Result<(), Trap> {
    let (s, t) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    ret_idx(vm, a, f(&s, &t))
}

fn ret_idx(vm: &mut Vm, a: usize, i: Option<usize>) -> Result<(), Trap> {
    ret(vm, a, 0, i.map_or(-1, |i| i as i64) as u64);
    Ok(())
}

fn count(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (s, t) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    ret(vm, a, 0, count_in(&s, &t) as u64);
    Ok(())
}

fn compare(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (s, t) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    ret(vm, a, 0, s.cmp(&t) as i64 as u64);
    Ok(())
}

/// Calls the Go `func(rune) bool` in register `a + i` on `r`.
pub(super) fn call_pred(vm: &mut Vm, a: usize, i: usize, r: i32) -> Result<bool, Trap> {
    let f = arg(vm, a, i);
    Ok(vm.call_value(f, &[r as i64 as u64], 1)?[0] & 1 != 0)
}

/// IndexFunc / LastIndexFunc (`last`) / ContainsFunc (`contains`): f is argument 1.
fn index_func(vm: &mut Vm, a: usize, last: bool, contains: bool) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let found = if last { last_index_func(vm, a, &s, true)? } else { first_index_func(vm, a, &s, true)? };
    if contains {
        ret(vm, a, 0, found.is_some() as u64);
        return Ok(());
    }
    ret_idx(vm, a, found)
}

/// The first rune index where the callback (argument 1) returns `want`.
fn first_index_func(vm: &mut Vm, a: usize, s: &[u8], want: bool) -> Result<Option<usize>, Trap> {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if call_pred(vm, a, 1, r)? == want {
            return Ok(Some(i));
        }
        i += w;
    }
    Ok(None)
}

fn last_index_func(vm: &mut Vm, a: usize, s: &[u8], want: bool) -> Result<Option<usize>, Trap> {
    let mut i = s.len();
    while i > 0 {
        let (r, w) = decode_last(&s[..i]);
        i -= w;
        if call_pred(vm, a, 1, r)? == want {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

// ---- mapping ----

/// strings.Map over runes with a Rust mapping; a negative result drops the rune.
fn map_bytes(s: &[u8], mut f: impl FnMut(i32) -> Result<i32, Trap>) -> Result<Vec<u8>, Trap> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        let r = f(c)?;
        if r >= 0 {
            push_rune(&mut out, r as i64);
        }
        i += w;
    }
    Ok(out)
}

/// Returns the mapped string, or the argument itself when nothing changed.
fn ret_mapped(vm: &mut Vm, a: usize, s: &[u8], out: &[u8]) -> Result<(), Trap> {
    if out == s {
        return Ok(());
    }
    ret_str(vm, a, 0, out)
}

fn map_native(vm: &mut Vm, a: usize, f: fn(i32) -> i32) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let out = map_bytes(&s, |r| Ok(f(r)))?;
    ret_mapped(vm, a, &s, &out)
}

fn title(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let mut prev = b' ' as i32;
    let out = map_bytes(&s, |r| {
        let sep = is_separator(prev);
        prev = r;
        Ok(if sep { to_title(r) } else { r })
    })?;
    ret_mapped(vm, a, &s, &out)
}

fn is_separator(r: i32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if is_letter(r) || is_digit(r) {
        return false;
    }
    is_space(r)
}

fn map_go(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let f = arg(vm, a, 0);
    let s = arg_str(vm, a, 1);
    let out = map_bytes(&s, |r| Ok(vm.call_value(f, &[r as i64 as u64], 1)?[0] as i32))?;
    if out == s {
        ret(vm, a, 0, arg(vm, a, 1));
        return Ok(());
    }
    ret_str(vm, a, 0, &out)
}

fn to_valid_utf8(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (s, rep) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    if std::str::from_utf8(&s).is_ok() {
        return Ok(());
    }
    let mut out = Vec::new();
    let (mut i, mut invalid) = (0, false);
    while i < s.len() {
        let w = decode_rune(&s[i..]).1;
        if s[i] >= 0x80 && w == 1 {
            if !invalid {
                out.extend_from_slice(&rep);
            }
            invalid = true;
        } else {
            out.extend_from_slice(&s[i..i + w]);
            invalid = false;
        }
        i += w;
    }
    ret_str(vm, a, 0, &out)
}

// ---- trimming ----

/// Returns s[lo..hi] of the string argument 0 (the argument itself when nothing is trimmed).
fn trim_with(vm: &mut Vm, a: usize, f: impl FnOnce(&[u8]) -> (usize, usize)) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let (lo, hi) = f(&s);
    if (lo, hi) == (0, s.len()) {
        return Ok(());
    }
    ret_str(vm, a, 0, &s[lo..hi.max(lo)])
}

/// Bounds of `s` with runes satisfying `f` trimmed from the left and/or right (Go's TrimFunc).
fn trim_func_rs(s: &[u8], f: impl Fn(i32) -> bool, left: bool, right: bool) -> (usize, usize) {
    let mut lo = 0;
    if left {
        while lo < s.len() {
            let (r, w) = decode_rune(&s[lo..]);
            if !f(r) {
                break;
            }
            lo += w;
        }
    }
    let mut hi = s.len();
    if right {
        while hi > lo {
            let (r, w) = decode_last(&s[lo..hi]);
            if !f(r) {
                // Go re-decodes forward from the last kept rune's start.
                let st = hi - w;
                hi = st + decode_rune(&s[st..]).1.max(1);
                break;
            }
            hi -= w;
        }
    }
    (lo, hi)
}

fn trim_cutset(vm: &mut Vm, a: usize, left: bool, right: bool) -> Result<(), Trap> {
    let cut = arg_str(vm, a, 1);
    if cut.is_empty() {
        return Ok(());
    }
    // Go trims the right end first, then the left end of what remains.
    trim_with(vm, a, |s| {
        let mut hi = s.len();
        if right {
            while hi > 0 {
                let (r, w) = decode_last(&s[..hi]);
                if index_rune(&cut, r).is_none() {
                    break;
                }
                hi -= w;
            }
        }
        let mut lo = 0;
        if left {
            while lo < hi {
                let (r, w) = decode_rune(&s[lo..hi]);
                if index_rune(&cut, r).is_none() {
                    break;
                }
                lo += w;
            }
        }
        (lo, hi)
    })
}

fn trim_func(vm: &mut Vm, a: usize, left: bool, right: bool) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let lo = if left { first_index_func(vm, a, &s, false)?.unwrap_or(s.len()) } else { 0 };
    let mut hi = s.len();
    if right {
        hi = match last_index_func(vm, a, &s[lo..], false)? {
            Some(i) => lo + i + decode_rune(&s[lo + i..]).1.max(1),
            None => lo,
        };
    }
    trim_with(vm, a, |_| (lo, hi))
}

// ---- cutting ----

fn cut(vm: &mut Vm, a: usize, last: bool) -> Result<(), Trap> {
    let (s, sep) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    let at = if last { last_index(&s, &sep) } else { index(&s, &sep) };
    match at {
        Some(i) => {
            let before = vm.new_str(&s[..i])?;
            let after = vm.new_str(&s[i + sep.len()..])?;
            ret(vm, a, 0, before);
            ret(vm, a, 1, after);
            ret(vm, a, 2, 1);
        }
        None => {
            ret(vm, a, 1, 0);
            ret(vm, a, 2, 0);
        }
    }
    Ok(())
}

fn cut_fix(vm: &mut Vm, a: usize, prefix: bool) -> Result<(), Trap> {
    let (s, p) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    let found = if prefix { s.starts_with(&p) } else { s.ends_with(&p) };
    if found {
        let rest = if prefix { &s[p.len()..] } else { &s[..s.len() - p.len()] };
        ret_str(vm, a, 0, rest)?;
    }
    ret(vm, a, 1, found as u64);
    Ok(())
}
