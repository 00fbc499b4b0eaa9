//! The type model: types in a table indexed by [`TypeId`], named types with their methods, and the
//! predicates the checker needs (identity, underlying types, method lookup) and Go's way of
//! printing types in messages.
//!
//! `TypeId(0)` is [`UNKNOWN`]: the type of whatever the checker cannot (yet) model, such as values
//! of type-parameter type. Every predicate treats it as compatible with everything, so an unmodelled
//! construct never causes an error; it only stops the checker from finding errors there.

pub mod basic;
pub mod constant;

use crate::ast::{ChanDir, Symbol};
pub use basic::BasicKind;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Default)]
pub struct TypeId(pub u32);

pub const UNKNOWN: TypeId = TypeId(0);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ObjRef(pub u32);

#[derive(Clone, Debug)]
pub struct Field {
    pub name: Symbol,
    pub ty: TypeId,
    pub embedded: bool,
    pub exported: bool,
    /// The struct tag's value (`json:"x"`), empty without one; part of the type's identity.
    pub tag: String,
}

#[derive(Clone, Debug, Default)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Clone, Debug)]
pub struct Method {
    pub name: Symbol,
    /// The method's signature (receiver excluded).
    pub sig: TypeId,
    pub pointer_receiver: bool,
}

#[derive(Clone, Debug)]
pub struct Named {
    pub name: Symbol,
    /// The declaring package's name, for qualified printing; `None` in the universe.
    pub pkg: Option<Symbol>,
    pub underlying: TypeId,
    pub methods: Vec<Method>,
    /// Declared with type parameters: the generic type itself, whose structure is not modelled
    /// (its instances are separate named types with `generic == false`).
    pub generic: bool,
    /// An instance of a generic type: the type arguments, in order (empty otherwise).
    pub type_args: Vec<TypeId>,
    /// An instance of a generic type: the generic type it instantiates.
    pub origin: Option<TypeId>,
}

#[derive(Clone, Debug)]
pub enum Type {
    Unknown,
    Basic(BasicKind),
    Named(Named),
    Pointer(TypeId),
    Slice(TypeId),
    Array(Option<u64>, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name. `exact` is false when the method set is not fully known (embedded
    /// unknown interfaces, type-set terms): such interfaces are never used to report errors.
    Interface {
        methods: Vec<(Symbol, TypeId)>,
        exact: bool,
    },
    Tuple(Vec<TypeId>),
}

pub struct Types {
    list: Vec<Type>,
}

impl Default for Types {
    fn default() -> Self {
        Types { list: vec![Type::Unknown] }
    }
}

impl Types {
    pub fn add(&mut self, t: Type) -> TypeId {
        self.list.push(t);
        TypeId(self.list.len() as u32 - 1)
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, t: TypeId) -> &Type {
        self.list.get(t.0 as usize).unwrap_or(&Type::Unknown)
    }
    pub fn named_mut(&mut self, t: TypeId) -> Option<&mut Named> {
        match self.list.get_mut(t.0 as usize) {
            Some(Type::Named(n)) => Some(n),
            _ => None,
        }
    }

    /// The underlying type, following named types (bounded, in case of an invalid cycle).
    pub fn under(&self, mut t: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(t) {
                Type::Named(n) if n.underlying != t => t = n.underlying,
                Type::Named(_) => return UNKNOWN,
                _ => return t,
            }
        }
        UNKNOWN
    }

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.get(self.under(t)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_unknown(&self, t: TypeId) -> bool {
        matches!(self.get(self.under(t)), Type::Unknown)
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named(_))
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.get(self.under(t)), Type::Interface { .. })
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if k.is_untyped())
    }

    /// Whether anything about `t` is unmodelled (so no error may be based on it).
    pub fn is_vague(&self, t: TypeId) -> bool {
        self.vague(t, 0)
    }

    fn vague(&self, t: TypeId, depth: u32) -> bool {
        if depth > 20 {
            return false;
        }
        match self.get(t) {
            Type::Unknown => true,
            Type::Named(n) => n.generic || (n.underlying != t && self.vague_shallow(n.underlying)),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => self.vague(*e, depth + 1),
            Type::Map(k, v) => self.vague(*k, depth + 1) || self.vague(*v, depth + 1),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|&p| self.vague(p, depth + 1)),
            Type::Tuple(v) => v.iter().any(|&p| self.vague(p, depth + 1)),
            Type::Interface { exact, .. } => !exact,
            Type::Struct(_) | Type::Basic(_) => false,
        }
    }

    fn vague_shallow(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Unknown) || matches!(self.get(t), Type::Interface { exact: false, .. })
    }

    /// Type identity (spec "Type identity"). Unknown is identical to everything.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.ident(a, b, 0)
    }

    fn ident(&self, a: TypeId, b: TypeId, depth: u32) -> bool {
        // Only structure nests (named types compare by identity), so the bound is never reached by
        // real types; it guards against malformed ones.
        if a == b || depth > 500 {
            return true;
        }
        let d = depth + 1;
        match (self.get(a), self.get(b)) {
            (Type::Unknown, _) | (_, Type::Unknown) => true,
            (Type::Named(x), Type::Named(y)) => x.generic || y.generic,
            (Type::Named(x), _) | (_, Type::Named(x)) => x.generic,
            (Type::Basic(x), Type::Basic(y)) => x == y,
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => self.ident(*x, *y, d),
            (Type::Array(n, x), Type::Array(m, y)) => (n.is_none() || m.is_none() || n == m) && self.ident(*x, *y, d),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.ident(*k1, *k2, d) && self.ident(*v1, *v2, d),
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && self.ident(*x, *y, d),
            (Type::Func(s), Type::Func(t)) => {
                s.variadic == t.variadic
                    && s.params.len() == t.params.len()
                    && s.results.len() == t.results.len()
                    && s.params.iter().zip(&t.params).all(|(x, y)| self.ident(*x, *y, d))
                    && s.results.iter().zip(&t.results).all(|(x, y)| self.ident(*x, *y, d))
            }
            (Type::Struct(f), Type::Struct(g)) => {
                f.len() == g.len()
                    && f.iter().zip(g).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && x.tag == y.tag && self.ident(x.ty, y.ty, d)
                    })
            }
            (Type::Interface { methods: m, exact: e1 }, Type::Interface { methods: n, exact: e2 }) => {
                !e1 || !e2
                    || (m.len() == n.len() && m.iter().zip(n).all(|(x, y)| x.0 == y.0 && self.ident(x.1, y.1, d)))
            }
            (Type::Tuple(x), Type::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.ident(*p, *q, d))
            }
            _ => false,
        }
    }
}
