//! Statements: assignment, control flow, loops and range, switches, defer, go and return.

use super::Compiler;
use super::expr::{Cat, Place};
use super::func::{Loc, LoopCtx};
use crate::ast::{AssignOp, BinOp, BranchKind, DeclKind, ExprId, ExprKind, StmtId, StmtKind};
use crate::check::ObjKind;
use crate::types::{BasicKind, Type, TypeId};
use crate::vm::op::{Cmp, Mem, Op, R};

/// Binds one iteration value of a range loop to its key or value expression.
type Bind<'b, 'a> = dyn Fn(&mut Compiler<'a>, Option<ExprId>, R, TypeId, bool) + 'b;

impl<'a> Compiler<'a> {
    pub(super) fn block(&mut self, stmts: &[StmtId]) {
        let save_next = self.f().next;
        for &s in stmts {
            self.stmt(s);
        }
        self.f().next = save_next;
    }

    /// Whether `stmts` contain a `defer` (outside function literals).
    pub(super) fn has_defer(&self, stmts: &[StmtId]) -> bool {
        self.any_stmt(stmts, &|k| matches!(k, StmtKind::Defer(_)))
    }

    /// Whether `stmts` contain, at any depth outside function literals, a statement satisfying `p`.
    pub(super) fn any_stmt(&self, stmts: &[StmtId], p: &dyn Fn(&StmtKind) -> bool) -> bool {
        stmts.iter().any(|&s| self.stmt_any(s, p))
    }

    fn stmt_any(&self, s: StmtId, p: &dyn Fn(&StmtKind) -> bool) -> bool {
        let kind = &self.ast[s].kind;
        if p(kind) {
            return true;
        }
        match kind {
            StmtKind::Labeled { stmt, .. } => self.stmt_any(*stmt, p),
            StmtKind::Block(b) => self.any_stmt(&b.stmts, p),
            StmtKind::If { then, els, .. } => self.any_stmt(&then.stmts, p) || els.is_some_and(|e| self.stmt_any(e, p)),
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.any_stmt(&body.stmts, p),
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| self.any_stmt(&c.body, p))
            }
            StmtKind::Select { body, .. } => body.iter().any(|c| self.any_stmt(&c.body, p)),
            _ => false,
        }
    }

    pub(super) fn stmt(&mut self, s: StmtId) {
        let ast = self.ast;
        self.at(ast[s].span.lo);
        // Temporaries die at the end of each statement; variables it declares stay.
        let label = self.f().pending_label.take();
        match &ast[s].kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(*d),
            StmtKind::Labeled { label: l, stmt } => {
                let pc = self.pc();
                self.f().labels.insert(l.name, pc);
                self.f().pending_label = Some(l.name);
                self.stmt(*stmt);
            }
            StmtKind::Expr(e) => {
                let save = self.f().next;
                self.expr_stmt(*e);
                self.f().next = save;
            }
            StmtKind::Send { chan, value } => {
                let save = self.f().next;
                let ct = self.ty(*chan);
                if !self.is_chan(ct) {
                    self.unsupported_here("a send on this value");
                    return;
                }
                let et = self.elem_type(ct);
                let c = self.expr(*chan);
                let v = self.expr_for_store(*value, et);
                self.emit(Op::Send { a: c, b: v });
                self.f().next = save;
            }
            StmtKind::IncDec { x, inc } => {
                let save = self.f().next;
                let p = self.place(*x);
                if let Place::Var(Loc::Reg(r), t) = p
                    && let Cat::Int { .. } = self.cat(t)
                {
                    self.emit(Op::AddK { d: r, a: r, k: if *inc { 1 } else { -1 } });
                    let c = self.cat(t);
                    self.narrow(c, r);
                    self.f().next = save;
                    return;
                }
                let t = self.place_type(&p);
                let cur = self.reg();
                self.load_place(p, cur);
                let one = self.reg();
                match self.cat(t) {
                    Cat::Float { .. } => {
                        let k = self.word_const(1f64.to_bits());
                        self.emit(Op::Const { d: one, k });
                    }
                    Cat::Complex { .. } => {
                        self.value_into(&crate::types::constant::Value::Int(1.into()), t, one);
                    }
                    _ => {
                        self.emit(Op::Int { d: one, k: 1 });
                    }
                }
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                self.arith(op, t, cur, cur, one);
                self.store_place(p, cur);
                self.f().next = save;
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(lhs, *op, rhs),
            StmtKind::Go(e) => self.go_or_defer(*e, true),
            StmtKind::Defer(e) => {
                self.mark_deferring();
                self.go_or_defer(*e, false);
            }
            StmtKind::Return(vals) => self.return_stmt(vals),
            StmtKind::Branch { kind, label } => self.branch(*kind, label.map(|l| l.name)),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                let save = self.f().next;
                if let Some(i) = init {
                    self.stmt(*i);
                }
                let js = self.cond_false(*cond);
                self.block(&then.stmts);
                if let Some(e) = els {
                    let out = self.emit(Op::Jmp { off: 0 });
                    for j in js {
                        self.patch(j);
                    }
                    self.stmt(*e);
                    self.patch(out);
                } else {
                    for j in js {
                        self.patch(j);
                    }
                }
                self.f().next = save;
            }
            StmtKind::For { init, cond, post, body } => self.for_stmt(*init, *cond, *post, &body.stmts, label),
            StmtKind::Range { key, value, define, x, body, .. } => {
                self.range_stmt(*key, *value, *define, *x, &body.stmts, label)
            }
            StmtKind::Switch { init, tag, body, .. } => self.switch_stmt(*init, *tag, body, label),
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.type_switch(*init, bind.is_some(), *x, body, label)
            }
            StmtKind::Select { body, .. } => self.select_stmt(body, label),
        }
    }

    /// Compiles condition `e` as jumps taken when it is false (to be patched to the else/exit).
    /// Integer comparisons become one fused compare-and-branch.
    pub(super) fn cond_false(&mut self, e: ExprId) -> Vec<usize> {
        let e = super::expr_unparen(self.ast, e);
        if !self.is_const(e)
            && let ExprKind::Binary(op, a, b) = &self.ast[e].kind
        {
            let (op, a, b) = (*op, *a, *b);
            if op == BinOp::LAnd {
                let mut js = self.cond_false(a);
                js.extend(self.cond_false(b));
                return js;
            }
            let cmp = match op {
                BinOp::Lss => Some(Cmp::Lt),
                BinOp::Leq => Some(Cmp::Le),
                BinOp::Gtr => Some(Cmp::Gt),
                BinOp::Geq => Some(Cmp::Ge),
                BinOp::Eql => Some(Cmp::Eq),
                BinOp::Neq => Some(Cmp::Ne),
                _ => None,
            };
            let (ta, tb) = (self.ty(a), self.ty(b));
            let signed = |c: &Self, t: TypeId| matches!(c.cat(t), Cat::Int { signed: true, .. });
            let int_t = if !self.info.types.is_untyped(ta) { ta } else { tb };
            if let Some(cmp) = cmp
                && signed(self, int_t)
                && (signed(self, ta) || self.info.types.is_untyped(ta))
                && (signed(self, tb) || self.info.types.is_untyped(tb))
            {
                let x = self.expr_as(a, int_t);
                if let Some(k) = self.const_of(b).and_then(|v| v.to_i64()).and_then(|k| i32::try_from(k).ok()) {
                    return vec![self.emit(Op::JCmpK { cmp, a: x, k, off: 0 })];
                }
                let y = self.expr_as(b, int_t);
                return vec![self.emit(Op::JCmp { cmp, a: x, b: y, off: 0 })];
            }
        }
        let r = self.expr(e);
        vec![self.emit(Op::JmpIfNot { a: r, off: 0 })]
    }

    fn expr_stmt(&mut self, e: ExprId) {
        let e = super::expr_unparen(self.ast, e);
        match &self.ast[e].kind {
            ExprKind::Call { .. } => {
                self.call(e);
            }
            _ => {
                self.expr(e);
            }
        }
    }

    fn local_decl(&mut self, d: crate::ast::DeclId) {
        let ast = self.ast;
        match &ast[d].kind {
            DeclKind::Var(specs) => {
                for spec in specs {
                    let objs: Vec<_> = spec.names.iter().map(|n| self.def_of(n.pos)).collect();
                    if spec.values.is_empty() {
                        for o in objs.into_iter().flatten() {
                            let t = self.info.objects[o.0 as usize].ty;
                            self.declare_var(o, t, None);
                        }
                    } else if spec.values.len() == spec.names.len() {
                        let mut vals = Vec::new();
                        for (o, &v) in objs.iter().zip(&spec.values) {
                            let t = o.map(|o| self.info.objects[o.0 as usize].ty).unwrap_or_else(|| self.ty(v));
                            let r = self.expr_for_store(v, t);
                            let fresh = self.reg();
                            self.emit(Op::Move { d: fresh, a: r });
                            vals.push(fresh);
                        }
                        for (o, r) in objs.into_iter().zip(vals) {
                            if let Some(o) = o {
                                let t = self.info.objects[o.0 as usize].ty;
                                self.declare_var(o, t, Some(r));
                            }
                        }
                    } else {
                        let base = self.call_multi(spec.values[0]);
                        let rt = self.ty(spec.values[0]);
                        let results = self.tuple(rt);
                        for (i, o) in objs.into_iter().enumerate() {
                            if let Some(o) = o {
                                let t = self.info.objects[o.0 as usize].ty;
                                let st = results.get(i).copied().unwrap_or(t);
                                let v = self.convert_word(R(base.0 + i as u16), st, t);
                                self.declare_var(o, t, Some(v));
                            }
                        }
                    }
                }
            }
            DeclKind::Const(_) | DeclKind::Type(_) => {}
            _ => {}
        }
    }

    pub(super) fn tuple(&self, t: TypeId) -> Vec<TypeId> {
        match self.info.types.get(t) {
            Type::Tuple(v) => v.clone(),
            _ => vec![t],
        }
    }

    fn assign(&mut self, lhs: &[ExprId], op: AssignOp, rhs: &[ExprId]) {
        match op {
            AssignOp::Op(bop) => {
                let save = self.f().next;
                let p = self.place(lhs[0]);
                let t = self.place_type(&p);
                let cur = match p {
                    Place::Var(Loc::Reg(r), _) if !self.is_block(t) => r,
                    _ => {
                        let cur = self.reg();
                        self.load_place(p, cur);
                        cur
                    }
                };
                let v = if matches!(bop, BinOp::Shl | BinOp::Shr) {
                    let ut = self.basic_type(BasicKind::Uint).unwrap_or_default();
                    if self.is_const(rhs[0]) { self.expr_as(rhs[0], ut) } else { self.expr(rhs[0]) }
                } else {
                    self.expr_as(rhs[0], t)
                };
                let signed_count = matches!(bop, BinOp::Shl | BinOp::Shr)
                    && !self.is_const(rhs[0])
                    && matches!(self.cat(self.ty(rhs[0])), Cat::Int { signed: true, .. });
                self.arith_count(bop, t, cur, cur, v, signed_count);
                self.store_place(p, cur);
                self.f().next = save;
            }
            AssignOp::Define | AssignOp::Assign => {
                let define = op == AssignOp::Define;
                // Which left names are new variables.
                let new_obj = |c: &Self, e: ExprId| -> Option<crate::check::ObjId> {
                    if !define {
                        return None;
                    }
                    match &c.ast[e].kind {
                        ExprKind::Ident(_) => c.def_of(c.ast[e].span.lo),
                        _ => None,
                    }
                };
                let save = self.f().next;
                // x = e straight into x's register.
                if lhs.len() == 1
                    && rhs.len() == 1
                    && new_obj(self, lhs[0]).is_none()
                    && let ExprKind::Ident(_) = self.ast[super::expr_unparen(self.ast, lhs[0])].kind
                    && !self.writes_early(rhs[0])
                    && let Place::Var(Loc::Reg(r), t) = self.place(lhs[0])
                    && !self.is_block(t)
                {
                    self.expr_as_into(rhs[0], t, r);
                    self.f().next = save;
                    return;
                }
                if lhs.len() == rhs.len() {
                    // Phase 1: places and values; phase 2: stores.
                    let mut places = Vec::new();
                    let mut addr_ops = Vec::new();
                    // Only a variable on the left (`i, x[i] = …`) can change a register an index
                    // operand was read from; memory targets (`a[i], a[j] = a[j], a[i]`) cannot.
                    self.pin_index_operands = lhs.iter().any(|&l| {
                        matches!(self.ast[super::expr_unparen(self.ast, l)].kind, ExprKind::Ident(n) if self.ast.name(n) != "_")
                    });
                    for &l in lhs {
                        if new_obj(self, l).is_some() {
                            places.push(None);
                            addr_ops.push(Vec::new());
                        } else {
                            self.deferred_addr = (lhs.len() > 1).then(Vec::new);
                            places.push(Some(self.place(l)));
                            addr_ops.push(self.deferred_addr.take().unwrap_or_default());
                        }
                    }
                    let mut vals = Vec::new();
                    for (i, &r) in rhs.iter().enumerate() {
                        let t = match (&places[i], new_obj(self, lhs[i])) {
                            (Some(p), _) => self.place_type(p),
                            (None, Some(o)) => self.info.objects[o.0 as usize].ty,
                            _ => self.ty(r),
                        };
                        let t = if matches!(places[i], Some(Place::Blank)) { self.default_type(self.ty(r)) } else { t };
                        let v = self.expr_for_store(r, t);
                        // A temporary of this statement no store can change needs no copy.
                        if lhs.len() > 1 && v.0 < save {
                            let fresh = self.reg();
                            self.emit(Op::Move { d: fresh, a: v });
                            vals.push(fresh);
                        } else {
                            vals.push(v);
                        }
                    }
                    let mut decls = Vec::new();
                    for (i, &l) in lhs.iter().enumerate() {
                        for op in std::mem::take(&mut addr_ops[i]) {
                            self.emit(op);
                        }
                        match (&places[i], new_obj(self, l)) {
                            (Some(p), _) => self.store_place(*p, vals[i]),
                            (None, Some(o)) => decls.push((o, vals[i])),
                            _ => {}
                        }
                    }
                    // New variables get registers above the temporaries used so far.
                    if !decls.is_empty() {
                        let keep = self.f().next;
                        let _ = keep;
                        for (o, v) in decls {
                            let t = self.info.objects[o.0 as usize].ty;
                            if v.0 >= save {
                                // The statement's own temporary (they stay allocated): the
                                // variable takes it over.
                                self.declare_var_owned(o, t, v);
                            } else {
                                self.declare_var_at(o, t, v, save);
                            }
                        }
                        return;
                    }
                    self.f().next = save;
                } else {
                    // a, b = f() / v, ok = m[k] / x.(T) / <-ch
                    let base = self.call_multi(rhs[0]);
                    let rt = self.ty(rhs[0]);
                    let results = match self.ast[super::expr_unparen(self.ast, rhs[0])].kind {
                        ExprKind::Call { .. } => self.tuple(rt),
                        _ => {
                            let bt = self.basic_type(BasicKind::Bool).unwrap_or_default();
                            let first = match self.info.types.get(rt) {
                                Type::Tuple(v) => v[0],
                                _ => rt,
                            };
                            vec![first, bt]
                        }
                    };
                    let mut decls = Vec::new();
                    for (i, &l) in lhs.iter().enumerate() {
                        let src = R(base.0 + i as u16);
                        let st = results.get(i).copied().unwrap_or_default();
                        match new_obj(self, l) {
                            Some(o) => {
                                let t = self.info.objects[o.0 as usize].ty;
                                let v = self.convert_word(src, st, t);
                                decls.push((o, v));
                            }
                            None => {
                                let p = self.place(l);
                                let t = self.place_type(&p);
                                let v = if matches!(p, Place::Blank) { src } else { self.convert_word(src, st, t) };
                                self.store_place(p, v);
                            }
                        }
                    }
                    if !decls.is_empty() {
                        for (o, v) in decls {
                            let t = self.info.objects[o.0 as usize].ty;
                            self.declare_var_at(o, t, v, save);
                        }
                        return;
                    }
                    self.f().next = save;
                }
            }
        }
    }

    /// Declares a variable initialised from `v`; its register is taken from above `_floor` (the
    /// temporaries of the statement stay allocated until the statement ends, which is harmless).
    fn declare_var_at(&mut self, o: crate::check::ObjId, t: TypeId, v: R, _floor: u16) {
        self.declare_var(o, t, Some(v));
    }

    /// Integer, float or string arithmetic on registers: d = x op y for operands of type t.
    pub(super) fn arith(&mut self, op: BinOp, t: TypeId, d: R, x: R, y: R) {
        self.arith_count(op, t, d, x, y, false)
    }

    fn arith_count(&mut self, op: BinOp, t: TypeId, d: R, x: R, y: R, signed_count: bool) {
        let c = self.cat(t);
        let o = match (c, op) {
            (Cat::Complex { bits }, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Quo) => {
                let op = match op {
                    BinOp::Add => crate::vm::op::COp::Add,
                    BinOp::Sub => crate::vm::op::COp::Sub,
                    BinOp::Mul => crate::vm::op::COp::Mul,
                    _ => crate::vm::op::COp::Div,
                };
                Op::CArith { d, a: x, b: y, op, c64: bits == 64 }
            }
            (Cat::Str, BinOp::Add) => Op::Concat { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Add) => Op::AddF { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Sub) => Op::SubF { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Mul) => Op::MulF { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Quo) => Op::DivF { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::Add) => Op::Add { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::Sub) => Op::Sub { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::Mul) => Op::Mul { d, a: x, b: y },
            (Cat::Int { signed: true, .. }, BinOp::Quo) => Op::Div { d, a: x, b: y },
            (Cat::Int { signed: false, .. }, BinOp::Quo) => Op::DivU { d, a: x, b: y },
            (Cat::Int { signed: true, .. }, BinOp::Rem) => Op::Rem { d, a: x, b: y },
            (Cat::Int { signed: false, .. }, BinOp::Rem) => Op::RemU { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::And) => Op::And { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::Or) => Op::Or { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::Xor) => Op::Xor { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::AndNot) => Op::AndNot { d, a: x, b: y },
            (Cat::Int { .. }, BinOp::Shl) => Op::Shl { d, a: x, b: y, signed_count },
            (Cat::Int { signed: true, .. }, BinOp::Shr) => Op::Shr { d, a: x, b: y, signed_count },
            (Cat::Int { signed: false, .. }, BinOp::Shr) => Op::ShrU { d, a: x, b: y, signed_count },
            _ => {
                self.unsupported_here("this operator");
                return;
            }
        };
        self.emit(o);
        match c {
            Cat::Float { bits: 32 } => {
                self.emit(Op::RoundF32 { d });
            }
            Cat::Int { .. } => self.narrow(c, d),
            _ => {}
        }
    }

    fn go_or_defer(&mut self, e: ExprId, is_go: bool) {
        let save = self.f().next;
        let e = super::expr_unparen(self.ast, e);
        let ExprKind::Call { func, args, ellipsis, .. } = &self.ast[e].kind else { return };
        // Wrap the call in a closure evaluated now: function value and arguments are evaluated
        // at the go/defer statement, as Go requires.
        let func = super::expr_unparen(self.ast, *func);
        let ft = self.ty(func);
        let is_builtin = self.obj_of(func).is_some_and(|o| matches!(self.obj_kind(o), ObjKind::Builtin(_)));
        if is_builtin || self.is_type_expr(func) || ellipsis.is_some() {
            // Builtins and spreads: evaluate the arguments now into a thunk's captures.
            let (fid, captures) = self.thunk(e, args);
            let a = self.regs(captures.len() as u16);
            for (i, r) in captures.iter().enumerate() {
                self.emit(Op::Move { d: R(a.0 + i as u16), a: *r });
            }
            let f = self.reg();
            self.emit(Op::Closure { d: f, k: fid, a, n: captures.len() as u16 });
            let a2 = self.regs(0);
            if is_go {
                self.emit(Op::Go { f, a: a2, n: 0 });
            } else {
                self.emit_defer(f, a2, 0);
            }
            self.f().next = save;
            return;
        }
        let (params, _, variadic) = match self.info.types.get(self.info.types.under(ft)) {
            Type::Func(s) => (s.params.clone(), s.results.clone(), s.variadic),
            _ => (Vec::new(), Vec::new(), false),
        };
        let _ = variadic;
        // The function value (method values bind their receiver now).
        let f = {
            let r = self.expr(func);
            let f = self.reg();
            self.emit(Op::Move { d: f, a: r });
            f
        };
        let n = params.len() as u16;
        let a = self.regs(n.max(1));
        let mut words = Vec::new();
        if args.len() == 1 && n > 1 {
            let base = self.call_multi(args[0]);
            for i in 0..n {
                words.push(R(base.0 + i));
            }
        } else if variadic {
            let fixed = params.len() - 1;
            for (i, &arg) in args.iter().enumerate().take(fixed) {
                words.push(self.expr_for_store(arg, params[i]));
            }
            let st = params[fixed];
            let slot = self.reg();
            let extra = &args[fixed.min(args.len())..];
            if extra.is_empty() {
                self.emit(Op::Int { d: slot, k: 0 });
            } else {
                self.variadic_slice(slot, st, extra);
            }
            words.push(slot);
        } else {
            if args.len() != params.len() {
                self.unsupported_here("this deferred call");
            }
            for (i, &arg) in args.iter().enumerate().take(params.len()) {
                words.push(self.expr_for_store(arg, params[i]));
            }
        }
        for (i, w) in words.iter().enumerate() {
            self.emit(Op::Move { d: R(a.0 + i as u16), a: *w });
        }
        if is_go {
            self.emit(Op::Go { f, a, n });
        } else {
            self.emit_defer(f, a, n);
        }
        self.f().next = save;
    }

    fn variadic_slice(&mut self, d: R, st: TypeId, elems: &[ExprId]) {
        let et = self.elem_type(st);
        let len = self.int_reg(elems.len() as i32);
        let sti = self.rtype(st);
        self.emit(Op::MakeSlice { d, a: len, b: len, t: sti });
        let eti = self.rtype(et);
        for (i, &el) in elems.iter().enumerate() {
            let idx = self.int_reg(i as i32);
            let addr = self.reg();
            self.emit(Op::SlAddr { d: addr, a: d, b: idx, t: eti });
            let v = self.expr_for_store(el, et);
            self.store_place(Place::Mem { addr, off: 0, t: et }, v);
        }
    }

    /// For `defer`/`go` of a builtin or conversion: a closure whose body performs the call, with the
    /// argument values evaluated now and passed as captures. Returns the function and the
    /// registers holding the captured values.
    fn thunk(&mut self, call: ExprId, args: &[ExprId]) -> (u32, Vec<R>) {
        // Evaluate args now.
        let mut vals = Vec::new();
        for &a in args {
            let r = self.expr(a);
            let fresh = self.reg();
            self.emit(Op::Move { d: fresh, a: r });
            vals.push(fresh);
        }
        // The thunk re-evaluates the call with the arguments bound to its captures: compile the
        // call expression in a new function where each argument expression is replaced by an
        // upvalue load.
        let cur = self.f().fid as usize;
        let outer = self.program.funcs[cur].name.clone();
        let n = self.lit_counter.entry(outer.clone()).or_insert(0);
        *n += 1;
        let n = *n;
        let fid = self.new_func(format!("{outer}.func{n}"));
        let mut st = super::func::FnState { fid, ..Default::default() };
        st.line = self.f().line;
        self.fns.push(st);
        self.arg_overrides = args.iter().enumerate().map(|(i, &a)| (a, i as u16)).collect();
        self.expr_stmt(call);
        self.arg_overrides.clear();
        self.emit(Op::Return);
        let st = self.fns.pop().expect("thunk");
        let f = &mut self.program.funcs[fid as usize];
        f.builtin_thunk = true;
        f.code = st.code;
        f.lines = st.lines;
        f.nregs = st.max + 2;
        (fid, vals)
    }

    /// Whether `e` is just the variable stored at `loc`.
    fn is_variable_at(&mut self, e: ExprId, loc: Loc) -> bool {
        let ExprKind::Ident(_) = self.ast[e].kind else { return false };
        let Some(o) = self.obj_of(e) else { return false };
        match (self.var_loc(o), loc) {
            (Some(Loc::Reg(a)), Loc::Reg(b)) | (Some(Loc::Cell(a)), Loc::Cell(b)) => a == b,
            _ => false,
        }
    }

    pub(super) fn return_stmt(&mut self, vals: &[ExprId]) {
        let save = self.f().next;
        if self.f().range_body.is_some() {
            self.range_return(vals);
            self.f().next = save;
            return;
        }
        let results = self.f().results.clone();
        if !self.f().may_defer && vals.len() == results.len() && results.iter().all(|(l, _)| matches!(l, Loc::Reg(_))) {
            // No deferred call can see the results: compute and return them at once.
            let tmp = self.regs(results.len() as u16);
            for (i, &v) in vals.iter().enumerate() {
                let t = results[i].1;
                if self.is_block(t) && self.is_location(v) {
                    let r = self.expr_for_store(v, t);
                    self.emit(Op::Move { d: R(tmp.0 + i as u16), a: r });
                } else {
                    self.expr_as_into(v, t, R(tmp.0 + i as u16));
                }
            }
            for i in 0..results.len() as u16 {
                self.move_dead(R(i), R(tmp.0 + i));
            }
            self.emit(Op::Return);
            self.f().next = save;
            return;
        }
        if vals.len() == results.len() {
            // `return a` of named result a stores nothing (Go's compiler neither: an `a = a` would
            // be a write that races with a goroutine reading a).
            let itself: Vec<bool> = (0..vals.len()).map(|i| self.is_variable_at(vals[i], results[i].0)).collect();
            if results.len() == 1 {
                let (loc, t) = results[0];
                if !itself[0] {
                    let v = self.expr_for_store(vals[0], t);
                    self.store_loc(loc, t, v);
                }
            } else {
                let mut regs = Vec::new();
                for (i, &v) in vals.iter().enumerate() {
                    if itself[i] {
                        regs.push(None);
                        continue;
                    }
                    let t = results[i].1;
                    let r = self.expr_for_store(v, t);
                    let fresh = self.reg();
                    self.emit(Op::Move { d: fresh, a: r });
                    regs.push(Some(fresh));
                }
                for (i, r) in regs.into_iter().enumerate() {
                    let (loc, t) = results[i];
                    if let Some(r) = r {
                        self.store_loc(loc, t, r);
                    }
                }
            }
        } else if vals.len() == 1 && results.len() > 1 {
            let base = self.call_multi(vals[0]);
            let rt = self.ty(vals[0]);
            let srcs = self.tuple(rt);
            if !self.f().may_defer && results.iter().all(|(l, _)| matches!(l, Loc::Reg(_))) {
                // `return f()` with no deferred call to see the results: return f's results at
                // once. (Unnamed result registers hold nothing yet, not even a zero block to
                // copy a struct into.)
                let tmp = self.regs(results.len() as u16);
                for (i, (_, t)) in results.iter().enumerate() {
                    let st = srcs.get(i).copied().unwrap_or(*t);
                    let v = self.convert_word(R(base.0 + i as u16), st, *t);
                    self.emit(Op::Move { d: R(tmp.0 + i as u16), a: v });
                }
                for i in 0..results.len() as u16 {
                    self.emit(Op::Move { d: R(i), a: R(tmp.0 + i) });
                }
                self.emit(Op::Return);
                self.f().next = save;
                return;
            }
            let mut regs = Vec::new();
            for (i, (_, t)) in results.iter().enumerate() {
                let st = srcs.get(i).copied().unwrap_or(*t);
                let v = self.convert_word(R(base.0 + i as u16), st, *t);
                let fresh = self.reg();
                self.emit(Op::Move { d: fresh, a: v });
                regs.push(fresh);
            }
            for (i, r) in regs.into_iter().enumerate() {
                let (loc, t) = results[i];
                self.store_loc(loc, t, r);
            }
        }
        let j = self.emit(Op::Jmp { off: 0 });
        self.f().exit_jumps.push(j);
        self.f().next = save;
    }

    pub(super) fn branch(&mut self, kind: BranchKind, label: Option<crate::ast::Symbol>) {
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let is_cont = kind == BranchKind::Continue;
                let idx = self
                    .f()
                    .loops
                    .iter()
                    .rposition(|l| (label.is_none() || l.label == label) && (!is_cont || l.is_loop));
                let Some(idx) = idx else {
                    // A target outside a range-over-func loop body.
                    self.range_exit(kind, label);
                    return;
                };
                let j = self.emit(Op::Jmp { off: 0 });
                let l = &mut self.f().loops[idx];
                if is_cont {
                    l.continues.push(j);
                } else {
                    l.breaks.push(j);
                }
            }
            BranchKind::Goto => {
                if let Some(l) = label {
                    let j = self.emit(Op::Loop { off: 0 });
                    self.f().gotos.push((j, l));
                }
            }
            BranchKind::Fallthrough => {
                let j = self.emit(Op::Jmp { off: 0 });
                self.f().fallthroughs.push(j);
            }
        }
    }

    fn push_loop(&mut self, label: Option<crate::ast::Symbol>, is_loop: bool) {
        self.f().loops.push(LoopCtx { label, breaks: Vec::new(), continues: Vec::new(), is_loop });
    }

    fn pop_loop(&mut self, continue_target: usize) {
        let l = self.f().loops.pop().expect("loop");
        for j in l.continues {
            self.patch_to(j, continue_target);
        }
        for j in l.breaks {
            self.patch(j);
        }
    }

    /// Loop variables declared by a for clause that escape need a fresh cell per iteration.
    fn loop_vars(&mut self, init: Option<StmtId>) -> Vec<crate::check::ObjId> {
        let Some(i) = init else { return Vec::new() };
        let StmtKind::Assign { lhs, op: AssignOp::Define, .. } = &self.ast[i].kind else { return Vec::new() };
        lhs.iter()
            .filter_map(|&l| self.def_of(self.ast[l].span.lo))
            .filter(|o| self.info.objects[o.0 as usize].escapes)
            .collect()
    }

    fn for_stmt(
        &mut self,
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: &[StmtId],
        label: Option<crate::ast::Symbol>,
    ) {
        let save = self.f().next;
        if let Some(i) = init {
            self.stmt(i);
        }
        let per_iter = self.loop_vars(init);
        let top = self.pc();
        let exit = cond.map(|c| {
            let s = self.f().next;
            let js = self.cond_false(c);
            self.f().next = s;
            js
        });
        self.push_loop(label, true);
        self.block(body);
        let cont = self.pc();
        for o in per_iter {
            // Go 1.22: each iteration has its own variable; the next starts as a copy.
            if let Some(Loc::Cell(c)) = self.f().vars.get(&o).copied() {
                let t = self.info.objects[o.0 as usize].ty;
                let ti = self.rtype(t);
                let v = self.reg();
                self.emit(Op::Load { d: v, a: c, off: 0, m: Mem::B8 });
                self.emit(Op::New { d: c, t: ti });
                self.emit(Op::Store { a: c, b: v, off: 0, m: Mem::B8 });
            }
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        // A condition that is one fused compare (after a few pure instructions such as
        // `len(s)`) is repeated at the bottom, rotated: the back edge tests it and jumps to the
        // body, and the top one runs only on entry.
        match exit.as_deref() {
            Some(&[j]) if j >= top && j - top <= 2 => self.rotated_back(top, j),
            _ => self.jump_back(top),
        }
        for j in exit.unwrap_or_default() {
            self.patch(j);
        }
        self.pop_loop(cont);
        self.f().next = save;
    }

    /// The back edge of a loop whose exit test is the fused compare at `j`, after the pure
    /// instructions from `top`: they and the test are repeated here, jumping to the body (one
    /// dispatch per iteration fewer than a jump to them). An `i += step` just before a test of
    /// `i` joins it in one instruction.
    fn rotated_back(&mut self, top: usize, j: usize) {
        let f = self.f();
        let prefix: Vec<(Op, u32)> = (top..j).map(|i| (f.code[i], f.lines[i])).collect();
        let pure = |op: &Op| {
            matches!(op, Op::LenSl { .. } | Op::LenS { .. } | Op::Move { .. } | Op::Int { .. } | Op::AddK { .. })
        };
        if !prefix.iter().all(|(op, _)| pure(op)) {
            return self.jump_back(top);
        }
        let op = match f.code.get(j).copied() {
            Some(Op::JCmpK { cmp, a, k, .. }) => Op::LoopCmpK { cmp, a, k, off: 0 },
            Some(Op::JCmp { cmp, a, b, .. }) => Op::LoopCmp { cmp, a, b, off: 0 },
            _ => return self.jump_back(top),
        };
        let line = f.line;
        for (op, l) in prefix {
            self.f().line = l;
            self.emit_op(op);
        }
        self.f().line = line;
        let f = self.f();
        let n = f.code.len();
        let body = j + 1;
        if f.pc_taken < n
            && let Some(&Op::AddK { d, a: src, k: step }) = f.code.last()
            && d == src
        {
            let off = body as i64 - n as i64;
            let fused = match op {
                Op::LoopCmpK { cmp, a, k, .. } if a == d => {
                    i16::try_from(off).ok().map(|off| Op::AddLoopCmpK { cmp, a, step, k, off })
                }
                Op::LoopCmp { cmp, a, b, .. } if a == d && b != d => {
                    i16::try_from(off).ok().map(|off| Op::AddLoopCmp { cmp, a, b, step, off })
                }
                _ => None,
            };
            if let Some(fused) = fused {
                f.code[n - 1] = fused;
                return;
            }
        }
        let at = self.emit(op);
        self.patch_to(at, body);
    }

    fn range_stmt(
        &mut self,
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: &[StmtId],
        label: Option<crate::ast::Symbol>,
    ) {
        let save = self.f().next;
        let xt = self.ty(x);
        let int_t = self.basic_type(BasicKind::Int).unwrap_or_default();
        let is_blank = |c: &Self, e: Option<ExprId>| match e {
            None => true,
            Some(e) => matches!(&c.ast[e].kind, ExprKind::Ident(n) if c.ast.name(*n) == "_"),
        };
        let key = if is_blank(self, key) { None } else { key };
        let value = if is_blank(self, value) { None } else { value };
        // `owned`: v is a temporary the variable may take over (not the loop's own counter).
        let bind = |c: &mut Self, target: Option<ExprId>, v: R, st: TypeId, owned: bool| {
            c.bind_iter_var(define, target, v, st, owned)
        };
        let types = &self.info.types;
        let ut = types.get(types.under(xt)).clone();
        match ut {
            Type::Basic(k) if k != BasicKind::String && k != BasicKind::UntypedString => {
                // range over an integer
                let n = self.expr_as(x, if self.info.types.is_untyped(xt) { int_t } else { xt });
                let nr = self.reg();
                self.emit(Op::Move { d: nr, a: n });
                let i = self.reg();
                self.emit(Op::Int { d: i, k: 0 });
                let top = self.pc();
                let exit = self.emit(Op::JCmp { cmp: Cmp::Lt, a: i, b: nr, off: 0 });
                self.push_loop(label, true);
                let inner = self.f().next;
                let kt = if self.info.types.is_untyped(xt) { int_t } else { xt };
                bind(self, key, i, kt, false);
                self.block(body);
                self.f().next = inner;
                let cont = self.pc();
                self.emit(Op::AddK { d: i, a: i, k: 1 });
                self.rotated_back(top, top);
                self.patch(exit);
                self.pop_loop(cont);
            }
            Type::Basic(_) => {
                // range over a string, by rune
                let s0 = self.expr(x);
                let s = self.reg();
                self.emit(Op::Move { d: s, a: s0 });
                let n = self.reg();
                self.emit(Op::LenS { d: n, a: s });
                let i = self.reg();
                self.emit(Op::Int { d: i, k: 0 });
                let rw = self.regs(2);
                let top = self.pc();
                let exit = self.emit(Op::JCmp { cmp: Cmp::Lt, a: i, b: n, off: 0 });
                self.emit(Op::DecodeRune { d: rw, a: s, b: i });
                self.push_loop(label, true);
                let inner = self.f().next;
                let ki = self.reg();
                self.emit(Op::Move { d: ki, a: i });
                bind(self, key, ki, int_t, true);
                let rune_t = self.basic_type(BasicKind::Int32).unwrap_or_default();
                let rv = self.reg();
                self.emit(Op::Move { d: rv, a: rw });
                bind(self, value, rv, rune_t, true);
                self.block(body);
                self.f().next = inner;
                let cont = self.pc();
                self.emit(Op::Add { d: i, a: i, b: R(rw.0 + 1) });
                self.rotated_back(top, top);
                self.patch(exit);
                self.pop_loop(cont);
            }
            Type::Slice(et) | Type::Array(_, et) => {
                let v0 = self.expr(x);
                let sl = self.reg();
                if matches!(ut, Type::Array(..)) {
                    let ati = self.rtype(xt);
                    // Ranging over an array value ranges over a copy.
                    let v0 = if value.is_some() {
                        let c = self.reg();
                        self.emit(Op::Copy { d: c, a: v0, t: ati });
                        c
                    } else {
                        v0
                    };
                    self.emit(Op::ArrSlice { d: sl, a: v0, t: ati });
                } else {
                    self.emit(Op::Move { d: sl, a: v0 });
                }
                self.range_slice(sl, et, key, value, int_t, label, body, &bind);
            }
            Type::Pointer(p) => {
                let et = self.elem_type(xt);
                let v0 = self.expr(x);
                let sl = self.reg();
                let ati = self.rtype(p);
                self.emit(Op::NilCheck { a: v0 });
                self.emit(Op::ArrSlice { d: sl, a: v0, t: ati });
                self.range_slice(sl, et, key, value, int_t, label, body, &bind);
            }
            Type::Map(kt, vt) => {
                let m = self.expr(x);
                let it = self.reg();
                let mti = self.rtype(xt);
                self.emit(Op::MapIter { d: it, a: m, t: mti });
                let kv = self.regs(2);
                let top = self.pc();
                let exit = self.emit(Op::MapNext { d: kv, a: it, off: 0 });
                self.push_loop(label, true);
                let inner = self.f().next;
                bind(self, key, kv, kt, false);
                let vv = R(kv.0 + 1);
                bind(self, value, vv, vt, false);
                self.block(body);
                self.f().next = inner;
                self.jump_back(top);
                self.patch(exit);
                self.pop_loop(top);
            }
            Type::Chan(_, et) => {
                let ch0 = self.expr(x);
                let ch = self.reg();
                self.emit(Op::Move { d: ch, a: ch0 });
                let top = self.pc();
                let vr = self.regs(2);
                self.emit(Op::Recv { d: vr, a: ch, ok: true });
                let exit = self.emit(Op::JmpIfNot { a: R(vr.0 + 1), off: 0 });
                self.push_loop(label, true);
                let inner = self.f().next;
                bind(self, key, vr, et, false);
                if key.is_some() {
                    // The variable has the value now: a received value the loop body drops
                    // (x = nil) must not stay reachable from the receive's register.
                    self.emit(Op::Int { d: vr, k: 0 });
                }
                self.block(body);
                self.f().next = inner;
                self.jump_back(top);
                self.patch(exit);
                self.pop_loop(top);
            }
            Type::Func(sig) => {
                let yield_params = match sig.params.first().map(|&p| self.info.types.get(self.info.types.under(p))) {
                    Some(Type::Func(ys)) => ys.params.clone(),
                    _ => Vec::new(),
                };
                let key = key.filter(|_| !yield_params.is_empty());
                let value = value.filter(|_| yield_params.len() > 1);
                self.range_func(x, &yield_params, [key, value], define, body, label);
            }
            _ => self.unsupported_here("range over this type"),
        }
        self.f().next = save;
    }

    /// Binds iteration value v (of type st) to the key/value expression `target`: declares it
    /// (`:=`) or assigns it.
    pub(super) fn bind_iter_var(&mut self, define: bool, target: Option<ExprId>, v: R, st: TypeId, owned: bool) {
        let Some(t) = target else { return };
        if define {
            if let Some(o) = self.def_of(self.ast[t].span.lo) {
                let ty = self.info.objects[o.0 as usize].ty;
                if self.is_block(ty) {
                    let d = self.reg();
                    let ti = self.rtype(ty);
                    self.emit(Op::Copy { d, a: v, t: ti });
                    self.declare_var(o, ty, Some(d));
                } else if owned {
                    self.declare_var_owned(o, ty, v);
                } else {
                    self.declare_var(o, ty, Some(v));
                }
            }
        } else {
            let p = self.place(t);
            let pt = self.place_type(&p);
            let v = self.convert_word(v, st, pt);
            self.store_place(p, v);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_slice(
        &mut self,
        sl: R,
        et: TypeId,
        key: Option<ExprId>,
        value: Option<ExprId>,
        int_t: TypeId,
        label: Option<crate::ast::Symbol>,
        body: &[StmtId],
        bind: &Bind<'_, 'a>,
    ) {
        let n = self.reg();
        self.emit(Op::LenSl { d: n, a: sl });
        let i = self.reg();
        self.emit(Op::Int { d: i, k: 0 });
        let top = self.pc();
        let exit = self.emit(Op::JCmp { cmp: Cmp::Lt, a: i, b: n, off: 0 });
        self.push_loop(label, true);
        let inner = self.f().next;
        let ki = self.reg();
        self.emit(Op::Move { d: ki, a: i });
        bind(self, key, ki, int_t, true);
        if value.is_some() {
            let eti = self.rtype(et);
            let addr = self.reg();
            self.emit(Op::SlAddr { d: addr, a: sl, b: i, t: eti });
            let v = self.reg();
            self.load_place(Place::Mem { addr, off: 0, t: et }, v);
            bind(self, value, v, et, true);
        }
        self.block(body);
        self.f().next = inner;
        let cont = self.pc();
        self.emit(Op::AddK { d: i, a: i, k: 1 });
        self.rotated_back(top, top);
        self.patch(exit);
        self.pop_loop(cont);
    }

    fn switch_stmt(
        &mut self,
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: &[crate::ast::CaseClause],
        label: Option<crate::ast::Symbol>,
    ) {
        let save = self.f().next;
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_t = tag.map(|t| self.default_type(self.ty(t)));
        let tag_r = tag.map(|t| {
            let tt = self.default_type(self.ty(t));
            let r = self.expr_as(t, tt);
            let fresh = self.reg();
            self.emit(Op::Move { d: fresh, a: r });
            fresh
        });
        // Tests: each case jumps to its body.
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for cl in body {
            let mut js = Vec::new();
            for &e in &cl.exprs {
                let s = self.f().next;
                let c = match (tag_r, tag_t) {
                    (Some(tr), Some(tt)) => {
                        let v = self.expr_as(e, tt);
                        let d = self.reg();
                        self.eq_regs(d, tr, v, tt);
                        d
                    }
                    _ => self.expr(e),
                };
                js.push(self.emit(Op::JmpIf { a: c, off: 0 }));
                self.f().next = s;
            }
            body_jumps.push(js);
        }
        let default_jump = self.emit(Op::Jmp { off: 0 });
        self.push_loop(label, false);
        let mut ends = Vec::new();
        let mut pending_fall: Vec<usize> = Vec::new();
        let mut default_pc = None;
        for (i, cl) in body.iter().enumerate() {
            let start = self.pc();
            for j in std::mem::take(&mut pending_fall) {
                self.patch_to(j, start);
            }
            if cl.is_default {
                default_pc = Some(start);
            }
            for &j in &body_jumps[i] {
                self.patch_to(j, start);
            }
            self.at(cl.pos);
            self.block(&cl.body);
            pending_fall = std::mem::take(&mut self.f().fallthroughs);
            ends.push(self.emit(Op::Jmp { off: 0 }));
        }
        let end = self.pc();
        for j in pending_fall {
            self.patch_to(j, end);
        }
        self.finish_switch(default_jump, default_pc, ends, save);
    }

    /// Ends a switch: the no-match jump goes to the default clause (or the end), every clause's
    /// final jump and every `break` to the end; temporaries are released.
    fn finish_switch(&mut self, default_jump: usize, default_pc: Option<usize>, ends: Vec<usize>, save: u16) {
        let end = self.pc();
        self.patch_to(default_jump, default_pc.unwrap_or(end));
        for j in ends {
            self.patch_to(j, end);
        }
        self.pop_loop(end);
        self.f().next = save;
    }

    fn select_stmt(&mut self, body: &[crate::ast::CommClause], label: Option<crate::ast::Symbol>) {
        let save = self.f().next;
        let cases: Vec<&crate::ast::CommClause> = body.iter().filter(|c| c.comm.is_some()).collect();
        let n = cases.len() as u16;
        let a = self.regs(2 * n);
        let d = self.regs(3);
        let mut sends = Vec::new();
        // The receive expression of a case: `<-ch`, `v := <-ch`, `v, ok = <-ch`.
        let recv_of = |c: &Self, s: StmtId| -> Option<ExprId> {
            let e = match &c.ast[s].kind {
                StmtKind::Expr(e) => *e,
                StmtKind::Assign { rhs, .. } => rhs[0],
                _ => return None,
            };
            match &c.ast[super::expr_unparen(c.ast, e)].kind {
                ExprKind::Unary(crate::ast::UnOp::Recv, ch) => Some(*ch),
                _ => None,
            }
        };
        for (i, cl) in cases.iter().enumerate() {
            let s = cl.comm.expect("comm");
            let slot = R(a.0 + 2 * i as u16);
            let t = self.f().next;
            match &self.ast[s].kind {
                StmtKind::Send { chan, value } => {
                    let ct = self.ty(*chan);
                    if !self.is_chan(ct) {
                        self.unsupported_here("a send on this value");
                    }
                    let et = self.elem_type(ct);
                    let c = self.expr(*chan);
                    self.emit(Op::Move { d: slot, a: c });
                    let v = self.expr_for_store(*value, et);
                    self.emit(Op::Move { d: R(slot.0 + 1), a: v });
                    sends.push(true);
                }
                _ => {
                    if let Some(ch) = recv_of(self, s) {
                        if !self.is_chan(self.ty(ch)) {
                            self.unsupported_here("a receive from this value");
                        }
                        let c = self.expr(ch);
                        self.emit(Op::Move { d: slot, a: c });
                    }
                    sends.push(false);
                }
            }
            self.f().next = t;
        }
        let has_default = body.iter().any(|c| c.comm.is_none());
        self.program.selects.push((sends, has_default));
        let k = (self.program.selects.len() - 1) as u32;
        self.emit(Op::Select { d, a, k });
        // Dispatch on the chosen case.
        let mut jumps = Vec::new();
        let mut ci = 0;
        for cl in body {
            let want: i32 = if cl.comm.is_some() {
                ci += 1;
                ci - 1
            } else {
                -1
            };
            let kreg = self.int_reg(want);
            let c = self.reg();
            self.emit(Op::Eq { d: c, a: d, b: kreg });
            jumps.push(self.emit(Op::JmpIf { a: c, off: 0 }));
        }
        let none = self.emit(Op::Jmp { off: 0 });
        self.push_loop(label, false);
        let mut ends = Vec::new();
        for (i, cl) in body.iter().enumerate() {
            self.patch(jumps[i]);
            self.at(cl.pos);
            let inner = self.f().next;
            if let Some(s) = cl.comm
                && let StmtKind::Assign { lhs, op, rhs, .. } = &self.ast[s].kind
            {
                let ch = recv_of(self, s);
                let ct = ch.map(|c| self.ty(c)).unwrap_or_default();
                let et = self.elem_type(ct);
                let bt = self.basic_type(BasicKind::Bool).unwrap_or_default();
                let _ = rhs;
                for (j, &l) in lhs.iter().enumerate() {
                    let src = R(d.0 + 1 + j as u16);
                    let st = if j == 0 { et } else { bt };
                    if *op == AssignOp::Define {
                        if let Some(o) = self.def_of(self.ast[l].span.lo) {
                            let t = self.info.objects[o.0 as usize].ty;
                            let v = self.reg();
                            self.emit(Op::Move { d: v, a: src });
                            self.declare_var(o, t, Some(v));
                        }
                    } else {
                        let p = self.place(l);
                        let pt = self.place_type(&p);
                        let v = if matches!(p, Place::Blank) { src } else { self.convert_word(src, st, pt) };
                        self.store_place(p, v);
                    }
                }
            }
            self.block(&cl.body);
            self.f().next = inner;
            ends.push(self.emit(Op::Jmp { off: 0 }));
        }
        let end = self.pc();
        self.patch_to(none, end);
        for j in ends {
            self.patch_to(j, end);
        }
        self.pop_loop(end);
        self.f().next = save;
    }

    /// d = (a == b) for values of type t.
    pub(super) fn eq_regs(&mut self, d: R, a: R, b: R, t: TypeId) {
        let o = match self.cat(t) {
            Cat::Str => Op::EqS { d, a, b },
            Cat::Float { .. } => Op::EqF { d, a, b },
            Cat::Complex { bits } => Op::CEq { d, a, b, c64: bits == 64, ne: false },
            Cat::Iface | Cat::Block => {
                let ti = self.rtype(t);
                Op::EqV { d, a, b, t: ti }
            }
            _ => Op::Eq { d, a, b },
        };
        self.emit(o);
    }

    fn type_switch(
        &mut self,
        init: Option<StmtId>,
        has_bind: bool,
        x: ExprId,
        body: &[crate::ast::CaseClause],
        label: Option<crate::ast::Symbol>,
    ) {
        let save = self.f().next;
        if let Some(i) = init {
            self.stmt(i);
        }
        let guard = x;
        let ExprKind::TypeAssert(e, None) = &self.ast[super::expr_unparen(self.ast, guard)].kind else { return };
        let v0 = self.expr(*e);
        let v = self.reg();
        self.emit(Op::Move { d: v, a: v0 });
        let tid = self.reg();
        self.emit(Op::TypeOf { d: tid, a: v });
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        for cl in body {
            let mut js = Vec::new();
            for &ce in &cl.exprs {
                let s = self.f().next;
                let c = self.reg();
                let is_nil = matches!(&self.ast[ce].kind, ExprKind::Ident(n) if self.ast.name(*n) == "nil")
                    && !self.is_type_expr(ce);
                if is_nil {
                    let z = self.int_reg(0);
                    self.emit(Op::Eq { d: c, a: tid, b: z });
                } else {
                    let ct = self.ty(ce);
                    let cti = self.rtype(ct);
                    if self.cat(ct) == Cat::Iface {
                        self.emit(Op::Implements { d: c, a: v, t: cti });
                    } else {
                        self.ensure_methods(ct, cti);
                        let k = self.int_reg(cti as i32);
                        self.emit(Op::Eq { d: c, a: tid, b: k });
                    }
                }
                js.push(self.emit(Op::JmpIf { a: c, off: 0 }));
                self.f().next = s;
            }
            body_jumps.push(js);
        }
        let default_jump = self.emit(Op::Jmp { off: 0 });
        self.push_loop(label, false);
        let mut ends = Vec::new();
        let mut default_pc = None;
        for (i, cl) in body.iter().enumerate() {
            let start = self.pc();
            if cl.is_default {
                default_pc = Some(start);
            }
            for &j in &body_jumps[i] {
                self.patch_to(j, start);
            }
            self.at(cl.pos);
            let inner = self.f().next;
            if has_bind && let Some(&o) = self.clause_var(cl.pos).as_ref() {
                let t = self.info.objects[o.0 as usize].ty;
                let val = if cl.exprs.len() == 1 && self.cat(t) != Cat::Iface {
                    let d = self.reg();
                    let xt = self.ty(*e);
                    let ti = self.assert_idx(t, xt);
                    self.emit(Op::Unbox { d, a: v, t: ti });
                    d
                } else {
                    v
                };
                self.declare_var(o, t, Some(val));
            }
            self.block(&cl.body);
            self.f().next = inner;
            ends.push(self.emit(Op::Jmp { off: 0 }));
        }
        self.finish_switch(default_jump, default_pc, ends, save);
    }
}
