//! Runs the pipeline for the CLI: load files, parse, check, report.
//!
//! Everything runs on one thread with a large stack (`FRONT_END_STACK`): the parser is iterative and
//! the checker bounds its own recursion, and the big stack is the second line of defence against
//! deeply nested input. `run`, `test` and `repl` will sit beside `check` here.

mod build_tags;
mod load;
pub mod module;
mod test;

pub use test::{test_binary, test_command};

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
    check_build(files, "command-line-arguments", &mut |_| crate::check::Lookup::NotFound)
}

/// The importer of the user's packages in `module` (none without go.mod): a module path leads to
/// its folder's files; a path on the network is Go's "no required module" error.
pub fn module_importer(module: Option<module::Module>) -> impl FnMut(&str) -> crate::check::Lookup {
    use crate::check::Lookup;
    move |path: &str| {
        let Some(m) = &module else { return Lookup::NotFound };
        match m.locate(path) {
            Some(module::Location::Dir(dir)) => match module::read_dir(&dir) {
                Ok(pf) if !pf.go.is_empty() => Lookup::Files(pf.go),
                Ok(_) => Lookup::Error(format!("no Go files in {}", abs(&dir))),
                // Go takes a path whose first element has no dot for a standard package.
                Err(_) if !dir.is_dir() && !path.split('/').next().unwrap_or("").contains('.') => {
                    Lookup::Error(format!("package {path} is not in std ($GOROOT/src/{path})"))
                }
                Err(_) if !dir.is_dir() => {
                    Lookup::Error(format!("no required module provides package {path}; to add it:\n\tgo get {path}"))
                }
                Err(e) => Lookup::Error(e.0),
            },
            _ if crate::stdlib::source(path).is_some() => Lookup::NotFound,
            Some(module::Location::Remote) => {
                Lookup::Error(format!("no required module provides package {path}; to add it:\n\tgo get {path}"))
            }
            None => Lookup::NotFound,
        }
    }
}

fn abs(dir: &std::path::Path) -> String {
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf()).display().to_string()
}

/// Parses and type-checks the main package made of `files` and the user packages it imports
/// (found by `importer`); `root` names the main package in import-cycle reports.
pub fn check_build(files: Vec<(String, String)>, root: &str, importer: crate::check::Importer) -> CheckOutcome {
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
        let (mut i, mut errs) = crate::check::check_packages(&mut ast, &mut sm, &parsed, root, importer);
        diags.append(&mut errs);
        let package_errors = std::mem::take(&mut i.package_errors);
        if !package_errors.is_empty() {
            return CheckOutcome { sources: sm, diagnostics: Vec::new(), ast, info: None, package_errors };
        }
        info = Some(i);
    }
    diag::sort_and_dedup(&mut diags);
    CheckOutcome { sources: sm, diagnostics: diags, ast, info, package_errors: Vec::new() }
}

/// What the command line names: the files of one main package, how Go names it, and the module
/// its imports are resolved in.
pub struct Target {
    pub files: Vec<(String, String)>,
    /// The import path (`example.com/m/cmd/tool`), or `command-line-arguments` for named files.
    pub root: String,
    pub module: Option<module::Module>,
    /// Named as a package (a folder in a module): errors are headed by `# PATH`, as go build does.
    pub package_mode: bool,
}

/// Resolves the command line's paths: `.go` files, one folder, or (inside a module) package
/// patterns. Each package is one target.
pub fn targets(paths: &[String]) -> Result<Vec<Target>, LoadError> {
    let cwd = std::env::current_dir().map_err(|e| LoadError(format!("corgi: {e}")))?;
    let module = module::find(&cwd)?;
    let named_files = paths.iter().all(|p| p.ends_with(".go"));
    match &module {
        Some(m) if !named_files && !paths.is_empty() => {
            let mut out = Vec::new();
            for p in paths {
                for dir in module::expand(p, Some(m))? {
                    let pf = module::read_dir(&dir)?;
                    if pf.go.is_empty() {
                        return Err(LoadError(format!("no Go files in {}", abs(&dir))));
                    }
                    let root = m.import_path(&dir).unwrap_or_else(|| "command-line-arguments".into());
                    out.push(Target { files: pf.go, root, module: module.clone(), package_mode: true });
                }
            }
            Ok(out)
        }
        _ => {
            let files = load_paths(paths)?;
            Ok(vec![Target { files, root: "command-line-arguments".into(), module, package_mode: false }])
        }
    }
}

/// Checks a target on the big stack.
fn check_target(t: Target) -> Option<CheckOutcome> {
    on_big_stack(move || {
        let mut importer = module_importer(t.module);
        check_build(t.files, &t.root, &mut importer)
    })
}

/// Prints a failed check's errors as go build does: in package mode, only the first package (in
/// dependency order) that has errors, headed by `# PATH`. Returns whether there were any.
fn report_errors(outcome: &CheckOutcome, extra: &[Diagnostic], root: &str, package_mode: bool, out: Output) -> bool {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for msg in &outcome.package_errors {
        let _ = writeln!(err, "{msg}");
    }
    let mut diags: Vec<Diagnostic> = outcome.diagnostics.iter().chain(extra).cloned().collect();
    if diags.is_empty() {
        let _ = err.flush();
        return !outcome.package_errors.is_empty();
    }
    // The compiler stops at syntax errors: type errors of the files that did parse are not shown.
    if diags.iter().any(|d| d.message.starts_with("syntax error")) {
        diags.retain(|d| d.message.starts_with("syntax error"));
    }
    if package_mode {
        let (path, first) = first_failing_package(outcome, &diags, root);
        diags.retain(|d| first.contains(&outcome.sources.file_of(d.span.lo).0));
        let _ = writeln!(err, "# {path}");
    }
    let _ = render::write_all(&mut err, &outcome.sources, &diags, out.style);
    let _ = err.flush();
    true
}

/// The import path and file ids of the first package, dependencies first, with a diagnostic.
fn first_failing_package(outcome: &CheckOutcome, diags: &[Diagnostic], root: &str) -> (String, Vec<u32>) {
    let files_of = |files: &[crate::ast::File]| files.iter().map(|f| f.file.0).collect::<Vec<u32>>();
    if let Some(info) = &outcome.info {
        for (path, files) in &info.packages {
            let ids = files_of(files);
            if diags.iter().any(|d| ids.contains(&outcome.sources.file_of(d.span.lo).0)) {
                // The package under test and its external test package are reported as the
                // test variant the root names (`# calc [calc.test]`, `# calc_test [calc.test]`).
                let base = path.strip_suffix("_test").unwrap_or(path);
                let path = match root.strip_prefix(base).and_then(|v| v.strip_prefix(' ')) {
                    _ if path == "main" => root.to_string(),
                    Some(variant) => format!("{path} {variant}"),
                    None => path.clone(),
                };
                return (path, ids);
            }
        }
    }
    (root.to_string(), diags.iter().map(|d| outcome.sources.file_of(d.span.lo).0).collect())
}

/// `corgi check PATHS…`: the process exit code (0 fine, 1 errors).
pub fn check_command(paths: &[String], out: Output) -> i32 {
    let targets = match targets(paths) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let mut code = 0;
    for t in targets {
        let (root, package_mode) = (t.root.clone(), t.package_mode);
        let Some(outcome) = check_target(t) else {
            eprintln!("corgi: internal error: the front end failed");
            return 2;
        };
        if report_errors(&outcome, &[], &root, package_mode, out) {
            code = 1;
        }
        // The process exits soon: freeing a large program's arenas would only cost time.
        std::mem::forget(outcome);
    }
    code
}

/// `corgi run FILES… [-- ARGS]` or `corgi run PACKAGE`: compiles and runs; the process exit code.
pub fn run_command(paths: &[String], args: Vec<String>, race: bool, out: Output) -> i32 {
    let mut targets = match targets(paths) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    if targets.len() != 1 {
        eprintln!("go: pattern {}: cannot run multiple packages", paths.join(" "));
        return 1;
    }
    let t = targets.remove(0);
    let program_name = paths.first().cloned().unwrap_or_default();
    let code = on_big_stack(move || {
        let (root, package_mode) = (t.root.clone(), t.package_mode);
        let mut importer = module_importer(t.module);
        let outcome = check_build(t.files, &t.root, &mut importer);
        if report_errors(&outcome, &[], &root, package_mode, out) {
            std::mem::forget(outcome);
            return 1;
        }
        let Some(info) = &outcome.info else { return 1 };
        if package_mode && !is_main_package(&outcome) {
            eprintln!("package {root} is not a main package");
            std::mem::forget(outcome);
            return 1;
        }
        let program = match crate::compile::compile(&outcome.ast, info, &outcome.sources) {
            Ok(p) => p,
            Err(diags) => {
                let empty = CheckOutcome { diagnostics: Vec::new(), package_errors: Vec::new(), ..outcome };
                report_errors(&empty, &diags, &root, package_mode, out);
                std::mem::forget(empty);
                return 1;
            }
        };
        let mut argv = vec![program_name];
        argv.extend(args);
        std::mem::forget(outcome);
        crate::vm::run(program, argv, race)
    });
    code.unwrap_or(2)
}

fn is_main_package(outcome: &CheckOutcome) -> bool {
    let Some(info) = &outcome.info else { return false };
    info.packages
        .iter()
        .find(|(p, _)| p == "main")
        .and_then(|(_, files)| files.first())
        .is_some_and(|f| outcome.ast.name(f.package.name) == "main")
}

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    std::thread::Builder::new().name("front-end".into()).stack_size(FRONT_END_STACK).spawn(f).ok()?.join().ok()
}
