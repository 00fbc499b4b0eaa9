//! The dispatch loop: one `match` over [`Op`], registers addressed relative to the frame base.

use super::mem;
use super::op::{Op, Width};
use super::race::RtFn;
use super::rtype::Kind;
use super::window::{Window, fetch};
use super::{Deferred, Trap, Vm};

impl Vm {
    /// Runs frames until the stack is back to `depth` frames (returns Ok) or a trap occurs (the
    /// current frame's pc is saved first).
    /// `RACE` is the instrumented instance (`-race`): the same loop, with every heap access also
    /// checked by the race detector.
    pub(super) fn interp<const RACE: bool>(&mut self, depth: usize) -> Result<(), Trap> {
        // Set by a call or return that neither switched goroutines nor left this loop's depth: the
        // next frame is entered without the checks below, which only a switch or a REPL swap can
        // make necessary.
        let mut quick_entry = false;
        'frame: loop {
            if !quick_entry {
                if self.frames.len() <= depth {
                    return Ok(());
                }
                // A REPL entry may have swapped in a larger program.
                self.refresh_program();
                if let Some(msg) = self.wake_panic.take() {
                    return Err(Trap::Panic(self.plain_runtime_error(msg)?));
                }
            }
            quick_entry = false;
            let p = self.p;
            let fr = *self.frames.last().expect("frame");
            let func = &p.funcs[fr.func as usize];
            let code = &func.code[..];
            let base = fr.base as usize;
            let mut pc = fr.pc as usize;
            // Re-derived after anything that can grow the register file (see `vm::window`).
            let mut win = Window::new(&mut self.regs, base, func.nregs);
            macro_rules! r {
                ($x:expr) => {
                    // SAFETY: the program passed `window::verify`, `push_frame` sized the file
                    // for this frame, and `win` is re-derived after every possible reallocation.
                    (*unsafe { win.slot($x) })
                };
            }
            macro_rules! save {
                () => {
                    // No frame when a blocking operation found the program deadlocked with main
                    // already gone (runtime.Goexit): nothing to save then.
                    if let Some(f) = self.frames.last_mut() {
                        f.pc = pc as u32
                    }
                };
            }
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            save!();
                            return Err(e);
                        }
                    }
                };
            }
            macro_rules! fail {
                ($e:expr) => {{
                    save!();
                    return Err($e);
                }};
            }
            macro_rules! jump {
                ($off:expr) => {
                    pc = (pc as i64 + $off as i64) as usize
                };
            }
            // A loop's back edge is a safepoint: collections, time slices, the memory guard's
            // fault and a REPL interrupt are taken here.
            macro_rules! back_edge {
                ($frame:lifetime) => {
                    if self.heap.should_collect() {
                        save!();
                        self.gc_safepoint();
                        continue $frame;
                    }
                    self.slice_left -= 1;
                    if self.slice_left == 0 {
                        self.slice_left = super::sched::TIME_SLICE;
                        if mem::faulted() {
                            save!();
                            return Err(self.memory_fault());
                        }
                        if self.entry_interrupted() {
                            fail!(Trap::Fatal(super::repl::INTERRUPTED.into()));
                        }
                        if depth == 0 {
                            save!();
                            self.preempt()?;
                            continue $frame;
                        }
                    }
                };
            }
            loop {
                // SAFETY: `pc` is one `vm::window`'s invariants allow in the verified `code`.
                let op = unsafe { fetch(code, pc) };
                pc += 1;
                match op {
                    Op::Nop => {}
                    Op::Move { d, a } => r!(d) = r!(a),
                    Op::Int { d, k } => r!(d) = k as i64 as u64,
                    Op::Const { d, k } => r!(d) = self.consts[k as usize],
                    Op::LoadGlobal { d, k } => {
                        let at = self.globals + 8 * k as u64;
                        if RACE {
                            self.race_access(at, 8, false, pc);
                        }
                        r!(d) = mem::ld(at)
                    }
                    Op::StoreGlobal { a, k } => {
                        let at = self.globals + 8 * k as u64;
                        if RACE {
                            self.race_access(at, 8, true, pc);
                        }
                        mem::st(at, r!(a))
                    }
                    Op::GlobalAddr { d, k } => r!(d) = self.globals + 8 * k as u64,
                    Op::Add { d, a, b } => r!(d) = r!(a).wrapping_add(r!(b)),
                    Op::Sub { d, a, b } => r!(d) = r!(a).wrapping_sub(r!(b)),
                    Op::Mul { d, a, b } => r!(d) = r!(a).wrapping_mul(r!(b)),
                    Op::AddK { d, a, k } => r!(d) = r!(a).wrapping_add(k as i64 as u64),
                    Op::MulK { d, a, k } => r!(d) = r!(a).wrapping_mul(k as i64 as u64),
                    Op::DivK { d, a, k, m } => {
                        r!(d) = {
                            let m = m as usize;
                            super::divconst::div(r!(a) as i64, k, self.consts[m], self.consts[m + 1]) as u64
                        }
                    }
                    Op::RemK { d, a, k, m } => {
                        r!(d) = {
                            let m = m as usize;
                            super::divconst::rem(r!(a) as i64, k, self.consts[m], self.consts[m + 1]) as u64
                        }
                    }
                    Op::Div { d, a, b } => {
                        let y = r!(b) as i64;
                        if y == 0 {
                            fail!(Trap::runtime("integer divide by zero"));
                        }
                        r!(d) = (r!(a) as i64).wrapping_div(y) as u64;
                    }
                    Op::DivU { d, a, b } => {
                        let y = r!(b);
                        if y == 0 {
                            fail!(Trap::runtime("integer divide by zero"));
                        }
                        r!(d) = r!(a) / y;
                    }
                    Op::Rem { d, a, b } => {
                        let y = r!(b) as i64;
                        if y == 0 {
                            fail!(Trap::runtime("integer divide by zero"));
                        }
                        r!(d) = (r!(a) as i64).wrapping_rem(y) as u64;
                    }
                    Op::RemU { d, a, b } => {
                        let y = r!(b);
                        if y == 0 {
                            fail!(Trap::runtime("integer divide by zero"));
                        }
                        r!(d) = r!(a) % y;
                    }
                    Op::And { d, a, b } => r!(d) = r!(a) & r!(b),
                    Op::Or { d, a, b } => r!(d) = r!(a) | r!(b),
                    Op::Xor { d, a, b } => r!(d) = r!(a) ^ r!(b),
                    Op::AndNot { d, a, b } => r!(d) = r!(a) & !r!(b),
                    Op::Shl { d, a, b, signed_count } => {
                        let c = r!(b);
                        if signed_count && (c as i64) < 0 {
                            fail!(Trap::runtime("negative shift amount"));
                        }
                        r!(d) = if c >= 64 { 0 } else { r!(a) << c };
                    }
                    Op::Shr { d, a, b, signed_count } => {
                        let c = r!(b);
                        if signed_count && (c as i64) < 0 {
                            fail!(Trap::runtime("negative shift amount"));
                        }
                        r!(d) = ((r!(a) as i64) >> c.min(63)) as u64;
                    }
                    Op::ShrU { d, a, b, signed_count } => {
                        let c = r!(b);
                        if signed_count && (c as i64) < 0 {
                            fail!(Trap::runtime("negative shift amount"));
                        }
                        r!(d) = if c >= 64 { 0 } else { r!(a) >> c };
                    }
                    Op::Neg { d, a } => r!(d) = r!(a).wrapping_neg(),
                    Op::Com { d, a } => r!(d) = !r!(a),
                    Op::Narrow { d, w } => {
                        let x = r!(d);
                        r!(d) = match w {
                            Width::I8 => x as i8 as i64 as u64,
                            Width::I16 => x as i16 as i64 as u64,
                            Width::I32 => x as i32 as i64 as u64,
                            Width::U8 => x as u8 as u64,
                            Width::U16 => x as u16 as u64,
                            Width::U32 => x as u32 as u64,
                        }
                    }
                    Op::Eq { d, a, b } => r!(d) = (r!(a) == r!(b)) as u64,
                    Op::Ne { d, a, b } => r!(d) = (r!(a) != r!(b)) as u64,
                    Op::Lt { d, a, b } => r!(d) = ((r!(a) as i64) < (r!(b) as i64)) as u64,
                    Op::Le { d, a, b } => r!(d) = ((r!(a) as i64) <= (r!(b) as i64)) as u64,
                    Op::LtU { d, a, b } => r!(d) = (r!(a) < r!(b)) as u64,
                    Op::LeU { d, a, b } => r!(d) = (r!(a) <= r!(b)) as u64,
                    Op::AddF { d, a, b } => r!(d) = (f(r!(a)) + f(r!(b))).to_bits(),
                    Op::SubF { d, a, b } => r!(d) = (f(r!(a)) - f(r!(b))).to_bits(),
                    Op::MulF { d, a, b } => r!(d) = (f(r!(a)) * f(r!(b))).to_bits(),
                    Op::DivF { d, a, b } => r!(d) = (f(r!(a)) / f(r!(b))).to_bits(),
                    Op::NegF { d, a } => r!(d) = (-f(r!(a))).to_bits(),
                    Op::EqF { d, a, b } => r!(d) = (f(r!(a)) == f(r!(b))) as u64,
                    Op::NeF { d, a, b } => r!(d) = (f(r!(a)) != f(r!(b))) as u64,
                    Op::LtF { d, a, b } => r!(d) = (f(r!(a)) < f(r!(b))) as u64,
                    Op::LeF { d, a, b } => r!(d) = (f(r!(a)) <= f(r!(b))) as u64,
                    Op::CArith { d, a, b, op, c64 } => {
                        let x = super::value::complex_parts(r!(a), c64);
                        let y = super::value::complex_parts(r!(b), c64);
                        let (re, im) = super::value::complex_arith(op, x, y);
                        r!(d) = t!(self.new_complex(re, im, c64));
                    }
                    Op::CNeg { d, a, c64 } => {
                        let (re, im) = super::value::complex_parts(r!(a), c64);
                        r!(d) = t!(self.new_complex(-re, -im, c64));
                    }
                    Op::CEq { d, a, b, c64, ne } => {
                        let x = super::value::complex_parts(r!(a), c64);
                        let y = super::value::complex_parts(r!(b), c64);
                        r!(d) = ((x == y) != ne) as u64;
                    }
                    Op::CMake { d, a, b, c64 } => r!(d) = t!(self.new_complex(f(r!(a)), f(r!(b)), c64)),
                    Op::CPart { d, a, imag, c64 } => {
                        let (re, im) = super::value::complex_parts(r!(a), c64);
                        r!(d) = if imag { im } else { re }.to_bits();
                    }
                    Op::CConv { d, a, to64 } => {
                        let (re, im) = super::value::complex_parts(r!(a), !to64);
                        r!(d) = t!(self.new_complex(re, im, to64));
                    }
                    Op::RoundF32 { d } => r!(d) = (f(r!(d)) as f32 as f64).to_bits(),
                    Op::MinF { d, a, b } => r!(d) = min_max_f(f(r!(a)), f(r!(b)), true).to_bits(),
                    Op::MaxF { d, a, b } => r!(d) = min_max_f(f(r!(a)), f(r!(b)), false).to_bits(),
                    Op::IntToF { d, a } => r!(d) = (r!(a) as i64 as f64).to_bits(),
                    Op::UintToF { d, a } => r!(d) = (r!(a) as f64).to_bits(),
                    Op::FToInt { d, a } => {
                        let x = f(r!(a));
                        r!(d) = if x.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
                            i64::MIN as u64
                        } else {
                            x as i64 as u64
                        };
                    }
                    Op::FToUint { d, a } => {
                        let x = f(r!(a));
                        r!(d) = if x < 0.0 {
                            x as i64 as u64
                        } else if x.is_nan() || x >= 1.8446744073709552e19 {
                            1 << 63
                        } else {
                            x as u64
                        };
                    }
                    Op::Not { d, a } => r!(d) = (r!(a) == 0) as u64,
                    Op::Concat { d, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        r!(d) = if x == 0 {
                            y
                        } else if y == 0 {
                            x
                        } else {
                            let (lx, ly) = (mem::ld(x), mem::ld(y));
                            let o = t!(self.alloc(8 + lx + ly, false));
                            mem::st(o, lx + ly);
                            mem::copy(o + 8, x + 8, lx);
                            mem::copy(o + 8 + lx, y + 8, ly);
                            o
                        };
                    }
                    Op::EqS { d, a, b } => r!(d) = self.str_eq(r!(a), r!(b)) as u64,
                    Op::NeS { d, a, b } => r!(d) = !self.str_eq(r!(a), r!(b)) as u64,
                    Op::LtS { d, a, b } => r!(d) = self.str_cmp(r!(a), r!(b)).is_lt() as u64,
                    Op::LeS { d, a, b } => r!(d) = self.str_cmp(r!(a), r!(b)).is_le() as u64,
                    Op::LenS { d, a } => r!(d) = self.str_len(r!(a)),
                    Op::IndexS { d, a, b } => {
                        let s = r!(a);
                        let i = r!(b);
                        let n = self.str_len(s);
                        if i >= n {
                            fail!(index_error(i, n));
                        }
                        r!(d) = self.str_byte(s, i) as u64;
                    }
                    Op::SliceS { d, a, b } => {
                        let s = r!(a);
                        let n = self.str_len(s);
                        let lo = r!(b) as i64;
                        let hi = r!(super::op::R(b.0 + 1)) as i64;
                        let hi = if hi == -1 { n as i64 } else { hi };
                        if hi < 0 || hi as u64 > n {
                            fail!(Trap::Runtime(format!("slice bounds out of range [:{hi}] with length {n}")));
                        }
                        if lo < 0 || lo > hi {
                            fail!(Trap::Runtime(format!("slice bounds out of range [{lo}:{hi}]")));
                        }
                        r!(d) = if lo == 0 && hi as u64 == n {
                            s
                        } else {
                            let len = (hi - lo) as u64;
                            if len == 0 {
                                0
                            } else {
                                let o = t!(self.alloc(8 + len, false));
                                mem::st(o, len);
                                mem::copy(o + 8, s + 8 + lo as u64, len);
                                o
                            }
                        };
                    }
                    Op::DecodeRune { d, a, b } => {
                        let s = r!(a);
                        let i = r!(b);
                        let n = self.str_len(s);
                        let mut buf = [0u8; 4];
                        let k = (n - i).min(4);
                        for (j, slot) in buf.iter_mut().enumerate().take(k as usize) {
                            *slot = self.str_byte(s, i + j as u64);
                        }
                        let (ch, w) = crate::natives::decode_rune(&buf[..k as usize]);
                        r!(d) = ch as i64 as u64;
                        r!(super::op::R(d.0 + 1)) = w as u64;
                    }
                    Op::RuneToS { d, a } => {
                        let c = r!(a) as i64;
                        let ch = u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                        let mut b = [0u8; 4];
                        let s = ch.encode_utf8(&mut b);
                        r!(d) = t!(self.new_str(s.as_bytes()));
                    }
                    Op::BytesToS { d, a } => {
                        if RACE {
                            save!();
                            self.race_whole_slice(r!(a), None, 1, false);
                        }
                        let b = self.slice_bytes(r!(a));
                        r!(d) = t!(self.new_str(&b));
                    }
                    Op::SToBytes { d, a } => {
                        let b = self.str_bytes(r!(a));
                        r!(d) = t!(self.new_byte_slice(&b));
                    }
                    Op::RunesToS { d, a } => {
                        if RACE {
                            save!();
                            self.race_whole_slice(r!(a), None, 4, false);
                        }
                        let (data, len, _) = self.slice_parts(r!(a));
                        let mut s = String::new();
                        for i in 0..len {
                            let c = mem::load(data + 4 * i, super::op::Mem::S4) as i64;
                            s.push(u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                        }
                        r!(d) = t!(self.new_str(s.as_bytes()));
                    }
                    Op::SToRunes { d, a } => {
                        let b = self.str_bytes(r!(a));
                        let runes = crate::natives::runes_of(&b);
                        let n = runes.len() as u64;
                        let data = if n == 0 { 0 } else { t!(self.alloc(4 * n, false)) };
                        for (i, c) in runes.iter().enumerate() {
                            mem::store(data + 4 * i as u64, super::op::Mem::B4, *c as u32 as u64);
                        }
                        r!(d) = t!(self.new_slice_hdr(data, n, n));
                    }
                    Op::Jmp { off } => jump!(off),
                    Op::JmpIf { a, off } => {
                        if r!(a) != 0 {
                            jump!(off)
                        }
                    }
                    Op::JmpIfNot { a, off } => {
                        if r!(a) == 0 {
                            jump!(off)
                        }
                    }
                    Op::JCmp { cmp, a, b, off } => {
                        if !cmp.holds(r!(a) as i64, r!(b) as i64) {
                            jump!(off)
                        }
                    }
                    Op::JCmpK { cmp, a, k, off } => {
                        if !cmp.holds(r!(a) as i64, k as i64) {
                            jump!(off)
                        }
                    }
                    Op::Loop { off } => {
                        jump!(off);
                        back_edge!('frame);
                    }
                    Op::LoopCmpK { cmp, a, k, off } => {
                        if cmp.holds(r!(a) as i64, k as i64) {
                            jump!(off);
                            back_edge!('frame);
                        }
                    }
                    Op::AddLoopCmpK { cmp, a, step, k, off } => {
                        let v = r!(a).wrapping_add(step as i64 as u64);
                        r!(a) = v;
                        if cmp.holds(v as i64, k as i64) {
                            jump!(off);
                            back_edge!('frame);
                        }
                    }
                    Op::AddLoopCmp { cmp, a, b, step, off } => {
                        let v = r!(a).wrapping_add(step as i64 as u64);
                        r!(a) = v;
                        if cmp.holds(v as i64, r!(b) as i64) {
                            jump!(off);
                            back_edge!('frame);
                        }
                    }
                    Op::LoopCmp { cmp, a, b, off } => {
                        if cmp.holds(r!(a) as i64, r!(b) as i64) {
                            jump!(off);
                            back_edge!('frame);
                        }
                    }
                    Op::Call { a, k } => {
                        save!();
                        if self.heap.should_collect() {
                            self.gc_safepoint();
                        }
                        t!(self.push_frame(k, base + a.0 as usize, 0));
                        // Calls count toward the time slice too, so recursion without loops is
                        // preemptible; the new frame is saved, so the goroutine resumes in it.
                        self.slice_left -= 1;
                        quick_entry = self.slice_left != 0;
                        if self.slice_left == 0 {
                            self.slice_left = super::sched::TIME_SLICE;
                            if mem::faulted() {
                                return Err(self.memory_fault());
                            }
                            if self.entry_interrupted() {
                                return Err(Trap::Fatal(super::repl::INTERRUPTED.into()));
                            }
                            if depth == 0 {
                                self.preempt()?;
                            }
                        }
                        continue 'frame;
                    }
                    Op::CallClosure { f: fr_reg, a } => {
                        let c = r!(fr_reg);
                        if c == 0 {
                            fail!(Trap::NilDeref);
                        }
                        save!();
                        let fid = mem::ld(c) as u32;
                        t!(self.push_frame(fid, base + a.0 as usize, c));
                        continue 'frame;
                    }
                    Op::CallIface { a, k } => {
                        let (ty, w) = self.unbox(r!(a));
                        if ty == 0 {
                            fail!(Trap::NilDeref);
                        }
                        let Some(&fid) = p.methods.get(&(ty, k)) else {
                            fail!(Trap::Fatal(format!(
                                "corgi: no method {} for {}",
                                p.method_names[k as usize],
                                p.types.get(ty).name
                            )));
                        };
                        r!(a) = w;
                        save!();
                        t!(self.push_frame(fid, base + a.0 as usize, 0));
                        continue 'frame;
                    }
                    Op::CallNative { a, k } => {
                        save!();
                        // A fault is taken before a native can print what it led to, and after.
                        if mem::faulted() {
                            return Err(self.memory_fault());
                        }
                        let native = p.natives[k as usize].1;
                        let done = native(self, base + a.0 as usize);
                        if mem::faulted() {
                            return Err(self.memory_fault());
                        }
                        match done {
                            Ok(()) => {}
                            Err(Trap::Block(b)) => {
                                if depth > 0 && matches!(b, super::sched::Block::Exit) {
                                    fail!(Trap::Fatal(
                                        "corgi: runtime.Goexit inside a callback from native code".into()
                                    ));
                                }
                                self.block_on(b, pc)?;
                                continue 'frame;
                            }
                            Err(e) => return Err(e),
                        }
                        if self.frames.len() <= depth {
                            return Ok(());
                        }
                        // The native may have called back into Go, growing the register file.
                        win = Window::new(&mut self.regs, base, func.nregs);
                    }
                    Op::Return => {
                        let fr = self.frames.pop().expect("frame");
                        self.stack_bytes -= func.frame_bytes as u64;
                        if self.defers.len() > fr.defer_mark as usize {
                            self.defers.truncate(fr.defer_mark as usize);
                        }
                        if fr.boundary {
                            // Back to the native code that called this function.
                            return Ok(());
                        }
                        if self.frames.is_empty() && depth == 0 && self.cur_id != 1 {
                            self.exit_current()?;
                            continue 'frame;
                        }
                        if fr.boundary || self.frames.len() <= depth {
                            return Ok(());
                        }
                        quick_entry = true;
                        continue 'frame;
                    }
                    Op::RunDefers => {
                        let idx = self.frames.len() - 1;
                        let fr = self.frames[idx];
                        let mut unwinding = fr.unwinding;
                        if unwinding && self.panics.last().is_some_and(|p| p.recovered) {
                            let depth_now = self.frames.len();
                            while self.panics.last().is_some_and(|p| p.depth >= depth_now) {
                                self.panics.pop();
                            }
                            self.frames[idx].unwinding = false;
                            unwinding = false;
                        }
                        if self.defers.len() > fr.defer_mark as usize {
                            let Deferred { closure, args } = self.defers.pop().expect("defer");
                            self.frames[idx].pc = (pc - 1) as u32;
                            if closure == 0 {
                                // `defer f()` with f nil panics when the call would run.
                                return Err(Trap::NilDeref);
                            }
                            let nb = base + func.nregs as usize;
                            let fid = mem::ld(closure) as u32;
                            t!(self.push_frame(fid, nb, closure));
                            for (i, w) in args.iter().enumerate() {
                                self.regs[nb + i] = *w;
                            }
                            self.frames.last_mut().expect("frame").recover_ok = unwinding;
                            continue 'frame;
                        }
                        if unwinding {
                            save!();
                            return Err(Trap::Unwinding);
                        }
                    }
                    Op::Defer { f: fr_reg, a, n } => {
                        let closure = r!(fr_reg);
                        let args = self.regs[base + a.0 as usize..base + a.0 as usize + n as usize].to_vec();
                        self.defers.push(Deferred { closure, args });
                    }
                    Op::DeferAt { f: fr_reg, a, n, at } => {
                        // The deferred call goes below the defers of the frames above the target
                        // (the iterator's own, say), which run first as those frames return.
                        let target = r!(at) as usize;
                        if target >= self.frames.len() {
                            fail!(Trap::Internal("defer for a frame that is not on the stack".into()));
                        }
                        let closure = r!(fr_reg);
                        let args = self.regs[base + a.0 as usize..base + a.0 as usize + n as usize].to_vec();
                        let at = match self.frames.get(target + 1) {
                            Some(f) => f.defer_mark as usize,
                            None => self.defers.len(),
                        };
                        self.defers.insert(at.min(self.defers.len()), Deferred { closure, args });
                        for f in &mut self.frames[target + 1..] {
                            f.defer_mark += 1;
                        }
                    }
                    Op::FrameIndex { d } => r!(d) = (self.frames.len() - 1) as u64,
                    Op::Panic { a } => fail!(Trap::Panic(r!(a))),
                    Op::Recover { d } => {
                        // The deferred function itself may recover; when it is a method value or
                        // a bound interface method, it runs inside a compiler-made wrapper, which
                        // passes that right on to the method it calls.
                        // `defer recover()` (a thunk) recovers only as its deferring function
                        // would, and only while that function returns normally: run for its own
                        // panic, the recover is called by the runtime, not by a deferred call.
                        let n = self.frames.len();
                        let ok = if func.builtin_thunk {
                            n >= 2 && self.frames[n - 2].recover_ok && !self.frames[n - 2].unwinding
                        } else {
                            self.frames.last().is_some_and(|f| f.recover_ok)
                                || (n >= 2
                                    && self.frames[n - 2].recover_ok
                                    && p.funcs[self.frames[n - 2].func as usize].synthetic)
                        };
                        r!(d) = match self.panics.last_mut() {
                            Some(p) if ok && !p.recovered && !p.goexit => {
                                p.recovered = true;
                                p.value
                            }
                            _ => 0,
                        };
                    }
                    Op::New { d, t: ti } => {
                        r!(d) =
                            if p.types.get(ti).is_block() { t!(self.zero_block(ti)) } else { t!(self.alloc(8, true)) };
                    }
                    Op::Load { d, a, off, m } => {
                        let x = r!(a);
                        if x == 0 {
                            fail!(Trap::NilDeref);
                        }
                        if RACE {
                            self.race_access(x + off as u64, m.bytes(), false, pc);
                        }
                        r!(d) = mem::load(x + off as u64, m);
                    }
                    Op::Store { a, b, off, m } => {
                        let x = r!(a);
                        if x == 0 {
                            fail!(Trap::NilDeref);
                        }
                        if RACE {
                            self.race_access(x + off as u64, m.bytes(), true, pc);
                        }
                        mem::store(x + off as u64, m, r!(b));
                    }
                    Op::NilCheck { a } => {
                        if r!(a) == 0 {
                            fail!(Trap::NilDeref);
                        }
                    }
                    Op::AddrOff { d, a, off } => {
                        let x = r!(a);
                        if x == 0 {
                            fail!(Trap::NilDeref);
                        }
                        r!(d) = x + off as u64;
                    }
                    Op::Copy { d, a, t: ti } => {
                        if RACE {
                            save!();
                            self.race_block(r!(a), ti, false);
                        }
                        r!(d) = t!(self.copy_block(r!(a), ti))
                    }
                    Op::CopyInto { a, b, t: ti } => {
                        if RACE {
                            save!();
                            self.race_block(r!(b), ti, false);
                            self.race_block(r!(a), ti, true);
                        }
                        t!(self.copy_into(r!(a), r!(b), ti))
                    }
                    Op::EqV { d, a, b, t: ti } => {
                        if RACE {
                            save!();
                            self.race_block(r!(a), ti, false);
                            self.race_block(r!(b), ti, false);
                        }
                        r!(d) = t!(self.values_equal(r!(a), r!(b), ti)) as u64
                    }
                    Op::MakeSlice { d, a, b, t: ti } => {
                        let (n, c) = (r!(a) as i64, r!(b) as i64);
                        if !(0..=1 << 40).contains(&n) {
                            fail!(Trap::runtime("makeslice: len out of range"));
                        }
                        if c < n || c > (1 << 40) {
                            fail!(Trap::runtime("makeslice: cap out of range"));
                        }
                        let Kind::Slice(elem) = p.types.get(ti).kind else { fail!(Trap::runtime("makeslice")) };
                        r!(d) = t!(self.make_slice(elem, n as u64, c as u64));
                    }
                    Op::LenSl { d, a } => {
                        let s = r!(a);
                        r!(d) = if s == 0 { 0 } else { mem::ld(s + 8) };
                    }
                    Op::SliceToArrPtr { d, a, n } => {
                        let s = r!(a);
                        let (data, len) = if s == 0 { (0, 0) } else { (mem::ld(s), mem::ld(s + 8)) };
                        if len < n as u64 {
                            fail!(Trap::Runtime(format!(
                                "cannot convert slice with length {len} to array or pointer to array with length {n}"
                            )));
                        }
                        // A non-nil empty slice may have no data: any non-nil address will do
                        // for a pointer to zero elements (the header's, never dereferenced).
                        r!(d) = if data == 0 { s } else { data };
                    }
                    Op::CapSl { d, a } => {
                        let s = r!(a);
                        r!(d) = if s == 0 { 0 } else { mem::ld(s + 16) };
                    }
                    Op::SlAddr { d, a, b, t: ti } => {
                        let s = r!(a);
                        let i = r!(b);
                        let (data, len) = if s == 0 { (0, 0) } else { (mem::ld(s), mem::ld(s + 8)) };
                        if i >= len {
                            fail!(index_error(i, len));
                        }
                        r!(d) = data + i * p.types.elem_bytes(ti);
                    }
                    Op::SlLoad { d, a, b, m } => {
                        let s = r!(a);
                        let i = r!(b);
                        let (data, len) = if s == 0 { (0, 0) } else { (mem::ld(s), mem::ld(s + 8)) };
                        if i >= len {
                            fail!(index_error(i, len));
                        }
                        let at = data + i * m.bytes();
                        if RACE {
                            self.race_access(at, m.bytes(), false, pc);
                        }
                        r!(d) = mem::load(at, m);
                    }
                    Op::ArrAddr { d, a, b, t: ti } => {
                        let Kind::Array { len, elem } = p.types.get(ti).kind else { fail!(Trap::runtime("array")) };
                        let i = r!(b);
                        if i >= len {
                            fail!(index_error(i, len));
                        }
                        let x = r!(a);
                        if x == 0 {
                            fail!(Trap::NilDeref);
                        }
                        r!(d) = x + i * p.types.elem_bytes(elem);
                    }
                    Op::ArrSlice { d, a, t: ti } => {
                        let Kind::Array { len, .. } = p.types.get(ti).kind else { fail!(Trap::runtime("array")) };
                        let x = r!(a);
                        r!(d) = t!(self.new_slice_hdr(if len == 0 { 0 } else { x }, len, len));
                    }
                    Op::Reslice { d, a, b, t: ti } => {
                        let lo = r!(b) as i64;
                        let hi = r!(super::op::R(b.0 + 1)) as i64;
                        let max = r!(super::op::R(b.0 + 2)) as i64;
                        r!(d) = t!(self.reslice(r!(a), lo, hi, max, ti));
                    }
                    Op::AppendSl { d, a, b, t: ti } => {
                        let (src_data, n, _) = self.slice_parts(r!(b));
                        if RACE {
                            save!();
                            self.race_append(r!(a), src_data, n, ti);
                        }
                        let out = t!(self.append(r!(a), src_data, n, ti));
                        if RACE {
                            self.race_appended(r!(a), out, n, ti);
                        }
                        r!(d) = out;
                    }
                    Op::Append1 { d, a, b, t: ti } => {
                        let v = r!(b);
                        if RACE {
                            save!();
                            self.race_append_one(r!(a), ti);
                        }
                        let out = t!(self.append_one(r!(a), v, ti));
                        if RACE {
                            self.race_appended(r!(a), out, 1, ti);
                        }
                        r!(d) = out;
                    }
                    Op::CopySl { d, a, b, t: ti } => {
                        if RACE {
                            save!();
                            self.race_copy(r!(a), r!(b), ti);
                        }
                        r!(d) = t!(self.copy_slice(r!(a), r!(b), ti))
                    }
                    Op::ClearSl { a, t: ti } => {
                        if RACE {
                            save!();
                            self.race_whole_slice(r!(a), Some(ti), 0, true);
                        }
                        t!(self.clear_slice(r!(a), ti))
                    }
                    Op::MakeMap { d, t: _ } => r!(d) = t!(self.make_map(8)),
                    Op::MapGet { d, a, b, t: ti } => {
                        if RACE {
                            save!();
                            self.race_map_key(r!(a), r!(b), ti, false, pc);
                        }
                        let (v, ok) = t!(self.map_get(r!(a), r!(b), ti));
                        r!(d) = v;
                        r!(super::op::R(d.0 + 1)) = ok as u64;
                    }
                    Op::MapSet { a, b, t: ti } => {
                        let (k, v) = (r!(b), r!(super::op::R(b.0 + 1)));
                        if RACE {
                            save!();
                            self.race_map_key(r!(a), k, ti, true, pc);
                            self.race_map_value(v, ti);
                        }
                        t!(self.map_set(r!(a), k, v, ti));
                    }
                    Op::MapDel { a, b, t: ti } => {
                        if RACE {
                            save!();
                            self.race_rt_access(r!(a), 8, true, RtFn::MapDelete, pc);
                            self.race_map_key(0, r!(b), ti, true, pc);
                        }
                        t!(self.map_delete(r!(a), r!(b), ti))
                    }
                    Op::LenMap { d, a } => {
                        if RACE {
                            self.race_rt_access(r!(a), 8, false, RtFn::MapAccess, pc);
                        }
                        r!(d) = self.map_len(r!(a))
                    }
                    Op::ClearMap { a } => {
                        if RACE {
                            self.race_rt_access(r!(a), 8, true, RtFn::MapClear, pc);
                        }
                        t!(self.map_clear(r!(a)))
                    }
                    Op::MapIter { d, a, t: ti } => {
                        if RACE {
                            self.race_rt_access(r!(a), 8, false, RtFn::MapIter, pc);
                        }
                        r!(d) = t!(self.map_iter(r!(a), ti))
                    }
                    Op::MapNext { d, a, off } => match t!(self.map_next(r!(a))) {
                        Some((k, v)) => {
                            r!(d) = k;
                            r!(super::op::R(d.0 + 1)) = v;
                        }
                        None => jump!(off),
                    },
                    Op::Box { d, a, t: ti } => r!(d) = t!(self.new_box(ti, r!(a))),
                    Op::Unbox { d, a, t: k } => {
                        let (target, iface) = p.asserts[k as usize];
                        let (ty, w) = self.unbox(r!(a));
                        if ty != target {
                            fail!(self.assert_error(ty, target, iface));
                        }
                        r!(d) = if p.types.get(ty).is_block() { t!(self.copy_block(w, ty)) } else { w };
                    }
                    Op::UnboxOk { d, a, t: k } => {
                        let (target, _) = p.asserts[k as usize];
                        let (ty, w) = self.unbox(r!(a));
                        if ty == target {
                            r!(d) = if p.types.get(ty).is_block() { t!(self.copy_block(w, ty)) } else { w };
                            r!(super::op::R(d.0 + 1)) = 1;
                        } else {
                            r!(d) = t!(self.zero_value(target));
                            r!(super::op::R(d.0 + 1)) = 0;
                        }
                    }
                    Op::AssertIface { d, a, t: k } => {
                        let (target, iface) = p.asserts[k as usize];
                        let v = r!(a);
                        let (ty, _) = self.unbox(v);
                        if ty == 0 || !self.implements(ty, target) {
                            fail!(self.assert_error(ty, target, iface));
                        }
                        r!(d) = v;
                    }
                    Op::AssertIfaceOk { d, a, t: k } => {
                        let (target, _) = p.asserts[k as usize];
                        let v = r!(a);
                        let (ty, _) = self.unbox(v);
                        let ok = ty != 0 && self.implements(ty, target);
                        r!(d) = if ok { v } else { 0 };
                        r!(super::op::R(d.0 + 1)) = ok as u64;
                    }
                    Op::TypeOf { d, a } => r!(d) = self.unbox(r!(a)).0 as u64,
                    Op::Implements { d, a, t: ti } => {
                        let (ty, _) = self.unbox(r!(a));
                        r!(d) = (ty != 0 && self.implements(ty, ti)) as u64;
                    }
                    Op::Closure { d, k, a, n } => {
                        let caps = self.regs[base + a.0 as usize..base + a.0 as usize + n as usize].to_vec();
                        r!(d) = t!(self.new_closure(k, &caps));
                    }
                    Op::Upval { d, k } => {
                        let env = self.frames.last().expect("frame").env;
                        r!(d) = mem::ld(env + 8 * (1 + k as u64));
                    }
                    Op::Recv { d, a, ok } => {
                        save!();
                        if t!(self.chan_recv(r!(a), base + d.0 as usize, ok)) {
                            continue 'frame;
                        }
                    }
                    Op::Send { a, b } => {
                        save!();
                        if t!(self.chan_send(r!(a), r!(b))) {
                            continue 'frame;
                        }
                    }
                    Op::Select { d, a, k } => {
                        let (sends, has_default) = &p.selects[k as usize];
                        save!();
                        if t!(self.select(base + d.0 as usize, base + a.0 as usize, sends, *has_default)) {
                            continue 'frame;
                        }
                    }
                    Op::MakeChan { d, a, t: ti } => r!(d) = t!(self.make_chan(ti, r!(a) as i64)),
                    Op::Close { a } => t!(self.close_chan(r!(a))),
                    Op::LenChan { d, a } => r!(d) = self.chan_len(r!(a)),
                    Op::CapChan { d, a } => r!(d) = self.chan_cap(r!(a)),
                    Op::Go { f: fr_reg, a, n } => {
                        let closure = r!(fr_reg);
                        if closure == 0 {
                            fail!(Trap::Fatal("go of nil func value".into()));
                        }
                        let args = self.regs[base + a.0 as usize..base + a.0 as usize + n as usize].to_vec();
                        t!(self.spawn(closure, &args, Some(pc)));
                    }
                }
            }
        }
    }

    /// Carries out what a blocking native asked; `pc` is just after the native's call.
    /// The trap for an access the memory guard refused (see `vm::mem`): a bug in corgi, reported
    /// as a fatal error naming the address, with the goroutine's trace.
    #[cold]
    fn memory_fault(&mut self) -> Trap {
        let addr = mem::take_fault().unwrap_or(0);
        Trap::Internal(format!("memory access outside the heap (address {addr:#x})"))
    }

    fn block_on(&mut self, b: super::sched::Block, pc: usize) -> Result<(), Trap> {
        use super::sched::Block;
        // A native that parked the goroutine itself saved its resume point (under the lock);
        // everything else continues after the call.
        if !matches!(b, Block::Parked) {
            self.frames.last_mut().expect("frame").pc = pc as u32;
        }
        match b {
            Block::Parked => self.schedule(),
            Block::Sleep(d) => self.sleep(d),
            // Inside a callback from native code the goroutine cannot leave its M: nothing to do.
            Block::Yield if self.native_depth > 0 => Ok(()),
            Block::Yield => self.yield_now(),
            // Goexit on the main goroutine: the others run on; here, wait for them.
            // Goexit: the deferred calls run as for a panic that nothing can recover.
            Block::Exit => {
                let depth = self.frames.len();
                self.panics.push(super::PanicRec {
                    value: 0,
                    recovered: false,
                    depth,
                    trace: Vec::new(),
                    sigsegv: false,
                    goexit: true,
                });
                Err(Trap::Unwinding)
            }
        }
    }

    fn str_eq(&self, a: u64, b: u64) -> bool {
        a == b || (self.str_len(a) == self.str_len(b) && self.str_cmp(a, b).is_eq())
    }

    /// Whether dynamic type `ty` has every method of interface type `iface`.
    pub fn implements(&self, ty: u32, iface: u32) -> bool {
        let Kind::Interface { methods, sigs } = &self.p.types.get(iface).kind else { return false };
        if methods.is_empty() {
            return true;
        }
        let Some(set) = self.p.method_sets.get(&ty) else { return false };
        methods.iter().zip(sigs).all(|(m, s)| self.has_method(set, ty, *m, *s))
    }

    /// Whether method set `set` of type `ty` has method `m` with signature `sig` (Go matches
    /// methods by name and identical signature).
    fn has_method(&self, set: &[u32], ty: u32, m: u32, sig: u32) -> bool {
        set.binary_search(&m).is_ok() && self.p.method_sigs.get(&(ty, m)).is_none_or(|&s| s == sig)
    }

    fn assert_error(&mut self, ty: u32, target: u32, iface: u32) -> Trap {
        let types = &self.p.types;
        let iname = &types.get(iface).name;
        let tname = &types.get(target).name;
        let msg = if ty == 0 {
            format!("interface conversion: interface is nil, not {tname}")
        } else if matches!(types.get(target).kind, Kind::Interface { .. }) {
            let missing = match &types.get(target).kind {
                Kind::Interface { methods, sigs } => {
                    let set = self.p.method_sets.get(&ty);
                    let missing = methods
                        .iter()
                        .zip(sigs)
                        .find(|(m, s)| set.is_none_or(|set| !self.has_method(set, ty, **m, **s)));
                    missing.map(|(m, _)| self.p.method_names[*m as usize].clone()).unwrap_or_default()
                }
                _ => String::new(),
            };
            format!("interface conversion: {} is not {tname}: missing method {missing}", types.get(ty).name)
        } else {
            format!("interface conversion: {iname} is {}, not {tname}", types.get(ty).name)
        };
        // Go's TypeAssertionError is a runtime.Error whose text has no "runtime error: " prefix.
        match self.new_str(msg.as_bytes()) {
            Ok(s) => match self.new_box(self.p.well_known.runtime_error, s) {
                Ok(b) => Trap::Panic(b),
                Err(e) => e,
            },
            Err(e) => e,
        }
    }

    fn reslice(&mut self, s: u64, lo: i64, hi: i64, max: i64, st: u32) -> Result<u64, Trap> {
        let (data, len, cap) = self.slice_parts(s);
        let (len, cap) = (len as i64, cap as i64);
        let three = max != -1;
        let max = if three { max } else { cap };
        let hi = if hi == -1 { len } else { hi };
        if three && (max < 0 || max > cap) {
            return Err(Trap::Runtime(format!("slice bounds out of range [::{max}] with capacity {cap}")));
        }
        if hi < 0 || hi > max {
            return Err(if three {
                Trap::Runtime(format!("slice bounds out of range [:{hi}:{max}]"))
            } else {
                Trap::Runtime(format!("slice bounds out of range [:{hi}] with capacity {cap}"))
            });
        }
        if lo < 0 || lo > hi {
            return Err(Trap::Runtime(format!("slice bounds out of range [{lo}:{hi}]")));
        }
        if s == 0 {
            return Ok(0);
        }
        let Kind::Slice(elem) = self.p.types.get(st).kind else { return Ok(0) };
        let w = self.p.types.elem_bytes(elem);
        let nd = if max - lo == 0 { data } else { data + lo as u64 * w };
        self.new_slice_hdr(nd, (hi - lo) as u64, (max - lo) as u64)
    }

    /// Go's growslice: the capacity after appending to reach `need` elements.
    pub(crate) fn grow_cap(old_cap: u64, need: u64, w: u64) -> u64 {
        let mut newcap = old_cap;
        let doublecap = newcap + newcap;
        if need > doublecap {
            newcap = need;
        } else {
            const THRESHOLD: u64 = 256;
            if old_cap < THRESHOLD {
                newcap = doublecap;
            } else {
                while newcap < need {
                    newcap += (newcap + 3 * THRESHOLD) >> 2;
                }
            }
        }
        let bytes = crate::heap::rounded_size((newcap * w) as usize) as u64;
        bytes.checked_div(w).unwrap_or(newcap)
    }

    fn append(&mut self, s: u64, src: u64, n: u64, st: u32) -> Result<u64, Trap> {
        let Kind::Slice(elem) = self.p.types.get(st).kind else { return Ok(s) };
        let (data, len, cap) = self.slice_parts(s);
        if n == 0 {
            return Ok(s);
        }
        let w = self.p.types.elem_bytes(elem);
        let block = self.p.types.get(elem).is_block();
        let need = len + n;
        let (nd, ncap) = if need <= cap {
            (data, cap)
        } else {
            let ncap = Self::grow_cap(cap, need, w);
            let scan = self.p.types.get(elem).has_pointers || block;
            let nd = self.alloc(ncap * w, scan)?;
            mem::copy(nd, data, len * w);
            (nd, ncap)
        };
        if block {
            for i in 0..n {
                let c = self.copy_block(mem::ld(src + 8 * i), elem)?;
                mem::st(nd + (len + i) * 8, c);
            }
            // Spare capacity holds zero blocks, so element slots are never nil.
            for i in need..ncap {
                if nd != data || i >= cap {
                    let z = self.zero_block(elem)?;
                    mem::st(nd + i * 8, z);
                }
            }
        } else {
            mem::copy(nd + len * w, src, n * w);
        }
        self.new_slice_hdr(nd, need, ncap)
    }

    fn append_one(&mut self, s: u64, v: u64, st: u32) -> Result<u64, Trap> {
        let Kind::Slice(elem) = self.p.types.get(st).kind else { return Ok(s) };
        let (data, len, cap) = self.slice_parts(s);
        let m = self.p.types.get(elem).mem();
        let w = m.bytes();
        let block = self.p.types.get(elem).is_block();
        let need = len + 1;
        let (nd, ncap) = if need <= cap {
            (data, cap)
        } else {
            let ncap = Self::grow_cap(cap, need, w);
            let scan = self.p.types.get(elem).has_pointers || block;
            let nd = self.alloc(ncap * w, scan)?;
            mem::copy(nd, data, len * w);
            if block {
                for i in need..ncap {
                    let z = self.zero_block(elem)?;
                    mem::st(nd + i * 8, z);
                }
            }
            (nd, ncap)
        };
        mem::store(nd + len * w, m, v);
        self.new_slice_hdr(nd, need, ncap)
    }

    fn copy_slice(&mut self, dst: u64, src: u64, st: u32) -> Result<u64, Trap> {
        let Kind::Slice(elem) = self.p.types.get(st).kind else { return Ok(0) };
        let (dd, dl, _) = self.slice_parts(dst);
        let (sd, sl, _) = self.slice_parts(src);
        let n = dl.min(sl);
        if self.p.types.get(elem).is_block() {
            for i in 0..n {
                self.copy_into(mem::ld(dd + 8 * i), mem::ld(sd + 8 * i), elem)?;
            }
        } else {
            mem::copy(dd, sd, n * self.p.types.elem_bytes(elem));
        }
        Ok(n)
    }

    fn clear_slice(&mut self, s: u64, st: u32) -> Result<(), Trap> {
        let Kind::Slice(elem) = self.p.types.get(st).kind else { return Ok(()) };
        let (d, l, _) = self.slice_parts(s);
        if self.p.types.get(elem).is_block() {
            for i in 0..l {
                let z = self.zero_block(elem)?;
                self.copy_into(mem::ld(d + 8 * i), z, elem)?;
            }
        } else {
            mem::zero(d, l * self.p.types.elem_bytes(elem));
        }
        Ok(())
    }
}

#[inline(always)]
fn f(w: u64) -> f64 {
    f64::from_bits(w)
}

fn min_max_f(a: f64, b: f64, min: bool) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == b {
        // -0 vs +0
        return if min == a.is_sign_negative() { a } else { b };
    }
    if (a < b) == min { a } else { b }
}

fn index_error(i: u64, len: u64) -> Trap {
    if (i as i64) < 0 {
        Trap::Runtime(format!("index out of range [{}]", i as i64))
    } else {
        Trap::Runtime(format!("index out of range [{i}] with length {len}"))
    }
}
