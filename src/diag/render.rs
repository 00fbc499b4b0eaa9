//! Printing diagnostics: Go's line, then (on a terminal or with `--color=always`) a snippet.

use super::{Diagnostic, MAX_ERRORS};
use crate::source::SourceMap;
use std::io::Write;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// Go's lines alone.
    Short,
    /// Go's line, then a snippet underlining the span.
    Snippet { color: bool },
}

/// Writes already-sorted diagnostics, at most [`MAX_ERRORS`], then `too many errors`.
pub fn write_all(out: &mut dyn Write, sm: &SourceMap, diags: &[Diagnostic], style: Style) -> std::io::Result<()> {
    for d in diags.iter().take(MAX_ERRORS) {
        writeln!(out, "{}: {}", sm.location(d.pos), d.message)?;
        if let Style::Snippet { color } = style {
            let _ = color; // snippet rendering: see render_snippet (filled in by the CLI work)
        }
    }
    if diags.len() > MAX_ERRORS {
        writeln!(out, "too many errors")?;
    }
    Ok(())
}
