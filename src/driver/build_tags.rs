//! `//go:build` constraints: which files of a directory belong to the build, for corgi's target
//! (linux/amd64, the gc toolchain, every go1.N release tag). Files named `_os`/`_arch` suffixes are
//! filtered the same way, as `go build` does.

/// Whether a file with this name and source is part of the build.
pub fn included(name: &str, text: &str) -> bool {
    name_matches(name) && constraint(text).is_none_or(|expr| eval(&expr))
}

const OSES: [&str; 17] = [
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
];
const ARCHES: [&str; 18] = [
    "386",
    "amd64",
    "arm",
    "arm64",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "ppc64",
    "ppc64le",
    "riscv64",
    "s390x",
    "sparc64",
    "wasm",
    "amd64p32",
    "mips64p32",
    "ppc",
];

fn tag(t: &str) -> bool {
    match t {
        "linux" | "amd64" | "unix" | "gc" | "goexperiment.aliastypeparams" => true,
        t if t.starts_with("go1.") => t[4..].parse::<u32>().is_ok_and(|minor| minor <= 27),
        _ => false,
    }
}

fn name_matches(name: &str) -> bool {
    let stem = name.rsplit('/').next().unwrap_or(name).trim_end_matches(".go").trim_end_matches("_test");
    let parts: Vec<&str> = stem.split('_').collect();
    let n = parts.len();
    let known_os = |s: &str| OSES.contains(&s);
    let known_arch = |s: &str| ARCHES.contains(&s);
    if n >= 3 && known_os(parts[n - 2]) && known_arch(parts[n - 1]) {
        return tag(parts[n - 2]) && tag(parts[n - 1]);
    }
    if n >= 2 && (known_os(parts[n - 1]) || known_arch(parts[n - 1])) {
        return tag(parts[n - 1]);
    }
    true
}

/// The `//go:build` expression before the package clause, if any.
fn constraint(text: &str) -> Option<String> {
    for line in text.lines() {
        let l = line.trim();
        if let Some(expr) = l.strip_prefix("//go:build") {
            return Some(expr.trim().to_string());
        }
        if l.starts_with("package") {
            return None;
        }
    }
    None
}

/// Evaluates `a && (b || !c)`; a malformed expression includes the file (the parser will judge it).
fn eval(expr: &str) -> bool {
    let tokens = tokenize(expr);
    let mut pos = 0;
    let v = or(&tokens, &mut pos, 0);
    if pos != tokens.len() { true } else { v.unwrap_or(true) }
}

fn tokenize(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' | ')' | '!' => {
                flush(&mut cur, &mut out);
                out.push(c.to_string());
            }
            '&' | '|' if chars.peek() == Some(&c) => {
                chars.next();
                flush(&mut cur, &mut out);
                out.push(format!("{c}{c}"));
            }
            c if c.is_whitespace() => flush(&mut cur, &mut out),
            c => cur.push(c),
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    if !cur.is_empty() {
        out.push(std::mem::take(cur));
    }
}

const MAX_DEPTH: u32 = 100;

fn or(t: &[String], pos: &mut usize, depth: u32) -> Option<bool> {
    let mut v = and(t, pos, depth)?;
    while t.get(*pos).is_some_and(|x| x == "||") {
        *pos += 1;
        v |= and(t, pos, depth)?;
    }
    Some(v)
}

fn and(t: &[String], pos: &mut usize, depth: u32) -> Option<bool> {
    let mut v = unary(t, pos, depth)?;
    while t.get(*pos).is_some_and(|x| x == "&&") {
        *pos += 1;
        v &= unary(t, pos, depth)?;
    }
    Some(v)
}

fn unary(t: &[String], pos: &mut usize, depth: u32) -> Option<bool> {
    if depth > MAX_DEPTH {
        return None;
    }
    let tok = t.get(*pos)?;
    *pos += 1;
    match tok.as_str() {
        "!" => unary(t, pos, depth + 1).map(|v| !v),
        "(" => {
            let v = or(t, pos, depth + 1)?;
            (t.get(*pos)? == ")").then(|| {
                *pos += 1;
                v
            })
        }
        ")" | "&&" | "||" => None,
        name => Some(tag(name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints_for_linux_amd64() {
        assert!(included("a.go", "//go:build linux && amd64\n\npackage a\n"));
        assert!(!included("a.go", "//go:build ignore\n\npackage main\n"));
        assert!(!included("a.go", "//go:build windows || (darwin && !cgo)\npackage a\n"));
        assert!(included("a.go", "//go:build !windows && go1.21\npackage a\n"));
        assert!(!included("a.go", "//go:build go1.99\npackage a\n"));
        assert!(included("a.go", "// just a comment\npackage a\n//go:build ignore\n"));
        assert!(included("a.go", "//go:build (((\npackage a\n"), "malformed: left to the parser");
    }

    #[test]
    fn file_name_suffixes() {
        assert!(included("x_linux.go", "package a"));
        assert!(!included("x_windows.go", "package a"));
        assert!(!included("x_linux_arm64.go", "package a"));
        assert!(included("x_linux_amd64.go", "package a"));
        assert!(included("my_file.go", "package a"));
    }
}
