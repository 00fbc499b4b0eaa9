//! corgi: an interpreter for Go.
//!
//! The pipeline, one module per stage (see docs/ARCHITECTURE.md):
//! [`source`] files and positions → [`lexer`] tokens → [`parser`] into the [`ast`] arena →
//! [`check`] (with [`types`] and the [`stdlib`] surfaces) into a typed program → (next: compiler, VM).
//! [`diag`] carries and prints errors; [`driver`] runs the stages for the CLI.

pub mod ast;
pub mod check;
pub mod compile;
pub mod diag;
pub mod driver;
pub mod format;
pub mod heap;
pub mod lexer;
pub mod natives;
pub mod parser;
pub mod repl;
pub mod source;
pub mod stdlib;
pub mod types;
pub mod vm;
