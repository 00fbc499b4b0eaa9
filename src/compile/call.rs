//! Calls: functions, methods, closures, natives, interface methods, conversions and builtins;
//! and the method tables of run-time types (with the wrappers promoted methods need).

use super::Compiler;
use super::expr::{Cat, Sel};
use super::func::FnState;
use crate::ast::{ExprId, ExprKind};
use crate::check::{Builtin, ObjKind};
use crate::types::{BasicKind, Type, TypeId};
use crate::vm::op::{Op, R};
use crate::vm::rtype::TypeIdx;

impl Compiler<'_> {
    fn sig_of(&self, t: TypeId) -> (Vec<TypeId>, Vec<TypeId>, bool) {
        match self.info.types.get(self.info.types.under(t)) {
            Type::Func(s) => (s.params.clone(), s.results.clone(), s.variadic),
            _ => (Vec::new(), Vec::new(), false),
        }
    }

    /// Compiles a call; returns the register holding the first result (results are consecutive
    /// and stay reserved).
    pub(super) fn call(&mut self, e: ExprId) -> R {
        if let Some(d) = self.inline_call(e) {
            return d;
        }
        let start = self.pc();
        let a = self.call_inner(e);
        self.place_call_at_lparen(e, start);
        let nres = self.tuple(self.ty(e)).len().max(1) as u16;
        let cur = self.f().next;
        if cur < a.0 + nres {
            self.regs(a.0 + nres - cur);
        }
        a
    }

    /// Gives the call instruction of `e` (the last one emitted since `start`: its arguments'
    /// calls come first) the line of the call's `(`, which is where Go's traces and callers place
    /// a call that spans lines (`func() {…\n}()` is at its last line).
    fn place_call_at_lparen(&mut self, e: ExprId, start: usize) {
        let ast = self.ast;
        let ExprKind::Call { func, lparen, .. } = &ast[e].kind else { return };
        let func = super::expr_unparen(ast, *func);
        let builtin = self.obj_of(func).is_some_and(|o| matches!(self.obj_kind(o), ObjKind::Builtin(_)));
        if self.is_type_expr(func) || builtin {
            return;
        }
        let line = self.line_of(*lparen);
        let f = self.f();
        let is_call = |op: &Op| {
            matches!(op, Op::Call { .. } | Op::CallClosure { .. } | Op::CallIface { .. } | Op::CallNative { .. })
        };
        if let Some(i) = (start..f.code.len()).rev().find(|&i| is_call(&f.code[i])) {
            f.lines[i] = line;
        }
    }

    fn call_inner(&mut self, e: ExprId) -> R {
        let ast = self.ast;
        let ExprKind::Call { func, args, ellipsis, .. } = &ast[e].kind else { return self.reg() };
        let func = super::expr_unparen(ast, *func);
        if self.is_type_expr(func) {
            let t = self.ty(func);
            let d = self.reg();
            self.convert_in(args[0], t, d);
            return d;
        }
        if let Some(o) = self.obj_of(func)
            && let ObjKind::Builtin(b) = self.obj_kind(o)
        {
            return self.builtin(e, b, args, ellipsis.is_some());
        }
        let ft = self.ty(func);
        let (params, _results, variadic) = self.sig_of(ft);
        // Method calls.
        if let ExprKind::Selector(x, name) = &ast[func].kind
            && self.obj_of(func).is_none()
            && !self.is_type_expr(*x)
        {
            let xt = self.ty(*x);
            match self.select(xt, name.name) {
                Some(Sel::Method { path, fid, ptr }) => {
                    let recv = self.method_receiver(*x, xt, &path, ptr);
                    let a = self.regs(1);
                    self.emit(Op::Move { d: a, a: recv });
                    self.args(a, 1, &params, variadic, args, ellipsis.is_some());
                    self.emit_static_call(a, fid);
                    return a;
                }
                Some(Sel::IfaceMethod { path, name }) => {
                    let base = self.expr(*x);
                    let (iv, _) = self.follow_path(base, xt, &path);
                    let a = self.regs(1);
                    self.emit(Op::Move { d: a, a: iv });
                    self.args(a, 1, &params, variadic, args, ellipsis.is_some());
                    self.emit(Op::CallIface { a, k: name });
                    return a;
                }
                _ => {}
            }
        }
        // Static calls of declared functions.
        if let Some(o) = self.obj_of(func)
            && self.obj_kind(o) == ObjKind::Func
            && let Some(&fid) = self.funcs.get(&o)
        {
            let a = self.regs(0);
            self.args(a, 0, &params, variadic, args, ellipsis.is_some());
            self.emit_static_call(a, fid);
            return a;
        }
        let f = self.expr(func);
        let a = self.regs(0);
        self.args(a, 0, &params, variadic, args, ellipsis.is_some());
        self.emit(Op::CallClosure { f, a });
        a
    }

    pub(super) fn emit_static_call(&mut self, a: R, fid: u32) {
        self.check_native_available(fid);
        match self.native_of.get(&fid) {
            Some(&k) => self.emit(Op::CallNative { a, k }),
            None => self.emit(Op::Call { a, k: fid }),
        };
    }

    /// Evaluates arguments into a+skip.. (registers are reserved here, consecutively).
    fn args(&mut self, a: R, skip: u16, params: &[TypeId], variadic: bool, args: &[ExprId], spread: bool) {
        let np = params.len() as u16;
        // Reserve the argument window first so temporaries go above it.
        let cur = self.f().next;
        let want = a.0 + skip + np.max(1);
        if cur < want {
            self.regs(want - cur);
        }
        // f(g()) with a multi-value g.
        if args.len() == 1 && self.tuple(self.ty(args[0])).len() > 1 {
            let base = self.call_multi(args[0]);
            let results = self.tuple(self.ty(args[0]));
            let fixed = if variadic { np as usize - 1 } else { np as usize };
            for (i, &st) in results.iter().enumerate().take(fixed) {
                let v = self.convert_word(R(base.0 + i as u16), st, params[i]);
                self.emit(Op::Move { d: R(a.0 + skip + i as u16), a: v });
            }
            if variadic {
                let slot = R(a.0 + skip + fixed as u16);
                let st = params[fixed];
                let et = self.elem_type(st);
                let extra: Vec<(R, TypeId)> =
                    results.iter().enumerate().skip(fixed).map(|(i, &t)| (R(base.0 + i as u16), t)).collect();
                if extra.is_empty() {
                    self.emit(Op::Int { d: slot, k: 0 });
                } else {
                    let len = self.int_reg(extra.len() as i32);
                    let sti = self.rtype(st);
                    let tmp = self.reg();
                    self.emit(Op::MakeSlice { d: tmp, a: len, b: len, t: sti });
                    let eti = self.rtype(et);
                    for (i, (r, t)) in extra.into_iter().enumerate() {
                        let v = self.convert_word(r, t, et);
                        let idx = self.int_reg(i as i32);
                        let addr = self.reg();
                        self.emit(Op::SlAddr { d: addr, a: tmp, b: idx, t: eti });
                        self.store_place(super::expr::Place::Mem { addr, off: 0, t: et }, v);
                    }
                    self.emit(Op::Move { d: slot, a: tmp });
                }
            }
            return;
        }
        let fixed = if variadic { np as usize - 1 } else { np as usize };
        for (i, &arg) in args.iter().enumerate().take(fixed) {
            let save = self.f().next;
            self.expr_as_into(arg, params[i], R(a.0 + skip + i as u16));
            self.f().next = save;
        }
        if variadic {
            let slot = R(a.0 + skip + fixed as u16);
            let st = params[fixed];
            if spread {
                if let Some(&last) = args.last() {
                    let v = self.expr_as(last, st);
                    self.emit(Op::Move { d: slot, a: v });
                }
            } else {
                let extra = &args[fixed.min(args.len())..];
                if extra.is_empty() {
                    self.emit(Op::Int { d: slot, k: 0 });
                } else {
                    self.slice_of(slot, st, extra);
                }
            }
        }
    }

    /// Builds a slice of type `st` holding `elems`, into d.
    fn slice_of(&mut self, d: R, st: TypeId, elems: &[ExprId]) {
        let et = self.elem_type(st);
        let len = self.reg();
        self.emit(Op::Int { d: len, k: elems.len() as i32 });
        let sti = self.rtype(st);
        self.emit(Op::MakeSlice { d, a: len, b: len, t: sti });
        let eti = self.rtype(et);
        for (i, &el) in elems.iter().enumerate() {
            let save = self.f().next;
            let idx = self.reg();
            self.emit(Op::Int { d: idx, k: i as i32 });
            let addr = self.reg();
            self.emit(Op::SlAddr { d: addr, a: d, b: idx, t: eti });
            let v = self.expr_for_store(el, et);
            self.store_place(super::expr::Place::Mem { addr, off: 0, t: et }, v);
            self.f().next = save;
        }
    }

    /// The value in `r` of type `from`, made fit for a destination of type `to` (boxing).
    pub(super) fn convert_word(&mut self, r: R, from: TypeId, to: TypeId) -> R {
        if self.cat(to) == Cat::Iface && self.cat(from) != Cat::Iface {
            let d = self.reg();
            if self.cat(from) == Cat::Nil {
                self.emit(Op::Int { d, k: 0 });
            } else {
                self.box_into(d, r, from);
            }
            return d;
        }
        r
    }

    /// A call whose several results are wanted: the register of the first.
    pub(super) fn call_multi(&mut self, e: ExprId) -> R {
        let e = super::expr_unparen(self.ast, e);
        match &self.ast[e].kind {
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Index(x, idx) => {
                // v, ok := m[k]
                let xt = self.ty(*x);
                let m = self.expr(*x);
                let kt = self.map_key_type(xt);
                let k = self.expr_as(idx[0], kt);
                let d = self.regs(2);
                let mt = self.rtype(xt);
                self.emit(Op::MapGet { d, a: m, b: k, t: mt });
                d
            }
            ExprKind::TypeAssert(x, Some(_)) => {
                let t = self.ty(e);
                let t = match self.info.types.get(t) {
                    Type::Tuple(v) => v[0],
                    _ => t,
                };
                let v = self.expr(*x);
                let d = self.regs(2);
                let ti = self.assert_idx(t, self.ty(*x));
                if self.cat(t) == Cat::Iface {
                    self.emit(Op::AssertIfaceOk { d, a: v, t: ti });
                } else {
                    self.emit(Op::UnboxOk { d, a: v, t: ti });
                }
                d
            }
            ExprKind::Unary(crate::ast::UnOp::Recv, x) => {
                if !self.is_chan(self.ty(*x)) {
                    self.unsupported_here("a receive from this value");
                }
                let ch = self.expr(*x);
                let d = self.regs(2);
                self.emit(Op::Recv { d, a: ch, ok: true });
                d
            }
            _ => {
                self.unsupported_here("this multi-value expression");
                self.reg()
            }
        }
    }

    /// `T(x)`.
    pub(super) fn convert_in(&mut self, x: ExprId, t: TypeId, d: R) {
        let st = self.ty(x);
        let (cs, ct) = (self.cat(st), self.cat(t));
        if ct == Cat::Iface {
            let v = self.expr_as(x, t);
            self.emit(Op::Move { d, a: v });
            return;
        }
        let basic_target =
            matches!(ct, Cat::Int { .. } | Cat::Float { .. } | Cat::Complex { .. } | Cat::Str | Cat::Bool);
        if self.is_const(x) && basic_target && !(ct == Cat::Str && cs != Cat::Str) {
            self.const_into(x, t, d);
            return;
        }
        let types = &self.info.types;
        let ut = types.get(types.under(t)).clone();
        let us = types.get(types.under(st)).clone();
        let is_bytes =
            |c: &Self, ty: &Type| matches!(ty, Type::Slice(e) if matches!(c.cat(*e), Cat::Int{bits: 8, signed: false}));
        let is_runes =
            |c: &Self, ty: &Type| matches!(ty, Type::Slice(e) if matches!(c.cat(*e), Cat::Int{bits: 32, signed: true}));
        if ct == Cat::Str && cs != Cat::Str {
            let a = if self.is_const(x) {
                let r = self.reg();
                let it = self.basic_type(BasicKind::Int64).unwrap_or_default();
                self.const_into(x, it, r);
                r
            } else {
                self.expr(x)
            };
            if is_bytes(self, &us) {
                self.emit(Op::BytesToS { d, a });
            } else if is_runes(self, &us) {
                self.emit(Op::RunesToS { d, a });
            } else {
                self.emit(Op::RuneToS { d, a });
            }
            return;
        }
        let a = self.expr(x);
        if cs == Cat::Str && ct != Cat::Str {
            if is_bytes(self, &ut) {
                self.emit(Op::SToBytes { d, a });
            } else if is_runes(self, &ut) {
                self.emit(Op::SToRunes { d, a });
            }
            return;
        }
        match (cs, ct) {
            (Cat::Int { signed, .. }, Cat::Float { bits }) => {
                if signed {
                    self.emit(Op::IntToF { d, a });
                } else {
                    self.emit(Op::UintToF { d, a });
                }
                if bits == 32 {
                    self.emit(Op::RoundF32 { d });
                }
            }
            (Cat::Float { .. }, Cat::Int { signed, .. }) => {
                if signed {
                    self.emit(Op::FToInt { d, a });
                } else {
                    self.emit(Op::FToUint { d, a });
                }
                self.narrow(ct, d);
            }
            (Cat::Float { .. }, Cat::Float { bits }) => {
                self.emit(Op::Move { d, a });
                if bits == 32 {
                    self.emit(Op::RoundF32 { d });
                }
            }
            (Cat::Int { .. }, Cat::Int { .. }) => {
                self.emit(Op::Move { d, a });
                self.narrow(ct, d);
            }
            (Cat::Complex { bits: from }, Cat::Complex { bits: to }) => {
                if from == to {
                    self.emit(Op::Move { d, a });
                } else {
                    self.emit(Op::CConv { d, a, to64: to == 64 });
                }
            }
            (Cat::Nil, _) => {
                self.emit(Op::Int { d, k: 0 });
            }
            _ if let Some((n, to_ptr)) = self.slice_to_array(st, t) => {
                // Go 1.17/1.20: a slice to *[N]T shares its elements; to [N]T copies them.
                if to_ptr {
                    self.emit(Op::SliceToArrPtr { d, a, n });
                } else {
                    let p = self.reg();
                    self.emit(Op::SliceToArrPtr { d: p, a, n });
                    let ti = self.rtype(t);
                    if n == 0 {
                        self.emit(Op::New { d, t: ti });
                    } else {
                        self.emit(Op::Copy { d, a: p, t: ti });
                    }
                }
            }
            _ if !self.convertible(st, t) => {
                // The checker does not yet judge every conversion: never reinterpret a word.
                let ts = self.type_name(t);
                let ss = self.type_name(st);
                let span = self.ast[x].span;
                let text = self.sm.file(self.sm.file_of(span.lo)).text.clone();
                let base = self.sm.file(self.sm.file_of(span.lo)).base;
                let src = text.get((span.lo.0 - base) as usize..(span.hi.0 - base) as usize).unwrap_or("x").to_string();
                let what = if self.obj_of(x).is_some() { "variable" } else { "value" };
                self.errors.push(crate::diag::Diagnostic::new(
                    span,
                    format!("cannot convert {src} ({what} of type {ss}) to type {ts}"),
                ));
            }
            (Cat::Block, _) if self.is_location(x) => {
                let ti = self.rtype(t);
                self.emit(Op::Copy { d, a, t: ti });
            }
            _ => {
                self.emit(Op::Move { d, a });
            }
        }
    }

    /// For a conversion from a slice to an array (false) or array pointer (true) of the same
    /// element type: the array's length.
    fn slice_to_array(&self, from: TypeId, to: TypeId) -> Option<(u32, bool)> {
        let types = &self.info.types;
        let Type::Slice(se) = types.get(types.under(from)) else { return None };
        let (arr, to_ptr) = match types.get(types.under(to)) {
            Type::Pointer(p) => (types.under(*p), true),
            _ => (types.under(to), false),
        };
        match types.get(arr) {
            Type::Array(Some(n), ae) if types.identical(*se, *ae) => Some((u32::try_from(*n).ok()?, to_ptr)),
            _ => None,
        }
    }

    /// Whether a non-constant value of type `from` may be converted to `to` by reinterpreting
    /// nothing: identical underlying types, or pointers to identical underlying types.
    fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        let types = &self.info.types;
        let (uf, ut) = (types.under(from), types.under(to));
        if types.identical(uf, ut) {
            return true;
        }
        match (types.get(uf), types.get(ut)) {
            (Type::Pointer(a), Type::Pointer(b)) => types.identical(types.under(*a), types.under(*b)),
            _ => false,
        }
    }

    fn builtin(&mut self, e: ExprId, b: Builtin, args: &[ExprId], spread: bool) -> R {
        let d = self.reg();
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty(args[0]);
                let x = self.expr(args[0]);
                let types = &self.info.types;
                let op = match (types.get(types.under(xt)), b) {
                    (Type::Basic(_), _) => Op::LenS { d, a: x },
                    (Type::Slice(_), Builtin::Len) => Op::LenSl { d, a: x },
                    (Type::Slice(_), _) => Op::CapSl { d, a: x },
                    (Type::Map(..), _) => Op::LenMap { d, a: x },
                    (Type::Chan(..), Builtin::Len) => Op::LenChan { d, a: x },
                    (Type::Chan(..), _) => Op::CapChan { d, a: x },
                    _ => {
                        self.unsupported_here("len/cap of this type");
                        Op::Nop
                    }
                };
                self.emit(op);
            }
            Builtin::Append => {
                let st = self.ty(e);
                let sti = self.rtype(st);
                let s = self.expr_as(args[0], st);
                self.emit(Op::Move { d, a: s });
                if spread {
                    let other = self.bytes_if_string(args[1]);
                    self.emit(Op::AppendSl { d, a: d, b: other, t: sti });
                } else {
                    let et = self.elem_type(st);
                    for &x in &args[1..] {
                        let save = self.f().next;
                        let v = self.expr_for_store(x, et);
                        self.emit(Op::Append1 { d, a: d, b: v, t: sti });
                        self.f().next = save;
                    }
                }
            }
            Builtin::Make => {
                let t = self.ty(args[0]);
                let ti = self.rtype(t);
                let types = &self.info.types;
                match types.get(types.under(t)) {
                    Type::Slice(_) => {
                        let n = self.expr_int(args[1]);
                        let c = if args.len() > 2 { self.expr_int(args[2]) } else { n };
                        self.emit(Op::MakeSlice { d, a: n, b: c, t: ti });
                    }
                    Type::Map(..) => {
                        self.emit(Op::MakeMap { d, t: ti });
                    }
                    Type::Chan(..) => {
                        let n = if args.len() > 1 { self.expr_int(args[1]) } else { self.int_reg(0) };
                        self.emit(Op::MakeChan { d, a: n, t: ti });
                    }
                    _ => self.unsupported_here("make of this type"),
                }
            }
            Builtin::New => {
                let t = self.ty(args[0]);
                let ti = self.rtype(t);
                self.emit(Op::New { d, t: ti });
            }
            Builtin::Delete => {
                let mt = self.ty(args[0]);
                let m = self.expr(args[0]);
                let kt = self.map_key_type(mt);
                let k = self.expr_as(args[1], kt);
                let mti = self.rtype(mt);
                self.emit(Op::MapDel { a: m, b: k, t: mti });
            }
            Builtin::Copy => {
                let st = self.ty(args[0]);
                let sti = self.rtype(st);
                let a = self.expr(args[0]);
                let b2 = self.bytes_if_string(args[1]);
                self.emit(Op::CopySl { d, a, b: b2, t: sti });
            }
            Builtin::Panic => {
                let any = self.any_type();
                let v = self.expr_as(args[0], any);
                self.emit(Op::Panic { a: v });
            }
            Builtin::Recover => {
                self.emit(Op::Recover { d });
            }
            Builtin::Print | Builtin::Println => {
                // Arguments as [count, boxed values…] (no slice type needed: fmt may not be imported).
                let any = self.any_type();
                // `println(f())` with f returning several values prints each.
                let tuple = match args {
                    [x] => match self.info.types.get(self.ty(*x)) {
                        Type::Tuple(ts) => Some(ts.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let a = if let Some(ts) = tuple {
                    let base = self.call(args[0]);
                    let a = self.regs(ts.len() as u16 + 1);
                    for (i, &t) in ts.iter().enumerate() {
                        let (r, slot) = (R(base.0 + i as u16), R(a.0 + 1 + i as u16));
                        if self.cat(t) == Cat::Iface {
                            self.emit(Op::Move { d: slot, a: r });
                        } else {
                            self.box_into(slot, r, t);
                        }
                    }
                    self.emit(Op::Int { d: a, k: ts.len() as i32 });
                    a
                } else {
                    let a = self.regs(args.len() as u16 + 1);
                    for (i, &x) in args.iter().enumerate() {
                        let save = self.f().next;
                        let v = self.expr_as(x, any);
                        self.emit(Op::Move { d: R(a.0 + 1 + i as u16), a: v });
                        self.f().next = save;
                    }
                    self.emit(Op::Int { d: a, k: args.len() as i32 });
                    a
                };
                let name = if b == Builtin::Print { "builtin.print" } else { "builtin.println" };
                match self.native_index.get(name).copied() {
                    Some(k) => {
                        self.emit(Op::CallNative { a, k });
                    }
                    None => self.unsupported_here(name),
                }
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty(e);
                let c = self.cat(t);
                let first = self.expr_as(args[0], t);
                self.emit(Op::Move { d, a: first });
                for &x in &args[1..] {
                    let v = self.expr_as(x, t);
                    let cond = self.reg();
                    let (p, q) = if b == Builtin::Min { (v, d) } else { (d, v) };
                    let op = match c {
                        Cat::Float { .. } => {
                            self.emit(if b == Builtin::Min {
                                Op::MinF { d, a: d, b: v }
                            } else {
                                Op::MaxF { d, a: d, b: v }
                            });
                            continue;
                        }
                        Cat::Str => Op::LtS { d: cond, a: p, b: q },
                        Cat::Int { signed: false, .. } => Op::LtU { d: cond, a: p, b: q },
                        _ => Op::Lt { d: cond, a: p, b: q },
                    };
                    self.emit(op);
                    let j = self.emit(Op::JmpIfNot { a: cond, off: 0 });
                    self.emit(Op::Move { d, a: v });
                    self.patch(j);
                }
            }
            Builtin::Clear => {
                let t = self.ty(args[0]);
                let x = self.expr(args[0]);
                let ti = self.rtype(t);
                match self.cat(t) {
                    Cat::Word if matches!(self.info.types.get(self.info.types.under(t)), Type::Map(..)) => {
                        self.emit(Op::ClearMap { a: x });
                    }
                    _ => {
                        self.emit(Op::ClearSl { a: x, t: ti });
                    }
                }
            }
            Builtin::Close => {
                let x = self.expr(args[0]);
                self.emit(Op::Close { a: x });
            }
            Builtin::Complex => {
                let t = self.ty(e);
                let c64 = self.cat(t) == Cat::Complex { bits: 64 };
                let ft = self.basic_type(if c64 { BasicKind::Float32 } else { BasicKind::Float64 }).unwrap_or_default();
                let x = self.expr_as(args[0], ft);
                let y = self.expr_as(args[1], ft);
                self.emit(Op::CMake { d, a: x, b: y, c64 });
            }
            Builtin::Real | Builtin::Imag => {
                let xt = self.ty(args[0]);
                let c64 = self.cat(xt) == Cat::Complex { bits: 64 };
                let x = self.expr(args[0]);
                self.emit(Op::CPart { d, a: x, imag: b == Builtin::Imag, c64 });
            }
        }
        d
    }

    /// The slice value of `e`, converting a string operand (`append(b, s...)`, `copy(b, s)`) to bytes.
    fn bytes_if_string(&mut self, e: ExprId) -> R {
        let v = self.expr(e);
        if self.cat(self.ty(e)) == Cat::Str {
            let d = self.reg();
            self.emit(Op::SToBytes { d, a: v });
            return d;
        }
        v
    }

    pub(super) fn int_reg(&mut self, k: i32) -> R {
        let d = self.reg();
        self.emit(Op::Int { d, k });
        d
    }

    pub(super) fn any_type(&mut self) -> TypeId {
        if let Some(t) = self.any_t {
            return t;
        }
        // The universe's `any` is an alias of the empty interface: find an empty interface type.
        let types = &self.info.types;
        let t = (0..types.len())
            .map(|i| TypeId(i as u32))
            .find(|&t| matches!(types.get(t), Type::Interface { methods, exact: true } if methods.is_empty()))
            .unwrap_or_default();
        self.any_t = Some(t);
        t
    }

    // ---- method tables ----

    /// Makes sure the dynamic type `t` (about to be boxed) has its method table.
    pub(super) fn ensure_methods(&mut self, t: TypeId, ti: TypeIdx) {
        if !self.methods_done.insert(ti) {
            return;
        }
        let names: Vec<crate::ast::Symbol> = self.method_names_of(t);
        let mut set = Vec::new();
        let mut found = Vec::new();
        for name in names {
            let Some(sel) = self.select(t, name) else { continue };
            let (path, fid, ptr) = match sel {
                Sel::Method { path, fid, ptr } => (path, fid, ptr),
                Sel::IfaceMethod { path, name: k } if !path.is_empty() => {
                    // Promoted from an embedded interface: call through the field.
                    let w = self.iface_promoted_wrapper(t, ti, &path, name, k);
                    self.program.methods.insert((ti, k), w);
                    self.record_method_sig(t, ti, name, k);
                    set.push(k);
                    found.push((name, w));
                    continue;
                }
                _ => continue,
            };
            let is_ptr = self.is_pointer(t);
            // Only in the method set: pointer methods need a pointer (or an addressable path).
            if ptr && !is_ptr && !path.iter().any(|p| p.1) {
                continue;
            }
            let direct = path.is_empty() && (ptr == is_ptr || (is_ptr && self.is_block(self.pointee(t))));
            let target = if direct { fid } else { self.method_wrapper(t, ti, &path, fid, ptr) };
            let m = self.method_name(self.ast.name(name));
            self.program.methods.insert((ti, m), target);
            self.record_method_sig(t, ti, name, m);
            set.push(m);
            found.push((name, target));
        }
        set.sort_unstable();
        self.program.method_sets.insert(ti, set);
        if self.reflect_on {
            self.reflect_method_list(t, ti, found);
        }
    }

    /// Notes the signature of t's method `name` (index m) for run-time interface checks.
    fn record_method_sig(&mut self, t: TypeId, ti: TypeIdx, name: crate::ast::Symbol, m: u32) {
        if let Some(sig) = self.reflect_method_sig(t, name) {
            let si = self.rtype(sig);
            self.program.method_sigs.insert((ti, m), si);
        }
    }

    fn method_names_of(&self, t: TypeId) -> Vec<crate::ast::Symbol> {
        let types = &self.info.types;
        let mut out = Vec::new();
        let mut stack = vec![(t, 0)];
        while let Some((ty, depth)) = stack.pop() {
            if depth > 8 {
                continue;
            }
            let base = match types.get(ty) {
                Type::Pointer(p) => *p,
                _ => ty,
            };
            if let Type::Named(n) = types.get(base) {
                out.extend(n.methods.iter().map(|m| m.name));
            }
            if let Type::Struct(fields) = types.get(types.under(base)) {
                for f in fields.iter().filter(|f| f.embedded) {
                    stack.push((f.ty, depth + 1));
                }
            }
            if let Type::Interface { methods, .. } = types.get(types.under(base))
                && depth > 0
            {
                out.extend(methods.iter().map(|m| m.0));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A function taking the boxed word of type `t` as receiver and calling method `fid` on the
    /// value reached through `path`.
    pub(super) fn method_wrapper(
        &mut self,
        t: TypeId,
        ti: TypeIdx,
        path: &[(usize, bool)],
        fid: u32,
        ptr: bool,
    ) -> u32 {
        let key = (1u8, ti, fid);
        if let Some(&w) = self.wrappers.get(&key) {
            return w;
        }
        let target = &self.program.funcs[fid as usize];
        let (np, nr) = (target.nparams, target.nresults);
        let name = target.name.clone();
        let w = self.new_func(name);
        self.wrappers.insert(key, w);
        self.program.funcs[w as usize].nparams = np;
        self.program.funcs[w as usize].nresults = nr;
        self.program.funcs[w as usize].synthetic = true;
        self.fns.push(FnState { fid: w, next: np.max(nr), max: np.max(nr), ..Default::default() });
        let (recv, rt) = self.follow_path(R(0), t, path);
        let recv = if self.is_pointer(rt) && !ptr {
            let et = self.pointee(rt);
            if self.is_block(et) {
                recv
            } else {
                let d = self.reg();
                let m = self.mem_of(et);
                self.emit(Op::Load { d, a: recv, off: 0, m });
                d
            }
        } else {
            recv
        };
        self.emit(Op::Move { d: R(0), a: recv });
        self.emit_static_call(R(0), fid);
        self.emit(Op::Return);
        self.finish_wrapper(w);
        w
    }

    /// A function taking the boxed word of type `t` as receiver and calling interface method `k`
    /// on the embedded interface reached through `path`.
    fn iface_promoted_wrapper(
        &mut self,
        t: TypeId,
        ti: TypeIdx,
        path: &[(usize, bool)],
        name: crate::ast::Symbol,
        k: u32,
    ) -> u32 {
        let key = (4u8, ti, k);
        if let Some(&w) = self.wrappers.get(&key) {
            return w;
        }
        // The method's signature, from the embedded interface type.
        let (_, _, ft) = {
            let types = &self.info.types;
            let mut ty = t;
            for &(i, _) in path {
                let st = match types.get(types.under(ty)) {
                    Type::Pointer(p) => *p,
                    _ => ty,
                };
                ty = match types.get(types.under(st)) {
                    Type::Struct(fields) => fields[i].ty,
                    _ => ty,
                };
            }
            let sig = match types.get(types.under(ty)) {
                Type::Interface { methods, .. } => methods.iter().find(|(m, _)| *m == name).map(|(_, s)| *s),
                _ => None,
            };
            (0, 0, sig)
        };
        let (np, nr) = match ft.map(|f| self.sig_of(f)) {
            Some((p, r, _)) => (p.len() as u16 + 1, r.len() as u16),
            None => (1, 0),
        };
        let w = self.new_func(format!("{}.{}", self.program.types.get(ti).name, self.program.method_names[k as usize]));
        self.wrappers.insert(key, w);
        self.program.funcs[w as usize].nparams = np;
        self.program.funcs[w as usize].nresults = nr;
        self.program.funcs[w as usize].synthetic = true;
        self.fns.push(FnState { fid: w, next: np.max(nr), max: np.max(nr), ..Default::default() });
        let (iv, _) = self.follow_path(R(0), t, path);
        self.emit(Op::Move { d: R(0), a: iv });
        self.emit(Op::CallIface { a: R(0), k });
        self.emit(Op::Return);
        self.finish_wrapper(w);
        w
    }

    pub(super) fn finish_wrapper(&mut self, w: u32) {
        let st = self.fns.pop().expect("wrapper state");
        let f = &mut self.program.funcs[w as usize];
        f.code = st.code;
        f.lines = st.lines;
        f.nregs = st.max.max(f.nparams).max(f.nresults) + 2;
    }

    /// A function that calls bound method `fid` with the receiver held in its closure word 0.
    pub(super) fn bound_wrapper(&mut self, fid: u32) -> u32 {
        let key = (2u8, 0, fid);
        if let Some(&w) = self.wrappers.get(&key) {
            return w;
        }
        let target = &self.program.funcs[fid as usize];
        let (np, nr) = (target.nparams, target.nresults);
        let name = format!("{}-fm", target.name);
        let w = self.new_func(name);
        self.wrappers.insert(key, w);
        let args = np.saturating_sub(1);
        self.program.funcs[w as usize].nparams = args;
        self.program.funcs[w as usize].nresults = nr;
        self.program.funcs[w as usize].synthetic = true;
        self.fns.push(FnState { fid: w, next: np.max(nr) + 1, max: np.max(nr) + 1, ..Default::default() });
        for i in (0..args).rev() {
            self.emit(Op::Move { d: R(i + 1), a: R(i) });
        }
        self.emit(Op::Upval { d: R(0), k: 0 });
        self.emit_static_call(R(0), fid);
        self.emit(Op::Return);
        self.finish_wrapper(w);
        w
    }

    /// A function calling interface method `name` on the interface in its closure word 0.
    /// The function of method expression `I.M`: its first parameter is the interface value,
    /// already where CallIface wants it.
    pub(super) fn iface_expr_wrapper(&mut self, name: u32, params: u16, nr: u16) -> u32 {
        let key = (4u8, params as u32, name);
        if let Some(&w) = self.wrappers.get(&key) {
            return w;
        }
        let w = self.new_func(format!("{}-fm", self.program.method_names[name as usize]));
        self.wrappers.insert(key, w);
        self.program.funcs[w as usize].nparams = params;
        self.program.funcs[w as usize].nresults = nr;
        self.program.funcs[w as usize].synthetic = true;
        let n = params.max(nr).max(1);
        self.fns.push(FnState { fid: w, next: n, max: n, ..Default::default() });
        self.emit(Op::CallIface { a: R(0), k: name });
        self.emit(Op::Return);
        self.finish_wrapper(w);
        w
    }

    pub(super) fn iface_bind_wrapper(&mut self, name: u32, args: u16, nr: u16) -> u32 {
        let key = (3u8, args as u32, name);
        if let Some(&w) = self.wrappers.get(&key) {
            return w;
        }
        let w = self.new_func(format!("{}-fm", self.program.method_names[name as usize]));
        self.wrappers.insert(key, w);
        self.program.funcs[w as usize].nparams = args;
        self.program.funcs[w as usize].nresults = nr;
        self.program.funcs[w as usize].synthetic = true;
        self.fns.push(FnState { fid: w, next: args.max(nr) + 1, max: args.max(nr) + 1, ..Default::default() });
        for i in (0..args).rev() {
            self.emit(Op::Move { d: R(i + 1), a: R(i) });
        }
        self.emit(Op::Upval { d: R(0), k: 0 });
        self.emit(Op::CallIface { a: R(0), k: name });
        self.emit(Op::Return);
        self.finish_wrapper(w);
        w
    }
}
