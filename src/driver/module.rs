//! Modules: finding go.mod, mapping import paths to folders, reading a package's files, and the
//! package patterns of the command line (`.`, `./cmd/tool`, `./...`, import paths).
//!
//! There is no network: a module's own packages and `replace` directives that point at local
//! folders are all an import can reach besides the standard library.

use super::LoadError;
use std::path::{Path, PathBuf};

/// The module whose go.mod was found from the working directory.
#[derive(Clone, Debug)]
pub struct Module {
    /// The folder holding go.mod.
    pub root: PathBuf,
    /// The `module` line.
    pub path: String,
    /// `replace OLD => ./local` directives, by module path.
    pub replaces: Vec<(String, PathBuf)>,
    /// Modules named in `require` lines.
    pub requires: Vec<String>,
}

/// Looks for go.mod in `start` and its parents.
pub fn find(start: &Path) -> Result<Option<Module>, LoadError> {
    let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        let gomod = d.join("go.mod");
        if gomod.is_file() {
            let text = std::fs::read_to_string(&gomod)
                .map_err(|e| LoadError(format!("go: reading {}: {e}", gomod.display())))?;
            return parse(d, &gomod, &text).map(Some);
        }
        dir = d.parent();
    }
    Ok(None)
}

/// The parts of go.mod corgi uses; other directives (go, toolchain, exclude…) are accepted.
fn parse(root: &Path, file: &Path, text: &str) -> Result<Module, LoadError> {
    let mut m = Module { root: root.to_path_buf(), path: String::new(), replaces: Vec::new(), requires: Vec::new() };
    let mut block: Option<String> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split("//").next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if block.is_some() && line == ")" {
            block = None;
            continue;
        }
        let (verb, rest) = match &block {
            Some(b) => (b.as_str(), line),
            None => match line.split_once(char::is_whitespace) {
                Some((v, r)) => (v, r.trim()),
                None => (line, ""),
            },
        };
        if rest == "(" {
            block = Some(verb.to_string());
            continue;
        }
        let unquote = |s: &str| s.trim().trim_matches('"').to_string();
        match verb {
            "module" => m.path = unquote(rest),
            "require" => {
                if let Some(p) = rest.split_whitespace().next() {
                    m.requires.push(unquote(p));
                }
            }
            "replace" => {
                let Some((old, new)) = rest.split_once("=>") else {
                    return Err(LoadError(format!(
                        "{}:{}: usage: replace module/path => ../local",
                        file.display(),
                        n + 1
                    )));
                };
                let old = unquote(old.split_whitespace().next().unwrap_or(""));
                let new = new.trim();
                let target = unquote(new.split_whitespace().next().unwrap_or(""));
                if target.starts_with("./") || target.starts_with("../") || Path::new(&target).is_absolute() {
                    m.replaces.push((old, root.join(target)));
                } else {
                    m.requires.push(old);
                }
            }
            _ => {}
        }
    }
    if m.path.is_empty() {
        return Err(LoadError(format!("go: error reading {}: missing module declaration", file.display())));
    }
    Ok(m)
}

/// Where an import path leads.
pub enum Location {
    /// A folder of this module or of a locally replaced one.
    Dir(PathBuf),
    /// A module that would have to be downloaded.
    Remote,
}

impl Module {
    /// The folder of import path `path`, if it lies in this module or a replaced one.
    pub fn locate(&self, path: &str) -> Option<Location> {
        if let Some(rel) = under(path, &self.path) {
            return Some(Location::Dir(self.root.join(rel)));
        }
        for (m, dir) in &self.replaces {
            if let Some(rel) = under(path, m) {
                return Some(Location::Dir(dir.join(rel)));
            }
        }
        // Paths with a dot in their first element name modules on the network.
        let first = path.split('/').next().unwrap_or("");
        first.contains('.').then_some(Location::Remote)
    }

    /// The import path of the package in `dir` (which lies inside the module).
    pub fn import_path(&self, dir: &Path) -> Option<String> {
        let dir = std::fs::canonicalize(dir).ok()?;
        let rel = dir.strip_prefix(&self.root).ok()?;
        let rel = rel.to_string_lossy();
        Some(if rel.is_empty() { self.path.clone() } else { format!("{}/{}", self.path, rel) })
    }
}

/// `path` relative to module path `m` ("" for the module's root package).
fn under<'a>(path: &'a str, m: &str) -> Option<&'a str> {
    if path == m {
        return Some("");
    }
    path.strip_prefix(m).and_then(|r| r.strip_prefix('/'))
}

/// The files of the package in one folder, split as go test sees them.
#[derive(Default, Debug)]
pub struct PackageFiles {
    pub dir: PathBuf,
    /// `.go` files that are not tests, after build constraints.
    pub go: Vec<(String, String)>,
    /// `_test.go` files of the package itself.
    pub test: Vec<(String, String)>,
    /// `_test.go` files of the external test package (`package x_test`).
    pub xtest: Vec<(String, String)>,
}

/// Reads the Go files of folder `dir`, naming each as Go prints it (relative to the working
/// directory, `./` first for the working directory's own files).
pub fn read_dir(dir: &Path) -> Result<PackageFiles, LoadError> {
    let shown = shown_dir(dir);
    let entries = std::fs::read_dir(dir)
        .map_err(|e| LoadError(format!("open {}: {}", dir.display(), super::load::io_reason(&e))))?;
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go") && !n.starts_with('.') && !n.starts_with('_'))
        .collect();
    names.sort();
    let mut pf = PackageFiles { dir: dir.to_path_buf(), ..Default::default() };
    for n in names {
        let full = dir.join(&n);
        let bytes = std::fs::read(&full)
            .map_err(|e| LoadError(format!("open {}: {}", full.display(), super::load::io_reason(&e))))?;
        let name = format!("{shown}{n}");
        let text = super::load::utf8_or_error(&name, bytes)?;
        if !super::build_tags::included(&n, &text) {
            continue;
        }
        if n.ends_with("_test.go") {
            if package_clause(&text).is_some_and(|p| p.ends_with("_test")) {
                pf.xtest.push((name, text));
            } else {
                pf.test.push((name, text));
            }
        } else {
            pf.go.push((name, text));
        }
    }
    Ok(pf)
}

/// How Go names files of `dir` in messages: `./` for the working directory, else relative to it.
pub fn shown_dir(dir: &Path) -> String {
    let cwd = std::env::current_dir().ok().and_then(|c| std::fs::canonicalize(c).ok());
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let Some(cwd) = cwd else { return format!("{}/", dir.display()) };
    if abs == cwd {
        return "./".into();
    }
    if let Ok(rel) = abs.strip_prefix(&cwd) {
        return format!("{}/", rel.display());
    }
    // Outside the working directory: `../x/` as far as a common ancestor allows.
    let mut up = String::new();
    let mut base = cwd.as_path();
    while let Some(parent) = base.parent() {
        up.push_str("../");
        if let Ok(rel) = abs.strip_prefix(parent) {
            return if rel.as_os_str().is_empty() { up } else { format!("{up}{}/", rel.display()) };
        }
        base = parent;
    }
    format!("{}/", abs.display())
}

/// The name in a file's package clause, skipping comments; None when there is none.
pub fn package_clause(text: &str) -> Option<&str> {
    let mut s = text;
    loop {
        s = s.trim_start();
        if let Some(r) = s.strip_prefix("//") {
            s = r.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(r) = s.strip_prefix("/*") {
            s = r.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let r = s.strip_prefix("package")?;
    if !r.starts_with(char::is_whitespace) && !r.starts_with("/*") {
        return None;
    }
    let r = r.trim_start();
    let end = r.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(r.len());
    (end > 0).then(|| &r[..end])
}

/// The package folders a command-line pattern names: `.`, `./dir`, `./dir/...`, `./...`, or an
/// import path of the module (`example.com/m/util`, `example.com/m/...`).
pub fn expand(pattern: &str, module: Option<&Module>) -> Result<Vec<PathBuf>, LoadError> {
    let (base, recursive) = match pattern.strip_suffix("/...") {
        Some(b) => (b, true),
        None if pattern == "..." => ("", true),
        None => (pattern, false),
    };
    let local = base.is_empty()
        || base == "."
        || base == ".."
        || base.starts_with("./")
        || base.starts_with("../")
        || Path::new(base).is_absolute();
    let dir = if local {
        PathBuf::from(if base.is_empty() { "." } else { base })
    } else {
        match module.and_then(|m| m.locate(base)) {
            Some(Location::Dir(d)) => d,
            Some(Location::Remote) => {
                return Err(LoadError(format!(
                    "no required module provides package {base}; to add it:\n\tgo get {base}"
                )));
            }
            None if crate::stdlib::source(base).is_some() => {
                return Err(LoadError(format!("corgi: {base} is a standard package; corgi does not run or test it")));
            }
            None => return Err(LoadError(format!("package {base} is not in std"))),
        }
    };
    if !dir.is_dir() {
        let abs = std::env::current_dir().map(|c| c.join(&dir)).unwrap_or(dir.clone());
        return Err(LoadError(format!("stat {}: directory not found", clean(&abs).display())));
    }
    if !recursive {
        return Ok(vec![dir]);
    }
    let mut found = Vec::new();
    walk(&dir, &mut found, true);
    found.sort();
    if found.is_empty() {
        return Err(LoadError(format!("go: warning: \"{pattern}\" matched no packages")));
    }
    Ok(found)
}

/// Folders under `dir` holding .go files, skipping `testdata`, `_x`, `.x` and nested modules.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, top: bool) {
    if !top && dir.join("go.mod").is_file() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut has_go = false;
    let mut subdirs = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if path.is_dir() {
            if name != "testdata" && !name.starts_with('.') && !name.starts_with('_') {
                subdirs.push(path);
            }
        } else if name.ends_with(".go") && !name.starts_with('.') && !name.starts_with('_') {
            has_go = true;
        }
    }
    if has_go {
        found.push(dir.to_path_buf());
    }
    subdirs.sort();
    for d in subdirs {
        walk(&d, found, false);
    }
}

/// `a/./b/../c` as `a/c`, without touching the file system.
fn clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_clause_skips_comments() {
        assert_eq!(package_clause("// c\n/* x */ package foo_test\n"), Some("foo_test"));
        assert_eq!(package_clause("package main"), Some("main"));
        assert_eq!(package_clause("packagex main"), None);
        assert_eq!(package_clause("func f()"), None);
    }

    #[test]
    fn go_mod_directives() {
        let text = "module example.com/m\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/sync v0.1.0 // indirect\n)\n\nreplace example.com/lib => ../lib\n";
        let m = parse(Path::new("/r"), Path::new("/r/go.mod"), text).unwrap();
        assert_eq!(m.path, "example.com/m");
        assert_eq!(m.requires, vec!["golang.org/x/sync".to_string()]);
        assert_eq!(m.replaces, vec![("example.com/lib".to_string(), PathBuf::from("/r/../lib"))]);
        assert!(matches!(m.locate("example.com/m/util"), Some(Location::Dir(d)) if d == Path::new("/r/util")));
        assert!(matches!(m.locate("example.com/lib/x"), Some(Location::Dir(d)) if d == Path::new("/r/../lib/x")));
        assert!(matches!(m.locate("github.com/a/b"), Some(Location::Remote)));
        assert!(m.locate("strings").is_none());
        assert!(parse(Path::new("/r"), Path::new("/r/go.mod"), "go 1.22\n").is_err());
    }
}
