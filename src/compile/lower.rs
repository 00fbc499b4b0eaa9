//! Lowering checker types to run-time types: interned by identity, so equal indices mean
//! identical Go types (what interface assertions and map keys of interface type compare).

use super::Compiler;
use crate::types::{BasicKind, Type, TypeId};
use crate::vm::rtype::{Kind, RField, RType, TypeIdx};

impl Compiler<'_> {
    /// The run-time type of `t` (which must be fully known; UNKNOWN lowers to an error).
    pub(super) fn rtype(&mut self, t: TypeId) -> TypeIdx {
        if let Some(&i) = self.rtypes.get(&t) {
            if !self.quiet && self.quiet_lowered.remove(&t) {
                self.ensure_methods(t, i);
                // Its pointer type was lowered quietly with it: give it its methods too.
                if self.reflect_on
                    && let Some(&p) = self.info.pointer_to.get(&t)
                {
                    self.rtype(p);
                }
            }
            return i;
        }
        let i = self.rtype_uncached(t);
        if self.reflect_on {
            self.reflect_extras(t, i);
        }
        // Types with methods get their method table now: natives may box values of them (a
        // *strconv.NumError) even where the program itself never converts one to an interface.
        if self.has_methods(t) {
            if self.quiet {
                self.quiet_lowered.insert(t);
            } else {
                self.ensure_methods(t, i);
            }
        }
        i
    }

    fn has_methods(&self, t: TypeId) -> bool {
        let types = &self.info.types;
        let base = match types.get(t) {
            crate::types::Type::Pointer(p) => *p,
            _ => t,
        };
        matches!(types.get(base), crate::types::Type::Named(n) if !n.methods.is_empty() && !n.generic)
    }

    fn rtype_uncached(&mut self, t: TypeId) -> TypeIdx {
        if let Some(&i) = self.rtypes.get(&t) {
            return i;
        }
        let types = &self.info.types;
        let key;
        let mut named_idx = None;
        match types.get(t) {
            Type::Named(n) => {
                // Reserve first: a named type may refer to itself.
                let mut name = match n.pkg {
                    Some(p) => format!("{}.{}", self.ast.name(p), self.ast.name(n.name)),
                    None => self.ast.name(n.name).to_string(),
                };
                if n.generic {
                    self.unsupported_here("uninstantiated generic types");
                }
                if !n.type_args.is_empty() {
                    // An instance: `main.Pair[int,string]`, as reflect names it.
                    let args: Vec<String> = n.type_args.clone().into_iter().map(|a| self.type_name(a)).collect();
                    name = format!("{name}[{}]", args.join(","));
                }
                let idx =
                    self.push_rtype(RType { kind: Kind::Nil, name, named: true, has_pointers: true, reflect_kind: 0 });
                self.rtypes.insert(t, idx);
                named_idx = Some(idx);
                key = format!("N{}", t.0);
            }
            _ => key = String::new(),
        }
        let u = if named_idx.is_some() { types.under(t) } else { t };
        let (kind, name) = self.lower_structure(u);
        let platform = matches!(types.get(u), Type::Basic(BasicKind::Int | BasicKind::Uint | BasicKind::UntypedInt));
        let reflect_kind = crate::vm::rtype::reflect_kind(&kind, platform);
        if let Some(idx) = named_idx {
            let has_pointers = self.kind_has_pointers(&kind);
            let r = &mut self.program.types.list[idx as usize];
            r.kind = kind;
            r.has_pointers = has_pointers;
            r.reflect_kind = reflect_kind;
            let _ = key;
            return idx;
        }
        let key = format!("{kind:?}|{name}");
        if let Some(&i) = self.rtype_keys.get(&key) {
            self.rtypes.insert(t, i);
            return i;
        }
        let has_pointers = self.kind_has_pointers(&kind);
        let idx = self.push_rtype(RType { kind, name, named: false, has_pointers, reflect_kind });
        self.rtype_keys.insert(key, idx);
        self.rtypes.insert(t, idx);
        idx
    }

    /// The run-time type of the func type Go writes as `name` (`func() string`), the same index
    /// lowering that type gives.
    pub(super) fn func_rtype_named(&mut self, name: &str) -> TypeIdx {
        let kind = Kind::Func;
        let key = format!("{kind:?}|{name}");
        if let Some(&i) = self.rtype_keys.get(&key) {
            return i;
        }
        let reflect_kind = crate::vm::rtype::reflect_kind(&kind, false);
        let idx =
            self.push_rtype(RType { kind, name: name.to_string(), named: false, has_pointers: true, reflect_kind });
        self.rtype_keys.insert(key, idx);
        idx
    }

    fn push_rtype(&mut self, r: RType) -> TypeIdx {
        self.program.types.list.push(r);
        (self.program.types.list.len() - 1) as TypeIdx
    }

    fn kind_has_pointers(&self, k: &Kind) -> bool {
        match k {
            Kind::Bool
            | Kind::Int { .. }
            | Kind::Uintptr
            | Kind::Float32
            | Kind::Float64
            | Kind::Complex64
            | Kind::Nil => false,
            Kind::Array { elem, .. } => self.program.types.get(*elem).has_pointers,
            Kind::Struct(fields) => fields.iter().any(|f| self.program.types.get(f.ty).has_pointers),
            _ => true,
        }
    }

    fn lower_structure(&mut self, u: TypeId) -> (Kind, String) {
        let ty = self.info.types.get(u).clone();
        match ty {
            Type::Basic(k) => {
                let kind = match k {
                    BasicKind::Bool | BasicKind::UntypedBool => Kind::Bool,
                    BasicKind::Int | BasicKind::Int64 | BasicKind::UntypedInt => Kind::Int { bits: 64, signed: true },
                    BasicKind::Int8 => Kind::Int { bits: 8, signed: true },
                    BasicKind::Int16 => Kind::Int { bits: 16, signed: true },
                    BasicKind::Int32 | BasicKind::UntypedRune => Kind::Int { bits: 32, signed: true },
                    BasicKind::Uint | BasicKind::Uint64 => Kind::Int { bits: 64, signed: false },
                    BasicKind::Uint8 => Kind::Int { bits: 8, signed: false },
                    BasicKind::Uint16 => Kind::Int { bits: 16, signed: false },
                    BasicKind::Uint32 => Kind::Int { bits: 32, signed: false },
                    BasicKind::Uintptr => Kind::Uintptr,
                    BasicKind::Float32 => Kind::Float32,
                    BasicKind::Float64 | BasicKind::UntypedFloat => Kind::Float64,
                    BasicKind::String | BasicKind::UntypedString => Kind::String,
                    BasicKind::UnsafePointer => Kind::UnsafePointer,
                    BasicKind::UntypedNil => Kind::Nil,
                    BasicKind::Complex64 => Kind::Complex64,
                    BasicKind::Complex128 | BasicKind::UntypedComplex => Kind::Complex128,
                    BasicKind::Invalid => Kind::Nil,
                };
                let name = match k {
                    BasicKind::UntypedBool => "bool",
                    BasicKind::UntypedInt => "int",
                    BasicKind::UntypedRune => "int32",
                    BasicKind::UntypedFloat => "float64",
                    BasicKind::UntypedComplex => "complex128",
                    BasicKind::UntypedString => "string",
                    BasicKind::Uint8 => "uint8",
                    BasicKind::Int32 => "int32",
                    other => other.name(),
                };
                (kind, name.to_string())
            }
            Type::Pointer(e) => {
                let e = self.rtype(e);
                (Kind::Pointer(e), format!("*{}", self.program.types.get(e).name))
            }
            Type::Slice(e) => {
                let e = self.rtype(e);
                (Kind::Slice(e), format!("[]{}", self.program.types.get(e).name))
            }
            Type::Array(n, e) => {
                let e = self.rtype(e);
                let n = n.unwrap_or(0);
                (Kind::Array { len: n, elem: e }, format!("[{n}]{}", self.program.types.get(e).name))
            }
            Type::Map(k, v) => {
                let (k, v) = (self.rtype(k), self.rtype(v));
                let name = format!("map[{}]{}", self.program.types.get(k).name, self.program.types.get(v).name);
                (Kind::Map { key: k, val: v }, name)
            }
            Type::Chan(dir, e) => {
                let e = self.rtype(e);
                let prefix = match dir {
                    crate::ast::ChanDir::Both => "chan ",
                    crate::ast::ChanDir::Send => "chan<- ",
                    crate::ast::ChanDir::Recv => "<-chan ",
                };
                let en = &self.program.types.get(e).name;
                // `chan (<-chan int)`, as Go spells it (`chan <-chan int` would read as `chan<- chan int`).
                let name = if prefix == "chan " && en.starts_with("<-chan") {
                    format!("{prefix}({en})")
                } else {
                    format!("{prefix}{en}")
                };
                (Kind::Chan { elem: e }, name)
            }
            Type::Func(sig) => {
                let ps: Vec<String> = sig.params.iter().map(|&p| self.type_name(p)).collect();
                let rs: Vec<String> = sig.results.iter().map(|&p| self.type_name(p)).collect();
                let mut ps = ps;
                if sig.variadic
                    && let Some(last) = ps.last_mut()
                {
                    *last = format!("...{}", last.trim_start_matches("[]"));
                }
                let res = match rs.len() {
                    0 => String::new(),
                    1 => format!(" {}", rs[0]),
                    _ => format!(" ({})", rs.join(", ")),
                };
                (Kind::Func, format!("func({}){res}", ps.join(", ")))
            }
            Type::Struct(fields) => {
                let mut rf = Vec::new();
                let mut parts = Vec::new();
                for f in &fields {
                    let ty = self.rtype(f.ty);
                    let name = self.ast.name(f.name).to_string();
                    let tn = self.program.types.get(ty).name.clone();
                    let mut part = if f.embedded { tn.clone() } else { format!("{name} {tn}") };
                    if !f.tag.is_empty() {
                        part.push(' ');
                        part.push_str(&String::from_utf8_lossy(&crate::format::quote(f.tag.as_bytes())));
                    }
                    parts.push(part);
                    rf.push(RField { name, exported: f.exported, embedded: f.embedded, ty, tag: f.tag.clone() });
                }
                let name = if parts.is_empty() {
                    "struct {}".to_string()
                } else {
                    format!("struct {{ {} }}", parts.join("; "))
                };
                (Kind::Struct(rf), name)
            }
            Type::Interface { methods, .. } => {
                let mut names = Vec::new();
                let mut parts = Vec::new();
                for (m, sig) in &methods {
                    let n = self.ast.name(*m).to_string();
                    let s = self.type_name(*sig);
                    names.push((self.method_name(&n), self.rtype(*sig)));
                    parts.push(format!("{n}{}", s.trim_start_matches("func")));
                }
                names.sort_unstable();
                let name = if parts.is_empty() {
                    "interface {}".to_string()
                } else {
                    format!("interface {{ {} }}", parts.join("; "))
                };
                let (methods, sigs) = names.into_iter().unzip();
                (Kind::Interface { methods, sigs }, name)
            }
            Type::Named(_) | Type::Tuple(_) | Type::Unknown => {
                self.unsupported_here("this type (generic or not yet modelled)");
                (Kind::Nil, "?".to_string())
            }
        }
    }

    pub(super) fn type_name(&mut self, t: TypeId) -> String {
        let i = self.rtype(t);
        self.program.types.get(i).name.clone()
    }

    pub(super) fn method_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_ids.get(name) {
            return i;
        }
        self.program.method_names.push(name.to_string());
        let i = (self.program.method_names.len() - 1) as u32;
        self.method_ids.insert(name.to_string(), i);
        i
    }
}
