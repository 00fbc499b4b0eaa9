//! Ctrl-C: SIGINT sets a flag that the VM polls at its safepoints (loop back-edges, calls,
//! scheduler waits); it then flushes stdout and exits 130, as a Go program killed by SIGINT
//! reports through the shell.
//!
//! Invariant: the handler only stores to an atomic (async-signal-safe); everything else happens
//! on the VM's thread.

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (once per process is enough; repeated calls are harmless).
pub fn install() {
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: the handler is async-signal-safe (one atomic store) and lives for the program.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// Forgets a Ctrl-C (the REPL handled it).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Whether Ctrl-C was pressed.
#[inline]
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sigint_sets_the_flag() {
        super::install();
        assert!(!super::interrupted());
        // SAFETY: raising a signal whose handler was just installed runs that handler.
        unsafe {
            libc::raise(libc::SIGINT);
        }
        assert!(super::interrupted());
    }
}
