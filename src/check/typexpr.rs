//! Type expressions: from AST expressions to types.

use super::Checker;
use crate::ast::{ExprId, ExprKind, FuncType, InterfaceElem};
use crate::types::{Field, Signature, Type, TypeId, UNKNOWN};

impl Checker<'_> {
    /// The type an expression denotes; reports `undefined: x` or `x is not a type`.
    pub(super) fn resolve_type(&mut self, e: ExprId) -> TypeId {
        let t = self.resolve_type_inner(e);
        self.record_type_expr(e, t);
        t
    }

    fn resolve_type_inner(&mut self, e: ExprId) -> TypeId {
        let ast = self.ast;
        if self.expr_depth > super::MAX_EXPR_DEPTH {
            return UNKNOWN;
        }
        self.expr_depth += 1;
        let span = ast[e].span;
        let t = match &ast[e].kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let op = self.expr_or_type(e);
                match op.mode {
                    super::Mode::TypeExpr => op.ty,
                    super::Mode::Value if self.types.is_unknown(op.ty) => UNKNOWN,
                    _ if op.invalid => UNKNOWN,
                    _ => {
                        let what = self.not_a_type_text(e, &op);
                        self.error(span, format!("{what} is not a type"));
                        UNKNOWN
                    }
                }
            }
            ExprKind::Paren(x) => self.resolve_type(*x),
            ExprKind::Index(x, args) => {
                // An instantiated generic type.
                let g = self.resolve_type(*x);
                let targs: Vec<TypeId> = args.iter().map(|&a| self.resolve_type(a)).collect();
                match self.types.get(g) {
                    Type::Named(n) if n.generic => self.instantiate_type(g, targs),
                    _ => UNKNOWN,
                }
            }
            ExprKind::Star(x) => {
                let el = self.resolve_type(*x);
                self.types.add(Type::Pointer(el))
            }
            ExprKind::ArrayType { len: None, elem } => {
                let el = self.resolve_type(*elem);
                self.types.add(Type::Slice(el))
            }
            ExprKind::ArrayType { len: Some(n), elem } => {
                let len = match ast[*n].kind {
                    ExprKind::Ellipsis(None) => None,
                    _ => {
                        let op = self.expr(*n, None);
                        match op.val.as_ref().and_then(|v| v.to_i64()) {
                            Some(v) if v >= 0 => Some(v as u64),
                            _ if op.invalid || self.types.is_unknown(op.ty) => None,
                            _ => {
                                let s = self.expr_string(*n);
                                self.error(
                                    ast[*n].span,
                                    format!("array length {s} (value of type int) must be constant"),
                                );
                                None
                            }
                        }
                    }
                };
                let el = self.resolve_type(*elem);
                self.types.add(Type::Array(len, el))
            }
            ExprKind::MapType(ke, v) => {
                let k = self.resolve_type(*ke);
                if !self.is_comparable(k, 0) && !self.types.is_vague(k) {
                    let ks = self.type_string(k);
                    self.error(self.ast[*ke].span, format!("invalid map key type {ks}"));
                }
                let v = self.resolve_type(*v);
                self.types.add(Type::Map(k, v))
            }
            ExprKind::ChanType(d, el) => {
                let el = self.resolve_type(*el);
                self.types.add(Type::Chan(*d, el))
            }
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::StructType { fields, .. } => {
                let mut out = Vec::new();
                for f in fields {
                    let ty = self.resolve_type(f.ty);
                    let tag = f.tag.as_deref().map_or_else(String::new, |t| {
                        String::from_utf8_lossy(&crate::lexer::literal::decode_string(t)).into_owned()
                    });
                    if f.names.is_empty() {
                        let name = embedded_name(ast, f.ty).unwrap_or(self.blank);
                        out.push(Field { name, ty, embedded: true, exported: true, tag: tag.clone() });
                    }
                    for n in &f.names {
                        let exported = self.name(n.name).starts_with(|c: char| c.is_uppercase());
                        out.push(Field { name: n.name, ty, embedded: false, exported, tag: tag.clone() });
                    }
                }
                self.types.add(Type::Struct(out))
            }
            ExprKind::InterfaceType { elems, .. } => {
                let mut methods = Vec::new();
                let mut exact = true;
                let mut set = super::generic::TypeSet::default();
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            let s = self.func_type(sig);
                            methods.push((name.name, s));
                        }
                        InterfaceElem::Embed(x) => {
                            if matches!(ast[*x].kind, ExprKind::Binary(..) | ExprKind::Unary(..)) {
                                let terms = self.union_terms(*x);
                                set.unions.push(terms);
                                exact = false;
                                continue;
                            }
                            let t = self.resolve_type(*x);
                            let u = self.types.under(t);
                            match self.types.get(u) {
                                Type::Interface { methods: m, exact: e } => {
                                    methods.extend(m.iter().copied());
                                    exact &= *e;
                                    if let Some(ts) = self.generics.type_sets.get(&u) {
                                        set.unions.extend(ts.unions.iter().cloned());
                                        set.comparable |= ts.comparable;
                                    }
                                }
                                Type::Unknown => {
                                    exact = false;
                                    if let ExprKind::Ident(n) = ast[*x].kind
                                        && self.name(n) == "comparable"
                                    {
                                        set.comparable = true;
                                    }
                                }
                                _ => {
                                    // A single-type term.
                                    set.unions.push(vec![(false, t)]);
                                    exact = false;
                                }
                            }
                        }
                    }
                }
                methods.sort_by_key(|(n, _)| self.name(*n));
                methods.dedup_by_key(|(n, _)| *n);
                let t = self.types.add(Type::Interface { methods, exact });
                if !set.unions.is_empty() || set.comparable {
                    self.generics.type_sets.insert(t, set);
                }
                t
            }
            ExprKind::Ellipsis(Some(x)) => {
                let el = self.resolve_type(*x);
                self.types.add(Type::Slice(el))
            }
            _ => {
                let s = self.expr_string(e);
                self.error(span, format!("{s} is not a type"));
                UNKNOWN
            }
        };
        self.expr_depth -= 1;
        t
    }

    /// How `x is not a type` names the value `op` of expression `e`.
    pub(super) fn not_a_type_text(&mut self, e: ExprId, op: &super::Operand) -> String {
        match op.mode {
            super::Mode::Var if self.is_local_var(e) => format!("{} (local variable)", self.expr_string(e)),
            _ => self.operand_string(op),
        }
    }

    fn is_local_var(&self, e: ExprId) -> bool {
        let o = self.use_of(e);
        o.is_some_and(|o| self.obj(o).decl.is_none() && self.obj(o).kind == super::ObjKind::Var)
    }

    /// Marks names used inside a constraint or other unmodelled type expression.
    pub(super) fn mark_type_uses(&mut self, e: ExprId) {
        let ast = self.ast;
        match &ast[e].kind {
            ExprKind::Binary(_, a, b) => {
                self.mark_type_uses(*a);
                self.mark_type_uses(*b);
            }
            ExprKind::Unary(_, x) => self.mark_type_uses(*x),
            _ => {
                self.resolve_type(e);
            }
        }
    }

    pub(super) fn func_type(&mut self, ft: &FuncType) -> TypeId {
        let sig = self.signature(ft);
        self.types.add(Type::Func(sig))
    }

    pub(super) fn signature(&mut self, ft: &FuncType) -> Signature {
        let ast = self.ast;
        let mut sig = Signature::default();
        for (i, f) in ft.params.iter().enumerate() {
            let variadic = matches!(ast[f.ty].kind, ExprKind::Ellipsis(_));
            if variadic && i + 1 != ft.params.len() {
                self.error(ast[f.ty].span, "can only use ... with final parameter in list");
            }
            sig.variadic |= variadic && i + 1 == ft.params.len();
            let t = self.resolve_type(f.ty);
            for _ in 0..f.names.len().max(1) {
                sig.params.push(t);
            }
        }
        for f in &ft.results {
            let t = self.resolve_type(f.ty);
            for _ in 0..f.names.len().max(1) {
                sig.results.push(t);
            }
        }
        sig
    }
}

fn embedded_name(ast: &crate::ast::Ast, mut t: ExprId) -> Option<crate::ast::Symbol> {
    for _ in 0..4 {
        match &ast[t].kind {
            ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::Index(x, _) => t = *x,
            ExprKind::Selector(_, n) => return Some(n.name),
            ExprKind::Ident(n) => return Some(*n),
            _ => return None,
        }
    }
    None
}
