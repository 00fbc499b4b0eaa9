//! A frame's registers and its function's instructions without a bounds check per access: the
//! dispatch loop's `unsafe`.
//!
//! Invariants, which together make every register access in bounds:
//! - `verify` has accepted the function: each register operand of each instruction, with the
//!   neighbours some instructions also use (`R(d + 1)`, `R(b + 2)`), is below its `nregs`;
//! - the window is checked to lie inside the register file when made (`Vm::push_frame` grew the
//!   file to at least `base + nregs` for the frame);
//! - the file is not reallocated while a window into it is in use: the loop derives the window
//!   again after anything that can push frames (native calls, which may call back into Go) and
//!   after switching goroutines (re-entering its `'frame` loop).
//!
//! The registers are plain words, so a racy Go program cannot break these: only corgi's own
//! bookkeeping can, and the verifier checks what the compiler emitted.
//!
//! And every instruction fetch (`fetch`): `verify` has accepted the code, so it is not empty
//! (`push_frame` and `spawn` refuse an empty function), each jump lands inside it, the exit
//! sequence's pc is inside it, and its last instruction never falls through. So a pc the loop
//! reaches is 0, a jump's target, the instruction after one that falls through (never the
//! last), or one saved from those (a frame's resume point, `exit_pc`).

use super::op::{Op, R};

/// The registers of the running frame: `base` already added.
#[derive(Clone, Copy)]
pub struct Window(*mut u64);

impl Window {
    /// The window of the `nregs` registers at `base` of `regs`, checked to be inside; each
    /// register the function names is below `nregs` by `verify`.
    #[inline(always)]
    pub fn new(regs: &mut [u64], base: usize, nregs: u16) -> Window {
        assert!(base + nregs as usize <= regs.len(), "a frame's registers outside its register file");
        // SAFETY: in bounds of the allocation (or one past its end), just checked.
        Window(unsafe { regs.as_mut_ptr().add(base) })
    }

    /// Register `r` of the frame.
    ///
    /// # Safety
    /// The module's invariants hold for this window: `r` is a verified operand of the running
    /// function, and the register file has not been reallocated since `new`.
    #[inline(always)]
    pub unsafe fn slot<'a>(self, r: R) -> &'a mut u64 {
        // SAFETY: by the caller's contract, in bounds and live; a register is read or written
        // through one such reference at a time (each use ends within its expression).
        unsafe { &mut *self.0.add(r.0 as usize) }
    }
}

/// Instruction `pc` of a function's code.
///
/// # Safety
/// The code passed `verify` and `pc` is one the module's invariants allow (so `pc < code.len()`).
#[inline(always)]
pub unsafe fn fetch(code: &[Op], pc: usize) -> Op {
    debug_assert!(pc < code.len());
    // SAFETY: in bounds by the caller's contract.
    unsafe { *code.get_unchecked(pc) }
}

/// Checks that every register `f`'s instructions name is below `nregs`, that every jump and the
/// exit sequence's pc land inside the code, and that its last instruction does not fall through
/// (empty code, a native's, is never run); the error names the first instruction that fails.
pub fn verify(code: &[Op], nregs: u16, exit_pc: Option<u32>) -> Result<(), String> {
    if let Some(last) = code.last()
        && !last.ends_flow()
    {
        return Err(format!("its last instruction ({last:?}) falls through"));
    }
    if let Some(exit) = exit_pc
        && exit as usize >= code.len()
    {
        return Err(format!("its exit sequence at {exit} is outside its {} instructions", code.len()));
    }
    for (pc, op) in code.iter().enumerate() {
        if let Some(off) = op.jump_offset() {
            let to = pc as i64 + 1 + off;
            if to < 0 || to >= code.len() as i64 {
                return Err(format!("instruction {pc} ({op:?}) jumps to {to}, outside {} instructions", code.len()));
            }
        }
        let mut bad = None;
        op.for_each_reg(|r| {
            if r.0 >= nregs && bad.is_none() {
                bad = Some(r);
            }
        });
        if let Some(r) = bad {
            return Err(format!("instruction {pc} ({op:?}) uses register {} of {nregs}", r.0));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_land_in_the_frame() {
        let mut regs = vec![0u64; 16];
        let w = Window::new(&mut regs, 4, 12);
        // SAFETY: registers 0..12 of a window at 4 are inside the 16 words.
        unsafe {
            *w.slot(R(0)) = 7;
            *w.slot(R(11)) = *w.slot(R(0)) + 1;
        }
        assert_eq!(regs[4], 7);
        assert_eq!(regs[15], 8);
    }

    #[test]
    fn windows_of_many_threads_stay_apart() {
        // Each goroutine's file is its own: threads writing through their windows never see
        // each other's words.
        let handles: Vec<_> = (0..8u64)
            .map(|t| {
                std::thread::spawn(move || {
                    let mut regs = vec![0u64; 64];
                    for base in 0..32 {
                        let w = Window::new(&mut regs, base, 32);
                        for r in 0..32u16 {
                            // SAFETY: base + r < 64.
                            unsafe { *w.slot(R(r)) = t * 1000 + base as u64 + r as u64 };
                        }
                    }
                    regs.iter().enumerate().all(|(i, &v)| v == if i < 63 { t * 1000 + i as u64 } else { 0 })
                })
            })
            .collect();
        for h in handles {
            assert!(h.join().unwrap());
        }
    }

    #[test]
    fn verify_rejects_a_register_beyond_the_frame() {
        let code = [Op::Add { d: R(2), a: R(0), b: R(1) }, Op::Return];
        assert!(verify(&code, 3, None).is_ok());
        let err = verify(&code, 2, None).unwrap_err();
        assert!(err.contains("instruction 0"), "{err}");
    }

    #[test]
    fn verify_keeps_every_pc_inside_the_code() {
        let ok = [Op::JmpIf { a: R(0), off: 1 }, Op::Jmp { off: -2 }, Op::Return];
        assert!(verify(&ok, 1, Some(2)).is_ok());
        for (code, bad) in [
            (vec![Op::JmpIf { a: R(0), off: 2 }, Op::Return], "jumps to 3"),
            (vec![Op::Loop { off: -2 }, Op::Return], "jumps to -1"),
            (vec![Op::Return, Op::Int { d: R(0), k: 1 }], "falls through"),
            (
                vec![Op::AddLoopCmpK { cmp: super::super::op::Cmp::Lt, a: R(0), step: 1, k: 3, off: 5 }, Op::Return],
                "jumps to 6",
            ),
        ] {
            let err = verify(&code, 1, None).unwrap_err();
            assert!(err.contains(bad), "{err}");
        }
        assert!(verify(&ok, 1, Some(3)).unwrap_err().contains("exit sequence"));
        assert!(verify(&[], 0, None).is_ok(), "a native's empty code is never run");
    }

    #[test]
    fn fetch_reads_verified_code_from_many_threads() {
        let code: std::sync::Arc<Vec<Op>> =
            std::sync::Arc::new((0..64).map(|k| Op::Int { d: R(0), k }).chain([Op::Return]).collect());
        assert!(verify(&code, 1, None).is_ok());
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let code = code.clone();
                std::thread::spawn(move || {
                    // SAFETY: every pc below the length of verified code.
                    (0..code.len()).all(|pc| {
                        matches!(unsafe { fetch(&code, pc) }, Op::Int { k, .. } if k == pc as i32) || pc == 64
                    })
                })
            })
            .collect();
        for h in handles {
            assert!(h.join().unwrap());
        }
    }

    #[test]
    #[should_panic]
    fn a_window_past_the_file_is_refused() {
        let mut regs = vec![0u64; 4];
        let _ = Window::new(&mut regs, 2, 3);
    }
}
