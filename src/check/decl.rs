//! Packages and package-level declarations: loading the standard-library surfaces a program imports,
//! collecting each package's objects, and resolving them lazily (on first use, in any order).

use super::{Checker, FileCtx, ObjId, ObjKind, Package, PkgDecl, State};
use crate::ast::{Ast, DeclId, DeclKind, ExprKind, File, Symbol};
use crate::diag::Diagnostic;
use crate::source::{SourceMap, Span};
use crate::types::{Method, Named, Type, UNKNOWN};
use rustc_hash::FxHashMap as HashMap;

/// Whether corgi provides package `path` as a standard-library surface.
pub(super) fn is_known(path: &str) -> bool {
    crate::stdlib::source(path).is_some()
}

/// What an importer knows of an import path outside the standard library.
pub enum Lookup {
    /// A package of the user's module: its files (name as Go prints it, contents).
    Files(Vec<(String, String)>),
    /// A path that cannot be loaded, with Go's message (reported at the import).
    Error(String),
    /// Not the importer's: a standard-library path, or unknown.
    NotFound,
}

/// Finds the user's packages by import path (see `driver::module`).
pub type Importer<'a> = &'a mut dyn FnMut(&str) -> Lookup;

/// The packages a program imports, parsed, dependencies first.
pub(super) struct Loaded {
    pub packages: Vec<LoadedPackage>,
    /// Import paths that failed to load, with Go's message.
    pub failed: HashMap<String, String>,
    /// Go's text for an import cycle (`package … imports … : import cycle not allowed`).
    pub cycle: Option<String>,
}

pub(super) struct LoadedPackage {
    pub path: String,
    pub files: Vec<File>,
    /// From the user's module (checked like main), not a standard-library surface.
    pub user: bool,
}

struct Loader<'l, 'i> {
    ast: &'l mut Ast,
    sm: &'l mut SourceMap,
    importer: Importer<'i>,
    diags: &'l mut Vec<Diagnostic>,
    out: Loaded,
    /// The import chain being visited: each package and the file (base name) importing the next.
    visiting: Vec<(String, String)>,
    /// Standard packages loaded without their lazy part (`stdlib::LazyPart`), or `None` where every
    /// part is loaded at once (the REPL, whose later entries may name any of it).
    deferred: Option<Vec<String>>,
}

/// Parses every package the program imports, dependencies first: the user's packages through
/// `importer`, the standard library from its surfaces. `root` is how Go names the main package in
/// an import-cycle report.
/// Loads the standard packages `paths` and their imports, skipping those in `have` (already
/// loaded): for a REPL entry that imports more of the library.
pub(super) fn load_paths(
    ast: &mut Ast,
    sm: &mut SourceMap,
    paths: &[String],
    have: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Loaded {
    let seeded: Vec<LoadedPackage> =
        have.iter().map(|p| LoadedPackage { path: p.clone(), files: Vec::new(), user: false }).collect();
    let n = seeded.len();
    let out = Loaded { packages: seeded, failed: HashMap::default(), cycle: None };
    let mut importer = |_: &str| Lookup::NotFound;
    let visiting = vec![("main".into(), String::new())];
    let mut l = Loader { ast, sm, importer: &mut importer, diags, out, visiting, deferred: None };
    for p in paths {
        l.visit(p);
    }
    let mut out = l.out;
    out.packages.drain(..n);
    out
}

pub(super) fn load_packages(
    ast: &mut Ast,
    sm: &mut SourceMap,
    files: &[File],
    root: &str,
    importer: Importer,
    diags: &mut Vec<Diagnostic>,
) -> Loaded {
    let out = Loaded { packages: Vec::new(), failed: HashMap::default(), cycle: None };
    let visiting = vec![(root.to_string(), String::new())];
    let mut l = Loader { ast, sm, importer, diags, out, visiting, deferred: Some(Vec::new()) };
    for f in files {
        let base = base_name(&l.sm.file(f.file).name);
        for p in imports_of(l.ast, f) {
            l.visiting[0].1 = base.clone();
            l.visit(&p);
        }
    }
    l.load_named_lazy_parts();
    l.out
}

fn base_name(name: &str) -> String {
    name.rsplit('/').next().unwrap_or(name).to_string()
}

fn imports_of(ast: &Ast, f: &File) -> Vec<String> {
    let mut v = Vec::new();
    for &d in &f.decls {
        if let DeclKind::Import(specs) = &ast[d].kind {
            v.extend(specs.iter().map(|s| s.path.clone()));
        }
    }
    v
}

impl Loader<'_, '_> {
    fn visit(&mut self, path: &str) {
        if self.out.packages.iter().any(|p| p.path == path) || self.out.failed.contains_key(path) {
            return;
        }
        if let Some(at) = self.visiting.iter().position(|(p, _)| p == path) {
            // The standard library has no cycles: this is the user's, reported once as Go does.
            let _ = at;
            self.report_cycle(path);
            return;
        }
        let (texts, user) = match (self.importer)(path) {
            Lookup::Files(files) => (files, true),
            Lookup::Error(msg) => {
                self.out.failed.insert(path.to_string(), msg);
                return;
            }
            Lookup::NotFound => match crate::stdlib::source(path) {
                Some(text) => {
                    let mut texts = vec![(crate::stdlib::file_name(path), text.to_string())];
                    if let Some(part) = crate::stdlib::lazy_part(path) {
                        match &mut self.deferred {
                            Some(deferred) => deferred.push(path.to_string()),
                            None => texts.push((part.file_name(), part.source.to_string())),
                        }
                    }
                    (texts, false)
                }
                None => return,
            },
        };
        self.visiting.push((path.to_string(), String::new()));
        let mut files = Vec::new();
        for (name, text) in texts {
            let Ok(id) = self.sm.add(name, text) else { continue };
            let (file, mut errs) = crate::parser::parse_file(self.ast, self.sm, id);
            self.diags.append(&mut errs);
            files.extend(file);
        }
        for f in &files {
            let base = base_name(&self.sm.file(f.file).name);
            for dep in imports_of(self.ast, f) {
                if let Some(top) = self.visiting.last_mut() {
                    top.1 = base.clone();
                }
                self.visit(&dep);
            }
        }
        self.visiting.pop();
        self.out.packages.push(LoadedPackage { path: path.to_string(), files, user });
    }

    /// Loads each deferred lazy part the program names, with the packages it imports, until none is
    /// left that any loaded file names; then restores dependencies-first order if that added any.
    fn load_named_lazy_parts(&mut self) {
        let mut added = false;
        while let Some(path) = self.next_named_lazy_part() {
            let Some(part) = crate::stdlib::lazy_part(&path) else { break };
            let Ok(id) = self.sm.add(part.file_name(), part.source.to_string()) else { break };
            let (file, mut errs) = crate::parser::parse_file(self.ast, self.sm, id);
            self.diags.append(&mut errs);
            let Some(file) = file else { break };
            self.visiting = vec![(path.clone(), base_name(&part.file_name()))];
            for dep in imports_of(self.ast, &file) {
                self.visit(&dep);
            }
            if let Some(p) = self.out.packages.iter_mut().find(|p| p.path == path) {
                p.files.push(file);
            }
            added = true;
        }
        if added {
            self.sort_dependencies_first();
        }
    }

    /// A deferred package whose lazy part some parsed file names: through a selector on the
    /// package's name (`fmt.Sscan`, over-approximated: any selector with that base), or by
    /// importing the package under another name or with a dot (then any name may be its).
    fn next_named_lazy_part(&mut self) -> Option<String> {
        let deferred = self.deferred.as_mut()?;
        let at = deferred.iter().position(|path| {
            let Some(part) = crate::stdlib::lazy_part(path) else { return false };
            let mut qualifiers = vec![crate::stdlib::package_name(path)];
            for d in &self.ast.decls {
                let DeclKind::Import(specs) = &d.kind else { continue };
                for s in specs.iter().filter(|s| &s.path == path) {
                    match s.name.map(|n| self.ast.name(n.name)) {
                        Some("_") | None => {}
                        Some(".") => return true,
                        Some(alias) => qualifiers.push(alias),
                    }
                }
            }
            let names = part.names();
            self.ast.exprs.iter().any(|e| match &e.kind {
                ExprKind::Selector(base, sel) => {
                    matches!(self.ast[*base].kind, ExprKind::Ident(q) if qualifiers.contains(&self.ast.name(q)))
                        && names.contains(&self.ast.name(sel.name))
                }
                _ => false,
            })
        })?;
        Some(deferred.remove(at))
    }

    /// Reorders the loaded packages so each follows the packages it imports, moving as little as
    /// possible: a lazy part loaded last may import packages loaded after its own.
    fn sort_dependencies_first(&mut self) {
        let mut left: Vec<(LoadedPackage, Vec<String>)> = std::mem::take(&mut self.out.packages)
            .into_iter()
            .map(|p| {
                let deps = p.files.iter().flat_map(|f| imports_of(self.ast, f)).collect();
                (p, deps)
            })
            .collect();
        while !left.is_empty() {
            let waiting =
                |dep: &String, left: &[(LoadedPackage, Vec<String>)]| left.iter().any(|(p, _)| &p.path == dep);
            let next = left.iter().position(|(_, deps)| !deps.iter().any(|d| waiting(d, &left))).unwrap_or(0);
            let (p, _) = left.remove(next);
            self.out.packages.push(p);
        }
    }

    fn report_cycle(&mut self, path: &str) {
        if self.out.cycle.is_some() {
            return;
        }
        // go test reports a cycle from the package under test, not from its generated test main.
        let skip = usize::from(self.visiting.len() > 1 && self.visiting[0].0.ends_with(".test"));
        let chain = &self.visiting[skip..];
        let mut text = format!("package {}", chain[0].0);
        for w in chain.windows(2) {
            text.push_str(&format!("\n\timports {} from {}", w[1].0, w[0].1));
        }
        let from = &self.visiting.last().map(|v| v.1.clone()).unwrap_or_default();
        text.push_str(&format!("\n\timports {path} from {from}: import cycle not allowed"));
        self.out.cycle = Some(text);
    }
}

impl Checker<'_> {
    pub(super) fn package_index(&mut self, path: &str) -> Option<usize> {
        if let Some(i) = self.packages.iter().position(|p| p.path == path) {
            return Some(i);
        }
        if !is_known(path) && !self.user_paths.contains(path) {
            return None;
        }
        let name = self.sym(crate::stdlib::package_name(path)).unwrap_or(self.blank);
        self.packages.push(Package { name, path: path.into(), scope: HashMap::default(), opaque: true });
        Some(self.packages.len() - 1)
    }

    /// Adds a package and collects its objects (resolution is lazy). Returns its index.
    pub(super) fn add_package(&mut self, path: &str, files: &[File], is_main: bool) -> usize {
        let ast = self.ast;
        let name = files.first().map(|f| f.package.name).unwrap_or(self.blank);
        let idx = match self.packages.iter().position(|p| p.path == path) {
            Some(i) => i,
            None => {
                self.packages.push(Package {
                    name,
                    path: path.into(),
                    scope: HashMap::default(),
                    opaque: files.is_empty(),
                });
                self.packages.len() - 1
            }
        };
        self.packages[idx].opaque = files.is_empty() && !is_main;
        self.packages[idx].name = name;
        self.cur_pkg = idx;
        let mut methods: HashMap<Symbol, Vec<(DeclId, usize)>> = HashMap::default();
        let mut aliases: HashMap<Symbol, Symbol> = HashMap::default();
        for f in files {
            let file_idx = self.files.len();
            self.files.push(FileCtx { imports: HashMap::default(), pkg: idx, dots: Vec::new() });
            self.cur_file = file_idx;
            for &d in &f.decls {
                match &ast[d].kind {
                    DeclKind::Import(specs) => {
                        for s in specs {
                            self.import(s, file_idx);
                        }
                    }
                    DeclKind::Const(specs) | DeclKind::Var(specs) => {
                        let is_const = matches!(ast[d].kind, DeclKind::Const(_));
                        for (si, spec) in specs.iter().enumerate() {
                            for (ni, n) in spec.names.iter().enumerate() {
                                let (kind, decl) = if is_const {
                                    (ObjKind::Const, PkgDecl::Const { decl: d, spec: si, index: ni })
                                } else {
                                    (ObjKind::Var, PkgDecl::Var { decl: d, spec: si, index: ni })
                                };
                                self.declare_pkg(idx, n.name, n.pos, kind, decl);
                            }
                        }
                    }
                    DeclKind::Type(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            if spec.alias
                                && let ExprKind::Ident(target) = ast[spec.ty].kind
                            {
                                aliases.insert(spec.name.name, target);
                            }
                            self.declare_pkg(
                                idx,
                                spec.name.name,
                                spec.name.pos,
                                ObjKind::TypeName,
                                PkgDecl::Type { decl: d, spec: si },
                            );
                        }
                    }
                    DeclKind::Func(fd) => {
                        if let Some(recv) = &fd.recv {
                            if let Some(base) = receiver_base(ast, recv.ty) {
                                methods.entry(base).or_default().push((d, file_idx));
                            }
                            continue;
                        }
                        if self.name(fd.name.name) == "init" {
                            continue;
                        }
                        if is_main && fd.body.is_none() {
                            self.error(Span::at(fd.name.pos), "missing function body");
                        }
                        self.declare_pkg(idx, fd.name.name, fd.name.pos, ObjKind::Func, PkgDecl::Func { decl: d });
                    }
                }
            }
        }
        for (mut base, decls) in methods {
            // A method declared on an alias (`type A = T; func (A) M()`) is T's; follow the chain
            // of aliases to a package-level name (bounded: a cycle is reported elsewhere).
            for _ in 0..aliases.len() {
                match aliases.get(&base) {
                    Some(&t) => base = t,
                    None => break,
                }
            }
            self.pending_methods.entry((idx, base)).or_default().extend(decls);
        }
        if is_main && self.name(name) == "main" {
            let main_sym = self.sym("main");
            if let Some(m) = main_sym {
                let has_main = self.packages[idx].scope.get(&m).is_some_and(|&o| self.obj(o).kind == ObjKind::Func);
                if !has_main && !files.is_empty() {
                    let pos = files[0].package.pos;
                    self.error(Span::at(pos), "function main is undeclared in the main package");
                }
            }
        }
        idx
    }

    pub(super) fn import(&mut self, s: &crate::ast::ImportSpec, file_idx: usize) {
        let pos = s.span.lo;
        let failure = match s.path.as_str() {
            "unsafe" => Some("package unsafe is not supported by corgi".to_string()),
            "C" => Some("cgo (import \"C\") is not supported by corgi".to_string()),
            p if self.failed_imports.contains_key(p) => self.failed_imports.get(p).cloned(),
            p if self.user_paths.contains(p) => None,
            p if !is_known(p) => Some(format!("package {p} is not in std")),
            _ => None,
        };
        if let Some(msg) = &failure {
            // Reported once; the name still resolves (to members of unknown type), as Go stops at the
            // import instead of cascading into `undefined:` errors.
            self.error(s.span, msg.clone());
            let name = self.sym(crate::stdlib::package_name(&s.path)).unwrap_or(self.blank);
            self.packages.push(Package { name, path: s.path.clone(), scope: HashMap::default(), opaque: true });
        }
        let Some(p) = self.package_index(&s.path) else { return };
        let pkg_name = self.packages[p].name;
        let local = s.name.map(|n| n.name).unwrap_or(pkg_name);
        match self.name(local) {
            "_" => return,
            "." => {
                let o = self.new_obj(local, ObjKind::PkgName(p), UNKNOWN, pos);
                self.obj_mut(o).used = failure.is_some();
                self.files[file_idx].dots.push((p, o));
                return;
            }
            _ => {}
        }
        let o = self.new_obj(local, ObjKind::PkgName(p), UNKNOWN, pos);
        self.obj_mut(o).used = failure.is_some();
        if self.files[file_idx].imports.insert(local, o).is_some() {
            let n = self.name(local);
            self.error(Span::at(pos), format!("{n} redeclared in this block"));
        }
    }

    fn declare_pkg(&mut self, pkg: usize, name: Symbol, pos: crate::source::Pos, kind: ObjKind, decl: PkgDecl) {
        if name == self.blank {
            // Still check the declaration for errors.
            let o = self.new_obj(name, kind, UNKNOWN, pos);
            self.obj_mut(o).state = State::Pending;
            self.obj_mut(o).decl = Some(decl);
            self.blank_decls.push(o);
            return;
        }
        let o = self.new_obj(name, kind, UNKNOWN, pos);
        self.obj_mut(o).state = State::Pending;
        self.obj_mut(o).decl = Some(decl);
        self.record_def(pos, o);
        if self.packages[pkg].scope.insert(name, o).is_some() {
            let n = self.name(name);
            self.error(Span::at(pos), format!("{n} redeclared in this block"));
        }
    }

    /// Resolves a package-level object's type (and value) on first use.
    pub(super) fn resolve(&mut self, o: ObjId) {
        match self.obj(o).state {
            State::Done => return,
            State::InProgress => {
                // A variable reached again while resolving its own initializer: the dependency is
                // recorded and `init_order` reports the cycle. Constants have no such order.
                if self.obj(o).kind == ObjKind::Const {
                    let n = self.name(self.obj(o).name);
                    let pos = self.obj(o).pos;
                    self.error(Span::at(pos), format!("initialization cycle or invalid recursive reference to {n}"));
                }
                self.note_reference(o);
                return;
            }
            State::Pending => {}
        }
        let Some(decl) = self.obj(o).decl else { return };
        self.obj_mut(o).state = State::InProgress;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved = (self.cur_file, self.cur_pkg, self.depth, self.iota.take(), std::mem::take(&mut self.funcs));
        // A package-level declaration's results are shared, whichever instance's check needs it.
        let saved_target = std::mem::replace(&mut self.target, super::Target::Shared);
        self.cur_file = self.obj(o).file;
        self.cur_pkg = self.obj(o).pkg;
        self.depth = 0;
        self.scopes.push();
        self.decl_stack.push(o);
        self.resolve_decl(o, decl);
        self.decl_stack.pop();
        self.scopes = saved_scopes;
        (self.cur_file, self.cur_pkg, self.depth, self.iota, self.funcs) = saved;
        self.target = saved_target;
        self.obj_mut(o).state = State::Done;
    }

    fn resolve_decl(&mut self, o: ObjId, decl: PkgDecl) {
        let ast = self.ast;
        match decl {
            PkgDecl::Const { decl, spec, index } => {
                let DeclKind::Const(specs) = &ast[decl].kind else { return };
                self.const_spec(o, specs, spec, index);
            }
            PkgDecl::Var { decl, spec, index } => {
                let DeclKind::Var(specs) = &ast[decl].kind else { return };
                let Some(s) = specs.get(spec) else { return };
                self.var_spec_pkg(o, s, index);
            }
            PkgDecl::Type { decl, spec } => {
                let DeclKind::Type(specs) = &ast[decl].kind else { return };
                let Some(s) = specs.get(spec) else { return };
                if s.alias && s.type_params.is_empty() {
                    let t = self.resolve_type(s.ty);
                    self.obj_mut(o).ty = t;
                    return;
                }
                let pkg = self.packages[self.cur_pkg].name;
                let named = self.types.add(Type::Named(Named {
                    name: s.name.name,
                    pkg: Some(pkg),
                    underlying: UNKNOWN,
                    methods: Vec::new(),
                    generic: !s.type_params.is_empty(),
                    type_args: Vec::new(),
                    origin: None,
                }));
                self.obj_mut(o).ty = named;
                self.obj_mut(o).state = State::Done;
                if !s.type_params.is_empty() {
                    self.generics.type_objs.insert(named, o);
                }
                self.declare_type_params(&s.type_params);
                let u = self.resolve_type(s.ty);
                let u = self.types.under(u);
                let cyclic = u == named || self.contains_directly(u, named, 0);
                if cyclic {
                    let n = self.name(s.name.name);
                    self.error(Span::at(s.name.pos), format!("invalid recursive type: {n} refers to itself"));
                }
                if let Some(n) = self.types.named_mut(named) {
                    n.underlying = if cyclic { UNKNOWN } else { u };
                }
                self.attach_methods(named, s.name.name);
            }
            PkgDecl::Func { decl } => {
                let DeclKind::Func(fd) = &ast[decl].kind else { return };
                self.scopes.push();
                self.declare_type_params(&fd.sig.type_params);
                let sig = self.func_type(&fd.sig);
                self.scopes.pop();
                self.obj_mut(o).ty = sig;
            }
        }
    }

    /// Whether a value of type `t` contains a `target` inline (not through a pointer, slice, map…).
    fn contains_directly(&self, t: crate::types::TypeId, target: crate::types::TypeId, depth: u32) -> bool {
        if depth > 20 {
            return false;
        }
        match self.types.get(t) {
            _ if t == target => true,
            Type::Struct(fields) => fields.iter().any(|f| self.contains_directly(f.ty, target, depth + 1)),
            Type::Array(_, el) => self.contains_directly(*el, target, depth + 1),
            _ => false,
        }
    }

    pub(super) fn attach_methods(&mut self, named: crate::types::TypeId, base: Symbol) {
        let ast = self.ast;
        let Some(decls) = self.pending_methods.get(&(self.cur_pkg, base)).cloned() else { return };
        let type_file = self.cur_file;
        for (d, file) in decls {
            let DeclKind::Func(fd) = &ast[d].kind else { continue };
            let Some(recv) = &fd.recv else { continue };
            self.cur_file = file;
            self.scopes.push();
            self.declare_receiver_type_params(recv.ty);
            self.declare_type_params(&fd.sig.type_params);
            let sig = self.func_type(&fd.sig);
            self.scopes.pop();
            let pointer_receiver = is_pointer_receiver(ast, recv.ty);
            if let Some(n) = self.types.named_mut(named)
                && n.methods.iter().all(|m| m.name != fd.name.name)
            {
                n.methods.push(Method { name: fd.name.name, sig, pointer_receiver });
            }
        }
        self.cur_file = type_file;
    }

    /// Type parameters are in scope as type names of unknown type.
    pub(super) fn declare_type_params(&mut self, params: &[crate::ast::Field]) {
        // All names first: a constraint may mention a later parameter (`[M ~map[K]V, K comparable, V any]`).
        for f in params {
            for n in &f.names {
                let o = self.new_obj(n.name, ObjKind::TypeName, UNKNOWN, n.pos);
                self.scopes.insert(n.name, o);
            }
        }
        for f in params {
            self.mark_type_uses(f.ty);
        }
    }

    /// `func (s *Stack[T]) …`: `T` is a type parameter of the method.
    pub(super) fn declare_receiver_type_params(&mut self, recv_ty: crate::ast::ExprId) {
        let ast = self.ast;
        let mut t = recv_ty;
        if let ExprKind::Star(x) = ast[t].kind {
            t = x;
        }
        if let ExprKind::Paren(x) = ast[t].kind {
            t = x;
        }
        if let ExprKind::Index(_, args) = &ast[t].kind {
            for &a in args {
                if let ExprKind::Ident(n) = ast[a].kind {
                    let o = self.new_obj(n, ObjKind::TypeName, UNKNOWN, ast[a].span.lo);
                    self.scopes.insert(n, o);
                }
            }
        }
    }
}

pub(super) fn receiver_base(ast: &Ast, mut t: crate::ast::ExprId) -> Option<Symbol> {
    for _ in 0..4 {
        match &ast[t].kind {
            ExprKind::Star(x) | ExprKind::Paren(x) => t = *x,
            ExprKind::Index(x, _) => t = *x,
            ExprKind::Ident(n) => return Some(*n),
            _ => return None,
        }
    }
    None
}

pub(super) fn is_pointer_receiver(ast: &Ast, mut t: crate::ast::ExprId) -> bool {
    while let ExprKind::Paren(x) = ast[t].kind {
        t = x;
    }
    matches!(ast[t].kind, ExprKind::Star(_))
}
