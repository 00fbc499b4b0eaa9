//! A frame's registers without a bounds check per access: the dispatch loop's one `unsafe`.
//!
//! Invariants, which together make every access in bounds:
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

/// Checks that every register `f`'s instructions name is below `nregs`; the error names the
/// first instruction that does not.
pub fn verify(code: &[Op], nregs: u16) -> Result<(), String> {
    for (pc, op) in code.iter().enumerate() {
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
        assert!(verify(&code, 3).is_ok());
        let err = verify(&code, 2).unwrap_err();
        assert!(err.contains("instruction 0"), "{err}");
    }

    #[test]
    #[should_panic]
    fn a_window_past_the_file_is_refused() {
        let mut regs = vec![0u64; 4];
        let _ = Window::new(&mut regs, 2, 3);
    }
}
