//! Expressions: values into registers, places (assignable locations), conversions and calls.

use super::Compiler;
use super::func::Loc;
use crate::ast::{BinOp, ExprId, ExprKind, Symbol, UnOp};
use crate::check::ObjKind;
use crate::types::constant::Value;
use crate::types::{BasicKind, Type, TypeId};
use crate::vm::op::{Mem, Op, R, Width};
use num_traits::ToPrimitive;

/// How the compiler treats a value of some type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Cat {
    Int {
        signed: bool,
        bits: u8,
    },
    Float {
        bits: u8,
    },
    /// complex64 (bits 64) or complex128.
    Complex {
        bits: u8,
    },
    Str,
    Bool,
    Iface,
    Block,
    /// Pointers, slices, maps, channels, functions: compared by word.
    Word,
    Nil,
}

/// An assignable location.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place {
    Var(Loc, TypeId),
    /// Memory at addr+off, holding a value of type t.
    Mem {
        addr: R,
        off: u16,
        t: TypeId,
    },
    Map {
        map: R,
        key: R,
        mt: u32,
        vt: TypeId,
    },
    Blank,
}

/// What a selector denotes once resolved.
pub(super) enum Sel {
    Field(Vec<(usize, bool)>),
    /// Method `fid` (pointer receiver?) reached through the embedding path.
    Method {
        path: Vec<(usize, bool)>,
        fid: u32,
        ptr: bool,
    },
    IfaceMethod {
        path: Vec<(usize, bool)>,
        name: u32,
    },
}

impl Compiler<'_> {
    pub(super) fn cat(&self, t: TypeId) -> Cat {
        let types = &self.info.types;
        match types.get(types.under(t)) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => Cat::Bool,
                BasicKind::Int | BasicKind::Int64 | BasicKind::UntypedInt => Cat::Int { signed: true, bits: 64 },
                BasicKind::Int8 => Cat::Int { signed: true, bits: 8 },
                BasicKind::Int16 => Cat::Int { signed: true, bits: 16 },
                BasicKind::Int32 | BasicKind::UntypedRune => Cat::Int { signed: true, bits: 32 },
                BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => Cat::Int { signed: false, bits: 64 },
                BasicKind::Uint8 => Cat::Int { signed: false, bits: 8 },
                BasicKind::Uint16 => Cat::Int { signed: false, bits: 16 },
                BasicKind::Uint32 => Cat::Int { signed: false, bits: 32 },
                BasicKind::Float32 => Cat::Float { bits: 32 },
                BasicKind::Float64 | BasicKind::UntypedFloat => Cat::Float { bits: 64 },
                BasicKind::Complex64 => Cat::Complex { bits: 64 },
                BasicKind::Complex128 | BasicKind::UntypedComplex => Cat::Complex { bits: 128 },
                BasicKind::String | BasicKind::UntypedString => Cat::Str,
                BasicKind::UntypedNil => Cat::Nil,
                _ => Cat::Word,
            },
            Type::Interface { .. } => Cat::Iface,
            Type::Struct(_) | Type::Array(..) => Cat::Block,
            _ => Cat::Word,
        }
    }

    pub(super) fn mem_of(&mut self, t: TypeId) -> Mem {
        match self.cat(t) {
            Cat::Bool => Mem::B1,
            Cat::Int { signed: true, bits: 8 } => Mem::S1,
            Cat::Int { signed: false, bits: 8 } => Mem::B1,
            Cat::Int { signed: true, bits: 16 } => Mem::S2,
            Cat::Int { signed: false, bits: 16 } => Mem::B2,
            Cat::Int { signed: true, bits: 32 } => Mem::S4,
            Cat::Int { signed: false, bits: 32 } => Mem::B4,
            Cat::Float { bits: 32 } => Mem::F4,
            _ => Mem::B8,
        }
    }

    /// The type a possibly-untyped expression has once defaulted.
    pub(super) fn default_type(&self, t: TypeId) -> TypeId {
        let Some(k) = self.info.types.basic(t) else { return t };
        let want = match k {
            BasicKind::UntypedBool => BasicKind::Bool,
            BasicKind::UntypedInt => BasicKind::Int,
            BasicKind::UntypedRune => BasicKind::Int32,
            BasicKind::UntypedFloat => BasicKind::Float64,
            BasicKind::UntypedComplex => BasicKind::Complex128,
            BasicKind::UntypedString => BasicKind::String,
            _ => return t,
        };
        self.basic_type(want).unwrap_or(t)
    }

    pub(super) fn basic_type(&self, k: BasicKind) -> Option<TypeId> {
        self.basics.get(&k).copied()
    }

    /// Value of `e` in some register (possibly a variable's own: do not write to it).
    pub(super) fn expr(&mut self, e: ExprId) -> R {
        if let ExprKind::Paren(x) = self.ast[e].kind {
            return self.expr(x);
        }
        if self.arg_overrides.contains_key(&e) {
            let d = self.reg();
            self.expr_in(e, d);
            return d;
        }
        if let ExprKind::Ident(_) = self.ast[e].kind
            && let Some(o) = self.obj_of(e)
            && self.obj_kind(o) == ObjKind::Var
            && !self.is_const(e)
            && let Some(Loc::Reg(r)) = self.var_loc(o)
        {
            return r;
        }
        if let ExprKind::Call { .. } = self.ast[e].kind
            && !self.is_const(e)
        {
            // The call's result register itself, not a copy of it.
            self.here = self.ast[e].span.lo;
            return self.call(e);
        }
        let d = self.reg();
        self.expr_in(e, d);
        d
    }

    /// Value of `e` converted for a destination of type `target` (boxing into interfaces,
    /// giving untyped constants their type).
    pub(super) fn expr_as(&mut self, e: ExprId, target: TypeId) -> R {
        let src = self.ty(e);
        if self.cat(target) == Cat::Iface && self.cat(src) != Cat::Iface {
            if self.cat(src) == Cat::Nil {
                let d = self.reg();
                self.emit(Op::Int { d, k: 0 });
                return d;
            }
            let st = self.default_type(src);
            let v = if self.is_const(e) {
                let d = self.reg();
                self.const_into(e, st, d);
                d
            } else {
                self.expr_for_store(e, st)
            };
            let d = self.reg();
            self.box_into(d, v, st);
            return d;
        }
        if self.is_const(e) && self.cat(target) != Cat::Iface {
            let d = self.reg();
            self.const_into(e, target, d);
            return d;
        }
        self.expr(e)
    }

    /// The index of a (target, interface) pair in the program's assertion table.
    pub(super) fn assert_idx(&mut self, target: TypeId, iface: TypeId) -> u32 {
        let t = self.rtype(target);
        if self.cat(target) != Cat::Iface {
            self.ensure_methods(target, t);
        }
        let i = self.rtype(iface);
        self.program.asserts.push((t, i));
        (self.program.asserts.len() - 1) as u32
    }

    /// d = the value v of type t boxed into an interface.
    pub(super) fn box_into(&mut self, d: R, v: R, t: TypeId) {
        let ti = self.rtype(t);
        self.ensure_methods(t, ti);
        self.emit(Op::Box { d, a: v, t: ti });
    }

    /// `expr_as` computed straight into register d (which nothing in `e` may read).
    pub(super) fn expr_as_into(&mut self, e: ExprId, target: TypeId, d: R) {
        let src = self.ty(e);
        let boxing = self.cat(target) == Cat::Iface && self.cat(src) != Cat::Iface;
        if boxing || self.arg_overrides.contains_key(&e) {
            let r = self.expr_as(e, target);
            if r != d {
                self.emit(Op::Move { d, a: r });
            }
            return;
        }
        if self.is_const(e) {
            self.const_into(e, target, d);
            return;
        }
        self.expr_in(e, d);
    }

    /// Whether computing `e` into a register may write it before reading everything `e` reads
    /// (so it must not target a variable `e` reads).
    pub(super) fn writes_early(&self, e: ExprId) -> bool {
        match &self.ast[e].kind {
            ExprKind::Paren(x) => self.writes_early(*x),
            ExprKind::Binary(BinOp::LAnd | BinOp::LOr, ..) => true,
            ExprKind::CompositeLit { .. } => true,
            _ => false,
        }
    }

    /// Like `expr_as`, but a struct/array value read from a location is copied, for storing.
    pub(super) fn expr_for_store(&mut self, e: ExprId, target: TypeId) -> R {
        let r = self.expr_as(e, target);
        if self.is_block(target) && self.is_location(e) {
            let d = self.reg();
            let ti = self.rtype(target);
            self.emit(Op::Copy { d, a: r, t: ti });
            return d;
        }
        r
    }

    /// Whether `e` denotes existing storage (so its block must be copied to be kept).
    pub(super) fn is_location(&self, e: ExprId) -> bool {
        match &self.ast[e].kind {
            ExprKind::Paren(x) => self.is_location(*x),
            ExprKind::Ident(_) | ExprKind::Index(..) | ExprKind::Star(_) => true,
            ExprKind::Selector(..) => true,
            ExprKind::TypeAssert(..) => false,
            _ => false,
        }
    }

    pub(super) fn const_into(&mut self, e: ExprId, t: TypeId, d: R) {
        let v = self.const_of(e).cloned().unwrap_or(Value::Unknown);
        let t = if self.cat(t) == Cat::Iface { self.default_type(self.ty(e)) } else { self.default_type(t) };
        self.value_into(&v, t, d);
    }

    pub(super) fn value_into(&mut self, v: &Value, t: TypeId, d: R) {
        // An untyped complex constant given a non-complex type (checked representable: its
        // imaginary part is zero) is its real part.
        let real;
        let v = match v {
            Value::Complex(..) if !matches!(self.cat(t), Cat::Complex { .. }) => {
                real = v.to_real().unwrap_or(Value::Unknown);
                &real
            }
            _ => v,
        };
        match self.cat(t) {
            Cat::Float { bits } => {
                let mut f = v.to_f64().unwrap_or(0.0);
                if bits == 32 {
                    f = f as f32 as f64;
                }
                let k = self.word_const(f.to_bits());
                self.emit(Op::Const { d, k });
            }
            Cat::Complex { bits } => {
                let (re, im) = v.as_complex().unwrap_or_default();
                let (re, im) = (re.to_f64().unwrap_or(0.0), im.to_f64().unwrap_or(0.0));
                if bits == 64 {
                    let k = self.word_const(crate::vm::value::pack_c64(re, im));
                    self.emit(Op::Const { d, k });
                } else if re == 0.0 && im == 0.0 {
                    self.emit(Op::Int { d, k: 0 });
                } else {
                    let k = self.complex_const(re, im);
                    self.emit(Op::Const { d, k });
                }
            }
            Cat::Str => {
                let s = match v {
                    Value::String(s) => s.clone(),
                    _ => Vec::new(),
                };
                if s.is_empty() {
                    self.emit(Op::Int { d, k: 0 });
                } else {
                    let k = self.str_const(&s);
                    self.emit(Op::Const { d, k });
                }
            }
            Cat::Bool => {
                let b = matches!(v, Value::Bool(true));
                self.emit(Op::Int { d, k: b as i32 });
            }
            _ => {
                let w: u64 = match v {
                    Value::Int(i) => i.to_i64().map(|x| x as u64).or_else(|| i.to_u64()).unwrap_or(0),
                    Value::Float(_) => v.to_f64().map(|f| f as i64 as u64).unwrap_or(0),
                    Value::Bool(b) => *b as u64,
                    _ => 0,
                };
                if let Ok(k) = i32::try_from(w as i64) {
                    self.emit(Op::Int { d, k });
                } else {
                    let k = self.word_const(w);
                    self.emit(Op::Const { d, k });
                }
            }
        }
    }

    pub(super) fn expr_in(&mut self, e: ExprId, d: R) {
        let ast = self.ast;
        self.here = ast[e].span.lo;
        if let Some(&k) = self.arg_overrides.get(&e) {
            self.emit(Op::Upval { d, k });
            return;
        }
        if self.is_const(e) {
            let t = self.ty(e);
            self.const_into(e, t, d);
            return;
        }
        match &ast[e].kind {
            ExprKind::Paren(x) => self.expr_in(*x, d),
            ExprKind::Ident(_) => self.ident_in(e, d),
            ExprKind::BasicLit(..) => {
                let t = self.ty(e);
                self.const_into(e, t, d);
            }
            ExprKind::FuncLit { .. } => {
                let (fid, captures) = self.compile_func_lit(e);
                let n = captures.len() as u16;
                let a = self.regs(n);
                for (i, o) in captures.iter().enumerate() {
                    let r = R(a.0 + i as u16);
                    match self.var_loc(*o) {
                        Some(Loc::Cell(c)) => {
                            self.emit(Op::Move { d: r, a: c });
                        }
                        Some(Loc::Reg(b)) => {
                            self.emit(Op::Move { d: r, a: b });
                        }
                        Some(Loc::UpCell(k)) | Some(Loc::UpBlock(k)) => {
                            self.emit(Op::Upval { d: r, k });
                        }
                        _ => {}
                    }
                }
                self.emit(Op::Closure { d, k: fid, a, n });
            }
            ExprKind::CompositeLit { .. } => self.composite_in(e, d),
            ExprKind::Selector(x, name) => self.selector_in(e, *x, name.name, d),
            ExprKind::Index(x, idx) => {
                if self.obj_of(e).is_some() {
                    return self.ident_in(e, d); // F[int] as a value: the instance (see compile/generic.rs)
                }
                if idx.len() != 1 || self.is_type_expr(*x) {
                    self.unsupported_here("generic instantiation");
                    return;
                }
                let xt = self.ty(*x);
                if let Type::Map(_, vt) = self.info.types.get(self.info.types.under(xt)).clone() {
                    let m = self.expr(*x);
                    let kt = self.map_key_type(xt);
                    let k = self.expr_as(idx[0], kt);
                    let tmp = self.regs(2);
                    let mt = self.rtype(xt);
                    self.emit(Op::MapGet { d: tmp, a: m, b: k, t: mt });
                    let _ = vt;
                    self.emit(Op::Move { d, a: tmp });
                    return;
                }
                if self.cat(xt) == Cat::Str {
                    let s = self.expr(*x);
                    let i = self.expr_int(idx[0]);
                    self.emit(Op::IndexS { d, a: s, b: i });
                    return;
                }
                if let Type::Slice(et) = self.info.types.get(self.info.types.under(xt)).clone()
                    && !self.is_block(et)
                {
                    let s = self.expr(*x);
                    let i = self.expr_int(idx[0]);
                    // The width the element is stored with, as `SlAddr` strides by it.
                    let eti = self.rtype(et);
                    let m = self.program.types.get(eti).mem();
                    self.emit(Op::SlLoad { d, a: s, b: i, m });
                    return;
                }
                let p = self.place(e);
                self.load_place(p, d);
            }
            ExprKind::Slice { x, lo, hi, max } => self.slice_in(*x, *lo, *hi, *max, e, d),
            ExprKind::TypeAssert(x, Some(_)) => {
                let t = self.ty(e);
                let v = self.expr(*x);
                let ti = self.assert_idx(t, self.ty(*x));
                if self.cat(t) == Cat::Iface {
                    self.emit(Op::AssertIface { d, a: v, t: ti });
                } else {
                    self.emit(Op::Unbox { d, a: v, t: ti });
                }
            }
            ExprKind::TypeAssert(_, None) => {}
            ExprKind::Call { .. } => {
                let base = self.call(e);
                if base != d {
                    self.emit(Op::Move { d, a: base });
                }
            }
            ExprKind::Star(_) => {
                let p = self.place(e);
                self.load_place(p, d);
            }
            ExprKind::Unary(op, x) => self.unary_in(e, *op, *x, d),
            ExprKind::Binary(op, a, b) => self.binary_in(e, *op, *a, *b, d),
            _ => self.unsupported_here("this expression"),
        }
    }

    fn ident_in(&mut self, e: ExprId, d: R) {
        let Some(o) = self.obj_of(e) else {
            self.unsupported_here("this identifier");
            return;
        };
        match self.obj_kind(o) {
            ObjKind::Var => {
                if let Some(loc) = self.var_loc(o) {
                    let t = self.info.objects[o.0 as usize].ty;
                    self.load_loc(loc, t, d);
                }
            }
            ObjKind::Func => {
                let Some(&fid) = self.funcs.get(&o) else {
                    self.unsupported_here("this function value");
                    return;
                };
                self.check_native_available(fid);
                let k = self.func_const(fid);
                self.emit(Op::Const { d, k });
            }
            ObjKind::Nil => {
                self.emit(Op::Int { d, k: 0 });
            }
            _ => self.unsupported_here("this identifier"),
        }
    }

    /// A body-less standard-library function without a native is an error where it is used.
    pub(super) fn check_native_available(&mut self, fid: u32) {
        if self.bodiless.contains(&fid) {
            let name = self.program.funcs[fid as usize].name.clone();
            self.unsupported_here(&format!("{name} (not implemented in the core library)"));
        }
    }

    pub(super) fn expr_int(&mut self, e: ExprId) -> R {
        let it = self.basic_type(BasicKind::Int).unwrap_or_default();
        if self.is_const(e) {
            let d = self.reg();
            self.const_into(e, it, d);
            return d;
        }
        self.expr(e)
    }

    pub(super) fn map_key_type(&self, mt: TypeId) -> TypeId {
        match self.info.types.get(self.info.types.under(mt)) {
            Type::Map(k, _) => *k,
            _ => TypeId::default(),
        }
    }

    /// What a pointer type points to (unlike `elem_type`, which gives a pointer-to-array's
    /// element, for indexing).
    pub(super) fn pointee(&self, t: TypeId) -> TypeId {
        let types = &self.info.types;
        match types.get(types.under(t)) {
            Type::Pointer(p) => *p,
            _ => TypeId::default(),
        }
    }

    /// The element type of a slice, array, pointer to array, channel or map (its value); a
    /// pointer to anything else gives the pointee.
    pub(super) fn elem_type(&self, t: TypeId) -> TypeId {
        let types = &self.info.types;
        match types.get(types.under(t)) {
            Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => *e,
            Type::Map(_, v) => *v,
            Type::Pointer(p) => match types.get(types.under(*p)) {
                Type::Array(_, e) => *e,
                _ => *p,
            },
            _ => TypeId::default(),
        }
    }

    // ---- places ----

    /// The location `e` denotes.
    pub(super) fn place(&mut self, e: ExprId) -> Place {
        // Only this place's own element address may be deferred, not those its operands need.
        let mut deferred = self.deferred_addr.take();
        let p = self.place_in(e, &mut deferred);
        self.deferred_addr = deferred;
        p
    }

    /// Emits `op` (an element address with its bounds or nil check) now, or into `deferred`
    /// when the caller emits it later (see `Compiler::deferred_addr`).
    fn emit_addr(&mut self, op: Op, deferred: &mut Option<Vec<Op>>) {
        match deferred {
            Some(ops) => ops.push(op),
            None => {
                self.emit(op);
            }
        }
    }

    /// `r` itself, or (when the address using it is deferred past other assignments of the same
    /// statement, which may write the variable whose register it is) a copy made now.
    fn pin_operand(&mut self, r: R, deferred: &Option<Vec<Op>>) -> R {
        if deferred.is_none() || !self.pin_index_operands {
            return r;
        }
        let c = self.reg();
        self.emit(Op::Move { d: c, a: r });
        c
    }

    fn place_in(&mut self, e: ExprId, deferred: &mut Option<Vec<Op>>) -> Place {
        let ast = self.ast;
        self.here = ast[e].span.lo;
        match &ast[e].kind {
            ExprKind::Paren(x) => self.place_in(*x, deferred),
            ExprKind::Ident(n) => {
                if self.ast.name(*n) == "_" {
                    return Place::Blank;
                }
                let Some(o) = self.obj_of(e) else { return Place::Blank };
                let t = self.info.objects[o.0 as usize].ty;
                match self.var_loc(o) {
                    Some(loc) => Place::Var(loc, t),
                    None => Place::Blank,
                }
            }
            ExprKind::Selector(x, name) => {
                if let Some(o) = self.obj_of(e) {
                    // pkg.Var
                    let t = self.info.objects[o.0 as usize].ty;
                    if let Some(loc) = self.var_loc(o) {
                        return Place::Var(loc, t);
                    }
                }
                let xt = self.ty(*x);
                match self.select(xt, name.name) {
                    Some(Sel::Field(path)) => {
                        let base = self.expr(*x);
                        let base = self.pin_operand(base, deferred);
                        let (addr, off, t) = self.field_addr(base, xt, &path);
                        Place::Mem { addr, off, t }
                    }
                    _ => {
                        self.unsupported_here("assignment to this selector");
                        Place::Blank
                    }
                }
            }
            ExprKind::Index(x, idx) => {
                let xt = self.ty(*x);
                let types = &self.info.types;
                match types.get(types.under(xt)).clone() {
                    Type::Map(_, vt) => {
                        let m = self.expr(*x);
                        let m = self.pin_operand(m, deferred);
                        let kt = self.map_key_type(xt);
                        let k = self.expr_as(idx[0], kt);
                        let k = self.pin_operand(k, deferred);
                        let mt = self.rtype(xt);
                        Place::Map { map: m, key: k, mt, vt }
                    }
                    Type::Slice(et) => {
                        let s = self.expr(*x);
                        let s = self.pin_operand(s, deferred);
                        let i = self.expr_int(idx[0]);
                        let i = self.pin_operand(i, deferred);
                        let d = self.reg();
                        let eti = self.rtype(et);
                        self.emit_addr(Op::SlAddr { d, a: s, b: i, t: eti }, deferred);
                        Place::Mem { addr: d, off: 0, t: et }
                    }
                    Type::Array(_, et) => {
                        let a = self.expr(*x);
                        let i = self.expr_int(idx[0]);
                        let i = self.pin_operand(i, deferred);
                        let d = self.reg();
                        let ati = self.rtype(xt);
                        self.emit_addr(Op::ArrAddr { d, a, b: i, t: ati }, deferred);
                        Place::Mem { addr: d, off: 0, t: et }
                    }
                    Type::Pointer(p) => {
                        let at = p;
                        let et = self.elem_type(xt);
                        let a = self.expr(*x);
                        let a = self.pin_operand(a, deferred);
                        let i = self.expr_int(idx[0]);
                        let i = self.pin_operand(i, deferred);
                        let d = self.reg();
                        let ati = self.rtype(at);
                        self.emit_addr(Op::NilCheck { a }, deferred);
                        self.emit_addr(Op::ArrAddr { d, a, b: i, t: ati }, deferred);
                        Place::Mem { addr: d, off: 0, t: et }
                    }
                    _ => {
                        self.unsupported_here("indexing this type");
                        Place::Blank
                    }
                }
            }
            ExprKind::Star(x) => {
                let pt = self.ty(*x);
                let et = self.pointee(pt);
                let p = self.expr(*x);
                let p = self.pin_operand(p, deferred);
                if self.is_block(et) {
                    // The pointer is the block itself.
                    self.emit(Op::NilCheck { a: p });
                    Place::Var(Loc::Reg(p), et)
                } else {
                    Place::Mem { addr: p, off: 0, t: et }
                }
            }
            _ => {
                self.unsupported_here("assignment to this expression");
                Place::Blank
            }
        }
    }

    pub(super) fn load_place(&mut self, p: Place, d: R) {
        match p {
            Place::Var(loc, t) => self.load_loc(loc, t, d),
            Place::Mem { addr, off, t } => {
                // A struct/array location holds a pointer to its block.
                let m = if self.is_block(t) { Mem::B8 } else { self.mem_of(t) };
                self.emit(Op::Load { d, a: addr, off, m });
            }
            Place::Map { map, key, mt, .. } => {
                let tmp = self.regs(2);
                self.emit(Op::MapGet { d: tmp, a: map, b: key, t: mt });
                self.emit(Op::Move { d, a: tmp });
            }
            Place::Blank => {}
        }
    }

    pub(super) fn store_place(&mut self, p: Place, v: R) {
        match p {
            Place::Var(loc, t) => self.store_loc(loc, t, v),
            Place::Mem { addr, off, t } => {
                if self.is_block(t) {
                    let dst = self.reg();
                    self.emit(Op::Load { d: dst, a: addr, off, m: Mem::B8 });
                    let ti = self.rtype(t);
                    self.emit(Op::CopyInto { a: dst, b: v, t: ti });
                } else {
                    let m = self.mem_of(t);
                    self.emit(Op::Store { a: addr, b: v, off, m });
                }
            }
            Place::Map { map, key, mt, vt } => {
                let kv = self.regs(2);
                self.emit(Op::Move { d: kv, a: key });
                if self.is_block(vt) {
                    let ti = self.rtype(vt);
                    self.emit(Op::Copy { d: R(kv.0 + 1), a: v, t: ti });
                } else {
                    self.emit(Op::Move { d: R(kv.0 + 1), a: v });
                }
                self.emit(Op::MapSet { a: map, b: kv, t: mt });
            }
            Place::Blank => {}
        }
    }

    pub(super) fn place_type(&self, p: &Place) -> TypeId {
        match p {
            Place::Var(_, t) | Place::Mem { t, .. } => *t,
            Place::Map { vt, .. } => *vt,
            Place::Blank => TypeId::default(),
        }
    }

    // ---- selectors ----

    /// Resolves field or method `name` of type `t`: breadth-first through embedded fields, as Go.
    pub(super) fn select(&mut self, t: TypeId, name: Symbol) -> Option<Sel> {
        let types = &self.info.types;
        // Each candidate: (type reached, path)
        let mut level: Vec<(TypeId, Vec<(usize, bool)>)> = vec![(t, Vec::new())];
        for _depth in 0..8 {
            let mut next = Vec::new();
            for (ty, path) in &level {
                let (base, _is_ptr) = match types.get(*ty) {
                    Type::Pointer(p) => (*p, true),
                    // A defined pointer type (`type PS *T`) selects T's fields (never methods).
                    Type::Named(_) => match types.get(types.under(*ty)) {
                        Type::Pointer(p) => (*p, true),
                        _ => (*ty, false),
                    },
                    _ => (*ty, false),
                };
                if let Type::Named(n) = types.get(base)
                    && n.methods.iter().any(|m| m.name == name)
                    && let Some(&(fid, ptr)) = self.methods.get(&(base, name))
                {
                    return Some(Sel::Method { path: path.clone(), fid, ptr });
                }
                match types.get(types.under(base)) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let f_is_ptr = matches!(types.get(f.ty), Type::Pointer(_));
                            if f.name == name {
                                let mut p = path.clone();
                                p.push((i, f_is_ptr));
                                return Some(Sel::Field(p));
                            }
                            if f.embedded {
                                let mut p = path.clone();
                                p.push((i, f_is_ptr));
                                next.push((f.ty, p));
                            }
                        }
                    }
                    Type::Interface { methods, .. }
                        if (path.is_empty() || !matches!(types.get(*ty), Type::Pointer(_)))
                            && methods.iter().any(|(m, _)| *m == name) =>
                    {
                        let n = self.ast.name(name).to_string();
                        let path = path.clone();
                        let k = self.method_name(&n);
                        return Some(Sel::IfaceMethod { path, name: k });
                    }
                    _ => {}
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// Follows an embedding path from the value `base` of type `t`; returns the address, offset
    /// and type of the final field.
    pub(super) fn field_addr(&mut self, base: R, t: TypeId, path: &[(usize, bool)]) -> (R, u16, TypeId) {
        let mut cur = base;
        let mut ty = t;
        for (n, &(i, _)) in path.iter().enumerate() {
            let types = &self.info.types;
            let st = match types.get(types.under(ty)) {
                Type::Pointer(p) => *p,
                _ => ty,
            };
            let fty = match types.get(types.under(st)) {
                Type::Struct(fields) => fields[i].ty,
                _ => TypeId::default(),
            };
            if n + 1 == path.len() {
                return (cur, (i * 8) as u16, fty);
            }
            let d = self.reg();
            self.emit(Op::Load { d, a: cur, off: (i * 8) as u16, m: Mem::B8 });
            cur = d;
            ty = fty;
        }
        (cur, 0, t)
    }

    /// After `field_addr`-style traversal of a method's embedding path, the receiver value.
    pub(super) fn follow_path(&mut self, base: R, t: TypeId, path: &[(usize, bool)]) -> (R, TypeId) {
        if path.is_empty() {
            return (base, t);
        }
        let (addr, off, ft) = self.field_addr(base, t, path);
        let d = self.reg();
        let m = if self.is_block(ft) { Mem::B8 } else { self.mem_of(ft) };
        self.emit(Op::Load { d, a: addr, off, m });
        (d, ft)
    }

    fn selector_in(&mut self, e: ExprId, x: ExprId, name: Symbol, d: R) {
        if let Some(o) = self.obj_of(e) {
            // A qualified identifier pkg.Name.
            match self.obj_kind(o) {
                ObjKind::Var => {
                    if let Some(loc) = self.var_loc(o) {
                        let t = self.info.objects[o.0 as usize].ty;
                        self.load_loc(loc, t, d);
                    }
                }
                ObjKind::Func => {
                    let Some(&fid) = self.funcs.get(&o) else {
                        // A generic function whose type arguments were not inferred.
                        self.unsupported_here("this function value");
                        return;
                    };
                    self.check_native_available(fid);
                    let k = self.func_const(fid);
                    self.emit(Op::Const { d, k });
                }
                _ => self.unsupported_here("this qualified name"),
            }
            return;
        }
        if self.is_type_expr(x) {
            // A method expression T.M / (*T).M: a function taking the receiver first.
            let t = self.ty(x);
            let sel = self.select(t, name);
            if let Some(Sel::IfaceMethod { path, name: k }) = &sel
                && path.is_empty()
            {
                // I.M: a function taking the interface value first.
                let ft = self.ty(e);
                let (np, nr) = match self.info.types.get(self.info.types.under(ft)) {
                    Type::Func(s) => (s.params.len() as u16, s.results.len() as u16),
                    _ => (0, 0),
                };
                let w = self.iface_expr_wrapper(*k, np, nr);
                let c = self.func_const(w);
                self.emit(Op::Const { d, k: c });
                return;
            }
            let Some(Sel::Method { path, fid, ptr }) = sel else {
                self.unsupported_here("this method expression");
                return;
            };
            let is_ptr = self.is_pointer(t);
            let direct = path.is_empty() && (ptr == is_ptr || (is_ptr && self.is_block(self.pointee(t))));
            let target = if direct {
                fid
            } else {
                let ti = self.rtype(t);
                self.method_wrapper(t, ti, &path, fid, ptr)
            };
            self.check_native_available(fid);
            let k = self.func_const(target);
            self.emit(Op::Const { d, k });
            return;
        }
        let xt = self.ty(x);
        match self.select(xt, name) {
            Some(Sel::Field(path)) => {
                let base = self.expr(x);
                let (addr, off, ft) = self.field_addr(base, xt, &path);
                self.load_place(Place::Mem { addr, off, t: ft }, d);
            }
            Some(Sel::Method { path, fid, ptr }) => {
                let recv = self.method_receiver(x, xt, &path, ptr);
                self.check_native_available(fid);
                let w = self.bound_wrapper(fid);
                let a = self.reg();
                // A method value copies a value receiver when it is evaluated.
                let rt = self.recv_type(fid);
                if !ptr && let Some(rt) = rt.filter(|&t| self.is_block(t)) {
                    let ti = self.rtype(rt);
                    self.emit(Op::Copy { d: a, a: recv, t: ti });
                } else {
                    self.emit(Op::Move { d: a, a: recv });
                }
                self.emit(Op::Closure { d, k: w, a, n: 1 });
            }
            Some(Sel::IfaceMethod { path, name }) => {
                let base = self.expr(x);
                let (iv, _) = self.follow_path(base, xt, &path);
                // Binding an interface method: a closure calling through the interface.
                let ft = self.ty(e);
                let (np, nr) = match self.info.types.get(self.info.types.under(ft)) {
                    Type::Func(s) => (s.params.len() as u16, s.results.len() as u16),
                    _ => (0, 0),
                };
                let w = self.iface_bind_wrapper(name, np, nr);
                self.emit(Op::NilCheck { a: iv });
                let a = self.reg();
                self.emit(Op::Move { d: a, a: iv });
                self.emit(Op::Closure { d, k: w, a, n: 1 });
            }
            None => self.unsupported_here("this selector"),
        }
    }

    /// The receiver type of method `fid` (its base named type for value receivers).
    pub(super) fn recv_type(&self, fid: u32) -> Option<TypeId> {
        self.methods.iter().find(|(_, v)| v.0 == fid).map(|(k, _)| k.0)
    }

    /// The receiver word for calling method (ptr: pointer receiver) on `x` through `path`.
    pub(super) fn method_receiver(&mut self, x: ExprId, xt: TypeId, path: &[(usize, bool)], ptr: bool) -> R {
        let base = if ptr && path.is_empty() && !self.is_pointer(xt) && !self.is_block(xt) {
            // A pointer method on an addressable scalar variable: its address.
            self.addr_of(x)
        } else {
            self.expr(x)
        };
        let (recv, rt) = self.follow_path(base, xt, path);
        if self.is_pointer(rt) && !ptr {
            // Value method through a pointer: blocks are their own pointer; scalars load.
            let et = self.pointee(rt);
            if self.is_block(et) {
                return recv;
            }
            let d = self.reg();
            let m = self.mem_of(et);
            self.emit(Op::Load { d, a: recv, off: 0, m });
            return d;
        }
        recv
    }

    pub(super) fn is_chan(&self, t: TypeId) -> bool {
        matches!(self.info.types.get(self.info.types.under(t)), Type::Chan(..))
    }

    pub(super) fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.info.types.get(self.info.types.under(t)), Type::Pointer(_))
    }

    /// `&x`.
    pub(super) fn addr_of(&mut self, x: ExprId) -> R {
        let ast = self.ast;
        match &ast[x].kind {
            ExprKind::Paren(y) => self.addr_of(*y),
            ExprKind::CompositeLit { .. } => {
                let t = self.ty(x);
                let v = self.expr(x);
                if self.is_block(t) {
                    return v;
                }
                let d = self.reg();
                let ti = self.rtype(t);
                self.emit(Op::New { d, t: ti });
                self.emit(Op::Store { a: d, b: v, off: 0, m: Mem::B8 });
                d
            }
            _ => {
                let p = self.place(x);
                match p {
                    Place::Var(loc, t) => {
                        if self.is_block(t) {
                            let d = self.reg();
                            self.load_loc(loc, t, d);
                            return d;
                        }
                        match loc {
                            Loc::Cell(c) => c,
                            Loc::UpCell(k) => {
                                let d = self.reg();
                                self.emit(Op::Upval { d, k });
                                d
                            }
                            Loc::Global(g) => {
                                let d = self.reg();
                                self.emit(Op::GlobalAddr { d, k: g });
                                d
                            }
                            _ => {
                                self.unsupported_here("taking the address of this variable");
                                self.reg()
                            }
                        }
                    }
                    Place::Mem { addr, off, t } => {
                        if self.is_block(t) {
                            let d = self.reg();
                            self.emit(Op::Load { d, a: addr, off, m: Mem::B8 });
                            return d;
                        }
                        if off == 0 {
                            return addr;
                        }
                        let d = self.reg();
                        self.emit(Op::AddrOff { d, a: addr, off });
                        d
                    }
                    _ => {
                        self.unsupported_here("taking this address");
                        self.reg()
                    }
                }
            }
        }
    }

    fn unary_in(&mut self, e: ExprId, op: UnOp, x: ExprId, d: R) {
        let t = self.ty(e);
        match op {
            UnOp::Addr => {
                let r = self.addr_of(x);
                if r != d {
                    self.emit(Op::Move { d, a: r });
                }
            }
            UnOp::Pos => self.expr_in(x, d),
            UnOp::Neg => {
                let a = self.expr_as(x, t);
                match self.cat(t) {
                    Cat::Complex { bits } => {
                        self.emit(Op::CNeg { d, a, c64: bits == 64 });
                    }
                    Cat::Float { bits } => {
                        self.emit(Op::NegF { d, a });
                        if bits == 32 {
                            self.emit(Op::RoundF32 { d });
                        }
                    }
                    c => {
                        self.emit(Op::Neg { d, a });
                        self.narrow(c, d);
                    }
                }
            }
            UnOp::Not => {
                let a = self.expr(x);
                self.emit(Op::Not { d, a });
            }
            UnOp::Xor => {
                let a = self.expr_as(x, t);
                self.emit(Op::Com { d, a });
                let c = self.cat(t);
                self.narrow(c, d);
            }
            UnOp::Recv => {
                if !self.is_chan(self.ty(x)) {
                    self.unsupported_here("a receive from this value");
                    return;
                }
                let ch = self.expr(x);
                self.emit(Op::Recv { d, a: ch, ok: false });
            }
            UnOp::Tilde => self.unsupported_here("~ outside constraints"),
        }
    }

    pub(super) fn narrow(&mut self, c: Cat, d: R) {
        if let Cat::Int { signed, bits } = c {
            let w = match (signed, bits) {
                (true, 8) => Width::I8,
                (true, 16) => Width::I16,
                (true, 32) => Width::I32,
                (false, 8) => Width::U8,
                (false, 16) => Width::U16,
                (false, 32) => Width::U32,
                _ => return,
            };
            self.emit(Op::Narrow { d, w });
        }
    }

    fn binary_in(&mut self, e: ExprId, op: BinOp, a: ExprId, b: ExprId, d: R) {
        match op {
            BinOp::LAnd | BinOp::LOr => {
                self.expr_in(a, d);
                let j = if op == BinOp::LAnd {
                    self.emit(Op::JmpIfNot { a: d, off: 0 })
                } else {
                    self.emit(Op::JmpIf { a: d, off: 0 })
                };
                self.expr_in(b, d);
                self.patch(j);
                return;
            }
            BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => {
                self.compare_in(op, a, b, d);
                return;
            }
            _ => {}
        }
        let mut t = self.ty(e);
        if matches!(op, BinOp::Shl | BinOp::Shr) && self.info.types.is_untyped(t) {
            // A non-constant shift of an untyped constant (`1. << n` as a shift count): the type
            // the checker gave the shift, not the operand's (a float constant shifts as an int).
            t = self.default_type(t);
        } else if matches!(self.cat(t), Cat::Iface | Cat::Nil) || self.info.types.is_untyped(t) {
            // An untyped operand in an interface context (`Println(1 << n)`): its default type.
            let ta = self.ty(a);
            let ta = if self.info.types.is_untyped(ta)
                && !self.info.types.is_untyped(self.ty(b))
                && op != BinOp::Shl
                && op != BinOp::Shr
            {
                self.ty(b)
            } else {
                ta
            };
            t = self.default_type(ta);
        }
        let c = self.cat(t);
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            let x = self.expr_as(a, t);
            let bt = self.ty(b);
            let signed_count = matches!(self.cat(bt), Cat::Int { signed: true, .. }) && !self.is_const(b);
            let y = if self.is_const(b) {
                let r = self.reg();
                let ut = self.basic_type(BasicKind::Uint).unwrap_or_default();
                self.const_into(b, ut, r);
                r
            } else {
                self.expr(b)
            };
            let unsigned = matches!(c, Cat::Int { signed: false, .. });
            let op = match (op, unsigned) {
                (BinOp::Shl, _) => Op::Shl { d, a: x, b: y, signed_count },
                (_, false) => Op::Shr { d, a: x, b: y, signed_count },
                (_, true) => Op::ShrU { d, a: x, b: y, signed_count },
            };
            self.emit(op);
            self.narrow(c, d);
            return;
        }
        if matches!(op, BinOp::Add | BinOp::Sub)
            && matches!(c, Cat::Int { .. })
            && let Some(k) = self.const_of(b).and_then(|v| v.to_i64())
            && let Ok(k) = i16::try_from(if op == BinOp::Add { k } else { -k })
        {
            let x = self.expr_as(a, t);
            self.emit(Op::AddK { d, a: x, k });
            self.narrow(c, d);
            return;
        }
        // A small constant right operand of `*`, and of signed `/` and `%` (not 0 or -1, which
        // need the divide checks), is an immediate: one dispatch fewer.
        if let Cat::Int { signed, .. } = c
            && (op == BinOp::Mul || (signed && matches!(op, BinOp::Quo | BinOp::Rem)))
            && let Some(k) = self.const_of(b).and_then(|v| v.to_i64())
            && let Ok(k) = i16::try_from(k)
            && (op == BinOp::Mul || (k != 0 && k != -1))
        {
            let x = self.expr_as(a, t);
            let m = if matches!(op, BinOp::Quo | BinOp::Rem) && k != 1 {
                let (hi, lo) = crate::vm::divconst::magic(k);
                let m = self.word_const(hi);
                self.word_const(lo);
                m
            } else {
                0
            };
            match op {
                BinOp::Mul => self.emit(Op::MulK { d, a: x, k }),
                // x / 1 is x, x % 1 is 0.
                BinOp::Quo if k == 1 => self.emit(Op::Move { d, a: x }),
                BinOp::Rem if k == 1 => self.emit(Op::Int { d, k: 0 }),
                BinOp::Quo => self.emit(Op::DivK { d, a: x, k, m }),
                _ => self.emit(Op::RemK { d, a: x, k, m }),
            };
            if op != BinOp::Rem {
                self.narrow(c, d);
            }
            return;
        }
        let x = self.expr_as(a, t);
        let y = self.expr_as(b, t);
        match c {
            Cat::Str => {
                self.emit(Op::Concat { d, a: x, b: y });
            }
            Cat::Complex { .. } => self.arith(op, t, d, x, y),
            Cat::Float { bits } => {
                let o = match op {
                    BinOp::Add => Op::AddF { d, a: x, b: y },
                    BinOp::Sub => Op::SubF { d, a: x, b: y },
                    BinOp::Mul => Op::MulF { d, a: x, b: y },
                    BinOp::Quo => Op::DivF { d, a: x, b: y },
                    _ => {
                        self.unsupported_here("this float operator");
                        return;
                    }
                };
                self.emit(o);
                if bits == 32 {
                    self.emit(Op::RoundF32 { d });
                }
            }
            Cat::Int { signed, .. } => {
                let o = match (op, signed) {
                    (BinOp::Add, _) => Op::Add { d, a: x, b: y },
                    (BinOp::Sub, _) => Op::Sub { d, a: x, b: y },
                    (BinOp::Mul, _) => Op::Mul { d, a: x, b: y },
                    (BinOp::Quo, true) => Op::Div { d, a: x, b: y },
                    (BinOp::Quo, false) => Op::DivU { d, a: x, b: y },
                    (BinOp::Rem, true) => Op::Rem { d, a: x, b: y },
                    (BinOp::Rem, false) => Op::RemU { d, a: x, b: y },
                    (BinOp::And, _) => Op::And { d, a: x, b: y },
                    (BinOp::Or, _) => Op::Or { d, a: x, b: y },
                    (BinOp::Xor, _) => Op::Xor { d, a: x, b: y },
                    (BinOp::AndNot, _) => Op::AndNot { d, a: x, b: y },
                    _ => {
                        self.unsupported_here("this integer operator");
                        return;
                    }
                };
                self.emit(o);
                if matches!(
                    op,
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Quo | BinOp::Xor | BinOp::AndNot | BinOp::Or
                ) {
                    self.narrow(c, d);
                }
            }
            _ => self.unsupported_here("this operator on these operands"),
        }
    }

    fn compare_in(&mut self, op: BinOp, a: ExprId, b: ExprId, d: R) {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let (ca, cb) = (self.cat(ta), self.cat(tb));
        // The comparison's operand type: the typed side, an interface side, or the defaulted type.
        let (t, c) = if ca == Cat::Nil {
            (tb, cb)
        } else if cb == Cat::Nil || ca == Cat::Iface {
            (ta, ca)
        } else if cb == Cat::Iface {
            (tb, cb)
        } else if self.info.types.is_untyped(ta) {
            let t = if self.info.types.is_untyped(tb) { self.default_type(ta) } else { tb };
            let c = self.cat(t);
            (t, c)
        } else {
            (ta, ca)
        };
        let (op, a, b) = match op {
            BinOp::Gtr => (BinOp::Lss, b, a),
            BinOp::Geq => (BinOp::Leq, b, a),
            o => (o, a, b),
        };
        let x = if ca == Cat::Nil && c != Cat::Nil { self.zero_word() } else { self.expr_as(a, t) };
        let y = if cb == Cat::Nil && c != Cat::Nil { self.zero_word() } else { self.expr_as(b, t) };
        let nil_cmp = ca == Cat::Nil || cb == Cat::Nil;
        let o = match (c, op) {
            (Cat::Complex { bits }, BinOp::Eql | BinOp::Neq) => {
                Op::CEq { d, a: x, b: y, c64: bits == 64, ne: op == BinOp::Neq }
            }
            (Cat::Str, BinOp::Eql) => Op::EqS { d, a: x, b: y },
            (Cat::Str, BinOp::Neq) => Op::NeS { d, a: x, b: y },
            (Cat::Str, BinOp::Lss) => Op::LtS { d, a: x, b: y },
            (Cat::Str, BinOp::Leq) => Op::LeS { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Eql) => Op::EqF { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Neq) => Op::NeF { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Lss) => Op::LtF { d, a: x, b: y },
            (Cat::Float { .. }, BinOp::Leq) => Op::LeF { d, a: x, b: y },
            (Cat::Int { signed: true, .. }, BinOp::Lss) => Op::Lt { d, a: x, b: y },
            (Cat::Int { signed: true, .. }, BinOp::Leq) => Op::Le { d, a: x, b: y },
            (Cat::Int { signed: false, .. }, BinOp::Lss) => Op::LtU { d, a: x, b: y },
            (Cat::Int { signed: false, .. }, BinOp::Leq) => Op::LeU { d, a: x, b: y },
            (Cat::Iface | Cat::Block, BinOp::Eql | BinOp::Neq) if !nil_cmp => {
                let ti = self.rtype(t);
                self.emit(Op::EqV { d, a: x, b: y, t: ti });
                if op == BinOp::Neq {
                    self.emit(Op::Not { d, a: d });
                }
                return;
            }
            (_, BinOp::Eql) => Op::Eq { d, a: x, b: y },
            (_, BinOp::Neq) => Op::Ne { d, a: x, b: y },
            _ => {
                self.unsupported_here("this comparison");
                return;
            }
        };
        self.emit(o);
    }

    fn zero_word(&mut self) -> R {
        let d = self.reg();
        self.emit(Op::Int { d, k: 0 });
        d
    }

    fn slice_in(&mut self, x: ExprId, lo: Option<ExprId>, hi: Option<ExprId>, max: Option<ExprId>, e: ExprId, d: R) {
        let xt = self.ty(x);
        let b = self.regs(3);
        for (i, v) in [lo, hi, max].into_iter().enumerate() {
            let r = R(b.0 + i as u16);
            match v {
                Some(v) => {
                    let vr = self.expr_int(v);
                    self.emit(Op::Move { d: r, a: vr });
                }
                None => {
                    let k = if i == 0 { 0 } else { -1 };
                    self.emit(Op::Int { d: r, k });
                }
            }
        }
        if self.cat(xt) == Cat::Str {
            let s = self.expr(x);
            self.emit(Op::SliceS { d, a: s, b });
            return;
        }
        let rt = self.ty(e);
        let rti = self.rtype(rt);
        let types = &self.info.types;
        let src = match types.get(types.under(xt)) {
            Type::Slice(_) => self.expr(x),
            Type::Array(..) => {
                let a = self.expr(x);
                let s = self.reg();
                let ati = self.rtype(xt);
                self.emit(Op::ArrSlice { d: s, a, t: ati });
                s
            }
            Type::Pointer(p) => {
                let p = *p;
                let a = self.expr(x);
                self.emit(Op::NilCheck { a });
                let s = self.reg();
                let ati = self.rtype(p);
                self.emit(Op::ArrSlice { d: s, a, t: ati });
                s
            }
            _ => {
                self.unsupported_here("slicing this type");
                return;
            }
        };
        self.emit(Op::Reslice { d, a: src, b, t: rti });
    }

    // ---- composite literals ----

    /// Stores the elements of an array or slice literal into `d` (keys give indices, as in Go);
    /// `addr` makes the instruction computing an element's address.
    fn fill_elements(&mut self, d: R, elems: &[crate::ast::Element], et: TypeId, addr: impl Fn(R, R, R) -> Op) {
        let mut i: i64 = 0;
        for el in elems {
            if let Some(k) = el.key {
                i = self.const_of(k).and_then(|v| v.to_i64()).unwrap_or(i);
            }
            let save = self.f().next;
            let idx = self.reg();
            self.emit(Op::Int { d: idx, k: i as i32 });
            let a = self.reg();
            self.emit(addr(d, a, idx));
            let v = self.expr_for_store(el.value, et);
            self.store_place(Place::Mem { addr: a, off: 0, t: et }, v);
            self.f().next = save;
            i += 1;
        }
    }

    fn composite_in(&mut self, e: ExprId, d: R) {
        let ast = self.ast;
        let ExprKind::CompositeLit { elems, .. } = &ast[e].kind else { return };
        let t = self.ty(e);
        let types = &self.info.types;
        let (base_t, is_ptr) = match types.get(types.under(t)) {
            Type::Pointer(p) => (*p, true),
            _ => (t, false),
        };
        let _ = is_ptr;
        match types.get(types.under(base_t)).clone() {
            Type::Struct(fields) => {
                let ti = self.rtype(base_t);
                self.emit(Op::New { d, t: ti });
                for (i, el) in elems.iter().enumerate() {
                    let idx = match el.key {
                        Some(k) => match &ast[k].kind {
                            ExprKind::Ident(n) => fields.iter().position(|f| f.name == *n).unwrap_or(i),
                            _ => i,
                        },
                        None => i,
                    };
                    let ft = fields.get(idx).map(|f| f.ty).unwrap_or_default();
                    let save = self.f().next;
                    let v = self.expr_for_store(el.value, ft);
                    // A blank field's value is evaluated and dropped: the field stays zero.
                    if fields.get(idx).is_none_or(|f| self.ast.name(f.name) != "_") {
                        self.store_place(Place::Mem { addr: d, off: (idx * 8) as u16, t: ft }, v);
                    }
                    self.f().next = save;
                }
            }
            Type::Array(_, et) => {
                let ti = self.rtype(base_t);
                self.emit(Op::New { d, t: ti });
                self.fill_elements(d, elems, et, |d, addr, idx| Op::ArrAddr { d: addr, a: d, b: idx, t: ti });
            }
            Type::Slice(et) => {
                // Length: the largest index + 1.
                let mut n: i64 = 0;
                let mut i: i64 = 0;
                for el in elems {
                    if let Some(k) = el.key {
                        i = self.const_of(k).and_then(|v| v.to_i64()).unwrap_or(i);
                    }
                    i += 1;
                    n = n.max(i);
                }
                let len = self.reg();
                self.emit(Op::Int { d: len, k: n as i32 });
                let ti = self.rtype(base_t);
                self.emit(Op::MakeSlice { d, a: len, b: len, t: ti });
                let eti = self.rtype(et);
                self.fill_elements(d, elems, et, |d, addr, idx| Op::SlAddr { d: addr, a: d, b: idx, t: eti });
            }
            Type::Map(kt, vt) => {
                let ti = self.rtype(base_t);
                self.emit(Op::MakeMap { d, t: ti });
                for el in elems {
                    let save = self.f().next;
                    let Some(k) = el.key else { continue };
                    let kv = self.regs(2);
                    let kr = self.expr_for_store(k, kt);
                    self.emit(Op::Move { d: kv, a: kr });
                    let vr = self.expr_for_store(el.value, vt);
                    self.emit(Op::Move { d: R(kv.0 + 1), a: vr });
                    self.emit(Op::MapSet { a: d, b: kv, t: ti });
                    self.f().next = save;
                }
            }
            _ => self.unsupported_here("this composite literal"),
        }
    }
}
