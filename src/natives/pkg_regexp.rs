//! Natives of package regexp (the API is Go, in src/stdlib/regexp.go): compiling a pattern and
//! the searches, on the `regex` crate.
//!
//! A pattern is parsed by Go's rules (`syntax`) into the crate's syntax and compiled once per
//! distinct pattern; the Go `Regexp` holds a handle into a process-wide registry (compiled
//! regexes are immutable and the crate's are safe to share between threads). Go strings are
//! bytes: an input that is not UTF-8 is searched as Go reads it, each invalid byte a U+FFFD, by
//! searching a copy with the bytes replaced and mapping the offsets back.

mod syntax;

use super::{arg, arg_str, ret, ret_str};
use crate::format::utf8::decode_rune;
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};
use regex::bytes::{CaptureLocations, Regex, RegexBuilder};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("regexp.compile", compile));
    t.push(("regexp.match", |vm, a| {
        let (re, s) = (entry(vm, a)?, arg_str(vm, a, 1));
        let hay = Hay::new(&s);
        let m = re.re.is_match(&hay.t);
        ret(vm, a, 0, m as u64);
        Ok(())
    }));
    t.push(("regexp.find", |vm, a| {
        let (re, s, sub) = (entry(vm, a)?, arg_str(vm, a, 1), arg(vm, a, 2) != 0);
        let hay = Hay::new(&s);
        let mut locs = re.re.capture_locations();
        let mut out = Vec::new();
        if let Some(m) = exec(&re.re, &hay.t, 0, &mut locs, sub) {
            push_match(&hay, &locs, m, sub, &mut out);
        }
        ret_ints(vm, a, &out)
    }));
    t.push(("regexp.findAll", find_all));
}

/// A compiled pattern.
struct Entry {
    re: Regex,
}

#[derive(Default)]
struct Registry {
    by_pattern: HashMap<Vec<u8>, usize>,
    entries: Vec<Arc<Entry>>,
}

/// Every pattern compiled so far: a Go Regexp holds its index.
static REGISTRY: RwLock<Option<Registry>> = RwLock::new(None);

fn entry(vm: &Vm, a: usize) -> Result<Arc<Entry>, Trap> {
    // Handles start at 1: a zero Regexp has none, and using it is Go's nil dereference.
    let h = (arg(vm, a, 0) as usize).checked_sub(1).ok_or(Trap::NilDeref)?;
    let reg = REGISTRY.read().unwrap_or_else(|e| e.into_inner());
    reg.as_ref().and_then(|r| r.entries.get(h).cloned()).ok_or(Trap::NilDeref)
}

/// `compile(expr string) (h int, names []string, prefix string, complete bool, code, text string)`:
/// a failure is Go's syntax error (code and the text it quotes) or, with no code, a message.
fn compile(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let expr = arg_str(vm, a, 0);
    let tr = match syntax::translate(&expr) {
        Ok(tr) => tr,
        Err(e) => return compile_error(vm, a, e.code, &e.expr),
    };
    let known = {
        let reg = REGISTRY.read().unwrap_or_else(|e| e.into_inner());
        reg.as_ref().and_then(|r| r.by_pattern.get(&expr).copied())
    };
    let h = match known {
        Some(h) => h,
        None => {
            let built = RegexBuilder::new(&tr.pattern).size_limit(1 << 27).nest_limit(10_000).build();
            let re = match built {
                Ok(re) => re,
                Err(regex::Error::CompiledTooBig(_)) => return compile_error(vm, a, syntax::LARGE, &expr),
                Err(e) => {
                    // What Go accepts and the crate cannot (a script newer than its Unicode
                    // tables): a clear error, never a different match.
                    let detail = e.to_string();
                    let last = detail.lines().rev().find(|l| l.starts_with("error:")).unwrap_or(&detail);
                    let msg = format!(
                        "regexp: corgi cannot compile `{}`: {}",
                        String::from_utf8_lossy(&expr),
                        last.trim_start_matches("error: ")
                    );
                    return compile_error(vm, a, "", msg.as_bytes());
                }
            };
            let mut reg = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
            let reg = reg.get_or_insert_with(Registry::default);
            let h = reg.entries.len() + 1;
            reg.entries.push(Arc::new(Entry { re }));
            reg.by_pattern.insert(expr, h);
            h
        }
    };
    let mut words = Vec::with_capacity(tr.names.len());
    for n in &tr.names {
        words.push(vm.new_str(n.as_bytes())?);
    }
    let names = vm.new_word_slice(&words)?;
    ret(vm, a, 0, h as u64);
    ret(vm, a, 1, names);
    ret_str(vm, a, 2, tr.prefix.as_bytes())?;
    ret(vm, a, 3, tr.complete as u64);
    ret(vm, a, 4, 0);
    ret(vm, a, 5, 0);
    Ok(())
}

fn compile_error(vm: &mut Vm, a: usize, code: &str, text: &[u8]) -> Result<(), Trap> {
    ret(vm, a, 0, 0);
    ret(vm, a, 1, 0);
    ret(vm, a, 2, 0);
    ret(vm, a, 3, 0);
    ret_str(vm, a, 4, code.as_bytes())?;
    ret_str(vm, a, 5, text)
}

/// A haystack as the crate searches it: valid UTF-8, with each byte Go decodes as an invalid
/// rune replaced by U+FFFD, and the map back to the original offsets.
struct Hay<'a> {
    t: Cow<'a, [u8]>,
    map: Option<Vec<usize>>,
}

impl<'a> Hay<'a> {
    fn new(s: &'a [u8]) -> Hay<'a> {
        if std::str::from_utf8(s).is_ok() {
            return Hay { t: Cow::Borrowed(s), map: None };
        }
        let mut t = Vec::with_capacity(s.len() + 8);
        let mut map = Vec::with_capacity(s.len() + 8);
        let mut i = 0;
        while i < s.len() {
            let (r, w) = decode_rune(&s[i..]);
            if r == 0xFFFD && w == 1 {
                t.extend_from_slice("\u{FFFD}".as_bytes());
                map.extend_from_slice(&[i, i, i]);
            } else {
                t.extend_from_slice(&s[i..i + w]);
                map.extend((0..w).map(|k| i + k));
            }
            i += w.max(1);
        }
        map.push(s.len());
        Hay { t: Cow::Owned(t), map: Some(map) }
    }

    /// The original offset of offset `p` of the searched text.
    fn orig(&self, p: usize) -> i64 {
        match &self.map {
            None => p as i64,
            Some(m) => m.get(p).copied().unwrap_or(p) as i64,
        }
    }
}

fn is_boundary(t: &[u8], i: usize) -> bool {
    t.get(i).is_none_or(|b| b & 0xC0 != 0x80)
}

/// The width of the rune at `i` (0 at the end).
fn width_at(t: &[u8], i: usize) -> usize {
    if i >= t.len() {
        return 0;
    }
    let mut j = i + 1;
    while !is_boundary(t, j) {
        j += 1;
    }
    j - i
}

/// The leftmost-first match starting at or after `start` (a rune boundary), with its groups in
/// `locs` if `sub`. The crate may report an empty match inside a rune (only `\B` matches there);
/// Go looks at rune boundaries only, so the search goes on from the next one.
fn exec(re: &Regex, t: &[u8], mut start: usize, locs: &mut CaptureLocations, sub: bool) -> Option<(usize, usize)> {
    loop {
        let m = if sub {
            re.captures_read_at(locs, t, start).map(|m| (m.start(), m.end()))
        } else {
            re.find_at(t, start).map(|m| (m.start(), m.end()))
        }?;
        if m.0 == m.1 && !is_boundary(t, m.0) {
            start = m.0 + width_at(t, m.0).max(1);
            while !is_boundary(t, start) {
                start += 1;
            }
            if start > t.len() {
                return None;
            }
            continue;
        }
        return Some(m);
    }
}

/// Appends a match's offsets (the whole match's, or every group's if `sub`; -1 for a group
/// that did not take part), in the original text.
fn push_match(hay: &Hay, locs: &CaptureLocations, m: (usize, usize), sub: bool, out: &mut Vec<i64>) {
    if !sub {
        out.push(hay.orig(m.0));
        out.push(hay.orig(m.1));
        return;
    }
    for i in 0..locs.len() {
        match locs.get(i) {
            Some((s, e)) => {
                out.push(hay.orig(s));
                out.push(hay.orig(e));
            }
            None => out.extend_from_slice(&[-1, -1]),
        }
    }
}

fn ret_ints(vm: &mut Vm, a: usize, v: &[i64]) -> Result<(), Trap> {
    if v.is_empty() {
        ret(vm, a, 0, 0);
        return Ok(());
    }
    let words: Vec<u64> = v.iter().map(|&x| x as u64).collect();
    let s = vm.new_word_slice(&words)?;
    ret(vm, a, 0, s);
    Ok(())
}

/// `findAll(h int, s string, n int, sub, repl bool) []int`: the offsets of successive matches,
/// flattened. As Go's FindAll (`repl` false: at most n matches, n < 0 for all; an empty match
/// right after a match is not one) or as Go's ReplaceAll walks the text (`repl` true: the
/// matches that are replaced).
fn find_all(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let re = entry(vm, a)?;
    let s = arg_str(vm, a, 1);
    let n = arg(vm, a, 2) as i64;
    let (sub, repl) = (arg(vm, a, 3) != 0, arg(vm, a, 4) != 0);
    let n = if n < 0 { usize::MAX } else { n as usize };
    let hay = Hay::new(&s);
    let t: &[u8] = &hay.t;
    let end = t.len();
    let mut locs = re.re.capture_locations();
    let mut out = Vec::new();
    if repl {
        let (mut last_end, mut pos) = (0, 0);
        while pos <= end {
            let Some(m) = exec(&re.re, t, pos, &mut locs, sub) else { break };
            if m.1 > last_end || m.0 == 0 {
                push_match(&hay, &locs, m, sub, &mut out);
            }
            last_end = m.1;
            let w = width_at(t, pos);
            if pos + w > m.1 {
                pos += w;
            } else if pos + 1 > m.1 {
                pos += 1;
            } else {
                pos = m.1;
            }
        }
    } else {
        let (mut pos, mut count, mut prev_end) = (0, 0, None);
        while count < n && pos <= end {
            let Some(m) = exec(&re.re, t, pos, &mut locs, sub) else { break };
            let mut accept = true;
            if m.1 == pos {
                if prev_end == Some(m.0) {
                    accept = false;
                }
                let w = width_at(t, pos);
                pos = if w == 0 { end + 1 } else { pos + w };
            } else {
                pos = m.1;
            }
            prev_end = Some(m.1);
            if accept {
                push_match(&hay, &locs, m, sub, &mut out);
                count += 1;
            }
        }
    }
    ret_ints(vm, a, &out)
}
