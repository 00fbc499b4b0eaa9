//! Runs the pipeline for the CLI: load files, parse, check, report.
//!
//! Everything runs on one thread with a large stack (`FRONT_END_STACK`): the parser is iterative and
//! the checker bounds its own recursion, and the big stack is the second line of defence against
//! deeply nested input. `run`, `test` and `repl` will sit beside `check` here.

mod build_tags;
mod load;

use crate::ast::Ast;
use crate::diag::{self, Diagnostic, render};
use crate::source::SourceMap;
use std::io::Write;

pub use load::{LoadError, load_paths};

/// The front end's thread stack: only touched pages cost memory.
const FRONT_END_STACK: usize = 512 << 20;

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug)]
pub struct Output {
    pub style: render::Style,
}

/// The result of checking: diagnostics (sorted), the sources to print them, and the typed program.
pub struct CheckOutcome {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    pub ast: Ast,
    pub info: Option<crate::check::Info>,
    /// Errors about the package as a whole, which Go prints without a position.
    pub package_errors: Vec<String>,
}

/// Parses and type-checks the package made of `files` (name as given, contents).
pub fn check_sources(files: Vec<(String, String)>) -> CheckOutcome {
    let mut sm = SourceMap::default();
    let mut diags = Vec::new();
    let mut ids = Vec::new();
    for (name, text) in files {
        match sm.add(name, text) {
            Ok(id) => ids.push(id),
            Err(msg) => diags.push(Diagnostic::at(Default::default(), msg)),
        }
    }
    let mut ast = Ast::default();
    let mut parsed = Vec::new();
    for id in ids {
        let (file, mut errs) = crate::parser::parse_file(&mut ast, &sm, id);
        diags.append(&mut errs);
        parsed.extend(file);
    }
    // One package: Go names the first two package clauses that disagree.
    if let Some(first) = parsed.first() {
        let name0 = ast.name(first.package.name).to_string();
        if let Some(other) = parsed.iter().find(|f| ast.name(f.package.name) != name0) {
            let (f0, f1) = (&sm.file(first.file).name, &sm.file(other.file).name);
            let dir = std::path::Path::new(f0).parent().map(|p| p.display().to_string()).unwrap_or_default();
            let base = |f: &str| {
                std::path::Path::new(f).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            };
            let other_name = ast.name(other.package.name);
            // Go names the directory absolutely.
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let dir = std::fs::canonicalize(&dir).map(|p| p.display().to_string()).unwrap_or(dir);
            let msg = format!("found packages {name0} ({}) and {other_name} ({}) in {dir}", base(f0), base(f1));
            return CheckOutcome { sources: sm, diagnostics: diags, ast, info: None, package_errors: vec![msg] };
        }
    }
    // Like Go, a package with syntax errors is not type-checked.
    let mut info = None;
    if diags.is_empty() {
        let (i, mut errs) = crate::check::check_program(&mut ast, &mut sm, &parsed);
        diags.append(&mut errs);
        info = Some(i);
    }
    diag::sort_and_dedup(&mut diags);
    CheckOutcome { sources: sm, diagnostics: diags, ast, info, package_errors: Vec::new() }
}

/// `corgi check PATHS…`: the process exit code (0 fine, 1 errors).
pub fn check_command(paths: &[String], out: Output) -> i32 {
    let files = match load_paths(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let outcome = on_big_stack(move || check_sources(files));
    let Some(outcome) = outcome else {
        eprintln!("corgi: internal error: the front end failed");
        return 2;
    };
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for msg in &outcome.package_errors {
        let _ = writeln!(err, "{msg}");
    }
    let _ = render::write_all(&mut err, &outcome.sources, &outcome.diagnostics, out.style);
    let _ = err.flush();
    let code = if outcome.diagnostics.is_empty() && outcome.package_errors.is_empty() { 0 } else { 1 };
    // The process exits next: freeing a large program's arenas would only cost time.
    std::mem::forget(outcome);
    code
}

/// `corgi run FILES… [-- ARGS]`: compiles and runs; the process exit code.
pub fn run_command(paths: &[String], args: Vec<String>, out: Output) -> i32 {
    let files = match load_paths(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let program_name = paths.first().cloned().unwrap_or_default();
    let code = on_big_stack(move || {
        let outcome = check_sources(files);
        if !outcome.diagnostics.is_empty() || !outcome.package_errors.is_empty() {
            let stderr = std::io::stderr();
            let mut err = stderr.lock();
            for msg in &outcome.package_errors {
                let _ = writeln!(err, "{msg}");
            }
            let _ = render::write_all(&mut err, &outcome.sources, &outcome.diagnostics, out.style);
            std::mem::forget(outcome);
            return 1;
        }
        let Some(info) = &outcome.info else { return 1 };
        let program = match crate::compile::compile(&outcome.ast, info, &outcome.sources) {
            Ok(p) => p,
            Err(diags) => {
                let stderr = std::io::stderr();
                let mut err = stderr.lock();
                let _ = render::write_all(&mut err, &outcome.sources, &diags, out.style);
                std::mem::forget(outcome);
                return 1;
            }
        };
        let mut argv = vec![program_name];
        argv.extend(args);
        std::mem::forget(outcome);
        crate::vm::run(program, argv)
    });
    code.unwrap_or(2)
}

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    std::thread::Builder::new().name("front-end".into()).stack_size(FRONT_END_STACK).spawn(f).ok()?.join().ok()
}
