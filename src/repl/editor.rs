//! The prompt on a terminal: rustyline, with continuation lines decided by parse state, history in
//! `$XDG_DATA_HOME/corgi/history`, Tab completion and signature hints, and goroutines' output
//! printed above the line being edited.

use super::complete::{self, Names};
use super::{Command, Eval, Session};
use crate::diag::render::Style;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, Helper};
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

const PROMPT: &str = "> ";

struct GoHelper {
    names: Names,
}

impl Completer for GoHelper {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete::complete(&self.names, line, pos))
    }
}

impl Hinter for GoHelper {
    type Hint = String;
    fn hint(&self, line: &str, pos: usize, _: &Context<'_>) -> Option<String> {
        complete::hint(&self.names, line, pos)
    }
}

impl Highlighter for GoHelper {}

impl Validator for GoHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if input.trim_start().starts_with(':') || Session::is_complete(input) {
            Ok(ValidationResult::Valid(None))
        } else {
            Ok(ValidationResult::Incomplete)
        }
    }
}

impl Helper for GoHelper {}

fn history_path() -> Option<std::path::PathBuf> {
    let base = match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(d) => std::path::PathBuf::from(d),
        None => std::path::PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
    };
    Some(base.join("corgi").join("history"))
}

/// Runs the interactive prompt until `:quit` or Ctrl-D; the exit code.
pub fn run(style: Style) -> i32 {
    let color = matches!(style, Style::Snippet { color: true });
    let mut session = Session::new(Style::Snippet { color });
    let config = rustyline::Config::builder().auto_add_history(true).build();
    let mut ed: Editor<GoHelper, rustyline::history::FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("corgi: cannot start the prompt: {e}");
            return 1;
        }
    };
    ed.set_helper(Some(GoHelper { names: session.completions() }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = ed.load_history(h);
    }
    // Goroutines' output between entries goes above the prompt.
    let at_prompt = Arc::new(AtomicBool::new(false));
    // rustyline's ExternalPrinter stops the line from being redrawn as it is typed (seen with
    // rustyline 17 under tmux), so output is written straight to the terminal, on a fresh line.
    {
        let rt = session.rt.rt;
        let at_prompt = at_prompt.clone();
        let _ = std::thread::Builder::new().name("repl-output".into()).spawn(move || {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(30));
                if !at_prompt.load(Relaxed) {
                    continue;
                }
                let out = {
                    let mut o = crate::vm::runtime::lock(&rt.out);
                    o.capture.as_mut().map(std::mem::take).unwrap_or_default()
                };
                if out.is_empty() {
                    continue;
                }
                let mut so = std::io::stdout().lock();
                let _ = so.write_all(b"\r\x1b[K");
                let _ = so.write_all(&String::from_utf8_lossy(&out).replace('\n', "\r\n").into_bytes());
                let _ = so.write_all(PROMPT.as_bytes());
                let _ = so.flush();
            }
        });
    }
    println!("corgi {} — Go at a prompt. :help for help, Ctrl-D to leave.", env!("CARGO_PKG_VERSION"));
    let mut print = |b: &[u8]| {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(b);
        let _ = out.flush();
    };
    loop {
        at_prompt.store(true, Relaxed);
        let line = ed.readline(PROMPT);
        at_prompt.store(false, Relaxed);
        // rustyline takes SIGINT while it reads a line (Ctrl-C is a key then); while an entry
        // runs, Ctrl-C must reach the runtime, which interrupts the entry.
        crate::vm::signal::install();
        match line {
            Ok(text) => {
                if text.trim_start().starts_with(':') {
                    if let Command::Quit = super::command(&mut session, text.trim(), &mut print) {
                        break;
                    }
                } else if session.eval(&text, &mut print) == Eval::Incomplete {
                    // Only when the validator was bypassed (a paste that ends mid-entry).
                    eprintln!("syntax error: unexpected EOF");
                }
                if let Some(h) = ed.helper_mut() {
                    h.names = session.completions();
                }
            }
            // Ctrl-C cancels the line being typed.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("corgi: {e}");
                break;
            }
        }
    }
    if let Some(h) = &history {
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = ed.save_history(h);
    }
    print(&session.rt.take_output());
    crate::vm::repl::flush_output(session.rt.rt);
    0
}
