//! `corgi repl`: Go at a prompt. Each entry is parsed, checked against what earlier entries
//! declared (`check::session`), compiled into the session's growing program
//! (`compile::session`) and run on goroutine 1 of the session's one runtime (`vm::repl`), while
//! goroutines started by earlier entries keep running. Earlier entries are never re-run.
//!
//! On a terminal the prompt is rustyline's ([`editor`]); with stdin piped, lines are read as they
//! come with the same semantics and no prompt, and the exit status is 1 if any entry failed.

mod complete;
mod doc;
mod editor;

use crate::ast::{Ast, DeclKind, Symbol};
use crate::check::session::{self as check_session, Parked as CheckState};
use crate::compile::session::Parked as CompileState;
use crate::diag::render::{self, Style};
use crate::parser::Entry;
use crate::source::SourceMap;
use crate::vm::repl::{Handle, Outcome, Request};
use std::io::Write;

/// The file name entries are reported under (`repl:1:6: undefined: y`).
const ENTRY_FILE: &str = "repl";

/// What became of a piece of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Eval {
    /// Not a whole entry yet (an open brace, a trailing operator…): read another line.
    Incomplete,
    Ok,
    Failed,
}

/// A REPL session: the sources and AST of every entry, the checker's and compiler's state, the
/// runtime.
pub struct Session {
    ast: Ast,
    sm: SourceMap,
    checker: Option<CheckState>,
    compiler: Option<CompileState>,
    rt: Handle,
    style: Style,
}

impl Session {
    pub fn new(style: Style) -> Session {
        let mut ast = Ast::default();
        let sm = SourceMap::default();
        let checker = CheckState::new(&mut ast);
        let compiler = CompileState::new(&ast, checker.info(), &sm);
        let rt = crate::vm::repl::start(compiler.program());
        Session { ast, sm, checker: Some(checker), compiler: Some(compiler), rt, style }
    }

    /// Whether `text` is a whole entry (else the prompt reads on), without touching the session.
    pub fn is_complete(text: &str) -> bool {
        let mut ast = Ast::default();
        let mut sm = SourceMap::default();
        let Ok(id) = sm.add(ENTRY_FILE.into(), text.to_string()) else { return true };
        !matches!(crate::parser::parse_entry(&mut ast, &sm, id), Err(e) if e.incomplete)
    }

    fn checker(&self) -> &CheckState {
        self.checker.as_ref().expect("checker state")
    }

    /// Parses, checks, compiles and runs one entry; `print` receives the program's output.
    pub fn eval(&mut self, text: &str, print: &mut dyn FnMut(&[u8])) -> Eval {
        if text.trim().is_empty() {
            return Eval::Ok;
        }
        let Ok(id) = self.sm.add(ENTRY_FILE.into(), text.to_string()) else { return Eval::Failed };
        let exprs_from = self.ast.exprs.len();
        let entry = match crate::parser::parse_entry(&mut self.ast, &self.sm, id) {
            Ok(e) => e,
            Err(e) if e.incomplete => return Eval::Incomplete,
            Err(e) => {
                self.report(&e.diags);
                return Eval::Failed;
            }
        };
        self.run_entry(entry, exprs_from, print)
    }

    /// `:load FILE.go`: the file's declarations enter the session.
    pub fn load_file(&mut self, path: &str, print: &mut dyn FnMut(&[u8])) -> Eval {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                return Eval::Failed;
            }
        };
        let Ok(id) = self.sm.add(path.to_string(), text) else { return Eval::Failed };
        let exprs_from = self.ast.exprs.len();
        let (file, diags) = crate::parser::parse_file(&mut self.ast, &self.sm, id);
        match file {
            Some(f) if diags.is_empty() => self.run_entry(Entry::Decls(f), exprs_from, print),
            _ => {
                self.report(&diags);
                Eval::Failed
            }
        }
    }

    fn run_entry(&mut self, entry: Entry, exprs_from: usize, print: &mut dyn FnMut(&[u8])) -> Eval {
        match self.check(&entry, exprs_from) {
            Some(checked) => self.compile_and_run(&checked, &entry, print),
            None => Eval::Failed,
        }
    }

    /// Loads the packages a parsed entry needs and checks it; reports its errors.
    fn check(&mut self, entry: &Entry, exprs_from: usize) -> Option<crate::check::session::EntryChecked> {
        let (paths, implicit) = self.imports_of(entry, exprs_from);
        let have = self.checker().package_paths();
        let loaded = check_session::load_std(&mut self.ast, &mut self.sm, &paths, &have);
        let implicit: Vec<(Symbol, String)> =
            implicit.into_iter().filter_map(|(n, p)| Some((self.ast.interner.lookup(&n)?, p))).collect();
        let checker = self.checker.take().expect("checker state");
        let (checker, checked) = checker.check_entry(&self.ast, loaded, &implicit, entry);
        self.checker = Some(checker);
        match checked {
            Ok(c) => Some(c),
            Err(diags) => {
                self.report(&diags);
                None
            }
        }
    }

    fn compile_and_run(
        &mut self,
        checked: &crate::check::session::EntryChecked,
        entry: &Entry,
        print: &mut dyn FnMut(&[u8]),
    ) -> Eval {
        let compiler = self.compiler.take().expect("compiler state");
        let info = self.checker().info();
        let (compiler, compiled) = compiler.compile_entry(&self.ast, info, &self.sm, checked, entry);
        self.compiler = Some(compiler);
        let compiled = match compiled {
            Ok(c) => c,
            Err(diags) => {
                self.report(&diags);
                return Eval::Failed;
            }
        };
        let req = Request::Run {
            program: compiled.program,
            entry: compiled.entry,
            globals_from: compiled.globals_from,
            runtime_globals_from: compiled.runtime_globals_from,
        };
        match self.rt.run(req, print) {
            Outcome::Done => Eval::Ok,
            Outcome::Failed => Eval::Failed,
        }
    }

    /// The standard packages an entry needs: those it imports, and those whose name it uses as
    /// `name.X` without declaring `name` (imported implicitly, with that name).
    fn imports_of(&self, entry: &Entry, exprs_from: usize) -> (Vec<String>, Vec<(String, String)>) {
        let mut paths = Vec::new();
        if let Entry::Decls(f) = entry {
            for &d in &f.decls {
                if let DeclKind::Import(specs) = &self.ast[d].kind {
                    paths.extend(specs.iter().map(|s| s.path.clone()));
                }
            }
        }
        let mut implicit = Vec::new();
        for sym in check_session::selector_roots(&self.ast, exprs_from) {
            if self.checker().lookup(sym).is_some() {
                continue;
            }
            let name = self.ast.name(sym);
            if let Some(path) = std_package_named(name) {
                paths.push(path.to_string());
                implicit.push((name.to_string(), path.to_string()));
            }
        }
        (paths, implicit)
    }

    fn report(&self, diags: &[crate::diag::Diagnostic]) {
        let _ = std::io::stdout().flush();
        let stderr = std::io::stderr();
        let mut err = stderr.lock();
        let mut diags = diags.to_vec();
        // As the compiler does, syntax errors alone when there are any.
        if diags.iter().any(|d| d.message.starts_with("syntax error")) {
            diags.retain(|d| d.message.starts_with("syntax error"));
        }
        let _ = render::write_all(&mut err, &self.sm, &diags, self.style);
        let _ = err.flush();
    }

    /// The type of expression `text` in Go's words (`:type`).
    pub fn type_of(&mut self, text: &str) -> Option<String> {
        let Ok(id) = self.sm.add(ENTRY_FILE.into(), text.to_string()) else { return None };
        let exprs_from = self.ast.exprs.len();
        let entry = match crate::parser::parse_entry(&mut self.ast, &self.sm, id) {
            Ok(e @ Entry::Stmts(_)) => e,
            Ok(_) => return None,
            Err(e) => {
                self.report(&e.diags);
                return None;
            }
        };
        let checked = self.check(&entry, exprs_from)?;
        let Some(&x) = checked.prints.first() else {
            eprintln!(":type wants an expression");
            return None;
        };
        let checker = self.checker.take().expect("checker state");
        let t = checker.info().expr_types.get(x.index()).copied().unwrap_or_default();
        let (checker, names) = checker.type_strings(&self.ast, &[t]);
        self.checker = Some(checker);
        // Packages it loaded must reach the program too: it runs as an entry that only
        // initialises them (its expression is not evaluated).
        let mut checked = checked;
        checked.prints.clear();
        if let Entry::Stmts(f) = &entry {
            let quiet = Entry::Stmts(crate::ast::File { decls: Vec::new(), ..f.clone() });
            self.compile_and_run(&checked, &quiet, &mut |b| {
                let _ = std::io::stdout().write_all(b);
            });
        }
        Some(names.into_iter().next().unwrap_or_default())
    }

    /// What the session declared (`:vars`), one declaration a line.
    pub fn vars(&mut self) -> Vec<String> {
        let checker = self.checker.take().expect("checker state");
        let names = checker.session_names();
        let mut types = Vec::new();
        for &(_, o) in &names {
            types.push(checker.object(o).ty);
        }
        let (checker, ts) = checker.type_strings(&self.ast, &types);
        let mut out = Vec::new();
        for ((sym, o), t) in names.iter().zip(ts) {
            let obj = checker.object(*o);
            let n = self.ast.name(*sym);
            let line = match obj.kind {
                crate::check::ObjKind::Var => format!("var {n} {t}"),
                crate::check::ObjKind::Const => match &obj.val {
                    Some(v) => format!("const {n} {t} = {v}"),
                    None => format!("const {n} {t}"),
                },
                crate::check::ObjKind::TypeName => format!("type {n} {}", self.underlying_string(&checker, obj.ty)),
                crate::check::ObjKind::Func => format!("func {n}{}", t.trim_start_matches("func")),
                _ => continue,
            };
            out.push(line);
        }
        for (sym, p) in checker.imports() {
            out.push(format!("import {} {:?}", self.ast.name(sym), checker.package_path(p)));
        }
        self.checker = Some(checker);
        out
    }

    fn underlying_string(&self, checker: &CheckState, t: crate::types::TypeId) -> String {
        let u = checker.types().under(t);
        match checker.types().get(u) {
            crate::types::Type::Struct(_) => "struct{…}".into(),
            crate::types::Type::Interface { .. } => "interface{…}".into(),
            _ => {
                // Cheap: basic underlying types print by kind.
                match checker.types().get(u) {
                    crate::types::Type::Basic(k) => k.name().to_string(),
                    _ => String::new(),
                }
            }
        }
    }

    /// The declaration of `name` (`fmt.Println`, `strings.Builder.WriteString`, or a session
    /// name) with its doc comment (`:doc`). A standard package's come from its surface.
    pub fn doc(&self, name: &str) -> Option<String> {
        let checker = self.checker();
        let lookup = |n: &str| self.ast.interner.lookup(n).and_then(|s| checker.lookup(s));
        if let Some((pkg, member)) = name.split_once('.') {
            let path = match lookup(pkg) {
                Some(o) => match checker.object(o).kind {
                    crate::check::ObjKind::PkgName(i) => checker.package_path(i).to_string(),
                    // A session type's method, or a field of a session variable: not documented.
                    _ => return None,
                },
                None => std_package_named(pkg)?.to_string(),
            };
            return crate::stdlib::sources(&path).find_map(|src| doc::find(src, member));
        }
        let pos = checker.object(lookup(name)?).pos;
        if pos == crate::source::Pos::default() {
            return None;
        }
        let f = self.sm.file(self.sm.file_of(pos));
        let off = (pos.0 - f.base) as usize;
        let line = f.text.get(..off)?.matches('\n').count();
        doc::at_line(&f.text, line)
    }

    /// What Tab may complete to, as of now.
    pub fn completions(&mut self) -> complete::Names {
        complete::names(self)
    }
}

/// The standard package a bare name stands for (`strings`, `rand` → math/rand, `filepath`).
fn std_package_named(name: &str) -> Option<&'static str> {
    crate::stdlib::packages()
        .iter()
        .copied()
        .filter(|p| crate::stdlib::package_name(p) == name && p != &"corgi")
        .min_by_key(|p| p.len())
}

/// `corgi repl`: the process exit code.
pub fn repl_command(style: Style) -> i32 {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() { editor::run(style) } else { piped() }
}

/// Entries from a pipe: lines gathered until they make a whole entry.
fn piped() -> i32 {
    let mut session = Session::new(Style::Short);
    let mut failed = false;
    let mut pending = String::new();
    let mut print = |b: &[u8]| {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(b);
        let _ = out.flush();
    };
    let mut stdin = StdinLines::new();
    let mut line = String::new();
    loop {
        line.clear();
        let eof = !stdin.read_line(&mut line);
        if !eof {
            if pending.is_empty() && line.trim_start().starts_with(':') {
                match command(&mut session, line.trim(), &mut print) {
                    Command::Quit => break,
                    Command::Reset => reset(),
                    Command::Failed => failed = true,
                    Command::Done => {}
                }
                continue;
            }
            pending.push_str(&line);
            if !Session::is_complete(&pending) {
                continue;
            }
        }
        let text = std::mem::take(&mut pending);
        let text = text.trim_end_matches('\n');
        if !text.trim().is_empty() && session.eval(text, &mut print) != Eval::Ok {
            failed = true;
        }
        if eof {
            break;
        }
    }
    print(&session.rt.take_output());
    crate::vm::repl::flush_output(session.rt.rt);
    i32::from(failed)
}

/// Lines of stdin read without reading ahead, so that after `:reset` the new process goes on
/// from the next line.
struct StdinLines {
    fd: Option<std::fs::File>,
}

impl StdinLines {
    fn new() -> StdinLines {
        use std::os::fd::AsFd;
        let fd = std::io::stdin().as_fd().try_clone_to_owned().ok().map(std::fs::File::from);
        StdinLines { fd }
    }

    /// Appends the next line (with its newline, if it has one) to `line`; false at the end.
    fn read_line(&mut self, line: &mut String) -> bool {
        use std::io::Read;
        let Some(fd) = self.fd.as_mut() else { return false };
        let mut bytes = Vec::new();
        let mut b = [0u8; 1];
        loop {
            match fd.read(&mut b) {
                Ok(1) => {
                    bytes.push(b[0]);
                    if b[0] == b'\n' {
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                _ => break,
            }
        }
        line.push_str(&String::from_utf8_lossy(&bytes));
        !bytes.is_empty()
    }
}

/// What a `:` command did.
pub enum Command {
    Done,
    Failed,
    Quit,
    /// `:reset`: the caller saves what it keeps (history), then calls [`reset`].
    Reset,
}

pub const HELP: &str = "\
Type Go statements, declarations or expressions; an expression's value is printed.
Standard packages are imported when first used. Commands:
  :help           this text
  :type EXPR      the type of an expression
  :doc NAME       the declaration and doc of NAME (pkg.Name, pkg.Type.Method, a session name)
  :vars           what the session declared
  :load FILE.go   declare what FILE.go declares
  :reset          start a new session
  :quit           leave (Ctrl-D on an empty line too)
";

/// Runs a `:` command.
pub fn command(s: &mut Session, line: &str, print: &mut dyn FnMut(&[u8])) -> Command {
    let (cmd, arg) = match line.split_once(char::is_whitespace) {
        Some((c, a)) => (c, a.trim()),
        None => (line, ""),
    };
    match cmd {
        ":help" | ":h" => {
            print(HELP.as_bytes());
            Command::Done
        }
        ":quit" | ":q" | ":exit" => Command::Quit,
        ":type" | ":t" => match s.type_of(arg) {
            Some(t) => {
                print(format!("{t}\n").as_bytes());
                Command::Done
            }
            None => Command::Failed,
        },
        ":doc" if arg.is_empty() => {
            eprintln!(":doc wants a name (pkg.Name, pkg.Type.Method or a session name)");
            Command::Failed
        }
        ":doc" => match s.doc(arg) {
            Some(d) => {
                print(format!("{d}\n").as_bytes());
                Command::Done
            }
            None => {
                eprintln!("no declaration of {arg} is known");
                Command::Failed
            }
        },
        ":vars" => {
            for l in s.vars() {
                print(format!("{l}\n").as_bytes());
            }
            Command::Done
        }
        ":load" => match s.load_file(arg, print) {
            Eval::Ok => Command::Done,
            _ => Command::Failed,
        },
        ":reset" => Command::Reset,
        _ => {
            eprintln!("unknown command {cmd} (:help lists them)");
            Command::Failed
        }
    }
}

/// `:reset`: the session starts over in a fresh process, so goroutines of the old one end with it
/// (a runtime cannot stop its goroutines and give its threads back; see ARCHITECTURE.md). Returns
/// only if the restart failed, and the session goes on.
fn reset() {
    use std::os::unix::process::CommandExt;
    let _ = std::io::stdout().flush();
    let Ok(exe) = std::env::current_exe() else { return };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let err = std::process::Command::new(exe).args(args).exec();
    eprintln!("corgi: cannot restart: {err}");
}
