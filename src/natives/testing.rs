//! Natives of package testing (the rest is Go, in src/stdlib/testing.go): regular expressions
//! for -run, the caller's frame for log positions and Helper, stdout capture for examples, and
//! the counters AllocsPerRun and -benchmem read.

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};
use std::sync::Mutex;

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("testing.matchString", match_string));
    t.push(("testing.callerFrame", caller_frame));
    t.push(("testing.captureStdout", |vm, _| {
        crate::vm::runtime::lock(&vm.rt.out).capture = Some(Vec::new());
        Ok(())
    }));
    t.push(("testing.endCapture", |vm, a| {
        let got = crate::vm::runtime::lock(&vm.rt.out).capture.take().unwrap_or_default();
        ret_str(vm, a, 0, &got)
    }));
    t.push(("testing.raceErrors", |vm, a| {
        ret(vm, a, 0, crate::vm::race::race_count());
        Ok(())
    }));
    t.push(("testing.allocCount", |vm, a| {
        let s = vm.heap.stats();
        ret(vm, a, 0, s.mallocs);
        Ok(())
    }));
    t.push(("testing.cpuName", |vm, a| {
        // The processor's model, which go test prints in a benchmark's header.
        let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let model = info
            .lines()
            .find_map(|l| l.strip_prefix("model name").and_then(|r| r.split_once(':')).map(|(_, v)| v.trim()))
            .unwrap_or("");
        ret_str(vm, a, 0, model.as_bytes())
    }));
    t.push(("testing.allocBytes", |vm, a| {
        let s = vm.heap.stats();
        ret(vm, a, 0, s.total_alloc);
        Ok(())
    }));
}

/// Compiled patterns: -run and -skip are matched against every test name.
static CACHE: Mutex<Vec<(Vec<u8>, Compiled)>> = Mutex::new(Vec::new());

/// A pattern compiled, or Go's words for why it is not a regular expression.
type Compiled = Result<regex::Regex, String>;

/// `matchString(pat, str) (matched bool, err string)`: RE2 syntax, as Go's regexp.
fn match_string(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (pat, s) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let idx = match cache.iter().position(|(p, _)| *p == pat) {
        Some(i) => i,
        None => {
            let text = String::from_utf8_lossy(&pat);
            let re = regex::Regex::new(&text).map_err(|e| regex_error(&text, &e));
            cache.push((pat, re));
            cache.len() - 1
        }
    };
    let (matched, err) = match &cache[idx].1 {
        Ok(re) => (re.is_match(&String::from_utf8_lossy(&s)), String::new()),
        Err(e) => (false, e.clone()),
    };
    drop(cache);
    ret(vm, a, 0, matched as u64);
    ret_str(vm, a, 1, err.as_bytes())
}

/// A bad pattern in Go's words (regexp/syntax's error codes, with the part of the pattern Go
/// quotes); kinds Go has no code for keep the regex crate's detail.
fn regex_error(pat: &str, e: &regex::Error) -> String {
    use regex_syntax::ast::ErrorKind as K;
    let parsed = regex_syntax::ast::parse::Parser::new().parse(pat);
    let Err(ast) = parsed else {
        let detail = e.to_string();
        let last = detail.lines().rev().find(|l| l.starts_with("error:")).unwrap_or(&detail);
        return format!("error parsing regexp: {}", last.trim_start_matches("error: "));
    };
    let span = ast.span();
    let from = |i: usize| pat.get(i..).unwrap_or("");
    let part = pat.get(span.start.offset..span.end.offset).unwrap_or("");
    // Go quotes a bad group from its `(?`.
    let group = pat.get(..span.start.offset).and_then(|p| p.rfind("(?")).unwrap_or(0);
    let op = from(span.start.offset).get(..1).unwrap_or("");
    let (code, quoted) = match ast.kind() {
        K::GroupUnclosed => ("missing closing )", pat),
        K::GroupUnopened => ("unexpected )", pat),
        K::ClassUnclosed => ("missing closing ]", from(span.start.offset)),
        K::RepetitionMissing => ("missing argument to repetition operator", op),
        K::EscapeUnrecognized => ("invalid escape sequence", part),
        K::EscapeUnexpectedEof => ("trailing backslash at end of expression", ""),
        K::ClassRangeInvalid => ("invalid character class range", part),
        K::RepetitionCountInvalid | K::RepetitionCountDecimalEmpty | K::RepetitionCountUnclosed => {
            ("invalid repeat count", part)
        }
        K::GroupNameInvalid | K::GroupNameUnexpectedEof | K::GroupNameEmpty | K::GroupNameDuplicate { .. } => {
            ("invalid named capture", from(group))
        }
        K::FlagUnrecognized | K::FlagUnexpectedEof | K::FlagDanglingNegation | K::FlagRepeatedNegation { .. } => {
            ("invalid or unsupported Perl syntax", pat.get(group..span.end.offset).unwrap_or(""))
        }
        _ => return format!("error parsing regexp: {ast}"),
    };
    format!("error parsing regexp: {code}: `{quoted}`")
}

/// The line of runtime.Goexit's call of deferred functions in Go 1.27's panic.go.
const GOEXIT_LINE: u32 = 694;

/// `callerFrame(skip) (fn, file string, line int, ok bool)`: frame `skip` above the Go function
/// that calls it (0 is that function), native wrappers not counted.
fn caller_frame(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let skip = arg(vm, a, 0) as usize;
    let frame = vm.frames.iter().rev().filter(|f| !vm.p.funcs[f.func as usize].synthetic).nth(skip).map(|f| {
        // A call deferred by a function that runtime.Goexit is ending is called, in Go, from
        // runtime.Goexit itself, and that is where go test says a log there comes from.
        if f.unwinding && vm.panics.last().is_some_and(|p| p.goexit) {
            return ("runtime.Goexit".to_string(), "$GOROOT/src/runtime/panic.go".to_string(), GOEXIT_LINE);
        }
        let func = &vm.p.funcs[f.func as usize];
        let line = func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(0);
        let file = vm.p.files.get(func.file as usize).cloned().unwrap_or_default();
        (func.name.clone(), file, line)
    });
    let (name, file, line) = frame.clone().unwrap_or_default();
    ret_str(vm, a, 0, name.as_bytes())?;
    ret_str(vm, a, 1, file.as_bytes())?;
    ret(vm, a, 2, line as u64);
    ret(vm, a, 3, frame.is_some() as u64);
    Ok(())
}
