//! The lexer: Go source text to tokens, with Go's automatic semicolons.
//!
//! logos recognises tokens (`raw`); literal bodies are scanned by Go's rules (`scan`); this module
//! maps raw tokens to [`Tok`], inserts semicolons (spec "Semicolons": after a line's final token if it
//! is an identifier, a literal, `break continue fallthrough return`, `++ -- ) ] }`; also at EOF) and
//! turns errors into Go-worded diagnostics. Lexing never stops at an error, so the parser always gets
//! a token stream. An inserted semicolon sits where the newline (or EOF) is, as in Go.

pub mod literal;
mod raw;
mod scan;
pub mod token;

use crate::diag::Diagnostic;
use crate::source::Pos;
use raw::Raw;
pub use scan::unicode_name;
pub use token::Tok;

/// A token with its global start and end positions, as lalrpop's external-lexer interface wants.
pub type Spanned<'a> = (Pos, Tok<'a>, Pos);

/// Lexes a whole file whose first byte has global position `base`.
pub fn lex(text: &str, base: u32) -> (Vec<Spanned<'_>>, Vec<Diagnostic>) {
    let pos = |off: usize| Pos(base + off as u32);
    let mut toks: Vec<Spanned> = Vec::with_capacity(text.len() / 4);
    let mut diags = Vec::new();
    // Characters the Go source reader rejects anywhere, even inside literals and comments.
    for (i, _) in text.match_indices('\0') {
        diags.push(Diagnostic::at(pos(i), "invalid NUL character"));
    }
    for (i, _) in text.match_indices('\u{FEFF}').filter(|&(i, _)| i > 0) {
        diags.push(Diagnostic::at(pos(i), "invalid BOM in the middle of the file"));
    }
    let skip_bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut lexer = raw::lexer(&text[skip_bom..]);
    let off = |o: usize| o + skip_bom;
    let mut semi_ok = false;
    while let Some(r) = lexer.next() {
        let span = lexer.span();
        let (lo, hi) = (off(span.start), off(span.end));
        let slice = &text[lo..hi];
        let tok = match r {
            Ok(Raw::Newline) | Ok(Raw::GeneralComment(true)) => {
                if semi_ok {
                    toks.push((pos(lo), Tok::Semi(true), pos(lo)));
                    semi_ok = false;
                }
                continue;
            }
            Ok(Raw::LineComment) | Ok(Raw::GeneralComment(false)) => continue,
            Ok(r) => map(r, slice),
            Err(()) => {
                let Some(c) = slice.chars().next() else { continue };
                if c == '\0' || c == '\u{FEFF}' {
                    continue; // reported above
                }
                if (c as u32) < 0x80 {
                    diags.push(Diagnostic::at(pos(lo), format!("invalid character {}", unicode_name(c))));
                    continue;
                }
                let msg = if c.is_numeric() {
                    format!("identifier cannot begin with digit {}", unicode_name(c))
                } else {
                    format!("invalid character {} in identifier", unicode_name(c))
                };
                diags.push(Diagnostic::at(pos(lo), msg));
                Tok::Ident(slice)
            }
        };
        for (o, msg) in lexer.extras.drain(..) {
            diags.push(Diagnostic::at(pos(off(o)), msg));
        }
        semi_ok = matches!(
            tok,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        );
        toks.push((pos(lo), tok, pos(hi)));
    }
    for (o, msg) in lexer.extras.drain(..) {
        diags.push(Diagnostic::at(pos(off(o)), msg));
    }
    if semi_ok {
        toks.push((pos(text.len()), Tok::Semi(true), pos(text.len())));
    }
    diags.sort_by_key(|d| d.pos);
    (toks, diags)
}

fn map(r: Raw, s: &str) -> Tok<'_> {
    use scan::NumKind;
    match r {
        Raw::Newline | Raw::LineComment | Raw::GeneralComment(_) => Tok::Semi(true),
        Raw::Ident => Tok::Ident(s),
        Raw::Number(NumKind::Int) => Tok::Int(s),
        Raw::Number(NumKind::Float) => Tok::Float(s),
        Raw::Number(NumKind::Imag) => Tok::Imag(s),
        Raw::Str | Raw::BackquotedStr => Tok::Str(s),
        Raw::Char => Tok::Char(s),
        Raw::Break => Tok::Break,
        Raw::Case => Tok::Case,
        Raw::Chan => Tok::Chan,
        Raw::Const => Tok::Const,
        Raw::Continue => Tok::Continue,
        Raw::Default => Tok::Default,
        Raw::Defer => Tok::Defer,
        Raw::Else => Tok::Else,
        Raw::Fallthrough => Tok::Fallthrough,
        Raw::For => Tok::For,
        Raw::Func => Tok::Func,
        Raw::Go => Tok::Go,
        Raw::Goto => Tok::Goto,
        Raw::If => Tok::If,
        Raw::Import => Tok::Import,
        Raw::Interface => Tok::Interface,
        Raw::Map => Tok::Map,
        Raw::Package => Tok::Package,
        Raw::Range => Tok::Range,
        Raw::Return => Tok::Return,
        Raw::Select => Tok::Select,
        Raw::Struct => Tok::Struct,
        Raw::Switch => Tok::Switch,
        Raw::Type => Tok::Type,
        Raw::Var => Tok::Var,
        Raw::Add => Tok::Add,
        Raw::Sub => Tok::Sub,
        Raw::Mul => Tok::Mul,
        Raw::Quo => Tok::Quo,
        Raw::Rem => Tok::Rem,
        Raw::And => Tok::And,
        Raw::Or => Tok::Or,
        Raw::Xor => Tok::Xor,
        Raw::Shl => Tok::Shl,
        Raw::Shr => Tok::Shr,
        Raw::AndNot => Tok::AndNot,
        Raw::AddAssign => Tok::AddAssign,
        Raw::SubAssign => Tok::SubAssign,
        Raw::MulAssign => Tok::MulAssign,
        Raw::QuoAssign => Tok::QuoAssign,
        Raw::RemAssign => Tok::RemAssign,
        Raw::AndAssign => Tok::AndAssign,
        Raw::OrAssign => Tok::OrAssign,
        Raw::XorAssign => Tok::XorAssign,
        Raw::ShlAssign => Tok::ShlAssign,
        Raw::ShrAssign => Tok::ShrAssign,
        Raw::AndNotAssign => Tok::AndNotAssign,
        Raw::LAnd => Tok::LAnd,
        Raw::LOr => Tok::LOr,
        Raw::Arrow => Tok::Arrow,
        Raw::Inc => Tok::Inc,
        Raw::Dec => Tok::Dec,
        Raw::Eql => Tok::Eql,
        Raw::Lss => Tok::Lss,
        Raw::Gtr => Tok::Gtr,
        Raw::Assign => Tok::Assign,
        Raw::Not => Tok::Not,
        Raw::Tilde => Tok::Tilde,
        Raw::Neq => Tok::Neq,
        Raw::Leq => Tok::Leq,
        Raw::Geq => Tok::Geq,
        Raw::Define => Tok::Define,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::LParen => Tok::LParen,
        Raw::LBrack => Tok::LBrack,
        Raw::LBrace => Tok::LBrace,
        Raw::Comma => Tok::Comma,
        Raw::Period => Tok::Period,
        Raw::RParen => Tok::RParen,
        Raw::RBrack => Tok::RBrack,
        Raw::RBrace => Tok::RBrace,
        Raw::Semi => Tok::Semi(false),
        Raw::Colon => Tok::Colon,
    }
}
