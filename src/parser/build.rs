//! Node construction used by the grammar's actions, kept here so the grammar stays declarative.

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::lexer::literal::decode_string;
use crate::source::{Pos, Span};

pub fn sp(l: Pos, r: Pos) -> Span {
    Span::new(l, r)
}

pub fn ident_expr(ast: &mut Ast, name: &str, l: Pos, r: Pos) -> ExprId {
    let sym = ast.interner.intern(name);
    ast.expr(ExprKind::Ident(sym), sp(l, r))
}

/// Gives each const spec of a group its `iota`.
pub fn number_specs(mut specs: Vec<ValueSpec>) -> Vec<ValueSpec> {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    specs
}

pub fn import_spec(name: Option<Ident>, path: &str, span: Span) -> ImportSpec {
    ImportSpec { name, path: String::from_utf8_lossy(&decode_string(path)).into_owned(), span }
}

/// One entry of a parameter list before grouping: Go's lists are `a, b int` or `int, string`.
pub enum Param {
    /// A lone name: a parameter name grouped with the next type, or a type name.
    Bare(Ident, Span),
    Named(Ident, ExprId, Span),
    Type(ExprId, Span),
}

/// Groups parameter entries as Go does: if any entry is named, every lone name before a named entry
/// is another name of that entry's type; otherwise every entry is an unnamed parameter's type.
pub fn group_params(ast: &mut Ast, entries: Vec<Param>) -> Vec<Field> {
    let named = entries.iter().any(|e| matches!(e, Param::Named(..)));
    let mut fields = Vec::new();
    if !named {
        for e in entries {
            let (ty, span) = match e {
                Param::Bare(n, s) => (ast.expr(ExprKind::Ident(n.name), s), s),
                Param::Type(t, s) => (t, s),
                Param::Named(..) => continue,
            };
            fields.push(Field { names: vec![], ty, tag: None, span });
        }
        return fields;
    }
    let mut pending: Vec<Ident> = Vec::new();
    let mut start = None;
    for e in entries {
        match e {
            Param::Bare(n, s) => {
                start.get_or_insert(s.lo);
                pending.push(n);
            }
            Param::Named(n, ty, s) => {
                let lo = start.take().unwrap_or(s.lo);
                pending.push(n);
                fields.push(Field { names: std::mem::take(&mut pending), ty, tag: None, span: Span::new(lo, s.hi) });
            }
            Param::Type(t, s) => {
                ast.syntax_errors.push(Diagnostic::new(s, "syntax error: mixed named and unnamed parameters"));
                fields.push(Field { names: vec![], ty: t, tag: None, span: s });
            }
        }
    }
    if let Some(n) = pending.first() {
        ast.syntax_errors.push(Diagnostic::at(n.pos, "syntax error: mixed named and unnamed parameters"));
    }
    fields
}

/// `name [N]T` in a parameter list: the bracket was read as a list (it could have been type
/// arguments); an array length is exactly one expression.
pub fn array_of(ast: &mut Ast, len: Vec<ExprId>, elem: ExprId, span: Span) -> ExprId {
    if len.len() != 1 {
        ast.syntax_errors.push(Diagnostic::new(span, "syntax error: unexpected comma; expecting ]"));
    }
    let n = len.first().copied();
    ast.expr(ExprKind::ArrayType { len: n, elem }, span)
}

/// `<-chan T` arrives as a receive applied to `chan T`; make it the receive-only channel type.
pub fn unary(ast: &mut Ast, op: UnOp, x: ExprId, span: Span) -> ExprId {
    if op == UnOp::Recv
        && let ExprKind::ChanType(ChanDir::Both, elem) = ast[x].kind
    {
        return ast.expr(ExprKind::ChanType(ChanDir::Recv, elem), span);
    }
    ast.expr(ExprKind::Unary(op, x), span)
}

pub fn call(ast: &mut Ast, func: ExprId, args: (Pos, Vec<ExprId>, Option<Pos>, Pos), span: Span) -> ExprId {
    let (lparen, args, ellipsis, rparen) = args;
    ast.expr(ExprKind::Call { func, args, ellipsis, lparen, rparen }, span)
}

pub fn composite(ast: &mut Ast, ty: Option<ExprId>, v: (Vec<Element>, Pos, Pos), span: Span) -> ExprId {
    let (elems, lbrace, rbrace) = v;
    ast.expr(ExprKind::CompositeLit { ty, elems, lbrace, rbrace }, span)
}

/// Splits a switch header into an expression switch or a type switch (`x.(type)` or `v := x.(type)`).
pub fn switch_stmt(
    ast: &mut Ast,
    init: Option<StmtId>,
    tag: Option<StmtId>,
    body: Vec<CaseClause>,
    lbrace: Pos,
    rbrace: Pos,
    span: Span,
) -> StmtId {
    let Some(t) = tag else {
        return ast.stmt(StmtKind::Switch { init, tag: None, body, lbrace, rbrace }, span);
    };
    let guard = |ast: &Ast, e: ExprId| matches!(ast[e].kind, ExprKind::TypeAssert(_, None));
    match &ast[t].kind {
        StmtKind::Expr(x) if guard(ast, *x) => {
            let x = *x;
            ast.stmt(StmtKind::TypeSwitch { init, bind: None, x, body, lbrace, rbrace }, span)
        }
        StmtKind::Assign { lhs, op: AssignOp::Define, rhs, .. }
            if lhs.len() == 1 && rhs.len() == 1 && guard(ast, rhs[0]) =>
        {
            let (l, x) = (lhs[0], rhs[0]);
            let bind = match ast[l].kind {
                ExprKind::Ident(name) => Some(Ident { name, pos: ast[l].span.lo }),
                _ => None,
            };
            ast.stmt(StmtKind::TypeSwitch { init, bind, x, body, lbrace, rbrace }, span)
        }
        StmtKind::Expr(x) => {
            let x = *x;
            ast.stmt(StmtKind::Switch { init, tag: Some(x), body, lbrace, rbrace }, span)
        }
        _ => {
            let s = ast[t].span;
            ast.syntax_errors.push(Diagnostic::new(s, "syntax error: switch expression must be an expression"));
            ast.stmt(StmtKind::Switch { init, tag: None, body, lbrace, rbrace }, span)
        }
    }
}

pub fn range_stmt(
    ast: &mut Ast,
    lhs: Vec<ExprId>,
    define: bool,
    x: ExprId,
    body: Block,
    range_pos: Pos,
    span: Span,
) -> StmtId {
    if lhs.len() > 2 {
        let s = ast[lhs[2]].span;
        ast.syntax_errors.push(Diagnostic::new(s, "range clause permits at most two iteration variables"));
    }
    let key = lhs.first().copied();
    let value = lhs.get(1).copied();
    ast.stmt(StmtKind::Range { key, value, define, x, body, range_pos }, span)
}
