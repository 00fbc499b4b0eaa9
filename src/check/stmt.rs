//! Function bodies and statements: scopes, assignments, control flow, labels, `declared and not
//! used`, and `missing return` (spec "Terminating statements").

use super::expr::{Mode, Operand};
use super::{Checker, ObjId, ObjKind};
use crate::ast::{
    AssignOp, Block, BranchKind, ExprId, ExprKind, FuncDecl, FuncType, StmtId, StmtKind, Symbol, ValueSpec,
};
use crate::source::{Pos, Span};
use crate::types::constant::Value;
use crate::types::{BasicKind, Named, Type, TypeId, UNKNOWN};
use rustc_hash::FxHashMap as HashMap;

#[derive(Default)]
pub(super) struct FuncCtx {
    results: Vec<TypeId>,
    named_results: bool,
    labels: HashMap<Symbol, (Pos, bool)>,
    /// Each labelled break/continue/goto, and whether its label names an enclosing statement
    /// the branch may target (checked once all labels are known).
    label_refs: Vec<(Symbol, Pos, BranchKind, bool)>,
    /// Labels of the enclosing labelled statements: whether each is a loop (continue-able) or
    /// only a switch or select (break-able).
    enclosing: Vec<(Symbol, bool)>,
    /// Local variables declared in this function (closures included), for `declared and not used`.
    locals: Vec<ObjId>,
    loops: u32,
    breakables: u32,
    /// The `fallthrough` statement ending the switch clause being checked, the only place one
    /// may stand (errors for a misplaced one in a final or type-switch clause are reported by the
    /// switch itself).
    fallthrough_ok: Option<StmtId>,
}

impl Checker<'_> {
    pub(super) fn check_func_decl(&mut self, fd: &FuncDecl) {
        if fd.body.is_none() {
            return;
        }
        self.scopes.push();
        self.declare_type_params(&fd.sig.type_params);
        if let Some(recv) = &fd.recv {
            self.declare_receiver_type_params(recv.ty);
        }
        self.func_decl_rest(fd, None);
        self.scopes.pop();
    }

    /// A function declaration's receiver, signature and body, its type parameters in scope.
    /// `recv_type`: the receiver's type when already known (a generic type's instance method).
    pub(super) fn func_decl_rest(&mut self, fd: &FuncDecl, recv_type: Option<TypeId>) {
        let Some(body) = &fd.body else { return };
        if let Some(recv) = &fd.recv {
            let t = match recv_type {
                Some(t) => {
                    self.record_type_expr(recv.ty, t);
                    t
                }
                None => self.resolve_type(recv.ty),
            };
            let base = match self.types.get(t) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            let local = match self.types.get(base) {
                Type::Named(n) => n.pkg == self.packages.get(self.cur_pkg).map(|p| p.name),
                Type::Unknown => true,
                _ => false,
            };
            if !local {
                let ts = self.type_string(base);
                self.error(self.ast[recv.ty].span, format!("cannot define new methods on non-local type {ts}"));
            }
            for n in &recv.names {
                let o = self.new_obj(n.name, ObjKind::Var, t, n.pos);
                self.obj_mut(o).used = true;
                self.declare_local(n.name, o, n.pos);
            }
        }
        let t = self.func_type(&fd.sig);
        self.func_body(&fd.sig, body, t, false);
    }

    /// Checks a function body with its parameters in scope. `lit` for function literals.
    pub(super) fn func_body(&mut self, sig: &FuncType, body: &Block, t: TypeId, lit: bool) {
        let Type::Func(s) = self.types.get(t).clone() else { return };
        if lit {
            self.depth += 1;
        }
        self.funcs.push(FuncCtx {
            results: s.results.clone(),
            named_results: sig.results.iter().any(|f| !f.names.is_empty()),
            ..FuncCtx::default()
        });
        self.scopes.push();
        let mut i = 0;
        for f in sig.params.iter().chain(&sig.results) {
            for n in &f.names {
                let pt = if i < s.params.len() {
                    s.params[i]
                } else {
                    s.results.get(i - s.params.len()).copied().unwrap_or(UNKNOWN)
                };
                let o = self.new_obj(n.name, ObjKind::Var, pt, n.pos);
                self.obj_mut(o).used = true;
                self.declare_local(n.name, o, n.pos);
                i += 1;
            }
            if f.names.is_empty() {
                i += 1;
            }
        }
        self.block_stmts(&body.stmts);
        if !s.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            self.error(Span::at(body.rbrace), "missing return");
        }
        self.scopes.pop();
        let mut ctx = self.funcs.pop().unwrap_or_default();
        for (name, _, _, _) in &ctx.label_refs {
            if let Some(l) = ctx.labels.get_mut(name) {
                l.1 = true;
            }
        }
        for (name, pos, kind, target_ok) in &ctx.label_refs {
            let n = self.name(*name);
            if !ctx.labels.contains_key(name) {
                let msg = match kind {
                    BranchKind::Break => format!("break label not defined: {n}"),
                    BranchKind::Continue => format!("continue label not defined: {n}"),
                    _ => format!("label {n} not defined"),
                };
                self.error(Span::at(*pos), msg);
            } else if !target_ok {
                let msg = match kind {
                    BranchKind::Break => format!("invalid break label {n}"),
                    _ => format!("invalid continue label {n}"),
                };
                self.error(Span::at(*pos), msg);
            }
        }
        let mut labels: Vec<_> = ctx.labels.iter().filter(|(_, (_, used))| !used).collect();
        labels.sort_by_key(|(_, (p, _))| *p);
        for (name, (pos, _)) in labels {
            let n = self.name(*name);
            self.error(Span::at(*pos), format!("label {n} defined and not used"));
        }
        match self.funcs.last_mut() {
            // A literal's locals are reported with its enclosing function's.
            Some(outer) if lit => outer.locals.extend(ctx.locals),
            _ => self.report_unused(&ctx.locals),
        }
        if lit {
            self.depth -= 1;
        }
    }

    fn report_unused(&mut self, locals: &[ObjId]) {
        for &o in locals {
            let obj = self.obj(o);
            if obj.kind == ObjKind::Var && !obj.used && obj.name != self.blank {
                let (n, pos) = (self.name(obj.name), obj.pos);
                self.error(Span::at(pos), format!("declared and not used: {n}"));
            }
        }
    }

    fn new_local(&mut self, name: Symbol, t: TypeId, pos: Pos) -> ObjId {
        let o = self.new_obj(name, ObjKind::Var, t, pos);
        if let Some(f) = self.funcs.last_mut() {
            f.locals.push(o);
        } else {
            self.obj_mut(o).used = true;
        }
        o
    }

    fn block_stmts(&mut self, stmts: &[StmtId]) {
        for &s in stmts {
            self.stmt(s);
        }
    }

    fn scoped(&mut self, f: impl FnOnce(&mut Self)) {
        self.scopes.push();
        f(self);
        self.scopes.pop();
    }

    pub(super) fn stmt(&mut self, s: StmtId) {
        let ast = self.ast;
        let span = ast[s].span;
        match &ast[s].kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(*d),
            StmtKind::Labeled { label, stmt } => {
                if let Some(f) = self.funcs.last_mut()
                    && f.labels.insert(label.name, (label.pos, false)).is_some()
                {
                    let n = self.name(label.name);
                    self.error(Span::at(label.pos), format!("label {n} already defined"));
                }
                let target = match &ast[*stmt].kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => Some(true),
                    StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => Some(false),
                    _ => None,
                };
                if let (Some(is_loop), Some(f)) = (target, self.funcs.last_mut()) {
                    f.enclosing.push((label.name, is_loop));
                }
                self.stmt(*stmt);
                if let (Some(_), Some(f)) = (target, self.funcs.last_mut()) {
                    f.enclosing.pop();
                }
            }
            StmtKind::Expr(x) => {
                let op = self.expr_or_type(*x);
                let inner = super::expr::unparen(ast, *x);
                let is_call_or_recv =
                    matches!(ast[inner].kind, ExprKind::Call { .. } | ExprKind::Unary(crate::ast::UnOp::Recv, _));
                if !op.invalid && !is_call_or_recv {
                    let s = self.operand_string(&op);
                    self.error(ast[*x].span, format!("{s} is not used"));
                }
            }
            StmtKind::Send { chan, value } => {
                let c = self.expr(*chan, None);
                let el = match self.types.get(self.types.under(c.ty)).clone() {
                    Type::Chan(crate::ast::ChanDir::Recv, el) => {
                        let (ts, s) = (self.type_string(c.ty), self.operand_string(&c));
                        self.error(span, format!("invalid operation: cannot send to receive-only channel {ts} {s}"));
                        Some(el)
                    }
                    Type::Chan(_, el) => Some(el),
                    _ if c.invalid || self.types.is_vague(c.ty) => None,
                    _ => {
                        let s = self.operand_string(&c);
                        self.error(span, format!("invalid operation: cannot send to non-channel {s}"));
                        None
                    }
                };
                let v = self.expr(*value, el);
                if let Some(el) = el {
                    self.assign(&v, el, "send");
                }
            }
            StmtKind::IncDec { x, .. } => {
                let op = self.read_target(*x);
                if let Some(k) = self.types.basic(op.ty)
                    && !k.is_numeric()
                    && !op.invalid
                {
                    let s = self.operand_string(&op);
                    self.error(ast[*x].span, format!("invalid operation: {s} non-numeric"));
                }
            }
            StmtKind::Assign { lhs, op, rhs, op_pos } => self.assign_stmt(span, *op_pos, lhs, *op, rhs),
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                let kw = if matches!(ast[s].kind, StmtKind::Go(_)) { "go" } else { "defer" };
                if !matches!(ast[super::expr::unparen(ast, *x)].kind, ExprKind::Call { .. }) {
                    self.expr(*x, None);
                    self.error(ast[*x].span, format!("expression in {kw} must be function call"));
                } else {
                    self.expr_or_type(*x);
                }
            }
            StmtKind::Return(vals) => self.return_stmt(span, vals),
            StmtKind::Branch { kind, label } => {
                if let Some(l) = label {
                    if let Some(f) = self.funcs.last_mut() {
                        let target_ok = match kind {
                            BranchKind::Break => f.enclosing.iter().any(|(n, _)| *n == l.name),
                            BranchKind::Continue => f.enclosing.iter().any(|&(n, is_loop)| n == l.name && is_loop),
                            _ => true,
                        };
                        f.label_refs.push((l.name, l.pos, *kind, target_ok));
                        if let Some(entry) = f.labels.get_mut(&l.name) {
                            entry.1 = true;
                        }
                    }
                    // A label defined later (goto forward) is marked used at the function's end.
                    return;
                }
                let (loops, breakables) = self.funcs.last().map_or((0, 0), |f| (f.loops, f.breakables));
                if *kind == BranchKind::Fallthrough && self.funcs.last().is_some_and(|f| f.fallthrough_ok != Some(s)) {
                    self.error(span, "fallthrough statement out of place");
                }
                match kind {
                    BranchKind::Break if breakables == 0 => {
                        self.error(span, "break is not in a loop, switch, or select")
                    }
                    BranchKind::Continue if loops == 0 => self.error(span, "continue is not in a loop"),
                    _ => {}
                }
            }
            StmtKind::Block(b) => self.scoped(|c| c.block_stmts(&b.stmts)),
            StmtKind::If { init, cond, then, els } => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(*i);
                }
                c.condition(*cond, "if statement");
                c.scoped(|c| c.block_stmts(&then.stmts));
                if let Some(e) = els {
                    c.stmt(*e);
                }
            }),
            StmtKind::For { init, cond, post, body } => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(*i);
                }
                if let Some(cnd) = cond {
                    c.condition(*cnd, "for statement");
                }
                if let Some(p) = post {
                    c.stmt(*p);
                }
                c.in_loop(true, |c| c.scoped(|c| c.block_stmts(&body.stmts)));
            }),
            StmtKind::Range { key, value, define, x, body, .. } => self.range_stmt(*key, *value, *define, *x, body),
            StmtKind::Switch { init, tag, body, .. } => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(*i);
                }
                let tag_ty = tag.map(|t| {
                    let op = c.expr(t, None);
                    let ty = c.default_type(op.ty);
                    if !op.invalid && op.mode != Mode::Nil && !c.is_comparable(ty, 0) && !c.types.is_vague(ty) {
                        let why = match c.types.get(c.types.under(ty)) {
                            Type::Slice(_) => "slice can only be compared to nil".to_string(),
                            Type::Map(..) => "map can only be compared to nil".to_string(),
                            Type::Func(_) => "func can only be compared to nil".to_string(),
                            _ => format!("{} is not comparable", c.type_string(ty)),
                        };
                        let s = c.operand_string(&op);
                        c.error(c.ast[t].span, format!("cannot switch on {s} ({why})"));
                    }
                    ty
                });
                let mut seen: Vec<Value> = Vec::new();
                for (ci, cl) in body.iter().enumerate() {
                    for &e in &cl.exprs {
                        let op = c.expr(e, tag_ty);
                        match tag_ty {
                            Some(t) => {
                                if let Some(v) = op.val.clone().filter(|v| *v != Value::Unknown) {
                                    // Checked on the generic body only: an instance may
                                    // make two cases equal (`case T(0), 0`), as Go allows.
                                    if seen.contains(&v) && !c.in_instance() {
                                        let typed = if c.types.is_untyped(op.ty) {
                                            Operand { ty: t, ..op.clone() }
                                        } else {
                                            op.clone()
                                        };
                                        let s = c.operand_string(&typed);
                                        c.error(c.ast[e].span, format!("duplicate case {s} in expression switch"));
                                    } else {
                                        seen.push(v);
                                    }
                                }
                                if !op.invalid
                                    && !c.types.is_vague(t)
                                    && !c.types.is_vague(op.ty)
                                    && !c.types.is_untyped(op.ty)
                                    && !c.assignable_quiet(op.ty, t)
                                    && !c.assignable_quiet(t, op.ty)
                                {
                                    let (es, ts, ots) = (c.expr_string(e), c.type_string(t), c.type_string(op.ty));
                                    let tag_s = tag.map(|t| c.expr_string(t)).unwrap_or_default();
                                    c.error(
                                        c.ast[e].span,
                                        format!(
                                            "invalid case {es} in switch on {tag_s} (mismatched types {ots} and {ts})"
                                        ),
                                    );
                                }
                            }
                            None => c.condition_value(&op, "case"),
                        }
                    }
                    if let Some(&last) = cl.body.last()
                        && matches!(c.ast[last].kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. })
                    {
                        if ci + 1 == body.len() {
                            c.error(c.ast[last].span, "cannot fallthrough final case in switch");
                        }
                        if let Some(f) = c.funcs.last_mut() {
                            f.fallthrough_ok = Some(last);
                        }
                    }
                    c.in_loop(false, |c| c.scoped(|c| c.block_stmts(&cl.body)));
                }
            }),
            StmtKind::TypeSwitch { init, bind, x, body, .. } => self.scoped(|c| {
                if let Some(i) = init {
                    c.stmt(*i);
                }
                let guard = match c.ast[*x].kind {
                    ExprKind::TypeAssert(inner, None) => inner,
                    _ => *x,
                };
                let xo = c.expr(guard, None);
                if !xo.invalid && !c.types.is_vague(xo.ty) && !c.types.is_interface(xo.ty) {
                    let s = c.operand_string(&xo);
                    c.error(c.ast[*x].span, format!("{s} is not an interface"));
                }
                let mut bound = Vec::new();
                let mut seen: Vec<Option<TypeId>> = Vec::new();
                for cl in body {
                    let mut case_ty = None;
                    for &e in &cl.exprs {
                        let op = c.expr_or_type(e);
                        let this = match op.mode {
                            Mode::TypeExpr => Some(op.ty),
                            Mode::Nil => None,
                            _ => {
                                if !op.invalid && !c.types.is_unknown(op.ty) {
                                    let what = c.not_a_type_text(e, &op);
                                    c.error(c.ast[e].span, format!("{what} is not a type"));
                                }
                                case_ty = Some(UNKNOWN);
                                continue;
                            }
                        };
                        let dup = seen.iter().any(|&p| match (p, this) {
                            (None, None) => true,
                            (Some(a), Some(b)) => !c.types.is_vague(a) && c.types.identical(a, b),
                            _ => false,
                        });
                        if dup && !c.in_instance() {
                            let es = c.expr_string(e);
                            c.error(c.ast[e].span, format!("duplicate case {es} in type switch"));
                        } else {
                            seen.push(this);
                        }
                        case_ty = Some(match this {
                            Some(t) => t,
                            None => xo.ty,
                        });
                    }
                    if let Some(&last) = cl.body.last()
                        && matches!(c.ast[last].kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. })
                    {
                        c.error(c.ast[last].span, "cannot fallthrough in type switch");
                        if let Some(f) = c.funcs.last_mut() {
                            f.fallthrough_ok = Some(last);
                        }
                    }
                    let t = if cl.exprs.len() == 1 { case_ty.unwrap_or(xo.ty) } else { xo.ty };
                    c.in_loop(false, |c| {
                        c.scoped(|c| {
                            if let Some(b) = bind {
                                let o = c.new_obj(b.name, ObjKind::Var, t, b.pos);
                                c.record_clause_var(cl.pos, o);
                                c.obj_mut(o).used = false;
                                c.scopes.insert(b.name, o);
                                bound.push(o);
                            }
                            c.block_stmts(&cl.body);
                        })
                    });
                }
                if let Some(b) = bind
                    && b.name != c.blank
                    && !bound.iter().any(|&o| c.obj(o).used)
                {
                    let n = c.name(b.name);
                    c.error(Span::at(b.pos), format!("declared and not used: {n}"));
                }
            }),
            StmtKind::Select { body, .. } => {
                for cl in body {
                    self.in_loop(false, |c| {
                        c.scoped(|c| {
                            if let Some(comm) = cl.comm {
                                c.stmt(comm);
                            }
                            c.block_stmts(&cl.body);
                        })
                    });
                }
            }
        }
    }

    fn in_loop(&mut self, is_loop: bool, f: impl FnOnce(&mut Self)) {
        if let Some(ctx) = self.funcs.last_mut() {
            ctx.breakables += 1;
            ctx.loops += u32::from(is_loop);
        }
        f(self);
        if let Some(ctx) = self.funcs.last_mut() {
            ctx.breakables -= 1;
            ctx.loops -= u32::from(is_loop);
        }
    }

    fn condition(&mut self, e: ExprId, what: &str) {
        let op = self.expr(e, None);
        self.condition_value(&op, what);
    }

    fn condition_value(&mut self, op: &Operand, what: &str) {
        if op.invalid || self.types.is_vague(op.ty) {
            return;
        }
        if !matches!(self.types.basic(op.ty), Some(BasicKind::Bool | BasicKind::UntypedBool)) {
            if what == "case" {
                return;
            }
            self.error(self.ast[op.expr].span, format!("non-boolean condition in {what}"));
        }
    }

    /// The left side of `=`, `op=` or `++`: writing is not a use of a variable.
    /// The target of `x op= y` or `x++`: go/types evaluates x as an operand of the binary
    /// operation, so unlike a plain assignment it counts as a use of x.
    fn read_target(&mut self, e: ExprId) -> Operand {
        let op = self.target(e);
        if let ExprKind::Ident(n) = self.ast[super::expr::unparen(self.ast, e)].kind
            && let Some(o) = self.lookup(n)
        {
            self.obj_mut(o).used = true;
        }
        op
    }

    fn target(&mut self, e: ExprId) -> Operand {
        let ast = self.ast;
        let inner = super::expr::unparen(ast, e);
        if let ExprKind::Ident(n) = ast[inner].kind {
            if n == self.blank {
                return Operand::unknown(e);
            }
            if let Some(o) = self.lookup(n)
                && self.obj(o).kind == ObjKind::Var
            {
                self.note_reference(o);
                self.record_use(inner, o);
                self.resolve(o);
                if self.obj(o).depth < self.depth && self.obj(o).decl.is_none() {
                    self.obj_mut(o).escapes = true;
                }
                let t = self.obj(o).ty;
                self.record_type(inner, t);
                return Operand { mode: Mode::Var, ty: t, val: None, expr: e, invalid: false };
            }
        }
        let op = self.expr(e, None);
        if !op.invalid && !matches!(op.mode, Mode::Var | Mode::MapIndex) && !self.types.is_unknown(op.ty) {
            let s = self.expr_string(e);
            let sel_of_map = match &ast[inner].kind {
                ExprKind::Selector(x, _) => {
                    matches!(self.types.get(self.types.under(self.type_of(*x))), Type::Map(..))
                        || matches!(ast[*x].kind, ExprKind::Index(..)) && self.is_map_index(*x)
                }
                _ => false,
            };
            if sel_of_map {
                self.error(ast[e].span, format!("cannot assign to struct field {s} in map"));
            } else {
                self.error(
                    ast[e].span,
                    format!("cannot assign to {s} (neither addressable nor a map index expression)"),
                );
            }
            return Operand::bad(e);
        }
        op
    }

    fn is_map_index(&self, e: ExprId) -> bool {
        match &self.ast[e].kind {
            ExprKind::Index(x, _) => {
                let t = self.type_of(*x);
                matches!(self.types.get(self.types.under(t)), Type::Map(..))
            }
            _ => false,
        }
    }

    /// The values of an assignment's right side, spreading one multi-value call.
    fn rhs_values(&mut self, rhs: &[ExprId], hints: &[Option<TypeId>]) -> (Vec<Operand>, bool) {
        if rhs.len() == 1 && hints.len() > 1 {
            let op = self.expr(rhs[0], None);
            if let Type::Tuple(v) = self.types.get(op.ty).clone() {
                return (v.iter().map(|t| Operand { ty: *t, mode: Mode::Value, ..op.clone() }).collect(), true);
            }
            if matches!(op.mode, Mode::CommaOk | Mode::MapIndex) && hints.len() == 2 {
                let b = self.basic(BasicKind::Bool);
                return (
                    vec![Operand { mode: Mode::Value, ..op.clone() }, Operand { ty: b, mode: Mode::Value, ..op }],
                    true,
                );
            }
            if op.invalid || (self.types.is_unknown(op.ty) && op.mode != Mode::Const) {
                return (vec![Operand::bad(rhs[0]); hints.len()], true);
            }
            return (vec![op], false);
        }
        if rhs.len() == 1 {
            // One multi-value call where one value is wanted: its count is the error.
            let op = self.expr(rhs[0], hints.first().copied().flatten());
            if let Type::Tuple(v) = self.types.get(op.ty).clone() {
                return (v.iter().map(|t| Operand { ty: *t, mode: Mode::Value, ..op.clone() }).collect(), true);
            }
            return (vec![op], false);
        }
        let ops = rhs.iter().enumerate().map(|(i, &r)| self.expr(r, hints.get(i).copied().flatten())).collect();
        (ops, false)
    }

    fn count_mismatch(&mut self, lhs: usize, rhs: &[ExprId], values: usize, what: &str) {
        let ast = self.ast;
        let vars = if lhs == 1 { format!("1 {what}") } else { format!("{lhs} {what}s") };
        let vals = if values == 1 { "1 value".to_string() } else { format!("{values} values") };
        let at = ast[rhs[0]].span;
        if rhs.len() == 1
            && let ExprKind::Call { func, .. } = &ast[super::expr::unparen(ast, rhs[0])].kind
        {
            let f = self.expr_string(*func);
            self.error(at, format!("assignment mismatch: {vars} but {f} returns {vals}"));
            return;
        }
        self.error(at, format!("assignment mismatch: {vars} but {vals}"));
    }

    fn assign_stmt(&mut self, span: Span, op_pos: Pos, lhs: &[ExprId], op: AssignOp, rhs: &[ExprId]) {
        let ast = self.ast;
        match op {
            AssignOp::Define => {
                let hints = vec![None; lhs.len()];
                let (vals, _) = self.rhs_values(rhs, &hints);
                if vals.len() != lhs.len() && !vals.iter().any(|v| v.invalid) {
                    self.count_mismatch(lhs.len(), rhs, vals.len(), "variable");
                }
                let mut any_new = false;
                let mut new_objs = Vec::new();
                for (i, &l) in lhs.iter().enumerate() {
                    let ExprKind::Ident(n) = ast[l].kind else {
                        let s = self.expr_string(l);
                        self.error(ast[l].span, format!("non-name {s} on left side of :="));
                        continue;
                    };
                    let v = vals.get(i);
                    let existing = self.scopes.innermost(n);
                    if let Some(o) = existing {
                        self.record_use(l, o);
                        if let Some(v) = v {
                            let t = self.obj(o).ty;
                            self.assign(v, t, "assignment");
                        }
                        continue;
                    }
                    if n != self.blank {
                        any_new = true;
                    }
                    let t = match v {
                        Some(v) if v.mode == Mode::Nil => {
                            self.error(ast[v.expr].span, "use of untyped nil in assignment");
                            UNKNOWN
                        }
                        Some(v) if v.mode == Mode::NoValue && !v.invalid => {
                            let s = self.expr_string(v.expr);
                            self.error(ast[v.expr].span, format!("{s} (no value) used as value"));
                            UNKNOWN
                        }
                        Some(v) => self.default_type(v.ty),
                        None => UNKNOWN,
                    };
                    let o = self.new_local(n, t, ast[l].span.lo);
                    self.record_type(l, t);
                    new_objs.push((n, o, ast[l].span.lo));
                }
                for (n, o, pos) in new_objs {
                    self.declare_local(n, o, pos);
                }
                if !any_new && lhs.iter().all(|&l| matches!(ast[l].kind, ExprKind::Ident(_))) {
                    self.error(Span::at(op_pos), "no new variables on left side of :=");
                }
            }
            AssignOp::Assign => {
                let targets: Vec<Operand> = lhs.iter().map(|&l| self.target(l)).collect();
                let hints: Vec<Option<TypeId>> = targets.iter().map(|t| Some(t.ty).filter(|t| *t != UNKNOWN)).collect();
                let (vals, _) = self.rhs_values(rhs, &hints);
                if vals.len() != lhs.len() {
                    if !vals.iter().any(|v| v.invalid) {
                        self.count_mismatch(lhs.len(), rhs, vals.len(), "variable");
                    }
                    return;
                }
                for (t, v) in targets.iter().zip(&vals) {
                    if t.invalid {
                        continue;
                    }
                    if matches!(ast[t.expr].kind, ExprKind::Ident(n) if n == self.blank) {
                        if v.mode == Mode::Nil {
                            self.error(ast[v.expr].span, "use of untyped nil in assignment");
                        }
                        continue;
                    }
                    self.assign(v, t.ty, "assignment");
                }
            }
            AssignOp::Op(bop) => {
                if let (Some(&l), Some(&r)) = (lhs.first(), rhs.first()) {
                    let t = self.read_target(l);
                    let v = self.expr(r, Some(t.ty));
                    if !t.invalid && !v.invalid && !matches!(bop, crate::ast::BinOp::Shl | crate::ast::BinOp::Shr) {
                        if self.types.is_untyped(v.ty) {
                            self.assign(&v, t.ty, "assignment");
                        } else if !self.types.is_vague(t.ty)
                            && !self.types.is_vague(v.ty)
                            && !self.types.identical(t.ty, v.ty)
                        {
                            let (ts, vs) = (self.type_string(t.ty), self.type_string(v.ty));
                            let (ls, rs) = (self.expr_string(l), self.expr_string(r));
                            self.error(
                                span,
                                format!(
                                    "invalid operation: {ls} {}= {rs} (mismatched types {ts} and {vs})",
                                    bop.as_str()
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    fn return_stmt(&mut self, span: Span, vals: &[ExprId]) {
        let Some(ctx) = self.funcs.last() else { return };
        let (results, named) = (ctx.results.clone(), ctx.named_results);
        if vals.is_empty() {
            if !results.is_empty() && !named {
                let want = self.tuple_desc(&results);
                self.error(span, format!("not enough return values\n\thave ()\n\twant {want}"));
            }
            return;
        }
        let hints: Vec<Option<TypeId>> = results.iter().map(|t| Some(*t)).collect();
        let hints = if hints.is_empty() { vec![None; vals.len()] } else { hints };
        let (ops, _) = self.rhs_values(vals, &hints);
        if ops.iter().any(|o| o.invalid) {
            return;
        }
        if ops.len() != results.len() {
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            let (have, want) = (self.tuple_desc(&have), self.tuple_desc(&results));
            let (what, at) = if ops.len() < results.len() {
                ("not enough", vals[vals.len() - 1])
            } else {
                ("too many", vals[results.len().min(vals.len() - 1)])
            };
            self.error(self.ast[at].span, format!("{what} return values\n\thave {have}\n\twant {want}"));
            return;
        }
        for (o, t) in ops.iter().zip(&results) {
            self.assign(o, *t, "return statement");
        }
    }

    fn range_stmt(&mut self, key: Option<ExprId>, value: Option<ExprId>, define: bool, x: ExprId, body: &Block) {
        let ast = self.ast;
        self.scoped(|c| {
            let xo = c.expr(x, None);
            let int = c.basic(BasicKind::Int);
            // Some(n) when ranging over an iterator whose yield takes n values.
            let mut yield_params = None;
            let (kt, vt) = match c.types.get(c.types.under(xo.ty)).clone() {
                Type::Basic(k) if k.is_integer() => (if c.types.is_untyped(xo.ty) { int } else { xo.ty }, UNKNOWN),
                Type::Basic(BasicKind::String | BasicKind::UntypedString) => (int, c.basic(BasicKind::Int32)),
                Type::Slice(el) | Type::Array(_, el) => (int, el),
                Type::Pointer(p) => match c.types.get(c.types.under(p)).clone() {
                    Type::Array(_, el) => (int, el),
                    _ => (UNKNOWN, UNKNOWN),
                },
                Type::Map(k, v) => (k, v),
                Type::Chan(dir, el) => {
                    if dir == crate::ast::ChanDir::Send && !xo.invalid {
                        let (s, ts) = (c.operand_string(&xo), c.type_string(xo.ty));
                        c.error(ast[x].span, format!("cannot range over {s}: receive from send-only channel {ts}"));
                    }
                    (el, UNKNOWN)
                }
                Type::Func(sig) => {
                    // Range over an iterator func(yield func(K[, V]) bool), go/types' rules.
                    let y = sig.params.first().map(|&p| c.types.get(c.types.under(p)).clone());
                    let bool_t = c.basic(BasicKind::Bool);
                    let why = match &y {
                        _ if sig.params.len() != 1 => Some("wrong argument count"),
                        _ if !sig.results.is_empty() => Some("unexpected results"),
                        Some(Type::Func(ys)) if ys.params.len() > 2 => Some("yield func has too many parameters"),
                        Some(Type::Func(ys)) if ys.results.len() != 1 || ys.results[0] != bool_t => {
                            if ys.results.len() == 1 && c.types.under(ys.results[0]) == bool_t {
                                Some("yield func returns user-defined boolean, not bool")
                            } else {
                                Some("yield func does not return bool")
                            }
                        }
                        Some(Type::Func(_)) => None,
                        _ => Some("argument is not func"),
                    };
                    match (why, y) {
                        (Some(why), _) => {
                            if !xo.invalid {
                                let s = c.operand_string(&xo);
                                let msg =
                                    format!("cannot range over {s}: func must be func(yield func(...) bool): {why}");
                                c.error(ast[x].span, msg);
                            }
                            (UNKNOWN, UNKNOWN)
                        }
                        (None, Some(Type::Func(ys))) => {
                            yield_params = Some(ys.params.len());
                            (
                                ys.params.first().copied().unwrap_or(UNKNOWN),
                                ys.params.get(1).copied().unwrap_or(UNKNOWN),
                            )
                        }
                        _ => (UNKNOWN, UNKNOWN),
                    }
                }
                Type::Basic(_) | Type::Struct(_) | Type::Interface { .. }
                    if !xo.invalid && !c.types.is_vague(xo.ty) =>
                {
                    let s = c.operand_string(&xo);
                    c.error(ast[x].span, format!("cannot range over {s}"));
                    (UNKNOWN, UNKNOWN)
                }
                _ => (UNKNOWN, UNKNOWN),
            };
            let one_var = match c.types.get(c.types.under(xo.ty)) {
                Type::Basic(k) => k.is_integer(),
                Type::Chan(..) => true,
                _ => false,
            };
            if one_var
                && let Some(v) = value
                && !xo.invalid
            {
                let s = c.operand_string(&xo);
                c.error(ast[v].span, format!("range over {s} permits only one iteration variable"));
            }
            match (yield_params, key, value) {
                (Some(0), Some(k), _) => {
                    let s = c.operand_string(&xo);
                    c.error(ast[k].span, format!("range over {s} permits no iteration variables"));
                }
                (Some(1), _, Some(v)) => {
                    let s = c.operand_string(&xo);
                    c.error(ast[v].span, format!("range over {s} permits only one iteration variable"));
                }
                _ => {}
            }
            // An iterator's loop body runs as a function the iterator calls (the compiler makes it
            // one): variables it uses from outside are captured, as by a function literal.
            if yield_params.is_some() {
                c.depth += 1;
            }
            let mut new = Vec::new();
            for (e, t) in [(key, kt), (value, vt)] {
                let Some(e) = e else { continue };
                if define {
                    if let ExprKind::Ident(n) = ast[e].kind {
                        let o = c.new_local(n, t, ast[e].span.lo);
                        c.record_type(e, t);
                        new.push((n, o, ast[e].span.lo));
                    } else {
                        let s = c.expr_string(e);
                        c.error(ast[e].span, format!("non-name {s} on left side of :="));
                    }
                } else {
                    c.target(e);
                }
            }
            for (n, o, p) in new {
                c.declare_local(n, o, p);
            }
            c.in_loop(true, |c| c.scoped(|c| c.block_stmts(&body.stmts)));
            if yield_params.is_some() {
                c.depth -= 1;
            }
        });
    }

    fn local_decl(&mut self, d: crate::ast::DeclId) {
        let ast = self.ast;
        match &ast[d].kind {
            crate::ast::DeclKind::Var(specs) => {
                for s in specs {
                    self.local_var_spec(s);
                }
            }
            crate::ast::DeclKind::Const(specs) => {
                for (si, s) in specs.iter().enumerate() {
                    let mut objs = Vec::new();
                    for (ni, n) in s.names.iter().enumerate() {
                        let o = self.new_obj(n.name, ObjKind::Const, UNKNOWN, n.pos);
                        self.const_spec(o, specs, si, ni);
                        self.obj_mut(o).used = true;
                        objs.push((n.name, o, n.pos));
                    }
                    for (n, o, p) in objs {
                        self.declare_local(n, o, p);
                    }
                }
            }
            crate::ast::DeclKind::Type(specs) => {
                for s in specs {
                    let o = self.new_obj(s.name.name, ObjKind::TypeName, UNKNOWN, s.name.pos);
                    self.declare_local(s.name.name, o, s.name.pos);
                    if s.alias {
                        let t = self.resolve_type(s.ty);
                        self.obj_mut(o).ty = t;
                        continue;
                    }
                    let pkg = self.packages.get(self.cur_pkg).map(|p| p.name);
                    let named = self.types.add(Type::Named(Named {
                        name: s.name.name,
                        pkg,
                        underlying: UNKNOWN,
                        methods: Vec::new(),
                        generic: !s.type_params.is_empty(),
                        // Declared in an instance's body: named after the instance, as Go does
                        // (`main.wrap[int]`).
                        type_args: match self.target {
                            super::Target::Inst(i) => self.info.instances[i].type_args.clone(),
                            _ => Vec::new(),
                        },
                        origin: None,
                    }));
                    self.obj_mut(o).ty = named;
                    self.scopes.push();
                    self.declare_type_params(&s.type_params);
                    let u = self.resolve_type(s.ty);
                    self.scopes.pop();
                    let u = self.types.under(u);
                    if let Some(n) = self.types.named_mut(named) {
                        n.underlying = if u == named { UNKNOWN } else { u };
                    }
                }
            }
            _ => {}
        }
    }

    fn local_var_spec(&mut self, s: &ValueSpec) {
        let ast = self.ast;
        let t = s.ty.map(|t| self.resolve_type(t));
        let mut types = vec![t.unwrap_or(UNKNOWN); s.names.len()];
        if !s.values.is_empty() {
            let hints = vec![t; s.names.len()];
            let (vals, _) = self.rhs_values(&s.values, &hints);
            if vals.len() != s.names.len() {
                if !vals.iter().any(|v| v.invalid) {
                    self.count_mismatch(s.names.len(), &s.values, vals.len(), "variable");
                }
            } else {
                for (i, v) in vals.iter().enumerate() {
                    match t {
                        Some(t) => {
                            self.assign(v, t, "variable declaration");
                        }
                        None if v.mode == Mode::Nil => {
                            self.error(ast[v.expr].span, "use of untyped nil in variable declaration");
                        }
                        None => types[i] = self.default_type(v.ty),
                    }
                }
            }
        }
        let mut objs = Vec::new();
        for (i, n) in s.names.iter().enumerate() {
            let o = self.new_local(n.name, types[i], n.pos);
            objs.push((n.name, o, n.pos));
        }
        for (n, o, p) in objs {
            self.declare_local(n, o, p);
        }
    }

    /// A package-level var: its type from its declaration or its initializer.
    pub(super) fn var_spec_pkg(&mut self, o: ObjId, s: &ValueSpec, index: usize) {
        let t = s.ty.map(|t| self.resolve_type(t));
        let mut ty = t.unwrap_or(UNKNOWN);
        if !s.values.is_empty() {
            let hints = vec![t; s.names.len()];
            // Each name of a multi-value spec re-checks the initializer; only the first reports.
            let before = self.diags.len();
            let (vals, _) = self.rhs_values(&s.values, &hints);
            if vals.len() != s.names.len() {
                if index == 0 && !vals.iter().any(|v| v.invalid) {
                    self.count_mismatch(s.names.len(), &s.values, vals.len(), "variable");
                }
            } else if let Some(v) = vals.get(index) {
                match t {
                    Some(t) => {
                        if s.values.len() == 1 || index == 0 || s.values.len() == s.names.len() {
                            self.assign(v, t, "variable declaration");
                        }
                    }
                    None => ty = self.default_type(v.ty),
                }
            }
            if index > 0 && s.values.len() == 1 {
                self.diags.truncate(before);
            }
        }
        self.obj_mut(o).ty = ty;
    }

    /// A const: its value from its spec or, with implicit repetition, the previous spec's list.
    pub(super) fn const_spec(&mut self, o: ObjId, specs: &[ValueSpec], si: usize, index: usize) {
        let Some(spec) = specs.get(si) else { return };
        let source = (0..=si).rev().find(|&i| !specs[i].values.is_empty());
        let Some(src_i) = source else {
            self.error(Span::at(spec.names[0].pos), "missing init expr for const declaration");
            return;
        };
        let src = &specs[src_i];
        let Some(&e) = src.values.get(index) else {
            if index == 0 || src.values.len() < spec.names.len() {
                self.error(
                    Span::at(spec.names[index.min(spec.names.len() - 1)].pos),
                    "missing init expr for const declaration",
                );
            }
            return;
        };
        if index == spec.names.len() - 1 && src.values.len() > spec.names.len() && src_i == si {
            let extra = src.values[spec.names.len()];
            self.error(self.ast[extra].span, "extra init expr");
        }
        let saved = self.iota.replace(Value::Int(spec.iota.into()));
        let t = src.ty.map(|t| self.resolve_type(t));
        let op = self.expr(e, t);
        self.iota = saved;
        if op.invalid {
            self.obj_mut(o).ty = UNKNOWN;
            return;
        }
        if op.mode != Mode::Const {
            if !self.types.is_unknown(op.ty) {
                let s = self.operand_string(&op);
                self.error(self.ast[e].span, format!("{s} is not constant"));
            }
            return;
        }
        let mut ty = op.ty;
        let mut val = op.val.clone();
        if let Some(t) = t {
            if self.assign(&op, t, "constant declaration")
                && let (Some(k), Some(v)) = (self.types.basic(t), &op.val)
            {
                val = v.representable(k).ok();
            }
            ty = t;
        }
        let obj = self.obj_mut(o);
        obj.ty = ty;
        obj.val = val;
    }

    fn is_terminating_list(&self, stmts: &[StmtId]) -> bool {
        // Trailing empty statements don't count.
        let last = stmts.iter().rev().find(|&&s| !matches!(self.ast[s].kind, StmtKind::Empty));
        last.is_some_and(|&s| self.is_terminating(s))
    }

    /// Spec "Terminating statements".
    fn is_terminating(&self, s: StmtId) -> bool {
        let ast = self.ast;
        match &ast[s].kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto, .. } => true,
            StmtKind::Expr(x) => match &ast[super::expr::unparen(ast, *x)].kind {
                // A call of the built-in panic (not a shadowing `panic`); os.Exit does not count.
                ExprKind::Call { func, .. } => self
                    .use_of(*func)
                    .is_some_and(|o| self.obj(o).kind == ObjKind::Builtin(super::builtin::Builtin::Panic)),
                _ => false,
            },
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.is_terminating_list(&then.stmts) && els.is_some_and(|e| self.is_terminating(e))
            }
            StmtKind::For { cond: None, body, .. } => !self.has_break(&body.stmts, None, true),
            StmtKind::Labeled { label, stmt } => match &ast[*stmt].kind {
                StmtKind::For { cond: None, body, .. } => !self.has_break(&body.stmts, Some(label.name), true),
                _ => self.is_terminating(*stmt),
            },
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| {
                        !self.has_break(&c.body, None, true)
                            && (self.is_terminating_list(&c.body)
                                || c.body.last().is_some_and(|&l| {
                                    matches!(ast[l].kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. })
                                }))
                    })
            }
            StmtKind::Select { body, .. } => {
                body.iter().all(|c| !self.has_break(&c.body, None, true) && self.is_terminating_list(&c.body))
            }
            _ => false,
        }
    }

    /// Whether a `break` in `stmts` targets the enclosing statement (unlabelled at this level, or
    /// with `label`).
    fn has_break(&self, stmts: &[StmtId], label: Option<Symbol>, top: bool) -> bool {
        let ast = self.ast;
        stmts.iter().any(|&s| match &ast[s].kind {
            StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
                None => top,
                Some(l) => Some(l.name) == label,
            },
            StmtKind::Block(b) => self.has_break(&b.stmts, label, top),
            StmtKind::If { then, els, .. } => {
                self.has_break(&then.stmts, label, top) || els.is_some_and(|e| self.has_break(&[e], label, top))
            }
            StmtKind::Labeled { stmt, .. } => self.has_break(&[*stmt], label, top),
            // Unlabelled breaks inside nested breakable statements target those.
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                label.is_some() && self.has_break(&body.stmts, label, false)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                label.is_some() && body.iter().any(|c| self.has_break(&c.body, label, false))
            }
            StmtKind::Select { body, .. } => {
                label.is_some() && body.iter().any(|c| self.has_break(&c.body, label, false))
            }
            _ => false,
        })
    }
}
