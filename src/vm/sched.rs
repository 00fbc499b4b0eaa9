//! Goroutines on a G-M-P scheduler after Go's (GOROOT/src/runtime/proc.go).
//!
//! G: a goroutine that is not running, its registers and frames boxed (a few hundred bytes while
//! parked). M: an OS thread with its own [`Vm`], which runs the G it holds in the VM's fields.
//! P: a logical processor, GOMAXPROCS of them; an M needs one to run Go code. Each P has a local
//! FIFO run queue (crossbeam's work-stealing deque) and a `runnext` slot: a goroutine readied or
//! started by the running one runs next, inheriting the time slice, which makes ping-pong over a
//! channel a switch on one thread rather than a wake-up of another. `runnext` is private to its P;
//! only the queue can be stolen.
//!
//! Finding work (`find_runnable`): every 61st time the global queue first (fairness), then
//! `runnext`, the local queue, the global queue, then stealing half of another P's queue, trying
//! the victims from a random start. An M that finds nothing spins a few rounds (at most half the
//! busy Ps' Ms spin at once), then gives its P back and parks its thread. Whoever makes work
//! stealable (a push to a local queue or the global one) calls [`wakep`], which hands an idle P
//! to a parked M (or starts a thread) when nobody is spinning already. Lost wake-ups are excluded
//! the usual way: the parking M publishes itself idle, then looks at every queue once more; the
//! waker publishes its work, then looks for idle Ps (both with SeqCst fences between).
//!
//! Preemption: a goroutine that takes `TIME_SLICE` loop back-edges and calls without blocking
//! (well under Go's 10 ms) yields if anything else is runnable, so neither `for {}` nor a deep
//! recursion can starve others even with GOMAXPROCS=1.
//!
//! Deadlock: the M that idles the last P checks, under the scheduler lock, that no goroutine is
//! runnable and no timer is armed; then nothing can ever run again, and Go's report follows.

use super::runtime::{MAX_PROCS, Runtime, Sched, lock};
use super::{Deferred, Frame, PanicRec, Trap, Vm};
use crossbeam_deque::{Steal, Worker};
use std::sync::atomic::{Ordering::Relaxed, Ordering::SeqCst, fence};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// A goroutine that is not running.
#[derive(Default)]
pub struct G {
    pub id: u64,
    pub regs: Vec<u64>,
    pub frames: Vec<Frame>,
    pub defers: Vec<Deferred>,
    pub panics: Vec<PanicRec>,
    pub stack_bytes: u64,
    /// Why it is parked (Go's wait reason, for deadlock traces).
    pub wait: &'static str,
    /// The select it is parked in (0 = none); waking one case invalidates the others.
    pub select_token: u64,
    /// Resume by panicking with this run-time error text (e.g. a send on a channel closed while
    /// blocked).
    pub wake_panic: Option<&'static str>,
    /// A sync primitive was handed to it while parked (mutex starvation mode).
    pub handoff: bool,
    /// When it started waiting for the sync primitive it is retrying (mutex starvation).
    pub wait_since: Option<Instant>,
    /// Parked inside a callback from native code: its M waits for it (the native's frames are on
    /// that M's Rust stack), so a wake-up goes to that M instead of a run queue.
    pub bound: Option<Arc<M>>,
    /// A bound goroutine was woken and its M is on the way to resume it.
    pub resuming: bool,
    /// The M's pinned values while a bound goroutine is parked.
    pub pinned: Vec<u64>,
    /// Its race detector state (under `-race`).
    pub race: Option<Box<super::race::RaceG>>,
}

/// A logical processor.
pub struct P {
    pub id: usize,
    pub runq: Worker<Box<G>>,
    pub runnext: Option<Box<G>>,
    pub tick: u32,
}

/// An OS thread's parking place: a P is handed over through `mailbox`, then the thread unparked.
pub struct M {
    pub mailbox: Mutex<Option<(Box<P>, bool)>>,
    pub thread: std::thread::Thread,
    /// Its bound goroutine was woken.
    pub g_ready: std::sync::atomic::AtomicBool,
}

/// What a blocking native asks of the scheduler.
#[derive(Debug)]
pub enum Block {
    /// The native parked the goroutine itself (under the scheduler lock): switch to another.
    Parked,
    /// Park for this long, then continue after the native.
    Sleep(Duration),
    /// Give the processor to another goroutine (runtime.Gosched).
    Yield,
    /// End the running goroutine (runtime.Goexit) after its deferred calls.
    Exit,
}

/// Loop back-edges and calls a goroutine may make before it yields to others.
pub const TIME_SLICE: u32 = 20_000;

/// Stack of the threads that run goroutines: natives calling back into Go nest on it.
const M_STACK: usize = 256 << 20;

/// Rounds of stealing an M tries before it parks.
const SPIN_ROUNDS: usize = 4;

/// Hands an idle P to a parked (or new) M if there is stealable work and nobody spins for it.
pub fn wakep(rt: &'static Runtime) {
    if rt.npidle.load(SeqCst) == 0 || rt.nmspinning.load(SeqCst) != 0 {
        return;
    }
    if rt.nmspinning.compare_exchange(0, 1, SeqCst, SeqCst).is_err() {
        return;
    }
    let mut s = lock(&rt.sched);
    let Some(p) = s.idle_ps.pop() else {
        drop(s);
        rt.nmspinning.fetch_sub(1, SeqCst);
        return;
    };
    rt.npidle.fetch_sub(1, SeqCst);
    run_p_on_m(rt, s, p, true);
}

/// Gives `p` to `m`, which waits for one in `wait_for_p`.
fn hand_p(m: &M, p: Box<P>, spinning: bool) {
    *lock(&m.mailbox) = Some((p, spinning));
    m.thread.unpark();
}

/// Runs `p` on a parked M, or on a new thread; the scheduler lock `s` is released first.
fn run_p_on_m(rt: &'static Runtime, mut s: MutexGuard<'_, Sched>, p: Box<P>, spinning: bool) {
    match s.idle_ms.pop() {
        Some(m) => {
            drop(s);
            hand_p(&m, p, spinning);
        }
        None => {
            s.nms += 1;
            drop(s);
            start_m(rt, p, spinning);
        }
    }
}

/// REPL: goroutine 1's M (`m`) takes a P again after the wait for an entry, waiting for one if
/// all are busy. Clearing `repl_waiting` in the same critical section keeps another M from
/// finding the program all asleep in between.
pub(super) fn take_p_after_repl_wait(rt: &'static Runtime, m: &Arc<M>) -> Box<P> {
    let mut s = lock(&rt.sched);
    s.repl_waiting = false;
    if let Some(p) = s.idle_ps.pop() {
        rt.npidle.fetch_sub(1, SeqCst);
        return p;
    }
    s.p_wanted.push(m.clone());
    drop(s);
    loop {
        if let Some((p, _)) = lock(&m.mailbox).take() {
            return p;
        }
        std::thread::park();
    }
}

/// Starts an OS thread running goroutines on `p`.
fn start_m(rt: &'static Runtime, p: Box<P>, spinning: bool) {
    let started = std::thread::Builder::new().name("corgi-m".into()).stack_size(M_STACK).spawn(move || {
        let mut vm = Vm::new(rt);
        vm.pp = Some(p);
        vm.spinning = spinning;
        rt.world.enter();
        match vm.schedule() {
            Ok(()) => vm.run_m(),
            Err(t) => vm.finish(t),
        }
    });
    if started.is_err() {
        let _ = std::io::Write::write_all(&mut std::io::stderr(), b"runtime: failed to create new OS thread\n");
        rt.exit(2);
    }
}

impl Vm {
    /// The running goroutine's state, taken out of the VM.
    pub(super) fn take_current(&mut self) -> Box<G> {
        Box::new(G {
            id: self.cur_id,
            regs: std::mem::take(&mut self.regs),
            frames: std::mem::take(&mut self.frames),
            defers: std::mem::take(&mut self.defers),
            panics: std::mem::take(&mut self.panics),
            stack_bytes: self.stack_bytes,
            wait: "",
            select_token: 0,
            wake_panic: None,
            handoff: false,
            wait_since: self.wait_since.take(),
            bound: None,
            resuming: false,
            pinned: std::mem::take(&mut self.pinned),
            race: self.race_g.take(),
        })
    }

    pub(super) fn put_current(&mut self, g: G) {
        self.cur_id = g.id;
        self.regs = g.regs;
        self.frames = g.frames;
        self.defers = g.defers;
        self.panics = g.panics;
        self.stack_bytes = g.stack_bytes;
        self.wake_panic = g.wake_panic;
        self.handoff = g.handoff;
        self.wait_since = g.wait_since;
        self.pinned = g.pinned;
        self.race_g = g.race;
    }

    /// Runs goroutines on this M until the program ends.
    pub fn run_m(&mut self) -> ! {
        match self.run_loop(0) {
            // Only main's return ends the loop: the program is over.
            Ok(()) => self.rt.exit(0),
            Err(t) => self.finish(t),
        }
    }

    /// Reports what ended the program and exits.
    pub fn finish(&mut self, t: Trap) -> ! {
        let code = self.report(t);
        self.rt.exit(code)
    }

    /// `go f(args)` at `pc` (None: a timer's function): a new goroutine calling closure `f`, to
    /// run next on this P.
    pub(super) fn spawn(&mut self, closure: u64, args: &[u64], pc: Option<usize>) -> Result<(), Trap> {
        let id = self.rt.next_gid.fetch_add(1, Relaxed) + 1;
        let fid = super::mem::ld(closure) as u32;
        let f = &self.p.funcs[fid as usize];
        if f.code.is_empty() {
            return Err(Trap::Fatal(format!("corgi: {} is not implemented in the core library", f.name)));
        }
        let mut regs = vec![0u64; f.nregs as usize + 8];
        regs[..args.len()].copy_from_slice(args);
        let frame = Frame {
            func: fid,
            pc: 0,
            base: 0,
            env: closure,
            defer_mark: 0,
            recover_ok: false,
            unwinding: false,
            boundary: false,
            race_node: 0,
        };
        let race = self.race_spawn(id, pc, closure);
        let g = G { id, regs, frames: vec![frame], stack_bytes: f.frame_bytes as u64, race, ..Default::default() };
        self.rt.ngoroutines.fetch_add(1, Relaxed);
        self.ready(Box::new(g));
        Ok(())
    }

    /// Makes `g` runnable on this M's P, in `runnext`; the goroutine it displaces goes to the
    /// local queue, where other Ps may steal it.
    pub fn ready(&mut self, g: Box<G>) {
        let Some(pp) = self.pp.as_mut() else {
            self.rt.injector.push(g);
            wakep(self.rt);
            return;
        };
        if let Some(old) = pp.runnext.replace(g) {
            pp.runq.push(old);
            fence(SeqCst);
            wakep(self.rt);
        }
    }

    /// Readies the goroutines a channel operation woke (collected under the lock): the running
    /// goroutine is likely to block on the same channel soon, so they run next on this P.
    pub fn ready_woken(&mut self) {
        while let Some(g) = self.woken.pop() {
            self.ready(g);
        }
    }

    /// Readies the goroutines a WaitGroup or RWMutex release woke into the local queue, where an
    /// idle P can steal them at once: the releaser usually keeps running, and waiters kept in
    /// `runnext` behind it would wait out its time slice. (A mutex waiter goes to `runnext`: it
    /// retries the lock, and running it beside its releaser only makes the two fight over it.)
    pub fn ready_woken_stealable(&mut self) {
        let Some(pp) = self.pp.as_mut() else { return self.ready_woken() };
        if self.woken.is_empty() {
            return;
        }
        while let Some(g) = self.woken.pop() {
            pp.runq.push(g);
        }
        fence(SeqCst);
        wakep(self.rt);
    }

    /// Moves the running goroutine (its pc already saved) into the parked set; the caller holds
    /// the scheduler lock and switches with `schedule` after releasing it.
    pub fn park_locked(&mut self, s: &mut Sched, reason: &'static str, select_token: u64) {
        let mut g = self.take_current();
        if let (Some(det), Some(r)) = (self.race, g.race.as_deref_mut()) {
            det.park(r);
        }
        g.wait = reason;
        g.select_token = select_token;
        if self.native_depth > 0 {
            g.bound = Some(self.m.clone());
        }
        s.parked.insert(g.id, g);
    }

    /// Parks the running goroutine and switches to the next runnable one.
    pub(super) fn park(&mut self, reason: &'static str, select_token: u64) -> Result<(), Trap> {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        self.park_locked(&mut s, reason, select_token);
        drop(s);
        self.schedule()
    }

    /// Takes parked goroutine `gid` out of the parked set (under the lock) into `woken`.
    pub fn wake_locked(&mut self, s: &mut Sched, gid: u64) {
        if let Some(g) = s.parked.get_mut(&gid)
            && let Some(m) = &g.bound
        {
            // Its M resumes it; it stays parked (and seen by the collector) until then.
            if !g.resuming {
                g.resuming = true;
                g.select_token = 0;
                m.g_ready.store(true, SeqCst);
                m.thread.unpark();
                s.resuming += 1;
            }
            return;
        }
        if let Some(mut g) = s.parked.remove(&gid) {
            g.select_token = 0;
            self.woken.push(g);
        }
    }

    /// Wakes goroutines waiting on sync key `key` (all, or the first); under the lock.
    pub fn wake_key_locked(&mut self, s: &mut Sched, key: u64, all: bool) {
        let Some(q) = s.sync_waiters.get_mut(&key) else { return };
        let ids: Vec<u64> = if all { q.drain(..).collect() } else { q.pop_front().into_iter().collect() };
        if q.is_empty() {
            s.sync_waiters.remove(&key);
        }
        for id in ids {
            self.wake_locked(s, id);
        }
    }

    /// Whether another goroutine is waiting to run (so a long-running one should yield).
    fn others_runnable(&self) -> bool {
        match &self.pp {
            Some(pp) => pp.runnext.is_some() || !pp.runq.is_empty() || !self.rt.injector.is_empty(),
            None => false,
        }
    }

    /// End of a time slice: fire due timers, then yield if another goroutine waits.
    pub(super) fn preempt(&mut self) -> Result<(), Trap> {
        self.fire_due_timers()?;
        if self.others_runnable() || self.p_retired() {
            let g = self.take_current();
            self.rt.injector.push(g);
            fence(SeqCst);
            wakep(self.rt);
            return self.schedule();
        }
        Ok(())
    }

    /// runtime.Gosched: the running goroutine goes to the global queue.
    pub(super) fn yield_now(&mut self) -> Result<(), Trap> {
        self.fire_due_timers()?;
        let g = self.take_current();
        self.rt.injector.push(g);
        fence(SeqCst);
        wakep(self.rt);
        self.schedule()
    }

    /// Goroutines alive.
    pub fn goroutine_count(&self) -> u64 {
        self.rt.ngoroutines.load(Relaxed)
    }

    /// The running goroutine finished.
    pub(super) fn exit_current(&mut self) -> Result<(), Trap> {
        self.race_exit();
        let _ = self.take_current();
        self.rt.ngoroutines.fetch_sub(1, Relaxed);
        self.schedule()
    }

    /// Switches to the next runnable goroutine, waiting (P given back, thread parked) while there
    /// is none; deadlock when nothing can ever run again.
    pub(super) fn schedule(&mut self) -> Result<(), Trap> {
        if self.native_depth > 0 {
            // Parked inside a callback from native code: only this M can resume it.
            return self.wait_bound();
        }
        let g = self.find_runnable()?;
        self.put_current(*g);
        self.slice_left = TIME_SLICE;
        Ok(())
    }

    /// This M's P was removed by lowering GOMAXPROCS.
    fn p_retired(&self) -> bool {
        self.pp.as_ref().is_some_and(|pp| pp.id >= self.rt.nprocs())
    }

    fn find_runnable(&mut self) -> Result<Box<G>, Trap> {
        let rt = self.rt;
        loop {
            if rt.world.stop.load(Relaxed) {
                self.gc_safepoint();
            }
            if self.p_retired() {
                self.retire_p();
                continue;
            }
            self.fire_due_timers()?;
            let pp = self.pp.as_mut().expect("an M looking for work holds a P");
            pp.tick = pp.tick.wrapping_add(1);
            if pp.tick.is_multiple_of(61)
                && let Some(g) = take(rt.injector.steal_batch_and_pop(&pp.runq))
            {
                return Ok(self.found(g));
            }
            if let Some(g) = pp.runnext.take() {
                return Ok(self.found(g));
            }
            if let Some(g) = pp.runq.pop() {
                return Ok(self.found(g));
            }
            if let Some(g) = take(rt.injector.steal_batch_and_pop(&pp.runq)) {
                return Ok(self.found(g));
            }
            let nprocs = rt.nprocs();
            if nprocs > 1 {
                let busy = nprocs.saturating_sub(rt.npidle.load(SeqCst));
                if !self.spinning && 2 * rt.nmspinning.load(SeqCst) < busy {
                    self.spinning = true;
                    rt.nmspinning.fetch_add(1, SeqCst);
                }
                if self.spinning {
                    for _ in 0..SPIN_ROUNDS {
                        if let Some(g) = self.steal() {
                            return Ok(self.found(g));
                        }
                        std::hint::spin_loop();
                    }
                }
            }
            self.idle()?;
        }
    }

    /// Bookkeeping when an M found a goroutine: a spinning M that stops spinning wakes another
    /// spinner, since there may be more work.
    fn found(&mut self, g: Box<G>) -> Box<G> {
        if self.spinning {
            self.spinning = false;
            if self.rt.nmspinning.fetch_sub(1, SeqCst) == 1 {
                wakep(self.rt);
            }
        }
        g
    }

    /// Steals half of another P's queue into ours, victims from a random start.
    fn steal(&mut self) -> Option<Box<G>> {
        let rt = self.rt;
        let n = rt.nprocs().min(MAX_PROCS);
        let me = self.pp.as_ref().map_or(usize::MAX, |pp| pp.id);
        let start = (self.rand() % n as u64) as usize;
        let pp = self.pp.as_ref()?;
        for i in 0..n {
            let v = (start + i) % n;
            if v == me {
                continue;
            }
            if let Some(st) = rt.stealers[v].get()
                && let Some(g) = take(st.steal_batch_and_pop(&pp.runq))
            {
                return Some(g);
            }
        }
        None
    }

    /// Whether any queue holds a goroutine (a P above GOMAXPROCS may still hold some until its
    /// M retires it).
    fn any_work(&self) -> bool {
        let rt = self.rt;
        !rt.injector.is_empty() || rt.stealers[..rt.ps_created()].iter().any(|s| s.get().is_some_and(|s| !s.is_empty()))
    }

    /// Gives the P back and parks the thread until it is handed one again.
    fn idle(&mut self) -> Result<(), Trap> {
        let rt = self.rt;
        let was_spinning = std::mem::take(&mut self.spinning);
        let mut s = lock(&rt.sched);
        if !rt.injector.is_empty() {
            drop(s);
            if was_spinning {
                rt.nmspinning.fetch_sub(1, SeqCst);
            }
            return Ok(());
        }
        let pp = self.pp.take().expect("an idling M holds a P");
        if self.give_up_p(&mut s, pp) && !self.repl_deadlock(&mut s) {
            return Err(self.deadlock(s));
        }
        s.idle_ms.push(self.m.clone());
        drop(s);
        if was_spinning {
            rt.nmspinning.fetch_sub(1, SeqCst);
        }
        rt.world.leave();
        fence(SeqCst);
        if self.any_work() {
            // Work arrived while the P was being given back: take one back for it, unless a
            // waker is already handing us one.
            let mut s = lock(&rt.sched);
            if let Some(i) = s.idle_ms.iter().position(|m| Arc::ptr_eq(m, &self.m))
                && let Some(p) = s.idle_ps.pop()
            {
                s.idle_ms.swap_remove(i);
                rt.npidle.fetch_sub(1, SeqCst);
                drop(s);
                self.pp = Some(p);
                rt.world.enter();
                return Ok(());
            }
        }
        let (p, spinning) = self.wait_for_p();
        self.pp = Some(p);
        self.spinning = spinning;
        rt.world.enter();
        Ok(())
    }

    /// Gives `pp` up, the lock held: to an M waiting to resume a bound goroutine, else to the idle
    /// set. Whether that left the whole program asleep (a deadlock).
    fn give_up_p(&mut self, s: &mut Sched, pp: Box<P>) -> bool {
        if let Some(m) = s.p_wanted.pop() {
            hand_p(&m, pp, false);
            return false;
        }
        s.idle_ps.push(pp);
        self.rt.npidle.fetch_add(1, SeqCst);
        self.all_asleep(s)
    }

    /// No M holds a P, nothing is queued, no timer is armed and no bound goroutine is being
    /// resumed: nothing can ever run again.
    fn all_asleep(&self, s: &Sched) -> bool {
        !s.repl_waiting
            && s.idle_ps.len() + s.retired_ps.len() == s.nps
            && s.timer_actions.is_empty()
            && s.resuming == 0
            && !self.any_work()
    }

    /// Loads main's goroutine for the deadlock report.
    fn deadlock(&mut self, mut s: MutexGuard<'_, Sched>) -> Trap {
        let main = s.parked.remove(&1);
        drop(s);
        let reason = main.as_ref().map_or("running", |g| g.wait);
        if let Some(g) = main {
            self.put_current(*g);
        }
        Trap::Deadlock(reason)
    }

    /// The running goroutine parked inside a callback from native code (its pc saved, its state
    /// in the parked set): the P goes to another M, as Go does for a blocking system call, and
    /// this thread waits until the goroutine is woken, then takes a P again and resumes it.
    fn wait_bound(&mut self) -> Result<(), Trap> {
        let rt = self.rt;
        let gid = self.cur_id;
        if let Some(pp) = self.pp.take() {
            let has_work = pp.runnext.is_some() || !pp.runq.is_empty() || !rt.injector.is_empty();
            let mut s = lock(&rt.sched);
            if has_work {
                run_p_on_m(rt, s, pp, false);
            } else if self.give_up_p(&mut s, pp) && (gid == 1 || !self.repl_deadlock(&mut s)) {
                return Err(self.deadlock(s));
            }
        }
        rt.world.leave();
        while !self.m.g_ready.swap(false, SeqCst) {
            std::thread::park();
        }
        self.reacquire_p();
        let mut s = lock(&rt.sched);
        let g = s.parked.remove(&gid);
        s.resuming -= 1;
        let abort = if gid == 1 { s.repl_abort.take() } else { None };
        drop(s);
        let Some(mut g) = g else { return Err(Trap::Fatal("corgi: a bound goroutine vanished".into())) };
        g.bound = None;
        g.resuming = false;
        let wait = g.wait;
        self.put_current(*g);
        match abort {
            Some(super::runtime::ReplAbort::Interrupt) => Err(Trap::Fatal(super::repl::INTERRUPTED.into())),
            Some(super::runtime::ReplAbort::Deadlock(_)) => Err(Trap::Deadlock(wait)),
            None => Ok(()),
        }
    }

    /// REPL: goroutine 1 is about to wait for the front end's next entry. Its P goes to another
    /// M if it holds work (goroutines the entry started), else to the idle set, as for a blocking
    /// system call; [`take_p_after_repl_wait`] takes one back.
    pub(super) fn release_p_for_repl_wait(&mut self) {
        let rt = self.rt;
        let Some(pp) = self.pp.take() else { return };
        let has_work = pp.runnext.is_some() || !pp.runq.is_empty() || !rt.injector.is_empty();
        let mut s = lock(&rt.sched);
        s.repl_waiting = true;
        if has_work {
            run_p_on_m(rt, s, pp, false);
        } else {
            // Not a deadlock while goroutine 1 waits (`repl_waiting`).
            let _ = self.give_up_p(&mut s, pp);
        }
    }

    /// Takes a P again (this M gave its own up) and re-enters the world.
    pub(super) fn reacquire_p(&mut self) {
        self.take_p();
        self.rt.world.enter();
    }

    /// Takes a P again (this M gave its own up, still counted in the world).
    pub(super) fn take_p(&mut self) {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        if let Some(p) = s.idle_ps.pop() {
            rt.npidle.fetch_sub(1, SeqCst);
            drop(s);
            self.pp = Some(p);
        } else {
            s.p_wanted.push(self.m.clone());
            drop(s);
            self.pp = Some(self.wait_for_p().0);
        }
    }

    /// In a REPL session, a deadlock another M finds while goroutine 1 (running an entry) is
    /// parked is the entry's: goroutine 1 is woken to report it. Whether it was.
    fn repl_deadlock(&mut self, s: &mut Sched) -> bool {
        if !super::repl::active() {
            return false;
        }
        let reason = s.parked.get(&1).map_or("running", |g| g.wait);
        s.repl_abort = Some(super::runtime::ReplAbort::Deadlock(reason));
        if self.rt.wake_bound_locked(s, 1) {
            return true;
        }
        s.repl_abort = None;
        false
    }

    fn wait_for_p(&self) -> (Box<P>, bool) {
        loop {
            if let Some(handed) = lock(&self.m.mailbox).take() {
                return handed;
            }
            std::thread::park();
        }
    }

    /// GOMAXPROCS was lowered below this P's id: its goroutines go to the global queue and the P
    /// retires until GOMAXPROCS is raised again.
    fn retire_p(&mut self) {
        let rt = self.rt;
        let Some(mut pp) = self.pp.take() else { return };
        if let Some(g) = pp.runnext.take() {
            rt.injector.push(g);
        }
        while let Some(g) = pp.runq.pop() {
            rt.injector.push(g);
        }
        let mut s = lock(&rt.sched);
        s.retired_ps.push(pp);
        // Take over a P that is still in service, or wait for one.
        if let Some(p) = s.idle_ps.pop() {
            rt.npidle.fetch_sub(1, SeqCst);
            drop(s);
            self.pp = Some(p);
            return;
        }
        s.idle_ms.push(self.m.clone());
        drop(s);
        if std::mem::take(&mut self.spinning) {
            rt.nmspinning.fetch_sub(1, SeqCst);
        }
        rt.world.leave();
        let (p, spinning) = self.wait_for_p();
        self.pp = Some(p);
        self.spinning = spinning;
        rt.world.enter();
    }

    /// runtime.GOMAXPROCS(n): Ps above n retire at their next scheduling point; raising it brings
    /// retired or fresh Ps into service.
    pub fn set_gomaxprocs(&mut self, n: usize) {
        let rt = self.rt;
        let n = n.clamp(1, MAX_PROCS);
        let mut s = lock(&rt.sched);
        let old = rt.nprocs.swap(n, SeqCst);
        if n > old {
            let mut back: Vec<Box<P>> = Vec::new();
            let retired = std::mem::take(&mut s.retired_ps);
            for p in retired {
                if p.id < n { back.push(p) } else { s.retired_ps.push(p) }
            }
            while rt.ps_created() < n
                && let Some(p) = rt.fresh_p()
            {
                back.push(p);
                s.nps += 1;
            }
            for p in back {
                if let Some(m) = s.p_wanted.pop() {
                    hand_p(&m, p, false);
                } else {
                    s.idle_ps.push(p);
                    rt.npidle.fetch_add(1, SeqCst);
                }
            }
        } else {
            // Idle Ps above the new limit retire now; running ones at their next schedule.
            let idle = std::mem::take(&mut s.idle_ps);
            for p in idle {
                if p.id < n {
                    s.idle_ps.push(p);
                } else {
                    rt.npidle.fetch_sub(1, SeqCst);
                    s.retired_ps.push(p);
                }
            }
        }
        drop(s);
        wakep(rt);
    }

    /// Starts the M threads' shared life: called on the main thread with main's goroutine loaded.
    pub fn start_world(&mut self) {
        let rt = self.rt;
        let n = rt.nprocs();
        self.pp = rt.fresh_p();
        rt.world.enter();
        let mut s = lock(&rt.sched);
        s.nms = 1;
        s.nps = 1;
        for _ in 1..n {
            if let Some(p) = rt.fresh_p() {
                s.nps += 1;
                s.idle_ps.push(p);
                rt.npidle.fetch_add(1, SeqCst);
            }
        }
        drop(s);
        let _ = std::thread::Builder::new().name("corgi-sysmon".into()).spawn(move || rt.sysmon());
    }
}

fn take(s: Steal<Box<G>>) -> Option<Box<G>> {
    match s {
        Steal::Success(g) => Some(g),
        // A lost race with another thief: the next round retries.
        Steal::Empty | Steal::Retry => None,
    }
}
