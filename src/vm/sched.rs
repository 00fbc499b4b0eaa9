//! Goroutines, for now on one OS thread: the running goroutine's state lives in the `Vm` fields
//! (`regs`, `frames`, …); others wait in the run queue or parked (blocked on a channel, a timer or
//! a sync primitive). Switching swaps those fields with a [`G`]. Blocking operations park the
//! running goroutine and run the next runnable one; a goroutine that runs too long without
//! blocking yields at a loop back-edge (preemption), so `for {}` cannot starve the others.
//! When nothing can run and no timer is pending, the program is deadlocked, as Go reports it.

use super::{Deferred, Frame, PanicRec, Trap, Vm};
use std::cmp::Reverse;
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
}

/// What a blocking native asks of the scheduler.
#[derive(Debug)]
pub enum Block {
    /// Park until woken through `key`, then run the native again.
    Retry { key: u64, reason: &'static str },
    /// Park for this long, then continue after the native.
    Sleep(Duration),
    /// Give the processor to another goroutine (runtime.Gosched).
    Yield,
    /// End the running goroutine (runtime.Goexit) after its deferred calls.
    Exit,
    /// Call this closure (no arguments, results dropped) as if the native had called it, then
    /// continue after the native (sync.Once.Do).
    Call(u64),
}

/// What a timer does when it fires.
#[derive(Clone, Copy, Debug)]
pub enum TimerAction {
    /// Wake a sleeping goroutine.
    Wake(u64),
    /// Send the zero time on a channel (time.After, Timer.C); tickers repeat every `period`.
    Send { ch: u64, period: Option<Duration> },
    /// Run a function in its own goroutine (time.AfterFunc).
    Func(u64),
}

/// Back-edges a goroutine may take before it yields to others.
pub const TIME_SLICE: u32 = 20_000;

impl Vm<'_> {
    /// The running goroutine's state, taken out of the VM.
    pub(super) fn take_current(&mut self) -> G {
        G {
            id: self.cur_id,
            regs: std::mem::take(&mut self.regs),
            frames: std::mem::take(&mut self.frames),
            defers: std::mem::take(&mut self.defers),
            panics: std::mem::take(&mut self.panics),
            stack_bytes: self.stack_bytes,
            wait: "",
            select_token: 0,
            wake_panic: None,
        }
    }

    pub(super) fn put_current(&mut self, g: G) {
        self.cur_id = g.id;
        self.regs = g.regs;
        self.frames = g.frames;
        self.defers = g.defers;
        self.panics = g.panics;
        self.stack_bytes = g.stack_bytes;
        self.wake_panic = g.wake_panic;
    }

    /// `go f(args)`: a new runnable goroutine calling closure `f`.
    pub(super) fn spawn(&mut self, closure: u64, args: &[u64]) -> Result<(), Trap> {
        self.next_gid += 1;
        let id = self.next_gid;
        let fid = super::mem::ld(closure) as u32;
        let f = &self.p.funcs[fid as usize];
        let mut regs = vec![0u64; (f.nregs as usize + 8).max(16)];
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
        };
        let g = G { id, regs, frames: vec![frame], stack_bytes: f.frame_bytes as u64, ..Default::default() };
        self.runq.push_back(g);
        Ok(())
    }

    /// Parks the running goroutine (its pc already saved) and switches to the next runnable one.
    pub(super) fn park(&mut self, reason: &'static str, select_token: u64) -> Result<(), Trap> {
        let mut g = self.take_current();
        g.wait = reason;
        g.select_token = select_token;
        self.parked.insert(g.id, g);
        self.schedule()
    }

    /// Makes parked goroutine `gid` runnable.
    pub(super) fn wake(&mut self, gid: u64) {
        if let Some(mut g) = self.parked.remove(&gid) {
            g.select_token = 0;
            self.runq.push_back(g);
        }
    }

    /// Wakes goroutines waiting on `key` (all, or the first).
    pub fn wake_key(&mut self, key: u64, all: bool) {
        let Some(q) = self.sync_waiters.get_mut(&key) else { return };
        let ids: Vec<u64> = if all { q.drain(..).collect() } else { q.pop_front().into_iter().collect() };
        if q.is_empty() {
            self.sync_waiters.remove(&key);
        }
        for id in ids {
            self.wake(id);
        }
    }

    /// The running goroutine yields: it goes to the back of the run queue.
    pub(super) fn yield_now(&mut self) -> Result<(), Trap> {
        self.fire_timers();
        if self.runq.is_empty() {
            return Ok(());
        }
        let g = self.take_current();
        self.runq.push_back(g);
        self.schedule()
    }

    /// Goroutines alive: the running one, runnable and parked ones.
    pub fn goroutine_count(&self) -> u64 {
        1 + self.runq.len() as u64 + self.parked.len() as u64
    }

    /// The running goroutine finished.
    pub(super) fn exit_current(&mut self) -> Result<(), Trap> {
        let _ = self.take_current();
        self.schedule()
    }

    /// Parks the running goroutine until `d` has passed.
    pub(super) fn sleep(&mut self, d: Duration) -> Result<(), Trap> {
        let at = Instant::now() + d;
        self.timer_seq += 1;
        let seq = self.timer_seq;
        self.timer_actions.insert(seq, TimerAction::Wake(self.cur_id));
        self.timers.push(Reverse((at, seq, self.cur_id)));
        self.park("sleep", 0)
    }

    /// Arms a timer (time.After, NewTimer, AfterFunc, tickers); its id, to stop it.
    pub fn add_timer(&mut self, d: Duration, action: TimerAction) -> u64 {
        self.timer_seq += 1;
        let seq = self.timer_seq;
        self.timer_actions.insert(seq, action);
        self.timers.push(Reverse((Instant::now() + d, seq, 0)));
        seq
    }

    pub fn timer_action(&self, id: u64) -> Option<TimerAction> {
        self.timer_actions.get(&id).copied()
    }

    /// Disarms timer `id`; whether it was pending.
    pub fn stop_timer(&mut self, id: u64) -> bool {
        self.timer_actions.remove(&id).is_some()
    }

    fn fire_timers(&mut self) {
        let now = Instant::now();
        while let Some(Reverse((at, seq, _))) = self.timers.peek().copied() {
            if at > now {
                break;
            }
            self.timers.pop();
            let Some(action) = self.timer_actions.remove(&seq) else { continue };
            match action {
                TimerAction::Wake(gid) => self.wake(gid),
                TimerAction::Send { ch, period } => {
                    let id = super::mem::ld(ch) as usize;
                    let elem = self.chans[id].elem;
                    if let Ok(v) = self.zero_value(elem) {
                        // A full channel drops the tick, as Go's tickers do.
                        let _ = self.try_send(ch, v);
                    }
                    if let Some(p) = period {
                        // Re-arm under the same id, so Stop still finds it.
                        self.timer_actions.insert(seq, TimerAction::Send { ch, period });
                        self.timers.push(Reverse((at + p, seq, 0)));
                    }
                }
                TimerAction::Func(closure) => {
                    let _ = self.spawn(closure, &[]);
                }
            }
        }
    }

    /// Switches to the next runnable goroutine, waiting for timers when none is; deadlock when
    /// nothing can ever run again.
    pub(super) fn schedule(&mut self) -> Result<(), Trap> {
        loop {
            self.fire_timers();
            if let Some(g) = self.runq.pop_front() {
                self.put_current(g);
                self.slice_left = TIME_SLICE;
                return Ok(());
            }
            // Stopped timers leave entries behind: drop them.
            while let Some(Reverse((_, seq, _))) = self.timers.peek().copied() {
                if self.timer_actions.contains_key(&seq) {
                    break;
                }
                self.timers.pop();
            }
            match self.timers.peek().copied() {
                Some(Reverse((at, _, _))) => {
                    let now = Instant::now();
                    if at > now {
                        let _ = std::io::Write::flush(&mut self.out);
                        // In slices, so that Ctrl-C is noticed while sleeping.
                        std::thread::sleep((at - now).min(Duration::from_millis(50)));
                        if super::signal::interrupted() {
                            return Err(Trap::Exit(130));
                        }
                    }
                }
                None => {
                    let reason = self.parked.get(&1).map(|g| g.wait).unwrap_or("running");
                    // Put main back so the trace can show it.
                    if let Some(g) = self.parked.remove(&1) {
                        self.put_current(g);
                    }
                    return Err(Trap::Deadlock(reason));
                }
            }
        }
    }
}
