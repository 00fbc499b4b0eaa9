//! The printer (Go's fmt/print.go): Sprint, Sprintln, Sprintf, Errorf's text. Walks values through
//! [`Inspect`], calls their Error/String/GoString methods where Go would, and reports misuse inline
//! with Go's `%!` forms.
//!
//! `erroring` is set while a `%!verb(type=value)` is printed: methods are not called inside it, so a
//! broken String method cannot recurse into its own error report.

use super::sort::sort_entries;
use super::utf8::{decode_rune, push_rune};
use super::verbs::{Fmt, LDIGITS, UDIGITS};
use super::{FmtState, Inspect, Kind, Method, MethodPanic};

const fn r(c: char) -> u32 {
    c as u32
}

struct Printer<'a, I: Inspect> {
    insp: &'a mut I,
    fmt: Fmt,
    /// Inside badVerb: methods are not called.
    erroring: bool,
    /// Errorf: %w accepts an error argument.
    wrap_errs: bool,
    /// Argument indexes consumed by %w.
    wrapped: Vec<usize>,
    /// An explicit argument index was used: no EXTRA check.
    reordered: bool,
    good_arg_num: bool,
}

/// Go's `fmt.Sprint`: operands in their default formats, a space between two operands when neither
/// is a string.
pub fn sprint<I: Inspect>(insp: &mut I, args: &[I::V]) -> Vec<u8> {
    let mut p = Printer::new(insp);
    let mut prev_string = false;
    for (i, &arg) in args.iter().enumerate() {
        let is_string = p.insp.kind(arg) == Kind::String;
        if i > 0 && !is_string && !prev_string {
            p.fmt.buf.push(b' ');
        }
        p.print_arg(arg, r('v'));
        prev_string = is_string;
    }
    p.fmt.buf
}

/// Go's `fmt.Sprintln`: spaces between all operands and a trailing newline.
pub fn sprintln<I: Inspect>(insp: &mut I, args: &[I::V]) -> Vec<u8> {
    let mut p = Printer::new(insp);
    for (i, &arg) in args.iter().enumerate() {
        if i > 0 {
            p.fmt.buf.push(b' ');
        }
        p.print_arg(arg, r('v'));
    }
    p.fmt.buf.push(b'\n');
    p.fmt.buf
}

/// Go's `fmt.Sprintf`. `%w` is a bad verb here, as in Go; use [`errorf`] for Errorf.
pub fn sprintf<I: Inspect>(insp: &mut I, format: &[u8], args: &[I::V]) -> Vec<u8> {
    let mut p = Printer::new(insp);
    p.do_printf(format, args);
    p.fmt.buf
}

/// The message of Go's `fmt.Errorf` and the indexes of the arguments its `%w` verbs wrap: sorted when
/// argument indexes were reordered, adjacent duplicates removed when there are several — Go's order.
/// The caller builds the error: none wrapped → errors.New; one → wrapError whose Unwrap is that
/// argument if it is an error (else nil); several → wrapErrors of those arguments that are errors.
pub fn errorf<I: Inspect>(insp: &mut I, format: &[u8], args: &[I::V]) -> (Vec<u8>, Vec<usize>) {
    let mut p = Printer::new(insp);
    p.wrap_errs = true;
    p.do_printf(format, args);
    let mut wrapped = std::mem::take(&mut p.wrapped);
    if wrapped.len() > 1 {
        if p.reordered {
            wrapped.sort_unstable();
        }
        wrapped.dedup();
    }
    (p.fmt.buf, wrapped)
}

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's parsenum: a decimal number at format[start..end]; (num, isnum, newi).
fn parse_num(format: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut isnum) = (0i64, false);
    let mut i = start;
    while i < end && format[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (format[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's parseArgNumber: the bracketed 1-based index at format[0] == '['; (index-1, bytes, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

impl<'a, I: Inspect> Printer<'a, I> {
    fn new(insp: &'a mut I) -> Self {
        Printer {
            insp,
            fmt: Fmt::default(),
            erroring: false,
            wrap_errs: false,
            wrapped: Vec::new(),
            reordered: false,
            good_arg_num: true,
        }
    }

    fn write_rune(&mut self, verb: u32) {
        push_rune(&mut self.fmt.buf, verb as i64);
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)` without a value.
    fn bad_verb(&mut self, v: Option<I::V>, verb: u32) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match v {
            Some(v) if self.insp.kind(v) != Kind::Invalid => {
                let t = self.insp.type_string(v);
                self.write(t.as_bytes());
                self.write(b"=");
                self.print_value(v, r('v'), 0, false);
            }
            _ => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: I::V, b: bool, verb: u32) {
        if verb == r('t') || verb == r('v') {
            self.fmt.fmt_boolean(b);
        } else {
            self.bad_verb(Some(v), verb);
        }
    }

    /// Hex with or without a leading 0x, whatever the sharp flag says.
    fn fmt_0x64(&mut self, u: u64, leading_0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading_0x;
        self.fmt.fmt_integer(u, 16, false, r('v'), LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: I::V, u: u64, signed: bool, verb: u32) {
        let f = &mut self.fmt;
        match char::from_u32(verb).unwrap_or('\u{FFFD}') {
            'v' if f.f.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' => f.fmt_integer(u, 10, signed, verb, LDIGITS),
            'd' => f.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => f.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => f.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => f.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => f.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => f.fmt_c(u),
            'q' => f.fmt_qc(u),
            'U' => f.fmt_unicode(u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_float(&mut self, v: I::V, x: f64, size: u32, verb: u32) {
        match char::from_u32(verb).unwrap_or('\u{FFFD}') {
            'v' => self.fmt.fmt_float(x, size, b'g', -1),
            c @ ('b' | 'g' | 'G' | 'x' | 'X') => self.fmt.fmt_float(x, size, c as u8, -1),
            c @ ('f' | 'e' | 'E') => self.fmt.fmt_float(x, size, c as u8, 6),
            'F' => self.fmt.fmt_float(x, size, b'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_complex(&mut self, v: I::V, c: (f64, f64), size: u32, verb: u32) {
        if "vbgGxXfFeE".chars().any(|c| c as u32 == verb) {
            let old_plus = self.fmt.f.plus;
            self.write(b"(");
            self.fmt_float(v, c.0, size / 2, verb);
            self.fmt.f.plus = true;
            self.fmt_float(v, c.1, size / 2, verb);
            self.write(b"i)");
            self.fmt.f.plus = old_plus;
        } else {
            self.bad_verb(Some(v), verb);
        }
    }

    /// A string operand, or the result of an Error/String method (`v` is only used for bad verbs).
    fn fmt_string(&mut self, v: Option<I::V>, s: &[u8], verb: u32) {
        match char::from_u32(verb).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(s);
                } else {
                    self.fmt.fmt_s(s);
                }
            }
            's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(v, verb),
        }
    }

    /// A byte slice or array under %s %q %x %X (Go's fmtBytes, reached from printValue).
    fn fmt_bytes(&mut self, b: &[u8], verb: u32) {
        match char::from_u32(verb).unwrap_or('\u{FFFD}') {
            's' => self.fmt.fmt_s(b),
            'x' => self.fmt.fmt_sbx(b, LDIGITS),
            'X' => self.fmt.fmt_sbx(b, UDIGITS),
            _ => self.fmt.fmt_q(b),
        }
    }

    fn fmt_pointer(&mut self, v: I::V, verb: u32) {
        match self.insp.kind(v) {
            Kind::Chan | Kind::Func | Kind::Map | Kind::Pointer | Kind::Slice | Kind::UnsafePointer => {}
            _ => return self.bad_verb(Some(v), verb),
        }
        let u = self.insp.pointer(v) as u64;
        match char::from_u32(verb).unwrap_or('\u{FFFD}') {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.write(b"(");
                    let t = self.insp.type_string(v);
                    self.write(t.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write(b")");
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    let sharp = self.fmt.f.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.fmt.f.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(v, u, false, verb),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// Prints a method's result or its panic (Go's catchPanic).
    fn method_result(&mut self, v: I::V, res: Result<Vec<u8>, MethodPanic>, verb: u32, method: &str, go_string: bool) {
        match res {
            Ok(s) if go_string => self.fmt.fmt_s(&s),
            Ok(s) => self.fmt_string(Some(v), &s, verb),
            Err(panic) => {
                let nil_receiver = matches!(panic, MethodPanic::NilReceiver)
                    || self.insp.kind(v) == Kind::Pointer && self.insp.is_nil(v);
                if nil_receiver {
                    self.write(b"<nil>");
                    return;
                }
                let MethodPanic::Value(text) = panic else { return };
                let old = self.fmt.f;
                self.fmt.clear_flags();
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(PANIC=");
                self.write(method.as_bytes());
                self.write(b" method: ");
                self.write(&text);
                self.write(b")");
                self.fmt.f = old;
            }
        }
    }

    /// Calls Error/String/GoString where Go's handleMethods would; true when the value was printed.
    fn handle_methods(&mut self, v: I::V, verb: u32) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == r('w') {
            if !self.wrap_errs {
                self.bad_verb(Some(v), verb);
                return true;
            }
            // Go tests for the error interface without calling; the trait can only ask by calling.
            let Some(res) = self.insp.call_method(v, Method::Error) else {
                self.bad_verb(Some(v), verb);
                return true;
            };
            if !self.fmt.f.sharp_v {
                self.method_result(v, res, r('v'), "Error", false);
                return true;
            }
            verb = r('v');
        }
        let f = self.fmt.f;
        let st = FmtState {
            wid: f.wid_present.then_some(self.fmt.wid),
            prec: f.prec_present.then_some(self.fmt.prec),
            minus: f.minus,
            plus: f.plus || f.plus_v,
            sharp: f.sharp || f.sharp_v,
            space: f.space,
            zero: f.zero,
        };
        if let Some(res) = self.insp.call_format(v, verb, &st) {
            match res {
                Ok(s) => self.write(&s),
                Err(e) => self.method_result(v, Err(e), verb, "Format", false),
            }
            return true;
        }
        if self.fmt.f.sharp_v {
            if let Some(res) = self.insp.call_method(v, Method::GoString) {
                self.method_result(v, res, verb, "GoString", true);
                return true;
            }
            return false;
        }
        if "vsxXq".chars().any(|c| c as u32 == verb) {
            for (m, name) in [(Method::Error, "Error"), (Method::String, "String")] {
                if let Some(res) = self.insp.call_method(v, m) {
                    self.method_result(v, res, verb, name, false);
                    return true;
                }
            }
        }
        false
    }

    /// One operand at the top level (Go's printArg).
    fn print_arg(&mut self, arg: I::V, verb: u32) {
        // Operands are `any` values: an Interface-kind handle stands for its content.
        let mut arg = arg;
        while self.insp.kind(arg) == Kind::Interface && !self.insp.is_nil(arg) {
            arg = self.insp.elem(arg);
        }
        if matches!(self.insp.kind(arg), Kind::Invalid | Kind::Interface) {
            if verb == r('T') || verb == r('v') {
                self.fmt.pad(b"<nil>");
            } else {
                self.bad_verb(None, verb);
            }
            return;
        }
        if verb == r('T') {
            let t = self.insp.type_string(arg);
            self.fmt.fmt_s(t.as_bytes());
            return;
        }
        if verb == r('p') {
            self.fmt_pointer(arg, r('p'));
            return;
        }
        if !self.handle_methods(arg, verb) {
            self.print_value(arg, verb, 0, false);
        }
    }

    /// A value at `depth` (Go's printValue). `ro`: reached through an unexported field, so its methods
    /// are not callable (Go's CanInterface is false).
    fn print_value(&mut self, v: I::V, verb: u32, depth: usize, ro: bool) {
        let kind = self.insp.kind(v);
        // Interface values delegate to their content, which gets its own method check one level down.
        if depth > 0 && !ro && !matches!(kind, Kind::Invalid | Kind::Interface) && self.handle_methods(v, verb) {
            return;
        }
        match kind {
            Kind::Invalid => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                } else if verb == r('v') {
                    self.write(b"<nil>");
                } else {
                    self.bad_verb(None, verb);
                }
            }
            Kind::Bool => {
                let b = self.insp.bool(v);
                self.fmt_bool(v, b, verb);
            }
            Kind::Int(_) => {
                let i = self.insp.int(v);
                self.fmt_integer(v, i as u64, true, verb);
            }
            Kind::Uint(_) | Kind::Uintptr => {
                let u = self.insp.uint(v);
                self.fmt_integer(v, u, false, verb);
            }
            Kind::Float32 => {
                let f = self.insp.float(v);
                self.fmt_float(v, f, 32, verb);
            }
            Kind::Float64 => {
                let f = self.insp.float(v);
                self.fmt_float(v, f, 64, verb);
            }
            Kind::Complex64 => {
                let c = self.insp.complex(v);
                self.fmt_complex(v, c, 64, verb);
            }
            Kind::Complex128 => {
                let c = self.insp.complex(v);
                self.fmt_complex(v, c, 128, verb);
            }
            Kind::String => {
                let s = self.insp.string(v);
                self.fmt_string(Some(v), &s, verb);
            }
            Kind::Map => self.print_map(v, verb, depth, ro),
            Kind::Struct => self.print_struct(v, verb, depth, ro),
            Kind::Interface => {
                if self.insp.is_nil(v) {
                    if self.fmt.f.sharp_v {
                        let t = self.insp.type_string(v);
                        self.write(t.as_bytes());
                        self.write(b"(nil)");
                    } else {
                        self.write(b"<nil>");
                    }
                } else {
                    let e = self.insp.elem(v);
                    self.print_value(e, verb, depth + 1, ro);
                }
            }
            Kind::Array | Kind::Slice => self.print_list(v, kind, verb, depth, ro),
            Kind::Pointer => {
                // A pointer to a composite prints as &{...} at the top level only (avoids cycles).
                if depth == 0 && !self.insp.is_nil(v) {
                    let e = self.insp.elem(v);
                    if matches!(self.insp.kind(e), Kind::Array | Kind::Slice | Kind::Struct | Kind::Map) {
                        self.write(b"&");
                        self.print_value(e, verb, depth + 1, ro);
                        return;
                    }
                }
                self.fmt_pointer(v, verb);
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(v, verb),
        }
    }

    fn print_map(&mut self, v: I::V, verb: u32, depth: usize, ro: bool) {
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            let t = self.insp.type_string(v);
            self.write(t.as_bytes());
            if self.insp.is_nil(v) {
                self.write(b"(nil)");
                return;
            }
            self.write(b"{");
        } else {
            self.write(b"map[");
        }
        let mut entries = self.insp.map_entries(v);
        sort_entries(self.insp, &mut entries);
        for (i, (k, val)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            self.print_value(k, verb, depth + 1, ro);
            self.write(b":");
            self.print_value(val, verb, depth + 1, ro);
        }
        self.write(if sharp_v { b"}" } else { b"]" });
    }

    fn print_struct(&mut self, v: I::V, verb: u32, depth: usize, ro: bool) {
        let sharp_v = self.fmt.f.sharp_v;
        if sharp_v {
            let t = self.insp.type_string(v);
            self.write(t.as_bytes());
        }
        self.write(b"{");
        for i in 0..self.insp.num_fields(v) {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            let (name, exported, mut fv) = self.insp.field(v, i);
            if (self.fmt.f.plus_v || sharp_v) && !name.is_empty() {
                self.write(name.as_bytes());
                self.write(b":");
            }
            // Go's getField: a non-nil interface field prints as its content.
            if self.insp.kind(fv) == Kind::Interface && !self.insp.is_nil(fv) {
                fv = self.insp.elem(fv);
            }
            self.print_value(fv, verb, depth + 1, ro || !exported);
        }
        self.write(b"}");
    }

    fn print_list(&mut self, v: I::V, kind: Kind, verb: u32, depth: usize, ro: bool) {
        if "sqxX".chars().any(|c| c as u32 == verb) && self.insp.elem_kind(v) == Kind::Uint(8) {
            let b = self.insp.bytes(v);
            self.fmt_bytes(&b, verb);
            return;
        }
        if self.fmt.f.sharp_v {
            let mut t = self.insp.type_string(v);
            if depth == 0 && kind == Kind::Slice && t == "[]uint8" {
                // Go's printArg fast path for []byte labels it by its alias.
                t = "[]byte".to_string();
            }
            self.write(t.as_bytes());
            if kind == Kind::Slice && self.insp.is_nil(v) {
                self.write(b"(nil)");
                return;
            }
            self.write(b"{");
            for i in 0..self.insp.len(v) {
                if i > 0 {
                    self.write(b", ");
                }
                let e = self.insp.index(v, i);
                self.print_value(e, verb, depth + 1, ro);
            }
            self.write(b"}");
        } else {
            self.write(b"[");
            for i in 0..self.insp.len(v) {
                if i > 0 {
                    self.write(b" ");
                }
                let e = self.insp.index(v, i);
                self.print_value(e, verb, depth + 1, ro);
            }
            self.write(b"]");
        }
    }

    /// Go's intFromArg: a `*` width or precision; (num, isInt, newArgNum).
    fn int_from_arg(&self, args: &[I::V], arg_num: usize) -> (i64, bool, usize) {
        if arg_num >= args.len() {
            return (0, false, arg_num);
        }
        let a = args[arg_num];
        let (mut num, mut is_int) = match self.insp.kind(a) {
            Kind::Int(_) => (self.insp.int(a), true),
            Kind::Uint(_) | Kind::Uintptr => {
                let u = self.insp.uint(a);
                if u <= i64::MAX as u64 { (u as i64, true) } else { (0, false) }
            }
            _ => (0, false),
        };
        if too_large(num) {
            num = 0;
            is_int = false;
        }
        (num, is_int, arg_num + 1)
    }

    /// Go's argNumber: an explicit `[n]` at format[i]; (newArgNum, newi, found).
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn do_printf(&mut self, format: &[u8], args: &[I::V]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        // Fast path: flags then a lower-case verb.
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            self.print_arg(args[arg_num], c as u32);
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (w, present, n) = self.int_from_arg(args, arg_num);
                (self.fmt.wid, self.fmt.f.wid_present, arg_num) = (w, present, n);
                if !present {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.fmt.wid < 0 {
                    self.fmt.wid = -self.fmt.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, present, ni) = parse_num(format, i, end);
                (self.fmt.wid, self.fmt.f.wid_present, i) = (w, present, ni);
                if after_index && present {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, present, n) = self.int_from_arg(args, arg_num);
                    (self.fmt.prec, self.fmt.f.prec_present, arg_num) = (p, present, n);
                    if self.fmt.prec < 0 {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, present, ni) = parse_num(format, i, end);
                    (self.fmt.prec, self.fmt.f.prec_present, i) = (p, present, ni);
                    if !present {
                        self.fmt.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }

            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = decode_rune(&format[i..]);
            i += size;

            if verb == r('%') {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(MISSING)");
            } else {
                if verb == r('w') {
                    self.wrapped.push(arg_num);
                }
                if verb == r('v') || verb == r('w') {
                    self.fmt.f.sharp_v = self.fmt.f.sharp;
                    self.fmt.f.sharp = false;
                    self.fmt.f.plus_v = self.fmt.f.plus;
                    self.fmt.f.plus = false;
                }
                self.print_arg(args[arg_num], verb);
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, &arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                if self.insp.kind(arg) == Kind::Invalid {
                    self.write(b"<nil>");
                } else {
                    let t = self.insp.type_string(arg);
                    self.write(t.as_bytes());
                    self.write(b"=");
                    self.print_arg(arg, r('v'));
                }
            }
            self.write(b")");
        }
    }
}
