//! Race reports in Go's words (ThreadSanitizer's shape), their de-duplication, and the GORACE
//! options that steer them.

use super::{Detector, RT_BASE, lock};
use crate::vm::Vm;
use rustc_hash::FxHashSet;
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// GORACE's options (Go's runtime/race documentation).
pub struct Options {
    halt_on_error: bool,
    exitcode: i32,
    /// None: stderr.
    log_path: Option<String>,
    pub history_size: u32,
}

impl Options {
    pub fn from_env() -> Result<Options, String> {
        let mut o = Options { halt_on_error: false, exitcode: 66, log_path: None, history_size: 1 };
        let spec = std::env::var("GORACE").unwrap_or_default();
        for kv in spec.split_whitespace() {
            let Some((k, v)) = kv.split_once('=') else { return Err(format!("race: bad GORACE option {kv:?}")) };
            let num = || v.parse::<i64>().map_err(|_| format!("race: bad GORACE value {kv:?}"));
            match k {
                "halt_on_error" => o.halt_on_error = num()? != 0,
                "exitcode" => o.exitcode = num()? as i32,
                "log_path" => o.log_path = (v != "stderr").then(|| v.to_string()),
                "history_size" => o.history_size = num()?.clamp(0, 7) as u32,
                // Options of ThreadSanitizer that change nothing here.
                _ => {}
            }
        }
        Ok(o)
    }
}

/// One side of a race.
#[derive(Clone, Copy)]
pub struct Access {
    pub write: bool,
    pub addr: u64,
    pub node: u32,
    pub func: u32,
    pub pc: u32,
    pub slot: u32,
    pub tick: u64,
}

pub struct Reports {
    opts: Options,
    count: AtomicU64,
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    /// Stacks (function, pc, callers) of both accesses already reported.
    pairs: FxHashSet<[(u32, u32, u32); 2]>,
    log: Option<std::fs::File>,
}

impl Reports {
    pub fn new(opts: Options) -> Reports {
        Reports { opts, count: AtomicU64::new(0), seen: Mutex::new(Seen::default()) }
    }

    pub fn count(&self) -> u64 {
        self.count.load(Relaxed)
    }

    fn write(&self, seen: &mut Seen, text: &str) {
        match self.opts.log_path.as_deref() {
            None => {
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
            Some("stdout") => {
                let mut o = std::io::stdout();
                let _ = o.write_all(text.as_bytes());
                let _ = o.flush();
            }
            Some(path) => {
                if seen.log.is_none() {
                    seen.log = std::fs::File::create(format!("{path}.{}", std::process::id())).ok();
                }
                match seen.log.as_mut() {
                    Some(f) => {
                        let _ = f.write_all(text.as_bytes());
                    }
                    None => {
                        let _ = std::io::stderr().write_all(text.as_bytes());
                    }
                }
            }
        }
    }

    /// Go's racefini at a normal exit: the count of races, and the status to exit with.
    pub fn fini(&self) -> i32 {
        let n = self.count();
        if n == 0 {
            return 0;
        }
        let mut seen = lock(&self.seen);
        self.write(&mut seen, &format!("Found {n} data race(s)\n"));
        self.opts.exitcode
    }
}

impl Vm {
    /// Reports a race between the running goroutine's access `cur` and the recorded `prev`
    /// (only its slot and tick known yet), unless one like it was reported already.
    pub(super) fn race_report(&mut self, det: &'static Detector, cur: Access, mut prev: Access) {
        let ring = lock(&det.slots).info.get(prev.slot as usize).map(|s| s.ring.clone());
        let restored = ring.and_then(|r| r.get(prev.tick));
        if let Some((node, func, pc)) = restored {
            (prev.node, prev.func, prev.pc) = (node, func, pc);
        }
        {
            let mut seen = lock(&det.reports.seen);
            let (a, b) = ((cur.func, cur.pc, cur.node), (prev.func, prev.pc, prev.node));
            let (pair, rpair) = ([a, b], [b, a]);
            // As ThreadSanitizer's suppress_equal_stacks (Go keeps no suppress_equal_addresses): a
            // pair of stacks is reported once, whichever way round; an earlier access whose stack
            // fell out of the history counts as the empty stack.
            if seen.pairs.contains(&pair) || seen.pairs.contains(&rpair) {
                return;
            }
            seen.pairs.insert(pair);
        }
        let cur_g = det.occupant(cur.slot, cur.tick);
        let prev_g = det.occupant(prev.slot, prev.tick);
        let mut text = String::from("==================\nWARNING: DATA RACE\n");
        let who = |o: &Option<super::Occupant>| match o {
            Some(o) if o.goid == 1 => "main goroutine".to_string(),
            Some(o) => format!("goroutine {}", o.goid),
            None => "unknown goroutine".to_string(),
        };
        let kind = |w: bool| if w { "Write" } else { "Read" };
        text.push_str(&format!("{} at {:#014x} by {}:\n", kind(cur.write), cur.addr, who(&cur_g)));
        self.race_frames(det, &cur, &mut text);
        text.push_str(&format!(
            "\nPrevious {} at {:#014x} by {}:\n",
            kind(prev.write).to_lowercase(),
            prev.addr,
            who(&prev_g)
        ));
        if restored.is_some() {
            self.race_frames(det, &prev, &mut text);
        } else {
            text.push_str("  [failed to restore the stack]\n");
        }
        for o in [cur_g, prev_g].into_iter().flatten() {
            if o.goid == 1 {
                continue;
            }
            let state = if o.finished.load(Relaxed) { "finished" } else { "running" };
            text.push_str(&format!("\nGoroutine {} ({state}) created at:\n", o.goid));
            for (func, pc) in det.depot.frames(o.created) {
                self.race_frame(func, pc, &mut text);
            }
        }
        text.push_str("==================\n");
        // Program output written so far goes first, as an unbuffered Go program's would.
        let _ = crate::vm::runtime::lock(&self.rt.out).flush();
        let halt = {
            let mut seen = lock(&det.reports.seen);
            det.reports.write(&mut seen, &text);
            det.reports.count.fetch_add(1, Relaxed);
            det.reports.opts.halt_on_error
        };
        if halt {
            let code = det.reports.opts.exitcode;
            self.rt.exit(code);
        }
    }

    fn race_frames(&self, det: &Detector, a: &Access, text: &mut String) {
        self.race_frame(a.func, a.pc, text);
        for (func, pc) in det.depot.frames(a.node) {
            self.race_frame(func, pc, text);
        }
    }

    /// One frame as Go prints it: `  pkg.fn()` and `      /path/file.go:12 +0x3a`.
    fn race_frame(&self, func: u32, pc: u32, text: &mut String) {
        if func >= RT_BASE {
            let name = super::RT_NAMES.get((func - RT_BASE) as usize).copied().unwrap_or("unknown");
            text.push_str(&format!("  runtime.{name}()\n      <autogenerated>:1 +0x0\n"));
            return;
        }
        let Some(f) = self.p.funcs.get(func as usize) else { return };
        if f.synthetic {
            return;
        }
        let line = f.lines.get(pc.saturating_sub(1) as usize).copied().unwrap_or(0);
        let file = self.p.files.get(f.file as usize).map(String::as_str).unwrap_or("?");
        // Go's reports name files by absolute path.
        let file = absolute(file);
        text.push_str(&format!("  {}()\n      {file}:{line} +{:#x}\n", f.name, pc.saturating_sub(1)));
    }
}

/// Go's reports name files by absolute path; the library's own files keep their `$GOROOT/…` name
/// and the generated test main its bare name, as Go's do.
fn absolute(file: &str) -> String {
    let path = std::path::Path::new(file);
    if path.is_absolute() || file.starts_with('$') || !file.contains('/') && file.starts_with('_') {
        return file.to_string();
    }
    let mut abs = std::env::current_dir().unwrap_or_default();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                abs.pop();
            }
            c => abs.push(c),
        }
    }
    abs.display().to_string()
}
