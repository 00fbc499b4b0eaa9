//! `corgi test` on every package folder in tests/testpkgs/: stdout must equal the folder's
//! expected.out and the exit status its expected.exit, both recorded from real `go test` by
//! tests/testpkgs/record.sh with the flags in the folder's `flags` file. Only timings may differ:
//! `(0.01s)` and the `\t0.012s` after a package are replaced by `T` on both sides.

use regex::Regex;
use std::path::Path;
use std::process::Command;

fn normalise(text: &str) -> String {
    let elapsed = Regex::new(r"\(\d+\.\d+s\)").unwrap();
    let package_time = Regex::new(r"(?m)\t\d+\.\d+s$").unwrap();
    let text = elapsed.replace_all(text, "(T)");
    package_time.replace_all(&text, "\tT").into_owned()
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
        } else if code != want_exit {
            failures.push(format!("{name}: exit {code}, want {want_exit}\n{stderr}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), dirs.len(), failures.join("\n"));
}
