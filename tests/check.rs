//! The type checker against real Go: each `tests/check/NAME.go` must give exactly the first error
//! line Go gives (recorded in `NAME.want` by `tests/check/regen.sh` from the Go toolchain), or no
//! error when Go builds it. Every error class the checker reports has a program here.

use corgi::driver::check_sources;
use std::path::Path;

fn first_line(name: &str, text: String) -> String {
    let outcome = check_sources(vec![(name.to_string(), text)]);
    match outcome.diagnostics.first() {
        Some(d) => {
            let first = d.message.lines().next().unwrap_or("");
            format!("{}: {first}", outcome.sources.location(d.pos))
        }
        None => String::new(),
    }
}

#[test]
fn first_error_matches_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "go")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read_to_string(path.with_extension("want")).unwrap_or_default();
        let got = first_line(&name, std::fs::read_to_string(path).unwrap());
        count += 1;
        if got != want.trim_end() {
            failures.push(format!("{name}\n   want: {want}\n    got: {got}"));
        }
    }
    assert!(count > 50, "expected the test programs in {dir:?}");
    assert!(failures.is_empty(), "{} of {count} differ from Go:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn errors_are_sorted_and_capped_at_ten() {
    let mut body = String::from("package main\n\nfunc main() {\n");
    for i in 0..15 {
        body.push_str(&format!("\tv{i} := {i}\n"));
    }
    body.push_str("}\n");
    let outcome = check_sources(vec![("many.go".into(), body)]);
    assert_eq!(outcome.diagnostics.len(), 15);
    let mut out = Vec::new();
    corgi::diag::render::write_all(&mut out, &outcome.sources, &outcome.diagnostics, corgi::diag::render::Style::Short)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 11);
    assert_eq!(lines[0], "many.go:4:2: declared and not used: v0");
    assert_eq!(lines[9], "many.go:13:2: declared and not used: v9");
    assert_eq!(lines[10], "too many errors");
}

#[test]
fn escaping_locals_are_marked() {
    let src = "package main\n\nfunc main() {\n\ta := 1\n\tb := 2\n\tc := 3\n\tp := &a\n\tf := func() int { return b }\n\t_, _, _ = p, f, c\n}\n";
    let outcome = check_sources(vec![("esc.go".into(), src.into())]);
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    let info = outcome.info.expect("checked");
    let names: Vec<&str> = info.escaping_locals().iter().map(|s| outcome.ast.name(*s)).collect();
    assert_eq!(names, ["a", "b"]);
}

#[test]
fn one_package_per_check() {
    let outcome = check_sources(vec![
        ("a.go".into(), "package main\n\nfunc main() {}\n".into()),
        ("b.go".into(), "package foo\n".into()),
    ]);
    assert_eq!(outcome.package_errors.len(), 1);
    assert!(outcome.package_errors[0].starts_with("found packages main (a.go) and foo (b.go) in "));
    // A library package needs no main function.
    let outcome = check_sources(vec![("lib.go".into(), "package lib\n\nfunc F() int { return 1 }\n".into())]);
    assert!(outcome.diagnostics.is_empty() && outcome.package_errors.is_empty());
    let outcome = check_sources(vec![("m.go".into(), "package main\n\nfunc helper() {}\n".into())]);
    assert_eq!(outcome.diagnostics[0].message, "function main is undeclared in the main package");
}

#[test]
fn package_variables_initialize_in_dependency_order() {
    let src = "package main\n\nvar a = f()\n\nfunc f() int { return b + 1 }\n\nvar b = g()\n\nfunc g() int { return 2 }\n\nvar c = 3\n\nvar d = c + a\n\nfunc main() {}\n";
    let outcome = check_sources(vec![("init.go".into(), src.into())]);
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    let info = outcome.info.expect("checked");
    let ast = &outcome.ast;
    let names: Vec<&str> = info.init_order.iter().map(|&o| ast.name(info.object_name(o))).collect();
    // b before a (a calls f, which reads b); c and d in declaration order after.
    assert_eq!(names, ["b", "a", "c", "d"]);
}
