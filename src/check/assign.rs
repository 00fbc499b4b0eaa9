//! Assignability (spec "Assignability"), method sets and interface satisfaction, member lookup,
//! calls and composite literals.

use super::Checker;
use super::builtin::Builtin;
use super::expr::{Member, Mode, Operand};
use crate::ast::{Element, ExprId, ExprKind, Symbol};
use crate::source::{Pos, Span};
use crate::types::constant::Why;
use crate::types::{BasicKind, Signature, Type, TypeId, UNKNOWN};

impl Checker<'_> {
    /// Checks that `x` can be assigned to type `t`; reports `cannot use … as T value in CONTEXT`.
    pub(super) fn assign(&mut self, x: &Operand, t: TypeId, context: &str) -> bool {
        if x.invalid {
            return true;
        }
        // A call without results is never a value, whatever the target.
        if x.mode == Mode::NoValue {
            let s = self.expr_string(x.expr);
            self.error(self.ast[x.expr].span, format!("{s} (no value) used as value"));
            return false;
        }
        if self.types.is_vague(t) {
            return true;
        }
        if let Type::Tuple(_) = self.types.get(x.ty) {
            let s = self.expr_string(x.expr);
            self.error(
                self.ast[x.expr].span,
                format!("multiple-value {s} (value of type {}) in single-value context", self.type_string(x.ty)),
            );
            return false;
        }
        let span = self.ast[x.expr].span;
        if x.mode == Mode::Nil {
            let ok = matches!(
                self.types.get(self.types.under(t)),
                Type::Pointer(_)
                    | Type::Slice(_)
                    | Type::Map(..)
                    | Type::Chan(..)
                    | Type::Func(_)
                    | Type::Interface { .. }
                    | Type::Unknown
            );
            if !ok {
                let ts = self.type_string(t);
                self.error(span, format!("cannot use nil as {ts} value in {context}"));
            }
            return ok;
        }
        if self.types.is_untyped(x.ty) {
            let target = self.types.basic(t);
            let ok = match (target, &x.val) {
                (Some(k), Some(v)) => match v.representable(k) {
                    Ok(_) => true,
                    Err(why) => {
                        let s = self.operand_string(x);
                        let ts = self.type_string(t);
                        let suffix = match why {
                            Why::Truncated => " (truncated)",
                            Why::Overflows => " (overflows)",
                            Why::NotRepresentable => "",
                        };
                        self.error(span, format!("cannot use {s} as {ts} value in {context}{suffix}"));
                        return false;
                    }
                },
                (Some(k), None) => {
                    // An untyped bool or similar non-constant value.
                    let xk = self.types.basic(x.ty);
                    !(xk == Some(BasicKind::UntypedBool) && k != BasicKind::Bool)
                }
                (None, _) => {
                    // Untyped constant to an interface: its default type must implement it.
                    if self.types.is_interface(t) {
                        let d = self.default_type(x.ty);
                        return self.assign(&Operand { ty: d, mode: Mode::Value, ..x.clone() }, t, context);
                    }
                    false
                }
            };
            if !ok {
                let s = self.operand_string(x);
                let ts = self.type_string(t);
                self.error(span, format!("cannot use {s} as {ts} value in {context}"));
            }
            return ok;
        }
        if self.types.is_vague(x.ty) || self.assignable_quiet(x.ty, t) {
            return true;
        }
        let s = self.operand_string(x);
        let ts = self.type_string(t);
        let mut msg = format!("cannot use {s} as {ts} value in {context}");
        if self.types.is_interface(t)
            && let Some(why) = self.missing_method(x.ty, t)
        {
            msg.push_str(&format!(": {} does not implement {ts} {why}", self.type_string(x.ty)));
        }
        self.error(span, msg);
        false
    }

    /// The spec's assignability of a value of (typed) type `v` to type `t`, without reporting.
    pub(super) fn assignable_quiet(&self, v: TypeId, t: TypeId) -> bool {
        if self.types.identical(v, t) || self.types.is_vague(v) || self.types.is_vague(t) {
            return true;
        }
        let (vu, tu) = (self.types.under(v), self.types.under(t));
        let one_unnamed = !self.types.is_named(v) || !self.types.is_named(t);
        if one_unnamed && !matches!(self.types.get(vu), Type::Basic(_)) && self.types.identical(vu, tu) {
            return true;
        }
        if let Type::Interface { .. } = self.types.get(tu) {
            return self.missing_method(v, t).is_none();
        }
        if let (Type::Chan(crate::ast::ChanDir::Both, a), Type::Chan(_, b)) = (self.types.get(vu), self.types.get(tu)) {
            return one_unnamed && self.types.identical(*a, *b);
        }
        false
    }

    /// Why `t` does not implement interface `iface`, as Go words it, or `None` when it does.
    pub(super) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface { methods, exact } = self.types.get(self.types.under(iface)) else { return None };
        if !exact || self.types.is_vague(t) {
            return None;
        }
        for (name, _) in methods {
            match self.method_of(t, *name, 0) {
                Some((_, false)) => {}
                Some((_, true)) => {
                    let n = self.name(*name);
                    return Some(format!("(method {n} has pointer receiver)"));
                }
                None if self.has_vague_embedding(t) => return None,
                None => {
                    let n = self.name(*name);
                    return Some(format!("(missing method {n})"));
                }
            }
        }
        None
    }

    fn has_vague_embedding(&self, t: TypeId) -> bool {
        let base = match self.types.get(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        match self.types.get(self.types.under(base)) {
            Type::Struct(fields) => fields.iter().any(|f| f.embedded && self.types.is_vague(f.ty)),
            Type::Unknown => true,
            _ => false,
        }
    }

    /// Finds method `name` in the method set of `t`: its signature, and whether it is only in the
    /// pointer's method set (a pointer-receiver method on a non-pointer value).
    pub(super) fn method_of(&self, t: TypeId, name: Symbol, depth: u32) -> Option<(TypeId, bool)> {
        if depth > 8 {
            return None;
        }
        let (base, is_ptr) = match self.types.get(t) {
            Type::Pointer(p) => (*p, true),
            _ => (t, false),
        };
        if let Type::Named(n) = self.types.get(base)
            && let Some(m) = n.methods.iter().find(|m| m.name == name)
        {
            return Some((m.sig, m.pointer_receiver && !is_ptr));
        }
        match self.types.get(self.types.under(base)) {
            Type::Interface { methods, .. } => methods.iter().find(|(n, _)| *n == name).map(|(_, s)| (*s, false)),
            Type::Struct(fields) => {
                for f in fields.iter().filter(|f| f.embedded) {
                    let ft = if is_ptr && !matches!(self.types.get(f.ty), Type::Pointer(_)) {
                        // Through a pointer, embedded values are addressable.
                        return self.method_of(f.ty, name, depth + 1).map(|(s, _)| (s, false)).or_else(|| {
                            fields
                                .iter()
                                .filter(|g| g.embedded && g.name != f.name)
                                .find_map(|g| self.method_of(g.ty, name, depth + 1))
                        });
                    } else {
                        f.ty
                    };
                    if let Some(r) = self.method_of(ft, name, depth + 1) {
                        return Some(r);
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// A field or method `name` of a value of type `t` (auto-dereferencing pointers).
    pub(super) fn lookup_member(&self, t: TypeId, name: Symbol) -> Member {
        if self.types.is_vague(t) && !self.types.is_named(t) {
            return Member::Unknown;
        }
        self.lookup_member_depth(t, name, 0)
    }

    fn lookup_member_depth(&self, t: TypeId, name: Symbol, depth: u32) -> Member {
        if depth > 8 {
            return Member::Unknown;
        }
        let (base, via_ptr) = match self.types.get(self.types.under(t)) {
            Type::Pointer(p) if !self.types.is_named(t) || depth == 0 => (*p, true),
            _ => (t, false),
        };
        if let Type::Named(n) = self.types.get(base) {
            if n.generic {
                return Member::Unknown;
            }
            if let Some(m) = n.methods.iter().find(|m| m.name == name) {
                return Member::Method(m.sig);
            }
        }
        match self.types.get(self.types.under(base)).clone() {
            Type::Struct(fields) => {
                if let Some(f) = fields.iter().find(|f| f.name == name) {
                    return Member::Field(f.ty, via_ptr);
                }
                let mut vague = false;
                for f in fields.iter().filter(|f| f.embedded) {
                    match self.lookup_member_depth(f.ty, name, depth + 1) {
                        Member::Missing => {}
                        Member::Unknown => vague = true,
                        Member::Field(t, p) => return Member::Field(t, p || via_ptr),
                        m => return m,
                    }
                }
                if vague { Member::Unknown } else { Member::Missing }
            }
            Type::Interface { methods, exact } => match methods.iter().find(|(n, _)| *n == name) {
                Some((_, s)) => Member::Method(*s),
                None if !exact => Member::Unknown,
                None => Member::Missing,
            },
            Type::Unknown => Member::Unknown,
            _ => Member::Missing,
        }
    }

    pub(super) fn default_type(&self, t: TypeId) -> TypeId {
        match self.types.basic(t) {
            Some(BasicKind::UntypedBool) => self.basic(BasicKind::Bool),
            Some(BasicKind::UntypedInt) => self.basic(BasicKind::Int),
            Some(BasicKind::UntypedRune) => self.basic(BasicKind::Int32),
            Some(BasicKind::UntypedFloat) => self.basic(BasicKind::Float64),
            Some(BasicKind::UntypedComplex) => self.basic(BasicKind::Complex128),
            Some(BasicKind::UntypedString) => self.basic(BasicKind::String),
            Some(BasicKind::UntypedNil) => UNKNOWN,
            _ => t,
        }
    }

    pub(super) fn call(
        &mut self,
        e: ExprId,
        func: ExprId,
        args: &[ExprId],
        ellipsis: Option<Pos>,
        rparen: Pos,
    ) -> Operand {
        let ast = self.ast;
        if let Some(r) = self.generic_call(e, func, args, ellipsis, rparen) {
            return r;
        }
        let f = self.expr_or_type(func);
        if f.invalid {
            for &a in args {
                self.resolve_type_or_expr(a);
            }
            return Operand::bad(e);
        }
        match f.mode {
            Mode::TypeExpr => {
                // A conversion T(x).
                let t = f.ty;
                if args.len() != 1 {
                    for &a in args {
                        self.expr(a, None);
                    }
                    let ts = self.expr_string(func);
                    let msg = if args.is_empty() {
                        format!("missing argument in conversion to {ts}")
                    } else {
                        format!("too many arguments in conversion to {ts}")
                    };
                    self.error(ast[e].span, msg);
                    return Operand::bad(e);
                }
                let x = self.expr(args[0], Some(t));
                if x.invalid || (self.types.is_unknown(x.ty) && x.mode != Mode::Const) {
                    // Its constness is unknown too: don't claim it is not constant.
                    return Operand::unknown(e);
                }
                // A complex value converts only to complex types, and only complex types take a
                // real (typed) number's value.
                if !self.types.is_untyped(x.ty)
                    && let (Some(xk), Some(tk)) = (self.types.basic(x.ty), self.types.basic(t))
                    && xk.is_numeric()
                    && tk.is_numeric()
                    && xk.is_complex() != tk.is_complex()
                {
                    let s = self.operand_string(&x);
                    let ts = self.type_string(t);
                    self.error(ast[args[0]].span, format!("cannot convert {s} to type {ts}"));
                    return Operand::bad(e);
                }
                let mut r = Operand::new(Mode::Value, t, e);
                // string(rune constant) is a constant: the rune's UTF-8 (U+FFFD when invalid).
                if x.mode == Mode::Const
                    && self.types.basic(t) == Some(BasicKind::String)
                    && let Some(v) = &x.val
                    && v.is_int()
                {
                    let c =
                        v.to_i64().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    r.mode = Mode::Const;
                    r.val = Some(crate::types::constant::Value::String(c.to_string().into_bytes()));
                    return r;
                }
                if x.mode == Mode::Const
                    && let (Some(k), Some(v)) = (self.types.basic(t), &x.val)
                    && (k != BasicKind::String || matches!(v, crate::types::constant::Value::String(_)))
                {
                    if let Ok(cv) = v.representable(k) {
                        r.mode = Mode::Const;
                        r.val = Some(cv);
                    } else if (x.val.as_ref().is_some_and(|v| v.is_int()) && k.is_integer())
                        || (matches!(v, crate::types::constant::Value::Complex(..)) && k.is_numeric())
                        || (k.is_complex()
                            && matches!(
                                v,
                                crate::types::constant::Value::Float(_) | crate::types::constant::Value::Int(_)
                            ))
                    {
                        let s = self.operand_string(&x);
                        let ts = self.type_string(t);
                        self.error(ast[args[0]].span, format!("cannot convert {s} to type {ts}"));
                    }
                }
                r
            }
            Mode::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            _ => {
                let sig = match self.types.get(self.types.under(f.ty)) {
                    Type::Func(s) => s.clone(),
                    _ if self.types.is_vague(f.ty) => {
                        for &a in args {
                            self.resolve_type_or_expr(a);
                        }
                        return Operand::unknown(e);
                    }
                    _ => {
                        for &a in args {
                            self.expr(a, None);
                        }
                        let s = self.operand_string(&f);
                        let ts = self.type_string(f.ty);
                        self.error(
                            ast[func].span,
                            format!("invalid operation: cannot call {s}: {ts} is not a function"),
                        );
                        return Operand::bad(e);
                    }
                };
                let name = self.expr_string(func);
                self.check_args(&sig, args, ellipsis, rparen, &name);
                self.call_result(&sig, e)
            }
        }
    }

    fn check_args(&mut self, sig: &Signature, args: &[ExprId], ellipsis: Option<Pos>, rparen: Pos, name: &str) {
        if let Some(ops) = self.arg_ops(Some(sig), args, ellipsis) {
            self.check_arg_ops(sig, ops, args, ellipsis, rparen, name);
        }
    }

    /// A call's result operand for signature `sig`.
    pub(super) fn call_result(&mut self, sig: &Signature, e: ExprId) -> Operand {
        let ty = match sig.results.as_slice() {
            [] => return Operand::new(Mode::NoValue, UNKNOWN, e),
            [one] => *one,
            many => self.types.add(Type::Tuple(many.to_vec())),
        };
        Operand::new(Mode::Value, ty, e)
    }

    /// Checks a call's arguments (with `sig`'s parameter types as hints, when known), spreading
    /// one multi-value call. `None` when the arguments are a multi-value call of unknown type.
    pub(super) fn arg_ops(
        &mut self,
        sig: Option<&Signature>,
        args: &[ExprId],
        ellipsis: Option<Pos>,
    ) -> Option<Vec<Operand>> {
        let empty = Signature::default();
        let sig = sig.unwrap_or(&empty);
        // f(g()) where g returns several values.
        let ops: Vec<Operand> = if args.len() == 1 {
            let op = self.expr(args[0], sig.params.first().copied());
            match self.types.get(op.ty).clone() {
                Type::Tuple(v) if op.mode == Mode::Value => {
                    v.iter().map(|t| Operand { ty: *t, mode: Mode::Value, ..op.clone() }).collect()
                }
                _ if self.types.is_unknown(op.ty)
                    && op.mode != Mode::NoValue
                    && matches!(self.ast[super::expr::unparen(self.ast, args[0])].kind, ExprKind::Call { .. }) =>
                {
                    return None;
                }
                _ => vec![op],
            }
        } else {
            let mut v = Vec::new();
            for (i, &a) in args.iter().enumerate() {
                let hint = if sig.variadic && i + 1 >= sig.params.len() {
                    sig.params.last().map(|&s| match self.types.get(s) {
                        Type::Slice(e) if ellipsis.is_none() => *e,
                        _ => s,
                    })
                } else {
                    sig.params.get(i).copied()
                };
                v.push(self.expr(a, hint));
            }
            v
        };
        Some(ops)
    }

    /// Checks the argument count and each argument's assignability to `sig`'s parameters.
    pub(super) fn check_arg_ops(
        &mut self,
        sig: &Signature,
        ops: Vec<Operand>,
        args: &[ExprId],
        ellipsis: Option<Pos>,
        rparen: Pos,
        name: &str,
    ) {
        let ast = self.ast;
        if ops.iter().any(|o| o.invalid) {
            return;
        }
        let nparams = sig.params.len();
        let fixed = if sig.variadic { nparams - 1 } else { nparams };
        let too_few = ops.len() < fixed || (ellipsis.is_some() && ops.len() < nparams);
        let too_many = !sig.variadic && ops.len() > nparams || (ellipsis.is_some() && ops.len() > nparams);
        if too_few || too_many {
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            let (have, want) = (self.tuple_desc(&have), self.sig_params_desc(sig));
            if too_many {
                let at = args.get(nparams).map_or(Span::at(rparen), |&a| ast[a].span);
                self.error(at, format!("too many arguments in call to {name}\n\thave {have}\n\twant {want}"));
            } else {
                let at = args.last().map_or(Span::at(rparen), |&a| ast[a].span);
                self.error(at, format!("not enough arguments in call to {name}\n\thave {have}\n\twant {want}"));
            }
            return;
        }
        let context = format!("argument to {name}");
        for (i, op) in ops.iter().enumerate() {
            let t = if sig.variadic && i >= fixed {
                let last = sig.params[nparams - 1];
                if ellipsis.is_some() {
                    last
                } else {
                    match self.types.get(last) {
                        Type::Slice(e) => *e,
                        _ => UNKNOWN,
                    }
                }
            } else {
                sig.params[i]
            };
            self.assign(op, t, &context);
        }
    }

    fn sig_params_desc(&self, sig: &Signature) -> String {
        let mut s = String::from("(");
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.types.get(*p) {
                    s.push_str(&self.type_string(*e));
                    continue;
                }
            }
            s.push_str(&self.type_string(*p));
        }
        s.push(')');
        s
    }

    fn builtin_call(&mut self, e: ExprId, b: Builtin, args: &[ExprId], ellipsis: Option<Pos>) -> Operand {
        let int = self.basic(BasicKind::Int);
        match b {
            Builtin::New if args.len() == 1 => {
                // `new(T)`, or since Go 1.26 `new(expr)`: a pointer to a new variable holding expr.
                let op = self.expr_or_type(args[0]);
                let t = if op.mode == Mode::TypeExpr { op.ty } else { self.default_type(op.ty) };
                let p = self.types.add(Type::Pointer(t));
                Operand::new(Mode::Value, p, e)
            }
            Builtin::Make | Builtin::New => {
                let t = args.first().map_or(UNKNOWN, |&a| self.resolve_type(a));
                for &a in args.iter().skip(1) {
                    self.expr(a, Some(int));
                }
                let t = if b == Builtin::New { self.types.add(Type::Pointer(t)) } else { t };
                Operand::new(Mode::Value, t, e)
            }
            Builtin::Len | Builtin::Cap => {
                let x = args.first().map(|&a| self.expr(a, None));
                // Spec: len/cap of an array (or pointer to one) is constant if the operand has no
                // function calls or channel receives.
                if let (Some(x), Some(&a)) = (&x, args.first()) {
                    let arr = match self.types.get(self.types.under(x.ty)) {
                        Type::Pointer(p) => self.types.under(*p),
                        _ => self.types.under(x.ty),
                    };
                    if let Type::Array(Some(n), _) = self.types.get(arr)
                        && !self.calls_or_receives(a, 0)
                    {
                        let v = crate::types::constant::Value::Int((*n).into());
                        return Operand { mode: Mode::Const, ty: int, val: Some(v), expr: e, invalid: false };
                    }
                }
                // len of a constant string is constant.
                if let Some(crate::types::constant::Value::String(s)) = x.as_ref().and_then(|x| x.val.clone()) {
                    let v = crate::types::constant::Value::Int(s.len().into());
                    return Operand { mode: Mode::Const, ty: int, val: Some(v), expr: e, invalid: false };
                }
                Operand::new(Mode::Value, int, e)
            }
            Builtin::Append => {
                let s = args.first().map(|&a| self.expr(a, None));
                let st = s.as_ref().map_or(UNKNOWN, |s| s.ty);
                let el = match self.types.get(self.types.under(st)) {
                    Type::Slice(el) => Some(*el),
                    _ => None,
                };
                for &a in args.iter().skip(1) {
                    let op = self.expr(a, if ellipsis.is_some() { Some(st) } else { el });
                    if ellipsis.is_none()
                        && let Some(el) = el
                    {
                        self.assign(&op, el, "argument to append");
                    }
                }
                let t = if self.types.is_untyped(st) { UNKNOWN } else { st };
                Operand::new(Mode::Value, t, e)
            }
            Builtin::Recover => Operand::new(Mode::Value, self.any_type, e),
            Builtin::Min | Builtin::Max => {
                let ops: Vec<Operand> = args.iter().map(|&a| self.expr(a, None)).collect();
                if let Some(o) =
                    ops.iter().find(|o| !o.invalid && self.types.basic(o.ty).is_some_and(|k| k.is_complex()))
                {
                    let s = self.operand_string(o);
                    self.error(self.ast[o.expr].span, format!("invalid argument: {s} cannot be ordered"));
                    return Operand::bad(e);
                }
                let typed = ops.iter().find(|o| !self.types.is_untyped(o.ty)).map(|o| o.ty);
                match typed {
                    Some(t) => Operand::new(Mode::Value, t, e),
                    None => {
                        let mut r = ops.first().cloned().unwrap_or_else(|| Operand::unknown(e));
                        r.expr = e;
                        // Constant min/max of untyped constants.
                        let mut best = r.val.clone();
                        for o in ops.iter().skip(1) {
                            if let (Some(bv), Some(ov)) = (&best, &o.val) {
                                let op =
                                    if b == Builtin::Min { crate::ast::BinOp::Lss } else { crate::ast::BinOp::Gtr };
                                if crate::types::constant::Value::compare(ov, op, bv) == Some(true) {
                                    best = Some(ov.clone());
                                    r.ty = o.ty;
                                }
                            } else {
                                best = None;
                            }
                        }
                        r.val = best;
                        if r.val.is_none() {
                            r.mode = Mode::Value;
                        }
                        r
                    }
                }
            }
            Builtin::Copy => {
                for &a in args {
                    self.expr(a, None);
                }
                Operand::new(Mode::Value, int, e)
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => self.complex_builtin(e, b, args),
            Builtin::Panic | Builtin::Print | Builtin::Println | Builtin::Close | Builtin::Delete | Builtin::Clear => {
                for &a in args {
                    let op = self.expr(a, None);
                    if b == Builtin::Panic {
                        let any = self.any_type;
                        self.assign(&op, any, "argument to panic");
                    } else if op.mode == Mode::Nil && matches!(b, Builtin::Print | Builtin::Println) {
                        let name = if b == Builtin::Print { "print" } else { "println" };
                        self.error(self.ast[a].span, format!("use of untyped nil in argument to built-in {name}"));
                    }
                }
                Operand::new(Mode::NoValue, UNKNOWN, e)
            }
        }
    }

    /// `complex(x, y)`, `real(x)`, `imag(x)`: types2's rules, result types and messages; constant
    /// when the arguments are.
    fn complex_builtin(&mut self, e: ExprId, b: Builtin, args: &[ExprId]) -> Operand {
        use crate::types::constant::Value;
        let want = if b == Builtin::Complex { 2 } else { 1 };
        let ops: Vec<Operand> = args.iter().map(|&a| self.expr(a, None)).collect();
        if ops.len() != want {
            let which = if ops.len() < want { "not enough" } else { "too many" };
            let es = self.expr_string(e);
            self.error(
                self.ast[e].span,
                format!("invalid operation: {which} arguments for {es} (expected {want}, found {})", ops.len()),
            );
            return Operand::bad(e);
        }
        if ops.iter().any(|o| o.invalid) {
            return Operand::bad(e);
        }
        if ops.iter().any(|o| self.types.is_vague(o.ty)) {
            return Operand::unknown(e);
        }
        for o in &ops {
            if let Type::Tuple(_) = self.types.get(o.ty) {
                self.assign(o, UNKNOWN, "argument");
                return Operand::bad(e);
            }
        }
        let all_const = ops.iter().all(|o| o.mode == Mode::Const);
        let mode = if all_const { Mode::Const } else { Mode::Value };
        if b != Builtin::Complex {
            let x = &ops[0];
            let (rt, part) = match self.types.basic(x.ty) {
                Some(k) if self.types.is_untyped(x.ty) && k.is_numeric() => {
                    (self.basic(BasicKind::UntypedFloat), x.val.as_ref().and_then(|v| v.as_complex()))
                }
                Some(BasicKind::Complex64) => {
                    (self.basic(BasicKind::Float32), x.val.as_ref().and_then(|v| v.as_complex()))
                }
                Some(BasicKind::Complex128) => {
                    (self.basic(BasicKind::Float64), x.val.as_ref().and_then(|v| v.as_complex()))
                }
                _ => {
                    let ts = self.type_string(x.ty);
                    self.error(
                        self.ast[x.expr].span,
                        format!("invalid argument: argument has type {ts}, expected complex type"),
                    );
                    return Operand::bad(e);
                }
            };
            let mut r = Operand::new(mode, rt, e);
            if all_const {
                r.val = Some(match part {
                    Some((re, im)) => {
                        let p = if b == Builtin::Real { re } else { im };
                        if p.is_integer() { Value::Int(p.to_integer()) } else { Value::Float(p) }
                    }
                    None => Value::Unknown,
                });
            }
            return r;
        }
        // complex(x, y): untyped constants that are real become untyped floats.
        let kind_of = |c: &Checker, o: &Operand| -> TypeId {
            if c.types.is_untyped(o.ty)
                && c.types.basic(o.ty).is_some_and(|k| k.is_numeric())
                && o.val.as_ref().is_none_or(|v| v.to_real().is_some())
            {
                c.basic(BasicKind::UntypedFloat)
            } else {
                o.ty
            }
        };
        let (xt, yt) = (kind_of(self, &ops[0]), kind_of(self, &ops[1]));
        let (xu, yu) = (self.types.is_untyped(xt), self.types.is_untyped(yt));
        let ft = match (xu, yu) {
            (true, false) => {
                self.convert_untyped(&ops[0], yt);
                yt
            }
            (false, true) => {
                self.convert_untyped(&ops[1], xt);
                xt
            }
            _ => {
                if !self.types.identical(xt, yt) {
                    let (xs, ys) = (self.type_string(xt), self.type_string(yt));
                    let es = self.expr_string(e);
                    self.error(
                        self.ast[ops[0].expr].span,
                        format!("invalid operation: {es} (mismatched types {xs} and {ys})"),
                    );
                    return Operand::bad(e);
                }
                xt
            }
        };
        let rt = match self.types.basic(ft) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let ts = self.type_string(ft);
                self.error(
                    self.ast[ops[0].expr].span,
                    format!("invalid argument: arguments have type {ts}, expected floating-point"),
                );
                return Operand::bad(e);
            }
        };
        let mut r = Operand::new(mode, self.basic(rt), e);
        if all_const {
            let part = |o: &Operand| -> Option<num_rational::BigRational> {
                let v = o.val.as_ref()?.to_real()?;
                let v = match rt {
                    BasicKind::Complex64 => v.representable(BasicKind::Float32).ok()?,
                    BasicKind::Complex128 => v.representable(BasicKind::Float64).ok()?,
                    _ => v,
                };
                v.as_complex().map(|c| c.0)
            };
            r.val = Some(match (part(&ops[0]), part(&ops[1])) {
                (Some(re), Some(im)) => Value::Complex(re, im),
                _ => Value::Unknown,
            });
        }
        r
    }

    /// Whether evaluating `e` calls a function or receives from a channel (conversions and
    /// built-in `len`/`cap` don't count), which makes `len(e)` non-constant.
    fn calls_or_receives(&self, e: ExprId, depth: u32) -> bool {
        let ast = self.ast;
        if depth > 100 {
            return true;
        }
        let d = depth + 1;
        match &ast[e].kind {
            ExprKind::Call { func, args, .. } => {
                let f = super::expr::unparen(ast, *func);
                let conversion_or_len = match &ast[f].kind {
                    ExprKind::Ident(_) => self.use_of(f).is_some_and(|o| {
                        matches!(
                            self.obj(o).kind,
                            super::ObjKind::TypeName | super::ObjKind::Builtin(Builtin::Len | Builtin::Cap)
                        )
                    }),
                    ExprKind::Star(_) | ExprKind::ArrayType { .. } | ExprKind::MapType(..) => true,
                    _ => false,
                };
                !conversion_or_len || args.iter().any(|&a| self.calls_or_receives(a, d))
            }
            ExprKind::Unary(crate::ast::UnOp::Recv, _) => true,
            ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => {
                self.calls_or_receives(*x, d)
            }
            ExprKind::Index(x, i) => self.calls_or_receives(*x, d) || i.iter().any(|&a| self.calls_or_receives(a, d)),
            ExprKind::Binary(_, a, b) => self.calls_or_receives(*a, d) || self.calls_or_receives(*b, d),
            _ => false,
        }
    }

    pub(super) fn composite(
        &mut self,
        e: ExprId,
        ty: Option<ExprId>,
        elems: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let ast = self.ast;
        let (t, result) = match ty {
            Some(t) => {
                let rt = self.resolve_type(t);
                (rt, rt)
            }
            None => match hint {
                // An elided `&T` in a composite of pointers.
                Some(h) => match self.types.get(self.types.under(h)) {
                    Type::Pointer(p) => (*p, h),
                    _ => (h, h),
                },
                None => {
                    self.error(ast[e].span, "invalid composite literal type: missing type");
                    (UNKNOWN, UNKNOWN)
                }
            },
        };
        let u = self.types.under(t);
        match self.types.get(u).clone() {
            Type::Struct(fields) => {
                let keyed = elems.first().is_some_and(|el| el.key.is_some());
                for (i, el) in elems.iter().enumerate() {
                    let ft = if keyed {
                        match el.key.map(|k| &ast[k].kind) {
                            Some(ExprKind::Ident(n)) => match fields.iter().find(|f| f.name == *n) {
                                Some(f) => f.ty,
                                None => {
                                    let (n, ts) = (self.name(*n), self.type_string(t));
                                    let k = el.key.map_or(ast[e].span, |k| ast[k].span);
                                    self.error(k, format!("unknown field {n} in struct literal of type {ts}"));
                                    UNKNOWN
                                }
                            },
                            _ => UNKNOWN,
                        }
                    } else {
                        match fields.get(i) {
                            Some(f) => f.ty,
                            None => {
                                self.error(
                                    ast[el.value].span,
                                    format!("too many values in struct literal of type {}", self.type_string(t)),
                                );
                                UNKNOWN
                            }
                        }
                    };
                    let op = self.expr(el.value, Some(ft));
                    self.assign(&op, ft, "struct literal");
                }
                if !keyed && !elems.is_empty() && elems.len() < fields.len() {
                    let rb = match &ast[e].kind {
                        ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                        _ => ast[e].span.hi,
                    };
                    self.error(
                        Span::at(rb),
                        format!("too few values in struct literal of type {}", self.type_string(t)),
                    );
                }
            }
            Type::Slice(el) | Type::Array(_, el) => {
                // Go's rules for indices: constant, non-negative, unique, within an array's length;
                // `[...]T` takes the largest index plus one.
                let bound = match self.types.get(u) {
                    Type::Array(n, _) => *n,
                    _ => None,
                };
                let mut seen = std::collections::HashSet::new();
                let (mut next, mut max) = (0u64, 0u64);
                for elem in elems {
                    let mut at = Some(next);
                    if let Some(k) = elem.key {
                        let op = self.expr(k, Some(self.basic(BasicKind::Int)));
                        at = None;
                        if !op.invalid {
                            let s = self.expr_string(k);
                            match op.val.as_ref().map(|v| v.to_i64()) {
                                Some(Some(i)) if i >= 0 => at = Some(i as u64),
                                Some(Some(_)) => self.error(
                                    ast[k].span,
                                    format!("invalid argument: index {s} (constant of type int) must not be negative"),
                                ),
                                _ => self.error(ast[k].span, format!("index {s} must be integer constant")),
                            }
                        }
                    }
                    if let Some(i) = at {
                        if let Some(n) = bound
                            && i >= n
                        {
                            let span = ast[elem.key.unwrap_or(elem.value)].span;
                            let msg = match elem.key {
                                Some(_) => format!("invalid argument: index {i} out of bounds [0:{n}]"),
                                None => format!("index {i} is out of bounds (>= {n})"),
                            };
                            self.error(span, msg);
                        } else if !seen.insert(i) {
                            let span = ast[elem.key.unwrap_or(elem.value)].span;
                            self.error(span, format!("duplicate index {i} in array or slice literal"));
                        }
                        next = i + 1;
                        max = max.max(next);
                    }
                    let op = self.expr(elem.value, Some(el));
                    self.assign(&op, el, "array or slice literal");
                }
                if let Type::Array(None, el) = self.types.get(u).clone() {
                    let at = self.types.add(Type::Array(Some(max), el));
                    return Operand::new(Mode::Value, at, e);
                }
            }
            Type::Map(k, v) => {
                for elem in elems {
                    if let Some(key) = elem.key {
                        let ko = self.expr(key, Some(k));
                        self.assign(&ko, k, "map literal");
                    }
                    let vo = self.expr(elem.value, Some(v));
                    self.assign(&vo, v, "map literal");
                }
            }
            _ => {
                // Unknown structure (e.g. a generic type): keys may be field names or values.
                for elem in elems {
                    if let Some(k) = elem.key {
                        match ast[k].kind {
                            ExprKind::Ident(n) => {
                                if let Some(o) = self.lookup(n)
                                    && self.obj(o).kind == super::ObjKind::Var
                                {
                                    self.use_obj(o);
                                }
                            }
                            _ => {
                                self.expr(k, None);
                            }
                        }
                    }
                    self.expr(elem.value, None);
                }
            }
        }
        Operand::new(Mode::Value, result, e)
    }
}
