//! The syntax tree: every node lives in one arena ([`Ast`]) and refers to others by index.
//!
//! Why an arena: walking or dropping a tree of `Box`es recurses once per nesting level, and input like
//! `((((…))))` or `1+1+…+1` a million deep would overflow the Rust stack; an arena drops as flat
//! vectors. Ids are also what the checker's side tables are keyed by: the typed representation handed
//! to the compiler is this tree plus `check::Info` (types, constant values, resolved objects). One
//! arena holds every file of a session (user files, standard-library surfaces, and later each REPL
//! entry), so ids are unique program-wide.
//!
//! Types are expressions here, as in go/ast: `[]int`, `*T`, `map[K]V`, `List[T]` parse as expressions
//! and the checker decides which is which.

pub mod intern;

use crate::source::{Pos, Span};
pub use intern::{Interner, Symbol};

macro_rules! id_type {
    ($name:ident) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}
id_type!(ExprId);
id_type!(StmtId);
id_type!(DeclId);

/// An identifier occurrence that is not itself an expression (declared names, labels, selectors).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Ident {
    pub name: Symbol,
    pub pos: Pos,
}

impl Ident {
    pub fn span(&self, interner: &Interner) -> Span {
        Span::new(self.pos, Pos(self.pos.0 + interner.get(self.name).len() as u32))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnOp {
    Pos,   // +x
    Neg,   // -x
    Not,   // !x
    Xor,   // ^x
    Addr,  // &x
    Recv,  // <-x
    Tilde, // ~T, only in constraints
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChanDir {
    Both,
    Send, // chan<- T
    Recv, // <-chan T
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<ExprId>,
    pub value: ExprId,
}

/// A parameter, result, struct field or (with `names` empty) an embedded field / unnamed parameter.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: ExprId,
    /// Struct tag: the literal's source text, quotes included.
    pub tag: Option<Box<str>>,
    pub span: Span,
}

/// A function signature. A variadic last parameter has type `ExprKind::Ellipsis(Some(elem))`.
#[derive(Clone, Debug)]
pub struct FuncType {
    /// Position of the `func` keyword, or of the `(` for method signatures in interfaces.
    pub pos: Pos,
    pub type_params: Vec<Field>,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

/// An element of an interface type.
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface or a type-set term list: `io.Reader`, `~int | ~string`, `comparable`.
    /// Unions are `ExprKind::Binary(BinOp::Or, ..)`, tildes `ExprKind::Unary(UnOp::Tilde, ..)`.
    Embed(ExprId),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A parse error was reported here.
    Bad,
    Ident(Symbol),
    /// Source text of the literal, validated by the lexer; decode with `lexer::literal`.
    BasicLit(LitKind, Box<str>),
    /// `T{…}`; `ty` is `None` for an elided type inside another composite literal.
    CompositeLit {
        ty: Option<ExprId>,
        elems: Vec<Element>,
        lbrace: Pos,
        rbrace: Pos,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(ExprId),
    Selector(ExprId, Ident),
    /// `x[i]`, or an instantiation `F[int, string]` (several indices).
    Index(ExprId, Vec<ExprId>),
    Slice {
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert(ExprId, Option<ExprId>),
    Call {
        func: ExprId,
        args: Vec<ExprId>,
        ellipsis: Option<Pos>,
        /// Where Go places the call in a trace: the line of its `(`.
        lparen: Pos,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(ExprId),
    Unary(UnOp, ExprId),
    Binary(BinOp, ExprId, ExprId),
    /// `key: value` only appears inside composite literals, as [`Element`]; not an expression kind.
    /// `[N]T`, `[...]T` (len = `Ellipsis(None)`), or `[]T` (len = None).
    ArrayType {
        len: Option<ExprId>,
        elem: ExprId,
    },
    StructType {
        fields: Vec<Field>,
        pos: Pos,
    },
    FuncType(FuncType),
    InterfaceType {
        elems: Vec<InterfaceElem>,
        pos: Pos,
    },
    MapType(ExprId, ExprId),
    ChanType(ChanDir, ExprId),
    /// `...T` as the type of a variadic parameter, or `...` as an array length.
    Ellipsis(Option<ExprId>),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<StmtId>,
    pub rbrace: Pos,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AssignOp {
    Assign,    // =
    Define,    // :=
    Op(BinOp), // +=, -=, …
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// `case a, b:` / `default:` in an expression or type switch (`exprs` empty for default).
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    pub is_default: bool,
    pub exprs: Vec<ExprId>,
    pub colon: Pos,
    pub body: Vec<StmtId>,
}

/// `case <comm>:` / `default:` in a select; `comm` is a send, receive expression or receive assignment.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    pub comm: Option<StmtId>,
    pub colon: Pos,
    pub body: Vec<StmtId>,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Bad,
    Empty,
    /// A const, var or type declaration inside a function.
    Decl(DeclId),
    Labeled {
        label: Ident,
        stmt: StmtId,
    },
    Expr(ExprId),
    Send {
        chan: ExprId,
        value: ExprId,
    },
    IncDec {
        x: ExprId,
        inc: bool,
    },
    Assign {
        lhs: Vec<ExprId>,
        op: AssignOp,
        rhs: Vec<ExprId>,
        op_pos: Pos,
    },
    Go(ExprId),
    Defer(ExprId),
    Return(Vec<ExprId>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<StmtId>,
        cond: ExprId,
        then: Block,
        els: Option<StmtId>,
    },
    Switch {
        init: Option<StmtId>,
        tag: Option<ExprId>,
        body: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `switch [init;] [v :=] x.(type) {…}`; `bind` is `v` when present.
    TypeSwitch {
        init: Option<StmtId>,
        bind: Option<Ident>,
        x: ExprId,
        body: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    Select {
        body: Vec<CommClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    For {
        init: Option<StmtId>,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: Block,
    },
    /// `for [k [, v] (=|:=)] range x {…}`.
    Range {
        key: Option<ExprId>,
        value: Option<ExprId>,
        define: bool,
        x: ExprId,
        body: Block,
        range_pos: Pos,
    },
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `None`, or the alias: a name, `.` or `_` (as a Symbol of that text).
    pub name: Option<Ident>,
    /// The decoded import path.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<ExprId>,
    /// Empty for `var x T` and for a const spec that repeats the previous expression list.
    pub values: Vec<ExprId>,
    /// The spec's index in its group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: ExprId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The receiver, for methods: one field, possibly unnamed.
    pub recv: Option<Field>,
    pub name: Ident,
    pub sig: FuncType,
    /// `None` for a body-less declaration (a native function in a standard-library surface).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum DeclKind {
    Import(Vec<ImportSpec>),
    Const(Vec<ValueSpec>),
    Var(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

#[derive(Clone, Debug)]
pub struct Decl {
    pub kind: DeclKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct File {
    pub file: crate::source::FileId,
    pub package: Ident,
    /// Every top-level declaration in source order, imports first (Go requires them first).
    pub decls: Vec<DeclId>,
}

/// The arena. Nodes are only ever appended.
#[derive(Default)]
pub struct Ast {
    pub exprs: Vec<Expr>,
    pub stmts: Vec<Stmt>,
    pub decls: Vec<Decl>,
    pub interner: Interner,
    /// Syntax errors found by grammar actions (e.g. mixed named and unnamed parameters); the parser
    /// drains them after each file.
    pub syntax_errors: Vec<crate::diag::Diagnostic>,
}

impl Ast {
    pub fn expr(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.exprs.push(Expr { kind, span });
        ExprId(self.exprs.len() as u32 - 1)
    }
    pub fn stmt(&mut self, kind: StmtKind, span: Span) -> StmtId {
        self.stmts.push(Stmt { kind, span });
        StmtId(self.stmts.len() as u32 - 1)
    }
    pub fn decl(&mut self, kind: DeclKind, span: Span) -> DeclId {
        self.decls.push(Decl { kind, span });
        DeclId(self.decls.len() as u32 - 1)
    }
    pub fn ident(&mut self, name: &str, pos: Pos) -> Ident {
        Ident { name: self.interner.intern(name), pos }
    }
    pub fn name(&self, sym: Symbol) -> &str {
        self.interner.get(sym)
    }
}

impl std::ops::Index<ExprId> for Ast {
    type Output = Expr;
    fn index(&self, id: ExprId) -> &Expr {
        &self.exprs[id.index()]
    }
}
impl std::ops::Index<StmtId> for Ast {
    type Output = Stmt;
    fn index(&self, id: StmtId) -> &Stmt {
        &self.stmts[id.index()]
    }
}
impl std::ops::Index<DeclId> for Ast {
    type Output = Decl;
    fn index(&self, id: DeclId) -> &Decl {
        &self.decls[id.index()]
    }
}
