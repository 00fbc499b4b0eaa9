//! Inlining of leaf functions: a call of a declared function whose body is `return E`, where E is
//! arithmetic, comparison, logic and numeric conversion over its integer, float and bool
//! parameters and constants, compiles to E itself, its parameters bound to the arguments'
//! registers. Such an E can neither panic (integer division only by a nonzero constant, shifts
//! only by constants), nor call, nor touch memory, nor loop, so no trace, race report, stack
//! depth or preemption point can tell the difference; the call's frame set-up and return cost
//! more than E in the functions this catches (`a(i, j)` of spectralnorm).

use super::Compiler;
use super::expr::Cat;
use super::func::Loc;
use crate::ast::{BinOp, DeclId, DeclKind, ExprId, ExprKind, StmtKind, UnOp};
use crate::check::ObjId;
use crate::types::TypeId;
use crate::vm::op::{Op, R};

/// What a call of an inlinable function is replaced by.
pub(super) struct InlineBody {
    /// The parameters' objects, in order.
    params: Vec<ObjId>,
    /// The returned expression.
    result: ExprId,
}

impl Compiler<'_> {
    /// Records function `obj`, declared by `d`, as inlinable if its body qualifies.
    pub(super) fn note_inlinable(&mut self, obj: ObjId, d: DeclId) {
        let ast = self.ast;
        let DeclKind::Func(fd) = &ast[d].kind else { return };
        let Some(body) = &fd.body else { return };
        if fd.recv.is_some() || !fd.sig.type_params.is_empty() || fd.sig.results.len() != 1 {
            return;
        }
        let [s] = body.stmts.as_slice() else { return };
        let StmtKind::Return(values) = &ast[*s].kind else { return };
        let [result] = values.as_slice() else { return };
        let mut params = Vec::new();
        for p in &fd.sig.params {
            if p.names.is_empty() {
                return;
            }
            for n in &p.names {
                let Some(o) = self.def_of(n.pos) else { return };
                if !self.is_scalar(self.info.objects[o.0 as usize].ty) {
                    return;
                }
                params.push(o);
            }
        }
        let ft = self.info.objects[obj.0 as usize].ty;
        let crate::types::Type::Func(sig) = self.info.types.get(self.info.types.under(ft)) else { return };
        let ([rt], false) = (sig.results.as_slice(), sig.variadic) else { return };
        let rt = *rt;
        // E's own type, or a comparison's untyped bool for a bool result (the same 0 or 1 word).
        let et = self.ty(*result);
        let same_type = et == rt || (self.cat(et) == Cat::Bool && self.cat(rt) == Cat::Bool);
        if !self.is_scalar(rt) || !same_type || !self.is_pure(*result, &params) {
            return;
        }
        self.inlinable.insert(obj, InlineBody { params, result: *result });
    }

    /// Compiles call `e` as its callee's body if the callee is inlinable; the result's register.
    pub(super) fn inline_call(&mut self, e: ExprId) -> Option<R> {
        let ast = self.ast;
        let ExprKind::Call { func, args, ellipsis: None, .. } = &ast[e].kind else { return None };
        // A `go`/`defer` thunk keeps the call, so the goroutine or deferred call is the function's.
        if !self.arg_overrides.is_empty() {
            return None;
        }
        let o = self.obj_of(super::expr_unparen(ast, *func))?;
        let body = self.inlinable.get(&o)?;
        if args.len() != body.params.len() {
            return None;
        }
        let (params, result) = (body.params.clone(), body.result);
        let d = self.reg();
        let save_outer = self.f().next;
        // Every argument first, then the bindings: an argument may itself be an inlined call of
        // the same function, which binds (and then unbinds) the same parameter objects.
        let mut regs = Vec::with_capacity(params.len());
        for (&p, &arg) in params.iter().zip(args.iter()) {
            let t = self.info.objects[p.0 as usize].ty;
            // The argument's register itself: E only reads it, and nothing between here and E's
            // end can write a register-held variable (an assigned-by-closure one lives in a cell).
            regs.push(self.expr_as(arg, t));
        }
        let outer: Vec<Option<Loc>> =
            params.iter().zip(&regs).map(|(&p, &r)| self.f().vars.insert(p, Loc::Reg(r))).collect();
        let r = self.expr(result);
        for (p, old) in params.iter().zip(outer) {
            match old {
                Some(loc) => self.f().vars.insert(*p, loc),
                None => self.f().vars.remove(p),
            };
        }
        self.f().next = save_outer;
        self.emit(Op::Move { d, a: r });
        Some(d)
    }

    /// An integer, float or bool type (named or not): one word, no memory behind it.
    fn is_scalar(&self, t: TypeId) -> bool {
        matches!(self.cat(t), Cat::Int { .. } | Cat::Float { .. } | Cat::Bool)
    }

    /// Whether `e` is made of `params`, constants and operators that cannot panic, over scalars.
    fn is_pure(&self, e: ExprId, params: &[ObjId]) -> bool {
        let ast = self.ast;
        if self.is_const(e) {
            return true;
        }
        if !self.is_scalar(self.ty(e)) {
            return false;
        }
        match &ast[e].kind {
            ExprKind::Paren(x) => self.is_pure(*x, params),
            ExprKind::Ident(_) => self.obj_of(e).is_some_and(|o| params.contains(&o)),
            ExprKind::Unary(UnOp::Pos | UnOp::Neg | UnOp::Not | UnOp::Xor, x) => self.is_pure(*x, params),
            ExprKind::Binary(op, l, r) => {
                let int_operands = self.info.types.basic(self.ty(*l)).is_some_and(|k| k.is_integer());
                let ok = match op {
                    BinOp::Quo | BinOp::Rem if int_operands => self.const_of(*r).is_some_and(|v| !v.is_zero()),
                    BinOp::Shl | BinOp::Shr => self.is_const(*r),
                    _ => true,
                };
                ok && self.is_pure(*l, params) && self.is_pure(*r, params)
            }
            // A numeric conversion: T(x) with T a scalar type.
            ExprKind::Call { func, args, ellipsis: None, .. } if self.is_type_expr(*func) => {
                matches!(args.as_slice(), [x] if self.is_scalar(self.ty(*x)) && self.is_pure(*x, params))
            }
            _ => false,
        }
    }
}
