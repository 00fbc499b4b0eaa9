//! The `corgi` command line: Go's exact messages for the errors users hit first, clean exits on hostile
//! input (empty, missing, binary, huge, deeply nested), and a mutation test that feeds broken variants
//! of every example and test program to the front end in-process.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_corgi");

fn corgi(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN).args(args).current_dir(dir).env("NO_COLOR", "1").output().expect("corgi runs")
}

fn programs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `corgi check FILE` in `tests/programs`: (exit code, stdout, stderr).
fn check_program(file: &str) -> (i32, String, String) {
    let out = corgi(&["check", file], &programs());
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// Asserts a clean failure: exit 1 or 2, a message, no panic.
fn assert_clean_failure(out: &Output, what: &str) -> String {
    let err = text(&out.stderr);
    let code = out.status.code();
    assert!(matches!(code, Some(1 | 2)), "{what}: exit {code:?}, stderr: {}", head(&err));
    assert!(!err.contains("panicked at"), "{what}: panicked: {}", head(&err));
    assert!(!err.trim().is_empty(), "{what}: no message");
    err
}

fn head(s: &str) -> &str {
    let mut end = s.len().min(2000);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[test]
fn clean_program_prints_nothing() {
    let (code, out, err) = check_program("clean.go");
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}

#[test]
fn first_errors_are_gos_lines() {
    let cases = [
        ("undefined.go", "undefined.go:8:14: undefined: cuont\n"),
        ("unused_var.go", "unused_var.go:5:2: declared and not used: x\n"),
        ("unused_import.go", "unused_import.go:6:2: \"os\" imported and not used\n"),
        (
            "syntax.go",
            "syntax.go:7:18: syntax error: unexpected newline in argument list; possibly missing comma or )\n",
        ),
        ("mismatch.go", "mismatch.go:7:10: not enough arguments in call to add\n\thave (number)\n\twant (int, int)\n"),
    ];
    for (file, want) in cases {
        let (code, out, err) = check_program(file);
        assert_eq!(code, 1, "{file}");
        assert_eq!(out, "", "{file}");
        assert_eq!(err, want, "{file}");
    }
}

#[test]
fn short_format_and_forced_snippets() {
    let (_, _, plain) = check_program("mismatch.go");
    let out = corgi(&["check", "--error-format=short", "mismatch.go"], &programs());
    assert_eq!(text(&out.stderr), plain);
    // A snippet, forced: Go's line (continuation lines included) first and unchanged, then the source.
    let out = corgi(&["check", "--color=always", "mismatch.go"], &programs());
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.starts_with(&plain), "{err}");
    assert!(err.contains("_ = add("), "{err}");
    assert!(err.contains('^'), "{err}");
    assert!(!err.contains("error"), "codespan's header leaked: {err}");
}

#[test]
fn empty_file() {
    let dir = scratch("empty");
    std::fs::write(dir.join("x.go"), "").unwrap();
    let out = corgi(&["check", "x.go"], &dir);
    let err = assert_clean_failure(&out, "empty file");
    assert_eq!(err, "x.go:1:1: expected 'package', found 'EOF'\n");
}

#[test]
fn missing_file_and_empty_directory() {
    let dir = scratch("missing");
    let out = corgi(&["check", "nope.go"], &dir);
    let err = assert_clean_failure(&out, "missing file");
    assert!(err.contains("nope.go") && err.contains("no such file"), "{err}");
    std::fs::create_dir_all(dir.join("nothing")).unwrap();
    let out = corgi(&["check", "nothing"], &dir);
    let err = assert_clean_failure(&out, "empty directory");
    assert!(err.contains("no Go files"), "{err}");
}

#[test]
fn binary_junk_and_invalid_utf8() {
    let dir = scratch("junk");
    // Deterministic junk: every byte value, scrambled.
    let mut junk = Vec::new();
    let mut x: u32 = 0x1234_5678;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        junk.push(x as u8);
    }
    std::fs::write(dir.join("junk.go"), &junk).unwrap();
    assert_clean_failure(&corgi(&["check", "junk.go"], &dir), "binary junk");
    std::fs::write(dir.join("bad.go"), b"package main\n\nfunc main() {\n\ts := \"\xff\xfe\"\n\t_ = s\n}\n").unwrap();
    let err = assert_clean_failure(&corgi(&["check", "bad.go"], &dir), "invalid UTF-8");
    assert!(err.starts_with("bad.go:4:8: invalid UTF-8 encoding"), "{err}");
}

#[test]
fn huge_and_deep_inputs_fail_cleanly() {
    let dir = scratch("huge");
    let n = 100_000;
    let cases: Vec<(&str, String)> = vec![
        ("longline.go", format!("package main\nvar s = \"{}\" +", "a".repeat(10 << 20))),
        ("parens.go", format!("package main\nvar x = {}1{}\nfunc main() {{}}\n", "(".repeat(n), ")".repeat(n))),
        ("chain.go", format!("package main\nvar x = 1{}\nfunc main() {{ y }}\n", "+1".repeat(n))),
        ("blocks.go", format!("package main\nfunc main() {{\n{}undefinedName\n{}}}\n", "{".repeat(n), "}".repeat(n))),
    ];
    for (name, src) in &cases {
        std::fs::write(dir.join(name), src).unwrap();
        let out = corgi(&["check", name], &dir);
        let err = assert_clean_failure(&out, name);
        assert!(err.starts_with(&format!("{name}:")), "{name}: {}", head(&err));
    }
}

#[test]
fn help_and_version() {
    let dir = programs();
    let out = corgi(&["--help"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("check"));
    let out = corgi(&["--version"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), format!("corgi {}\n", env!("CARGO_PKG_VERSION")));
    let out = corgi(&["check"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(!text(&out.stderr).contains("panicked at"));
}

/// Tokens to splice into programs.
const INSERTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":=",
    "=",
    "\"",
    "`",
    "'",
    "/*",
    "//",
    "\n",
    "func",
    "go",
    "chan",
    "<-",
    "...",
    "type T",
    "interface{",
    "struct{",
    "[]",
    "map[",
    "0x",
    "1e",
    "x",
    "_",
    "package p",
    "import \"fmt\"",
    "return",
    "case",
    "default:",
    "*",
    "&",
    "~",
    "[T any]",
    "range",
    "else",
    "\u{feff}",
    "é",
    "\\",
];

/// Deterministic broken variants of `src`: truncations, insertions, dropped lines.
fn variants(src: &str) -> Vec<String> {
    let boundaries: Vec<usize> = (0..=src.len()).filter(|&i| src.is_char_boundary(i)).collect();
    let pick = |count: usize, salt: usize| -> Vec<usize> {
        (0..count).map(|k| boundaries[(k * 7919 + salt * 104_729) % boundaries.len()]).collect()
    };
    let mut out = Vec::new();
    // Truncated at evenly spread points.
    let steps = 40.min(boundaries.len());
    for k in 0..steps {
        out.push(src[..boundaries[k * (boundaries.len() - 1) / steps.max(1)]].to_string());
    }
    // Each token inserted at a few places.
    for (t, tok) in INSERTS.iter().enumerate() {
        for at in pick(4, t) {
            out.push(format!("{}{tok}{}", &src[..at], &src[at..]));
        }
    }
    // Each line dropped (up to 40 lines), and each line duplicated (up to 10).
    let lines: Vec<&str> = src.lines().collect();
    for i in 0..lines.len().min(40) {
        let mut v = lines.clone();
        v.remove(i);
        out.push(v.join("\n"));
    }
    for i in (0..lines.len()).step_by((lines.len() / 10).max(1)) {
        let mut v = lines.clone();
        v.insert(i, lines[i]);
        out.push(v.join("\n"));
    }
    out
}

#[test]
fn mutants_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["examples", "tests/programs"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
            .collect();
        names.sort();
        files.extend(names);
    }
    assert!(files.len() >= 10, "examples and test programs present");
    // The front end runs on a big stack in the CLI; give the test the same.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut total = 0;
            let mut crashes = Vec::new();
            for path in &files {
                let src = std::fs::read_to_string(path).unwrap();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                for (i, v) in variants(&src).into_iter().enumerate() {
                    total += 1;
                    let (n, text) = (name.clone(), v.clone());
                    let run = std::panic::catch_unwind(move || corgi::driver::check_sources(vec![(n, text)]));
                    if run.is_err() {
                        crashes.push(format!("{name} variant {i}:\n{v}"));
                    }
                }
            }
            (total, crashes)
        })
        .unwrap();
    let (total, crashes) = handle.join().unwrap();
    assert!(total > 1000, "{total} variants");
    assert!(crashes.is_empty(), "{} of {total} variants panicked; first:\n{}", crashes.len(), crashes[0]);
}
