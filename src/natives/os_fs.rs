//! The system calls behind package os's files (`os.sysOpen`, `os.sysRead`, …; see src/stdlib/os.go).
//!
//! Each returns a Linux errno (0 for success) and leaves the error value to the Go code. Open files live
//! in a table keyed by their real descriptor numbers, so `Fd()` means what it means in Go. Calls on regular
//! files block their M briefly, as in Go; reads and writes that may wait for long (standard input, pipes,
//! terminals) run with the M out of the world, so collections need not wait for them. No call holds the
//! table's lock while it waits.

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::sync::{Arc, Mutex};

const EBADF: u64 = 9;
const EINVAL: u64 = 22;

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("os.sysOpen", sys_open));
    t.push(("os.sysRead", sys_read));
    t.push(("os.sysPread", sys_pread));
    t.push(("os.sysWrite", sys_write));
    t.push(("os.sysPwrite", sys_pwrite));
    t.push(("os.sysSeek", sys_seek));
    t.push(("os.sysClose", sys_close));
    t.push(("os.sysFsync", |vm, a| with_file(vm, a, |f| f.sync_all())));
    t.push(("os.sysFtruncate", |vm, a| {
        let size = arg(vm, a, 1) as i64;
        match u64::try_from(size) {
            Ok(size) => with_file(vm, a, |f| f.set_len(size)),
            Err(_) => {
                ret(vm, a, 0, EINVAL);
                Ok(())
            }
        }
    }));
    t.push(("os.sysFchmod", |vm, a| {
        let mode = arg(vm, a, 1) as u32;
        with_file(vm, a, |f| f.set_permissions(std::fs::Permissions::from_mode(mode)))
    }));
    t.push(("os.sysStat", sys_stat));
    t.push(("os.sysFstat", sys_fstat));
    t.push(("os.sysReaddir", sys_readdir));
    t.push(("os.sysMkdir", |vm, a| {
        let mode = arg(vm, a, 1) as u32;
        path_call(vm, a, |p| std::fs::DirBuilder::new().mode(mode).create(p))
    }));
    t.push(("os.sysUnlink", |vm, a| path_call(vm, a, |p| std::fs::remove_file(p))));
    t.push(("os.sysRmdir", |vm, a| path_call(vm, a, |p| std::fs::remove_dir(p))));
    t.push(("os.sysRename", |vm, a| {
        let to = arg_str(vm, a, 1);
        path_call(vm, a, |p| std::fs::rename(p, path(&to)))
    }));
    t.push(("os.sysSymlink", |vm, a| {
        let link = arg_str(vm, a, 1);
        path_call(vm, a, |p| std::os::unix::fs::symlink(p, path(&link)))
    }));
    t.push(("os.sysLink", |vm, a| {
        let link = arg_str(vm, a, 1);
        path_call(vm, a, |p| std::fs::hard_link(p, path(&link)))
    }));
    t.push(("os.sysChmod", |vm, a| {
        let mode = arg(vm, a, 1) as u32;
        path_call(vm, a, |p| std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)))
    }));
    t.push(("os.sysTruncate", |vm, a| {
        let Ok(size) = u64::try_from(arg(vm, a, 1) as i64) else {
            ret(vm, a, 0, EINVAL);
            return Ok(());
        };
        path_call(vm, a, |p| std::fs::OpenOptions::new().write(true).open(p)?.set_len(size))
    }));
    t.push(("os.sysChdir", |vm, a| path_call(vm, a, |p| std::env::set_current_dir(p))));
    t.push(("os.sysReadlink", sys_readlink));
}

// ---- the table of open files ----

/// An open file, and whether its reads and writes may wait for long (a pipe, a terminal, a socket: not a
/// regular file or directory), to be made with the M out of the world.
struct Open {
    file: File,
    may_block: bool,
}

static FILES: Mutex<BTreeMap<u64, Arc<Open>>> = Mutex::new(BTreeMap::new());

fn files() -> std::sync::MutexGuard<'static, BTreeMap<u64, Arc<Open>>> {
    FILES.lock().unwrap_or_else(|e| e.into_inner())
}

/// The open file with descriptor fd (the standard streams are not in the table).
fn file(fd: u64) -> Option<Arc<Open>> {
    files().get(&fd).cloned()
}

fn bad_fd<T>() -> std::io::Result<T> {
    Err(std::io::Error::from_raw_os_error(EBADF as i32))
}

/// The errno of a failed call; errors Rust makes itself (a NUL byte in a path) count as EINVAL.
fn errno(e: &std::io::Error) -> u64 {
    e.raw_os_error().map_or(EINVAL, |n| n as u64)
}

fn path(b: &[u8]) -> &Path {
    Path::new(OsStr::from_bytes(b))
}

/// A call on the path in argument 0 whose only result is its errno.
fn path_call(vm: &mut Vm, a: usize, call: impl FnOnce(&Path) -> std::io::Result<()>) -> Result<(), Trap> {
    let name = arg_str(vm, a, 0);
    let e = call(path(&name)).err().map_or(0, |e| errno(&e));
    ret(vm, a, 0, e);
    Ok(())
}

/// A call on the open file in argument 0 whose only result is its errno.
fn with_file(vm: &mut Vm, a: usize, call: impl FnOnce(&File) -> std::io::Result<()>) -> Result<(), Trap> {
    let e = match file(arg(vm, a, 0)) {
        Some(f) => call(&f.file).err().map_or(0, |e| errno(&e)),
        None => EBADF,
    };
    ret(vm, a, 0, e);
    Ok(())
}

fn ret_n(vm: &mut Vm, a: usize, r: std::io::Result<usize>) {
    match r {
        Ok(n) => {
            ret(vm, a, 0, n as u64);
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            ret(vm, a, 0, 0);
            ret(vm, a, 1, errno(&e));
        }
    }
}

// ---- opening and closing ----

fn sys_open(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let name = arg_str(vm, a, 0);
    let flag = arg(vm, a, 1) as i32;
    let perm = arg(vm, a, 2) as u32;
    let mut opts = std::fs::OpenOptions::new();
    // The access mode is Rust's to set; every other flag (O_CREAT, O_EXCL, O_TRUNC, O_APPEND, …) goes to
    // open(2) as given, so that combinations Rust refuses but Linux allows (O_RDONLY|O_CREATE) behave as in Go.
    match flag & 3 {
        0 => opts.read(true),
        1 => opts.write(true),
        _ => opts.read(true).write(true),
    };
    opts.custom_flags(flag & !3).mode(perm);
    match opts.open(path(&name)) {
        Ok(f) => {
            let fd = f.as_raw_fd() as u64;
            let may_block = f.metadata().map_or(true, |m| !m.is_file() && !m.is_dir());
            files().insert(fd, Arc::new(Open { file: f, may_block }));
            ret(vm, a, 0, fd);
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            ret(vm, a, 0, u64::MAX);
            ret(vm, a, 1, errno(&e));
        }
    }
    Ok(())
}

fn sys_close(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let fd = arg(vm, a, 0);
    // The standard streams stay open: the interpreter itself still writes to them.
    let e = if fd <= 2 || files().remove(&fd).is_some() { 0 } else { EBADF };
    ret(vm, a, 0, e);
    Ok(())
}

// ---- reading and writing ----

/// Copies what a read produced into the Go []byte in argument 1.
fn fill_slice(vm: &Vm, a: usize, data: &[u8]) {
    let (ptr, _, _) = vm.slice_parts(arg(vm, a, 1));
    if !data.is_empty() {
        mem::write_bytes(ptr, data);
    }
}

/// How much one read asks for: the Go slice's length, capped so that a huge buffer costs no huge copy
/// (a read may return less; ReadAt and ReadFull loop).
fn slice_len(vm: &Vm, a: usize) -> usize {
    (vm.slice_parts(arg(vm, a, 1)).1 as usize).min(MAX_READ)
}

const MAX_READ: usize = 1 << 20;

fn sys_read(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let fd = arg(vm, a, 0);
    let mut buf = vec![0u8; slice_len(vm, a)];
    let r = if fd == 0 {
        // A prompt written before the read must be visible while it waits.
        let _ = crate::vm::runtime::lock(&vm.rt.out).flush();
        vm.outside_world(|| std::io::stdin().lock().read(&mut buf))
    } else {
        match file(fd) {
            Some(f) if f.may_block => vm.outside_world(|| (&f.file).read(&mut buf)),
            Some(f) => (&f.file).read(&mut buf),
            None => bad_fd(),
        }
    };
    if let Ok(n) = r {
        fill_slice(vm, a, &buf[..n]);
    }
    ret_n(vm, a, r);
    Ok(())
}

fn sys_pread(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut buf = vec![0u8; slice_len(vm, a)];
    let off = arg(vm, a, 2);
    let r = match file(arg(vm, a, 0)) {
        Some(f) => f.file.read_at(&mut buf, off),
        None => bad_fd(),
    };
    if let Ok(n) = r {
        fill_slice(vm, a, &buf[..n]);
    }
    ret_n(vm, a, r);
    Ok(())
}

fn sys_write(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let fd = arg(vm, a, 0);
    let b = vm.slice_bytes(arg(vm, a, 1));
    let r = match fd {
        // Standard output goes through the interpreter's buffer, which standard error flushes first.
        1 => crate::vm::runtime::lock(&vm.rt.out).write_all(&b).map(|_| b.len()),
        2 => {
            let _ = crate::vm::runtime::lock(&vm.rt.out).flush();
            std::io::stderr().write_all(&b).map(|_| b.len())
        }
        _ => match file(fd) {
            Some(f) if f.may_block => vm.outside_world(|| (&f.file).write(&b)),
            Some(f) => (&f.file).write(&b),
            None => bad_fd(),
        },
    };
    ret_n(vm, a, r);
    Ok(())
}

fn sys_pwrite(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let b = vm.slice_bytes(arg(vm, a, 1));
    let off = arg(vm, a, 2);
    let r = match file(arg(vm, a, 0)) {
        Some(f) => f.file.write_at(&b, off),
        None => bad_fd(),
    };
    ret_n(vm, a, r);
    Ok(())
}

fn sys_seek(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let offset = arg(vm, a, 1) as i64;
    let to = match (arg(vm, a, 2), u64::try_from(offset)) {
        (0, Ok(o)) => Some(SeekFrom::Start(o)),
        (1, _) => Some(SeekFrom::Current(offset)),
        (2, _) => Some(SeekFrom::End(offset)),
        _ => None,
    };
    let r = match (file(arg(vm, a, 0)), to) {
        (Some(f), Some(to)) => (&f.file).seek(to).map_err(|e| errno(&e)),
        (None, _) => Err(EBADF),
        (_, None) => Err(EINVAL),
    };
    match r {
        Ok(pos) => {
            ret(vm, a, 0, pos);
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            ret(vm, a, 0, 0);
            ret(vm, a, 1, e);
        }
    }
    Ok(())
}

// ---- facts about files ----

/// Results (size, mode, sec, nsec, dev, ino, errno), as sysStat and sysFstat declare them.
fn ret_stat(vm: &mut Vm, a: usize, m: std::io::Result<std::fs::Metadata>) {
    match m {
        Ok(m) => {
            ret(vm, a, 0, m.size());
            ret(vm, a, 1, m.mode() as u64);
            ret(vm, a, 2, m.mtime() as u64);
            ret(vm, a, 3, m.mtime_nsec() as u64);
            ret(vm, a, 4, m.dev());
            ret(vm, a, 5, m.ino());
            ret(vm, a, 6, 0);
        }
        Err(e) => {
            for i in 0..6 {
                ret(vm, a, i, 0);
            }
            ret(vm, a, 6, errno(&e));
        }
    }
}

fn sys_stat(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let name = arg_str(vm, a, 0);
    let follow = arg(vm, a, 1) != 0;
    let m = if follow { std::fs::metadata(path(&name)) } else { std::fs::symlink_metadata(path(&name)) };
    ret_stat(vm, a, m);
    Ok(())
}

/// The directory entry for descriptor fd: the standard streams, not in the table, are reached through it.
fn fd_path(fd: u64) -> String {
    format!("/proc/self/fd/{fd}")
}

fn sys_fstat(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let fd = arg(vm, a, 0);
    let m = match file(fd) {
        Some(f) => f.file.metadata(),
        None if fd <= 2 => std::fs::metadata(fd_path(fd)),
        None => bad_fd(),
    };
    ret_stat(vm, a, m);
    Ok(())
}

fn sys_readdir(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let fd = arg(vm, a, 0);
    if file(fd).is_none() {
        ret(vm, a, 0, 0);
        ret(vm, a, 1, EBADF);
        return Ok(());
    }
    // Listing through /proc reads the directory the descriptor refers to, wherever the working directory
    // has moved since it was opened.
    let names: std::io::Result<Vec<Vec<u8>>> = std::fs::read_dir(fd_path(fd))
        .and_then(|rd| rd.map(|e| e.map(|e| e.file_name().as_bytes().to_vec())).collect());
    match names {
        Ok(names) => {
            let mut words = Vec::with_capacity(names.len());
            for n in &names {
                let w = vm.new_str(n)?;
                vm.pinned.push(w);
                words.push(w);
            }
            let s = vm.new_word_slice(&words);
            let pinned = vm.pinned.len() - words.len();
            vm.pinned.truncate(pinned);
            ret(vm, a, 0, s?);
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            ret(vm, a, 0, 0);
            ret(vm, a, 1, errno(&e));
        }
    }
    Ok(())
}

fn sys_readlink(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let name = arg_str(vm, a, 0);
    match std::fs::read_link(path(&name)) {
        Ok(target) => {
            ret_str(vm, a, 0, target.as_os_str().as_bytes())?;
            ret(vm, a, 1, 0);
        }
        Err(e) => {
            ret(vm, a, 0, 0);
            ret(vm, a, 1, errno(&e));
        }
    }
    Ok(())
}
