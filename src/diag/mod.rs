//! Diagnostics: what every stage reports, and how it is printed.
//!
//! A stage never prints; it returns [`Diagnostic`]s. The driver sorts them by position, keeps the
//! first ten (then `too many errors`, as the Go compiler does) and renders each as Go's one-line form
//! `file.go:L:C: message`, followed on a terminal by a codespan-reporting snippet (see [`render`]).

pub mod render;

use crate::source::{Pos, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where Go reports the error (its `file:line:col`).
    pub pos: Pos,
    /// The source range to underline in the snippet; `Span::at(pos)` when there is none.
    pub span: Span,
    /// Go's wording, without the position prefix.
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { pos: span.lo, span, message: message.into() }
    }
    pub fn at(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic { pos, span: Span::at(pos), message: message.into() }
    }
}

/// Go prints at most this many errors, then `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Orders diagnostics as Go prints them: by position, duplicates (same line, same message) removed.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| d.pos);
    diags.dedup_by(|a, b| a.pos == b.pos && a.message == b.message);
}
