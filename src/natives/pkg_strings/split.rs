//! strings' splitting, joining and replacing: Split*, Fields*, Join, Repeat, Replace and Replacer.

use super::super::{arg, arg_str, decode_rune, ret, ret_str};
use super::{call_pred, count_in, index, is_space};
use crate::format::utf8::rune_count;
use crate::vm::{Trap, Vm, mem};

// ---- making results ----

/// A new []string of the given parts with capacity `cap` (≥ parts.len()).
fn str_slice(vm: &mut Vm, parts: &[&[u8]], cap: usize) -> Result<u64, Trap> {
    let n = parts.len();
    let data = if cap == 0 { 0 } else { vm.alloc(8 * cap as u64, true)? };
    for (i, p) in parts.iter().enumerate() {
        let w = vm.new_str(p)?;
        mem::st(data + 8 * i as u64, w);
    }
    vm.new_slice_hdr(data, n as u64, cap.max(n) as u64)
}

// ---- splitting and joining ----

pub(super) fn split(vm: &mut Vm, a: usize, after: bool, n: i64) -> Result<(), Trap> {
    let (s, sep) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    if n == 0 {
        ret(vm, a, 0, 0);
        return Ok(());
    }
    let mut parts: Vec<&[u8]> = Vec::new();
    let cap;
    if sep.is_empty() {
        let l = rune_count(&s) as i64;
        let n = if n < 0 || n > l { l } else { n } as usize;
        let mut rest = &s[..];
        for _ in 0..n.saturating_sub(1) {
            let w = decode_rune(rest).1;
            parts.push(&rest[..w]);
            rest = &rest[w..];
        }
        if n > 0 {
            parts.push(rest);
        }
        cap = n;
    } else {
        let mut n = if n < 0 { count_in(&s, &sep) as i64 + 1 } else { n };
        n = n.min(s.len() as i64 + 1);
        cap = n as usize;
        let mut rest = &s[..];
        while (parts.len() as i64) < n - 1 {
            let Some(m) = index(rest, &sep) else { break };
            parts.push(&rest[..m + if after { sep.len() } else { 0 }]);
            rest = &rest[m + sep.len()..];
        }
        parts.push(rest);
    }
    let r = str_slice(vm, &parts, cap)?;
    ret(vm, a, 0, r);
    Ok(())
}

pub(super) fn fields(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut i, mut start) = (0, None);
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        match (is_space(r), start) {
            (true, Some(st)) => {
                parts.push(&s[st..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        parts.push(&s[st..]);
    }
    let r = str_slice(vm, &parts, parts.len())?;
    ret(vm, a, 0, r);
    Ok(())
}

pub(super) fn fields_func(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let mut spans = Vec::new();
    let (mut i, mut start) = (0, None);
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        match (call_pred(vm, a, 1, r)?, start) {
            (true, Some(st)) => {
                spans.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += w;
    }
    if let Some(st) = start {
        spans.push((st, s.len()));
    }
    let parts: Vec<&[u8]> = spans.iter().map(|&(x, y)| &s[x..y]).collect();
    let r = str_slice(vm, &parts, parts.len())?;
    ret(vm, a, 0, r);
    Ok(())
}

pub(super) fn join(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let elems = vm.slice_words(arg(vm, a, 0));
    let sep = arg_str(vm, a, 1);
    if elems.len() == 1 {
        ret(vm, a, 0, elems[0]);
        return Ok(());
    }
    let mut out = Vec::new();
    for (i, &e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(vm.str_bytes(e));
    }
    ret_str(vm, a, 0, &out)
}

fn go_panic(vm: &mut Vm, msg: &str) -> Trap {
    match vm.box_str(msg.as_bytes()) {
        Ok(v) => Trap::Panic(v),
        Err(t) => t,
    }
}

pub(super) fn repeat(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let n = arg(vm, a, 1) as i64;
    match n {
        0 => return ret_str(vm, a, 0, b""),
        1 => return Ok(()),
        _ if n < 0 => return Err(go_panic(vm, "strings: negative Repeat count")),
        _ => {}
    }
    let total = (s.len() as u128) * (n as u128);
    if total > i64::MAX as u128 {
        return Err(go_panic(vm, "strings: Repeat output length overflow"));
    }
    if total > 1 << 40 {
        return Err(Trap::Fatal("runtime: out of memory".into()));
    }
    ret_str(vm, a, 0, &s.repeat(n as usize))
}

pub(super) fn replace(vm: &mut Vm, a: usize, n: i64) -> Result<(), Trap> {
    let (s, old, new) = (arg_str(vm, a, 0), arg_str(vm, a, 1), arg_str(vm, a, 2));
    if old == new || n == 0 {
        return Ok(());
    }
    let m = count_in(&s, &old) as i64;
    if m == 0 {
        return Ok(());
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], &old).unwrap_or(0);
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(&new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start.min(s.len())..]);
    ret_str(vm, a, 0, &out)
}

// ---- Replacer ----

/// NewReplacer(oldnew ...string): a *Replacer, a one-field block holding a copy of the pairs.
pub(super) fn new_replacer(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let words = vm.slice_words(arg(vm, a, 0));
    if words.len() % 2 == 1 {
        return Err(go_panic(vm, "strings.NewReplacer: odd argument count"));
    }
    let list = vm.new_word_slice(&words)?;
    vm.pinned.push(list);
    let r = vm.alloc(8, true);
    vm.pinned.pop();
    let r = r?;
    mem::st(r, list);
    ret(vm, a, 0, r);
    Ok(())
}

/// Go's generic replacer: at each position the first pair (in argument order) whose old string is
/// a prefix there wins; an empty old string matches once between any two bytes and at both ends.
pub(super) fn replacer_replace(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let r = arg(vm, a, 0);
    if r == 0 {
        return Err(Trap::NilDeref);
    }
    let pairs: Vec<Vec<u8>> = vm.slice_words(mem::ld(r)).into_iter().map(|w| vm.str_bytes(w)).collect();
    let s = arg_str(vm, a, 1);
    let mut out = Vec::with_capacity(s.len());
    let (mut i, mut last, mut prev_empty, mut changed) = (0, 0, false, false);
    while i <= s.len() {
        let hit = pairs.chunks(2).find(|p| s[i..].starts_with(&p[0]) && !(prev_empty && p[0].is_empty()));
        prev_empty = false;
        if let Some(p) = hit {
            out.extend_from_slice(&s[last..i]);
            out.extend_from_slice(&p[1]);
            changed = true;
            prev_empty = p[0].is_empty();
            i += p[0].len();
            last = i;
            continue;
        }
        i += 1;
    }
    if !changed {
        ret(vm, a, 0, arg(vm, a, 1));
        return Ok(());
    }
    out.extend_from_slice(&s[last.min(s.len())..]);
    ret_str(vm, a, 0, &out)
}
