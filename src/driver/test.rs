//! `corgi test`: go test's command line and output.
//!
//! As go test builds one test binary per package, corgi runs one child process per package
//! (`corgi test-binary DIR FLAGS…`, hidden): the child finds the package's tests, generates a
//! test main that calls the testing package (src/stdlib/testing.go), checks, compiles and runs
//! it, with its stderr joined to its stdout as go test joins a test binary's. The parent prints
//! what go test prints for each package: the output when it failed or with -v, then the
//! `ok`/`FAIL` line with the time it took. A child also isolates what ends a program: os.Exit,
//! a deadlock, a panic in a test's goroutine, the -timeout alarm.

use super::module::{self, Module};
use super::{LoadError, Output};
use crate::check::Lookup;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The child's exit status for a package that failed to build (its errors are on stderr).
const BUILD_FAILED: i32 = 201;
/// The child's exit status for a package whose tests have the wrong shape (`[setup failed]`).
const SETUP_FAILED: i32 = 202;

/// go test's flags that corgi accepts, and those it passes to the test binary as `-test.NAME`.
const BINARY_FLAGS: &[(&str, bool)] = &[
    ("v", false),
    ("run", true),
    ("skip", true),
    ("count", true),
    ("failfast", false),
    ("short", false),
    ("timeout", true),
    ("list", true),
    ("shuffle", true),
    ("parallel", true),
    ("cpu", true),
    ("bench", true),
    ("benchtime", true),
    ("benchmem", false),
    ("fullpath", false),
];

/// Flags that change nothing for corgi but that scripts pass.
const IGNORED_FLAGS: &[(&str, bool)] = &[("vet", true), ("p", true), ("mod", true), ("trimpath", false)];

struct Options {
    /// `-test.NAME=VALUE` arguments for the child.
    binary_args: Vec<String>,
    verbose: bool,
    /// -bench or -list: a passing package's output is shown too.
    show_output: bool,
    /// go test's stream mode (no package arguments, or -bench): the child's output goes straight
    /// to stdout, so a failing package's exit status is printed to explain it.
    stream: bool,
    race: bool,
    has_timeout: bool,
    packages: Vec<String>,
}

fn parse_flags(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        binary_args: Vec::new(),
        verbose: false,
        show_output: false,
        stream: false,
        race: false,
        has_timeout: false,
        packages: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if !a.starts_with('-') || a == "-" {
            o.packages.push(a.clone());
            continue;
        }
        if a == "--" {
            o.packages.extend(args[i..].iter().cloned());
            break;
        }
        let body = a.trim_start_matches('-');
        let body = body.strip_prefix("test.").unwrap_or(body);
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        if name == "race" {
            o.race = inline.as_deref() != Some("false");
            continue;
        }
        if name == "fuzz" {
            return Err("corgi: fuzzing (-fuzz) is not supported".into());
        }
        let known = BINARY_FLAGS.iter().chain(IGNORED_FLAGS).find(|(n, _)| *n == name);
        let Some(&(_, takes_value)) = known else {
            return Err(format!("flag provided but not defined: -{name}"));
        };
        let value = if takes_value {
            match inline {
                Some(v) => v,
                None if i < args.len() => {
                    i += 1;
                    args[i - 1].clone()
                }
                None => return Err(format!("flag needs an argument: -{name}")),
            }
        } else {
            inline.unwrap_or_else(|| "true".into())
        };
        if IGNORED_FLAGS.iter().any(|(n, _)| *n == name) {
            continue;
        }
        if name == "shuffle" && value != "on" && value != "off" && value.parse::<i64>().is_err() {
            // go test checks this one itself, before building anything.
            let why = if value.is_empty() || value.trim_start_matches(['-', '+']).bytes().all(|b| b.is_ascii_digit()) {
                "value out of range"
            } else {
                "invalid syntax"
            };
            return Err(format!(
                "invalid value {value:?} for flag -shuffle: -shuffle argument must be \"on\", \"off\", or an int64: strconv.ParseInt: parsing {value:?}: {why}\nusage: go test [build/test flags] [packages] [build/test flags & test binary flags]\nRun 'go help test' and 'go help testflag' for details."
            ));
        }
        if name == "v" {
            o.verbose = value != "false";
        }
        if name == "timeout" {
            o.has_timeout = true;
        }
        if name == "bench" {
            o.stream = true;
        }
        if name == "bench" || name == "list" {
            o.show_output = true;
        }
        o.binary_args.push(format!("-test.{name}={value}"));
    }
    if !o.has_timeout {
        o.binary_args.push("-test.timeout=10m0s".into());
    }
    if o.packages.is_empty() {
        o.stream = true;
        o.packages.push(".".into());
    }
    Ok(o)
}

/// `corgi test [flags] [packages]`: the process exit code.
pub fn test_command(args: &[String], _out: Output) -> i32 {
    let opts = match parse_flags(args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let dirs = match package_dirs(&opts.packages) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("corgi: cannot find its own executable");
        return 2;
    };
    let mut any_failed = false;
    let stdout = std::io::stdout();
    // go test loads every package before it runs any: the packages that fail to load (a pattern
    // naming no folder, a test file that does not parse, a test of the wrong shape) come first.
    let mut runnable = Vec::new();
    for target in dirs {
        let (name, errors) = match target {
            Target::Failed { pattern, error } => (pattern, vec![error]),
            Target::Package { dir, path } => {
                let errors = setup_errors_of(&dir);
                if errors.is_empty() {
                    runnable.push(Target::Package { dir, path });
                    continue;
                }
                (path, errors)
            }
        };
        any_failed = true;
        eprintln!("# {name}\n{}", errors.join("\n"));
        let mut o = stdout.lock();
        let _ = writeln!(o, "FAIL\t{name} [setup failed]");
        let _ = o.flush();
    }
    for target in runnable {
        let Target::Package { dir, path } = target else { continue };
        let start = Instant::now();
        let mut cmd = std::process::Command::new(&exe);
        cmd.arg("test-binary").arg(&dir);
        if opts.race {
            cmd.arg("--race");
        }
        cmd.arg("--").args(&opts.binary_args);
        cmd.stdout(std::process::Stdio::piped());
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                eprintln!("corgi: cannot start the test of {path}: {e}");
                return 2;
            }
        };
        // With -v or in stream mode, the output appears as the tests print it; otherwise it is
        // shown only on failure.
        let live = opts.verbose || opts.stream;
        let mut output = Vec::new();
        if let Some(mut pipe) = child.stdout.take() {
            let mut buf = [0u8; 8192];
            loop {
                match pipe.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if live {
                            let mut o = stdout.lock();
                            let _ = o.write_all(&buf[..n]);
                            let _ = o.flush();
                        }
                        output.extend_from_slice(&buf[..n]);
                    }
                }
            }
        }
        let code = child.wait().ok().and_then(|s| s.code()).unwrap_or(2);
        let elapsed = start.elapsed().as_secs_f64();
        let mut o = stdout.lock();
        match code {
            NO_TEST_FILES => {
                let _ = writeln!(o, "?   \t{path}\t[no test files]");
            }
            BUILD_FAILED => {
                any_failed = true;
                let _ = writeln!(o, "FAIL\t{path} [build failed]");
            }
            SETUP_FAILED => {
                any_failed = true;
                let _ = writeln!(o, "FAIL\t{path} [setup failed]");
            }
            0 => {
                // Benchmark results and -list are shown for packages that pass too.
                let warning = b"testing: warning: no tests to run\n";
                // In stream mode go test keeps no copy of the output to look for the warning in.
                let none_ran = !opts.stream && find(&output, warning).is_some();
                if opts.show_output && !live {
                    if let Some(at) = find(&output, warning) {
                        output.drain(at..at + warning.len());
                    }
                    let _ = o.write_all(&output);
                }
                let note = if none_ran { " [no tests to run]" } else { "" };
                let _ = writeln!(o, "ok  \t{path}\t{elapsed:.3}s{note}");
            }
            _ => {
                any_failed = true;
                if !live {
                    let _ = o.write_all(&output);
                }
                if opts.stream || output.is_empty() {
                    let _ = writeln!(o, "exit status {code}");
                } else if !output.is_empty() && !output.ends_with(b"\n") {
                    let _ = writeln!(o);
                }
                let _ = writeln!(o, "FAIL\t{path}\t{elapsed:.3}s");
            }
        }
        let _ = o.flush();
    }
    if any_failed {
        let mut o = stdout.lock();
        let _ = writeln!(o, "FAIL");
        let _ = o.flush();
        return 1;
    }
    0
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The child's status for a folder without test files.
const NO_TEST_FILES: i32 = 203;

/// The package folders the patterns name, with their import paths.
/// A package a pattern named, or the pattern that names none (go test's `[setup failed]`).
enum Target {
    Package { dir: PathBuf, path: String },
    Failed { pattern: String, error: String },
}

fn package_dirs(patterns: &[String]) -> Result<Vec<Target>, LoadError> {
    let cwd = std::env::current_dir().map_err(|e| LoadError(format!("corgi: {e}")))?;
    let m = module::find(&cwd)?;
    let mut out = Vec::new();
    for p in patterns {
        let dirs = match module::expand(p, m.as_ref()) {
            Ok(dirs) => dirs,
            Err(e) => {
                out.push(Target::Failed { pattern: p.clone(), error: e.0 });
                continue;
            }
        };
        for dir in dirs {
            let path = import_path(m.as_ref(), &dir);
            if !out.iter().any(|t| matches!(t, Target::Package { dir: d, .. } if *d == dir)) {
                out.push(Target::Package { dir, path });
            }
        }
    }
    Ok(out)
}

fn import_path(m: Option<&Module>, dir: &Path) -> String {
    m.and_then(|m| m.import_path(dir)).unwrap_or_else(|| "command-line-arguments".into())
}

/// A test, benchmark or example function found in the test files.
struct Found {
    name: String,
    /// In the external test package (`pkg_test`).
    external: bool,
}

struct Example {
    name: String,
    external: bool,
    output: String,
    unordered: bool,
}

#[derive(Default)]
struct Discovered {
    tests: Vec<Found>,
    benchmarks: Vec<Found>,
    examples: Vec<Example>,
    /// `TestMain(m *testing.M)`, and whether it is in the external package.
    main: Option<bool>,
    /// Go's messages for test functions of the wrong shape.
    bad: Vec<String>,
    /// Fuzz targets (not supported).
    fuzz: Vec<String>,
    /// Syntax errors in the test files (go test finds them while loading: `[setup failed]`).
    syntax: Vec<String>,
}

impl Discovered {
    /// What fails the package's setup, in the order go test prints it.
    fn setup_errors(&self) -> Vec<String> {
        self.syntax.iter().chain(&self.bad).chain(&self.fuzz).cloned().collect()
    }
}

/// The setup errors of the package in `dir` (none for a folder without test files).
fn setup_errors_of(dir: &Path) -> Vec<String> {
    let Ok(pf) = module::read_dir(dir) else { return Vec::new() };
    let mut d = Discovered::default();
    discover(&pf.test, false, &mut d);
    discover(&pf.xtest, true, &mut d);
    d.setup_errors()
}

/// Whether `name` is `prefix` followed by nothing or by a character that is not a lower-case letter.
fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// Finds the tests of the given files (parsed apart from the build, only for their declarations).
fn discover(files: &[(String, String)], external: bool, found: &mut Discovered) {
    let mut ast = crate::ast::Ast::default();
    let mut sm = crate::source::SourceMap::default();
    for (name, text) in files {
        let Ok(id) = sm.add(name.clone(), text.clone()) else { continue };
        let (file, errors) = crate::parser::parse_file(&mut ast, &sm, id);
        for e in errors.iter().take(1) {
            let loc = sm.location(e.pos);
            found.syntax.push(format!("{}:{}:{}: {}", name, loc.line, loc.col, e.message));
        }
        let Some(file) = file else { continue };
        let src = &sm.file(id).text;
        let base = sm.file(id).base;
        let text_of = |span: crate::source::Span| -> String {
            let (lo, hi) = ((span.lo.0 - base) as usize, (span.hi.0 - base) as usize);
            src.get(lo..hi).unwrap_or("").split_whitespace().collect::<String>()
        };
        for &d in &file.decls {
            let crate::ast::DeclKind::Func(fd) = &ast[d].kind else { continue };
            if fd.recv.is_some() {
                continue;
            }
            let fname = ast.name(fd.name.name).to_string();
            let params: Vec<String> = fd.sig.params.iter().map(|p| text_of(ast[p.ty].span)).collect();
            let one_param = fd.sig.params.len() == 1 && fd.sig.params[0].names.len() <= 1;
            let plain = fd.sig.results.is_empty() && fd.sig.type_params.is_empty();
            let loc = sm.location(fd.span.lo);
            let at = format!("{}:{}:{}", abs_name(name), loc.line, loc.col);
            let want = |kind: &str| {
                format!("{at}: wrong signature for {fname}, must be: func {fname}({}*testing.{kind})", lower(kind))
            };
            if fname == "TestMain" {
                if one_param && plain && params[0] == "*testing.M" {
                    found.main = Some(external);
                } else {
                    found.bad.push(want("M"));
                }
            } else if is_test_name(&fname, "Test") {
                if one_param && plain && params[0] == "*testing.T" {
                    found.tests.push(Found { name: fname, external });
                } else {
                    found.bad.push(want("T"));
                }
            } else if is_test_name(&fname, "Benchmark") {
                if one_param && plain && params[0] == "*testing.B" {
                    found.benchmarks.push(Found { name: fname, external });
                } else {
                    found.bad.push(want("B"));
                }
            } else if is_test_name(&fname, "Fuzz") {
                found.fuzz.push(format!("{at}: fuzz target {fname}: corgi does not support fuzzing"));
            } else if is_test_name(&fname, "Example") {
                if !fd.sig.params.is_empty() || !plain {
                    found.bad.push(format!("{at}: {fname} should be niladic"));
                    continue;
                }
                let Some(body) = &fd.body else { continue };
                let (lo, hi) = ((body.lbrace.0 - base) as usize, (body.rbrace.0 - base) as usize);
                if let Some((output, unordered)) = example_output(src.get(lo..hi).unwrap_or("")) {
                    found.examples.push(Example { name: fname, external, output, unordered });
                }
            }
        }
    }
}

fn lower(kind: &str) -> &'static str {
    match kind {
        "M" => "m ",
        "B" => "b ",
        _ => "t ",
    }
}

fn abs_name(name: &str) -> String {
    std::fs::canonicalize(name).map(|p| p.display().to_string()).unwrap_or_else(|_| name.to_string())
}

/// The expected output of an example: the text of its last comment group when that starts with
/// `Output:` or `Unordered output:` (go/doc's rule), one leading space of each line dropped.
fn example_output(body: &str) -> Option<(String, bool)> {
    // The body's line comments, grouped by adjacency; the last group counts.
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut last_was_comment = false;
    for line in body.lines() {
        let t = line.trim();
        if let Some(c) = t.strip_prefix("//") {
            let c = c.strip_prefix(' ').unwrap_or(c).to_string();
            if last_was_comment {
                groups.last_mut()?.push(c);
            } else {
                groups.push(vec![c]);
            }
            last_was_comment = true;
        } else {
            last_was_comment = false;
            if !t.is_empty() && t != "{" {
                // Code after a comment group ends it as the candidate.
                if t != "}" {
                    groups.push(Vec::new());
                }
            }
        }
    }
    // The group's text as go/doc's CommentGroup.Text gives it: trailing spaces and outer blank
    // lines dropped, inner runs of blank lines reduced to one, a final newline.
    let mut lines: Vec<&str> = Vec::new();
    let group = groups.pop()?;
    for l in group.iter().map(|l| l.trim_end()) {
        if !(l.is_empty() && lines.last().is_none_or(|p| p.is_empty())) {
            lines.push(l);
        }
    }
    while lines.last() == Some(&"") {
        lines.pop();
    }
    let text = lines.join("\n") + "\n";
    let text = text.trim_start();
    let lower = text.to_ascii_lowercase();
    let (rest, unordered) = if let Some(r) = lower.strip_prefix("unordered output:") {
        (&text[text.len() - r.len()..], true)
    } else if let Some(r) = lower.strip_prefix("output:") {
        (&text[text.len() - r.len()..], false)
    } else {
        return None;
    };
    // go/doc: zero or more spaces, then one newline, are dropped.
    let rest = rest.trim_start_matches(' ');
    Some((rest.strip_prefix('\n').unwrap_or(rest).to_string(), unordered))
}

/// Go source for a string literal.
fn quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// The generated test main: tables of the package's tests, then testing.MainStart and m.Run
/// (or the package's TestMain).
fn test_main(path: &str, d: &Discovered, has_test: bool, has_xtest: bool) -> String {
    let mut s = String::from("package main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
    let uses_test = d.tests.iter().any(|t| !t.external)
        || d.benchmarks.iter().any(|t| !t.external)
        || d.examples.iter().any(|t| !t.external)
        || d.main == Some(false);
    let uses_xtest = d.tests.iter().any(|t| t.external)
        || d.benchmarks.iter().any(|t| t.external)
        || d.examples.iter().any(|t| t.external)
        || d.main == Some(true);
    // The package under test is imported even without tests of its own: its init runs, as in Go.
    if has_test || !has_xtest {
        s.push_str(&format!("\t{} {}\n", if uses_test { "_test" } else { "_" }, quote(path)));
    }
    if has_xtest {
        s.push_str(&format!("\t{} {}\n", if uses_xtest { "_xtest" } else { "_" }, quote(&format!("{path}_test"))));
    }
    s.push_str(")\n\n");
    let pkg = |external: bool| if external { "_xtest" } else { "_test" };
    s.push_str("var tests = []testing.InternalTest{\n");
    for t in &d.tests {
        s.push_str(&format!("\t{{{}, {}.{}}},\n", quote(&t.name), pkg(t.external), t.name));
    }
    s.push_str("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for t in &d.benchmarks {
        s.push_str(&format!("\t{{{}, {}.{}}},\n", quote(&t.name), pkg(t.external), t.name));
    }
    s.push_str("}\n\nvar examples = []testing.InternalExample{\n");
    for e in &d.examples {
        s.push_str(&format!(
            "\t{{{}, {}.{}, {}, {}}},\n",
            quote(&e.name),
            pkg(e.external),
            e.name,
            quote(&e.output),
            e.unordered
        ));
    }
    s.push_str("}\n\nfunc main() {\n");
    s.push_str(&format!("\ttesting.SetPackagePath({})\n", quote(path)));
    s.push_str("\tm := testing.MainStart(tests, benchmarks, examples)\n");
    match d.main {
        Some(ext) => {
            s.push_str(&format!("\t{}.TestMain(m)\n\tos.Exit(m.ExitCode())\n", pkg(ext)));
        }
        None => s.push_str("\tos.Exit(m.Run())\n"),
    }
    s.push_str("}\n");
    s
}

/// Whether a diagnostic is one go test reports while loading packages rather than compiling.
fn is_load_error(message: &str) -> bool {
    message.starts_with("syntax error")
        || message.contains("is not in std")
        || message.starts_with("no required module provides package")
        || message.starts_with("import cycle not allowed")
        || message.starts_with("no Go files in")
        || message.starts_with("no non-test Go files in")
}

/// `corgi test-binary DIR [-race] -- FLAGS…` (the child): builds and runs one package's tests.
/// Never returns.
pub fn test_binary(dir: &str, race: bool, flags: Vec<String>, out: Output) -> i32 {
    let dir = PathBuf::from(dir);
    let cwd = std::env::current_dir().unwrap_or_default();
    let m = match module::find(&cwd) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            return BUILD_FAILED;
        }
    };
    let path = import_path(m.as_ref(), &dir);
    let pf = match module::read_dir(&dir) {
        Ok(pf) => pf,
        Err(e) => {
            eprintln!("{e}");
            return BUILD_FAILED;
        }
    };
    if pf.test.is_empty() && pf.xtest.is_empty() {
        return NO_TEST_FILES;
    }
    let mut d = Discovered::default();
    discover(&pf.test, false, &mut d);
    discover(&pf.xtest, true, &mut d);
    let setup = d.setup_errors();
    if !setup.is_empty() {
        eprintln!("# {path}");
        for msg in setup {
            eprintln!("{msg}");
        }
        return SETUP_FAILED;
    }
    let main_src = test_main(&path, &d, !pf.test.is_empty() || !pf.go.is_empty(), !pf.xtest.is_empty());
    let mut package_files = pf.go.clone();
    package_files.extend(pf.test.iter().cloned());
    let xtest_files = pf.xtest.clone();
    let path2 = path.clone();
    let code = super::on_big_stack(move || {
        let mut inner = super::module_importer(m);
        let xpath = format!("{path2}_test");
        let mut importer = |p: &str| {
            if p == path2 {
                if package_files.is_empty() {
                    return Lookup::Error(format!("no non-test Go files in {}", super::abs(&dir)));
                }
                Lookup::Files(package_files.clone())
            } else if p == xpath {
                Lookup::Files(xtest_files.clone())
            } else {
                inner(p)
            }
        };
        let files = vec![("_testmain.go".to_string(), main_src)];
        let outcome = super::check_build(files, &format!("{path2}.test"), &mut importer);
        // go test finds syntax errors and unloadable imports while loading ("setup failed",
        // reported under the package's path), type errors while building.
        // go list parses test files whole (to find the tests) but only the imports of the
        // others: a syntax error fails setup in a _test.go file and the build elsewhere.
        let in_test_file = |d: &crate::diag::Diagnostic| {
            outcome.sources.file(outcome.sources.file_of(d.pos)).name.ends_with("_test.go")
        };
        let load_failure = outcome
            .diagnostics
            .iter()
            .any(|d| is_load_error(&d.message) && (!d.message.starts_with("syntax error") || in_test_file(d)))
            || outcome.package_errors.iter().any(|m| is_load_error(m.split_once(": ").map_or(m, |(_, m)| m)));
        let header = if load_failure { path2.clone() } else { format!("{path2} [{path2}.test]") };
        if !outcome.package_errors.is_empty() {
            // go build prints load errors bare; go test heads them with the package.
            eprintln!("# {path2}");
        }
        if super::report_errors(&outcome, &[], &header, true, out) {
            std::mem::forget(outcome);
            return if load_failure { SETUP_FAILED } else { BUILD_FAILED };
        }
        let Some(info) = &outcome.info else { return BUILD_FAILED };
        let program = match crate::compile::compile(&outcome.ast, info, &outcome.sources) {
            Ok(p) => p,
            Err(diags) => {
                let empty = super::CheckOutcome { diagnostics: Vec::new(), package_errors: Vec::new(), ..outcome };
                super::report_errors(&empty, &diags, &header, true, out);
                std::mem::forget(empty);
                return BUILD_FAILED;
            }
        };
        std::mem::forget(outcome);
        // The test binary's stderr joins its stdout, as go test collects them.
        let _ = std::io::stderr().flush();
        // SAFETY: dup2 on the process's own standard descriptors, before any other thread of the
        // program runs; both stay open.
        unsafe {
            libc::dup2(1, 2);
        }
        crate::vm::set_test_binary();
        let mut argv = vec![format!("/tmp/go-build/{}.test", path2.rsplit('/').next().unwrap_or("pkg"))];
        argv.extend(flags);
        crate::vm::run(program, argv, race)
    });
    code.unwrap_or(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_output_is_the_last_comment_group() {
        assert_eq!(example_output("{\n\tfmt.Println(3)\n\t// Output: 3\n}"), Some(("3\n".into(), false)));
        assert_eq!(
            example_output("{\n\tf()\n\t// Unordered output:\n\t// b\n\t// a\n}"),
            Some(("b\na\n".into(), true))
        );
        assert_eq!(example_output("{\n\t// Output: 3\n\tf()\n}"), None);
        assert_eq!(example_output("{\n\tf()\n}"), None);
    }

    #[test]
    fn test_names_need_an_upper_case_letter_after_the_prefix() {
        assert!(is_test_name("Test", "Test"));
        assert!(is_test_name("TestX", "Test"));
        assert!(is_test_name("Test_x", "Test"));
        assert!(!is_test_name("Testx", "Test"));
        assert!(!is_test_name("Tes", "Test"));
    }

    #[test]
    fn flags_as_go_test_takes_them() {
        let args: Vec<String> = ["-v", "-run", "A/B", "-count=2", "./..."].iter().map(|s| s.to_string()).collect();
        let o = parse_flags(&args).unwrap();
        assert!(o.verbose);
        assert_eq!(o.packages, vec!["./...".to_string()]);
        assert!(o.binary_args.contains(&"-test.run=A/B".to_string()));
        assert!(o.binary_args.contains(&"-test.count=2".to_string()));
        assert!(parse_flags(&["-bogus".to_string()]).is_err());
        assert!(parse_flags(&["-run".to_string()]).is_err());
    }
}
