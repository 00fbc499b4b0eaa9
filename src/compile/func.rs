//! Per-function state: registers, variable locations, captures, loops and the exit sequence.

use super::Compiler;
use crate::ast::{DeclId, DeclKind, ExprId, ExprKind, FuncType, Symbol};
use crate::check::{ObjId, ObjKind};
use crate::source::Pos;
use crate::types::{Type, TypeId};
use crate::vm::op::{Mem, Op, R};
use rustc_hash::FxHashMap;

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum Loc {
    /// In a register (scalars that do not escape; struct/array variables hold their block here).
    Reg(R),
    /// The register holds a one-word heap cell (escaping scalars).
    Cell(R),
    /// Captured: the closure's word k is the cell (scalars) or the block (struct/array values).
    UpCell(u16),
    UpBlock(u16),
    Global(u32),
}

pub(super) struct LoopCtx {
    pub label: Option<Symbol>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// Whether `continue` applies (not for switch/select).
    pub is_loop: bool,
}

#[derive(Default)]
pub(super) struct FnState {
    pub fid: u32,
    pub code: Vec<Op>,
    pub lines: Vec<u32>,
    /// The last pc handed out by `pc()` (a possible jump target): the instruction before it and
    /// the one at it must stay apart.
    pub pc_taken: usize,
    pub line: u32,
    pub next: u16,
    pub max: u16,
    pub vars: FxHashMap<ObjId, Loc>,
    /// Captured variables (function literals), in closure-word order.
    pub captures: Vec<ObjId>,
    pub loops: Vec<LoopCtx>,
    pub results: Vec<(Loc, TypeId)>,
    pub exit_jumps: Vec<usize>,
    pub has_defer: bool,
    pub labels: FxHashMap<Symbol, usize>,
    pub gotos: Vec<(usize, Symbol)>,
    /// The label of the statement being compiled (for labelled loops).
    pub pending_label: Option<Symbol>,
    /// `fallthrough` jumps of the switch clause being compiled.
    pub fallthroughs: Vec<usize>,
    /// The body contains a `defer`: returns go through the exit sequence.
    pub may_defer: bool,
    /// Bytes of struct/array parameters (copied into the frame, as Go's stack would hold them).
    pub block_param_bytes: u64,
    /// This function is the body of a range-over-func loop.
    pub range_body: Option<super::rangefunc::RangeBody>,
}

/// `op` writing `to` instead of `from`, if `op` is a pure instruction whose one effect is to
/// write its destination `from` once, after reading its operands.
fn retarget(op: Op, from: R, to: R) -> Option<Op> {
    macro_rules! d_is_from {
        ($($v:ident),*) => {
            match op {
                $(Op::$v { d, .. } if d == from => {
                    let mut op = op;
                    if let Op::$v { d, .. } = &mut op {
                        *d = to;
                    }
                    Some(op)
                })*
                _ => None,
            }
        };
    }
    d_is_from!(
        Move, Int, Const, LoadGlobal, GlobalAddr, Add, Sub, Mul, AddK, MulK, DivK, RemK, And, Or, Xor, AndNot, Neg,
        Com, Eq, Ne, Lt, Le, LtU, LeU, AddF, SubF, MulF, DivF, NegF, EqF, NeF, LtF, LeF, IntToF, UintToF, Not, LenS,
        Load, SlLoad
    )
}

impl Compiler<'_> {
    pub(super) fn f(&mut self) -> &mut FnState {
        self.fns.last_mut().expect("inside a function")
    }

    pub(super) fn emit(&mut self, op: Op) -> usize {
        if let Op::Move { d, a } = op
            && a.0 >= self.f().next
        {
            // A copy out of a freed temporary: nothing reads the temporary again.
            self.move_dead(d, a);
            return self.f().code.len().saturating_sub(1);
        }
        self.emit_op(op)
    }

    pub(super) fn emit_op(&mut self, op: Op) -> usize {
        let f = self.f();
        f.code.push(op);
        let line = f.line;
        f.lines.push(line);
        f.code.len() - 1
    }

    pub(super) fn pc(&mut self) -> usize {
        let f = self.f();
        f.pc_taken = f.code.len();
        f.code.len()
    }

    /// `d = a` where `a` is a temporary nothing reads afterwards: the instruction that just
    /// computed `a` writes `d` itself, one dispatch fewer, unless a jump may land between the two.
    pub(super) fn move_dead(&mut self, d: R, a: R) {
        if d == a {
            return;
        }
        let f = self.f();
        let n = f.code.len();
        if n > 0
            && f.pc_taken < n
            && let Some(op) = retarget(f.code[n - 1], a, d)
        {
            if let Op::Move { d, a } = op
                && d == a
            {
                // Nothing jumps to the copy that became `d = d`: it goes.
                f.code.pop();
                f.lines.pop();
            } else {
                f.code[n - 1] = op;
            }
            return;
        }
        self.emit_op(Op::Move { d, a });
    }

    pub(super) fn at(&mut self, pos: Pos) {
        self.here = pos;
        let line = self.line_of(pos);
        self.f().line = line;
    }

    /// A fresh register.
    pub(super) fn reg(&mut self) -> R {
        self.regs(1)
    }

    /// `n` consecutive fresh registers.
    pub(super) fn regs(&mut self, n: u16) -> R {
        let f = self.f();
        let r = f.next;
        f.next = f.next.saturating_add(n);
        if f.next >= u16::MAX - 8 {
            self.unsupported_here("functions needing more than 65,000 registers");
            self.f().next = 0;
        }
        let f = self.f();
        f.max = f.max.max(f.next);
        R(r)
    }

    /// Patches the jump at `at` to land on the current pc.
    pub(super) fn patch(&mut self, at: usize) {
        let target = self.pc();
        self.patch_to(at, target);
    }

    pub(super) fn patch_to(&mut self, at: usize, target: usize) {
        let off = target as i64 - at as i64 - 1;
        let f = self.f();
        match &mut f.code[at] {
            Op::Jmp { off: o } | Op::JmpIf { off: o, .. } | Op::JmpIfNot { off: o, .. } | Op::Loop { off: o } => {
                *o = off as i32
            }
            Op::MapNext { off: o, .. } => *o = off as i32,
            Op::JCmp { off: o, .. } | Op::JCmpK { off: o, .. } => *o = off as i32,
            Op::LoopCmp { off: o, .. } | Op::LoopCmpK { off: o, .. } => *o = off as i32,
            _ => {}
        }
    }

    pub(super) fn jump_back(&mut self, target: usize) {
        let at = self.emit(Op::Loop { off: 0 });
        self.patch_to(at, target);
    }

    /// Declares a local variable `obj` of type `t` whose initial value is in `init` (a register
    /// this variable may take over) or the zero value.
    pub(super) fn declare_var(&mut self, obj: ObjId, t: TypeId, init: Option<R>) -> Loc {
        if let Some(&g) = self.globals.get(&obj) {
            // A variable declared at the REPL prompt: a session global.
            let v = match init {
                Some(v) => v,
                None => {
                    let r = self.reg();
                    self.zero_into(t, r);
                    r
                }
            };
            self.store_loc(Loc::Global(g), t, v);
            return Loc::Global(g);
        }
        let escapes = self.info.objects.get(obj.0 as usize).is_some_and(|o| o.escapes);
        let block = self.is_block(t);
        let r = self.reg();
        match init {
            Some(v) => {
                if v != r {
                    self.emit(Op::Move { d: r, a: v });
                }
            }
            None => self.zero_into(t, r),
        }
        let loc = if escapes && !block {
            let cell = self.reg();
            let ti = self.rtype(t);
            let m = self.mem_of(t);
            self.emit(Op::New { d: cell, t: ti });
            self.emit(Op::Store { a: cell, b: r, off: 0, m });
            Loc::Cell(cell)
        } else {
            Loc::Reg(r)
        };
        self.f().vars.insert(obj, loc);
        loc
    }

    /// Like `declare_var` with its initial value in `v`, a temporary the caller gives up: a
    /// variable kept in a register takes `v` over instead of copying it.
    pub(super) fn declare_var_owned(&mut self, obj: ObjId, t: TypeId, v: R) -> Loc {
        let escapes = self.info.objects.get(obj.0 as usize).is_some_and(|o| o.escapes);
        if escapes || self.is_block(t) || self.globals.contains_key(&obj) {
            return self.declare_var(obj, t, Some(v));
        }
        self.f().vars.insert(obj, Loc::Reg(v));
        Loc::Reg(v)
    }

    pub(super) fn zero_into(&mut self, t: TypeId, d: R) {
        if self.is_block(t) {
            let ti = self.rtype(t);
            self.emit(Op::New { d, t: ti });
        } else {
            self.emit(Op::Int { d, k: 0 });
        }
    }

    pub(super) fn is_block(&self, t: TypeId) -> bool {
        matches!(self.info.types.get(self.info.types.under(t)), Type::Struct(_) | Type::Array(..))
    }

    /// The location of variable `obj`, capturing it through enclosing function literals.
    pub(super) fn var_loc(&mut self, obj: ObjId) -> Option<Loc> {
        if let Some(&g) = self.globals.get(&obj) {
            return Some(Loc::Global(g));
        }
        let n = self.fns.len();
        let mut found = None;
        for i in (0..n).rev() {
            if let Some(&l) = self.fns[i].vars.get(&obj) {
                found = Some((i, l));
                break;
            }
        }
        let (i, mut loc) = found?;
        let block = {
            let t = self.info.objects[obj.0 as usize].ty;
            self.is_block(t)
        };
        for j in i + 1..n {
            let k = self.fns[j].captures.len() as u16;
            self.fns[j].captures.push(obj);
            loc = if block { Loc::UpBlock(k) } else { Loc::UpCell(k) };
            self.fns[j].vars.insert(obj, loc);
        }
        Some(loc)
    }

    /// Binds the parameters (receiver first) to registers 0.. and declares named results.
    fn bind_signature(&mut self, recv: Option<&crate::ast::Field>, sig: &FuncType, ft: TypeId) {
        let (params, results) = match self.info.types.get(self.info.types.under(ft)) {
            Type::Func(s) => (s.params.clone(), s.results.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        let mut fields: Vec<(Option<Pos>, TypeId)> = Vec::new();
        if let Some(r) = recv {
            let t = self.ty(r.ty);
            fields.push((r.names.first().map(|n| n.pos), t));
        }
        let mut i = 0;
        for p in &sig.params {
            let n = p.names.len().max(1);
            for k in 0..n {
                let t = params.get(i).copied().unwrap_or_default();
                fields.push((p.names.get(k).map(|n| n.pos), t));
                i += 1;
            }
        }
        let np = fields.len() as u16;
        self.regs(np);
        for (idx, (pos, t)) in fields.into_iter().enumerate() {
            let r = R(idx as u16);
            if self.is_block(t) {
                // Callee copies: the caller's value stays its own.
                let ti = self.rtype(t);
                self.emit(Op::Copy { d: r, a: r, t: ti });
                self.f().block_param_bytes += self.program.types.block_bytes(ti);
            }
            let Some(obj) = pos.and_then(|p| self.def_of(p)) else { continue };
            let escapes = self.info.objects[obj.0 as usize].escapes;
            if escapes && !self.is_block(t) {
                let cell = self.reg();
                let ti = self.rtype(t);
                let m = self.mem_of(t);
                self.emit(Op::New { d: cell, t: ti });
                self.emit(Op::Store { a: cell, b: r, off: 0, m });
                self.f().vars.insert(obj, Loc::Cell(cell));
            } else {
                self.f().vars.insert(obj, Loc::Reg(r));
            }
        }
        let mut i = 0;
        for p in &sig.results {
            let n = p.names.len().max(1);
            for k in 0..n {
                let t = results.get(i).copied().unwrap_or_default();
                i += 1;
                match p.names.get(k).and_then(|n| self.def_of(n.pos)) {
                    Some(obj) => {
                        let loc = self.declare_var(obj, t, None);
                        self.f().results.push((loc, t));
                    }
                    None => {
                        let r = self.reg();
                        // Without defers, every return sets them first.
                        if self.f().may_defer {
                            self.zero_into(t, r);
                        }
                        self.f().results.push((Loc::Reg(r), t));
                    }
                }
            }
        }
    }

    /// Emits the exit sequence: run defers, move results to registers 0.., return.
    pub(super) fn finish_function(&mut self, fid: u32) {
        let exits = std::mem::take(&mut self.f().exit_jumps);
        for j in exits {
            self.patch(j);
        }
        let exit_pc = self.pc();
        if self.f().has_defer {
            self.emit(Op::RunDefers);
        }
        let results = self.f().results.clone();
        let tmp = self.regs(results.len() as u16);
        for (i, &(loc, t)) in results.iter().enumerate() {
            let r = R(tmp.0 + i as u16);
            self.load_loc(loc, t, r);
        }
        for i in 0..results.len() {
            self.move_dead(R(i as u16), R(tmp.0 + i as u16));
        }
        self.emit(Op::Return);
        let gotos = std::mem::take(&mut self.f().gotos);
        for (at, label) in gotos {
            if let Some(&target) = self.f().labels.get(&label) {
                self.patch_to(at, target);
            }
        }
        let st = self.fns.pop().expect("function state");
        let has_defer = st.has_defer;
        let block_bytes = st.block_param_bytes;
        let f = &mut self.program.funcs[fid as usize];
        f.code = st.code;
        f.lines = st.lines;
        f.nregs = st.max.max(f.nparams).max(f.nresults) + 2;
        f.frame_bytes = (f.nregs as u64 * 8 + 64 + block_bytes).min(u32::MAX as u64) as u32;
        f.exit_pc = has_defer.then_some(exit_pc as u32);
    }

    /// Loads variable `loc` of type `t` into d. Cells and globals hold a narrow type (int8,
    /// float32, …) in its memory form, as any pointer to them reads and writes it.
    pub(super) fn load_loc(&mut self, loc: Loc, t: TypeId, d: R) {
        let m = if self.is_block(t) { Mem::B8 } else { self.mem_of(t) };
        match loc {
            Loc::Reg(r) => {
                if r != d {
                    self.emit(Op::Move { d, a: r });
                }
            }
            Loc::Cell(r) => {
                self.emit(Op::Load { d, a: r, off: 0, m });
            }
            Loc::UpCell(k) => {
                self.emit(Op::Upval { d, k });
                self.emit(Op::Load { d, a: d, off: 0, m });
            }
            Loc::UpBlock(k) => {
                self.emit(Op::Upval { d, k });
            }
            Loc::Global(g) if m != Mem::B8 => {
                self.emit(Op::GlobalAddr { d, k: g });
                self.emit(Op::Load { d, a: d, off: 0, m });
            }
            Loc::Global(g) => {
                self.emit(Op::LoadGlobal { d, k: g });
            }
        }
    }

    pub(super) fn compile_decl_body(&mut self, fid: u32, d: DeclId) {
        let ast = self.ast;
        let DeclKind::Func(fd) = &ast[d].kind else { return };
        let Some(body) = &fd.body else { return };
        self.fns.push(FnState { fid, ..Default::default() });
        self.at(fd.name.pos);
        self.program.funcs[fid as usize].file = self.file_of(fd.name.pos);
        let ft = if fd.recv.is_none() {
            self.pkg_objs.get(&fd.name.pos).map(|o| self.info.objects[o.0 as usize].ty)
        } else {
            None
        };
        let ft = match ft {
            Some(t) => t,
            None => self.method_sig(fd),
        };
        self.f().may_defer = self.has_defer(&body.stmts);
        self.bind_signature(fd.recv.as_ref(), &fd.sig, ft);
        self.block(&body.stmts);
        self.at(body.rbrace);
        self.finish_function(fid);
    }

    /// Compiles generic instance `i`'s body (the generic declaration's, with its overlay).
    pub(super) fn compile_instance_body(&mut self, fid: u32, i: usize) {
        let ast = self.ast;
        let inst = &self.info.instances[i];
        let DeclKind::Func(fd) = &ast[inst.decl].kind else { return };
        let Some(body) = &fd.body else { return };
        let saved = self.inst.replace(i);
        self.fns.push(FnState { fid, ..Default::default() });
        self.at(fd.name.pos);
        self.program.funcs[fid as usize].file = self.file_of(fd.name.pos);
        if let Some(d) = inst.errors.first() {
            // The lenient check of the generic declaration passed, the instance's did not.
            let msg = format!("corgi does not support this instantiation yet ({}: {})", inst.name, d.message);
            self.errors.push(crate::diag::Diagnostic::new(d.span, msg));
        }
        self.f().may_defer = self.has_defer(&body.stmts);
        self.bind_signature(fd.recv.as_ref(), &fd.sig, inst.sig);
        self.block(&body.stmts);
        self.at(body.rbrace);
        self.finish_function(fid);
        self.inst = saved;
    }

    fn method_sig(&self, fd: &crate::ast::FuncDecl) -> TypeId {
        let Some(recv) = &fd.recv else { return TypeId::default() };
        let rt = self.ty(recv.ty);
        let base = match self.info.types.get(rt) {
            Type::Pointer(e) => *e,
            _ => rt,
        };
        if let Type::Named(n) = self.info.types.get(base)
            && let Some(m) = n.methods.iter().find(|m| m.name == fd.name.name)
        {
            return m.sig;
        }
        TypeId::default()
    }

    /// Compiles a function literal into a new function; returns its index and captured objects.
    pub(super) fn compile_func_lit(&mut self, e: ExprId) -> (u32, Vec<ObjId>) {
        let ast = self.ast;
        let ExprKind::FuncLit { sig, body } = &ast[e].kind else { return (0, Vec::new()) };
        let cur = self.f().fid as usize;
        let outer = self.program.funcs[cur].name.clone();
        // Per function (not per name: a generic's instances share Go's name `main.F[...]`).
        let n = self.lit_counter.entry(format!("{outer}#{cur}")).or_insert(0);
        *n += 1;
        let n = *n;
        let name = format!("{outer}.func{n}");
        let fid = self.new_func(name);
        let ft = self.ty(e);
        let (np, nr) = match self.info.types.get(self.info.types.under(ft)) {
            Type::Func(s) => (s.params.len(), s.results.len()),
            _ => (0, 0),
        };
        self.program.funcs[fid as usize].nparams = np as u16;
        self.program.funcs[fid as usize].nresults = nr as u16;
        self.program.funcs[fid as usize].file = self.file_of(ast[e].span.lo);
        let saved_here = self.here;
        self.fns.push(FnState { fid, ..Default::default() });
        self.at(ast[e].span.lo);
        self.f().may_defer = self.has_defer(&body.stmts);
        self.bind_signature(None, sig, ft);
        self.block(&body.stmts);
        self.at(body.rbrace);
        let captures = self.f().captures.clone();
        self.finish_function(fid);
        self.here = saved_here;
        let line = self.line_of(saved_here);
        self.f().line = line;
        (fid, captures)
    }

    /// The entry function: initialise package variables in dependency order, run `init`s, call
    /// `main.main`.
    pub(super) fn compile_entry(&mut self) -> u32 {
        let fid = self.new_func("runtime.main".into());
        self.program.funcs[fid as usize].synthetic = true;
        self.fns.push(FnState { fid, ..Default::default() });
        let info = self.info;
        let ast = self.ast;
        let mut done_specs: rustc_hash::FxHashSet<(DeclId, usize)> = Default::default();
        // Package by package, dependencies first (the order of `info.packages`): its variables
        // in dependency order, then its `init` functions in source order.
        let mut steps: Vec<(usize, Option<ObjId>, u32)> =
            info.init_order.iter().map(|&o| (info.objects[o.0 as usize].pkg, Some(o), 0)).collect();
        steps.extend(self.inits.iter().map(|&(pkg, fid)| (pkg, None, fid)));
        // Stable: within a package, variables keep their order and come before the inits.
        steps.sort_by_key(|&(pkg, o, _)| (pkg, o.is_none()));
        for (_, o, init) in steps {
            let Some(o) = o else {
                let a = self.reg();
                self.emit(Op::Call { a, k: init });
                continue;
            };
            self.init_var(o, &mut done_specs);
        }
        // Then main.main.
        let mut calls = Vec::new();
        if let Some((_, files)) = info.packages.iter().find(|(p, _)| p == "main") {
            for f in files {
                for &d in &f.decls {
                    if let DeclKind::Func(fd) = &ast[d].kind
                        && fd.recv.is_none()
                        && ast.name(fd.name.name) == "main"
                        && let Some(&o) = self.pkg_objs.get(&fd.name.pos)
                        && let Some(&fid) = self.funcs.get(&o)
                    {
                        calls.push(fid);
                    }
                }
            }
        }
        for k in calls {
            let a = self.reg();
            self.emit(Op::Call { a, k });
        }
        self.emit(Op::Return);
        let st = self.fns.pop().expect("entry state");
        let f = &mut self.program.funcs[fid as usize];
        f.code = st.code;
        f.lines = st.lines;
        f.nregs = st.max + 2;
        fid
    }

    /// Initialises package-level variable `o` from its declaration (once per spec: `var a, b = f()`
    /// sets both).
    pub(super) fn init_var(&mut self, o: ObjId, done_specs: &mut rustc_hash::FxHashSet<(DeclId, usize)>) {
        let info = self.info;
        let ast = self.ast;
        let obj = &info.objects[o.0 as usize];
        let Some(d) = obj.decl else { return };
        let DeclKind::Var(specs) = &ast[d].kind else { return };
        let Some((si, spec)) = specs.iter().enumerate().find(|(_, s)| s.names.iter().any(|n| n.pos == obj.pos)) else {
            return;
        };
        if spec.values.is_empty() || !done_specs.insert((d, si)) {
            return;
        }
        let save = self.f().next;
        self.at(spec.span.lo);
        if spec.values.len() == spec.names.len() {
            for (name, &v) in spec.names.iter().zip(&spec.values) {
                let Some(&obj) = self.pkg_objs.get(&name.pos) else {
                    self.expr(v);
                    continue;
                };
                let t = info.objects[obj.0 as usize].ty;
                let r = self.expr_for_store(v, t);
                self.store_var(obj, r);
            }
        } else if let Some(&v) = spec.values.first() {
            let base = self.call_multi(v);
            for (i, name) in spec.names.iter().enumerate() {
                if let Some(&obj) = self.pkg_objs.get(&name.pos) {
                    self.store_var(obj, R(base.0 + i as u16));
                }
            }
        }
        self.f().next = save;
    }

    /// Stores the value in `r` into variable `obj` (copying into the block for struct/array values).
    pub(super) fn store_var(&mut self, obj: ObjId, r: R) {
        let t = self.info.objects[obj.0 as usize].ty;
        let Some(loc) = self.var_loc(obj) else { return };
        self.store_loc(loc, t, r);
    }

    pub(super) fn store_loc(&mut self, loc: Loc, t: TypeId, r: R) {
        if self.is_block(t) {
            let ti = self.rtype(t);
            let dst = self.reg();
            self.load_loc(loc, t, dst);
            self.emit(Op::CopyInto { a: dst, b: r, t: ti });
            return;
        }
        match loc {
            Loc::Reg(d) => {
                if d != r {
                    self.emit(Op::Move { d, a: r });
                }
            }
            Loc::Cell(c) => {
                let m = self.mem_of(t);
                self.emit(Op::Store { a: c, b: r, off: 0, m });
            }
            Loc::UpCell(k) => {
                let c = self.reg();
                let m = self.mem_of(t);
                self.emit(Op::Upval { d: c, k });
                self.emit(Op::Store { a: c, b: r, off: 0, m });
            }
            Loc::UpBlock(_) => {}
            Loc::Global(g) if self.mem_of(t) != Mem::B8 => {
                let a = self.reg();
                let m = self.mem_of(t);
                self.emit(Op::GlobalAddr { d: a, k: g });
                self.emit(Op::Store { a, b: r, off: 0, m });
            }
            Loc::Global(g) => {
                self.emit(Op::StoreGlobal { a: r, k: g });
            }
        }
    }

    pub(super) fn obj_kind(&self, o: ObjId) -> ObjKind {
        self.info.objects[o.0 as usize].kind
    }
}
