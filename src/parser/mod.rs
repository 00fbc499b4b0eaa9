//! The parser: tokens to the AST, with Go's syntax errors. (Being written: see the parser brief.)

use crate::ast::{Ast, File};
use crate::diag::Diagnostic;
use crate::source::{FileId, SourceMap};

/// Parses one file of `sm` into `ast`. Returns the file when it parsed (possibly with recovered
/// errors) and every lexical and syntax error found, Go-worded.
pub fn parse_file(ast: &mut Ast, sm: &SourceMap, file: FileId) -> (Option<File>, Vec<Diagnostic>) {
    let _ = (ast, sm, file);
    (None, Vec::new())
}
