//! The runtime of a REPL session: one runtime for the whole session, goroutine 1 running entries.
//!
//! Goroutine 1 runs a native loop ([`entry_loop`]): it waits (outside the world, like a read from
//! a terminal) for the front end to hand it an entry, swaps in the program that holds it, and
//! calls the entry's function. Goroutines the entry started keep running on the other Ms between
//! entries. What would end a program ends only the entry here: a panic is reported with its trace,
//! a deadlock of the entry with Go's report, Ctrl-C interrupts the entry; the prompt returns.
//!
//! The program grows by versions: each entry's program extends the last (same indices for all
//! that was there), is leaked like the first, and is swapped in with the world stopped. An M
//! notices a new version at its next frame entry (`Vm::refresh_program`); until then it may run
//! code of the old version, which is the same code. Constants are a leaked slice per version;
//! globals live in one block allocated for [`MAX_GLOBALS`] at start, so they never move.

use super::program::{ConstWord, Program};
use super::runtime::{Runtime, lock};
use super::{Trap, Vm, mem};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Mutex, OnceLock};

/// Globals a session can hold (a block of this many words is allocated at start).
pub const MAX_GLOBALS: usize = 1 << 16;

/// The message of the trap that ends an interrupted entry.
pub const INTERRUPTED: &str = "corgi: interrupted";

/// A request from the front end to goroutine 1.
pub enum Request {
    /// Run function `entry` of `program` (which extends the running one).
    Run { program: Program, entry: u32, globals_from: usize, runtime_globals_from: usize },
}

/// How an entry ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// A panic, deadlock or interrupt (already reported on stderr).
    Failed,
}

struct Channels {
    requests: Mutex<Receiver<Request>>,
    outcomes: Mutex<Sender<Outcome>>,
}

static CHANNELS: OnceLock<Channels> = OnceLock::new();
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Ctrl-C was pressed while an entry ran: goroutine 1 stops at its next safepoint.
static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Whether the runtime serves a REPL session.
pub fn active() -> bool {
    ACTIVE.load(Relaxed)
}

/// The front end's handle on the session's runtime.
pub struct Handle {
    pub rt: &'static Runtime,
    requests: Sender<Request>,
    outcomes: Receiver<Outcome>,
}

impl Handle {
    /// Runs an entry to its end; drains the program's output meanwhile (through `print`, which
    /// the front end points above its prompt when there is one).
    pub fn run(&self, req: Request, print: &mut dyn FnMut(&[u8])) -> Outcome {
        INTERRUPT.store(false, Relaxed);
        if self.requests.send(req).is_err() {
            return Outcome::Failed;
        }
        loop {
            match self.outcomes.recv_timeout(std::time::Duration::from_millis(20)) {
                Ok(o) => {
                    let out = take_output(self.rt);
                    print(&out);
                    return o;
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    let out = take_output(self.rt);
                    if !out.is_empty() {
                        print(&out);
                    }
                }
                Err(_) => return Outcome::Failed,
            }
        }
    }

    /// Output goroutines wrote since the last call.
    pub fn take_output(&self) -> Vec<u8> {
        take_output(self.rt)
    }
}

/// What the program wrote to stdout and nobody has printed yet.
fn take_output(rt: &Runtime) -> Vec<u8> {
    let mut out = lock(&rt.out);
    out.capture.as_mut().map(std::mem::take).unwrap_or_default()
}

/// Writes pending program output to the real stdout (before a report on stderr, at exit).
pub fn flush_output(rt: &Runtime) {
    use std::io::Write;
    let mut out = lock(&rt.out);
    let pending = out.capture.as_mut().map(std::mem::take).unwrap_or_default();
    let _ = out.out.write_all(&pending);
    let _ = out.out.flush();
}

/// Starts the session's runtime on its own threads with `program`, whose entry is goroutine 1's
/// loop (calling [`LOOP_NATIVE`]).
pub fn start(program: Program) -> Handle {
    let (req_tx, req_rx) = std::sync::mpsc::channel();
    let (out_tx, out_rx) = std::sync::mpsc::channel();
    let _ = CHANNELS.set(Channels { requests: Mutex::new(req_rx), outcomes: Mutex::new(out_tx) });
    ACTIVE.store(true, Relaxed);
    let (rt_tx, rt_rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("repl-runtime".into())
        .stack_size(64 << 20)
        .spawn(move || super::start_runtime(program, vec!["repl".into()], false, Some(rt_tx)));
    let rt = match spawned.ok().and_then(|_| rt_rx.recv().ok()) {
        Some(rt) => rt,
        None => {
            eprintln!("corgi: cannot start the runtime");
            std::process::exit(2)
        }
    };
    {
        let mut out = lock(&rt.out);
        out.capture = Some(Vec::new());
    }
    Handle { rt, requests: req_tx, outcomes: out_rx }
}

/// The native goroutine 1 runs for the whole session.
pub const LOOP_NATIVE: &str = "corgi.replLoop";

pub fn register(t: &mut Vec<(&'static str, super::program::NativeFn)>) {
    t.push((LOOP_NATIVE, entry_loop));
}

/// Goroutine 1: serve entries until the front end goes away.
fn entry_loop(vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    let Some(ch) = CHANNELS.get() else { return Ok(()) };
    loop {
        // Waiting without a P, so goroutines started by earlier entries run meanwhile.
        vm.release_p_for_repl_wait();
        let (rt, m) = (vm.rt, vm.m.clone());
        let (req, p) = vm.outside_world(|| {
            let req = lock(&ch.requests).recv();
            (req, super::sched::take_p_after_repl_wait(rt, &m))
        });
        vm.pp = Some(p);
        let Ok(Request::Run { program, entry, globals_from, runtime_globals_from }) = req else {
            // The front end is gone and exits the process with its own status: returning would
            // end the program with status 0 first.
            vm.outside_world(|| {
                loop {
                    std::thread::park();
                }
            })
        };
        let outcome = match vm.install_program(program, globals_from, runtime_globals_from) {
            Ok(()) => vm.run_entry(entry),
            Err(t) => vm.entry_failed(t),
        };
        let _ = lock(&ch.outcomes).send(outcome);
    }
}

impl Vm {
    /// Swaps in `program` (a superset of the running one) with the world stopped.
    fn install_program(&mut self, program: Program, globals_from: usize, rt_globals_from: usize) -> Result<(), Trap> {
        if program.globals.len() > MAX_GLOBALS {
            return Err(Trap::Fatal(format!("corgi: a session holds at most {MAX_GLOBALS} variables")));
        }
        program.verify().map_err(|e| Trap::Fatal(format!("corgi: internal error: {e}")))?;
        // New constants and zeroed globals first: allocation needs the world running.
        let old = self.rt.consts();
        let mut consts = old.to_vec();
        let pinned = self.pinned.len();
        for c in &program.consts[old.len()..] {
            let w = match c {
                ConstWord::Word(w) => *w,
                ConstWord::Str(s) => self.new_str(s)?,
                ConstWord::Complex(re, im) => self.new_complex(*re, *im, false)?,
                ConstWord::Func(f) => self.new_closure(*f, &[])?,
            };
            self.pinned.push(w);
            consts.push(w);
        }
        let p: &'static Program = Box::leak(Box::new(program));
        let consts: &'static [u64] = Box::leak(consts.into_boxed_slice());
        self.stop_world_and(|rt| {
            *lock(&rt.program) = (p, consts);
            rt.program_version.fetch_add(1, Relaxed);
        });
        self.pinned.truncate(pinned);
        self.refresh_program();
        for (i, &t) in p.globals.iter().enumerate().skip(globals_from) {
            let z = self.zero_value(t)?;
            mem::st(self.globals + 8 * i as u64, z);
        }
        crate::natives::init_globals_from(self, rt_globals_from)
    }

    /// Calls the entry's function on goroutine 1; reports what ended it badly.
    fn run_entry(&mut self, entry: u32) -> Outcome {
        let (frames, defers, panics) = (self.frames.len(), self.defers.len(), self.panics.len());
        let r = self.call_func(entry, &[], 0);
        let outcome = match r {
            Ok(_) => Outcome::Done,
            Err(t) => self.entry_failed(t),
        };
        if self.pp.is_none() {
            // Deadlock found as goroutine 1 parked: it gave its P up (still in the world).
            self.take_p();
        }
        self.frames.truncate(frames);
        self.defers.truncate(defers);
        self.panics.truncate(panics);
        self.stack_bytes = self.frames.iter().map(|f| self.p.funcs[f.func as usize].frame_bytes as u64).sum();
        outcome
    }

    fn entry_failed(&mut self, t: Trap) -> Outcome {
        flush_output(self.rt);
        match t {
            Trap::Exit(code) => self.rt.exit(code),
            Trap::Fatal(m) if m == INTERRUPTED => {
                eprintln!("interrupted");
            }
            t => {
                self.report(t);
            }
        }
        Outcome::Failed
    }

    /// Ctrl-C reached goroutine 1 at a safepoint.
    pub(super) fn entry_interrupted(&self) -> bool {
        self.cur_id == 1 && active() && INTERRUPT.swap(false, Relaxed)
    }
}

/// Ctrl-C while an entry runs: stop goroutine 1 (running, at its next safepoint; parked, now).
pub fn interrupt(rt: &Runtime) {
    INTERRUPT.store(true, Relaxed);
    let mut s = lock(&rt.sched);
    s.repl_abort = Some(super::runtime::ReplAbort::Interrupt);
    if !rt.wake_bound_locked(&mut s, 1) {
        s.repl_abort = None;
    }
}
