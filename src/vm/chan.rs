//! Channels and select, after Go's chan.go/select.go: a receiver finding a parked sender takes its
//! value directly (and a sender finding a parked receiver writes straight into its registers), a
//! buffered channel queues up to its capacity, close wakes every waiter, and select picks uniformly
//! among the ready cases.
//!
//! A channel value is a heap object holding the index of its state here. States are never freed
//! yet (a channel costs a few dozen bytes for the program's life); buffered values and parked
//! senders' values are roots of the collector.

use super::mem;
use super::rtype::{Kind, TypeIdx};
use super::{Trap, Vm};
use std::collections::VecDeque;

#[derive(Clone, Copy, Debug)]
pub struct Waiter {
    pub gid: u64,
    /// Register (absolute index in the goroutine's registers) receiving the value; ok goes next.
    pub slot: usize,
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
}

/// The outcome of trying a channel operation without blocking.
pub enum Try {
    Done,
    WouldBlock,
}

impl Vm<'_> {
    pub fn make_chan(&mut self, chan_type: TypeIdx, cap: i64) -> Result<u64, Trap> {
        if !(0..=1 << 40).contains(&cap) {
            return Err(Trap::runtime("makechan: size out of range"));
        }
        let Kind::Chan { elem } = self.p.types.get(chan_type).kind else { return Err(Trap::runtime("makechan")) };
        self.chans.push(ChanState { cap: cap as usize, elem, ..Default::default() });
        let id = self.chans.len() as u64 - 1;
        let o = self.alloc(8, false)?;
        mem::st(o, id);
        Ok(o)
    }

    fn chan_id(&self, ch: u64) -> usize {
        mem::ld(ch) as usize
    }

    /// Whether a parked waiter is still waiting (a select's other cases are stale once one fired).
    fn waiter_live(&self, w: &Waiter) -> bool {
        match (self.parked.get(&w.gid), w.select) {
            (Some(g), Some((tok, _, _))) => g.select_token == tok,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// Delivers (value, ok) to a parked receiver and wakes it.
    fn deliver(&mut self, w: Waiter, v: u64, ok: bool) {
        if let Some(g) = self.parked.get_mut(&w.gid) {
            if let Some((_, case, at)) = w.select {
                g.regs[at] = case as u64;
            }
            if w.slot + 1 < g.regs.len() {
                g.regs[w.slot] = v;
                g.regs[w.slot + 1] = ok as u64;
            }
        }
        self.wake(w.gid);
    }

    fn pop_live_receiver(&mut self, id: usize) -> Option<Waiter> {
        while let Some(w) = self.chans[id].recvq.pop_front() {
            if self.waiter_live(&w) {
                return Some(w);
            }
        }
        None
    }

    fn pop_live_sender(&mut self, id: usize) -> Option<(Waiter, u64)> {
        while let Some((w, v)) = self.chans[id].sendq.pop_front() {
            if self.waiter_live(&w) {
                return Some((w, v));
            }
        }
        None
    }

    /// Tries to send v on ch.
    pub fn try_send(&mut self, ch: u64, v: u64) -> Result<Try, Trap> {
        let id = self.chan_id(ch);
        if self.chans[id].closed {
            return Err(Trap::Panic(self.plain_runtime_error("send on closed channel")?));
        }
        if let Some(w) = self.pop_live_receiver(id) {
            self.deliver(w, v, true);
            return Ok(Try::Done);
        }
        let c = &mut self.chans[id];
        if c.buf.len() < c.cap {
            c.buf.push_back(v);
            return Ok(Try::Done);
        }
        Ok(Try::WouldBlock)
    }

    /// Tries to receive from ch into the running goroutine's registers slot, slot+1.
    pub fn try_recv(&mut self, ch: u64, slot: usize) -> Result<Try, Trap> {
        let id = self.chan_id(ch);
        let (v, ok) = if let Some((w, sv)) = self.pop_live_sender(id) {
            let c = &mut self.chans[id];
            let v = if c.cap > 0 {
                let head = c.buf.pop_front().unwrap_or(sv);
                c.buf.push_back(sv);
                head
            } else {
                sv
            };
            if let Some(g) = self.parked.get_mut(&w.gid)
                && let Some((_, case, at)) = w.select
            {
                g.regs[at] = case as u64;
            }
            self.wake(w.gid);
            (v, true)
        } else if let Some(v) = self.chans[id].buf.pop_front() {
            (v, true)
        } else if self.chans[id].closed {
            let elem = self.chans[id].elem;
            (self.zero_value(elem)?, false)
        } else {
            return Ok(Try::WouldBlock);
        };
        self.regs[slot] = v;
        self.regs[slot + 1] = ok as u64;
        Ok(Try::Done)
    }

    pub fn close_chan(&mut self, ch: u64) -> Result<(), Trap> {
        if ch == 0 {
            return Err(Trap::Panic(self.plain_runtime_error("close of nil channel")?));
        }
        let id = self.chan_id(ch);
        if self.chans[id].closed {
            return Err(Trap::Panic(self.plain_runtime_error("close of closed channel")?));
        }
        self.chans[id].closed = true;
        let elem = self.chans[id].elem;
        while let Some(w) = self.pop_live_receiver(id) {
            let z = self.zero_value(elem)?;
            self.deliver(w, z, false);
        }
        while let Some((w, _)) = self.pop_live_sender(id) {
            if let Some(g) = self.parked.get_mut(&w.gid) {
                g.wake_panic = Some("send on closed channel");
            }
            self.wake(w.gid);
        }
        Ok(())
    }

    pub fn chan_len(&self, ch: u64) -> u64 {
        if ch == 0 {
            return 0;
        }
        let c = &self.chans[self.chan_id(ch)];
        if c.timer { 0 } else { c.buf.len() as u64 }
    }

    pub fn chan_cap(&self, ch: u64) -> u64 {
        if ch == 0 {
            return 0;
        }
        let c = &self.chans[self.chan_id(ch)];
        if c.timer { 0 } else { c.cap as u64 }
    }

    /// Marks ch as a timer channel.
    pub fn set_timer_chan(&mut self, ch: u64) {
        let id = self.chan_id(ch);
        self.chans[id].timer = true;
    }

    /// Discards a timer channel's pending value (Stop/Reset, as in Go 1.23); whether there was one.
    pub fn drain_timer_chan(&mut self, ch: u64) -> bool {
        if ch == 0 {
            return false;
        }
        let id = self.chan_id(ch);
        let had = !self.chans[id].buf.is_empty();
        self.chans[id].buf.clear();
        had
    }

    /// Parks the running goroutine as a receiver on ch.
    pub(super) fn park_recv(&mut self, ch: u64, slot: usize) -> Result<(), Trap> {
        if ch == 0 {
            return self.park("chan receive (nil chan)", 0);
        }
        let id = self.chan_id(ch);
        self.chans[id].recvq.push_back(Waiter { gid: self.cur_id, slot, select: None });
        self.park("chan receive", 0)
    }

    pub(super) fn park_send(&mut self, ch: u64, v: u64) -> Result<(), Trap> {
        if ch == 0 {
            return self.park("chan send (nil chan)", 0);
        }
        let id = self.chan_id(ch);
        self.chans[id].sendq.push_back((Waiter { gid: self.cur_id, slot: 0, select: None }, v));
        self.park("chan send", 0)
    }

    /// select over cases whose channel and send value are in registers a+2i, a+2i+1 (absolute);
    /// result: chosen case in d (-1 for default), received value and ok in d+1, d+2. Returns
    /// whether the goroutine parked.
    pub(super) fn select(&mut self, d: usize, a: usize, sends: &[bool], has_default: bool) -> Result<bool, Trap> {
        let n = sends.len();
        let mut ready = Vec::new();
        for (i, &is_send) in sends.iter().enumerate() {
            let ch = self.regs[a + 2 * i];
            if ch == 0 {
                continue;
            }
            let id = self.chan_id(ch);
            let live_recv = self.chans[id].recvq.iter().any(|w| self.waiter_live(w));
            let live_send = self.chans[id].sendq.iter().any(|(w, _)| self.waiter_live(w));
            let c = &self.chans[id];
            let ok = if is_send {
                c.closed || live_recv || c.buf.len() < c.cap
            } else {
                c.closed || live_send || !c.buf.is_empty()
            };
            if ok {
                ready.push(i);
            }
        }
        if !ready.is_empty() {
            let i = ready[(self.rand() % ready.len() as u64) as usize];
            let ch = self.regs[a + 2 * i];
            self.regs[d] = i as u64;
            if sends[i] {
                let v = self.regs[a + 2 * i + 1];
                self.try_send(ch, v)?;
            } else {
                self.try_recv(ch, d + 1)?;
            }
            return Ok(false);
        }
        if has_default {
            self.regs[d] = u64::MAX;
            return Ok(false);
        }
        if n == 0 || (0..n).all(|i| self.regs[a + 2 * i] == 0) {
            let reason = if n == 0 { "select (no cases)" } else { "select" };
            self.park(reason, 0)?;
            return Ok(true);
        }
        self.select_seq += 1;
        let token = self.select_seq;
        for (i, &is_send) in sends.iter().enumerate() {
            let ch = self.regs[a + 2 * i];
            if ch == 0 {
                continue;
            }
            let id = self.chan_id(ch);
            let w = Waiter { gid: self.cur_id, slot: d + 1, select: Some((token, i as u32, d)) };
            if is_send {
                let v = self.regs[a + 2 * i + 1];
                self.chans[id].sendq.push_back((w, v));
            } else {
                self.chans[id].recvq.push_back(w);
            }
        }
        self.park("select", token)?;
        Ok(true)
    }
}
