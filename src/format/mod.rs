//! Go's fmt printing and strconv formatting/parsing, independent of the VM.
//!
//! The VM plugs in through [`Inspect`], which answers what fmt's reflection asks of a value (kind, type
//! text, contents, Error/String/GoString methods). Everything else — verbs, flags, width, precision,
//! argument indexes, the `%!` error forms, map key ordering (internal/fmtsort), shortest float output —
//! is reproduced here from GOROOT/src/fmt/print.go and format.go, whose structure the code follows
//! function by function so the two can be read side by side.
//!
//! Invariants:
//! - Output is bytes: Go strings need not be UTF-8, and invalid bytes pass through (`%s`) or are
//!   escaped (`%q`) exactly as Go does.
//! - Methods are called at depth 0 and on nested values reachable without crossing an unexported
//!   field (Go's `CanInterface`); never while printing a `%!verb(type=value)` error (Go's `erroring`).
//! - `int` and `uint` are 64 bits wide.
//!
//! `%w` is a bad verb in [`sprintf`], as in Go's Sprintf; [`errorf`] accepts it and reports which
//! operands it wrapped. Method panics arrive already printed ([`MethodPanic::Value`]).
//!
//! A `Formatter` (`Format(State, rune)`) is called through [`Inspect::call_format`] with the verb's
//! width, precision and flags ([`FmtState`]); what it writes is copied to the output unpadded.
//!
//! Not reproduced: the order of interface-typed map
//! keys of different dynamic types (Go orders them by type-descriptor address; here by type text); and
//! for `%#w` in Errorf, Error is called to learn that the operand is an error before GoString is used
//! (Go tests the interface without calling).

mod float;
mod isprint;
mod parse;
mod print;
mod quote;
mod sort;
pub mod utf8;
mod verbs;

pub use float::{append_float, append_uint, format_complex, format_float, format_int, format_uint};
pub use parse::{NumErrKind, NumError, ParseError, atoi, parse_bool, parse_float, parse_int, parse_uint};
pub use print::{errorf, sprint, sprintf, sprintln};
pub use quote::{
    InvalidSyntax, UnquotedChar, append_quote, append_quote_rune, append_quote_rune_to_ascii, append_quote_to_ascii,
    can_backquote, is_graphic, is_print, quote, quote_rune, quote_rune_to_ascii, quote_rune_to_graphic, quote_to_ascii,
    quote_to_graphic, quoted_prefix, unquote, unquote_char,
};

/// The kind of a Go value, as reflect.Kind sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A nil interface: prints `<nil>`.
    Invalid,
    Bool,
    /// Signed integer of the given bits: 0 = int, 8, 16, 32, 64.
    Int(u8),
    /// Unsigned integer of the given bits: 0 = uint, 8, 16, 32, 64.
    Uint(u8),
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Pointer,
    Slice,
    Array,
    Map,
    Struct,
    /// A nested interface-typed field, element, key or value; its content via `elem()`. (An operand
    /// of this kind is unwrapped to its content, nil counting as `Invalid`.)
    Interface,
    Func,
    Chan,
    UnsafePointer,
}

/// How a called Error/String/GoString method failed.
pub enum MethodPanic {
    /// The receiver was a nil pointer (printed as `<nil>`).
    NilReceiver,
    /// The panic value, already printed as Go's `%v` would print it.
    Value(Vec<u8>),
}

/// The string-valued methods fmt looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Error,
    String,
    GoString,
}

/// What a Formatter's `fmt.State` answers: the width and precision of the verb being printed and
/// its flags (`Flag('+')` is true for `%+v` too, `Flag('#')` for `%#v`).
#[derive(Clone, Copy, Debug, Default)]
pub struct FmtState {
    pub wid: Option<i64>,
    pub prec: Option<i64>,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
}

/// What fmt needs to know about Go values; the VM implements it. `V` is a cheap handle to one value
/// with its static/dynamic type.
pub trait Inspect {
    type V: Copy;
    fn kind(&self, v: Self::V) -> Kind;
    /// %T text as reflect prints it: `int`, `main.Point`, `*main.Point`, `[]string`, `map[string]int`,
    /// `[]uint8` for []byte, `int32` for rune, `interface {}` for any, `<nil>` for Invalid.
    fn type_string(&self, v: Self::V) -> String;
    fn int(&self, v: Self::V) -> i64;
    fn uint(&self, v: Self::V) -> u64;
    fn float(&self, v: Self::V) -> f64;
    fn complex(&self, v: Self::V) -> (f64, f64);
    fn bool(&self, v: Self::V) -> bool;
    /// Go strings are bytes, not necessarily UTF-8.
    fn string(&self, v: Self::V) -> Vec<u8>;
    /// Length of a slice, array, map, string or chan.
    fn len(&self, v: Self::V) -> usize;
    /// Slice/array element.
    fn index(&self, v: Self::V, i: usize) -> Self::V;
    /// For pointer, slice, map, func, chan, interface.
    fn is_nil(&self, v: Self::V) -> bool;
    /// Pointee of a non-nil pointer; dynamic value of a non-nil Interface.
    fn elem(&self, v: Self::V) -> Self::V;
    /// Address for %p and for %v of pointers, chans, funcs, unsafe pointers; 0 when nil.
    fn pointer(&self, v: Self::V) -> usize;
    fn num_fields(&self, v: Self::V) -> usize;
    /// Field i of a struct: (name, exported, value). Embedded fields are named by their type name.
    fn field(&self, v: Self::V, i: usize) -> (String, bool, Self::V);
    /// Unsorted; fmt sorts keys like internal/fmtsort.
    fn map_entries(&self, v: Self::V) -> Vec<(Self::V, Self::V)>;
    /// Calls the value's Error/String/GoString method if its method set has it (None when it has not).
    fn call_method(&mut self, v: Self::V, m: Method) -> Option<Result<Vec<u8>, MethodPanic>>;

    /// Added, with a default: calls the value's `Format(fmt.State, rune)` method if its method set
    /// has it, returning what it wrote (None when it has no such method).
    fn call_format(&mut self, _v: Self::V, _verb: u32, _st: &FmtState) -> Option<Result<Vec<u8>, MethodPanic>> {
        None
    }

    /// Added: the kind of the element type of a slice or array (known even when it is empty), so that
    /// `%s %q %x %X` can treat byte slices and arrays as strings. Other kinds may answer `Invalid`.
    fn elem_kind(&self, v: Self::V) -> Kind;

    /// Added, with a default: the bytes of a slice or array whose `elem_kind` is `Uint(8)`.
    /// A VM holding bytes contiguously can answer faster than element by element.
    fn bytes(&self, v: Self::V) -> Vec<u8> {
        (0..self.len(v)).map(|i| self.uint(self.index(v, i)) as u8).collect()
    }
}
