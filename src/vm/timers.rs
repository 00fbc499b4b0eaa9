//! Timers (time.Sleep, After, Tick, NewTimer, AfterFunc, tickers): one heap of deadlines in the
//! scheduler state, never a thread per timer. Ms holding a P fire due timers when they look for
//! work and at the end of every time slice; the system monitor wakes an idle P's M when the
//! earliest deadline passes and nobody runs. `Runtime::timer_next` lets the hot paths check
//! "anything due?" with one load and no lock.

use super::runtime::{Sched, lock};
use super::{Trap, Vm};
use std::cmp::Reverse;
use std::sync::atomic::Ordering::Relaxed;
use std::time::{Duration, Instant};

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

impl Vm {
    fn arm_locked(&self, s: &mut Sched, at: Instant, id: u64, action: TimerAction) {
        s.timer_actions.insert(id, action);
        s.timers.push(Reverse((at, id)));
        let at_ns = self.rt.nanos(at);
        if at_ns < self.rt.timer_next.load(Relaxed) {
            self.rt.timer_next.store(at_ns, Relaxed);
            self.rt.sysmon_wake.notify_one();
        }
    }

    /// Arms a timer; its id, to stop it.
    pub fn add_timer(&mut self, d: Duration, action: TimerAction) -> u64 {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        s.timer_seq += 1;
        let id = s.timer_seq;
        self.arm_locked(&mut s, Instant::now() + d, id, action);
        id
    }

    pub fn timer_action(&self, id: u64) -> Option<TimerAction> {
        lock(&self.rt.sched).timer_actions.get(&id).copied()
    }

    /// Disarms timer `id`; whether it was pending.
    pub fn stop_timer(&mut self, id: u64) -> bool {
        lock(&self.rt.sched).timer_actions.remove(&id).is_some()
    }

    /// Parks the running goroutine until `d` has passed.
    pub(super) fn sleep(&mut self, d: Duration) -> Result<(), Trap> {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        s.timer_seq += 1;
        let id = s.timer_seq;
        self.arm_locked(&mut s, Instant::now() + d, id, TimerAction::Wake(self.cur_id));
        self.park_locked(&mut s, "sleep", 0);
        drop(s);
        self.schedule()
    }

    /// os/signal's watcher goroutine waits for a signal: parked on a long timer that the system
    /// monitor makes due when one arrives (`signal::WAIT_TIMER`); the caller loops on waking.
    pub fn park_for_signal(&mut self) -> Trap {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        s.timer_seq += 1;
        let id = s.timer_seq;
        self.arm_locked(&mut s, Instant::now() + Duration::from_secs(3600), id, TimerAction::Wake(self.cur_id));
        super::signal::WAIT_TIMER.store(id, Relaxed);
        self.park_locked(&mut s, "chan receive", 0);
        Trap::Block(super::sched::Block::Parked)
    }

    /// Fires every timer whose deadline has passed.
    pub(super) fn fire_due_timers(&mut self) -> Result<(), Trap> {
        let rt = self.rt;
        // Every goroutine switch comes here: with no timer armed, no clock read.
        let next = rt.timer_next.load(Relaxed);
        if next == u64::MAX || rt.nanos(Instant::now()) < next {
            return Ok(());
        }
        let mut s = lock(&rt.sched);
        let now = Instant::now();
        let mut spawns = Vec::new();
        while let Some(Reverse((at, id))) = s.timers.peek().copied() {
            if at > now {
                break;
            }
            s.timers.pop();
            let Some(action) = s.timer_actions.remove(&id) else { continue };
            match action {
                TimerAction::Wake(gid) => self.wake_locked(&mut s, gid),
                TimerAction::Send { ch, period } => {
                    let id_ch = super::mem::ld(ch) as usize;
                    let elem = s.chans[id_ch].elem;
                    // Timers and tickers send the time they fired at.
                    let v = if self.p.types.get(elem).name == "time.Time" {
                        crate::natives::pkg_time::now_value(self)?
                    } else {
                        self.zero_value(elem)?
                    };
                    // A full channel drops the tick, as Go's tickers do.
                    let g = self.race_timer_enter(ch);
                    let _ = self.try_send_locked(&mut s, ch, v);
                    self.race_timer_exit(g);
                    if let Some(p) = period {
                        // Re-armed under the same id, so Stop still finds it; ticks that fell
                        // behind are dropped, as Go's are.
                        let next = if at + p > now { at + p } else { now + p };
                        self.arm_locked(&mut s, next, id, TimerAction::Send { ch, period });
                    }
                }
                TimerAction::Func(f) => spawns.push(f),
            }
        }
        let next = s.timers.peek().map_or(u64::MAX, |Reverse((at, _))| rt.nanos(*at));
        rt.timer_next.store(next, Relaxed);
        drop(s);
        self.ready_woken();
        for f in spawns {
            // time.AfterFunc: f's goroutine starts after the call that set the timer.
            self.spawn(f, &[], None)?;
        }
        Ok(())
    }
}
