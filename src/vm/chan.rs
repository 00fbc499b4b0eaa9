//! Channels and select, after Go's chan.go/select.go: a receiver finding a parked sender takes its
//! value directly (and a sender finding a parked receiver writes straight into its registers), a
//! buffered channel queues up to its capacity, close wakes every waiter, and select picks uniformly
//! among the ready cases.
//!
//! A channel value is a heap object holding the index of its state in the scheduler state
//! (`Sched::chans`), whose lock every operation holds: checking readiness, enqueueing a waiter and
//! parking happen in one critical section, so no hand-off is lost between threads. States are
//! never freed yet (a channel costs a few dozen bytes for the program's life); buffered values and
//! parked senders' values are roots of the collector.

use super::mem;
use super::race::{RaceG, RtFn, Vc};
use super::rtype::{Kind, TypeIdx, Types};
use super::runtime::{Sched, lock};
use super::{Trap, Vm};
use std::collections::VecDeque;

#[derive(Clone, Copy, Debug)]
pub struct Waiter {
    pub gid: u64,
    /// Register (absolute index in the goroutine's registers) receiving the value.
    pub slot: usize,
    /// The receive has an ok register, right after `slot` (`v, ok := <-ch`, select); without
    /// one, `slot + 1` may be a live variable of the receiver and is not written.
    pub ok: bool,
    /// For select: (token, case index, register of the chosen index).
    pub select: Option<(u64, u32, usize)>,
}

#[derive(Default)]
pub struct ChanState {
    pub buf: VecDeque<u64>,
    pub cap: usize,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<(Waiter, u64)>,
    pub elem: TypeIdx,
    /// A timer's channel: Go 1.23 makes these unbuffered (len and cap 0); the runtime keeps the
    /// one pending value here, and Stop/Reset discard it.
    pub timer: bool,
    /// Its clocks under `-race`.
    pub race: Option<Box<ChanRace>>,
}

/// A channel's happens-before state, after Go's chan.go: a clock per buffer slot (the k-th
/// receive, which empties slot k mod C, happens before the (k+C)-th send completes, which fills
/// it again) and the clock released by close. Elements of size zero share one slot whose clock
/// every operation merges into (Go's racenotify for elemsize 0).
#[derive(Default)]
pub struct ChanRace {
    slots: Vec<Vc>,
    cap: usize,
    sendx: usize,
    recvx: usize,
    zero_size: bool,
    closed: Vc,
}

impl ChanRace {
    /// Go's racenotify: goroutine `g` passes slot `idx` (acquires what its last user released,
    /// then releases into it).
    fn notify(&mut self, idx: usize, g: &mut RaceG) {
        let i = if self.zero_size { 0 } else { idx % self.cap.max(1) };
        if i >= self.slots.len() {
            self.slots.resize(i + 1, Vc::default());
        }
        if self.zero_size {
            g.acquire_clock(&self.slots[i]);
            g.release_merge_clock(&mut self.slots[i]);
        } else {
            g.release_acquire_clock(&mut self.slots[i]);
        }
    }
}

fn zero_size(types: &Types, t: TypeIdx) -> bool {
    match &types.get(t).kind {
        Kind::Struct(fields) => fields.iter().all(|f| zero_size(types, f.ty)),
        Kind::Array { len, elem } => *len == 0 || zero_size(types, *elem),
        _ => false,
    }
}

/// The edges of a value passed from a sender to a receiver, one of them parked (`parked`, whose
/// race state is in the parked set) and the other running (`me`, None for a timer's send).
fn race_handoff(s: &mut Sched, id: usize, me: Option<&mut RaceG>, parked: u64) {
    let Sched { chans, parked: set, .. } = s;
    let Some(cr) = chans[id].race.as_deref_mut() else { return };
    let other = set.get_mut(&parked).and_then(|g| g.race.as_deref_mut());
    if cr.cap == 0 {
        // Go's racesync: an unbuffered hand-off orders both ways.
        if let (Some(me), Some(other)) = (me, other) {
            me.sync_with(other);
        }
        return;
    }
    let idx = cr.recvx;
    if let Some(me) = me {
        cr.notify(idx, me);
    }
    if let Some(other) = other {
        cr.notify(idx, other);
    }
    cr.recvx += 1;
    cr.sendx = cr.recvx;
}

/// A value goes into (`send`) or comes out of the buffer, no one parked.
fn race_buffered(s: &mut Sched, id: usize, me: Option<&mut RaceG>, send: bool) {
    let (Some(cr), Some(me)) = (s.chans[id].race.as_deref_mut(), me) else { return };
    if send {
        cr.notify(cr.sendx, me);
        cr.sendx += 1;
    } else {
        cr.notify(cr.recvx, me);
        cr.recvx += 1;
    }
}

/// The outcome of trying a channel operation without blocking.
pub enum Try {
    Done,
    WouldBlock,
}

fn chan_id(ch: u64) -> usize {
    mem::ld(ch) as usize
}

/// `ch`'s index in the channel table, checked: a word that is no channel is the compiler's bug,
/// reported as an internal error rather than indexing out of the table.
fn checked_chan_id(s: &Sched, ch: u64) -> Result<usize, Trap> {
    let id = chan_id(ch);
    if id < s.chans.len() {
        Ok(id)
    } else {
        Err(Trap::Internal(format!("channel operation on a non-channel word {ch:#x}")))
    }
}

/// Whether a parked waiter is still waiting (a select's other cases are stale once one fired).
fn waiter_live(s: &Sched, w: &Waiter) -> bool {
    match (s.parked.get(&w.gid), w.select) {
        (Some(g), Some((tok, _, _))) => g.select_token == tok && !g.resuming,
        (Some(g), None) => !g.resuming,
        (None, _) => false,
    }
}

fn pop_live_receiver(s: &mut Sched, id: usize) -> Option<Waiter> {
    while let Some(w) = s.chans[id].recvq.pop_front() {
        if waiter_live(s, &w) {
            return Some(w);
        }
    }
    None
}

fn pop_live_sender(s: &mut Sched, id: usize) -> Option<(Waiter, u64)> {
    while let Some((w, v)) = s.chans[id].sendq.pop_front() {
        if waiter_live(s, &w) {
            return Some((w, v));
        }
    }
    None
}

impl Vm {
    pub fn make_chan(&mut self, chan_type: TypeIdx, cap: i64) -> Result<u64, Trap> {
        if !(0..=1 << 40).contains(&cap) {
            return Err(Trap::runtime("makechan: size out of range"));
        }
        let Kind::Chan { elem } = self.p.types.get(chan_type).kind else { return Err(Trap::runtime("makechan")) };
        let o = self.alloc(8, false)?;
        let mut s = lock(&self.rt.sched);
        let race = self.race.map(|_| {
            Box::new(ChanRace { cap: cap as usize, zero_size: zero_size(&self.p.types, elem), ..Default::default() })
        });
        s.chans.push(ChanState { cap: cap as usize, elem, race, ..Default::default() });
        let id = s.chans.len() as u64 - 1;
        mem::st(o, id);
        Ok(o)
    }

    /// Delivers (value, ok) to a parked receiver and wakes it.
    fn deliver(&mut self, s: &mut Sched, w: Waiter, v: u64, ok: bool) {
        if let Some(g) = s.parked.get_mut(&w.gid) {
            if let Some((_, case, at)) = w.select {
                g.regs[at] = case as u64;
            }
            if w.slot + usize::from(w.ok) < g.regs.len() {
                g.regs[w.slot] = v;
                if w.ok {
                    g.regs[w.slot + 1] = ok as u64;
                }
            }
        }
        self.wake_locked(s, w.gid);
    }

    /// Tries to send v on ch (not nil), under the lock.
    pub fn try_send_locked(&mut self, s: &mut Sched, ch: u64, v: u64) -> Result<Try, Trap> {
        let id = checked_chan_id(s, ch)?;
        if s.chans[id].closed {
            return Err(Trap::Panic(self.plain_runtime_error("send on closed channel")?));
        }
        if let Some(w) = pop_live_receiver(s, id) {
            race_handoff(s, id, self.race_g.as_deref_mut(), w.gid);
            self.deliver(s, w, v, true);
            return Ok(Try::Done);
        }
        let c = &mut s.chans[id];
        if c.buf.len() < c.cap {
            c.buf.push_back(v);
            race_buffered(s, id, self.race_g.as_deref_mut(), true);
            return Ok(Try::Done);
        }
        Ok(Try::WouldBlock)
    }

    /// Tries to receive from ch (not nil) into the running goroutine's register slot, and ok into
    /// slot+1 when `want_ok`.
    fn try_recv_locked(&mut self, s: &mut Sched, ch: u64, slot: usize, want_ok: bool) -> Result<Try, Trap> {
        let id = checked_chan_id(s, ch)?;
        let (v, ok) = if let Some((w, sv)) = pop_live_sender(s, id) {
            race_handoff(s, id, self.race_g.as_deref_mut(), w.gid);
            let c = &mut s.chans[id];
            let v = if c.cap > 0 {
                let head = c.buf.pop_front().unwrap_or(sv);
                c.buf.push_back(sv);
                head
            } else {
                sv
            };
            if let Some(g) = s.parked.get_mut(&w.gid)
                && let Some((_, case, at)) = w.select
            {
                g.regs[at] = case as u64;
            }
            self.wake_locked(s, w.gid);
            (v, true)
        } else if let Some(v) = s.chans[id].buf.pop_front() {
            race_buffered(s, id, self.race_g.as_deref_mut(), false);
            (v, true)
        } else if s.chans[id].closed {
            // Go: a close happens before a receive that returns because the channel is closed.
            if let (Some(cr), Some(me)) = (s.chans[id].race.as_deref(), self.race_g.as_deref_mut()) {
                me.acquire_clock(&cr.closed);
            }
            let elem = s.chans[id].elem;
            (self.zero_value(elem)?, false)
        } else {
            return Ok(Try::WouldBlock);
        };
        self.regs[slot] = v;
        if want_ok {
            self.regs[slot + 1] = ok as u64;
        }
        Ok(Try::Done)
    }

    /// `ch <- v`: whether the goroutine parked (the caller then switches with `continue`). The
    /// pc is saved.
    pub(super) fn chan_send(&mut self, ch: u64, v: u64) -> Result<bool, Trap> {
        if self.race.is_some() && ch != 0 {
            let pc = self.frames.last().map_or(0, |f| f.pc as usize);
            self.race_rt_access(ch, 8, false, RtFn::ChanSend, pc);
        }
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        if ch != 0 && matches!(self.try_send_locked(&mut s, ch, v)?, Try::Done) {
            drop(s);
            self.ready_woken();
            return Ok(false);
        }
        if ch == 0 {
            self.park_locked(&mut s, "chan send (nil chan)", 0);
        } else {
            s.chans[chan_id(ch)].sendq.push_back((Waiter { gid: self.cur_id, slot: 0, ok: false, select: None }, v));
            self.park_locked(&mut s, "chan send", 0);
        }
        drop(s);
        self.ready_woken();
        self.schedule()?;
        Ok(true)
    }

    /// `<-ch` into register slot (value) and, when `want_ok`, slot+1 (ok): whether the goroutine
    /// parked.
    pub(super) fn chan_recv(&mut self, ch: u64, slot: usize, want_ok: bool) -> Result<bool, Trap> {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        if ch != 0 && matches!(self.try_recv_locked(&mut s, ch, slot, want_ok)?, Try::Done) {
            drop(s);
            self.ready_woken();
            return Ok(false);
        }
        if ch == 0 {
            self.park_locked(&mut s, "chan receive (nil chan)", 0);
        } else {
            s.chans[chan_id(ch)].recvq.push_back(Waiter { gid: self.cur_id, slot, ok: want_ok, select: None });
            self.park_locked(&mut s, "chan receive", 0);
        }
        drop(s);
        self.schedule()?;
        Ok(true)
    }

    /// Sends without blocking (timers, natives); whether it was delivered or buffered.
    pub fn try_send(&mut self, ch: u64, v: u64) -> Result<Try, Trap> {
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        // The runtime sends (a timer fires): the goroutine that happens to run it is no party.
        let race = self.race_g.take();
        let r = self.try_send_locked(&mut s, ch, v);
        self.race_g = race;
        drop(s);
        self.ready_woken();
        r
    }

    pub fn close_chan(&mut self, ch: u64) -> Result<(), Trap> {
        if ch == 0 {
            return Err(Trap::Panic(self.plain_runtime_error("close of nil channel")?));
        }
        if self.race.is_some() {
            let pc = self.frames.last().map_or(0, |f| f.pc as usize);
            self.race_rt_access(ch, 8, true, RtFn::ChanClose, pc);
        }
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        let id = checked_chan_id(&s, ch)?;
        if s.chans[id].closed {
            drop(s);
            return Err(Trap::Panic(self.plain_runtime_error("close of closed channel")?));
        }
        s.chans[id].closed = true;
        if let (Some(cr), Some(me)) = (s.chans[id].race.as_deref_mut(), self.race_g.as_deref_mut()) {
            me.release_merge_clock(&mut cr.closed);
        }
        let elem = s.chans[id].elem;
        while let Some(w) = pop_live_receiver(&mut s, id) {
            let Sched { chans, parked, .. } = &mut *s;
            if let (Some(cr), Some(g)) =
                (chans[id].race.as_deref(), parked.get_mut(&w.gid).and_then(|g| g.race.as_deref_mut()))
            {
                g.acquire_clock(&cr.closed);
            }
            let z = self.zero_value(elem)?;
            self.deliver(&mut s, w, z, false);
        }
        while let Some((w, _)) = pop_live_sender(&mut s, id) {
            if let Some(g) = s.parked.get_mut(&w.gid) {
                g.wake_panic = Some("send on closed channel");
            }
            self.wake_locked(&mut s, w.gid);
        }
        drop(s);
        self.ready_woken();
        Ok(())
    }

    pub fn chan_len(&self, ch: u64) -> u64 {
        if ch == 0 {
            return 0;
        }
        let s = lock(&self.rt.sched);
        // A word that is no channel (a compiler bug) has no length.
        s.chans.get(chan_id(ch)).map_or(0, |c| if c.timer { 0 } else { c.buf.len() as u64 })
    }

    pub fn chan_cap(&self, ch: u64) -> u64 {
        if ch == 0 {
            return 0;
        }
        let s = lock(&self.rt.sched);
        s.chans.get(chan_id(ch)).map_or(0, |c| if c.timer { 0 } else { c.cap as u64 })
    }

    /// Marks ch as a timer channel.
    pub fn set_timer_chan(&mut self, ch: u64) {
        if let Some(c) = lock(&self.rt.sched).chans.get_mut(chan_id(ch)) {
            c.timer = true;
        }
    }

    /// Discards a timer channel's pending value (Stop/Reset, as in Go 1.23); whether there was one.
    pub fn drain_timer_chan(&mut self, ch: u64) -> bool {
        if ch == 0 {
            return false;
        }
        let mut s = lock(&self.rt.sched);
        let Some(c) = s.chans.get_mut(chan_id(ch)) else { return false };
        let had = !c.buf.is_empty();
        c.buf.clear();
        had
    }

    /// select over cases whose channel and send value are in registers a+2i, a+2i+1 (absolute);
    /// result: chosen case in d (-1 for default), received value and ok in d+1, d+2. Returns
    /// whether the goroutine parked.
    pub(super) fn select(&mut self, d: usize, a: usize, sends: &[bool], has_default: bool) -> Result<bool, Trap> {
        let n = sends.len();
        if self.race.is_some() {
            let pc = self.frames.last().map_or(0, |f| f.pc as usize);
            for (i, _) in sends.iter().enumerate().filter(|c| *c.1) {
                let ch = self.regs[a + 2 * i];
                if ch != 0 {
                    self.race_rt_access(ch, 8, false, RtFn::ChanSend, pc);
                }
            }
        }
        let rt = self.rt;
        let mut s = lock(&rt.sched);
        let mut ready = Vec::new();
        for (i, &is_send) in sends.iter().enumerate() {
            let ch = self.regs[a + 2 * i];
            if ch == 0 {
                continue;
            }
            let id = checked_chan_id(&s, ch)?;
            let c = &s.chans[id];
            let ok = if is_send {
                c.closed || c.buf.len() < c.cap || c.recvq.iter().any(|w| waiter_live(&s, w))
            } else {
                c.closed || !c.buf.is_empty() || c.sendq.iter().any(|(w, _)| waiter_live(&s, w))
            };
            if ok {
                ready.push(i);
            }
        }
        if !ready.is_empty() {
            let i = ready[(self.rand() % ready.len() as u64) as usize];
            let ch = self.regs[a + 2 * i];
            self.regs[d] = i as u64;
            let r = if sends[i] {
                let v = self.regs[a + 2 * i + 1];

                self.try_send_locked(&mut s, ch, v).map(|_| ())
            } else {
                self.try_recv_locked(&mut s, ch, d + 1, true).map(|_| ())
            };
            drop(s);
            self.ready_woken();
            r?;
            return Ok(false);
        }
        if has_default {
            self.regs[d] = u64::MAX;
            return Ok(false);
        }
        if n == 0 || (0..n).all(|i| self.regs[a + 2 * i] == 0) {
            let reason = if n == 0 { "select (no cases)" } else { "select" };
            self.park_locked(&mut s, reason, 0);
            drop(s);
            self.schedule()?;
            return Ok(true);
        }
        s.select_seq += 1;
        let token = s.select_seq;
        for (i, &is_send) in sends.iter().enumerate() {
            let ch = self.regs[a + 2 * i];
            if ch == 0 {
                continue;
            }
            let id = chan_id(ch);
            let w = Waiter { gid: self.cur_id, slot: d + 1, ok: true, select: Some((token, i as u32, d)) };
            if is_send {
                let v = self.regs[a + 2 * i + 1];
                s.chans[id].sendq.push_back((w, v));
            } else {
                s.chans[id].recvq.push_back(w);
            }
        }
        self.park_locked(&mut s, "select", token);
        drop(s);
        self.schedule()?;
        Ok(true)
    }
}
