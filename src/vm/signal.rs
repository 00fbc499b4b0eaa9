//! Ctrl-C: SIGINT sets a flag that the VM polls at its safepoints (loop back-edges, calls,
//! scheduler waits); it then flushes stdout and exits 130, as a Go program killed by SIGINT
//! reports through the shell.
//!
//! As in Go, SIGHUP and SIGTERM end the program (stdout flushed first, then the process dies of
//! the signal) and SIGUSR1, SIGUSR2, SIGALRM and a few more are dropped, unless Notify'd.
//! os/signal: a signal a program Notify'd (SIGINT included) sets its bit in `PENDING` instead; the
//! system monitor sees it and wakes os/signal's watcher goroutine through the timer it sleeps on
//! (`WAIT_TIMER`), and that goroutine delivers it to the channels in Go.
//!
//! Invariant: the handler only stores to atomics (async-signal-safe); everything else happens
//! on the VM's threads.

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// Signals os/signal catches (bit n for signal n).
static ENABLED: AtomicU64 = AtomicU64::new(0);
/// Caught signals not yet delivered.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// Signals signal.Ignore ignores.
static IGNORED: AtomicU64 = AtomicU64::new(0);
/// Signals whose disposition at startup is saved in `ORIG`.
static SAVED: AtomicU64 = AtomicU64::new(0);
static ORIG: [AtomicUsize; 64] = [const { AtomicUsize::new(0) }; 64];
/// The timer os/signal's watcher goroutine sleeps on (0: it is not waiting).
pub static WAIT_TIMER: AtomicU64 = AtomicU64::new(0);

/// A signal not Notify'd that ends the program (SIGHUP, SIGTERM): the system monitor flushes
/// stdout and dies of it.
static DYING: AtomicU64 = AtomicU64::new(0);

/// Signals a Go program dies of when nothing Notify'd them (Go's _SigKill), SIGINT aside.
const FATAL: [libc::c_int; 2] = [libc::SIGHUP, libc::SIGTERM];
/// Signals whose default would end the process but that a Go program drops when nothing
/// Notify'd them (Go handles them, with _SigNotify only).
const DROPPED: [libc::c_int; 9] = [
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGALRM,
    libc::SIGVTALRM,
    libc::SIGPROF,
    libc::SIGXCPU,
    libc::SIGXFSZ,
    libc::SIGIO,
    libc::SIGPWR,
];

extern "C" fn on_signal(sig: libc::c_int) {
    let bit = 1u64 << (sig as u32 & 63);
    if ENABLED.load(Ordering::Relaxed) & bit != 0 {
        PENDING.fetch_or(bit, Ordering::SeqCst);
    } else if sig == libc::SIGINT {
        INTERRUPTED.store(true, Ordering::Relaxed);
    } else if FATAL.contains(&sig) {
        DYING.store(sig as u64, Ordering::SeqCst);
    }
}

fn set_handler(sig: libc::c_int, h: libc::sighandler_t) -> libc::sighandler_t {
    // SAFETY: `h` is SIG_DFL, SIG_IGN, a disposition saved from the OS, or `on_signal`, which is
    // async-signal-safe (atomic operations only) and lives for the program.
    unsafe { libc::signal(sig, h) }
}

fn our_handler() -> libc::sighandler_t {
    let handler: extern "C" fn(libc::c_int) = on_signal;
    handler as libc::sighandler_t
}

/// Installs the handlers: SIGINT's, and Go's default behaviour for the signals in `FATAL` and
/// `DROPPED` (those ignored at startup, as under nohup, stay ignored). Once per process is enough;
/// repeated calls are harmless.
pub fn install() {
    set_handler(libc::SIGINT, our_handler());
    for sig in FATAL.into_iter().chain(DROPPED) {
        if set_handler(sig, our_handler()) == libc::SIG_IGN {
            set_handler(sig, libc::SIG_IGN);
        }
    }
}

/// The signal in `FATAL` that arrived, if one did.
pub fn dying() -> Option<libc::c_int> {
    let s = DYING.load(Ordering::SeqCst);
    (s != 0).then_some(s as libc::c_int)
}

/// Ends the process by signal `sig` (its default action, a termination), as Go does.
pub fn die_of(sig: libc::c_int) {
    set_handler(sig, libc::SIG_DFL);
    // SAFETY: raising a signal whose disposition is now the default.
    unsafe {
        libc::raise(sig);
    }
}

/// Signals os/signal may change: 1..=31 but those that cannot be caught and those that report
/// corgi's own faults.
fn catchable(sig: i64) -> Option<libc::c_int> {
    let s = libc::c_int::try_from(sig).ok().filter(|s| (1..=31).contains(s))?;
    let off_limits = [libc::SIGKILL, libc::SIGSTOP, libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL];
    (!off_limits.contains(&s)).then_some(s)
}

fn save(sig: libc::c_int, old: libc::sighandler_t) {
    let bit = 1u64 << sig;
    if SAVED.fetch_or(bit, Ordering::SeqCst) & bit == 0
        && let Some(o) = ORIG.get(sig as usize)
    {
        o.store(old, Ordering::SeqCst);
    }
}

/// signal.Notify starts catching `sig`.
pub fn enable(sig: i64) {
    let Some(s) = catchable(sig) else { return };
    let bit = 1u64 << s;
    ENABLED.fetch_or(bit, Ordering::SeqCst);
    IGNORED.fetch_and(!bit, Ordering::SeqCst);
    let old = set_handler(s, our_handler());
    save(s, old);
}

/// Back to the default: Ctrl-C exits 130, other signals get the disposition corgi started with.
pub fn disable(sig: i64) {
    let Some(s) = catchable(sig) else { return };
    let bit = 1u64 << s;
    // Go's Ignored keeps reporting a signal Reset after Ignore as ignored; so does corgi.
    ENABLED.fetch_and(!bit, Ordering::SeqCst);
    if s == libc::SIGINT {
        set_handler(s, our_handler());
    } else if SAVED.load(Ordering::SeqCst) & bit != 0
        && let Some(o) = ORIG.get(s as usize)
    {
        set_handler(s, o.load(Ordering::SeqCst));
    }
}

/// signal.Ignore.
pub fn ignore(sig: i64) {
    let Some(s) = catchable(sig) else { return };
    let bit = 1u64 << s;
    ENABLED.fetch_and(!bit, Ordering::SeqCst);
    IGNORED.fetch_or(bit, Ordering::SeqCst);
    let old = set_handler(s, libc::SIG_IGN);
    save(s, old);
}

/// signal.Ignored: ignored by signal.Ignore, or inherited ignored (nohup) and not changed since.
/// (SIGPIPE is ignored by corgi itself, not by the program.)
pub fn ignored(sig: i64) -> bool {
    let Some(s) = catchable(sig) else { return false };
    let bit = 1u64 << s;
    if IGNORED.load(Ordering::SeqCst) & bit != 0 {
        return true;
    }
    if s == libc::SIGPIPE || s == libc::SIGINT || SAVED.load(Ordering::SeqCst) & bit != 0 {
        return false;
    }
    // SAFETY: a query only (null new action); `old` is a valid out-pointer.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(s, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Whether a caught signal waits to be delivered.
pub fn pending() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

/// Whether os/signal catches anything (the system monitor then polls more often).
pub fn catching() -> bool {
    ENABLED.load(Ordering::Relaxed) != 0
}

/// Takes the lowest pending signal; 0 when none is.
pub fn take_pending() -> u32 {
    let p = PENDING.load(Ordering::SeqCst);
    if p == 0 {
        return 0;
    }
    let n = p.trailing_zeros();
    PENDING.fetch_and(!(1u64 << n), Ordering::SeqCst);
    n
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
