//! The type checker. (Being written: see the checker brief.)

use crate::ast::{Ast, File};
use crate::diag::Diagnostic;
use crate::source::SourceMap;

/// What the checker hands to the compiler: the AST plus side tables (filled in by the checker brief).
#[derive(Default)]
pub struct Info {}

/// Type-checks the `main` package made of `files` (already parsed into `ast`), loading imported
/// standard-library packages from their surfaces (`crate::stdlib`) as needed.
pub fn check_program(ast: &mut Ast, sm: &mut SourceMap, files: &[File]) -> (Info, Vec<Diagnostic>) {
    let _ = (ast, sm, files);
    (Info::default(), Vec::new())
}
