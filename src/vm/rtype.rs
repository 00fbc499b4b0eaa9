//! Run-time types: what the VM needs to know about a Go type when the compiler could not decide
//! statically — interface boxes (dynamic type, method tables, assertions), printing (`%v`, `%T`),
//! equality and hashing of composite values, zero values and copies of value blocks.
//!
//! Types are interned by identity (the compiler canonicalises `TypeId`s), so two run-time type
//! indices are equal exactly when the Go types are identical.

use super::op::Mem;

/// Index into [`Types`]; 0 is reserved for "no type" (a nil interface's dynamic type).
pub type TypeIdx = u32;

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Nil,
    Bool,
    /// Bits 8..64; `int`/`uint` are 64.
    Int {
        bits: u8,
        signed: bool,
    },
    Uintptr,
    Float32,
    Float64,
    /// Two f32 packed in the word (see `value.rs`).
    Complex64,
    /// A pointer to an immutable `[re, im]` pair, 0 for 0+0i.
    Complex128,
    String,
    UnsafePointer,
    Pointer(TypeIdx),
    Slice(TypeIdx),
    Array {
        len: u64,
        elem: TypeIdx,
    },
    Map {
        key: TypeIdx,
        val: TypeIdx,
    },
    Chan {
        elem: TypeIdx,
    },
    Func,
    Struct(Vec<RField>),
    Interface {
        /// Method-name indices, sorted.
        methods: Vec<u32>,
        /// The signature (a func type, receiver excluded) of each method, parallel to `methods`.
        sigs: Vec<TypeIdx>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct RField {
    pub name: String,
    pub exported: bool,
    pub embedded: bool,
    pub ty: TypeIdx,
    /// The struct tag, for reflect's StructField.Tag.
    pub tag: String,
}

#[derive(Clone, Debug)]
pub struct RType {
    pub kind: Kind,
    /// Go's spelling of the type, as `%T` prints it.
    pub name: String,
    /// A defined (named) type.
    pub named: bool,
    /// The Kind of the underlying type, with its basic bits, is in `kind`; this is the Go
    /// `reflect.Kind`-style classification for fmt of a named basic type.
    pub has_pointers: bool,
    /// reflect.Kind's number (Go's order: Bool 1 … UnsafePointer 26), which `kind` alone cannot
    /// give: `int` and `int64` share Kind::Int { bits: 64 }.
    pub reflect_kind: u8,
}

/// reflect.Kind's number for a type of this structure; `platform` when it is int or uint.
pub fn reflect_kind(kind: &Kind, platform: bool) -> u8 {
    match kind {
        Kind::Nil => 0,
        Kind::Bool => 1,
        Kind::Int { bits, signed: true } => match bits {
            _ if platform => 2,
            8 => 3,
            16 => 4,
            32 => 5,
            _ => 6,
        },
        Kind::Int { bits, signed: false } => match bits {
            _ if platform => 7,
            8 => 8,
            16 => 9,
            32 => 10,
            _ => 11,
        },
        Kind::Uintptr => 12,
        Kind::Float32 => 13,
        Kind::Float64 => 14,
        Kind::Complex64 => 15,
        Kind::Complex128 => 16,
        Kind::Array { .. } => 17,
        Kind::Chan { .. } => 18,
        Kind::Func => 19,
        Kind::Interface { .. } => 20,
        Kind::Map { .. } => 21,
        Kind::Pointer(_) => 22,
        Kind::Slice(_) => 23,
        Kind::String => 24,
        Kind::Struct(_) => 25,
        Kind::UnsafePointer => 26,
    }
}

impl RType {
    /// Struct and array values live in blocks referenced by one word.
    pub fn is_block(&self) -> bool {
        matches!(self.kind, Kind::Struct(_) | Kind::Array { .. })
    }

    /// How one value of this type is stored as an array/slice element.
    pub fn mem(&self) -> Mem {
        match self.kind {
            Kind::Bool => Mem::B1,
            Kind::Int { bits: 8, signed: true } => Mem::S1,
            Kind::Int { bits: 8, signed: false } => Mem::B1,
            Kind::Int { bits: 16, signed: true } => Mem::S2,
            Kind::Int { bits: 16, signed: false } => Mem::B2,
            Kind::Int { bits: 32, signed: true } => Mem::S4,
            Kind::Int { bits: 32, signed: false } => Mem::B4,
            Kind::Float32 => Mem::F4,
            _ => Mem::B8,
        }
    }
}

#[derive(Default, Clone)]
pub struct Types {
    pub list: Vec<RType>,
}

impl Types {
    pub fn get(&self, t: TypeIdx) -> &RType {
        &self.list[t as usize]
    }

    /// Bytes of one element of type `t` in a packed array.
    pub fn elem_bytes(&self, t: TypeIdx) -> u64 {
        self.get(t).mem().bytes()
    }

    /// Bytes of the block holding a value of struct/array type `t`.
    pub fn block_bytes(&self, t: TypeIdx) -> u64 {
        match &self.get(t).kind {
            Kind::Struct(f) => 8 * f.len() as u64,
            Kind::Array { len, elem } => len.saturating_mul(self.elem_bytes(*elem)),
            _ => 8,
        }
    }
}
