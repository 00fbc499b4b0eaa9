//! How types2 prints things in messages: expressions (shortened: `Square{…}`), types (qualified by
//! package except the current one) and operands (`x (variable of type int)`).

use super::{Checker, Mode, Operand};
use crate::ast::{ChanDir, ExprId, ExprKind, UnOp};
use crate::types::{Type, TypeId};

impl Checker<'_> {
    pub(super) fn expr_string(&self, e: ExprId) -> String {
        let mut s = String::new();
        self.write_expr(&mut s, e, 0);
        s
    }

    fn write_expr(&self, s: &mut String, e: ExprId, depth: u32) {
        if depth > 50 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        let ast = self.ast;
        match &ast[e].kind {
            ExprKind::Bad => s.push_str("BadExpr"),
            ExprKind::Ident(n) => s.push_str(self.name(*n)),
            ExprKind::BasicLit(_, text) => s.push_str(text),
            ExprKind::CompositeLit { ty, elems, .. } => {
                if let Some(t) = ty {
                    self.write_expr(s, *t, d);
                }
                s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
            }
            ExprKind::FuncLit { .. } => s.push_str("func literal"),
            ExprKind::Paren(x) => {
                s.push('(');
                self.write_expr(s, *x, d);
                s.push(')');
            }
            ExprKind::Selector(x, n) => {
                self.write_expr(s, *x, d);
                s.push('.');
                s.push_str(self.name(n.name));
            }
            ExprKind::Index(x, idx) => {
                self.write_expr(s, *x, d);
                s.push('[');
                self.write_list(s, idx, d);
                s.push(']');
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.write_expr(s, *x, d);
                s.push('[');
                if let Some(l) = lo {
                    self.write_expr(s, *l, d);
                }
                s.push(':');
                if let Some(h) = hi {
                    self.write_expr(s, *h, d);
                }
                if let Some(m) = max {
                    s.push(':');
                    self.write_expr(s, *m, d);
                }
                s.push(']');
            }
            ExprKind::TypeAssert(x, t) => {
                self.write_expr(s, *x, d);
                s.push_str(".(");
                match t {
                    Some(t) => self.write_expr(s, *t, d),
                    None => s.push_str("type"),
                }
                s.push(')');
            }
            ExprKind::Call { func, args, ellipsis, .. } => {
                self.write_expr(s, *func, d);
                s.push('(');
                self.write_list(s, args, d);
                if ellipsis.is_some() {
                    s.push_str("...");
                }
                s.push(')');
            }
            ExprKind::Star(x) => {
                s.push('*');
                self.write_expr(s, *x, d);
            }
            ExprKind::Unary(op, x) => {
                s.push_str(match op {
                    UnOp::Pos => "+",
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::Xor => "^",
                    UnOp::Addr => "&",
                    UnOp::Recv => "<-",
                    UnOp::Tilde => "~",
                });
                self.write_expr(s, *x, d);
            }
            ExprKind::Binary(op, a, b) => {
                self.write_expr(s, *a, d);
                s.push(' ');
                s.push_str(op.as_str());
                s.push(' ');
                self.write_expr(s, *b, d);
            }
            ExprKind::ArrayType { len, elem } => {
                s.push('[');
                if let Some(l) = len {
                    self.write_expr(s, *l, d);
                }
                s.push(']');
                self.write_expr(s, *elem, d);
            }
            ExprKind::StructType { .. } => s.push_str("struct{…}"),
            ExprKind::FuncType(_) => s.push_str("func(…)"),
            ExprKind::InterfaceType { elems, .. } => {
                s.push_str(if elems.is_empty() { "interface{}" } else { "interface{…}" })
            }
            ExprKind::MapType(k, v) => {
                s.push_str("map[");
                self.write_expr(s, *k, d);
                s.push(']');
                self.write_expr(s, *v, d);
            }
            ExprKind::ChanType(dir, t) => {
                s.push_str(chan_prefix(*dir));
                self.write_expr(s, *t, d);
            }
            ExprKind::Ellipsis(t) => {
                s.push_str("...");
                if let Some(t) = t {
                    self.write_expr(s, *t, d);
                }
            }
        }
    }

    fn write_list(&self, s: &mut String, list: &[ExprId], d: u32) {
        for (i, a) in list.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.write_expr(s, *a, d);
        }
    }

    /// Go's TypeString, qualified relative to the package being checked.
    pub(super) fn type_string(&self, t: TypeId) -> String {
        self.type_string_in(t, self.cur_pkg)
    }

    /// TypeString qualified relative to package `pkg` (no package: every named type qualified).
    pub(super) fn type_string_in(&self, t: TypeId, pkg: usize) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, 0, pkg);
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, depth: u32, pkg: usize) {
        if depth > 30 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.types.get(t) {
            Type::Unknown => s.push_str("invalid type"),
            Type::Basic(k) => s.push_str(k.name()),
            Type::Named(n) => {
                if let Some(p) = n.pkg
                    && Some(p) != self.packages.get(pkg).map(|p| p.name)
                {
                    s.push_str(self.name(p));
                    s.push('.');
                }
                s.push_str(self.name(n.name));
                if !n.type_args.is_empty() {
                    s.push('[');
                    for (i, &a) in n.type_args.iter().enumerate() {
                        if i > 0 {
                            s.push(',');
                        }
                        self.write_type(s, a, d, pkg);
                    }
                    s.push(']');
                }
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, d, pkg);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, d, pkg);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{}]", n.unwrap_or(0)));
                self.write_type(s, *e, d, pkg);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, d, pkg);
                s.push(']');
                self.write_type(s, *v, d, pkg);
            }
            Type::Chan(dir, e) => {
                s.push_str(chan_prefix(*dir));
                self.write_type(s, *e, d, pkg);
            }
            Type::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(self.name(f.name));
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, d, pkg);
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, d, pkg);
            }
            Type::Interface { methods, .. } => {
                if methods.is_empty() {
                    s.push_str("interface{}");
                    return;
                }
                s.push_str("interface{");
                for (i, (n, m)) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(self.name(*n));
                    if let Type::Func(sig) = self.types.get(*m) {
                        self.write_sig(s, sig, d, pkg);
                    }
                }
                s.push('}');
            }
            Type::Tuple(v) => self.write_tuple(s, v, false, d, pkg),
        }
    }

    fn write_tuple(&self, s: &mut String, v: &[TypeId], variadic: bool, d: u32, pkg: usize) {
        s.push('(');
        for (i, t) in v.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == v.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.types.get(*t) {
                    self.write_type(s, *e, d, pkg);
                    continue;
                }
            }
            self.write_type(s, *t, d, pkg);
        }
        s.push(')');
    }

    fn write_sig(&self, s: &mut String, sig: &crate::types::Signature, d: u32, pkg: usize) {
        self.write_tuple(s, &sig.params, sig.variadic, d, pkg);
        match sig.results.as_slice() {
            [] => {}
            [one] => {
                s.push(' ');
                self.write_type(s, *one, d, pkg);
            }
            many => {
                s.push(' ');
                self.write_tuple(s, many, false, d, pkg);
            }
        }
    }

    /// `have (number)` / `want (int, int)` lists in count errors: untyped constants print as `number`.
    pub(super) fn tuple_desc(&self, v: &[TypeId]) -> String {
        let parts: Vec<String> = v
            .iter()
            .map(|t| match self.types.get(*t) {
                Type::Basic(k) if k.is_untyped() && k.is_numeric() => "number".to_string(),
                Type::Basic(k) if k.is_untyped() => self.type_string(self.default_type(*t)),
                _ => self.type_string(*t),
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    /// types2's operand string: `x (variable of type int)`, `42 (untyped int constant)`.
    pub(super) fn operand_string(&self, x: &Operand) -> String {
        let expr = self.expr_string(x.expr);
        if x.mode == Mode::Nil {
            return "nil".to_string();
        }
        let mut s = format!("{expr} (");
        let mut has_type = false;
        if !matches!(x.mode, Mode::NoValue | Mode::TypeExpr | Mode::Builtin(_)) {
            if self.types.is_untyped(x.ty) {
                if let Type::Basic(k) = self.types.get(x.ty) {
                    s.push_str(k.name());
                    s.push(' ');
                }
            } else {
                has_type = true;
            }
        }
        s.push_str(match x.mode {
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Const => "constant",
            Mode::Var => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value | Mode::Pkg(_) => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::Nil => "nil",
        });
        if x.mode == Mode::Const
            && let Some(v) = &x.val
        {
            let vs = v.to_string();
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            let mut desc = String::new();
            if let Type::Named(n) = self.types.get(x.ty) {
                let u = n.underlying;
                desc = match self.types.get(u) {
                    Type::Basic(k) => k.name().to_string(),
                    other => composite_kind(other).to_string(),
                };
                desc.push(' ');
            }
            s.push_str(&format!(" of {desc}type {}", self.type_string(x.ty)));
        }
        s.push(')');
        s
    }
}

fn chan_prefix(dir: ChanDir) -> &'static str {
    match dir {
        ChanDir::Both => "chan ",
        ChanDir::Send => "chan<- ",
        ChanDir::Recv => "<-chan ",
    }
}

fn composite_kind(t: &Type) -> &'static str {
    match t {
        Type::Struct(_) => "struct",
        Type::Map(..) => "map",
        Type::Slice(_) => "slice",
        Type::Array(..) => "array",
        Type::Func(_) => "func",
        Type::Interface { .. } => "interface",
        Type::Pointer(_) => "pointer",
        Type::Chan(..) => "chan",
        Type::Tuple(_) => "tuple",
        _ => "",
    }
}
