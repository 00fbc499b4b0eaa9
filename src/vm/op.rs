//! The bytecode: one instruction per `Op` variant, operating on the registers of the current frame.
//!
//! Operand layout: `d` is the destination register, `a`/`b` sources; `t` a runtime type index
//! ([`super::rtype`]); `k` a constant-pool index; `off` a jump offset relative to the next
//! instruction. Instructions are type-specialised: the compiler picks the integer, float or string
//! form, so the VM never tests a value's type, except where Go itself does (interfaces).
//! Integers live sign- or zero-extended in 64 bits; narrower results are re-extended by `Narrow`.

/// A register of the current frame.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord, Hash)]
pub struct R(pub u16);

/// How a narrow integer is re-extended after 64-bit arithmetic.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Width {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// A signed integer comparison.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Cmp {
    #[inline(always)]
    pub fn holds(self, a: i64, b: i64) -> bool {
        match self {
            Cmp::Lt => a < b,
            Cmp::Le => a <= b,
            Cmp::Gt => a > b,
            Cmp::Ge => a >= b,
            Cmp::Eq => a == b,
            Cmp::Ne => a != b,
        }
    }
}

/// A complex arithmetic operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum COp {
    Add,
    Sub,
    Mul,
    Div,
}

/// Element width in memory (packed arrays and pointers to elements).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mem {
    B1,
    B2,
    B4,
    B8,
    /// Signed 1/2/4-byte loads sign-extend.
    S1,
    S2,
    S4,
    /// A float32 kept as f64 in registers, stored as 4 bytes.
    F4,
}

impl Mem {
    pub fn bytes(self) -> u64 {
        match self {
            Mem::B1 | Mem::S1 => 1,
            Mem::B2 | Mem::S2 => 2,
            Mem::B4 | Mem::S4 | Mem::F4 => 4,
            Mem::B8 => 8,
        }
    }
}

/// Defines `Op` and `Op::for_each_named_reg`, which visits every field of type `R` of every
/// variant: the verifier's list of register operands cannot fall behind the instruction set.
macro_rules! instruction_set {
    ($(#[$m:meta])* pub enum $name:ident {
        $($(#[$vm:meta])* $v:ident $({ $($f:ident : $t:ty),* $(,)? })?),* $(,)?
    }) => {
        $(#[$m])* pub enum $name { $($(#[$vm])* $v $({ $($f: $t),* })?),* }

        impl $name {
            /// Calls `g` with each register the instruction names as an operand.
            pub fn for_each_named_reg(&self, g: &mut impl FnMut(R)) {
                match self {
                    $($name::$v $({ $($f),* })? => { $($(Operand::visit($f, g);)*)? })*
                }
            }
        }
    };
}

/// An instruction field: registers report themselves to `Op::for_each_named_reg`.
trait Operand {
    fn visit(&self, _g: &mut impl FnMut(R)) {}
}

impl Operand for R {
    fn visit(&self, g: &mut impl FnMut(R)) {
        g(*self)
    }
}

impl Operand for Width {}
impl Operand for Cmp {}
impl Operand for COp {}
impl Operand for Mem {}
impl Operand for bool {}
impl Operand for i16 {}
impl Operand for i32 {}
impl Operand for u16 {}
impl Operand for u32 {}

instruction_set! {
#[derive(Clone, Copy, Debug)]
pub enum Op {
    /// Does nothing (a patched-out instruction).
    Nop,
    /// d = a
    Move {
        d: R,
        a: R,
    },
    /// d = k (small integer)
    Int {
        d: R,
        k: i32,
    },
    /// d = const pool[k]
    Const {
        d: R,
        k: u32,
    },
    /// d = global k
    LoadGlobal {
        d: R,
        k: u32,
    },
    /// global k = a
    StoreGlobal {
        a: R,
        k: u32,
    },
    /// d = address of global k
    GlobalAddr {
        d: R,
        k: u32,
    },

    // Integer arithmetic, 64-bit wrapping.
    /// d = a + b
    Add {
        d: R,
        a: R,
        b: R,
    },
    /// d = a - b
    Sub {
        d: R,
        a: R,
        b: R,
    },
    /// d = a * b
    Mul {
        d: R,
        a: R,
        b: R,
    },
    /// d = a + k, k a constant.
    AddK {
        d: R,
        a: R,
        k: i16,
    },
    /// d = a * k (wrapping), k a constant.
    MulK {
        d: R,
        a: R,
        k: i16,
    },
    /// d = a / k, signed, k a constant other than 0, 1 and -1 (so no check is needed); const
    /// pool words m and m+1 are k's multiplier ([`super::divconst`]).
    DivK {
        d: R,
        a: R,
        k: i16,
        m: u32,
    },
    /// d = a % k, signed, k and m as for `DivK`.
    RemK {
        d: R,
        a: R,
        k: i16,
        m: u32,
    },
    /// Signed division; panics on a zero divisor.
    Div {
        d: R,
        a: R,
        b: R,
    },
    /// d = a / b, unsigned; panics on a zero divisor.
    DivU {
        d: R,
        a: R,
        b: R,
    },
    /// d = a % b, signed (sign of a); panics on a zero divisor.
    Rem {
        d: R,
        a: R,
        b: R,
    },
    /// d = a % b, unsigned; panics on a zero divisor.
    RemU {
        d: R,
        a: R,
        b: R,
    },
    /// d = a & b
    And {
        d: R,
        a: R,
        b: R,
    },
    /// d = a | b
    Or {
        d: R,
        a: R,
        b: R,
    },
    /// d = a ^ b
    Xor {
        d: R,
        a: R,
        b: R,
    },
    /// d = a &^ b
    AndNot {
        d: R,
        a: R,
        b: R,
    },
    /// Shifts: the count register is unsigned if `b` is; a negative signed count panics.
    Shl {
        d: R,
        a: R,
        b: R,
        signed_count: bool,
    },
    /// d = a >> b, arithmetic (a signed); counts of 64 or more give 0 or -1.
    Shr {
        d: R,
        a: R,
        b: R,
        signed_count: bool,
    },
    /// d = a >> b, logical (a unsigned); counts of 64 or more give 0.
    ShrU {
        d: R,
        a: R,
        b: R,
        signed_count: bool,
    },
    /// d = -a (wrapping).
    Neg {
        d: R,
        a: R,
    },
    /// Bitwise complement.
    Com {
        d: R,
        a: R,
    },
    /// d = d truncated to width w and re-extended (sign for I*, zero for U*): the wrap of a narrow integer type.
    Narrow {
        d: R,
        w: Width,
    },
    /// d = a == b, as words (integers, pointers, bools, channels).
    Eq {
        d: R,
        a: R,
        b: R,
    },
    /// d = a != b, as words.
    Ne {
        d: R,
        a: R,
        b: R,
    },
    /// d = a < b, signed.
    Lt {
        d: R,
        a: R,
        b: R,
    },
    /// d = a <= b, signed.
    Le {
        d: R,
        a: R,
        b: R,
    },
    /// d = a < b, unsigned.
    LtU {
        d: R,
        a: R,
        b: R,
    },
    /// d = a <= b, unsigned.
    LeU {
        d: R,
        a: R,
        b: R,
    },

    // Floats (f64 bits; float32 results rounded by RoundF32).
    /// d = a + b, float64.
    AddF {
        d: R,
        a: R,
        b: R,
    },
    /// d = a - b, float64.
    SubF {
        d: R,
        a: R,
        b: R,
    },
    /// d = a * b, float64.
    MulF {
        d: R,
        a: R,
        b: R,
    },
    /// d = a / b, float64 (IEEE: no panic on zero).
    DivF {
        d: R,
        a: R,
        b: R,
    },
    /// d = -a, float64 (flips the sign bit, so -0 and NaN signs follow Go).
    NegF {
        d: R,
        a: R,
    },
    /// d = a == b, float64 (NaN is unequal to itself).
    EqF {
        d: R,
        a: R,
        b: R,
    },
    /// d = a != b, float64.
    NeF {
        d: R,
        a: R,
        b: R,
    },
    /// d = a < b, float64.
    LtF {
        d: R,
        a: R,
        b: R,
    },
    /// d = a <= b, float64.
    LeF {
        d: R,
        a: R,
        b: R,
    },
    /// d = d rounded to float32 precision (kept as f64 bits): float32 arithmetic.
    RoundF32 {
        d: R,
    },
    /// Go's min/max of floats (NaN wins; -0 < +0).
    MinF {
        d: R,
        a: R,
        b: R,
    },
    /// d = max(a, b), floats, Go's rules as for MinF.
    MaxF {
        d: R,
        a: R,
        b: R,
    },
    /// d = float64(a), a signed.
    IntToF {
        d: R,
        a: R,
    },
    /// d = float64(a), a unsigned.
    UintToF {
        d: R,
        a: R,
    },
    /// d = int64(a), truncating; NaN and out-of-range give math.MinInt64 as amd64 does.
    FToInt {
        d: R,
        a: R,
    },
    /// d = uint64(a), truncating; out-of-range as amd64 does.
    FToUint {
        d: R,
        a: R,
    },

    /// d = !a (bools are 0 and 1).
    Not {
        d: R,
        a: R,
    },

    // Complex numbers (`c64`: complex64, two f32 packed in the word; else complex128, a pointer to
    // an immutable NoScan pair [re, im] with 0 for 0+0i; see `value.rs`).
    /// d = a op b; division as Go's runtime complex128div (Inf/NaN, never a panic).
    CArith {
        d: R,
        a: R,
        b: R,
        op: COp,
        c64: bool,
    },
    /// d = -a
    CNeg {
        d: R,
        a: R,
        c64: bool,
    },
    /// d = (a == b), or (a != b) when `ne`: parts compared as floats.
    CEq {
        d: R,
        a: R,
        b: R,
        c64: bool,
        ne: bool,
    },
    /// d = complex(a, b) from two float registers.
    CMake {
        d: R,
        a: R,
        b: R,
        c64: bool,
    },
    /// d = real(a), or imag(a) when `imag`, as a float register.
    CPart {
        d: R,
        a: R,
        imag: bool,
        c64: bool,
    },
    /// d = a converted between complex64 and complex128 (`to64`: to complex64, rounding the parts).
    CConv {
        d: R,
        a: R,
        to64: bool,
    },

    // Strings.
    /// d = a + b, strings (either empty: the other, no copy).
    Concat {
        d: R,
        a: R,
        b: R,
    },
    /// d = a == b, strings by content.
    EqS {
        d: R,
        a: R,
        b: R,
    },
    /// d = a != b, strings by content.
    NeS {
        d: R,
        a: R,
        b: R,
    },
    /// d = compare(a, b) < 0 etc.
    LtS {
        d: R,
        a: R,
        b: R,
    },
    /// d = a <= b, strings bytewise.
    LeS {
        d: R,
        a: R,
        b: R,
    },
    /// d = len(a), a string.
    LenS {
        d: R,
        a: R,
    },
    /// d = a[b] (a byte); bounds-checked.
    IndexS {
        d: R,
        a: R,
        b: R,
    },
    /// d = a[b : b+1] where b, b+1 hold lo, hi (hi = -1 for len).
    SliceS {
        d: R,
        a: R,
        b: R,
    },
    /// Decodes the rune at byte offset b of string a into d (rune) and d+1 (width).
    DecodeRune {
        d: R,
        a: R,
        b: R,
    },
    /// Conversions involving strings.
    RuneToS {
        d: R,
        a: R,
    },
    /// d = string(a), a []byte (copied).
    BytesToS {
        d: R,
        a: R,
    },
    /// d = []byte(a), a string (copied).
    SToBytes {
        d: R,
        a: R,
    },
    /// d = string(a), a []rune, UTF-8 encoded (invalid runes as U+FFFD).
    RunesToS {
        d: R,
        a: R,
    },
    /// d = []rune(a), a string decoded as UTF-8.
    SToRunes {
        d: R,
        a: R,
    },

    // Control.
    /// pc += off (relative to the next instruction).
    Jmp {
        off: i32,
    },
    /// if a { pc += off }
    JmpIf {
        a: R,
        off: i32,
    },
    /// if !a { pc += off }
    JmpIfNot {
        a: R,
        off: i32,
    },
    /// Fused signed-integer compare-and-branch: jumps when `a cmp b` is false.
    JCmp {
        cmp: Cmp,
        a: R,
        b: R,
        off: i32,
    },
    /// The same against a constant: jumps when `a cmp k` is false.
    JCmpK {
        cmp: Cmp,
        a: R,
        k: i32,
        off: i32,
    },
    /// Safepoint on a loop back-edge (GC, preemption).
    Loop {
        off: i32,
    },
    /// A loop's rotated condition: if `a cmp k` holds, jump back (a safepoint, as Loop); else fall
    /// through out of the loop. Saves the dispatch of a Loop to the condition at the top.
    LoopCmpK {
        cmp: Cmp,
        a: R,
        k: i32,
        off: i32,
    },
    /// As LoopCmpK, comparing with register b.
    LoopCmp {
        cmp: Cmp,
        a: R,
        b: R,
        off: i32,
    },
    /// A counted loop's back edge: a += step, then as LoopCmpK (the `i++` before the test, in
    /// one dispatch).
    AddLoopCmpK {
        cmp: Cmp,
        a: R,
        step: i16,
        k: i32,
        off: i16,
    },
    /// a += step, then as LoopCmp.
    AddLoopCmp {
        cmp: Cmp,
        a: R,
        b: R,
        step: i16,
        off: i16,
    },

    /// Calls function k with arguments in a.. (results come back in a..).
    Call {
        a: R,
        k: u32,
    },
    /// Calls the closure in register f with arguments in a...
    CallClosure {
        f: R,
        a: R,
    },
    /// Calls method `k` (a method-name index) on the interface in a; arguments follow it.
    CallIface {
        a: R,
        k: u32,
    },
    /// Calls native function k with arguments in a.. (results in a..).
    CallNative {
        a: R,
        k: u32,
    },
    /// Pops the frame; results were stored in the frame's first registers.
    Return,
    /// Runs the current frame's pending deferred calls one at a time (re-executed until none remain).
    RunDefers,
    /// Pushes a deferred call of the closure in f with `n` argument words from a...
    Defer {
        f: R,
        a: R,
        n: u16,
    },
    /// Defer for an enclosing frame: the one whose index (in this goroutine's stack) is in
    /// register `at`. A range-over-func loop body defers for the function the loop is in.
    DeferAt {
        f: R,
        a: R,
        n: u16,
        at: R,
    },
    /// d = the index of the current frame in this goroutine's stack.
    FrameIndex {
        d: R,
    },
    /// Panics with the interface value in a.
    Panic {
        a: R,
    },
    /// d = recover()
    Recover {
        d: R,
    },

    // Memory. Addresses are heap words; `Mem` picks width and extension.
    /// d = new zeroed value of type t (a struct/array block, or a one-word cell when t is scalar).
    New {
        d: R,
        t: u32,
    },
    /// d = *(a + off) where a must be non-nil
    Load {
        d: R,
        a: R,
        off: u16,
        m: Mem,
    },
    /// *(a + off) = b
    Store {
        a: R,
        b: R,
        off: u16,
        m: Mem,
    },
    /// Nil check: panics with a nil dereference when a is 0.
    NilCheck {
        a: R,
    },
    /// d = a + off (address of a field)
    AddrOff {
        d: R,
        a: R,
        off: u16,
    },
    /// d = copy of the value block a of type t
    Copy {
        d: R,
        a: R,
        t: u32,
    },
    /// Copies value block b into block a (both of type t).
    CopyInto {
        a: R,
        b: R,
        t: u32,
    },
    /// d = (a == b) for values of type t (struct, array, interface, or any comparable)
    EqV {
        d: R,
        a: R,
        b: R,
        t: u32,
    },

    // Slices and arrays.
    /// d = make([]t, a, b)  (b = cap register, may equal a)
    MakeSlice {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// d = len(a), a slice.
    LenSl {
        d: R,
        a: R,
    },
    /// d = (*[n]T)(a): slice a's data as a pointer to an array of n elements (nil for a nil
    /// slice); panics when len(a) < n
    SliceToArrPtr {
        d: R,
        a: R,
        n: u32,
    },
    /// d = cap(a), a slice.
    CapSl {
        d: R,
        a: R,
    },
    /// d = address of element b of slice a (bounds-checked), for element type t
    SlAddr {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// d = slice a[lo:hi:max] with lo, hi, max in b, b+1, b+2 (-1 = absent); t = slice type
    Reslice {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// d = s[i] of slice a at index b, an element of memory width m (panics out of range):
    /// `SlAddr` and `Load` in one dispatch, for reads of scalar elements.
    SlLoad {
        d: R,
        a: R,
        b: R,
        m: Mem,
    },
    /// d = address of element b of array block a with length/element from t (bounds-checked)
    ArrAddr {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// d = slice over the whole array block a of type t (array type)
    ArrSlice {
        d: R,
        a: R,
        t: u32,
    },
    /// d = append(a, b...) where b is a slice; t = slice type
    AppendSl {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// d = append(a, b) of one element; t = slice type
    Append1 {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// Zeroes every element of slice a of type t.
    ClearSl {
        a: R,
        t: u32,
    },
    /// d = copy(a, b) for slice type t (b may be a string for []byte)
    CopySl {
        d: R,
        a: R,
        b: R,
        t: u32,
    },

    // Maps.
    /// d = make(map type t)
    MakeMap {
        d: R,
        t: u32,
    },
    /// d = m[k] (zero if absent), d+1 = ok
    MapGet {
        d: R,
        a: R,
        b: R,
        t: u32,
    },
    /// m[k] = v, with k, v in b, b+1
    MapSet {
        a: R,
        b: R,
        t: u32,
    },
    /// delete(a, b), map type t; no-op on a nil map.
    MapDel {
        a: R,
        b: R,
        t: u32,
    },
    /// d = len(a), a map (0 for nil).
    LenMap {
        d: R,
        a: R,
    },
    /// clear(a), a map.
    ClearMap {
        a: R,
    },
    /// Starts iterating map a: d = iterator
    MapIter {
        d: R,
        a: R,
        t: u32,
    },
    /// Advances iterator a: d = key, d+1 = value; jumps by off when done
    MapNext {
        d: R,
        a: R,
        off: i32,
    },

    // Interfaces.
    /// d = box(a) with dynamic type t (t = nil-able check: a scalar is boxed as is)
    Box {
        d: R,
        a: R,
        t: u32,
    },
    /// d = a.(t) for concrete t: d = value, panics if the dynamic type differs (k: interface type for the message)
    Unbox {
        d: R,
        a: R,
        t: u32,
    },
    /// d = value, d+1 = ok
    UnboxOk {
        d: R,
        a: R,
        t: u32,
    },
    /// d = a.(I) for interface type t (panics on failure)
    AssertIface {
        d: R,
        a: R,
        t: u32,
    },
    /// d = a.(I) for interface type t, d+1 = ok (d = nil interface on failure).
    AssertIfaceOk {
        d: R,
        a: R,
        t: u32,
    },
    /// d = dynamic type id of interface a (0 for nil)
    TypeOf {
        d: R,
        a: R,
    },
    /// d = whether interface a's dynamic type implements interface type t
    Implements {
        d: R,
        a: R,
        t: u32,
    },

    // Channels (the goroutine runtime).
    /// d = <-a (d+1 = ok when `ok`)
    Recv {
        d: R,
        a: R,
        ok: bool,
    },
    /// a <- b
    Send {
        a: R,
        b: R,
    },
    /// d = make(chan type t, a)
    MakeChan {
        d: R,
        a: R,
        t: u32,
    },
    /// close(a); panics on a nil or closed channel.
    Close {
        a: R,
    },
    /// d = len(a), a channel (buffered elements).
    LenChan {
        d: R,
        a: R,
    },
    /// d = cap(a), a channel.
    CapChan {
        d: R,
        a: R,
    },
    /// select: cases' channel and send value in a+2i, a+2i+1; `k` indexes `Program::selects`;
    /// chosen case in d (-1 = default), received value and ok in d+1, d+2.
    Select {
        d: R,
        a: R,
        k: u32,
    },
    /// go: starts a goroutine calling the closure in f with n argument words from a..
    Go {
        f: R,
        a: R,
        n: u16,
    },

    // Functions.
    /// d = closure of function k capturing n words from a..
    Closure {
        d: R,
        k: u32,
        a: R,
        n: u16,
    },
    /// d = captured word k of the current closure
    Upval {
        d: R,
        k: u16,
    },
}
}

impl Op {
    /// Calls `g` with every register the instruction reads or writes: the named operands and
    /// the neighbours some instructions use too (a pair or triple starting at the operand).
    /// The offset, from the next instruction, of the jump this instruction may take. Every
    /// instruction the dispatch loop `jump!`s for must be here: `window::verify` checks these
    /// targets, and instruction fetch is unchecked on the strength of it.
    pub fn jump_offset(&self) -> Option<i64> {
        match *self {
            Op::Jmp { off }
            | Op::JmpIf { off, .. }
            | Op::JmpIfNot { off, .. }
            | Op::JCmp { off, .. }
            | Op::JCmpK { off, .. }
            | Op::Loop { off }
            | Op::LoopCmpK { off, .. }
            | Op::LoopCmp { off, .. }
            | Op::MapNext { off, .. } => Some(off as i64),
            Op::AddLoopCmpK { off, .. } | Op::AddLoopCmp { off, .. } => Some(off as i64),
            _ => None,
        }
    }

    /// Whether execution never goes on to the next instruction.
    pub fn ends_flow(&self) -> bool {
        matches!(self, Op::Return | Op::Jmp { .. } | Op::Loop { .. })
    }

    pub fn for_each_reg(&self, mut g: impl FnMut(R)) {
        self.for_each_named_reg(&mut g);
        let next = |r: R, n: u16| R(r.0.saturating_add(n));
        match *self {
            Op::SliceS { b, .. } | Op::MapSet { b, .. } => g(next(b, 1)),
            Op::Reslice { b, .. } => {
                g(next(b, 1));
                g(next(b, 2));
            }
            Op::DecodeRune { d, .. }
            | Op::MapGet { d, .. }
            | Op::MapNext { d, .. }
            | Op::UnboxOk { d, .. }
            | Op::AssertIfaceOk { d, .. }
            | Op::Recv { d, ok: true, .. } => g(next(d, 1)),
            Op::Select { d, .. } => {
                g(next(d, 1));
                g(next(d, 2));
            }
            _ => {}
        }
    }
}

const _: () = assert!(std::mem::size_of::<Op>() <= 12);
