//! Natives of package os: the environment and process facts (os.Exit and *File methods live in
//! text.rs).
//!
//! The environment is a copy of the process's, taken at first use and changed only here, the way
//! Go's syscall package keeps its own copy: Go code sees its Setenv/Unsetenv at once, and the
//! interpreter never calls the (unsafe, thread-unsafe) `std::env::set_var`.

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::sync::{Mutex, MutexGuard};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("os.Getenv", getenv));
    t.push(("os.LookupEnv", lookup_env));
    t.push(("os.Setenv", setenv));
    t.push(("os.Unsetenv", unsetenv));
    t.push(("os.Clearenv", |_, _| {
        env().clear();
        Ok(())
    }));
    t.push(("os.Environ", environ));
    t.push(("os.ExpandEnv", expand_env));
    t.push(("os.Expand", expand));
    t.push(("os.Getpid", |vm, a| {
        ret(vm, a, 0, std::process::id() as u64);
        Ok(())
    }));
    t.push(("os.Getppid", |vm, a| {
        ret(vm, a, 0, std::os::unix::process::parent_id() as u64);
        Ok(())
    }));
    t.push(("os.Getuid", |vm, a| {
        ret(vm, a, 0, uid() as u64);
        Ok(())
    }));
    t.push(("os.Hostname", hostname));
    t.push(("os.Getwd", getwd));
    t.push(("os.TempDir", |vm, a| {
        let d = lookup(b"TMPDIR").filter(|d| !d.is_empty()).unwrap_or_else(|| b"/tmp".to_vec());
        ret_str(vm, a, 0, &d)
    }));
    t.push(("os.UserHomeDir", |vm, a| match lookup(b"HOME").filter(|h| !h.is_empty()) {
        Some(h) => {
            ret_str(vm, a, 0, &h)?;
            ret(vm, a, 1, 0);
            Ok(())
        }
        None => {
            let e = vm.plain_error("$HOME is not defined")?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, e);
            Ok(())
        }
    }));
}

// ---- the environment ----

/// (key, value) pairs in the order Go's Environ reports them.
type Vars = Vec<(Vec<u8>, Vec<u8>)>;

static ENV: Mutex<Option<Vars>> = Mutex::new(None);

fn env() -> EnvGuard {
    let mut g = ENV.lock().unwrap_or_else(|e| e.into_inner());
    if g.is_none() {
        let mut v: Vars = Vec::new();
        for (k, val) in std::env::vars_os() {
            let k = k.into_vec();
            // Go keeps the first of duplicate keys.
            if !v.iter().any(|(x, _)| *x == k) {
                v.push((k, val.into_vec()));
            }
        }
        *g = Some(v);
    }
    EnvGuard(g)
}

struct EnvGuard(MutexGuard<'static, Option<Vars>>);

impl EnvGuard {
    fn vars(&mut self) -> &mut Vars {
        self.0.get_or_insert_with(Vec::new)
    }
    fn clear(&mut self) {
        self.vars().clear();
    }
}

fn lookup(key: &[u8]) -> Option<Vec<u8>> {
    env().vars().iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

fn getenv(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let v = lookup(&arg_str(vm, a, 0)).unwrap_or_default();
    ret_str(vm, a, 0, &v)
}

fn lookup_env(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let v = lookup(&arg_str(vm, a, 0));
    ret_str(vm, a, 0, v.as_deref().unwrap_or_default())?;
    ret(vm, a, 1, v.is_some() as u64);
    Ok(())
}

fn setenv(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (k, v) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    if k.is_empty() || k.iter().any(|&c| c == b'=' || c == 0) || v.contains(&0) {
        let e = vm.plain_error("setenv: invalid argument")?;
        ret(vm, a, 0, e);
        return Ok(());
    }
    let mut g = env();
    let vars = g.vars();
    match vars.iter_mut().find(|(x, _)| *x == k) {
        Some(slot) => slot.1 = v,
        None => vars.push((k, v)),
    }
    ret(vm, a, 0, 0);
    Ok(())
}

fn unsetenv(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let k = arg_str(vm, a, 0);
    env().vars().retain(|(x, _)| *x != k);
    ret(vm, a, 0, 0);
    Ok(())
}

fn environ(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let pairs: Vec<Vec<u8>> = env().vars().iter().map(|(k, v)| [&k[..], b"=", &v[..]].concat()).collect();
    let mut words = Vec::with_capacity(pairs.len());
    for p in &pairs {
        words.push(vm.new_str(p)?);
    }
    let s = vm.new_word_slice(&words)?;
    ret(vm, a, 0, s);
    Ok(())
}

// ---- Expand ----

fn is_shell_special(c: u8) -> bool {
    matches!(c, b'*' | b'#' | b'$' | b'@' | b'!' | b'?' | b'-' | b'0'..=b'9')
}

/// Go's getShellName: the variable name after a '$' and the bytes it spans.
fn shell_name(s: &[u8]) -> (&[u8], usize) {
    if s[0] == b'{' {
        if s.len() > 2 && is_shell_special(s[1]) && s[2] == b'}' {
            return (&s[1..2], 3);
        }
        for i in 1..s.len() {
            if s[i] == b'}' {
                if i == 1 {
                    return (b"", 2);
                }
                return (&s[1..i], i + 1);
            }
        }
        return (b"", 1);
    }
    if is_shell_special(s[0]) {
        return (&s[..1], 1);
    }
    let i = s.iter().position(|&c| !(c == b'_' || c.is_ascii_alphanumeric())).unwrap_or(s.len());
    (&s[..i], i)
}

/// os.Expand with `mapping`; None when s has no '$' to replace (Go returns s itself).
fn expand_with(s: &[u8], mut mapping: impl FnMut(&[u8]) -> Result<Vec<u8>, Trap>) -> Result<Option<Vec<u8>>, Trap> {
    let mut buf: Option<Vec<u8>> = None;
    let (mut i, mut j) = (0, 0);
    while j < s.len() {
        if s[j] == b'$' && j + 1 < s.len() {
            let b = buf.get_or_insert_with(Vec::new);
            b.extend_from_slice(&s[i..j]);
            let (name, w) = shell_name(&s[j + 1..]);
            if name.is_empty() && w > 0 {
                // Invalid syntax: the characters are eaten.
            } else if name.is_empty() {
                b.push(b'$');
            } else {
                let v = mapping(name)?;
                buf.get_or_insert_with(Vec::new).extend_from_slice(&v);
            }
            j += w;
            i = j + 1;
        }
        j += 1;
    }
    Ok(buf.map(|mut b| {
        b.extend_from_slice(&s[i.min(s.len())..]);
        b
    }))
}

fn expand_env(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    if let Some(out) = expand_with(&s, |k| Ok(lookup(k).unwrap_or_default()))? {
        ret_str(vm, a, 0, &out)?;
    }
    Ok(())
}

fn expand(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let f = arg(vm, a, 1);
    let out = expand_with(&s, |k| {
        let kw = vm.new_str(k)?;
        let r = vm.call_value(f, &[kw], 1)?[0];
        Ok(vm.str_bytes(r))
    })?;
    if let Some(out) = out {
        ret_str(vm, a, 0, &out)?;
    }
    Ok(())
}

// ---- process facts ----

/// The real user id, from /proc/self/status.
fn uid() -> i64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|u| u.parse().ok())
        .unwrap_or(-1)
}

fn hostname(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    match std::fs::read("/proc/sys/kernel/hostname") {
        Ok(mut h) => {
            while h.last() == Some(&b'\n') {
                h.pop();
            }
            ret_str(vm, a, 0, &h)?;
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            let err = vm.plain_error(&format!("open /proc/sys/kernel/hostname: {e}"))?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, err);
        }
    }
    Ok(())
}

/// os.Getwd: $PWD when it names the current directory (as Go prefers), else the real path.
fn getwd(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    use std::os::unix::fs::MetadataExt;
    let dot = std::fs::metadata(".");
    if let (Some(pwd), Ok(dot)) = (lookup(b"PWD"), &dot)
        && pwd.first() == Some(&b'/')
        && let Ok(m) = std::fs::metadata(std::ffi::OsStr::from_bytes(&pwd))
        && m.dev() == dot.dev()
        && m.ino() == dot.ino()
    {
        ret_str(vm, a, 0, &pwd)?;
        ret(vm, a, 1, 0);
        return Ok(());
    }
    match std::env::current_dir() {
        Ok(d) => {
            ret_str(vm, a, 0, d.as_os_str().as_bytes())?;
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            let err = vm.plain_error(&format!("getwd: {e}"))?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, err);
        }
    }
    Ok(())
}
