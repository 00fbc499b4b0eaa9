//! Natives of os/signal (the signal dispositions and the watcher goroutine's wait; see
//! `vm::signal`), of syscall's Kill and Getpid, and of crypto/rand's source (getrandom(2)).

use super::{arg, ret};
use crate::vm::program::NativeFn;
use crate::vm::signal;
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("os/signal.enableSignal", |vm, a| {
        signal::enable(arg(vm, a, 0) as i64);
        Ok(())
    }));
    t.push(("os/signal.disableSignal", |vm, a| {
        signal::disable(arg(vm, a, 0) as i64);
        Ok(())
    }));
    t.push(("os/signal.ignoreSignal", |vm, a| {
        signal::ignore(arg(vm, a, 0) as i64);
        Ok(())
    }));
    t.push(("os/signal.signalIgnored", |vm, a| {
        ret(vm, a, 0, signal::ignored(arg(vm, a, 0) as i64) as u64);
        Ok(())
    }));
    t.push(("os/signal.pending", |vm, a| {
        ret(vm, a, 0, signal::take_pending() as u64);
        Ok(())
    }));
    t.push(("os/signal.waitSignal", |vm, _| {
        if signal::pending() {
            return Ok(());
        }
        Err(vm.park_for_signal())
    }));
    t.push(("syscall.Getpid", |vm, a| {
        ret(vm, a, 0, std::process::id() as u64);
        Ok(())
    }));
    t.push(("syscall.kill", |vm, a| {
        let pid = arg(vm, a, 0) as i64;
        let sig = arg(vm, a, 1) as i64;
        let (Ok(pid), Ok(sig)) = (libc::pid_t::try_from(pid), libc::c_int::try_from(sig)) else {
            ret(vm, a, 0, libc::EINVAL as u64);
            return Ok(());
        };
        // SAFETY: kill(2) takes plain integers; a bad pid or signal is an error return.
        let r = unsafe { libc::kill(pid, sig) };
        let e = if r == 0 { 0 } else { std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL) };
        ret(vm, a, 0, e as u64);
        Ok(())
    }));
    t.push(("crypto/rand.fill", fill_random));
}

/// `fill(b []byte) int`: fills b from getrandom(2); the errno on failure, else 0.
fn fill_random(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (d, l, _) = vm.slice_parts(arg(vm, a, 0));
    let mut buf = vec![0u8; l as usize];
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: `rest` is a valid, writable buffer of `rest.len()` bytes.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
            if e == libc::EINTR {
                continue;
            }
            ret(vm, a, 0, e as u64);
            return Ok(());
        }
        done += n as usize;
    }
    if l > 0 {
        mem::write_bytes(d, &buf);
    }
    ret(vm, a, 0, 0);
    Ok(())
}
