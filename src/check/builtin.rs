//! The universe scope: predeclared types, constants, `nil` and the built-in functions.

use super::{Checker, ObjKind};
use crate::ast::Interner;
use crate::source::Pos;
use crate::types::constant::Value;
use crate::types::{BasicKind, Method, Named, Signature, Type, UNKNOWN};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

const BUILTINS: [(&str, Builtin); 18] = [
    ("append", Builtin::Append),
    ("cap", Builtin::Cap),
    ("clear", Builtin::Clear),
    ("close", Builtin::Close),
    ("complex", Builtin::Complex),
    ("copy", Builtin::Copy),
    ("delete", Builtin::Delete),
    ("imag", Builtin::Imag),
    ("len", Builtin::Len),
    ("make", Builtin::Make),
    ("max", Builtin::Max),
    ("min", Builtin::Min),
    ("new", Builtin::New),
    ("panic", Builtin::Panic),
    ("print", Builtin::Print),
    ("println", Builtin::Println),
    ("real", Builtin::Real),
    ("recover", Builtin::Recover),
];

const BASICS: [(&str, BasicKind); 20] = [
    ("bool", BasicKind::Bool),
    ("int", BasicKind::Int),
    ("int8", BasicKind::Int8),
    ("int16", BasicKind::Int16),
    ("int32", BasicKind::Int32),
    ("int64", BasicKind::Int64),
    ("uint", BasicKind::Uint),
    ("uint8", BasicKind::Uint8),
    ("uint16", BasicKind::Uint16),
    ("uint32", BasicKind::Uint32),
    ("uint64", BasicKind::Uint64),
    ("uintptr", BasicKind::Uintptr),
    ("float32", BasicKind::Float32),
    ("float64", BasicKind::Float64),
    ("complex64", BasicKind::Complex64),
    ("complex128", BasicKind::Complex128),
    ("string", BasicKind::String),
    ("byte", BasicKind::Uint8),
    ("rune", BasicKind::Int32),
    ("", BasicKind::Invalid),
];

const OTHER_NAMES: [&str; 9] = ["error", "any", "comparable", "true", "false", "nil", "iota", "Error", "main"];

pub fn intern_universe_names(i: &mut Interner) {
    for (n, _) in BUILTINS {
        i.intern(n);
    }
    for (n, _) in BASICS {
        i.intern(n);
    }
    for n in OTHER_NAMES {
        i.intern(n);
    }
}

pub fn populate_universe(c: &mut Checker) {
    let kinds = [
        BasicKind::Bool,
        BasicKind::Int,
        BasicKind::Int8,
        BasicKind::Int16,
        BasicKind::Int32,
        BasicKind::Int64,
        BasicKind::Uint,
        BasicKind::Uint8,
        BasicKind::Uint16,
        BasicKind::Uint32,
        BasicKind::Uint64,
        BasicKind::Uintptr,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::Complex64,
        BasicKind::Complex128,
        BasicKind::String,
        BasicKind::UntypedBool,
        BasicKind::UntypedInt,
        BasicKind::UntypedRune,
        BasicKind::UntypedFloat,
        BasicKind::UntypedComplex,
        BasicKind::UntypedString,
        BasicKind::UntypedNil,
    ];
    for k in kinds {
        let t = c.types.add(Type::Basic(k));
        c.basics.insert(k, t);
    }
    let def = |c: &mut Checker, name: &str, kind: ObjKind, ty| {
        if let Some(s) = c.sym(name) {
            let o = c.new_obj(s, kind, ty, Pos::default());
            c.universe.insert(s, o);
            Some(o)
        } else {
            None
        }
    };
    for (name, k) in BASICS {
        if !name.is_empty() {
            let t = c.basic(k);
            def(c, name, ObjKind::TypeName, t);
        }
    }
    for (name, b) in BUILTINS {
        def(c, name, ObjKind::Builtin(b), UNKNOWN);
    }
    // error: interface{ Error() string }.
    let string = c.basic(BasicKind::String);
    let err_sig = c.types.add(Type::Func(Signature { params: vec![], results: vec![string], variadic: false }));
    let error_sym = c.sym("Error");
    let methods = error_sym.map(|s| vec![(s, err_sig)]).unwrap_or_default();
    let iface = c.types.add(Type::Interface { methods, exact: true });
    if let Some(name) = c.sym("error") {
        let err = c.types.add(Type::Named(Named {
            name,
            pkg: None,
            underlying: iface,
            methods: Vec::<Method>::new(),
            generic: false,
            type_args: Vec::new(),
            origin: None,
        }));
        c.error_type = err;
        def(c, "error", ObjKind::TypeName, err);
    }
    let any = c.types.add(Type::Interface { methods: vec![], exact: true });
    c.any_type = any;
    def(c, "any", ObjKind::TypeName, any);
    def(c, "comparable", ObjKind::TypeName, UNKNOWN);
    let ub = c.basic(BasicKind::UntypedBool);
    for (name, v) in [("true", true), ("false", false)] {
        if let Some(o) = def(c, name, ObjKind::Const, ub) {
            c.obj_mut(o).val = Some(Value::Bool(v));
        }
    }
    let nil = c.basic(BasicKind::UntypedNil);
    def(c, "nil", ObjKind::Nil, nil);
    let ui = c.basic(BasicKind::UntypedInt);
    def(c, "iota", ObjKind::Const, ui);
}
