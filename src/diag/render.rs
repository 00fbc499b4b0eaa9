//! Printing diagnostics: Go's line, then (on a terminal or with `--color=always`) a snippet.
//!
//! Go's line (`file.go:L:C: message`, continuation lines included) is always printed first and
//! exactly as the Go toolchain prints it. The snippet under it is codespan-reporting's rich view of
//! the lines around [`Diagnostic::span`], without codespan's own header and locus line: the position
//! is already on Go's line (with Go's byte columns), so the snippet only shows the source and carets.
//!
//! Only an excerpt of the file reaches codespan: the lines the span touches (a span is clamped to its
//! file and to character boundaries), and for a very long line a window around the error. A 10 MB
//! one-line file therefore prints a short snippet, and no span can make the renderer slice badly.

use super::{Diagnostic, MAX_ERRORS};
use crate::source::SourceMap;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Config, termcolor};
use std::io::Write;
use std::ops::Range;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// Go's lines alone.
    Short,
    /// Go's line, then a snippet underlining the span.
    Snippet { color: bool },
}

/// Writes already-sorted diagnostics, at most [`MAX_ERRORS`], then `too many errors`.
pub fn write_all(out: &mut dyn Write, sm: &SourceMap, diags: &[Diagnostic], style: Style) -> std::io::Result<()> {
    let has_files = sm.files().next().is_some();
    for d in diags.iter().take(MAX_ERRORS) {
        if !has_files {
            writeln!(out, "{}", d.message)?;
            continue;
        }
        writeln!(out, "{}: {}", sm.location(d.pos), d.message)?;
        if let Style::Snippet { color } = style {
            out.write_all(&render_snippet(sm, d, color))?;
        }
    }
    if diags.len() > MAX_ERRORS {
        writeln!(out, "too many errors")?;
    }
    Ok(())
}

/// A line longer than this is shown as a window around the error.
const MAX_LINE: usize = 200;
/// Bytes of context either side of the error in such a window.
const WINDOW: usize = 60;
/// A span over more lines than this is underlined on its first line only.
const MAX_SPAN_LINES: usize = 8;

/// The snippet for one diagnostic (empty when there is nothing sensible to show).
pub fn render_snippet(sm: &SourceMap, d: &Diagnostic, color: bool) -> Vec<u8> {
    let Some((excerpt, label)) = excerpt(sm, d) else { return Vec::new() };
    let cs = CsDiagnostic::error().with_labels(vec![Label::primary((), label)]);
    let config = Config { before_label_lines: 0, after_label_lines: 0, ..Config::default() };
    let rendered = if color {
        let mut buf = termcolor::Buffer::ansi();
        match term::emit_to_write_style(&mut buf, &config, &excerpt, &cs) {
            Ok(()) => buf.into_inner(),
            Err(_) => return Vec::new(),
        }
    } else {
        let mut buf = Vec::new();
        match term::emit_to_io_write(&mut buf, &config, &excerpt, &cs) {
            Ok(()) => buf,
            Err(_) => return Vec::new(),
        }
    };
    // Drop codespan's header (`error: `, the message is empty) and locus (`┌─ name:line:col`, whose
    // column counts characters, not Go's bytes): Go's line above already says both.
    let mut lines = rendered.split_inclusive(|&b| b == b'\n');
    lines.next();
    lines.next();
    lines.flatten().copied().collect()
}

/// The lines of the diagnostic's file that its span touches, and the span inside them.
fn excerpt(sm: &SourceMap, d: &Diagnostic) -> Option<(Excerpt, Range<usize>)> {
    let file = sm.file(sm.file_of(d.pos));
    let text = file.text.as_str();
    let base = file.base as usize;
    let at = (d.pos.0 as usize).checked_sub(base)?.min(text.len());
    let lo = floor_char(text, (d.span.lo.0 as usize).saturating_sub(base).min(text.len()).min(at));
    let hi = ceil_char(text, (d.span.hi.0 as usize).saturating_sub(base).min(text.len()).max(lo));
    let line_start = text[..lo].rfind('\n').map_or(0, |i| i + 1);
    let first_line = text[..line_start].bytes().filter(|&b| b == b'\n').count();
    let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
    let mut end = line_end(hi);
    let mut hi = hi;
    if text[line_start..end].bytes().filter(|&b| b == b'\n').count() >= MAX_SPAN_LINES {
        end = line_end(lo);
        hi = hi.min(end).max(lo);
    }
    let (mut start, mut lo, mut hi) = (line_start, lo, hi);
    if line_end(lo) - start > MAX_LINE {
        // A long line: a window around the error, on that line only.
        end = line_end(lo);
        let w_lo = floor_char(text, lo.saturating_sub(WINDOW).max(start));
        let w_hi = ceil_char(text, (lo + WINDOW).min(end));
        hi = hi.min(w_hi).max(lo);
        lo -= w_lo;
        hi -= w_lo;
        start = w_lo;
        end = w_hi;
    } else {
        lo -= start;
        hi -= start;
    }
    let source = text[start..end].to_string();
    let line_starts = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
    Some((Excerpt { name: file.name.clone(), source, first_line, line_starts }, lo..hi))
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Some lines of one file, numbered as in the file.
struct Excerpt {
    name: String,
    source: String,
    /// The 0-based line index of the excerpt's first line in its file.
    first_line: usize,
    line_starts: Vec<usize>,
}

impl<'a> Files<'a> for Excerpt {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, _: ()) -> Result<&'a str, FilesError> {
        Ok(&self.name)
    }
    fn source(&'a self, _: ()) -> Result<&'a str, FilesError> {
        Ok(&self.source)
    }
    fn line_index(&'a self, _: (), byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.line_starts.binary_search(&byte_index).unwrap_or_else(|next| next.saturating_sub(1)))
    }
    fn line_number(&'a self, _: (), line_index: usize) -> Result<usize, FilesError> {
        Ok(self.first_line + line_index + 1)
    }
    fn line_range(&'a self, _: (), line_index: usize) -> Result<Range<usize>, FilesError> {
        let start = *self
            .line_starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge { given: line_index, max: self.line_starts.len().saturating_sub(1) })?;
        let end = self.line_starts.get(line_index + 1).copied().unwrap_or(self.source.len());
        Ok(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Pos, Span};

    fn render(text: &str, lo: u32, hi: u32, style: Style) -> String {
        let mut sm = SourceMap::default();
        sm.add("x.go".into(), text.into()).unwrap();
        let d = Diagnostic { pos: Pos(lo), span: Span::new(Pos(lo), Pos(hi)), message: "boom\n\thave (int)".into() };
        let mut out = Vec::new();
        write_all(&mut out, &sm, &[d], style).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn short_is_go_line_alone() {
        assert_eq!(render("package p\nvar x = y\n", 18, 19, Style::Short), "x.go:2:9: boom\n\thave (int)\n");
    }

    #[test]
    fn snippet_follows_go_line() {
        let s = render("package p\nvar x = y\n", 18, 19, Style::Snippet { color: false });
        assert!(s.starts_with("x.go:2:9: boom\n\thave (int)\n"), "{s}");
        assert!(s.contains("2 │ var x = y"), "{s}");
        assert!(s.contains("│         ^"), "{s}");
        assert!(!s.contains("error"), "{s}");
    }

    #[test]
    fn odd_spans_do_not_panic() {
        let text = "package p\n// héllo wörld\nvar x = \"ü\"\n";
        let n = text.len() as u32;
        for lo in 0..=n + 2 {
            for hi in [0, lo, lo + 1, lo + 3, n, n + 5] {
                for color in [false, true] {
                    render(text, lo.min(n), hi, Style::Snippet { color });
                }
            }
        }
        let long = format!("package p\nvar s = \"{}\"", "é".repeat(10_000));
        let s = render(&long, 5000, 6000, Style::Snippet { color: false });
        assert!(s.len() < 2000, "{}", s.len());
    }
}
