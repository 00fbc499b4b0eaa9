//! The lexer: Go source text to tokens, with Go's automatic semicolons.
//!
//! (Being written: see the lexer brief.) The public contract is [`lex`].

pub mod token;

use crate::diag::Diagnostic;
use crate::source::Pos;
pub use token::Tok;

/// A token with its global start and end positions, as lalrpop's external-lexer interface wants.
pub type Spanned<'a> = (Pos, Tok<'a>, Pos);

/// Lexes a whole file whose first byte has global position `base`. Lexing continues after an error,
/// so several lexical errors can be reported; the token stream is still usable by the parser.
pub fn lex(text: &str, base: u32) -> (Vec<Spanned<'_>>, Vec<Diagnostic>) {
    let _ = (text, base);
    (Vec::new(), Vec::new())
}
