//! The virtual machine: runs a goroutine's frames of register bytecode in one dispatch loop.
//!
//! Go calls never recurse on the Rust stack: a call pushes a [`Frame`] and the loop continues in
//! the callee, so a goroutine can be suspended at any instruction. Registers of all frames live in
//! one growable buffer (`regs`); a frame is a window starting at `base`. Nothing points into it
//! (escaping variables are heap cells), so growing it is a plain copy.
//!
//! Panics unwind frames inside the loop: a frame with pending deferred calls resumes at its exit
//! sequence (`RunDefers`), which calls them one by one; `recover` in a deferred call started by the
//! unwinding stops the panic, and the frame then returns normally with its named results.

pub mod chan;
pub mod divconst;
mod interp;
pub mod map;
pub mod mem;
pub mod op;
pub mod panic;
pub mod program;
pub mod race;
pub mod repl;
pub mod rtype;
pub mod runtime;
pub mod sched;
pub mod signal;
pub mod timers;
pub mod value;
pub mod window;
pub mod world;

use crate::heap::{Cache, Heap};
use program::{ConstWord, Program};
use runtime::Runtime;
use std::sync::Arc;

/// Nested calls from native code back into Go (a String method printing itself…), each of which
/// uses the Rust stack.
const MAX_NATIVE_DEPTH: u32 = 2_000;

/// Go's goroutine stack limit; frames count `Func::frame_bytes` against it.
pub const MAX_STACK_BYTES: u64 = 1_000_000_000;

/// What stops normal execution.
#[derive(Debug)]
pub enum Trap {
    /// A Go panic with this interface value.
    Panic(u64),
    /// A run-time error (the text after "runtime error: ").
    Runtime(String),
    /// A nil pointer dereference (Go adds the signal line).
    NilDeref,
    /// os.Exit.
    Exit(i32),
    /// A fatal error (not recoverable): `fatal error: …`, exit 2.
    Fatal(String),
    /// A bug in corgi caught at run time (`fatal error: corgi internal: …` and the trace, exit 2).
    Internal(String),
    /// A panic recorded in `Vm::panics` is unwinding past native code.
    Unwinding,
    /// A native asks the scheduler to block the running goroutine.
    Block(sched::Block),
    /// No goroutine can run: main's wait reason.
    Deadlock(&'static str),
}

impl Trap {
    pub fn runtime(msg: &str) -> Trap {
        Trap::Runtime(msg.to_string())
    }
    pub fn nil_deref() -> Trap {
        Trap::NilDeref
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: u32,
    /// The closure being run (its captured words), or 0.
    pub env: u64,
    /// `defers.len()` when the frame started: its own deferred calls are above.
    pub defer_mark: u32,
    /// Started by `RunDefers` during a panic: `recover` may stop that panic here.
    pub recover_ok: bool,
    /// Unwinding for a panic: resumes at its exit sequence to run defers.
    pub unwinding: bool,
    /// A call made by native code: returning from it returns to native code.
    pub boundary: bool,
    /// Under `-race`: the interned stack of this frame's callers, once computed (0 before).
    pub race_node: u32,
}

pub struct Deferred {
    pub closure: u64,
    pub args: Vec<u64>,
}

pub struct PanicRec {
    pub value: u64,
    pub recovered: bool,
    /// `frames.len()` when the panic started.
    pub depth: usize,
    /// (function, pc) of each frame when it started, innermost first.
    pub trace: Vec<(u32, u32)>,
    /// The panic is a nil dereference (Go prints the signal line).
    pub sigsegv: bool,
    /// Not a panic: runtime.Goexit, which runs the deferred calls as a panic does but cannot be
    /// recovered and ends only its goroutine.
    pub goexit: bool,
}

/// One M: an OS thread's interpreter, running the goroutine it holds in these fields.
pub struct Vm {
    pub p: &'static Program,
    pub heap: &'static Heap,
    pub rt: &'static Runtime,
    pub cache: Cache,
    // The running goroutine (see `sched::G`).
    pub regs: Vec<u64>,
    pub frames: Vec<Frame>,
    pub defers: Vec<Deferred>,
    pub panics: Vec<PanicRec>,
    /// Sum of the live frames' `frame_bytes`.
    pub stack_bytes: u64,
    pub cur_id: u64,
    wake_panic: Option<&'static str>,
    /// A sync primitive was handed to the running goroutine while it was parked.
    pub handoff: bool,
    /// When the running goroutine started waiting for the sync primitive it retries.
    pub wait_since: Option<std::time::Instant>,
    pub consts: &'static [u64],
    /// `Runtime::program_version` when `p` and `consts` were taken.
    pub program_version: u64,
    /// The globals block (one word per global).
    pub globals: u64,
    rng: u64,
    /// Values the runtime keeps alive outside registers (e.g. natives' temporaries).
    pub pinned: Vec<u64>,
    /// Nesting of calls from natives into Go.
    pub native_depth: u32,
    slice_left: u32,
    // The scheduler (see `sched`).
    /// The P this M holds (None while parked).
    pub pp: Option<Box<sched::P>>,
    pub m: Arc<sched::M>,
    /// Counted in `Runtime::nmspinning`.
    pub spinning: bool,
    /// Goroutines woken under the scheduler lock, readied after it is released.
    pub woken: Vec<Box<sched::G>>,
    // The race detector (see `race`), under `-race` only.
    pub race: Option<&'static race::Detector>,
    /// The running goroutine's race state.
    pub race_g: Option<Box<race::RaceG>>,
    pub race_cache: race::DepotCache,
}

/// Runs the program; never returns (the process exits with the program's status).
static TEST_BINARY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The program is a test binary run by `corgi test`: its reports end without go run's
/// `exit status N` line, which go test does not print.
pub fn set_test_binary() {
    TEST_BINARY.store(true, std::sync::atomic::Ordering::Relaxed);
}

pub fn is_test_binary() -> bool {
    TEST_BINARY.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn run(p: Program, args: Vec<String>, race: bool) -> ! {
    start_runtime(p, args, race, None)
}

/// Starts the runtime on this thread and runs it until the program ends; `started` (the REPL)
/// is sent the runtime once it exists.
pub fn start_runtime(
    p: Program,
    args: Vec<String>,
    race: bool,
    started: Option<std::sync::mpsc::Sender<&'static Runtime>>,
) -> ! {
    if std::env::var_os("CORGI_DUMP").is_some() {
        for (i, f) in p.funcs.iter().enumerate() {
            if f.code.is_empty() || f.name.starts_with("fmt.") {
                continue;
            }
            eprintln!("func {i} {} params={} results={} regs={}", f.name, f.nparams, f.nresults, f.nregs);
            for (pc, op) in f.code.iter().enumerate() {
                eprintln!("  {pc:4} {op:?}");
            }
        }
    }
    if let Err(e) = p.verify() {
        eprintln!("corgi: internal error: {e}");
        std::process::exit(2);
    }
    signal::install();
    // The program, heap and runtime live until the process exits; every M thread shares them.
    let p: &'static Program = Box::leak(Box::new(p));
    let heap: &'static Heap = Box::leak(Box::new(Heap::new(64 << 30)));
    let (base, len) = heap.region();
    mem::set_region(base, len);
    let rt: &'static Runtime = Box::leak(Box::new(Runtime::new(p, heap, args, gomaxprocs_from_env())));
    let main_race = if race {
        match race::enable(heap) {
            Ok(g) => Some(Box::new(g)),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2)
            }
        }
    } else {
        None
    };
    let mut vm = Vm::new(rt);
    vm.race_g = main_race;
    if let Err(t) = vm.start() {
        vm.finish(t)
    }
    if let Some(tx) = started {
        let _ = tx.send(rt);
    }
    vm.start_world();
    vm.run_m()
}

fn gomaxprocs_from_env() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

impl Vm {
    pub fn new(rt: &'static Runtime) -> Vm {
        // Each M's random stream (select, stealing) differs: the clock plus a count of Ms.
        static MS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let m_count = MS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
            ^ m_count.wrapping_mul(0x9e3779b97f4a7c15)
            | 1;
        let (p, consts) = *runtime::lock(&rt.program);
        Vm {
            p,
            heap: rt.heap,
            rt,
            cache: rt.heap.new_cache(),
            regs: vec![0; 256],
            frames: Vec::new(),
            defers: Vec::new(),
            panics: Vec::new(),
            stack_bytes: 0,
            cur_id: 1,
            wake_panic: None,
            handoff: false,
            wait_since: None,
            consts,
            program_version: rt.program_version.load(std::sync::atomic::Ordering::Relaxed),
            globals: rt.globals.load(std::sync::atomic::Ordering::Relaxed),
            rng: seed,
            pinned: Vec::new(),
            native_depth: 0,
            slice_left: sched::TIME_SLICE,
            pp: None,
            m: Arc::new(sched::M {
                mailbox: std::sync::Mutex::new(None),
                thread: std::thread::current(),
                g_ready: std::sync::atomic::AtomicBool::new(false),
            }),
            spinning: false,
            woken: Vec::new(),
            race: race::detector(),
            race_g: None,
            race_cache: race::DepotCache::default(),
        }
    }

    pub fn rand(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Builds the constants and globals, and loads main's goroutine (id 1) at the entry.
    fn start(&mut self) -> Result<(), Trap> {
        let mut consts = Vec::with_capacity(self.p.consts.len());
        for c in &self.p.consts {
            let w = match c {
                ConstWord::Word(w) => *w,
                ConstWord::Str(s) => self.new_str(s)?,
                ConstWord::Complex(re, im) => self.new_complex(*re, *im, false)?,
                ConstWord::Func(f) => self.new_closure(*f, &[])?,
            };
            consts.push(w);
        }
        let consts: &'static [u64] = Box::leak(consts.into_boxed_slice());
        runtime::lock(&self.rt.program).1 = consts;
        self.consts = consts;
        let n = if repl::active() { repl::MAX_GLOBALS as u64 } else { self.p.globals.len() as u64 };
        self.globals = self.alloc(n * 8 + 8, true)?;
        self.rt.globals.store(self.globals, std::sync::atomic::Ordering::Relaxed);
        self.rt.zerobase.store(self.globals + n * 8, std::sync::atomic::Ordering::Relaxed);
        for (i, &t) in self.p.globals.iter().enumerate() {
            let z = self.zero_value(t)?;
            mem::st(self.globals + 8 * i as u64, z);
        }
        crate::natives::init_globals(self)?;
        let entry = self.p.entry;
        self.push_frame(entry, 0, 0)
    }

    /// Takes up the program a REPL entry swapped in, if any (cheap when none did).
    #[inline]
    pub fn refresh_program(&mut self) {
        let v = self.rt.program_version.load(std::sync::atomic::Ordering::Relaxed);
        if v != self.program_version {
            let (p, consts) = *runtime::lock(&self.rt.program);
            self.p = p;
            self.consts = consts;
            self.program_version = v;
        }
    }

    /// Pushes a frame for function `fid` whose registers start at absolute index `base`.
    /// Inline: the common case is a few compares and the push; the rest is `push_frame_slow`.
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, fid: u32, base: usize, env: u64) -> Result<(), Trap> {
        let f = &self.p.funcs[fid as usize];
        let need = base + f.nregs as usize + 8;
        let bytes = self.stack_bytes + f.frame_bytes as u64;
        if f.code.is_empty() || bytes > MAX_STACK_BYTES || need > self.regs.len() {
            return self.push_frame_slow(fid, base, env);
        }
        self.stack_bytes = bytes;
        self.frames.push(Frame {
            func: fid,
            pc: 0,
            base: base as u32,
            env,
            defer_mark: self.defers.len() as u32,
            recover_ok: false,
            unwinding: false,
            boundary: false,
            race_node: 0,
        });
        Ok(())
    }

    /// `push_frame` for an unimplemented function, a stack overflow, or a register file to grow.
    #[cold]
    #[inline(never)]
    fn push_frame_slow(&mut self, fid: u32, base: usize, env: u64) -> Result<(), Trap> {
        let f = &self.p.funcs[fid as usize];
        if f.code.is_empty() {
            return Err(Trap::Fatal(format!("corgi: {} is not implemented in the core library", f.name)));
        }
        if self.stack_bytes + f.frame_bytes as u64 > MAX_STACK_BYTES {
            self.stack_bytes += f.frame_bytes as u64;
            return Err(Trap::Fatal("stack overflow".into()));
        }
        let need = base + f.nregs as usize + 8;
        if need > self.regs.len() {
            let new_len = (self.regs.len() * 2).max(need);
            self.regs.resize(new_len, 0);
        }
        self.push_frame(fid, base, env)
    }

    /// Calls the function value `closure` with `args` from native code; returns its results.
    pub fn call_value(&mut self, closure: u64, args: &[u64], nres: usize) -> Result<Vec<u64>, Trap> {
        if closure == 0 {
            return Err(Trap::NilDeref);
        }
        let fid = mem::ld(closure) as u32;
        self.call_with_env(fid, closure, args, nres)
    }

    /// Calls function `fid` (no closure) with `args` from native code.
    pub fn call_func(&mut self, fid: u32, args: &[u64], nres: usize) -> Result<Vec<u64>, Trap> {
        self.call_with_env(fid, 0, args, nres)
    }

    /// Removes the innermost panic (a native recovered it); its value.
    pub fn take_panic(&mut self) -> Option<u64> {
        self.panics.pop().map(|p| p.value)
    }

    fn call_with_env(&mut self, fid: u32, closure: u64, args: &[u64], nres: usize) -> Result<Vec<u64>, Trap> {
        // Natives calling Go calling natives… recurse on the Rust stack: bound it like Go's stack.
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(Trap::Fatal("stack overflow".into()));
        }
        self.native_depth += 1;
        let r = self.call_with_env_inner(fid, closure, args, nres);
        self.native_depth -= 1;
        r
    }

    fn call_with_env_inner(&mut self, fid: u32, closure: u64, args: &[u64], nres: usize) -> Result<Vec<u64>, Trap> {
        let base = match self.frames.last() {
            Some(fr) => fr.base as usize + self.p.funcs[fr.func as usize].nregs as usize + 8,
            None => 0,
        };
        let depth = self.frames.len();
        self.push_frame(fid, base, closure)?;
        for (i, &a) in args.iter().enumerate() {
            self.regs[base + i] = a;
        }
        if let Some(fr) = self.frames.last_mut() {
            fr.boundary = true;
        }
        self.run_loop(depth)?;
        Ok((0..nres).map(|i| self.regs[base + i]).collect())
    }

    /// Runs until the frame stack shrinks back to `depth` frames.
    fn run_loop(&mut self, depth: usize) -> Result<(), Trap> {
        loop {
            let r = if self.race.is_some() { self.interp::<true>(depth) } else { self.interp::<false>(depth) };
            match r {
                Ok(()) => return Ok(()),
                Err(Trap::Exit(c)) => return Err(Trap::Exit(c)),
                Err(Trap::Fatal(m)) => return Err(Trap::Fatal(m)),
                Err(Trap::Internal(m)) => return Err(Trap::Internal(m)),
                Err(Trap::Unwinding) => self.unwind(depth)?,
                Err(Trap::Deadlock(r)) => return Err(Trap::Deadlock(r)),
                Err(Trap::Block(_)) => return Err(Trap::Fatal("corgi: blocking here is not supported yet".into())),
                Err(t) => {
                    let sigsegv = matches!(t, Trap::NilDeref);
                    let v = self.trap_value(t)?;
                    self.start_panic(v, sigsegv)?;
                    self.unwind(depth)?;
                }
            }
        }
    }

    /// The interface value a panic-producing trap stands for.
    fn trap_value(&mut self, t: Trap) -> Result<u64, Trap> {
        match t {
            Trap::Panic(v) => {
                if v == 0 {
                    // panic(nil) is a *runtime.PanicNilError since Go 1.21.
                    let s = self.new_str(b"runtime error: panic called with nil argument")?;
                    let t = self.p.well_known.panic_nil_error;
                    return self.new_box(t, s);
                }
                Ok(v)
            }
            Trap::Runtime(m) => self.runtime_error(&m),
            Trap::NilDeref => self.runtime_error("invalid memory address or nil pointer dereference"),
            other => Err(other),
        }
    }

    pub fn runtime_error(&mut self, msg: &str) -> Result<u64, Trap> {
        let s = self.new_str(format!("runtime error: {msg}").as_bytes())?;
        let t = self.p.well_known.runtime_error;
        self.new_box(t, s)
    }

    /// A runtime.Error whose text has no "runtime error: " prefix (Go's plainError).
    pub fn plain_runtime_error(&mut self, msg: &str) -> Result<u64, Trap> {
        let s = self.new_str(msg.as_bytes())?;
        let t = self.p.well_known.runtime_error;
        self.new_box(t, s)
    }

    /// An `error` value like errors.New(msg).
    pub fn plain_error(&mut self, msg: &str) -> Result<u64, Trap> {
        let s = self.new_str(msg.as_bytes())?;
        let t = self.p.well_known.error_string;
        let cell = self.alloc(8, true)?;
        mem::st(cell, s);
        self.new_box(t, cell)
    }

    fn start_panic(&mut self, value: u64, sigsegv: bool) -> Result<(), Trap> {
        let trace = self.frames.iter().rev().map(|f| (f.func, f.pc.saturating_sub(1))).collect();
        self.panics.push(PanicRec { value, recovered: false, depth: self.frames.len(), trace, sigsegv, goexit: false });
        Ok(())
    }

    /// Finds the innermost frame that has deferred calls to run, and resumes it there.
    fn unwind(&mut self, depth: usize) -> Result<(), Trap> {
        loop {
            if self.frames.len() <= depth {
                if depth == 0 && self.panics.last().is_some_and(|p| p.goexit) {
                    // Goexit ran every deferred call: the goroutine ends (main waits for the others).
                    self.panics.clear();
                    return if self.cur_id == 1 { self.park("goexit", 0) } else { self.exit_current() };
                }
                // Past a native boundary (or out of the goroutine): the caller keeps unwinding.
                return Err(Trap::Unwinding);
            }
            let fr = *self.frames.last().expect("frame");
            let f = &self.p.funcs[fr.func as usize];
            if self.defers.len() > fr.defer_mark as usize
                && let Some(exit) = f.exit_pc
            {
                let top = self.frames.last_mut().expect("frame");
                top.pc = exit;
                top.unwinding = true;
                return Ok(());
            }
            self.defers.truncate(fr.defer_mark as usize);
            self.frames.pop();
            self.stack_bytes -= self.p.funcs[fr.func as usize].frame_bytes as u64;
        }
    }
}
