//! What Tab completes to: names in scope, keywords, `:` commands, package members after `pkg.`,
//! fields and methods after `value.`; and the signature hint after `pkg.Func(`.
//!
//! A snapshot ([`Names`]) is taken after each entry, so completing never touches the session
//! while rustyline edits a line. Members of a standard package come from its surface's text, so
//! `strings.` completes before the package was first used.

use super::Session;
use crate::check::ObjKind;
use crate::types::Type;
use rustc_hash::FxHashMap;

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const COMMANDS: &[&str] = &[":help", ":type", ":doc", ":vars", ":reset", ":load", ":quit"];

const UNIVERSE: &[&str] = &[
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "any",
    "bool",
    "byte",
    "comparable",
    "complex128",
    "complex64",
    "error",
    "false",
    "float32",
    "float64",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "iota",
    "nil",
    "rune",
    "string",
    "true",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

/// A snapshot of what can be completed.
#[derive(Default)]
pub struct Names {
    /// Session names and imports.
    pub scope: Vec<String>,
    /// Fields and methods of each session variable's type, by variable name.
    pub members: FxHashMap<String, Vec<String>>,
    /// The session's import names, with their paths.
    pub imports: FxHashMap<String, String>,
}

/// Takes the snapshot.
pub fn names(s: &Session) -> Names {
    let checker = s.checker();
    let mut out = Names::default();
    for (sym, o) in checker.session_names() {
        let name = s.ast.name(sym).to_string();
        let obj = checker.object(o);
        if obj.kind == ObjKind::Var {
            out.members.insert(name.clone(), members_of(s, obj.ty));
        }
        out.scope.push(name);
    }
    for (sym, p) in checker.imports() {
        let name = s.ast.name(sym).to_string();
        out.imports.insert(name.clone(), checker.package_path(p).to_string());
        out.scope.push(name);
    }
    out
}

/// Field and method names of values of type `t` (through one pointer).
fn members_of(s: &Session, t: crate::types::TypeId) -> Vec<String> {
    let types = s.checker().types();
    let mut t = t;
    if let Type::Pointer(e) = types.get(t) {
        t = *e;
    }
    let mut out = Vec::new();
    if let Type::Named(n) = types.get(t) {
        out.extend(n.methods.iter().map(|m| s.ast.name(m.name).to_string()));
    }
    match types.get(types.under(t)) {
        Type::Struct(fields) => out.extend(fields.iter().map(|f| s.ast.name(f.name).to_string())),
        Type::Interface { methods, .. } => out.extend(methods.iter().map(|(m, _)| s.ast.name(*m).to_string())),
        _ => {}
    }
    out.sort();
    out.dedup();
    out
}

/// The exported members of standard package `path` with their declaration lines, read off its
/// surface.
pub fn package_members(path: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut group: Option<&str> = None;
    for line in crate::stdlib::sources(path).flat_map(str::lines) {
        if let Some(kw) = group {
            if line.starts_with(')') {
                group = None;
                continue;
            }
            let t = line.trim_start();
            if line.starts_with('\t') && !line.starts_with("\t\t") {
                let name: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if name.chars().next().is_some_and(char::is_uppercase) {
                    out.push((name, format!("{kw} {t}")));
                }
            }
            continue;
        }
        for kw in ["func", "type", "var", "const"] {
            let Some(rest) = line.strip_prefix(kw).and_then(|r| r.strip_prefix(' ')) else { continue };
            if rest.starts_with('(') {
                if kw != "func" {
                    group = Some(kw);
                }
                break;
            }
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if name.chars().next().is_some_and(char::is_uppercase) {
                out.push((name, line.trim_end_matches('{').trim_end().to_string()));
            }
            break;
        }
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// The import path a name before `.` stands for: a session import, else a standard package.
fn package_path<'a>(names: &'a Names, name: &str) -> Option<&'a str> {
    names.imports.get(name).map(String::as_str).or_else(|| super::std_package_named(name))
}

/// Completes the word that ends at byte `pos` of `line`: where it starts, and the candidates.
pub fn complete(names: &Names, line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos];
    let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':')).map_or(0, |i| i + 1);
    let word = &before[start..];
    if word.starts_with(':') {
        return (start, COMMANDS.iter().filter(|c| c.starts_with(word)).map(|c| c.to_string()).collect());
    }
    if let Some((head, tail)) = word.rsplit_once('.') {
        let at = start + head.len() + 1;
        let mut cands: Vec<String> = match names.members.get(head) {
            Some(m) => m.clone(),
            None => match package_path(names, head) {
                Some(p) => package_members(p).into_iter().map(|(n, _)| n).collect(),
                None => Vec::new(),
            },
        };
        cands.retain(|c| c.starts_with(tail));
        return (at, cands);
    }
    let mut cands: Vec<String> = names
        .scope
        .iter()
        .map(String::as_str)
        .chain(KEYWORDS.iter().copied())
        .chain(UNIVERSE.iter().copied())
        .chain(crate::stdlib::packages().iter().map(|p| crate::stdlib::package_name(p)))
        .filter(|c| c.starts_with(word) && !word.is_empty())
        .map(str::to_string)
        .collect();
    cands.sort();
    cands.dedup();
    (start, cands)
}

/// After `pkg.Func(` (the cursor at the end), the function's declaration as a hint.
pub fn hint(names: &Names, line: &str, pos: usize) -> Option<String> {
    if pos != line.len() || !line.ends_with('(') {
        return None;
    }
    let before = &line[..line.len() - 1];
    let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
    let (pkg, member) = before[start..].rsplit_once('.')?;
    let path = package_path(names, pkg)?;
    let (_, decl) = package_members(path).into_iter().find(|(n, _)| n == member)?;
    let sig = decl.strip_prefix("func ")?.strip_prefix(member)?.strip_prefix('(')?;
    Some(format!("{sig}  // {pkg}.{member}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_members_come_from_the_surface() {
        let m = package_members("strings");
        assert!(m.iter().any(|(n, d)| n == "ToUpper" && d.starts_with("func ToUpper(s string) string")));
        assert!(m.iter().any(|(n, _)| n == "Builder"));
        assert!(m.iter().all(|(n, _)| n.chars().next().is_some_and(char::is_uppercase)));
    }

    #[test]
    fn completes_members_keywords_and_commands() {
        let mut names = Names::default();
        names.members.insert("p".into(), vec!["Name".into(), "Age".into()]);
        let (at, c) = complete(&names, "strings.ToUp", 12);
        assert_eq!((at, c), (8, vec!["ToUpper".to_string(), "ToUpperSpecial".to_string()]));
        let (at, c) = complete(&names, "x := p.Na", 9);
        assert_eq!((at, c), (7, vec!["Name".to_string()]));
        assert!(complete(&names, "fun", 3).1.contains(&"func".to_string()));
        assert_eq!(complete(&names, ":ty", 3).1, vec![":type".to_string()]);
        assert!(complete(&names, "nosuchpkg.X", 11).1.is_empty());
    }

    #[test]
    fn hints_a_signature_after_the_paren() {
        let names = Names::default();
        let h = hint(&names, "strings.Repeat(", 15).expect("a hint");
        assert!(h.starts_with("s string, count int) string"), "{h}");
        assert_eq!(hint(&names, "strings.Repeat(", 3), None);
    }
}
