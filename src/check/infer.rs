//! Type inference and constraint satisfaction for generic calls (spec "Type inference",
//! "Satisfying a type constraint"), over the generic declaration's AST: a parameter type
//! expression is unified with an argument's type, binding type-parameter names; no type-parameter
//! type exists in the type model (see `check::generic`).

use super::Checker;
use super::Target;
use super::expr::{Mode, Operand, unparen};
use super::generic::TypeSet;
use crate::ast::{BinOp, ExprId, ExprKind, Field, FuncDecl, Symbol, UnOp};
use crate::source::Pos;
use crate::types::{BasicKind, Type, TypeId, UNKNOWN};

/// A generic declaration's type parameters: name, position, constraint.
type TypeParams = Vec<(Symbol, Pos, ExprId)>;

/// Why a type argument does not satisfy its constraint: `{arg} {rest}` in Go's words.
pub(super) struct Unsatisfied {
    pub arg: String,
    pub rest: String,
    /// A missing method (which inference reports with the parameter's name).
    pub method: bool,
}

impl Checker<'_> {
    /// Infers the type arguments of a call from its explicit ones and its arguments' types:
    /// typed arguments first, then constraints' core types, then untyped constants' default
    /// types (spec "Type inference"). `None` when some parameter stays unknown or conflicts.
    pub(super) fn infer(
        &mut self,
        fd: &FuncDecl,
        tparams: &[(Symbol, Pos, ExprId)],
        explicit: &[TypeId],
        ops: &[Operand],
        spread: bool,
    ) -> Option<Vec<TypeId>> {
        let ast = self.ast;
        if explicit.len() > tparams.len() {
            return None;
        }
        let mut b: Vec<Option<TypeId>> = vec![None; tparams.len()];
        for (k, &t) in explicit.iter().enumerate() {
            b[k] = Some(t);
        }
        let ptypes: Vec<ExprId> =
            fd.sig.params.iter().flat_map(|f| std::iter::repeat_n(f.ty, f.names.len().max(1))).collect();
        let variadic = ptypes.last().is_some_and(|&p| matches!(ast[p].kind, ExprKind::Ellipsis(_)));
        let mut pairs: Vec<(ExprId, &Operand)> = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            let pe = if variadic && i + 1 >= ptypes.len() {
                let last = *ptypes.last()?;
                match ast[last].kind {
                    ExprKind::Ellipsis(Some(x)) if !spread => x,
                    _ => last,
                }
            } else {
                *ptypes.get(i)?
            };
            pairs.push((pe, op));
        }
        for &(pe, op) in &pairs {
            if op.mode == Mode::Nil || self.types.is_untyped(op.ty) {
                continue;
            }
            if self.types.is_vague(op.ty) || !self.unify(pe, op.ty, tparams, &mut b, 0) {
                return None;
            }
        }
        self.core_type_inference(tparams, &mut b);
        // Untyped constants for parameters of a bare type-parameter type: the default type of
        // the "largest" kind among them.
        for (k, &(name, _, _)) in tparams.iter().enumerate() {
            if b[k].is_some() {
                continue;
            }
            let rank = |c: &Self, t: TypeId| match c.types.basic(t) {
                Some(BasicKind::UntypedInt) => 1,
                Some(BasicKind::UntypedRune) => 2,
                Some(BasicKind::UntypedFloat) => 3,
                Some(BasicKind::UntypedComplex) => 4,
                _ => 0,
            };
            let mut best: Option<TypeId> = None;
            for &(pe, op) in &pairs {
                if op.mode != Mode::Nil
                    && self.types.is_untyped(op.ty)
                    && matches!(ast[unparen(ast, pe)].kind, ExprKind::Ident(n) if n == name)
                    && best.is_none_or(|bt| rank(self, op.ty) > rank(self, bt))
                {
                    best = Some(op.ty);
                }
            }
            b[k] = best.map(|t| self.default_type(t));
        }
        self.core_type_inference(tparams, &mut b);
        b.into_iter().collect()
    }

    /// `[S ~[]E, E any]`: a bound parameter's constraint with a single (tilde) term unifies that
    /// term with the argument (its underlying type, for a tilde term).
    pub(super) fn core_type_inference(&mut self, tparams: &[(Symbol, Pos, ExprId)], b: &mut [Option<TypeId>]) {
        let ast = self.ast;
        for _ in 0..tparams.len() {
            let mut progress = false;
            for (k, &(_, _, c)) in tparams.iter().enumerate() {
                let Some(bound) = b[k] else { continue };
                let c = unparen(ast, c);
                let unbound = b.iter().filter(|x| x.is_none()).count();
                if let ExprKind::Index(x, idx) = &ast[c].kind {
                    // A generic constraint `C[T]`: C's core term, in C's own parameters, then
                    // the arguments with what those matched.
                    let Some((gparams, body)) = self.generic_decl(unparen(ast, *x)) else { continue };
                    let Some((tilde, term)) = Self::core_term(ast, body) else { continue };
                    if gparams.len() != idx.len() {
                        continue;
                    }
                    let t = if tilde { self.types.under(bound) } else { bound };
                    let mut gb = vec![None; gparams.len()];
                    self.unify(term, t, &gparams, &mut gb, 0);
                    for (&p, bt) in idx.iter().zip(gb) {
                        if let Some(bt) = bt {
                            self.unify(p, bt, tparams, b, 0);
                        }
                    }
                } else {
                    let Some((tilde, term)) = Self::core_term(ast, c) else { continue };
                    let t = if tilde { self.types.under(bound) } else { bound };
                    self.unify(term, t, tparams, b, 0);
                }
                progress |= b.iter().filter(|x| x.is_none()).count() < unbound;
            }
            if !progress {
                return;
            }
        }
    }

    /// The single structural term of constraint `c` (`~[]E`, `*T`, or an interface whose only
    /// type element is one), and whether it has a tilde.
    fn core_term(ast: &crate::ast::Ast, c: ExprId) -> Option<(bool, ExprId)> {
        match &ast[unparen(ast, c)].kind {
            ExprKind::Unary(UnOp::Tilde, x) => Some((true, *x)),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::Star(_)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. } => Some((false, c)),
            ExprKind::InterfaceType { elems, .. } => {
                let mut terms = elems.iter().filter_map(|e| match e {
                    crate::ast::InterfaceElem::Embed(x) => Some(*x),
                    _ => None,
                });
                let (first, rest) = (terms.next()?, terms.next());
                if rest.is_some() {
                    return None;
                }
                Self::core_term(ast, first)
            }
            _ => None,
        }
    }

    /// The type parameters and declared type of the generic type named by `gx` (an identifier or
    /// qualified identifier already resolved).
    fn generic_decl(&self, gx: ExprId) -> Option<(TypeParams, ExprId)> {
        let o = self.info.uses.get(gx.index()).copied().flatten()?;
        let Some(super::PkgDecl::Type { decl, spec }) = self.obj(o).decl else { return None };
        let crate::ast::DeclKind::Type(specs) = &self.ast[decl].kind else { return None };
        let s = specs.get(spec).filter(|s| !s.alias)?;
        Some((super::generic::type_params(&s.type_params), s.ty))
    }

    /// Unifies parameter type expression `pe` (of the generic signature) with type `t`, binding
    /// type parameters in `b`. False on a conflict.
    fn unify(
        &self,
        pe: ExprId,
        t: TypeId,
        tparams: &[(Symbol, Pos, ExprId)],
        b: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        let ast = self.ast;
        if depth > 50 {
            return true;
        }
        let d = depth + 1;
        // Structural patterns match a defined type through its underlying type.
        let u = self.types.get(self.types.under(t)).clone();
        match &ast[pe].kind {
            ExprKind::Paren(x) => self.unify(*x, t, tparams, b, d),
            ExprKind::Ident(n) => match tparams.iter().position(|(s, _, _)| s == n) {
                Some(k) => match b[k] {
                    Some(bt) => self.types.identical(bt, t),
                    None => {
                        b[k] = Some(t);
                        true
                    }
                },
                None => true,
            },
            ExprKind::Star(x) => match u {
                Type::Pointer(e) => self.unify(*x, e, tparams, b, d),
                _ => false,
            },
            ExprKind::ArrayType { len: None, elem } | ExprKind::Ellipsis(Some(elem)) => match u {
                Type::Slice(e) => self.unify(*elem, e, tparams, b, d),
                _ => false,
            },
            ExprKind::ArrayType { len: Some(_), elem } => match u {
                Type::Array(_, e) => self.unify(*elem, e, tparams, b, d),
                _ => false,
            },
            ExprKind::MapType(k, v) => match u {
                Type::Map(kt, vt) => self.unify(*k, kt, tparams, b, d) && self.unify(*v, vt, tparams, b, d),
                _ => false,
            },
            ExprKind::ChanType(_, el) => match u {
                Type::Chan(_, e) => self.unify(*el, e, tparams, b, d),
                _ => false,
            },
            ExprKind::FuncType(ft) => {
                let Type::Func(sig) = u else { return false };
                self.unify_sig(ft, &sig, tparams, b, d)
            }
            ExprKind::StructType { fields, .. } => {
                let Type::Struct(fs) = u else { return false };
                let pats: Vec<ExprId> =
                    fields.iter().flat_map(|f| std::iter::repeat_n(f.ty, f.names.len().max(1))).collect();
                pats.len() == fs.len() && pats.iter().zip(&fs).all(|(&p, f)| self.unify(p, f.ty, tparams, b, d))
            }
            ExprKind::Index(x, idx) => {
                // An instantiated generic type: unify the type arguments.
                let gx = unparen(ast, *x);
                let gname = match &ast[gx].kind {
                    ExprKind::Ident(n) => *n,
                    ExprKind::Selector(_, n) => n.name,
                    _ => return true,
                };
                match self.types.get(t) {
                    Type::Named(n) if n.name == gname && n.type_args.len() == idx.len() => {
                        let targs = n.type_args.clone();
                        idx.iter().zip(targs).all(|(&p, a)| self.unify(p, a, tparams, b, d))
                    }
                    _ => self.unify_through_underlying(gx, idx, t, tparams, b, d),
                }
            }
            _ => true,
        }
    }

    /// Pattern `G[idx...]` against a type t that is not an instance of G (a func literal passed
    /// as an iter.Seq[V], say): unify G's declared type, in G's own type parameters, with t, then
    /// the pattern's arguments with what those parameters matched.
    fn unify_through_underlying(
        &self,
        gx: ExprId,
        idx: &[ExprId],
        t: TypeId,
        tparams: &[(Symbol, Pos, ExprId)],
        b: &mut [Option<TypeId>],
        d: u32,
    ) -> bool {
        let Some((gparams, ty)) = self.generic_decl(gx) else { return true };
        if gparams.len() != idx.len() {
            return true;
        }
        let mut gb = vec![None; gparams.len()];
        if !self.unify(ty, t, &gparams, &mut gb, d) {
            return false;
        }
        idx.iter().zip(gb).all(|(&p, bt)| bt.is_none_or(|bt| self.unify(p, bt, tparams, b, d)))
    }

    pub(super) fn unify_sig(
        &self,
        ft: &crate::ast::FuncType,
        sig: &crate::types::Signature,
        tparams: &[(Symbol, Pos, ExprId)],
        b: &mut [Option<TypeId>],
        d: u32,
    ) -> bool {
        let flat = |fields: &[Field]| -> Vec<ExprId> {
            fields.iter().flat_map(|f| std::iter::repeat_n(f.ty, f.names.len().max(1))).collect()
        };
        let (ps, rs) = (flat(&ft.params), flat(&ft.results));
        if ps.len() != sig.params.len() || rs.len() != sig.results.len() {
            return false;
        }
        ps.iter().zip(&sig.params).chain(rs.iter().zip(&sig.results)).all(|(&p, &s)| self.unify(p, s, tparams, b, d))
    }

    /// The first type argument that does not satisfy its constraint, with Go's message.
    pub(super) fn unsatisfied(
        &mut self,
        tparams: &[(Symbol, Pos, ExprId)],
        args: &[TypeId],
        file: usize,
        pkg: usize,
    ) -> Option<(usize, Unsatisfied)> {
        let before = self.diags.len();
        let r = self.in_context(Target::Discard, file, pkg, |c| {
            c.bind_type_params(tparams, args);
            tparams
                .iter()
                .zip(args)
                .enumerate()
                .find_map(|(k, (&(_, _, cexpr), &a))| c.satisfies(a, cexpr).map(|m| (k, m)))
        });
        self.diags.truncate(before);
        r
    }

    /// Why `arg` does not satisfy the constraint `cexpr`, as Go words it; `None` when it does.
    fn satisfies(&mut self, arg: TypeId, cexpr: ExprId) -> Option<Unsatisfied> {
        let ast = self.ast;
        let c = unparen(ast, cexpr);
        let mut set = TypeSet::default();
        let mut methods = Vec::new();
        match &ast[c].kind {
            ExprKind::Binary(BinOp::Or, ..) | ExprKind::Unary(UnOp::Tilde, _) => set.unions.push(self.union_terms(c)),
            _ => {
                let t = self.resolve_type(c);
                if self.is_comparable_constraint(c, t) {
                    set.comparable = true;
                } else if let Type::Interface { methods: m, .. } = self.types.get(self.types.under(t)) {
                    methods = m.clone();
                    if let Some(ts) = self.generics.type_sets.get(&self.types.under(t)) {
                        set = ts.clone();
                    }
                } else if !self.types.is_vague(t) {
                    set.unions.push(vec![(false, t)]);
                }
            }
        }
        let a = self.type_string(arg);
        let cs = self.expr_string(c);
        let fail = |rest: String, method: bool| Some(Unsatisfied { arg: a.clone(), rest, method });
        for (m, _) in &methods {
            let n = self.name(*m);
            match self.method_of(arg, *m, 0) {
                Some((_, false)) => {}
                Some((_, true)) => {
                    return fail(format!("does not satisfy {cs} (method {n} has pointer receiver)"), true);
                }
                None => return fail(format!("does not satisfy {cs} (missing method {n})"), true),
            }
        }
        if set.comparable && !self.is_comparable(arg, 0) {
            return fail(format!("does not satisfy {cs}"), false);
        }
        for union in &set.unions {
            let ok = union.iter().any(|&(tilde, t)| {
                self.types.is_vague(t)
                    || if tilde {
                        self.types.identical(self.types.under(arg), self.types.under(t))
                    } else {
                        self.types.identical(arg, t)
                    }
            });
            if !ok {
                let terms: Vec<String> = union
                    .iter()
                    .map(|&(tilde, t)| format!("{}{}", if tilde { "~" } else { "" }, self.type_string(t)))
                    .collect();
                return fail(format!("does not satisfy {cs} ({a} missing in {})", terms.join(" | ")), false);
            }
        }
        None
    }

    fn is_comparable_constraint(&mut self, c: ExprId, t: TypeId) -> bool {
        let ExprKind::Ident(n) = self.ast[c].kind else { return false };
        t == UNKNOWN && self.name(n) == "comparable" && self.lookup(n) == self.universe.get(&n).copied()
    }

    /// The spec's comparable types (strictly: no slices, maps or functions, also inside).
    pub(super) fn is_comparable(&self, t: TypeId, depth: u32) -> bool {
        if depth > 20 {
            return true;
        }
        match self.types.get(self.types.under(t)) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fields) => fields.iter().all(|f| self.is_comparable(f.ty, depth + 1)),
            Type::Array(_, e) => self.is_comparable(*e, depth + 1),
            _ => true,
        }
    }

    /// The terms of a union `~int | ~float64 | string` (each leaf resolved as a type).
    pub(super) fn union_terms(&mut self, x: ExprId) -> Vec<(bool, TypeId)> {
        let ast = self.ast;
        match &ast[x].kind {
            ExprKind::Binary(BinOp::Or, a, b) => {
                let mut v = self.union_terms(*a);
                v.extend(self.union_terms(*b));
                v
            }
            ExprKind::Paren(y) => self.union_terms(*y),
            ExprKind::Unary(UnOp::Tilde, y) => vec![(true, self.resolve_type(*y))],
            ExprKind::Binary(..) | ExprKind::Unary(..) => {
                self.mark_type_uses(x);
                vec![(false, UNKNOWN)]
            }
            _ => vec![(false, self.resolve_type(x))],
        }
    }
}
