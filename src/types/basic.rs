//! Go's predeclared basic types, by kind.

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    // The types of untyped constants and of nil.
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    Invalid,
}

impl BasicKind {
    /// The name Go prints: `int`, `untyped float`, `untyped nil`, …
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Invalid => "invalid type",
        }
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil
        )
    }
    /// Size in bytes on corgi's 64-bit target (int, uint, uintptr are 64-bit as on amd64/arm64).
    pub fn size(self) -> Option<u64> {
        use BasicKind::*;
        Some(match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 => 16,
            String => 16,
            _ => return None,
        })
    }
}
