//! `corgi test` on every package folder in tests/testpkgs/: stdout must equal the folder's
//! expected.out and the exit status its expected.exit, both recorded from real `go test` by
//! tests/testpkgs/record.sh with the flags in the folder's `flags` file. Only timings may differ:
//! elapsed times, benchmark measurements and goroutine traces are normalised on both sides (see
//! `normalise`). Go's build errors in expected.err must appear in corgi's stderr.

use regex::Regex;
use std::path::Path;
use std::process::Command;

fn normalise(text: &str) -> String {
    let rules = [
        // Elapsed times: `(0.01s)`, a package's `\t0.012s`, a timed-out test's `TestX (1s)`.
        (r"\(\d+\.\d+s\)", "(T)"),
        (r"(?m)\t\d+\.\d+s( \[no tests to run\])?$", "\tT$1"),
        (r"(?m)^(\t\tTest\S*) \([^)]*\)$", "$1 (T)"),
        // Benchmark results: the name and iteration count must match, the measurements cannot.
        (r"(?m)^(Benchmark\S*) *\t *(\d+)\t *[\d.]+ ns/op", "$1 $2 T ns/op"),
        (r"\t *\d+ B/op\t *\d+ allocs/op", " N B/op N allocs/op"),
        (r"(?m)^cpu: .*$", "cpu: CPU"),
    ];
    let mut text = without_traces(text);
    for (pattern, with) in rules {
        text = Regex::new(pattern).unwrap().replace_all(&text, with).into_owned();
    }
    text
}

/// Goroutine traces (addresses, the frames of go's own testing package) become one `<trace>` line:
/// only their presence counts.
fn without_traces(text: &str) -> String {
    let header = Regex::new(r"^goroutine \d+ \[.*\]:$").unwrap();
    let mut out = String::new();
    let mut in_trace = false;
    for line in text.lines() {
        if header.is_match(line) {
            if !in_trace {
                out.push_str("<trace>\n");
            }
            in_trace = true;
            continue;
        }
        let frame = line.is_empty()
            || line.starts_with('\t')
            || line.starts_with("created by ")
            || line.starts_with("...")
            || (line.contains('(') && line.ends_with(')'));
        if in_trace && frame {
            continue;
        }
        in_trace = false;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Go's build errors (expected.err) that corgi's stderr must also give: each `# package` header,
/// and each `file:line:col: message` (compared from the file's base name on, since go prints
/// `./x.go`, `x.go` or a full path depending on the error).
fn missing_errors(want: &str, got: &str) -> Vec<String> {
    let position = Regex::new(r"^(?:.*/)?([^/]+\.go:\d+:\d+: .*)$").unwrap();
    let mut missing = Vec::new();
    for line in want.lines() {
        let needed = if line.starts_with("# ") {
            line.trim_end_matches(" [test.test]").to_string()
        } else if let Some(c) = position.captures(line) {
            c[1].to_string()
        } else {
            continue;
        };
        if !got.lines().any(|g| g.ends_with(&needed) || g.starts_with(&needed)) {
            missing.push(needed);
        }
    }
    missing
}

#[test]
fn packages_test_as_go_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testpkgs");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/testpkgs")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("expected.out").exists())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let flags = std::fs::read_to_string(dir.join("flags")).unwrap_or_default();
        let want_out = normalise(&std::fs::read_to_string(dir.join("expected.out")).unwrap());
        if std::env::var("CASE").is_ok_and(|c| c != name) {
            continue;
        }
        // A case whose stderr corgi words differently from go says why in `stderr_differs`.
        let want_err = match dir.join("stderr_differs").exists() {
            true => String::new(),
            false => std::fs::read_to_string(dir.join("expected.err")).unwrap_or_default(),
        };
        let want_exit: i32 = std::fs::read_to_string(dir.join("expected.exit")).unwrap().trim().parse().unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_corgi"));
        cmd.arg("test").args(flags.split_whitespace());
        if !flags.contains("./") {
            cmd.arg(".");
        }
        let out = cmd.current_dir(dir).output().expect("run corgi");
        let got_out = normalise(&String::from_utf8_lossy(&out.stdout));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().unwrap_or(-1);
        if got_out != want_out {
            failures
                .push(format!("{name}: stdout differs\n--- want\n{want_out}--- got\n{got_out}--- stderr\n{stderr}"));
        } else if !missing_errors(&want_err, &stderr).is_empty() {
            let missing = missing_errors(&want_err, &stderr).join("\n");
            failures.push(format!("{name}: stderr lacks go's\n{missing}\n--- got\n{stderr}"));
        } else if code != want_exit {
            failures.push(format!("{name}: exit {code}, want {want_exit}\n{stderr}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), dirs.len(), failures.join("\n"));
}

/// examples/shop, a module of five packages importing each other: `corgi run .` prints what
/// `go run .` printed (tests/modules/shop_run.out), and `corgi test ./...` what `go test ./...`
/// printed (tests/modules/shop_test.out), timings aside. (Not -v: its cart tests run in parallel,
/// and the order parallel tests continue in is the scheduler's, in Go too.)
#[test]
fn example_module_runs_and_tests_as_go() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shop = root.join("examples/shop");
    let run = Command::new(env!("CARGO_BIN_EXE_corgi")).args(["run", "."]).current_dir(&shop).output().unwrap();
    let want = std::fs::read_to_string(root.join("tests/modules/shop_run.out")).unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stdout), want, "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(run.status.code(), Some(0));
    let test = Command::new(env!("CARGO_BIN_EXE_corgi")).args(["test", "./..."]).current_dir(&shop).output().unwrap();
    let want = std::fs::read_to_string(root.join("tests/modules/shop_test.out")).unwrap();
    assert_eq!(normalise(&String::from_utf8_lossy(&test.stdout)), normalise(&want));
    assert_eq!(test.status.code(), Some(0));
}

/// What corgi does not support is named: a fuzz target fails its package's setup with a
/// positioned message, and the other tests are not run as if all were well.
#[test]
fn fuzz_targets_are_named_unsupported() {
    let dir = std::env::temp_dir().join(format!("corgi-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("go.mod"), "module fz\n\ngo 1.22\n").unwrap();
    std::fs::write(
        dir.join("f_test.go"),
        "package f\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {}\n\nfunc FuzzParse(f *testing.F) {\n\tf.Fuzz(func(t *testing.T, s string) {})\n}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_corgi")).args(["test", "."]).current_dir(&dir).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "FAIL\tfz [setup failed]\nFAIL\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("f_test.go:7:1: fuzz target FuzzParse: corgi does not support fuzzing"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
}
