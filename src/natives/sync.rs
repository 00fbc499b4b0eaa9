//! sync (WaitGroup, Mutex, RWMutex, Once), time.Sleep and the runtime's goroutine functions, on
//! the scheduler's blocking interface: a native that must wait returns `Trap::Block(Retry{key})`
//! and runs again when the key is woken (`Vm::wake_key`). The key is the primitive's address.

use super::{arg, ret};
use crate::vm::program::NativeFn;
use crate::vm::sched::{Block, TimerAction};
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("sync.(*WaitGroup).Add", wg_add));
    t.push(("sync.(*WaitGroup).Done", wg_done));
    t.push(("sync.(*WaitGroup).Wait", wg_wait));
    t.push(("sync.(*Mutex).Lock", mutex_lock));
    t.push(("sync.(*Mutex).Unlock", mutex_unlock));
    t.push(("sync.(*Mutex).TryLock", mutex_trylock));
    t.push(("sync.(*RWMutex).Lock", rw_lock));
    t.push(("sync.(*RWMutex).Unlock", rw_unlock));
    t.push(("sync.(*RWMutex).RLock", rw_rlock));
    t.push(("sync.(*RWMutex).RUnlock", rw_runlock));
    t.push(("sync.(*Once).Do", once_do));
    t.push(("time.Sleep", sleep));
    t.push(("runtime.Gosched", gosched));
    t.push(("runtime.Goexit", goexit));
    t.push(("runtime.NumGoroutine", num_goroutine));
    t.push(("runtime.NumCPU", num_cpu));
    t.push(("runtime.GOMAXPROCS", gomaxprocs));
    register_time(t);
}

fn recv_ptr(vm: &Vm, a: usize) -> Result<u64, Trap> {
    let p = arg(vm, a, 0);
    if p == 0 { Err(Trap::NilDeref) } else { Ok(p) }
}

fn wg_add_delta(vm: &mut Vm, wg: u64, delta: i64) -> Result<(), Trap> {
    let c = mem::ld(wg) as i64 + delta;
    if c < 0 {
        return Err(Trap::Panic(vm.plain_error("sync: negative WaitGroup counter")?));
    }
    mem::st(wg, c as u64);
    if c == 0 {
        vm.wake_key(wg, true);
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
    if mem::ld(wg) == 0 {
        return Ok(());
    }
    Err(Trap::Block(Block::Retry { key: wg, reason: "sync.WaitGroup.Wait" }))
}

fn mutex_lock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = recv_ptr(vm, a)?;
    if mem::ld(m) == 0 {
        mem::st(m, 1);
        return Ok(());
    }
    Err(Trap::Block(Block::Retry { key: m, reason: "sync.Mutex.Lock" }))
}

fn mutex_trylock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = recv_ptr(vm, a)?;
    let free = mem::ld(m) == 0;
    if free {
        mem::st(m, 1);
    }
    ret(vm, a, 0, free as u64);
    Ok(())
}

fn mutex_unlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let m = recv_ptr(vm, a)?;
    if mem::ld(m) == 0 {
        return Err(Trap::Fatal("sync: unlock of unlocked mutex".into()));
    }
    mem::st(m, 0);
    vm.wake_key(m, false);
    Ok(())
}

// RWMutex fields: w (a Mutex block, unused here), writerSem (slot 1: writer holds it),
// readerSem (slot 2: readers holding it).
fn rw_lock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    if mem::ld(rw + 8) == 0 && mem::ld(rw + 16) == 0 {
        mem::st(rw + 8, 1);
        return Ok(());
    }
    Err(Trap::Block(Block::Retry { key: rw, reason: "sync.RWMutex.Lock" }))
}

fn rw_unlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    if mem::ld(rw + 8) == 0 {
        return Err(Trap::Fatal("sync: Unlock of unlocked RWMutex".into()));
    }
    mem::st(rw + 8, 0);
    vm.wake_key(rw, true);
    Ok(())
}

fn rw_rlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    if mem::ld(rw + 8) == 0 {
        mem::st(rw + 16, mem::ld(rw + 16) + 1);
        return Ok(());
    }
    Err(Trap::Block(Block::Retry { key: rw, reason: "sync.RWMutex.RLock" }))
}

fn rw_runlock(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let rw = recv_ptr(vm, a)?;
    let n = mem::ld(rw + 16);
    if n == 0 {
        return Err(Trap::Fatal("sync: RUnlock of unlocked RWMutex".into()));
    }
    mem::st(rw + 16, n - 1);
    if n == 1 {
        vm.wake_key(rw, true);
    }
    Ok(())
}

fn once_do(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let o = recv_ptr(vm, a)?;
    if mem::ld(o) != 0 {
        return Ok(());
    }
    mem::st(o, 1);
    let f = arg(vm, a, 1);
    Err(Trap::Block(Block::Call(f)))
}

fn sleep(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let ns = arg(vm, a, 0) as i64;
    if ns <= 0 {
        return Err(Trap::Block(Block::Yield));
    }
    Err(Trap::Block(Block::Sleep(std::time::Duration::from_nanos(ns as u64))))
}

fn gosched(_vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    Err(Trap::Block(Block::Yield))
}

fn goexit(_vm: &mut Vm, _a: usize) -> Result<(), Trap> {
    Err(Trap::Block(Block::Exit))
}

fn num_goroutine(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let n = vm.goroutine_count();
    ret(vm, a, 0, n);
    Ok(())
}

fn ncpu() -> u64 {
    std::thread::available_parallelism().map(|n| n.get() as u64).unwrap_or(1)
}

fn num_cpu(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    ret(vm, a, 0, ncpu());
    Ok(())
}

fn gomaxprocs(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let prev = if vm.gomaxprocs == 0 {
        std::env::var("GOMAXPROCS").ok().and_then(|s| s.parse().ok()).filter(|&n: &u64| n > 0).unwrap_or_else(ncpu)
    } else {
        vm.gomaxprocs
    };
    let n = arg(vm, a, 0) as i64;
    vm.gomaxprocs = if n > 0 { n as u64 } else { prev };
    ret(vm, a, 0, prev);
    Ok(())
}

// ---- time's timers ----

fn duration(vm: &Vm, a: usize, i: usize) -> std::time::Duration {
    std::time::Duration::from_nanos((arg(vm, a, i) as i64).max(0) as u64)
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
    let b = new_timer_block(vm, vm.p.well_known.time_timer, ch)?;
    let id = vm.add_timer(d, TimerAction::Send { ch, period: None });
    mem::st(b + 8, id);
    ret(vm, a, 0, b);
    Ok(())
}

fn after_func(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let d = duration(vm, a, 0);
    let f = arg(vm, a, 1);
    let b = new_timer_block(vm, vm.p.well_known.time_timer, 0)?;
    let id = vm.add_timer(d, TimerAction::Func(f));
    mem::st(b + 8, id);
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
    let action = match action {
        Some(TimerAction::Func(f)) => TimerAction::Func(f),
        _ => TimerAction::Send { ch, period: None },
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
