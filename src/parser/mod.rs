//! The parser: tokens to the arena AST, with Go's syntax errors.
//!
//! The grammar (`grammar/go.lalrpop`) is LR(1) and table-driven, so input nesting never deepens the
//! Rust stack here. lalrpop reports the first unexpected token with the terminals it expected; that
//! set is mapped to Go's wording (`syntax error: unexpected X, expected Y`, `… at end of statement`,
//! `non-declaration statement outside function body`). Like Go, parsing stops at the first syntax
//! error of a file.

mod build;

use crate::ast::{Ast, File};
use crate::diag::Diagnostic;
use crate::lexer::{self, Tok};
use crate::source::{FileId, Pos, SourceMap, Span};
use lalrpop_util::{ParseError, lalrpop_mod};

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
    grammar,
    "/go.rs"
);

/// Parses one file of `sm` into `ast`. Returns the file when it parsed and every lexical and syntax
/// error found, Go-worded.
pub fn parse_file(ast: &mut Ast, sm: &SourceMap, file: FileId) -> (Option<File>, Vec<Diagnostic>) {
    let f = sm.file(file);
    let (tokens, mut diags) = lexer::lex(&f.text, f.base);
    let eof = Pos(f.base + f.text.len() as u32);
    // Go's loader reads the package clause first and words its absence its own way.
    match tokens.first() {
        Some((_, Tok::Package, _)) => {}
        first => {
            let (at, found) = match first {
                Some((p, Tok::Semi(true), _)) if *p == eof => (eof, "EOF".to_string()),
                Some((p, t, _)) => (*p, t.to_string()),
                None => (eof, "EOF".to_string()),
            };
            diags.push(Diagnostic::at(at, format!("expected 'package', found '{found}'")));
            return (None, diags);
        }
    }
    let parser = grammar::FileParser::new();
    let result = parser.parse(ast, tokens.into_iter().map(Ok::<_, ()>));
    diags.append(&mut ast.syntax_errors);
    match result {
        Ok((package, decls)) => {
            if diags.is_empty() {
                return (Some(File { file, package, decls }), diags);
            }
            (None, diags)
        }
        Err(e) => {
            // A lexical error usually explains the syntax error that follows it; Go reports both.
            diags.push(syntax_error(e, eof));
            diags.sort_by_key(|d| d.pos);
            diags.truncate(first_syntax_error_index(&diags) + 1);
            (None, diags)
        }
    }
}

/// Keeps every lexical error before the first syntax error, as Go's output shows.
fn first_syntax_error_index(diags: &[Diagnostic]) -> usize {
    diags.iter().position(|d| d.message.starts_with("syntax error")).unwrap_or(diags.len().saturating_sub(1))
}

fn syntax_error(e: ParseError<Pos, Tok<'_>, ()>, eof: Pos) -> Diagnostic {
    match e {
        ParseError::UnrecognizedEof { expected, .. } => {
            // At EOF Go names the closing bracket still owed.
            let owed = ["\"}\"", "\")\"", "\"]\""].into_iter().find(|t| expected.iter().any(|e| e == t));
            let tail = owed.map_or_else(|| expecting(&expected), |t| format!(", expected {}", t.trim_matches('"')));
            Diagnostic::at(eof, format!("syntax error: unexpected EOF{tail}"))
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            let found = if matches!(tok, Tok::Semi(true)) && l == eof { "EOF".to_string() } else { tok.describe() };
            let span = Span::new(l, r);
            let has = |t: &str| expected.iter().any(|e| e == t);
            let top_level = has("\"func\"") && has("\"import\"") && !has("\"go\"");
            if top_level {
                return Diagnostic::new(span, "syntax error: non-declaration statement outside function body");
            }
            // At the start of a statement, Go names the block's end.
            if has("\"return\"") && has("\"}\"") {
                return Diagnostic::new(span, format!("syntax error: unexpected {found}, expected }}"));
            }
            if has("\";\"") && has("\"}\"") {
                return Diagnostic::new(span, format!("syntax error: unexpected {found} at end of statement"));
            }
            if has("\"map\"") && has("\"chan\"") && has("\"struct\"") && !has("IntLit") {
                return Diagnostic::new(span, format!("syntax error: unexpected {found}, expected type"));
            }
            if has("\";\"") && !has("\"}\"") && !has("\")\"") {
                return Diagnostic::new(
                    span,
                    format!("syntax error: unexpected {found}, expected semicolon or newline"),
                );
            }
            if matches!(tok, Tok::Semi(true)) && has("\"}\"") && has("\",\"") && !has("\";\"") {
                return Diagnostic::new(
                    span,
                    format!("syntax error: unexpected {found} in composite literal; possibly missing comma or }}"),
                );
            }
            if matches!(tok, Tok::Semi(true)) && has("\")\"") && has("\",\"") {
                return Diagnostic::new(
                    span,
                    format!("syntax error: unexpected {found} in argument list; possibly missing comma or )"),
                );
            }
            Diagnostic::new(span, format!("syntax error: unexpected {found}{}", expecting(&expected)))
        }
        ParseError::InvalidToken { location } => Diagnostic::at(location, "syntax error: invalid token"),
        ParseError::ExtraToken { token: (l, tok, r) } => {
            Diagnostic::new(Span::new(l, r), format!("syntax error: unexpected {}", tok.describe()))
        }
        ParseError::User { .. } => Diagnostic::at(eof, "syntax error"),
    }
}

/// Go names what it expected when there is one obvious choice (`expected }`, `expected expression`).
fn expecting(expected: &[String]) -> String {
    let starts_expr = ["Ident", "IntLit", "StrLit", "\"(\"", "\"func\""];
    if starts_expr.iter().all(|t| expected.iter().any(|e| e == t)) && expected.len() > 12 {
        return ", expected expression".to_string();
    }
    let names: Vec<String> = expected.iter().map(|e| e.trim_matches('"').to_string()).collect();
    match names.as_slice() {
        [one] => format!(", expected {}", pretty(one)),
        _ if names.iter().any(|n| n == "}") && !names.iter().any(|n| n == ")") => ", expected }".to_string(),
        _ if names.iter().any(|n| n == ")") && names.iter().any(|n| n == ",") => ", expected comma or )".to_string(),
        _ => String::new(),
    }
}

fn pretty(t: &str) -> String {
    match t {
        "Ident" => "name".into(),
        ";" => "semicolon or newline".into(),
        "StrLit" => "string literal".into(),
        t => t.into(),
    }
}

/// The name of the function an entry of statements is parsed into (not a Go identifier a user can
/// write clashing with: it starts with two underscores and names no standard declaration).
pub const ENTRY_FUNC: &str = "__corgi_entry";

/// What one REPL entry parsed as.
pub enum Entry {
    /// Top-level declarations (`func`, `type`, `import`, `var`, `const`), as a file of package main.
    Decls(File),
    /// Statements, as the body of a function named [`ENTRY_FUNC`] in a file of package main.
    Stmts(File),
}

/// A failed entry: its errors, and whether the input simply ended too early (an open brace, a
/// trailing operator, an unterminated raw string), so a prompt should read another line.
pub struct EntryError {
    pub diags: Vec<Diagnostic>,
    pub incomplete: bool,
}

/// Parses one REPL entry of `sm`'s file `file` (the entry's text alone, no package clause): as
/// declarations when it starts with a declaration keyword and parses so, else as statements. The
/// package clause and function header are tokens made up in front of the entry's own, at its first
/// byte, so every position stays the entry's.
pub fn parse_entry(ast: &mut Ast, sm: &SourceMap, file: FileId) -> Result<Entry, EntryError> {
    let f = sm.file(file);
    let (tokens, lex_diags) = lexer::lex(&f.text, f.base);
    let start = Pos(f.base);
    let eof = Pos(f.base + f.text.len() as u32);
    if !lex_diags.is_empty() {
        // An unterminated raw string or comment is input still being typed.
        let incomplete = lex_diags.iter().any(|d| {
            let at = f.text.get((d.pos.0 - f.base) as usize..).unwrap_or("");
            d.message.ends_with("not terminated") && (at.starts_with('`') || at.starts_with("/*"))
        });
        return Err(EntryError { diags: lex_diags, incomplete });
    }
    let first = tokens.iter().find(|t| !matches!(t.1, Tok::Semi(_))).map(|t| t.1);
    let decl_first = matches!(first, Some(Tok::Import | Tok::Type | Tok::Const | Tok::Var | Tok::Func));
    let header = [(start, Tok::Package, start), (start, Tok::Ident("main"), start), (start, Tok::Semi(false), start)];
    let as_decls = |ast: &mut Ast| {
        let toks = header.iter().copied().chain(tokens.iter().copied());
        parse_tokens(ast, toks, eof).map(|(package, decls)| File { file, package, decls })
    };
    let as_stmts = |ast: &mut Ast| {
        let open = [
            (start, Tok::Func, start),
            (start, Tok::Ident(ENTRY_FUNC), start),
            (start, Tok::LParen, start),
            (start, Tok::RParen, start),
            (start, Tok::LBrace, start),
        ];
        let close = [(eof, Tok::RBrace, eof), (eof, Tok::Semi(true), eof)];
        let toks = header.iter().chain(&open).copied().chain(tokens.iter().copied()).chain(close);
        parse_tokens(ast, toks, eof).map(|(package, decls)| File { file, package, decls })
    };
    if decl_first {
        let decl_err = match as_decls(ast) {
            Ok(f) => return Ok(Entry::Decls(f)),
            Err(e) => e,
        };
        // `var x = 1; x++` and `func() { … }()` are statements.
        match as_stmts(ast) {
            Ok(f) => Ok(Entry::Stmts(f)),
            Err(stmt_err) if !matches!(first, Some(Tok::Func)) || stmt_err.incomplete => Err(stmt_err),
            Err(_) => Err(decl_err),
        }
    } else {
        as_stmts(ast).map(Entry::Stmts)
    }
}

/// Runs the file grammar over `toks`; an error is marked incomplete when it is at the end of input.
fn parse_tokens<'t>(
    ast: &mut Ast,
    toks: impl Iterator<Item = (Pos, Tok<'t>, Pos)>,
    eof: Pos,
) -> Result<(crate::ast::Ident, Vec<crate::ast::DeclId>), EntryError> {
    let parser = grammar::FileParser::new();
    let result = parser.parse(ast, toks.map(Ok::<_, ()>));
    let mut diags = std::mem::take(&mut ast.syntax_errors);
    match result {
        Ok(r) if diags.is_empty() => Ok(r),
        Ok(_) => Err(EntryError { diags, incomplete: false }),
        Err(e) => {
            let incomplete = match &e {
                ParseError::UnrecognizedEof { .. } => true,
                ParseError::UnrecognizedToken { token: (l, _, _), .. } => *l >= eof,
                _ => false,
            };
            diags.push(syntax_error(e, eof));
            diags.sort_by_key(|d| d.pos);
            diags.truncate(first_syntax_error_index(&diags) + 1);
            Err(EntryError { diags, incomplete })
        }
    }
}
