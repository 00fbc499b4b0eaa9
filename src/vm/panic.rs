//! How a program ends badly, in Go's words: uncaught panics (with `[recovered]` chains and the
//! goroutine trace), fatal errors, and os.Exit.

use super::rtype::Kind;
use super::{Trap, Vm};
use std::io::Write;

impl Vm {
    /// Go's trace lines for frames (function, pc after the call), innermost first.
    fn trace_text(&self, frames: &[(u32, u32)], text: &mut String) {
        for &(func, pc) in frames {
            let f = &self.p.funcs[func as usize];
            if f.synthetic {
                continue;
            }
            let line = f.lines.get(pc.saturating_sub(1) as usize).copied().unwrap_or(0);
            let file = self.p.files.get(f.file as usize).cloned().unwrap_or_default();
            text.push_str(&format!("{}(...)\n\t{file}:{line}\n", f.name));
        }
    }

    /// Prints what ended the program to stderr (stdout flushed first); the exit status.
    pub fn report(&mut self, t: Trap) -> i32 {
        let _ = crate::vm::runtime::lock(&self.rt.out).flush();
        match t {
            Trap::Exit(c) => c,
            Trap::Deadlock(reason) => {
                let s = super::runtime::lock(&self.rt.sched);
                let mut others: Vec<_> = s.parked.values().filter(|g| g.id != 1).collect();
                others.sort_by_key(|g| g.id);
                // Main called runtime.Goexit: it is not listed, and with nothing else left Go
                // says so.
                let main_gone = reason == "goexit";
                let mut text = if main_gone && others.is_empty() {
                    String::from("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
                } else {
                    String::from("fatal error: all goroutines are asleep - deadlock!\n")
                };
                if !main_gone {
                    text.push_str(&format!("\ngoroutine 1 [{reason}]:\n"));
                    let frames: Vec<(u32, u32)> = self.frames.iter().rev().map(|f| (f.func, f.pc)).collect();
                    self.trace_text(&frames, &mut text);
                }
                // Then every other goroutine, as Go lists them.
                for g in others {
                    text.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, g.wait));
                    let frames: Vec<(u32, u32)> = g.frames.iter().rev().map(|f| (f.func, f.pc)).collect();
                    self.trace_text(&frames, &mut text);
                }
                drop(s);
                if !super::is_test_binary() && !super::repl::active() {
                    text.push_str("exit status 2\n");
                }
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
                2
            }
            Trap::Internal(msg) => {
                let mut text = format!("fatal error: corgi internal: {msg}\n\ngoroutine {} [running]:\n", self.cur_id);
                let frames: Vec<(u32, u32)> = self.frames.iter().rev().map(|f| (f.func, f.pc)).collect();
                self.trace_text(&frames, &mut text);
                if !super::is_test_binary() && !super::repl::active() {
                    text.push_str("exit status 2\n");
                }
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
                2
            }
            Trap::Fatal(msg) => {
                let mut e = std::io::stderr().lock();
                if msg == "stack overflow" {
                    let _ = writeln!(e, "runtime: goroutine stack exceeds 1000000000-byte limit");
                }
                let _ = writeln!(e, "fatal error: {msg}");
                let _ = writeln!(e, "\ngoroutine 1 [running]:");
                2
            }
            _ => {
                let panics = std::mem::take(&mut self.panics);
                let mut text = String::new();
                let mut first = true;
                for (i, p) in panics.iter().enumerate() {
                    // A recovered value panicked again is one line, as Go 1.23 prints it.
                    let repanicked =
                        p.recovered && panics.get(i + 1).is_some_and(|n| self.same_panic(n.value, p.value));
                    if i > 0 && panics[i - 1].recovered && self.same_panic(panics[i - 1].value, p.value) {
                        continue;
                    }
                    if !first {
                        text.push('\t');
                    }
                    first = false;
                    text.push_str("panic: ");
                    text.push_str(&self.panic_value_text(p.value));
                    if repanicked {
                        text.push_str(" [recovered, repanicked]");
                    } else if p.recovered {
                        text.push_str(" [recovered]");
                    }
                    text.push('\n');
                }
                if panics.last().is_some_and(|p| p.sigsegv) {
                    text.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
                }
                text.push_str(&format!("\ngoroutine {} [running]:\n", self.cur_id));
                for frame in chained_trace(&panics) {
                    let Some((func, pc)) = frame else {
                        text.push_str("panic(...)\n\t$GOROOT/src/runtime/panic.go\n");
                        continue;
                    };
                    let f = &self.p.funcs[func as usize];
                    if f.synthetic {
                        continue;
                    }
                    let line = f.lines.get(pc as usize).copied().unwrap_or(0);
                    let file = self.p.files.get(f.file as usize).cloned().unwrap_or_default();
                    text.push_str(&format!("{}(...)\n\t{file}:{line}\n", f.name));
                }
                if !super::is_test_binary() && !super::repl::active() {
                    text.push_str("exit status 2\n");
                }
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
                2
            }
        }
    }

    /// Go's test for a repanic: the two panic values are == as interfaces (uncomparable ones never are).
    fn same_panic(&self, a: u64, b: u64) -> bool {
        let ((ta, wa), (tb, wb)) = (self.unbox(a), self.unbox(b));
        a == b || (ta == tb && ta != 0 && self.values_equal(wa, wb, ta).unwrap_or(false))
    }

    /// Go's printpanicval: errors and Stringers by their method, basic values plainly, named basic
    /// values as `main.T(v)`, other values as `(T) 0xaddr`.
    pub fn panic_value_text(&mut self, v: u64) -> String {
        let (t, w) = self.unbox(v);
        if t == 0 {
            return "nil".into();
        }
        let val = (t, w);
        let mut insp = crate::natives::inspect::Insp { vm: self };
        use crate::format::{Inspect, Method};
        for m in [Method::Error, Method::String] {
            if let Some(Ok(s)) = insp.call_method(val, m) {
                return String::from_utf8_lossy(&s).into_owned();
            }
        }
        let rt = self.p.types.get(t);
        let plain = crate::format::sprint(&mut crate::natives::inspect::Insp { vm: self }, &[val]);
        let plain = String::from_utf8_lossy(&plain).into_owned();
        let rt_name = rt.name.clone();
        match &rt.kind {
            Kind::String if rt.named => format!("{rt_name}({plain:?})"),
            Kind::String => plain,
            // Go 1.27's runtime prints floats in their shortest form, as fmt's %v does.
            Kind::Bool
            | Kind::Int { .. }
            | Kind::Uintptr
            | Kind::Float32
            | Kind::Float64
            | Kind::Complex64
            | Kind::Complex128 => {
                if rt.named {
                    format!("{rt_name}({plain})")
                } else {
                    plain
                }
            }
            _ => format!("({rt_name}) {w:#x}"),
        }
    }
}

/// The goroutine's stack at its last panic as Go prints it. A panic raised while deferred calls
/// run for an earlier one happens on top of the earlier panic's frames (they stay until recovery
/// completes), so each trace continues, after a `panic` frame (None), with the frames of the
/// panic before it below the frame whose deferred call was running.
fn chained_trace(panics: &[super::PanicRec]) -> Vec<Option<(u32, u32)>> {
    let mut acc: Vec<Option<(u32, u32)>> = Vec::new();
    for p in panics.iter().filter(|p| !p.goexit) {
        let mine: Vec<Option<(u32, u32)>> = p.trace.iter().map(|&f| Some(f)).collect();
        if acc.is_empty() {
            acc = mine;
            continue;
        }
        // The frames both stacks share (by function, from the outermost) are the earlier ones'.
        let shared = mine
            .iter()
            .rev()
            .zip(acc.iter().rev())
            .take_while(|(a, b)| matches!((a, b), (Some(x), Some(y)) if x.0 == y.0))
            .count();
        let mut chained = mine[..mine.len() - shared].to_vec();
        chained.push(None);
        chained.append(&mut acc);
        acc = chained;
    }
    acc
}
