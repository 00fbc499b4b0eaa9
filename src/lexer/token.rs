//! The tokens the parser consumes. Literal tokens carry their source text; the lexer has already
//! validated them, and `crate::lexer::literal` decodes their values.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tok<'a> {
    Ident(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    /// A rune literal, quotes included.
    Char(&'a str),
    /// An interpreted or raw string literal, quotes included.
    Str(&'a str),
    /// `;`, explicit (`false`) or inserted by the automatic semicolon rule (`true`: at a newline or EOF).
    Semi(bool),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators and punctuation.
    Add,          // +
    Sub,          // -
    Mul,          // *
    Quo,          // /
    Rem,          // %
    And,          // &
    Or,           // |
    Xor,          // ^
    Shl,          // <<
    Shr,          // >>
    AndNot,       // &^
    AddAssign,    // +=
    SubAssign,    // -=
    MulAssign,    // *=
    QuoAssign,    // /=
    RemAssign,    // %=
    AndAssign,    // &=
    OrAssign,     // |=
    XorAssign,    // ^=
    ShlAssign,    // <<=
    ShrAssign,    // >>=
    AndNotAssign, // &^=
    LAnd,         // &&
    LOr,          // ||
    Arrow,        // <-
    Inc,          // ++
    Dec,          // --
    Eql,          // ==
    Lss,          // <
    Gtr,          // >
    Assign,       // =
    Not,          // !
    Tilde,        // ~
    Neq,          // !=
    Leq,          // <=
    Geq,          // >=
    Define,       // :=
    Ellipsis,     // ...
    LParen,
    LBrack,
    LBrace,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Colon,
}

impl Tok<'_> {
    /// How Go's syntax errors name this token: `name x`, `literal 42`, `keyword func`, `newline`, or the
    /// operator itself (as in `syntax error: unexpected newline, expected }`).
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Char(s) | Tok::Str(s) => format!("literal {s}"),
            Tok::Semi(true) => "newline".to_string(),
            Tok::Semi(false) => "semicolon".to_string(),
            t if t.is_keyword() => format!("keyword {t}"),
            t => t.to_string(),
        }
    }

    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Tok::*;
        let s = match self {
            Ident(s) | Int(s) | Float(s) | Imag(s) | Char(s) | Str(s) => s,
            Semi(_) => ";",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
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
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Colon => ":",
        };
        f.write_str(s)
    }
}
