//! Stopping the world for the collector.
//!
//! An M is *active* while it holds a P (`enter`/`leave`). Any M that reaches a safepoint (a loop
//! back-edge, a call, a scheduling point) while the heap wants a collection either leads it or
//! joins it. A joining M copies its roots (the running goroutine's registers, frames, deferred
//! calls and panics; its P's queued goroutines; its pinned values) into `WorldInner::roots`,
//! gives its allocation cache's spans back, and waits. The leader waits until no other M is
//! active, adds what no M owns (parked goroutines, channel buffers, timers, the global queue,
//! constants and globals), collects, and restarts the world.
//!
//! Why every goroutine is seen: goroutines move only by the hands of active Ms (or under the
//! scheduler lock, whose contents the leader scans last). An M's contribution is taken when it
//! stops; a goroutine it contributed that a still-active thief steals afterwards is contributed
//! again by the thief. Registers are only read at safepoints, where every live value is in them.

use super::runtime::lock;
use super::sched::G;
use super::timers::TimerAction;
use super::{Deferred, Frame, PanicRec, Vm};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::{Condvar, Mutex};

#[derive(Default)]
pub struct World {
    pub inner: Mutex<WorldInner>,
    pub cv: Condvar,
    /// A collection is under way: Ms stop at their next safepoint.
    pub stop: AtomicBool,
}

#[derive(Default)]
pub struct WorldInner {
    /// Ms holding a P and not stopped.
    pub active: usize,
    /// Root words contributed by stopped Ms.
    pub roots: Vec<u64>,
    /// Collections finished. A stopped M waits for this to change, not for `stop` to clear: the
    /// next collection may start before it wakes, and it must not count as stopped for that one
    /// (its roots went to the previous one).
    pub epoch: u64,
    /// Ms stopped for the collection under way. The leader counts them active again when it ends,
    /// before any of them wakes: a next collection must wait for them to stop afresh.
    pub joined: usize,
    /// The roots of Ms inside a blocking call (`outside_world`), by a key each, counted in every
    /// collection until the call returns.
    pub blocked: std::collections::BTreeMap<u64, Vec<u64>>,
    pub next_blocked: u64,
}

impl World {
    /// This M starts running Go code (it holds a P); waits out a collection in progress.
    pub fn enter(&self) {
        let mut w = lock(&self.inner);
        while self.stop.load(Relaxed) {
            w = self.cv.wait(w).unwrap_or_else(|e| e.into_inner());
        }
        w.active += 1;
    }

    /// This M stops running Go code (its P is given back).
    pub fn leave(&self) {
        let mut w = lock(&self.inner);
        w.active -= 1;
        self.cv.notify_all();
    }
}

/// The root words of a goroutine's state (all of `regs`: a parked goroutine's registers above its
/// top frame are dead, but reading them is cheaper than finding the top).
fn state_roots(
    regs: &[u64],
    frames: &[Frame],
    defers: &[Deferred],
    panics: &[PanicRec],
    pinned: &[u64],
    out: &mut Vec<u64>,
) {
    out.extend_from_slice(regs);
    out.extend(frames.iter().map(|f| f.env));
    for d in defers {
        out.push(d.closure);
        out.extend_from_slice(&d.args);
    }
    out.extend(panics.iter().map(|p| p.value));
    out.extend_from_slice(pinned);
}

fn g_roots(g: &G, out: &mut Vec<u64>) {
    state_roots(&g.regs, &g.frames, &g.defers, &g.panics, &g.pinned, out);
}

impl Vm {
    /// The roots this M holds: the running goroutine, its P's goroutines, pinned values.
    fn own_roots(&mut self, out: &mut Vec<u64>) {
        let top = self
            .frames
            .last()
            .map(|f| f.base as usize + self.p.funcs[f.func as usize].nregs as usize)
            .unwrap_or(0)
            .min(self.regs.len());
        state_roots(&self.regs[..top], &self.frames, &self.defers, &self.panics, &self.pinned, out);
        for g in &self.woken {
            g_roots(g, out);
        }
        if let Some(pp) = self.pp.as_mut() {
            if let Some(g) = &pp.runnext {
                g_roots(g, out);
            }
            // Pop every queued goroutine and push it back: the FIFO order is unchanged.
            let mut queued = Vec::new();
            while let Some(g) = pp.runq.pop() {
                g_roots(&g, out);
                queued.push(g);
            }
            for g in queued {
                pp.runq.push(g);
            }
        }
    }

    /// The roots no M holds; the world is stopped.
    fn shared_roots(&self, out: &mut Vec<u64>) {
        let rt = self.rt;
        out.extend_from_slice(rt.consts());
        out.push(rt.globals.load(Relaxed));
        let s = lock(&rt.sched);
        for g in s.parked.values() {
            g_roots(g, out);
        }
        for c in &s.chans {
            out.extend(c.buf.iter().copied());
            out.extend(c.sendq.iter().map(|(_, w)| *w));
        }
        for a in s.timer_actions.values() {
            match a {
                TimerAction::Send { ch, .. } => out.push(*ch),
                TimerAction::Func(f) => out.push(*f),
                TimerAction::Wake(_) => {}
            }
        }
        drop(s);
        let mut global = Vec::new();
        loop {
            let g = match rt.injector.steal() {
                crossbeam_deque::Steal::Success(g) => g,
                crossbeam_deque::Steal::Retry => continue,
                crossbeam_deque::Steal::Empty => break,
            };
            g_roots(&g, out);
            global.push(g);
        }
        for g in global {
            rt.injector.push(g);
        }
    }

    /// A safepoint: if a collection is wanted, lead it or join it.
    pub fn gc_safepoint(&mut self) {
        let rt = self.rt;
        let world = &rt.world;
        if !world.stop.load(Relaxed) && !self.heap.should_collect() {
            return;
        }
        let mut mine = Vec::new();
        self.own_roots(&mut mine);
        let mut w = lock(&world.inner);
        if world.stop.load(Relaxed) {
            // Join the collection another M leads.
            self.heap.release_cache(&mut self.cache);
            w.roots.append(&mut mine);
            w.active -= 1;
            w.joined += 1;
            world.cv.notify_all();
            let epoch = w.epoch;
            while w.epoch == epoch {
                w = world.cv.wait(w).unwrap_or_else(|e| e.into_inner());
            }
            drop(w);
            // The world may have stopped for a REPL entry's program.
            self.refresh_program();
            return;
        }
        if !self.heap.should_collect() {
            // Another M collected meanwhile.
            return;
        }
        world.stop.store(true, Relaxed);
        w.active -= 1;
        while w.active > 0 {
            w = world.cv.wait(w).unwrap_or_else(|e| e.into_inner());
        }
        let mut roots = std::mem::take(&mut w.roots);
        roots.extend(w.blocked.values().flatten());
        drop(w);
        roots.append(&mut mine);
        self.shared_roots(&mut roots);
        let mut enumerate = |visit: &mut dyn FnMut(u64)| roots.iter().for_each(|&r| visit(r));
        self.heap.collect(&mut [&mut self.cache], &mut enumerate);
        self.start_finalizers();
        let mut w = lock(&world.inner);
        world.stop.store(false, Relaxed);
        w.epoch += 1;
        w.active += 1 + std::mem::take(&mut w.joined);
        world.cv.notify_all();
    }
}

impl Vm {
    /// Starts a goroutine for each finalizer the collection found ready. The world is still
    /// stopped, so the objects stay reachable (from the new goroutines' registers) from here on.
    fn start_finalizers(&mut self) {
        for f in self.heap.take_ready_finalizers() {
            let arg = match f.tag {
                0 => f.obj,
                t => match self.new_box((t - 1) as crate::vm::rtype::TypeIdx, f.obj) {
                    Ok(b) => b,
                    Err(_) => continue,
                },
            };
            // An error here is the goroutine limit: the finalizer does not run, as when Go's
            // program exits first.
            let _ = self.spawn(f.func, &[arg], None);
        }
    }

    /// Runs a call that may block for long (a read from a terminal or a pipe) with this M out of the
    /// world, as Go's entersyscall does: collections go ahead meanwhile, counting this M's roots as they
    /// are now. `call` must not touch the heap.
    pub fn outside_world<T>(&mut self, call: impl FnOnce() -> T) -> T {
        let mut mine = Vec::new();
        self.own_roots(&mut mine);
        self.heap.release_cache(&mut self.cache);
        let world = &self.rt.world;
        let key = {
            let mut w = lock(&world.inner);
            w.next_blocked += 1;
            let key = w.next_blocked;
            w.blocked.insert(key, mine);
            w.active -= 1;
            world.cv.notify_all();
            key
        };
        let result = call();
        let mut w = lock(&world.inner);
        // A collection under way may not have taken the roots yet: they stay until it ends.
        while world.stop.load(Relaxed) {
            w = world.cv.wait(w).unwrap_or_else(|e| e.into_inner());
        }
        w.blocked.remove(&key);
        w.active += 1;
        drop(w);
        self.refresh_program();
        result
    }

    /// Stops the world (every other M at a safepoint, as for a collection) and runs `f`: how a
    /// REPL entry swaps in its program.
    pub fn stop_world_and(&mut self, f: impl FnOnce(&super::runtime::Runtime)) {
        let rt = self.rt;
        let world = &rt.world;
        loop {
            // A collection under way: join it first.
            self.gc_safepoint();
            let mut w = lock(&world.inner);
            if world.stop.load(Relaxed) {
                continue;
            }
            world.stop.store(true, Relaxed);
            w.active -= 1;
            while w.active > 0 {
                w = world.cv.wait(w).unwrap_or_else(|e| e.into_inner());
            }
            // Stopped Ms gave their roots for a collection; none happens, drop them.
            w.roots.clear();
            f(rt);
            world.stop.store(false, Relaxed);
            w.epoch += 1;
            w.active += 1 + std::mem::take(&mut w.joined);
            world.cv.notify_all();
            return;
        }
    }
}
