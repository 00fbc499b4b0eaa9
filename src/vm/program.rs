//! A compiled program: functions of bytecode, run-time types, constants and globals.

use super::op::Op;
use super::rtype::{TypeIdx, Types};
use rustc_hash::FxHashMap;

/// A word of the constant pool, materialised in the heap when the program starts.
#[derive(Clone, Debug)]
pub enum ConstWord {
    Word(u64),
    Str(Vec<u8>),
    /// A complex128 value (a `[re, im]` pair in the heap).
    Complex(f64, f64),
    /// The function value of top-level function k (a closure with no captures).
    Func(u32),
}

/// What a native function may return instead of results.
pub type NativeFn = fn(&mut super::Vm, usize) -> Result<(), super::Trap>;

#[derive(Clone, Debug, Default)]
pub struct Func {
    /// Go's name for traces: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub file: u32,
    pub nregs: u16,
    pub nparams: u16,
    pub nresults: u16,
    /// A compiler-made function (method wrappers, the entry): hidden from traces.
    pub synthetic: bool,
    /// The thunk of a deferred built-in call (`defer recover()`): a recover in it acts as if
    /// called by the function that deferred it.
    pub builtin_thunk: bool,
    /// What a frame of this function counts against Go's 1 GB stack limit: its registers plus the
    /// struct/array values it receives by value (which Go keeps on the stack).
    pub frame_bytes: u32,
    /// The pc of the frame's exit sequence (`RunDefers`), where a panic resumes it to run defers.
    pub exit_pc: Option<u32>,
}

#[derive(Default, Clone)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub types: Types,
    pub consts: Vec<ConstWord>,
    /// Global variables: their types (blocks are allocated zeroed at start).
    pub globals: Vec<TypeIdx>,
    /// Method names, indexed by the `k` of `CallIface`.
    pub method_names: Vec<String>,
    /// The index of each method name (the inverse of `method_names`).
    pub method_ids: FxHashMap<String, u32>,
    /// Method tables: (dynamic type, method name) → function taking the boxed word as receiver.
    pub methods: FxHashMap<(TypeIdx, u32), u32>,
    /// Sorted method names of each type's method set (for interface satisfaction at run time).
    pub method_sets: FxHashMap<TypeIdx, Vec<u32>>,
    /// The signature (func type, receiver excluded) of each (type, method name) of `methods`.
    pub method_sigs: FxHashMap<(TypeIdx, u32), TypeIdx>,
    pub natives: Vec<(String, NativeFn)>,
    pub files: Vec<String>,
    /// The function that initialises globals, runs `init`s and calls `main.main`.
    pub entry: u32,
    /// Type assertions: (target type, static interface type of the operand), indexed by the `t`
    /// of `Unbox`/`AssertIface` and their `Ok` forms (for Go's messages).
    pub asserts: Vec<(TypeIdx, TypeIdx)>,
    /// Select statements: which cases send, and whether there is a default.
    pub selects: Vec<(Vec<bool>, bool)>,
    /// Standard-library globals the runtime sets at start: (global index, qualified name).
    pub runtime_globals: Vec<(u32, String)>,
    /// Functions whose single result is a slice (to tell `Unwrap() []error` from `Unwrap() error`).
    pub slice_results: rustc_hash::FxHashSet<u32>,
    /// Well-known types the runtime needs.
    pub well_known: WellKnown,
    /// For reflect (filled only when the program imports it): each type's exported methods in
    /// name order, interface types' too.
    pub reflect_methods: FxHashMap<TypeIdx, Vec<RMethod>>,
    /// For reflect: the parameter and result types of func types.
    pub func_sigs: FxHashMap<TypeIdx, FuncSig>,
    /// For reflect.MakeFunc: a stub function per (parameters, results) count that hands its
    /// arguments to the native `reflect.makeFuncStub`.
    pub makefunc_stubs: FxHashMap<(u16, u16), u32>,
}

/// One exported method of a type, as reflect.Method describes it.
#[derive(Clone, Debug)]
pub struct RMethod {
    pub name: String,
    /// The method's func type without receiver.
    pub mtyp: TypeIdx,
    /// With the receiver first (0 for an interface's method).
    pub ftyp: TypeIdx,
    /// The function taking the boxed receiver word first (u32::MAX for an interface's method).
    pub func: u32,
    /// The function calling `func` with the receiver held in its closure word 0.
    pub bound: u32,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FuncSig {
    pub params: Vec<TypeIdx>,
    pub results: Vec<TypeIdx>,
    pub variadic: bool,
}

#[derive(Default, Clone, Copy, Debug)]
pub struct WellKnown {
    pub string: TypeIdx,
    pub int: TypeIdx,
    pub error_string: TypeIdx,
    pub runtime_error: TypeIdx,
    pub wrap_error: TypeIdx,
    pub join_error: TypeIdx,
    pub bool_: TypeIdx,
    pub float64: TypeIdx,
    pub byte_slice: TypeIdx,
    pub string_slice: TypeIdx,
    pub any_slice: TypeIdx,
    pub int32: TypeIdx,
    pub uint8: TypeIdx,
    pub error_iface: TypeIdx,
    pub panic_nil_error: TypeIdx,
    /// *fmt.pp: the fmt.State a Formatter's Format method is given (natives over a cell).
    pub fmt_state: TypeIdx,
    /// time.Timer, time.Ticker and their channel type (0 when the program does not use time).
    pub time_timer: TypeIdx,
    pub time_ticker: TypeIdx,
    pub time_chan: TypeIdx,
    /// time.Time (0 when the program does not use time).
    pub time_time: TypeIdx,
}

impl Program {
    /// The index of method name `name`, if any type of the program has such a method.
    pub fn method_id(&self, name: &str) -> Option<u32> {
        self.method_ids.get(name).copied()
    }
}

impl Program {
    /// Checks every function's bytecode once, before any of it runs: the dispatch loop reaches
    /// registers without bounds checks on the strength of it (see `vm::window`).
    pub fn verify(&self) -> Result<(), String> {
        for f in &self.funcs {
            super::window::verify(&f.code, f.nregs, f.exit_pc)
                .map_err(|e| format!("bytecode of {} fails verification: {e}", f.name))?;
        }
        Ok(())
    }
}
