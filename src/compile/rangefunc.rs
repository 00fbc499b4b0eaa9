//! Range over an iterator function: `for k, v := range seq { body }` becomes `seq(body')`, where
//! body' is a function the iterator calls once per value (Go names it `outer-rangeN`).
//!
//! The loop and its body function share a state cell, as Go's compiler does (cmd/compile's
//! rangefunc rewrite): READY while the iterator may call the body, RUNNING while the body runs
//! (left set if it panics), EXHAUSTED once the loop is over, and DONE + an exit code once the body
//! has stopped the loop. A body entered in any state but READY panics with Go's message. After the
//! iterator returns, the loop reads the exit code and carries out what the body could not do
//! from inside its own function: return from the enclosing function (the values wait in result
//! cells the body captures), or break/continue an enclosing loop.

use super::Compiler;
use super::func::{FnState, Loc};
use crate::ast::{BranchKind, ExprId, StmtId, StmtKind, Symbol};
use crate::check::ObjId;
use crate::types::{BasicKind, TypeId};
use crate::vm::op::{Cmp, Op, R};

const READY: i32 = 0;
const RUNNING: i32 = 1;
const EXHAUSTED: i32 = 3;
/// DONE states: the body stopped the loop with `break` (or by its own label).
const DONE_BREAK: i32 = 4;
/// The body executed `return v...`: the values are in the result cells.
const DONE_RETURN: i32 = 5;
/// The body executed a bare `return` (named results keep their values).
const DONE_BARE_RETURN: i32 = 6;
/// DONE_EXIT + i: the body branched to the i-th enclosing target (`RangeBody::exits`).
const DONE_EXIT: i32 = 7;

/// Capture 0 of a body function is its loop's state cell; captures 1..=n its result cells.
const SYNTHETIC: ObjId = ObjId(u32::MAX);

/// A break, continue or goto target outside a body function.
type Exit = (BranchKind, Option<Symbol>);

/// What a body function knows of the loop it implements.
#[derive(Clone, Default)]
pub(super) struct RangeBody {
    /// The result types of the function the loop is in (the real one, past nested bodies).
    pub results: Vec<TypeId>,
    /// Whether the result cells exist (the body contains a `return` with values).
    pub result_cells: bool,
    /// The capture holding a cell with the enclosing function's frame index, when the body
    /// defers (its deferred calls belong to that function).
    pub frame_cell: Option<u16>,
    /// break/continue targets outside the body, in exit-code order.
    pub exits: Vec<Exit>,
}

impl Compiler<'_> {
    pub(super) fn range_func(
        &mut self,
        x: ExprId,
        yield_params: &[TypeId],
        vars: [Option<ExprId>; 2],
        define: bool,
        body: &[StmtId],
        label: Option<Symbol>,
    ) {
        let int_t = self.basic_type(BasicKind::Int).unwrap_or_default();
        let results: Vec<TypeId> = match &self.f().range_body {
            Some(rb) => rb.results.clone(),
            None => self.f().results.iter().map(|&(_, t)| t).collect(),
        };
        let result_cells =
            !results.is_empty() && self.any_stmt(body, &|k| matches!(k, StmtKind::Return(v) if !v.is_empty()));
        // The iterator is evaluated before anything of the loop exists.
        let f0 = self.expr(x);
        let f = self.reg();
        self.emit(Op::Move { d: f, a: f0 });
        let st = self.reg();
        let ti = self.rtype(int_t);
        self.emit(Op::New { d: st, t: ti });
        let mut cells = Vec::new();
        if result_cells {
            for &t in &results {
                let r = self.reg();
                let ti = self.rtype(t);
                self.emit(Op::New { d: r, t: ti });
                cells.push((r, t));
            }
        }
        // The frame the body's defers belong to: the enclosing function's, found once.
        let frame = if self.any_stmt(body, &|k| matches!(k, StmtKind::Defer(_))) {
            let r = self.reg();
            match self.f().range_body.as_ref().and_then(|rb| rb.frame_cell) {
                Some(k) => {
                    self.emit(Op::Upval { d: r, k });
                }
                None => {
                    let ti = self.rtype(int_t);
                    self.emit(Op::New { d: r, t: ti });
                    let v = self.reg();
                    self.emit(Op::FrameIndex { d: v });
                    self.store_loc(Loc::Cell(r), int_t, v);
                }
            }
            Some(r)
        } else {
            None
        };
        let frame_cell = frame.map(|_| 1 + cells.len() as u16);
        let rb = RangeBody { results, result_cells, exits: Vec::new(), frame_cell };
        let (fid, captures, exits) = self.range_body_func(yield_params, vars, define, body, label, rb);
        // The closure: the state and result cells, then what the body captured.
        let n = captures.len() as u16;
        let a = self.regs(n);
        for (i, o) in captures.iter().enumerate() {
            let r = R(a.0 + i as u16);
            if i == 0 {
                self.emit(Op::Move { d: r, a: st });
                continue;
            }
            if let Some(&(c, _)) = cells.get(i - 1) {
                self.emit(Op::Move { d: r, a: c });
                continue;
            }
            if let Some(fr) = frame.filter(|_| i == 1 + cells.len()) {
                self.emit(Op::Move { d: r, a: fr });
                continue;
            }
            match self.var_loc(*o) {
                Some(Loc::Cell(c)) | Some(Loc::Reg(c)) => {
                    self.emit(Op::Move { d: r, a: c });
                }
                Some(Loc::UpCell(k)) | Some(Loc::UpBlock(k)) => {
                    self.emit(Op::Upval { d: r, k });
                }
                _ => {}
            }
        }
        let args = self.reg();
        self.emit(Op::Closure { d: args, k: fid, a, n });
        self.emit(Op::CallClosure { f, a: args });
        // What the body left to do.
        let s = self.reg();
        self.load_loc(Loc::Cell(st), int_t, s);
        let not_running = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: RUNNING, off: 0 });
        self.range_panic("range function recovered a loop body panic and did not resume panicking");
        self.patch(not_running);
        self.set_state(Loc::Cell(st), EXHAUSTED);
        if result_cells {
            let skip = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: DONE_RETURN, off: 0 });
            let vals: Vec<(R, TypeId)> = cells
                .iter()
                .map(|&(c, t)| {
                    let r = self.reg();
                    let loc = if self.is_block(t) { Loc::Reg(c) } else { Loc::Cell(c) };
                    self.load_loc(loc, t, r);
                    (r, t)
                })
                .collect();
            self.return_regs(&vals);
            self.patch(skip);
        }
        if self.any_stmt(body, &|k| matches!(k, StmtKind::Return(v) if v.is_empty())) {
            let skip = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: DONE_BARE_RETURN, off: 0 });
            self.return_stmt(&[]);
            self.patch(skip);
        }
        for (i, (kind, label)) in exits.into_iter().enumerate() {
            let skip = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: DONE_EXIT + i as i32, off: 0 });
            self.branch(kind, label);
            self.patch(skip);
        }
    }

    /// Compiles the loop body as a function `func(params...) bool`; returns its index, its
    /// captures (state and result cells first) and the enclosing targets it branches to.
    #[allow(clippy::too_many_arguments)]
    fn range_body_func(
        &mut self,
        params: &[TypeId],
        vars: [Option<ExprId>; 2],
        define: bool,
        body: &[StmtId],
        label: Option<Symbol>,
        rb: RangeBody,
    ) -> (u32, Vec<ObjId>, Vec<Exit>) {
        let int_t = self.basic_type(BasicKind::Int).unwrap_or_default();
        let cur = self.f().fid as usize;
        let outer = self.program.funcs[cur].name.clone();
        let n = self.lit_counter.entry(format!("{outer}#{cur}-range")).or_insert(0);
        *n += 1;
        let name = format!("{outer}-range{n}");
        let fid = self.new_func(name);
        self.program.funcs[fid as usize].nparams = params.len() as u16;
        self.program.funcs[fid as usize].nresults = 1;
        self.program.funcs[fid as usize].file = self.program.funcs[cur].file;
        let here = self.here;
        let ncells = if rb.result_cells { rb.results.len() } else { 0 } + rb.frame_cell.is_some() as usize;
        self.fns.push(FnState {
            fid,
            captures: vec![SYNTHETIC; 1 + ncells],
            range_body: Some(rb),
            ..Default::default()
        });
        self.at(here);
        self.regs(params.len() as u16);
        let state = Loc::UpCell(0);
        let s = self.reg();
        self.load_loc(state, int_t, s);
        let not_ready = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: READY, off: 0 });
        self.set_state(state, RUNNING);
        for (i, v) in vars.into_iter().enumerate() {
            if let Some(&t) = params.get(i) {
                self.bind_iter_var(define, v, R(i as u16), t, false);
            }
        }
        self.f().loops.push(super::func::LoopCtx { label, breaks: Vec::new(), continues: Vec::new(), is_loop: true });
        self.block(body);
        // continue (and the end of the body): ready for the next value.
        let cont = self.pc();
        self.set_state(state, READY);
        self.emit(Op::Int { d: R(0), k: 1 });
        self.emit(Op::Return);
        let l = self.f().loops.pop().expect("the range loop");
        for j in l.continues {
            self.patch_to(j, cont);
        }
        for j in l.breaks {
            self.patch(j);
        }
        self.stop_loop(DONE_BREAK);
        // Entered when not READY: the iterator misbehaved (reported at the range statement).
        self.patch(not_ready);
        self.at(here);
        let s = self.reg();
        self.load_loc(state, int_t, s);
        let not_panicked = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: RUNNING, off: 0 });
        self.range_panic("range function continued iteration after loop body panic");
        self.patch(not_panicked);
        let not_exhausted = self.emit(Op::JCmpK { cmp: Cmp::Eq, a: s, k: EXHAUSTED, off: 0 });
        self.range_panic("range function continued iteration after whole loop exit");
        self.patch(not_exhausted);
        self.range_panic("range function continued iteration after function for loop body returned false");
        // A goto to a label outside the body: an exit, the goto repeated after the call.
        let outside: Vec<(usize, Symbol)> = {
            let f = self.f();
            f.gotos.iter().filter(|(_, l)| !f.labels.contains_key(l)).copied().collect()
        };
        self.f().gotos.retain(|(at, _)| !outside.iter().any(|(o, _)| o == at));
        for (at, label) in outside {
            self.patch(at);
            self.range_exit(BranchKind::Goto, Some(label));
        }
        let captures = self.f().captures.clone();
        let exits = self.f().range_body.as_ref().map(|rb| rb.exits.clone()).unwrap_or_default();
        self.finish_function(fid);
        self.here = here;
        let line = self.line_of(here);
        self.f().line = line;
        (fid, captures, exits)
    }

    /// In a body function: `return vals` of the enclosing function.
    pub(super) fn range_return(&mut self, vals: &[ExprId]) {
        if vals.is_empty() {
            self.stop_loop(DONE_BARE_RETURN);
            return;
        }
        let results = self.f().range_body.as_ref().map(|rb| rb.results.clone()).unwrap_or_default();
        let regs = self.return_values(vals, &results);
        self.return_regs(&regs);
    }

    /// Evaluates `return vals` for results of types `results` into fresh registers.
    fn return_values(&mut self, vals: &[ExprId], results: &[TypeId]) -> Vec<(R, TypeId)> {
        let mut regs = Vec::new();
        if vals.len() == results.len() {
            for (&v, &t) in vals.iter().zip(results) {
                let r = self.expr_for_store(v, t);
                let fresh = self.reg();
                self.emit(Op::Move { d: fresh, a: r });
                regs.push((fresh, t));
            }
        } else if vals.len() == 1 {
            let base = self.call_multi(vals[0]);
            let rt = self.ty(vals[0]);
            let srcs = self.tuple(rt);
            for (i, &t) in results.iter().enumerate() {
                let st = srcs.get(i).copied().unwrap_or(t);
                let v = self.convert_word(R(base.0 + i as u16), st, t);
                let fresh = self.reg();
                self.emit(Op::Move { d: fresh, a: v });
                regs.push((fresh, t));
            }
        }
        regs
    }

    /// In a body function: break/continue of a target outside it.
    pub(super) fn range_exit(&mut self, kind: BranchKind, label: Option<Symbol>) {
        let Some(rb) = self.f().range_body.as_mut() else { return };
        let i = match rb.exits.iter().position(|&e| e == (kind, label)) {
            Some(i) => i,
            None => {
                rb.exits.push((kind, label));
                rb.exits.len() - 1
            }
        };
        self.stop_loop(DONE_EXIT + i as i32);
    }

    /// Returns values already in registers from the current function: from a body function, by
    /// the result cells and the DONE_RETURN state; otherwise as `return` does.
    pub(super) fn return_regs(&mut self, vals: &[(R, TypeId)]) {
        if self.f().range_body.is_some() {
            for (i, &(r, t)) in vals.iter().enumerate() {
                let k = 1 + i as u16;
                let loc = if self.is_block(t) { Loc::UpBlock(k) } else { Loc::UpCell(k) };
                self.store_loc(loc, t, r);
            }
            self.stop_loop(DONE_RETURN);
            return;
        }
        let results = self.f().results.clone();
        if !self.f().may_defer && results.iter().all(|(l, _)| matches!(l, Loc::Reg(_))) {
            for (i, &(r, _)) in vals.iter().enumerate() {
                self.emit(Op::Move { d: R(i as u16), a: r });
            }
            self.emit(Op::Return);
            return;
        }
        for (&(loc, t), &(r, _)) in results.iter().zip(vals) {
            self.store_loc(loc, t, r);
        }
        let j = self.emit(Op::Jmp { off: 0 });
        self.f().exit_jumps.push(j);
    }

    /// A `defer` statement is being compiled: the function it defers for runs its deferred
    /// calls on exit (past any range-over-func bodies, to the real function).
    pub(super) fn mark_deferring(&mut self) {
        if let Some(f) = self.fns.iter_mut().rev().find(|f| f.range_body.is_none()) {
            f.has_defer = true;
        }
    }

    /// Pushes a deferred call of closure f with n argument words from a.., for the current
    /// function or, in a range-over-func body, for the function the loop is in.
    pub(super) fn emit_defer(&mut self, f: R, a: R, n: u16) {
        match self.f().range_body.as_ref().and_then(|rb| rb.frame_cell) {
            Some(k) => {
                let int_t = self.basic_type(BasicKind::Int).unwrap_or_default();
                let at = self.reg();
                self.load_loc(Loc::UpCell(k), int_t, at);
                self.emit(Op::DeferAt { f, a, n, at });
            }
            None => {
                self.emit(Op::Defer { f, a, n });
            }
        }
    }

    /// Ends the body function with the loop stopped in state `done`: `return false`.
    fn stop_loop(&mut self, done: i32) {
        self.set_state(Loc::UpCell(0), done);
        self.emit(Op::Int { d: R(0), k: 0 });
        self.emit(Op::Return);
    }

    fn set_state(&mut self, state: Loc, v: i32) {
        let int_t = self.basic_type(BasicKind::Int).unwrap_or_default();
        let r = self.reg();
        self.emit(Op::Int { d: r, k: v });
        self.store_loc(state, int_t, r);
    }

    /// Panics with a runtime.Error saying `msg`.
    fn range_panic(&mut self, msg: &str) {
        let text = format!("runtime error: {msg}");
        let k = self.str_const(text.as_bytes());
        let s = self.reg();
        self.emit(Op::Const { d: s, k });
        let v = self.reg();
        let t = self.program.well_known.runtime_error;
        self.emit(Op::Box { d: v, a: s, t });
        self.emit(Op::Panic { a: v });
    }
}
