//! Expressions: operands, constant folding, conversions, selectors, indexing and binary operators.

use super::builtin::Builtin;
use super::{Checker, ObjId, ObjKind};
use crate::ast::{BinOp, ExprId, ExprKind, LitKind, UnOp};
use crate::lexer::literal::{decode_rune, decode_string};
use crate::source::Span;
use crate::types::constant::{Value, Why};
use crate::types::{BasicKind, Type, TypeId, UNKNOWN};

/// What an expression is, as types2's operand modes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    NoValue,
    Const,
    /// Addressable.
    Var,
    MapIndex,
    Value,
    CommaOk,
    TypeExpr,
    Builtin(Builtin),
    Pkg(ObjId),
    Nil,
}

#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    pub expr: ExprId,
    /// An error was already reported for this operand: report nothing more about it.
    pub invalid: bool,
}

impl Operand {
    pub fn new(mode: Mode, ty: TypeId, expr: ExprId) -> Operand {
        Operand { mode, ty, val: None, expr, invalid: false }
    }
    pub fn unknown(expr: ExprId) -> Operand {
        Operand::new(Mode::Value, UNKNOWN, expr)
    }
    pub fn bad(expr: ExprId) -> Operand {
        Operand { invalid: true, ..Operand::unknown(expr) }
    }
}

impl Checker<'_> {
    /// Checks an expression that must be a single value (types are reported).
    pub(super) fn expr(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let op = self.expr_or_type_hint(e, hint);
        if op.mode == Mode::TypeExpr && !op.invalid {
            let s = self.expr_string(e);
            self.error(self.ast[e].span, format!("{s} (type) is not an expression"));
            return Operand::bad(e);
        }
        if let Mode::Builtin(_) = op.mode {
            let s = self.expr_string(e);
            self.error(self.ast[e].span, format!("{s} (built-in function {s}) must be called"));
            return Operand::bad(e);
        }
        if let Mode::Pkg(_) = op.mode {
            let s = self.expr_string(e);
            self.error(self.ast[e].span, format!("use of package {s} without selector"));
            return Operand::bad(e);
        }
        op
    }

    pub(super) fn expr_or_type(&mut self, e: ExprId) -> Operand {
        self.expr_or_type_hint(e, None)
    }

    fn expr_or_type_hint(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        if self.expr_depth > super::MAX_EXPR_DEPTH {
            if !self.depth_reported {
                self.depth_reported = true;
                self.error(self.ast[e].span, "expression nesting too deep");
            }
            return Operand::bad(e);
        }
        self.expr_depth += 1;
        let mut op = self.expr_inner(e, hint);
        self.expr_depth -= 1;
        if let Some(h) = hint
            && op.mode == Mode::Value
            && matches!(self.ast[e].kind, ExprKind::Ident(_) | ExprKind::Selector(..))
            && let Some(inst) = self.instance_from_hint(e, h)
        {
            op = inst;
        }
        if op.mode == Mode::TypeExpr {
            self.record_type_expr(e, op.ty);
        } else {
            self.record_type(e, op.ty);
            if let Some(v) = &op.val {
                self.record_const(e, v.clone());
            }
        }
        op
    }

    fn expr_inner(&mut self, e: ExprId, hint: Option<TypeId>) -> Operand {
        let ast = self.ast;
        let span = ast[e].span;
        match &ast[e].kind {
            ExprKind::Bad => Operand::bad(e),
            ExprKind::Ident(n) => self.ident(e, *n, span),
            ExprKind::BasicLit(kind, text) => {
                let (k, v) = match kind {
                    LitKind::Int => (BasicKind::UntypedInt, Value::from_number(*kind, text)),
                    LitKind::Float => (BasicKind::UntypedFloat, Value::from_number(*kind, text)),
                    LitKind::Imag => (BasicKind::UntypedComplex, Value::from_number(*kind, text)),
                    LitKind::Rune => (BasicKind::UntypedRune, Some(Value::Int(decode_rune(text).into()))),
                    LitKind::String => (BasicKind::UntypedString, Some(Value::String(decode_string(text)))),
                };
                Operand {
                    mode: Mode::Const,
                    ty: self.basic(k),
                    val: Some(v.unwrap_or(Value::Unknown)),
                    expr: e,
                    invalid: false,
                }
            }
            ExprKind::CompositeLit { ty, elems, .. } => self.composite(e, *ty, elems, hint),
            ExprKind::FuncLit { sig, body } => {
                let t = self.func_type(sig);
                self.func_body(sig, body, t, true);
                Operand::new(Mode::Value, t, e)
            }
            ExprKind::Paren(x) => {
                let mut op = self.expr_or_type_hint(*x, hint);
                op.expr = e;
                op
            }
            ExprKind::Selector(x, name) => self.selector(e, *x, *name),
            ExprKind::Index(x, idx) => self.index(e, *x, idx),
            ExprKind::Slice { x, lo, hi, max } => {
                let op = self.expr(*x, None);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(*i, None);
                }
                let u = self.types.under(op.ty);
                let t = match self.types.get(u).clone() {
                    Type::Basic(k) if k == BasicKind::String || k == BasicKind::UntypedString => {
                        if self.types.is_untyped(op.ty) { self.basic(BasicKind::String) } else { op.ty }
                    }
                    Type::Slice(_) => op.ty,
                    Type::Array(_, el) => self.types.add(Type::Slice(el)),
                    Type::Pointer(p) => match self.types.get(self.types.under(p)).clone() {
                        Type::Array(_, el) => self.types.add(Type::Slice(el)),
                        _ => UNKNOWN,
                    },
                    _ if op.invalid || self.types.is_vague(op.ty) => UNKNOWN,
                    _ => {
                        let s = self.operand_string(&op);
                        self.error(span, format!("cannot slice {s}"));
                        return Operand::bad(e);
                    }
                };
                Operand::new(Mode::Value, t, e)
            }
            ExprKind::TypeAssert(x, t) => {
                let op = self.expr(*x, None);
                let ty = match t {
                    Some(t) => self.resolve_type(*t),
                    None => {
                        self.error(span, "invalid syntax tree: use of .(type) outside type switch");
                        UNKNOWN
                    }
                };
                if !op.invalid && !self.types.is_vague(op.ty) && !self.types.is_interface(op.ty) {
                    let s = self.operand_string(&op);
                    self.error(ast[*x].span, format!("invalid operation: {s} is not an interface"));
                }
                Operand::new(Mode::CommaOk, ty, e)
            }
            ExprKind::Call { func, args, ellipsis, rparen, .. } => self.call(e, *func, args, *ellipsis, *rparen),
            ExprKind::Star(x) => {
                let op = self.expr_or_type(*x);
                if op.mode == Mode::TypeExpr {
                    let t = self.types.add(Type::Pointer(op.ty));
                    return Operand::new(Mode::TypeExpr, t, e);
                }
                if op.mode == Mode::Nil {
                    self.error(span, "invalid operation: cannot indirect nil");
                    return Operand::bad(e);
                }
                match self.types.get(self.types.under(op.ty)).clone() {
                    Type::Pointer(el) => Operand::new(Mode::Var, el, e),
                    _ if op.invalid || self.types.is_vague(op.ty) => Operand::unknown(e),
                    _ => {
                        let s = self.operand_string(&op);
                        self.error(span, format!("invalid operation: cannot indirect {s}"));
                        Operand::bad(e)
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, *x, hint),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, *a, *b, hint),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.resolve_type(e);
                Operand::new(Mode::TypeExpr, t, e)
            }
            ExprKind::Ellipsis(_) => Operand::unknown(e),
        }
    }

    fn ident(&mut self, e: ExprId, n: crate::ast::Symbol, span: Span) -> Operand {
        if n == self.blank {
            // `func (s Stack[_]) …`: a receiver's unnamed type parameter.
            if let Some(o) = self.scopes.lookup(n)
                && self.obj(o).kind == ObjKind::TypeName
            {
                return Operand::new(Mode::TypeExpr, self.obj(o).ty, e);
            }
            self.error(span, "cannot use _ as value");
            return Operand::bad(e);
        }
        let Some(o) = self.lookup(n) else {
            if self.files.get(self.cur_file).is_some_and(|f| f.dots.iter().any(|&(p, _)| self.packages[p].opaque)) {
                return Operand::unknown(e);
            }
            let name = self.name(n);
            self.error(span, format!("undefined: {name}"));
            return Operand::bad(e);
        };
        self.record_use(e, o);
        if !matches!(self.obj(o).kind, ObjKind::PkgName(_)) {
            self.use_obj(o);
        }
        let obj = self.obj(o).clone();
        match obj.kind {
            ObjKind::Const => {
                if Some(n) == self.sym("iota") && obj.pos == Default::default() {
                    return match &self.iota {
                        Some(v) => {
                            Operand { mode: Mode::Const, ty: obj.ty, val: Some(v.clone()), expr: e, invalid: false }
                        }
                        None => {
                            self.error(span, "cannot use iota outside constant declaration");
                            Operand::bad(e)
                        }
                    };
                }
                let invalid = obj.val.is_none() && self.types.is_unknown(obj.ty);
                Operand { mode: Mode::Const, ty: obj.ty, val: obj.val.clone(), expr: e, invalid }
            }
            ObjKind::Var => Operand::new(Mode::Var, obj.ty, e),
            ObjKind::TypeName => Operand::new(Mode::TypeExpr, obj.ty, e),
            ObjKind::Func => Operand::new(Mode::Value, obj.ty, e),
            ObjKind::PkgName(_) => Operand::new(Mode::Pkg(o), UNKNOWN, e),
            ObjKind::Builtin(b) => Operand::new(Mode::Builtin(b), UNKNOWN, e),
            ObjKind::Nil => Operand::new(Mode::Nil, obj.ty, e),
        }
    }

    /// Marks a use: resolves package-level objects, notes captures by function literals.
    pub(super) fn use_obj(&mut self, o: ObjId) {
        self.note_reference(o);
        self.resolve(o);
        let depth = self.depth;
        let obj = self.obj_mut(o);
        obj.used = true;
        if obj.kind == ObjKind::Var && obj.depth < depth && obj.decl.is_none() {
            obj.escapes = true;
        }
    }

    fn selector(&mut self, e: ExprId, x: ExprId, name: crate::ast::Ident) -> Operand {
        let ast = self.ast;
        let span = ast[e].span;
        if let ExprKind::Ident(p) = ast[x].kind
            && let Some(o) = self.lookup(p)
            && let ObjKind::PkgName(pkg) = self.obj(o).kind
        {
            self.record_use(x, o);
            self.obj_mut(o).used = true;
            if self.packages[pkg].opaque {
                return Operand::unknown(e);
            }
            let member = self.packages[pkg].scope.get(&name.name).copied();
            let exported = self.name(name.name).starts_with(|c: char| c.is_uppercase());
            let Some(m) = member.filter(|_| exported) else {
                let (pn, n) = (self.name(p), self.name(name.name));
                let at = Span::new(name.pos, span.hi);
                let msg = if member.is_some() {
                    let pkg_name = self.name(self.packages[pkg].name);
                    format!("name {n} not exported by package {pkg_name}")
                } else {
                    format!("undefined: {pn}.{n}")
                };
                self.error(at, msg);
                return Operand::bad(e);
            };
            self.use_obj(m);
            self.record_use(e, m);
            let obj = self.obj(m).clone();
            return match obj.kind {
                ObjKind::Const => Operand { mode: Mode::Const, ty: obj.ty, val: obj.val, expr: e, invalid: false },
                ObjKind::Var => Operand::new(Mode::Var, obj.ty, e),
                ObjKind::TypeName => Operand::new(Mode::TypeExpr, obj.ty, e),
                _ => Operand::new(Mode::Value, obj.ty, e),
            };
        }
        let op = self.expr_or_type(x);
        if op.invalid {
            return Operand::bad(e);
        }
        if op.mode == Mode::TypeExpr {
            // A method expression T.M: a function taking the receiver first.
            if let Member::Method(sig) = self.lookup_member(op.ty, name.name)
                && let Type::Func(s) = self.types.get(sig).clone()
            {
                let mut params = vec![op.ty];
                params.extend(s.params);
                let t = self.types.add(Type::Func(crate::types::Signature { params, ..s }));
                return Operand::new(Mode::Value, t, e);
            }
            return Operand::unknown(e);
        }
        match self.lookup_member(op.ty, name.name) {
            Member::Field(t, via_pointer) => {
                let mode = if via_pointer || op.mode == Mode::Var { Mode::Var } else { Mode::Value };
                Operand::new(mode, t, e)
            }
            Member::Method(sig) => {
                // Calling a pointer method on an addressable value takes its address.
                if op.mode == Mode::Var && self.method_of(op.ty, name.name, 0).is_some_and(|(_, needs_ptr)| needs_ptr) {
                    self.mark_escape(x);
                }
                Operand::new(Mode::Value, sig, e)
            }
            Member::Unknown => Operand::unknown(e),
            Member::Missing => {
                let (s, n) = (self.expr_string(x), self.name(name.name));
                let ts = self.type_string(op.ty);
                self.error(
                    Span::new(name.pos, span.hi),
                    format!("{s}.{n} undefined (type {ts} has no field or method {n})"),
                );
                Operand::bad(e)
            }
        }
    }

    fn index(&mut self, e: ExprId, x: ExprId, idx: &[ExprId]) -> Operand {
        let span = self.ast[e].span;
        let op = self.expr_or_type(x);
        if op.mode == Mode::TypeExpr && matches!(self.types.get(op.ty), Type::Named(n) if n.generic) {
            // An instantiated generic type.
            let args: Vec<TypeId> = idx.iter().map(|&i| self.resolve_type(i)).collect();
            let t = self.instantiate_type(op.ty, args);
            return Operand::new(Mode::TypeExpr, t, e);
        }
        if op.mode == Mode::TypeExpr || op.invalid {
            for &i in idx {
                self.resolve_type_or_expr(i);
            }
            return if op.mode == Mode::TypeExpr { Operand::new(Mode::TypeExpr, UNKNOWN, e) } else { Operand::bad(e) };
        }
        if let Type::Func(_) = self.types.get(self.types.under(op.ty)) {
            // Explicit instantiation of a generic function.
            if let Some(r) = self.explicit_instance(e, x, idx) {
                return r;
            }
            for &i in idx {
                self.resolve_type_or_expr(i);
            }
            return Operand::unknown(e);
        }
        let u = self.types.under(op.ty);
        let (mode, t) = match self.types.get(u).clone() {
            Type::Slice(el) => (Mode::Var, el),
            Type::Array(_, el) => (if op.mode == Mode::Var { Mode::Var } else { Mode::Value }, el),
            Type::Pointer(p) => match self.types.get(self.types.under(p)).clone() {
                Type::Array(_, el) => (Mode::Var, el),
                _ => (Mode::Value, UNKNOWN),
            },
            Type::Basic(BasicKind::String | BasicKind::UntypedString) => (Mode::Value, self.basic(BasicKind::Uint8)),
            Type::Map(k, v) => {
                if let Some(&i) = idx.first() {
                    let ki = self.expr(i, Some(k));
                    self.assign(&ki, k, "map index");
                }
                return Operand::new(Mode::MapIndex, v, e);
            }
            _ if self.types.is_vague(op.ty) => {
                // Could be an instantiation (`reflect.TypeFor[T]`): the indices may be types.
                for &i in idx {
                    self.resolve_type_or_expr(i);
                }
                return Operand::unknown(e);
            }
            _ => {
                for &i in idx {
                    self.expr(i, None);
                }
                let s = self.operand_string(&op);
                self.error(span, format!("invalid operation: cannot index {s}"));
                return Operand::bad(e);
            }
        };
        for &i in idx {
            let io = self.expr(i, None);
            if !io.invalid
                && io.mode != Mode::Const
                && let Some(k) = self.types.basic(io.ty)
                && !k.is_integer()
                && !self.types.is_vague(io.ty)
            {
                let s = self.operand_string(&io);
                self.error(self.ast[i].span, format!("invalid argument: index {s} must be integer"));
            }
        }
        Operand::new(mode, t, e)
    }

    pub(super) fn resolve_type_or_expr(&mut self, e: ExprId) {
        self.expr_or_type(e);
    }

    fn unary(&mut self, e: ExprId, op: UnOp, x: ExprId, hint: Option<TypeId>) -> Operand {
        let span = self.ast[e].span;
        match op {
            UnOp::Addr => {
                let inner_hint = hint.and_then(|h| match self.types.get(self.types.under(h)) {
                    Type::Pointer(p) => Some(*p),
                    _ => None,
                });
                let xo = self.expr(x, inner_hint);
                self.mark_escape(x);
                let is_lit = matches!(self.ast[unparen(self.ast, x)].kind, ExprKind::CompositeLit { .. });
                if !xo.invalid && xo.mode != Mode::Var && !is_lit && !self.types.is_unknown(xo.ty) {
                    let s = self.operand_string(&xo);
                    self.error(span, format!("invalid operation: cannot take address of {s}"));
                    return Operand::bad(e);
                }
                let t = self.types.add(Type::Pointer(xo.ty));
                Operand::new(Mode::Value, t, e)
            }
            UnOp::Recv => {
                let xo = self.expr(x, None);
                match self.types.get(self.types.under(xo.ty)).clone() {
                    Type::Chan(dir, el) => {
                        if dir == crate::ast::ChanDir::Send {
                            let s = self.operand_string(&xo);
                            self.error(span, format!("invalid operation: cannot receive from send-only channel {s}"));
                        }
                        Operand::new(Mode::CommaOk, el, e)
                    }
                    _ if xo.invalid || self.types.is_vague(xo.ty) => {
                        Operand { mode: Mode::CommaOk, ..Operand::unknown(e) }
                    }
                    _ => {
                        let s = self.operand_string(&xo);
                        self.error(span, format!("invalid operation: cannot receive from non-channel {s}"));
                        Operand::bad(e)
                    }
                }
            }
            UnOp::Tilde => {
                self.error(span, "invalid use of ~ outside type constraint");
                Operand::bad(e)
            }
            _ => {
                let xo = self.expr(x, hint);
                if xo.invalid {
                    return Operand::bad(e);
                }
                if let Some(k) = self.types.basic(xo.ty) {
                    let ok = match op {
                        UnOp::Not => k == BasicKind::Bool || k == BasicKind::UntypedBool,
                        UnOp::Xor => k.is_integer(),
                        _ => k.is_numeric(),
                    };
                    if !ok {
                        let s = self.operand_string(&xo);
                        let o = match op {
                            UnOp::Not => "!",
                            UnOp::Xor => "^",
                            UnOp::Neg => "-",
                            _ => "+",
                        };
                        self.error(self.ast[x].span, format!("invalid operation: operator {o} not defined on {s}"));
                        return Operand::bad(e);
                    }
                }
                let mut r = Operand::new(if xo.mode == Mode::Const { Mode::Const } else { Mode::Value }, xo.ty, e);
                if let Some(v) = &xo.val {
                    let mut nv = Value::unary(op, v);
                    // ^x on an unsigned typed constant stays within its width.
                    if let (UnOp::Xor, Some(k)) = (op, self.types.basic(xo.ty))
                        && k.is_unsigned()
                        && let (Value::Int(i), Some(bytes)) = (&nv, k.size())
                    {
                        let m = (num_bigint::BigInt::from(1u8) << (bytes * 8)) - 1u8;
                        nv = Value::Int(i & m);
                    }
                    r.val = Some(nv);
                }
                r
            }
        }
    }

    /// `&x` makes the variable `x` (or the root of `x.f`, `x[i]` on arrays) escape to the heap;
    /// not the root of `p.f` through a pointer or of `s[i]` on a slice, whose element lives
    /// elsewhere already.
    fn mark_escape(&mut self, mut x: ExprId) {
        let ast = self.ast;
        loop {
            match &ast[x].kind {
                ExprKind::Paren(y) => x = *y,
                ExprKind::Selector(y, _) => {
                    let t = self.type_of(*y);
                    if matches!(self.types.get(self.types.under(t)), Type::Pointer(_)) {
                        return;
                    }
                    x = *y;
                }
                ExprKind::Index(y, _) => {
                    let t = self.type_of(*y);
                    if matches!(self.types.get(self.types.under(t)), Type::Slice(_) | Type::Pointer(_) | Type::Map(..))
                    {
                        return;
                    }
                    x = *y;
                }
                ExprKind::Ident(_) => {
                    if let Some(o) = self.use_of(x) {
                        self.obj_mut(o).escapes = true;
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    fn binary(&mut self, e: ExprId, op: BinOp, a: ExprId, b: ExprId, hint: Option<TypeId>) -> Operand {
        let span = self.ast[e].span;
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            let x = self.expr(a, hint);
            let y = self.expr(b, None);
            if x.invalid || y.invalid {
                return Operand::bad(e);
            }
            // A complex shifted operand (typed, or an untyped constant that is not an integer).
            if let Some(k) = self.types.basic(x.ty)
                && k.is_complex()
                && (k != BasicKind::UntypedComplex
                    || x.val.as_ref().is_some_and(|v| v.to_real().and_then(|r| r.to_int()).is_none()))
            {
                let s = self.operand_string(&x);
                self.error(self.ast[a].span, format!("invalid operation: shifted operand {s} must be integer"));
                return Operand::bad(e);
            }
            // An untyped float or complex constant count is fine when it is an integer value.
            let y = match &y.val {
                Some(v) if matches!(self.types.basic(y.ty), Some(BasicKind::UntypedComplex)) => {
                    match v.to_real().filter(|r| r.to_int().is_some()) {
                        Some(r) => Operand { val: Some(r), ty: self.basic(BasicKind::UntypedInt), ..y },
                        None => y,
                    }
                }
                _ => y,
            };
            if let Some(k) = self.types.basic(y.ty)
                && !k.is_integer()
                && !(k == BasicKind::UntypedFloat && y.val.as_ref().is_some_and(|v| v.to_int().is_some()))
            {
                let s = self.operand_string(&y);
                self.error(self.ast[b].span, format!("invalid operation: shift count {s} must be integer"));
                return Operand::bad(e);
            }
            if let (Some(xv), Some(yv)) = (&x.val, &y.val)
                && let Some(s) = yv.to_int().and_then(|s| u64::try_from(s).ok())
            {
                let t = if self.types.is_untyped(x.ty) { self.basic(BasicKind::UntypedInt) } else { x.ty };
                let v = Value::shift(xv, op, s);
                return Operand { mode: Mode::Const, ty: t, val: Some(v), expr: e, invalid: false };
            }
            // Spec: in a non-constant shift, an untyped constant left operand takes the type it
            // would have without the shift, decided by the context; it stays untyped until then.
            let t = if self.types.is_untyped(x.ty) {
                match hint {
                    // An interface context: the constant's default type.
                    Some(h) if self.types.is_interface(h) => self.default_type(x.ty),
                    Some(h) => h,
                    None => self.basic(BasicKind::UntypedInt),
                }
            } else {
                x.ty
            };
            // The type the constant takes must be an integer type (`var f float64 = 1 << n` is
            // an error).
            if self.types.is_untyped(x.ty)
                && let Some(k) = self.types.basic(t)
                && !k.is_integer()
                && !self.types.is_untyped(t)
            {
                let (xs, ts) = (self.expr_string(a), self.type_string(t));
                self.error(
                    self.ast[a].span,
                    format!("invalid operation: shifted operand {xs} (type {ts}) must be integer"),
                );
                return Operand::bad(e);
            }
            return Operand::new(Mode::Value, t, e);
        }
        let x = self.expr(a, None);
        let y = self.expr(b, None);
        if x.invalid || y.invalid {
            return Operand::bad(e);
        }
        let comparison = matches!(op, BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq);
        let (xt, yt) = (x.ty, y.ty);
        let xu = self.types.is_untyped(xt) || x.mode == Mode::Nil;
        let yu = self.types.is_untyped(yt) || y.mode == Mode::Nil;
        // The operand type: typed side wins; two untyped constants take the "larger" kind.
        let ty = match (xu, yu) {
            (false, false) => {
                let vague = self.types.is_vague(xt) || self.types.is_vague(yt);
                let ok = vague
                    || self.types.identical(xt, yt)
                    || (comparison && (self.assignable_quiet(xt, yt) || self.assignable_quiet(yt, xt)));
                if !ok {
                    let (xs, ys) = (self.type_string(xt), self.type_string(yt));
                    let es = self.expr_string(e);
                    // types2 reports a comparison's mismatch at its second operand.
                    let at = if comparison { self.ast[b].span } else { span };
                    self.error(at, format!("invalid operation: {es} (mismatched types {xs} and {ys})"));
                    return Operand::bad(e);
                }
                xt
            }
            (true, false) => {
                self.convert_untyped(&x, yt);
                yt
            }
            (false, true) => {
                self.convert_untyped(&y, xt);
                xt
            }
            (true, true) => {
                let family = |c: &Checker, t| match c.types.basic(t) {
                    Some(k) if k.is_numeric() => 1,
                    Some(BasicKind::UntypedString) => 2,
                    Some(BasicKind::UntypedBool) => 3,
                    _ => 0,
                };
                let (fx, fy) = (family(self, xt), family(self, yt));
                if fx != 0 && fy != 0 && fx != fy {
                    let (xs, ys) = (self.type_string(xt), self.type_string(yt));
                    let es = self.expr_string(e);
                    let at = if comparison { self.ast[b].span } else { span };
                    self.error(at, format!("invalid operation: {es} (mismatched types {xs} and {ys})"));
                    return Operand::bad(e);
                }
                if x.mode == Mode::Nil || y.mode == Mode::Nil {
                    xt
                } else {
                    let rank = |c: &Checker, t| match c.types.basic(t) {
                        Some(BasicKind::UntypedInt) => 1,
                        Some(BasicKind::UntypedRune) => 2,
                        Some(BasicKind::UntypedFloat) => 3,
                        Some(BasicKind::UntypedComplex) => 4,
                        _ => 0,
                    };
                    if rank(self, xt) >= rank(self, yt) { xt } else { yt }
                }
            }
        };
        if !comparison
            && !matches!(op, BinOp::LAnd | BinOp::LOr)
            && let Some(k) = self.types.basic(ty)
        {
            let ok = match op {
                BinOp::Add => k.is_numeric() || matches!(k, BasicKind::String | BasicKind::UntypedString),
                BinOp::Sub | BinOp::Mul | BinOp::Quo => k.is_numeric(),
                _ => k.is_integer(),
            };
            if !ok {
                let s = self.operand_string(&x);
                self.error(span, format!("invalid operation: operator {} not defined on {s}", op.as_str()));
                return Operand::bad(e);
            }
            if matches!(op, BinOp::Quo | BinOp::Rem) && y.val.as_ref().is_some_and(|v| v.is_zero()) && k.is_integer() {
                self.error(self.ast[b].span, "invalid operation: division by zero");
                return Operand::bad(e);
            }
        }
        if matches!(op, BinOp::LAnd | BinOp::LOr) {
            for o in [&x, &y] {
                if let Some(k) = self.types.basic(o.ty)
                    && k != BasicKind::Bool
                    && k != BasicKind::UntypedBool
                {
                    let s = self.operand_string(o);
                    self.error(span, format!("invalid operation: operator {} not defined on {s}", op.as_str()));
                    return Operand::bad(e);
                }
            }
        }
        let both_const = x.mode == Mode::Const && y.mode == Mode::Const;
        if matches!(op, BinOp::Eql | BinOp::Neq) && x.mode != Mode::Nil && y.mode != Mode::Nil {
            let what = match self.types.get(self.types.under(ty)) {
                Type::Slice(_) => Some("slice"),
                Type::Map(..) => Some("map"),
                Type::Func(_) => Some("func"),
                _ => None,
            };
            if let Some(what) = what {
                let es = self.expr_string(e);
                self.error(self.ast[a].span, format!("invalid operation: {es} ({what} can only be compared to nil)"));
                return Operand::bad(e);
            }
            // go/types' incomparableCause for structs and arrays.
            let cause = match self.types.get(self.types.under(ty)).clone() {
                Type::Struct(fields) => fields
                    .iter()
                    .find(|f| !self.is_comparable(f.ty, 0))
                    .map(|f| format!("struct containing {} cannot be compared", self.type_string(f.ty))),
                Type::Array(_, el) if !self.is_comparable(el, 0) => {
                    Some(format!("{} cannot be compared", self.type_string(ty)))
                }
                _ => None,
            };
            if let Some(cause) = cause.filter(|_| !self.types.is_vague(ty)) {
                let es = self.expr_string(e);
                self.error(self.ast[a].span, format!("invalid operation: {es} ({cause})"));
                return Operand::bad(e);
            }
        }
        if comparison
            && !matches!(op, BinOp::Eql | BinOp::Neq)
            && let Some(k) = self.types.basic(ty)
            && k.is_complex()
        {
            let es = self.expr_string(e);
            let ts = self.type_string(ty);
            self.error(
                self.ast[a].span,
                format!("invalid operation: {es} (operator {} not defined on {ts})", op.as_str()),
            );
            return Operand::bad(e);
        }
        if op == BinOp::Quo
            && x.mode == Mode::Const
            && y.val.as_ref().is_some_and(|v| v.is_zero())
            && self.types.basic(ty).is_some_and(|k| !k.is_integer())
        {
            self.error(self.ast[b].span, "invalid operation: division by zero");
            return Operand::bad(e);
        }
        if comparison {
            // A comparison with an unmodelled operand might be constant: don't claim it isn't.
            if self.types.is_unknown(xt) || self.types.is_unknown(yt) {
                return Operand::unknown(e);
            }
            let t = self.basic(BasicKind::UntypedBool);
            let mut r = Operand::new(if both_const { Mode::Const } else { Mode::Value }, t, e);
            if let (true, Some(xv), Some(yv)) = (both_const, &x.val, &y.val) {
                r.val = Value::compare(xv, op, yv).map(Value::Bool);
            }
            return r;
        }
        let mut r = Operand::new(if both_const { Mode::Const } else { Mode::Value }, ty, e);
        if let (true, Some(xv), Some(yv)) = (both_const, &x.val, &y.val) {
            let integer = self.types.basic(ty).is_some_and(|k| k.is_integer());
            let v = Value::binary(xv, op, yv, integer);
            if v == Value::Unknown
                && *xv != Value::Unknown
                && *yv != Value::Unknown
                && !matches!(op, BinOp::Quo | BinOp::Rem)
            {
                let what = match op {
                    BinOp::Add => "addition",
                    BinOp::Sub => "subtraction",
                    BinOp::Mul => "multiplication",
                    _ => "operation",
                };
                self.error(span, format!("constant {what} overflow"));
            }
            r.val = Some(v);
        }
        r
    }

    /// An untyped operand used where type `t` is wanted (binary operand): checks representability.
    pub(super) fn convert_untyped(&mut self, x: &Operand, t: TypeId) {
        if x.mode == Mode::Nil || self.types.is_vague(t) {
            return;
        }
        let Some(target) = self.types.basic(t) else { return };
        let Some(v) = &x.val else { return };
        if let Err(why) = v.representable(target) {
            let s = self.operand_string(x);
            let ts = self.type_string(t);
            let msg = match why {
                Why::Truncated => format!("{s} truncated to {ts}"),
                Why::Overflows => format!("{s} overflows {ts}"),
                Why::NotRepresentable => format!("cannot convert {s} to type {ts}"),
            };
            self.error(self.ast[x.expr].span, msg);
        }
    }
}

pub(super) fn unparen(ast: &crate::ast::Ast, mut e: ExprId) -> ExprId {
    while let ExprKind::Paren(x) = ast[e].kind {
        e = x;
    }
    e
}

pub(super) enum Member {
    Field(TypeId, bool),
    Method(TypeId),
    Unknown,
    Missing,
}
