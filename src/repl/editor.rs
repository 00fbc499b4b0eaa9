//! The prompt on a terminal: rustyline, line by line. An entry left open (an open brace, a trailing
//! operator…) continues at `... ` with the next line pre-indented by four spaces per open bracket;
//! `}` typed first on a line takes a level off; the whole entry becomes one history item. History
//! lives in `$XDG_DATA_HOME/corgi/history` (else `~/.local/share/corgi/history`), rewritten after
//! each entry so `os.Exit` and `:reset` keep it; Ctrl-R searches it. Tab completes and
//! `pkg.Func(` hints the signature ([`complete`]).
//!
//! Program output that arrives while a line is being edited (goroutines started by earlier
//! entries) goes through rustyline's external printer, which prints it above the prompt and
//! redraws the line being edited. Only whole lines go that way; a partial line waits for its
//! newline (or for a second, then it is printed with one). Output of the running entry is written
//! straight to the terminal, in the order the program wrote it: leaving the prompt waits for a
//! print under way to finish ([`Output::leave_prompt`]).

use super::complete::{self, Names};
use super::{Command, Eval, Session};
use crate::diag::render::Style;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, ExternalPrinter, Helper};
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PROMPT: &str = "> ";
/// The prompt of an entry's later lines.
const CONTINUE: &str = "... ";
/// Indentation per open bracket on a continuation line.
const INDENT: &str = "    ";

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

// Every line is accepted as typed: whether the entry goes on is decided by [`read_entry`].
impl Validator for GoHelper {}

impl Helper for GoHelper {}

/// `}` typed on a line of blanks alone takes one indentation level off it first.
struct Dedent;

impl rustyline::ConditionalEventHandler for Dedent {
    fn handle(
        &self,
        _: &rustyline::Event,
        _: rustyline::RepeatCount,
        _: bool,
        ctx: &rustyline::EventContext,
    ) -> Option<rustyline::Cmd> {
        let before = ctx.line().get(..ctx.pos())?;
        if before.is_empty() || !before.chars().all(|c| c == ' ' || c == '\t') {
            return None;
        }
        let kept = before.strip_suffix(INDENT).or_else(|| before.strip_suffix('\t')).unwrap_or("");
        Some(rustyline::Cmd::Replace(rustyline::Movement::BeginningOfLine, Some(format!("{kept}}}"))))
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    let base = match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(d) => std::path::PathBuf::from(d),
        None => std::path::PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
    };
    Some(base.join("corgi").join("history"))
}

type Ed = Editor<GoHelper, rustyline::history::FileHistory>;

/// Runs the interactive prompt until `:quit` or Ctrl-D; the exit code.
pub fn run(style: Style) -> i32 {
    let color = matches!(style, Style::Snippet { color: true });
    let mut session = Session::new(Style::Snippet { color });
    let config = rustyline::Config::builder()
        .auto_add_history(false)
        .max_history_size(1000)
        .and_then(|b| b.history_ignore_dups(true))
        .map_or_else(|_| rustyline::Config::default(), |b| b.build());
    let mut ed: Ed = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("corgi: cannot start the prompt: {e}");
            return 1;
        }
    };
    ed.set_helper(Some(GoHelper { names: session.completions() }));
    ed.bind_sequence(
        rustyline::KeyEvent::new('}', rustyline::Modifiers::NONE),
        rustyline::EventHandler::Conditional(Box::new(Dedent)),
    );
    let history = history_path();
    if let Some(h) = &history {
        let _ = ed.load_history(h);
    }
    let output = Output::start(session.rt.rt, ed.create_external_printer().ok());
    println!("corgi {} — Go at a prompt. :help for help, Ctrl-D to leave.", env!("CARGO_PKG_VERSION"));
    // Whether the program's output so far ended mid-line: the prompt starts on a fresh one.
    let mid_line = std::cell::Cell::new(false);
    let mut print = |b: &[u8]| {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(b);
        let _ = out.flush();
        if let Some(&last) = b.last() {
            mid_line.set(last != b'\n');
        }
    };
    loop {
        if mid_line.take() {
            print(b"\n");
        }
        let text = match read_entry(&mut ed, &output) {
            Read::Entry(t) => t,
            Read::Cancelled => continue,
            Read::Eof => break,
        };
        // rustyline takes SIGINT while it reads a line (Ctrl-C is a key then); while an entry
        // runs, Ctrl-C must reach the runtime, which interrupts the entry.
        crate::vm::signal::install();
        if !text.trim().is_empty() {
            let _ = ed.add_history_entry(text.as_str());
            save_history(&mut ed, history.as_deref());
        }
        if text.trim_start().starts_with(':') {
            match super::command(&mut session, text.trim(), &mut print) {
                Command::Quit => break,
                Command::Reset => super::reset(),
                Command::Done | Command::Failed => {}
            }
        } else if session.eval(&text, &mut print) == Eval::Incomplete {
            // The input ended (Ctrl-D) inside the entry.
            eprintln!("syntax error: unexpected EOF");
        }
        if let Some(h) = ed.helper_mut() {
            h.names = session.completions();
        }
    }
    print(&session.rt.take_output());
    crate::vm::repl::flush_output(session.rt.rt);
    0
}

fn save_history(ed: &mut Ed, path: Option<&std::path::Path>) {
    let Some(h) = path else { return };
    if let Some(dir) = h.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = ed.save_history(h);
}

enum Read {
    Entry(String),
    /// Ctrl-C: the entry being typed is dropped.
    Cancelled,
    /// Ctrl-D on an empty first line.
    Eof,
}

/// Reads one entry: lines until they parse as a whole one (a `:` command is one line).
fn read_entry(ed: &mut Ed, output: &Output) -> Read {
    let mut pending = String::new();
    loop {
        let (prompt, indent) = match pending.is_empty() {
            true => (PROMPT, String::new()),
            false => (CONTINUE, INDENT.repeat(open_brackets(&pending))),
        };
        output.enter_prompt();
        let line = ed.readline_with_initial(prompt, (&indent, ""));
        output.leave_prompt();
        match line {
            Ok(line) => {
                if pending.is_empty() && line.trim_start().starts_with(':') {
                    return Read::Entry(line);
                }
                if !pending.is_empty() {
                    pending.push('\n');
                }
                pending.push_str(&line);
                if Session::is_complete(&pending) {
                    return Read::Entry(pending);
                }
            }
            Err(ReadlineError::Interrupted) => return Read::Cancelled,
            Err(ReadlineError::Eof) if pending.is_empty() => return Read::Eof,
            // Ctrl-D inside an entry: it is evaluated as it stands (and reported unfinished).
            Err(ReadlineError::Eof) => return Read::Entry(pending),
            Err(e) => {
                eprintln!("corgi: {e}");
                return Read::Eof;
            }
        }
    }
}

/// How many brackets `text` leaves open (none inside an unterminated raw string or comment).
fn open_brackets(text: &str) -> usize {
    use crate::lexer::Tok;
    let (toks, diags) = crate::lexer::lex(text, 0);
    if !diags.is_empty() {
        return 0;
    }
    let mut depth = 0usize;
    for (_, t, _) in toks {
        match t {
            Tok::LBrace | Tok::LParen | Tok::LBrack => depth += 1,
            Tok::RBrace | Tok::RParen | Tok::RBrack => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Program output while the prompt is up, printed by a thread above the line being edited.
struct Output {
    state: Arc<OutputState>,
}

struct OutputState {
    /// Set by the front end while rustyline reads a line.
    at_prompt: AtomicBool,
    /// Held by the output thread from taking output to having printed it.
    printing: Mutex<()>,
}

impl Output {
    fn start<P: ExternalPrinter + Send + 'static>(
        rt: &'static crate::vm::runtime::Runtime,
        printer: Option<P>,
    ) -> Output {
        let state = Arc::new(OutputState { at_prompt: AtomicBool::new(false), printing: Mutex::new(()) });
        let st = state.clone();
        let mut printer = printer;
        let _ = std::thread::Builder::new().name("repl-output".into()).spawn(move || {
            let mut partial_since: Option<Instant> = None;
            loop {
                std::thread::sleep(Duration::from_millis(30));
                if !st.at_prompt.load(Relaxed) {
                    partial_since = None;
                    continue;
                }
                let _printing = crate::vm::runtime::lock(&st.printing);
                if !st.at_prompt.load(Relaxed) {
                    continue;
                }
                let out = {
                    let mut o = crate::vm::runtime::lock(&rt.out);
                    let Some(cap) = o.capture.as_mut() else { continue };
                    let cut = match cap.iter().rposition(|&b| b == b'\n') {
                        Some(i) => i + 1,
                        None if cap.is_empty() => continue,
                        None if partial_since.get_or_insert_with(Instant::now).elapsed() < Duration::from_secs(1) => {
                            continue;
                        }
                        None => cap.len(),
                    };
                    partial_since = None;
                    cap.drain(..cut).collect::<Vec<u8>>()
                };
                let text = String::from_utf8_lossy(&out).into_owned();
                match printer.as_mut() {
                    Some(p) => {
                        let _ = p.print(text);
                    }
                    None => {
                        // No external printer (stdout is not the terminal): plain output.
                        let mut so = std::io::stdout().lock();
                        let _ = so.write_all(text.as_bytes());
                        let _ = so.flush();
                    }
                }
            }
        });
        Output { state }
    }

    fn enter_prompt(&self) {
        self.state.at_prompt.store(true, Relaxed);
    }

    /// Stops printing above the prompt, once a print under way is done (so it comes before the
    /// entry's own output). Bounded: a print rustyline no longer takes is not waited for.
    fn leave_prompt(&self) {
        self.state.at_prompt.store(false, Relaxed);
        let deadline = Instant::now() + Duration::from_millis(200);
        while Instant::now() < deadline {
            if self.state.printing.try_lock().is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::open_brackets;

    #[test]
    fn continuation_indent_follows_open_brackets() {
        assert_eq!(open_brackets("func f() {"), 1);
        assert_eq!(open_brackets("func f() {\n\tif x {"), 2);
        assert_eq!(open_brackets("x := []int{\n1, 2,"), 1);
        assert_eq!(open_brackets("s := \"{\" +"), 0);
        assert_eq!(open_brackets("r := `{"), 0);
        assert_eq!(open_brackets("}}"), 0);
    }
}
