//! sync (WaitGroup, Mutex, RWMutex) and time's sleeping and timers.
//!
//! Fast paths are atomic read-modify-writes on the primitive's own words; a goroutine that must
//! wait checks again, enqueues itself on the primitive's key (its address, or address + 8 for an
//! RWMutex's writers) and parks, all under the scheduler lock, so a release on another thread
//! cannot slip in between. A waiter either retries the call when woken (the mutex in normal mode,
//! where a running goroutine may barge in first) or is handed the primitive by its releaser (the
//! mutex in starvation mode, RWMutex, WaitGroup) and continues after the call.

use super::{arg, ret};
use crate::vm::op::Mem;
use crate::vm::program::NativeFn;
use crate::vm::runtime::{Sched, lock};
use crate::vm::sched::Block;
use crate::vm::timers::TimerAction;
use crate::vm::{Trap, Vm, mem, mem::atomic};
use std::time::{Duration, Instant};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("sync.(*WaitGroup).Add", wg_add));
    t.push(("sync.(*WaitGroup).Done", wg_done));
    t.push(("sync.(*WaitGroup).Wait", wg_wait));
    t.push(("sync.(*Mutex).Lock", mutex_lock));
    t.push(("sync.(*Mutex).Unlock", mutex_unlock));
    t.push(("sync.(*Mutex).TryLock", mutex_trylock));
    t.push(("sync.(*RWMutex).Lock", rw_lock));
    t.push(("sync.(*RWMutex).TryLock", rw_trylock));
    t.push(("sync.(*RWMutex).Unlock", rw_unlock));
    t.push(("sync.(*RWMutex).RLock", rw_rlock));
    t.push(("sync.(*RWMutex).TryRLock", rw_tryrlock));
    t.push(("sync.(*RWMutex).RUnlock", rw_runlock));
    t.push(("time.Sleep", sleep));
    register_time(t);
}

fn recv_ptr(vm: &Vm, a: usize) -> Result<u64, Trap> {
    let p = arg(vm, a, 0);
    if p == 0 { Err(Trap::NilDeref) } else { Ok(p) }
}

/// Parks the running goroutine on sync key `key` (the lock is held). With `retry` the call runs
/// again when woken; otherwise the waker has handed the primitive over and the goroutine goes on
/// after the call. `front` queues it first (a mutex waiter that already waited, as in Go).
fn park_on(vm: &mut Vm, s: &mut Sched, key: u64, reason: &'static str, retry: bool, front: bool) -> Trap {
    if retry && let Some(fr) = vm.frames.last_mut() {
        fr.pc -= 1;
    }
    let q = s.sync_waiters.entry(key).or_default();
    if front {
        q.push_front(vm.cur_id);
    } else {
        q.push_back(vm.cur_id);
    }
    vm.park_locked(s, reason, 0);
    Trap::Block(Block::Parked)
}

/// Under `-race`: parked goroutine `gid`, handed a primitive, acquires `addr` as it would itself.
fn race_acquire_for(vm: &Vm, s: &mut Sched, gid: u64, addr: u64) {
    if let (Some(det), Some(g)) = (vm.race, s.parked.get_mut(&gid).and_then(|g| g.race.as_deref_mut())) {
        g.acquire(det, addr);
    }
}

fn wake_all(vm: &mut Vm, key: u64) {
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    if vm.race.is_some()
        && let Some(q) = s.sync_waiters.get(&key)
    {
        // WaitGroup waiters: the Done calls happen before Wait returns.
        for gid in q.clone() {
            race_acquire_for(vm, &mut s, gid, key);
        }
    }
    vm.wake_key_locked(&mut s, key, true);
    drop(s);
    vm.ready_woken_stealable();
}

// ---- WaitGroup: word 0 is the counter ----

fn wg_add_delta(vm: &mut Vm, wg: u64, delta: i64) -> Result<(), Trap> {
    vm.race_atomic(wg, 8, true);
    if delta < 0 {
        vm.race_release_merge(wg);
    }
    let c = atomic::add(wg, Mem::B8, delta as u64).wrapping_add(delta as u64) as i64;
    if c < 0 {
        return Err(Trap::Panic(vm.plain_error("sync: negative WaitGroup counter")?));
    }
    if delta > 0 && c == delta {
        // Go's race.Read(&wg.sema): an Add from zero must happen before a Wait (below).
        vm.race_plain(wg + 8, 4, false);
    }
    if c == 0 {
        wake_all(vm, wg);
    }
    Ok(())
}

fn wg_add(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let wg = recv_ptr(vm, a)?;
    wg_add_delta(vm, wg, arg(vm, a, 1) as i64)
}

fn wg_done(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let wg = recv_ptr(vm, a)?;
    wg_add_delta(vm, wg, -1)
}

fn wg_wait(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let wg = recv_ptr(vm, a)?;
    if atomic::load(wg, Mem::B8) == 0 {
        vm.race_acquire(wg);
        return Ok(());
    }
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    if atomic::load(wg, Mem::B8) == 0 {
        drop(s);
        vm.race_acquire(wg);
        return Ok(());
    }
    if vm.race.is_some() && s.sync_waiters.get(&wg).is_none_or(|q| q.is_empty()) {
        // Go's race.Write(&wg.sema) by the first waiter.
        drop(s);
        vm.race_plain(wg + 8, 4, true);
        s = lock(&rt.sched);
        if atomic::load(wg, Mem::B8) == 0 {
            drop(s);
            vm.race_acquire(wg);
            return Ok(());
        }
    }
    Err(park_on(vm, &mut s, wg, "sync.WaitGroup.Wait", false, false))
}

// ---- Mutex: word 0 is the state ----

const LOCKED: u64 = 1;
const WAITERS: u64 = 2;
/// Starvation mode (Go's): a waiter has waited over `STARVE_AFTER`, so Unlock hands the lock
/// straight to the first waiter and newcomers queue instead of barging in.
const STARVING: u64 = 4;
const STARVE_AFTER: Duration = Duration::from_millis(1);
/// Attempts before parking when another P may release the lock soon, `SPIN_PAUSES` pauses
/// apart (Go: 4 attempts, 30 pauses). Probing often pulls the lock's cache line away from the
/// holder: on the mutex benchmark one pause apart measured 0.10 s, 30 apart 0.096 s and 100 apart
/// 0.086 s (medians of 20 runs).
const SPINS: usize = 4;
const SPIN_PAUSES: usize = 100;

fn try_acquire(m: u64) -> bool {
    let st = atomic::load(m, Mem::B8);
    st & (LOCKED | STARVING) == 0 && atomic::cas(m, Mem::B8, st, st | LOCKED)
}

fn mutex_lock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = recv_ptr(vm, a)?;
    let r = mutex_lock_at(vm, m);
    if r.is_ok() {
        vm.race_atomic(m, 8, true);
        // Go: an Unlock happens before the Lock that follows it.
        vm.race_acquire(m);
    }
    r
}

fn mutex_lock_at(vm: &mut Vm, m: u64) -> Result<(), Trap> {
    if std::mem::take(&mut vm.handoff) {
        // Unlock handed the lock over while we were parked. Starvation mode ends once a waiter
        // got the lock quickly (Go's rule; the last waiter's Unlock ends it too).
        if vm.wait_since.take().is_some_and(|t| t.elapsed() < STARVE_AFTER) {
            atomic::and(m, Mem::B8, !STARVING);
        }
        return Ok(());
    }
    // Test and test-and-set: spin while another P may release the lock soon.
    let spins = if vm.rt.nprocs() > 1 { SPINS } else { 1 };
    for _ in 0..spins {
        if try_acquire(m) {
            vm.wait_since = None;
            return Ok(());
        }
        for _ in 0..SPIN_PAUSES {
            std::hint::spin_loop();
        }
    }
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    loop {
        let st = atomic::load(m, Mem::B8);
        if st & (LOCKED | STARVING) == 0 {
            if atomic::cas(m, Mem::B8, st, st | LOCKED) {
                vm.wait_since = None;
                return Ok(());
            }
            continue;
        }
        let waited_before = vm.wait_since.is_some();
        let since = *vm.wait_since.get_or_insert_with(Instant::now);
        let starve = if since.elapsed() > STARVE_AFTER { STARVING } else { 0 };
        if atomic::cas(m, Mem::B8, st, st | WAITERS | starve) {
            return Err(park_on(vm, &mut s, m, "sync.Mutex.Lock", true, waited_before));
        }
    }
}

fn mutex_trylock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = recv_ptr(vm, a)?;
    let ok = try_acquire(m);
    if ok {
        vm.race_atomic(m, 8, true);
        vm.race_acquire(m);
    }
    ret(vm, a, 0, ok as u64);
    Ok(())
}

fn mutex_unlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = recv_ptr(vm, a)?;
    if atomic::load(m, Mem::B8) & LOCKED != 0 {
        vm.race_release_store(m);
    }
    if atomic::cas(m, Mem::B8, LOCKED, 0) {
        return Ok(());
    }
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    loop {
        let st = atomic::load(m, Mem::B8);
        if st & LOCKED == 0 {
            return Err(Trap::Fatal("sync: unlock of unlocked mutex".into()));
        }
        let (first, more) = match s.sync_waiters.get(&m) {
            Some(q) => (q.front().copied(), q.len() > 1),
            None => (None, false),
        };
        let Some(gid) = first else {
            if atomic::cas(m, Mem::B8, st, 0) {
                break;
            }
            continue;
        };
        let rest = if more { st & WAITERS } else { 0 };
        let handoff = st & STARVING != 0;
        // Handing off keeps the lock held (by the waiter now); starvation ends with the queue.
        let new = if handoff { LOCKED | rest | if more { STARVING } else { 0 } } else { rest };
        if !atomic::cas(m, Mem::B8, st, new) {
            continue;
        }
        if let Some(q) = s.sync_waiters.get_mut(&m) {
            q.pop_front();
            if q.is_empty() {
                s.sync_waiters.remove(&m);
            }
        }
        if handoff && let Some(g) = s.parked.get_mut(&gid) {
            g.handoff = true;
        }
        vm.wake_locked(&mut s, gid);
        break;
    }
    drop(s);
    vm.ready_woken();
    Ok(())
}

// ---- RWMutex, all under the scheduler lock. Words: 0 w (unused), 1 writer holds, 2 readers
// holding, 3 writers waiting. Readers queue on the address + 16, writers on the address + 8.

fn rw_lock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    if mem::ld(rw + 8) == 0 && mem::ld(rw + 16) == 0 {
        mem::st(rw + 8, 1);
        drop(s);
        race_writer_acquires(vm, rw);
        return Ok(());
    }
    mem::st(rw + 24, mem::ld(rw + 24) + 1);
    Err(park_on(vm, &mut s, rw + 8, "sync.RWMutex.Lock", false, false))
}

fn rw_trylock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let s = lock(&vm.rt.sched);
    let ok = mem::ld(rw + 8) == 0 && mem::ld(rw + 16) == 0;
    if ok {
        mem::st(rw + 8, 1);
    }
    drop(s);
    if ok {
        race_writer_acquires(vm, rw);
    }
    ret(vm, a, 0, ok as u64);
    Ok(())
}

// Race edges as in Go's rwmutex.go: Unlock releases into the readers' word (rw+16), which RLock and
// Lock acquire; RUnlock release-merges into the writers' word (rw+8), which Lock acquires, so a
// writer comes after the previous writer and every reader since.
fn race_writer_acquires(vm: &mut Vm, rw: u64) {
    vm.race_atomic(rw, 8, true);
    vm.race_acquire(rw + 16);
    vm.race_acquire(rw + 8);
}

/// Hands the write lock to the first waiting writer, if any; whether it did.
fn grant_writer(vm: &mut Vm, s: &mut Sched, rw: u64) -> bool {
    let Some(gid) = s.sync_waiters.get_mut(&(rw + 8)).and_then(|q| q.pop_front()) else { return false };
    race_acquire_for(vm, s, gid, rw + 16);
    race_acquire_for(vm, s, gid, rw + 8);
    mem::st(rw + 8, 1);
    mem::st(rw + 24, mem::ld(rw + 24).saturating_sub(1));
    vm.wake_locked(s, gid);
    true
}

fn rw_unlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    if mem::ld(rw + 8) == 0 {
        return Err(Trap::Fatal("sync: Unlock of unlocked RWMutex".into()));
    }
    vm.race_atomic(rw, 8, true);
    vm.race_release_store(rw + 16);
    mem::st(rw + 8, 0);
    // Readers that arrived during the write go first (Go's order), then the next writer.
    let readers: Vec<u64> = s.sync_waiters.remove(&(rw + 16)).map(|q| q.into_iter().collect()).unwrap_or_default();
    if readers.is_empty() {
        grant_writer(vm, &mut s, rw);
    } else {
        mem::st(rw + 16, mem::ld(rw + 16) + readers.len() as u64);
        for gid in readers {
            race_acquire_for(vm, &mut s, gid, rw + 16);
            vm.wake_locked(&mut s, gid);
        }
    }
    drop(s);
    vm.ready_woken_stealable();
    Ok(())
}

fn rw_rlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    // A waiting writer holds off new readers, so writers are not starved.
    if mem::ld(rw + 8) == 0 && mem::ld(rw + 24) == 0 {
        mem::st(rw + 16, mem::ld(rw + 16) + 1);
        drop(s);
        vm.race_atomic(rw + 16, 8, true);
        vm.race_acquire(rw + 16);
        return Ok(());
    }
    Err(park_on(vm, &mut s, rw + 16, "sync.RWMutex.RLock", false, false))
}

fn rw_tryrlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let s = lock(&vm.rt.sched);
    let ok = mem::ld(rw + 8) == 0 && mem::ld(rw + 24) == 0;
    if ok {
        mem::st(rw + 16, mem::ld(rw + 16) + 1);
    }
    drop(s);
    if ok {
        vm.race_acquire(rw + 16);
    }
    ret(vm, a, 0, ok as u64);
    Ok(())
}

fn rw_runlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let rt = vm.rt;
    let mut s = lock(&rt.sched);
    let n = mem::ld(rw + 16);
    if n == 0 {
        return Err(Trap::Fatal("sync: RUnlock of unlocked RWMutex".into()));
    }
    vm.race_atomic(rw + 16, 8, true);
    vm.race_release_merge(rw + 8);
    mem::st(rw + 16, n - 1);
    if n == 1 {
        grant_writer(vm, &mut s, rw);
    }
    drop(s);
    vm.ready_woken_stealable();
    Ok(())
}

fn sleep(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let ns = arg(vm, a, 0) as i64;
    if ns <= 0 {
        return Err(Trap::Block(Block::Yield));
    }
    Err(Trap::Block(Block::Sleep(Duration::from_nanos(ns as u64))))
}

// ---- time's timers ----

fn duration(vm: &Vm, a: usize, i: usize) -> Duration {
    Duration::from_nanos((arg(vm, a, i) as i64).max(0) as u64)
}

fn timer_chan(vm: &mut Vm) -> Result<u64, Trap> {
    let ct = vm.p.well_known.time_chan;
    if ct == 0 {
        return Err(Trap::Fatal("corgi: time channels are not available".into()));
    }
    let ch = vm.make_chan(ct, 1)?;
    vm.set_timer_chan(ch);
    Ok(ch)
}

fn time_after(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let d = duration(vm, a, 0);
    let ch = timer_chan(vm)?;
    vm.race_release_merge(ch);
    vm.add_timer(d, TimerAction::Send { ch, period: None });
    ret(vm, a, 0, ch);
    Ok(())
}

fn time_tick(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let d = duration(vm, a, 0);
    if d.is_zero() {
        ret(vm, a, 0, 0);
        return Ok(());
    }
    let ch = timer_chan(vm)?;
    vm.race_release_merge(ch);
    vm.add_timer(d, TimerAction::Send { ch, period: Some(d) });
    ret(vm, a, 0, ch);
    Ok(())
}

/// A *Timer/*Ticker block: field 0 the channel, field 1 the timer id.
fn new_timer_block(vm: &mut Vm, t: u32, ch: u64) -> Result<u64, Trap> {
    if t == 0 {
        return Err(Trap::Fatal("corgi: time.Timer is not available".into()));
    }
    vm.pinned.push(ch);
    let b = vm.zero_block(t);
    vm.pinned.pop();
    let b = b?;
    mem::st(b, ch);
    Ok(b)
}

fn new_timer(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let d = duration(vm, a, 0);
    let ch = timer_chan(vm)?;
    vm.race_release_merge(ch);
    let b = new_timer_block(vm, vm.p.well_known.time_timer, ch)?;
    let id = vm.add_timer(d, TimerAction::Send { ch, period: None });
    mem::st(b + 8, id);
    ret(vm, a, 0, b);
    Ok(())
}

fn after_func(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let d = duration(vm, a, 0);
    let f = arg(vm, a, 1);
    // The call happens before f runs (acquired by f's goroutine: `Vm::race_spawn`).
    vm.race_release_merge(f);
    let b = new_timer_block(vm, vm.p.well_known.time_timer, 0)?;
    let id = vm.add_timer(d, TimerAction::Func(f));
    mem::st(b + 8, id);
    mem::st(b + 16, f);
    ret(vm, a, 0, b);
    Ok(())
}

fn timer_stop(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = recv_ptr(vm, a)?;
    let was = vm.stop_timer(mem::ld(b + 8));
    // Go 1.23: a fired timer whose value nobody received is still stopped by Stop.
    let pending = vm.drain_timer_chan(mem::ld(b));
    ret(vm, a, 0, (was || pending) as u64);
    Ok(())
}

fn timer_reset(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = recv_ptr(vm, a)?;
    let d = duration(vm, a, 1);
    let old = mem::ld(b + 8);
    let action = vm.timer_action(old);
    let was = vm.stop_timer(old);
    let ch = mem::ld(b);
    let was = vm.drain_timer_chan(ch) || was;
    // A stopped or fired AfterFunc timer has no action left; its block keeps the function.
    let func = match action {
        Some(TimerAction::Func(f)) => Some(f),
        _ if ch == 0 => Some(mem::ld(b + 16)).filter(|&f| f != 0),
        _ => None,
    };
    let action = match func {
        Some(f) => {
            vm.race_release_merge(f);
            TimerAction::Func(f)
        }
        None if ch == 0 => return Err(Trap::Panic(vm.box_str(b"time: Reset called on uninitialized Timer")?)),
        None => {
            vm.race_release_merge(ch);
            TimerAction::Send { ch, period: None }
        }
    };
    let id = vm.add_timer(d, action);
    mem::st(b + 8, id);
    ret(vm, a, 0, was as u64);
    Ok(())
}

fn new_ticker(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let d = duration(vm, a, 0);
    if d.is_zero() {
        return Err(Trap::Panic(vm.plain_error("non-positive interval for NewTicker")?));
    }
    let ch = timer_chan(vm)?;
    vm.race_release_merge(ch);
    let b = new_timer_block(vm, vm.p.well_known.time_ticker, ch)?;
    let id = vm.add_timer(d, TimerAction::Send { ch, period: Some(d) });
    mem::st(b + 8, id);
    ret(vm, a, 0, b);
    Ok(())
}

fn ticker_stop(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = recv_ptr(vm, a)?;
    vm.stop_timer(mem::ld(b + 8));
    Ok(())
}

fn ticker_reset(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = recv_ptr(vm, a)?;
    let d = duration(vm, a, 1);
    vm.stop_timer(mem::ld(b + 8));
    let ch = mem::ld(b);
    vm.race_release_merge(ch);
    let id = vm.add_timer(d, TimerAction::Send { ch, period: Some(d) });
    mem::st(b + 8, id);
    Ok(())
}

pub fn register_time(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("time.After", time_after));
    t.push(("time.Tick", time_tick));
    t.push(("time.NewTimer", new_timer));
    t.push(("time.AfterFunc", after_func));
    t.push(("time.(*Timer).Stop", timer_stop));
    t.push(("time.(*Timer).Reset", timer_reset));
    t.push(("time.NewTicker", new_ticker));
    t.push(("time.(*Ticker).Stop", ticker_stop));
    t.push(("time.(*Ticker).Reset", ticker_reset));
}
