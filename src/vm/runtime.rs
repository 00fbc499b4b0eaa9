//! What all OS threads share: the program, the heap, the scheduler's locked state, the run queues
//! that other threads steal from, stdout, and the system monitor thread.
//!
//! Locks, in the order they may nest: `Runtime::sched`, then the heap's own locks, then `out`.
//! `World::inner` (stop-the-world) is never taken while `sched` is held, and nothing is taken
//! while a thread waits in `World`.

use super::chan::ChanState;
use super::sched::{G, M, P};
use super::timers::TimerAction;
use super::world::World;
use crate::heap::Heap;
use crate::vm::program::Program;
use crossbeam_deque::{Injector, Stealer, Worker};
use rustc_hash::FxHashMap;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::io::{BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// Go's limit on GOMAXPROCS. Ps are created when first needed (ids in order); their stealers sit
/// at their id in `Runtime::stealers`.
pub const MAX_PROCS: usize = 256;

/// The scheduler state guarded by one lock: parked goroutines, channels, timers and the
/// wait queues of sync primitives. Every blocking decision (check a condition, enqueue, park) is
/// one critical section, so a wake-up cannot slip between the check and the park.
#[derive(Default)]
pub struct Sched {
    /// A REPL entry must stop (Ctrl-C, or a deadlock another M found): goroutine 1, parked,
    /// was woken to see it.
    pub repl_abort: Option<ReplAbort>,
    /// Goroutine 1 of a REPL session waits, without a P, for the front end's next entry: a
    /// program all asleep then is not a deadlock (the next entry may wake it). Written by
    /// goroutine 1's M under this lock.
    pub repl_waiting: bool,
    pub chans: Vec<ChanState>,
    /// Goroutines blocked on something, by id.
    pub parked: FxHashMap<u64, Box<G>>,
    /// Goroutines waiting on a sync primitive, by its address (see `natives::sync`).
    pub sync_waiters: FxHashMap<u64, VecDeque<u64>>,
    pub select_seq: u64,
    /// Deadline and timer id, earliest first; stopped timers stay here until they surface.
    pub timers: BinaryHeap<Reverse<(Instant, u64)>>,
    pub timer_seq: u64,
    /// Armed timers (a stopped timer's entry is removed).
    pub timer_actions: FxHashMap<u64, TimerAction>,
    /// Ps no M runs (their run queues are empty).
    pub idle_ps: Vec<Box<P>>,
    /// Ps above GOMAXPROCS after it was lowered.
    pub retired_ps: Vec<Box<P>>,
    /// Ms parked waiting to be handed a P.
    pub idle_ms: Vec<Arc<M>>,
    /// Ms that want a P to resume a bound goroutine (served before Ps go idle).
    pub p_wanted: Vec<Arc<M>>,
    /// Bound goroutines woken whose M has not resumed them yet (they count as runnable).
    pub resuming: usize,
    /// Threads started so far.
    pub nms: usize,
    /// Ps created so far (`Runtime::fresh_p`): when all of them are idle or retired, no M
    /// runs Go code.
    pub nps: usize,
}

/// Why a REPL entry stops.
#[derive(Clone, Copy, Debug)]
pub enum ReplAbort {
    Interrupt,
    Deadlock(&'static str),
}

pub struct Runtime {
    /// The program and its materialised constants; replaced only by a REPL entry (see
    /// `vm::repl`), which bumps `program_version`.
    pub program: Mutex<(&'static Program, &'static [u64])>,
    pub program_version: AtomicU64,
    pub heap: &'static Heap,
    /// The globals block, set once before any goroutine runs.
    pub globals: AtomicU64,
    /// The address every zero-size value shares (Go's zerobase): the word just past the globals,
    /// inside the same (always rooted) block, so it is never freed. Set with `globals`.
    pub zerobase: AtomicU64,
    pub args: Vec<String>,
    /// stdout, buffered; flushed before anything goes to stderr and on every exit.
    pub out: Mutex<StdoutSink>,
    pub sched: Mutex<Sched>,
    /// Wakes the system monitor early (an earlier timer was armed).
    pub sysmon_wake: Condvar,
    /// The global run queue.
    pub injector: Injector<Box<G>>,
    /// Every P's run queue, for stealing, by P id.
    pub stealers: Vec<OnceLock<Stealer<Box<G>>>>,
    /// Ps created so far.
    next_p: AtomicUsize,
    /// GOMAXPROCS.
    pub nprocs: AtomicUsize,
    pub npidle: AtomicUsize,
    pub nmspinning: AtomicUsize,
    pub ngoroutines: AtomicU64,
    pub next_gid: AtomicU64,
    /// Nanoseconds since `epoch` of the earliest armed timer (u64::MAX: none).
    pub timer_next: AtomicU64,
    /// time.Local (a *time.Location: the address of a global), for the times timers send.
    pub time_local: AtomicU64,
    pub epoch: Instant,
    pub world: World,
}

/// The program's stdout: buffered, or captured while the testing package runs an example (Go
/// swaps os.Stdout for a pipe there).
pub struct StdoutSink {
    pub out: BufWriter<Stdout>,
    pub capture: Option<Vec<u8>>,
}

impl std::io::Write for StdoutSink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        match &mut self.capture {
            Some(c) => {
                c.extend_from_slice(b);
                Ok(b.len())
            }
            None => self.out.write(b),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A poisoned lock means a thread panicked, which is a bug reported by that panic already;
    // the data is still usable for printing the report.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Runtime {
    pub fn new(p: &'static Program, heap: &'static Heap, args: Vec<String>, nprocs: usize) -> Runtime {
        Runtime {
            program: Mutex::new((p, &[])),
            program_version: AtomicU64::new(0),
            heap,
            globals: AtomicU64::new(0),
            zerobase: AtomicU64::new(0),
            args,
            out: Mutex::new(StdoutSink { out: BufWriter::with_capacity(1 << 16, std::io::stdout()), capture: None }),
            sched: Mutex::new(Sched::default()),
            sysmon_wake: Condvar::new(),
            injector: Injector::new(),
            stealers: (0..MAX_PROCS).map(|_| OnceLock::new()).collect(),
            next_p: AtomicUsize::new(0),
            nprocs: AtomicUsize::new(nprocs.clamp(1, MAX_PROCS)),
            npidle: AtomicUsize::new(0),
            nmspinning: AtomicUsize::new(0),
            ngoroutines: AtomicU64::new(1),
            next_gid: AtomicU64::new(1),
            timer_next: AtomicU64::new(u64::MAX),
            time_local: AtomicU64::new(0),
            epoch: Instant::now(),
            world: World::default(),
        }
    }

    pub fn nprocs(&self) -> usize {
        self.nprocs.load(Relaxed)
    }

    /// Creates the next P (ids in order), or None past `MAX_PROCS`.
    pub fn fresh_p(&self) -> Option<Box<P>> {
        let id = self.next_p.fetch_add(1, Relaxed);
        if id >= MAX_PROCS {
            return None;
        }
        let runq = Worker::new_fifo();
        let _ = self.stealers[id].set(runq.stealer());
        Some(Box::new(P { id, runq, runnext: None, tick: 0 }))
    }

    /// Ps created so far.
    pub fn ps_created(&self) -> usize {
        self.next_p.load(Relaxed).min(MAX_PROCS)
    }

    pub fn consts(&self) -> &'static [u64] {
        lock(&self.program).1
    }

    /// The program now running.
    pub fn program(&self) -> &'static Program {
        lock(&self.program).0
    }

    /// Wakes parked goroutine `gid` if an M is bound to it (it runs inside a native); under the
    /// lock. Whether it was.
    pub fn wake_bound_locked(&self, s: &mut Sched, gid: u64) -> bool {
        let Some(g) = s.parked.get_mut(&gid) else { return false };
        let Some(m) = &g.bound else { return false };
        if !g.resuming {
            g.resuming = true;
            g.select_token = 0;
            m.g_ready.store(true, std::sync::atomic::Ordering::SeqCst);
            m.thread.unpark();
            s.resuming += 1;
        }
        true
    }

    /// Flushes stdout and ends the process. Holding `out` while exiting keeps other threads from
    /// writing after the flush.
    pub fn exit(&self, code: i32) -> ! {
        if super::repl::active() {
            super::repl::flush_output(self);
        }
        let mut out = lock(&self.out);
        let _ = out.flush();
        drop(out);
        // Go's racefini: under -race, a program ending normally reports the races it found.
        let code = super::race::finish_exit_code(code);
        let _out = lock(&self.out);
        std::process::exit(code)
    }

    pub fn nanos(&self, at: Instant) -> u64 {
        at.saturating_duration_since(self.epoch).as_nanos() as u64
    }

    /// The system monitor: wakes an M when a timer is due and no P is running to notice, and
    /// ends the program on Ctrl-C. It runs no Go code and touches no heap memory.
    pub fn sysmon(&'static self) {
        let mut s = lock(&self.sched);
        loop {
            if super::signal::interrupted() {
                drop(s);
                if !super::repl::active() {
                    self.exit(130);
                }
                // At the prompt Ctrl-C stops the entry, not the session.
                super::signal::clear();
                super::repl::interrupt(self);
                s = lock(&self.sched);
            }
            if let Some(sig) = super::signal::dying() {
                drop(s);
                let mut out = lock(&self.out);
                let _ = out.flush();
                super::signal::die_of(sig);
                drop(out);
                self.exit(128 + sig);
            }
            // A caught signal: os/signal's watcher goroutine's timer is due now.
            if super::signal::pending() {
                let id = super::signal::WAIT_TIMER.swap(0, std::sync::atomic::Ordering::Relaxed);
                if id != 0 && s.timer_actions.contains_key(&id) {
                    s.timers.push(Reverse((Instant::now(), id)));
                    self.timer_next.store(0, std::sync::atomic::Ordering::Relaxed);
                }
            }
            // Stopped timers surface here and are dropped.
            while let Some(Reverse((_, id))) = s.timers.peek().copied() {
                if s.timer_actions.contains_key(&id) {
                    break;
                }
                s.timers.pop();
            }
            let now = Instant::now();
            let mut wait = Duration::from_millis(if super::signal::catching() { 5 } else { 50 });
            if let Some(Reverse((at, _))) = s.timers.peek().copied() {
                if at <= now {
                    // Due: an idle P's M fires it; busy Ms fire timers at their next slice end.
                    drop(s);
                    super::sched::wakep(self);
                    s = lock(&self.sched);
                    wait = Duration::from_millis(1);
                } else {
                    wait = wait.min(at - now);
                }
            }
            s = self.sysmon_wake.wait_timeout(s, wait).unwrap_or_else(|e| e.into_inner()).0;
        }
    }
}
