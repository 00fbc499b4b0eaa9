//! The checker's side of a REPL session: each entry is checked against what earlier entries
//! declared, never re-checked.
//!
//! The session is package `main` with one file context (its imports are the session's). Between
//! entries the checker is *parked* ([`Parked`]: every field but the AST it borrows), because the
//! AST grows as entries are parsed. An entry of declarations is declared into main's scope like a
//! file's, a later declaration of a name replacing the earlier one. An entry of statements is the
//! body of the synthetic `ENTRY_FUNC`: what its top-level block declares (`x := 1`, `var`,
//! `const`, `type`) goes into main's scope too, so later entries and functions see it; variables
//! so declared are the session's globals ([`EntryChecked::new_vars`]). A failed entry leaves the
//! scopes as they were.

use super::{Checker, FileCtx, ObjId, ObjKind, PkgDecl, State};
use crate::ast::{Ast, DeclKind, ExprId, ExprKind, File, StmtKind, Symbol};
use crate::diag::Diagnostic;
use crate::source::{Pos, SourceMap, Span};
use crate::types::{Type, UNKNOWN};
use rustc_hash::FxHashMap as HashMap;

/// What the checker keeps of an entry of statements while it checks it.
#[derive(Default)]
pub(super) struct ReplTop {
    /// Scope depth of the entry's top-level block.
    pub depth: usize,
    pub new_vars: Vec<ObjId>,
    pub prints: Vec<ExprId>,
}

/// What checking one entry found, for the compiler.
#[derive(Default, Debug)]
pub struct EntryChecked {
    /// Variables the entry's statements declared at top level: new session globals, in order.
    pub new_vars: Vec<ObjId>,
    /// Package-level variables to initialise before the entry runs, in initialization order (those
    /// of packages this entry loaded first, then the entry's own `var` declarations).
    pub init_vars: Vec<ObjId>,
    /// Packages this entry loaded (indices into `Info::packages`), dependencies first.
    pub new_packages: Vec<usize>,
    /// Top-level expression statements whose values the prompt prints.
    pub prints: Vec<ExprId>,
}

/// The checker between entries: every field of [`Checker`] but the AST.
pub struct Parked {
    objs: Vec<super::Object>,
    universe: HashMap<Symbol, ObjId>,
    packages: Vec<super::Package>,
    files: Vec<FileCtx>,
    info: super::Info,
    blank: Symbol,
    basics: HashMap<crate::types::BasicKind, crate::types::TypeId>,
    error_type: crate::types::TypeId,
    any_type: crate::types::TypeId,
    pending_methods: HashMap<(usize, Symbol), Vec<(crate::ast::DeclId, usize)>>,
    refs: HashMap<ObjId, rustc_hash::FxHashSet<ObjId>>,
    generics: super::generic::State,
    /// Each package's files, by package index (main's are the entries).
    pkg_files: HashMap<usize, Vec<File>>,
    /// Package `main`.
    main: usize,
    /// The session's file context (its imports).
    file: usize,
}

impl Parked {
    /// A session with nothing declared: package main, empty.
    pub fn new(ast: &mut Ast) -> Parked {
        let main_sym = ast.interner.intern("main");
        let mut c = Checker::new(ast);
        let main = c.add_package("main", &[], true);
        c.packages[main].name = main_sym;
        c.files.push(FileCtx { imports: HashMap::default(), pkg: main, dots: Vec::new() });
        let file = c.files.len() - 1;
        c.refresh_objects(&HashMap::default());
        c.park(main, file, HashMap::default())
    }

    /// The type table and tables the compiler reads (valid until the next entry).
    pub fn info(&self) -> &super::Info {
        &self.info
    }

    /// The import paths of the packages loaded so far.
    pub fn package_paths(&self) -> Vec<String> {
        self.packages.iter().map(|p| p.path.clone()).collect()
    }

    /// The object `name` denotes at the prompt (a session name, an import, or the universe).
    pub fn lookup(&self, name: Symbol) -> Option<ObjId> {
        self.files[self.file]
            .imports
            .get(&name)
            .or_else(|| self.packages[self.main].scope.get(&name))
            .or_else(|| self.universe.get(&name))
            .copied()
    }

    /// Names the session declared, with their objects, in declaration order.
    pub fn session_names(&self) -> Vec<(Symbol, ObjId)> {
        let mut v: Vec<(Symbol, ObjId)> = self.packages[self.main].scope.iter().map(|(&s, &o)| (s, o)).collect();
        v.sort_by_key(|&(_, o)| o.0);
        v
    }

    /// The session's imports: local name and package index.
    pub fn imports(&self) -> Vec<(Symbol, usize)> {
        let mut v: Vec<(Symbol, usize)> = self.files[self.file]
            .imports
            .iter()
            .filter_map(|(&s, &o)| match self.objs[o.0 as usize].kind {
                ObjKind::PkgName(p) => Some((s, p)),
                _ => None,
            })
            .collect();
        v.sort_by_key(|&(s, _)| s.0);
        v
    }

    /// The members of package `p` (index into the package list): name and object.
    pub fn package_members(&self, p: usize) -> Vec<(Symbol, ObjId)> {
        self.packages.get(p).map(|p| p.scope.iter().map(|(&s, &o)| (s, o)).collect()).unwrap_or_default()
    }

    /// Package `p`'s import path.
    pub fn package_path(&self, p: usize) -> &str {
        self.packages.get(p).map_or("", |p| p.path.as_str())
    }

    pub fn object(&self, o: ObjId) -> &super::Object {
        &self.objs[o.0 as usize]
    }

    pub fn types(&self) -> &crate::types::Types {
        &self.info.types
    }

    /// The index of the package with import path `path`, when loaded.
    pub fn package_index(&self, path: &str) -> Option<usize> {
        self.packages.iter().position(|p| p.path == path)
    }

    /// Checks one parsed entry. `loaded` are the packages the caller loaded for it (imports and
    /// package names used), `imports` the (local name, path) pairs the entry imports implicitly.
    /// On error nothing of the entry stays in scope.
    pub fn check_entry(
        mut self,
        ast: &Ast,
        loaded: Vec<(String, Vec<File>)>,
        implicit: &[(Symbol, String)],
        entry: &crate::parser::Entry,
    ) -> (Parked, Result<EntryChecked, Vec<Diagnostic>>) {
        let (main, file) = (self.main, self.file);
        let mut pkg_files = std::mem::take(&mut self.pkg_files);
        let mut c = Checker::unpark(self, ast);
        c.info.expr_types.resize(ast.exprs.len(), UNKNOWN);
        c.info.uses.resize(ast.exprs.len(), None);
        let saved_scope = c.packages[main].scope.clone();
        let saved_imports = c.files[file].imports.clone();
        let saved_pending = c.pending_methods.clone();
        let mut out = EntryChecked::default();
        // Packages loaded for this entry, dependencies first; those written partly in Go have
        // their bodies checked (their variables are initialised before the entry runs).
        for (path, files) in &loaded {
            let idx = c.add_package(path, files, false);
            out.new_packages.push(idx);
            let has_go = files.iter().any(|f| {
                f.decls.iter().any(|&d| match &ast[d].kind {
                    DeclKind::Func(fd) => fd.body.is_some(),
                    DeclKind::Var(specs) => specs.iter().any(|s| !s.values.is_empty()),
                    _ => false,
                })
            });
            if has_go {
                c.check_package_bodies(idx, files);
                out.init_vars.append(&mut c.info.init_order);
            } else {
                let objs: Vec<ObjId> = c.packages[idx].scope.values().copied().collect();
                for o in objs {
                    c.resolve(o);
                }
            }
            pkg_files.insert(idx, files.clone());
        }
        c.cur_pkg = main;
        c.cur_file = file;
        for (local, path) in implicit {
            if let Some(p) = c.package_index(path) {
                let o = c.new_obj(*local, ObjKind::PkgName(p), UNKNOWN, Pos::default());
                c.obj_mut(o).used = true;
                c.files[file].imports.insert(*local, o);
            }
        }
        match entry {
            crate::parser::Entry::Decls(f) => c.entry_decls(f, main, file, &mut out),
            crate::parser::Entry::Stmts(f) => c.entry_stmts(f, main, file, &mut out),
        }
        c.info.init_order.clear();
        let failed = c.diags.iter().any(|_| true);
        let diags = std::mem::take(&mut c.diags);
        if failed {
            c.packages[main].scope = saved_scope;
            c.files[file].imports = saved_imports;
            c.pending_methods = saved_pending;
        }
        if !failed {
            let f = match entry {
                crate::parser::Entry::Decls(f) | crate::parser::Entry::Stmts(f) => f.clone(),
            };
            pkg_files.entry(main).or_default().push(f);
        }
        c.refresh_objects(&pkg_files);
        let parked = c.park(main, file, pkg_files);
        if failed {
            let mut diags = diags;
            crate::diag::sort_and_dedup(&mut diags);
            return (parked, Err(diags));
        }
        (parked, Ok(out))
    }
}

impl<'a> Checker<'a> {
    fn park(self, main: usize, file: usize, pkg_files: HashMap<usize, Vec<File>>) -> Parked {
        let Checker {
            types,
            objs,
            universe,
            packages,
            files,
            info,
            blank,
            basics,
            error_type,
            any_type,
            pending_methods,
            refs,
            generics,
            ..
        } = self;
        let mut info = info;
        info.types = types;
        Parked {
            objs,
            universe,
            packages,
            files,
            info,
            blank,
            basics,
            error_type,
            any_type,
            pending_methods,
            refs,
            generics,
            pkg_files,
            main,
            file,
        }
    }

    fn unpark(mut p: Parked, ast: &'a Ast) -> Checker<'a> {
        Checker {
            ast,
            types: std::mem::take(&mut p.info.types),
            objs: p.objs,
            universe: p.universe,
            packages: p.packages,
            files: p.files,
            scopes: super::scope::Scopes::default(),
            cur_file: p.file,
            cur_pkg: p.main,
            depth: 0,
            funcs: Vec::new(),
            diags: Vec::new(),
            info: p.info,
            iota: None,
            blank: p.blank,
            expr_depth: 0,
            depth_reported: false,
            basics: p.basics,
            error_type: p.error_type,
            any_type: p.any_type,
            pending_methods: p.pending_methods,
            blank_decls: Vec::new(),
            decl_stack: Vec::new(),
            refs: p.refs,
            target: super::Target::Shared,
            generics: p.generics,
            user_paths: Default::default(),
            failed_imports: HashMap::default(),
            repl: None,
        }
    }

    /// The compiler's view of every object, rebuilt after an entry (entries resolve earlier
    /// declarations lazily and mark captured variables).
    fn refresh_objects(&mut self, pkg_files: &HashMap<usize, Vec<File>>) {
        self.info.object_names = self.objs.iter().map(|o| o.name).collect();
        self.info.objects = self.objs.iter().map(super::obj_info).collect();
        self.info.packages = self
            .packages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.clone(), pkg_files.get(&i).cloned().unwrap_or_default()))
            .collect();
        let main = self.packages.iter().position(|p| p.path == "main").unwrap_or(0);
        let mut locals: Vec<super::LocalVar> = self
            .objs
            .iter()
            .filter(|o| o.kind == ObjKind::Var && o.decl.is_none() && o.pkg == main && o.pos != Pos::default())
            .map(|o| super::LocalVar { name: o.name, pos: o.pos, escapes: o.escapes })
            .collect();
        locals.sort_by_key(|l| l.pos);
        self.info.locals = locals;
        self.info.expr_types.resize(self.ast.exprs.len(), UNKNOWN);
        self.info.uses.resize(self.ast.exprs.len(), None);
    }

    /// Declares an entry's declarations in main's scope (replacing what a name meant before),
    /// then resolves them and checks function bodies.
    fn entry_decls(&mut self, f: &File, main: usize, file: usize, out: &mut EntryChecked) {
        let ast = self.ast;
        let mut new_objs = Vec::new();
        let mut methods: Vec<(Symbol, crate::ast::DeclId)> = Vec::new();
        for &d in &f.decls {
            match &ast[d].kind {
                DeclKind::Import(specs) => {
                    for s in specs {
                        // An import the session already has under the same name is a no-op.
                        let local = s
                            .name
                            .map(|n| n.name)
                            .or_else(|| self.package_index(&s.path).map(|p| self.packages[p].name));
                        if let Some(l) = local
                            && let Some(&o) = self.files[file].imports.get(&l)
                            && matches!(self.obj(o).kind, ObjKind::PkgName(p) if self.packages[p].path == s.path)
                        {
                            continue;
                        }
                        if let Some(l) = local {
                            self.files[file].imports.remove(&l);
                        }
                        self.import(s, file);
                        if let Some(l) = local
                            && let Some(&o) = self.files[file].imports.get(&l)
                        {
                            self.obj_mut(o).used = true;
                        }
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
                            new_objs.extend(self.redeclare_pkg(main, n.name, n.pos, kind, decl));
                        }
                    }
                }
                DeclKind::Type(specs) => {
                    for (si, spec) in specs.iter().enumerate() {
                        let decl = PkgDecl::Type { decl: d, spec: si };
                        new_objs.extend(self.redeclare_pkg(
                            main,
                            spec.name.name,
                            spec.name.pos,
                            ObjKind::TypeName,
                            decl,
                        ));
                    }
                }
                DeclKind::Func(fd) => {
                    if let Some(recv) = &fd.recv {
                        if let Some(base) = super::decl::receiver_base(ast, recv.ty) {
                            methods.push((base, d));
                        }
                        continue;
                    }
                    if self.name(fd.name.name) == "init" {
                        self.error(Span::at(fd.name.pos), "corgi does not support init functions at the prompt");
                        continue;
                    }
                    if fd.body.is_none() {
                        self.error(Span::at(fd.name.pos), "missing function body");
                    }
                    let decl = PkgDecl::Func { decl: d };
                    new_objs.extend(self.redeclare_pkg(main, fd.name.name, fd.name.pos, ObjKind::Func, decl));
                }
            }
        }
        // Methods: on a type declared by this entry they attach when it resolves; on an earlier
        // type, now.
        for (base, d) in methods {
            self.pending_methods.entry((main, base)).or_default().push((d, file));
            let declared_now = new_objs.iter().any(|&o| self.obj(o).name == base);
            if !declared_now && let Some(&o) = self.packages[main].scope.get(&base) {
                let t = self.obj(o).ty;
                if matches!(self.types.get(t), Type::Named(_)) {
                    let all = self.pending_methods.get(&(main, base)).cloned().unwrap_or_default();
                    self.pending_methods.insert((main, base), vec![(d, file)]);
                    self.attach_methods(t, base);
                    self.pending_methods.insert((main, base), all);
                } else {
                    let n = self.name(base);
                    self.error(Span::at(self.ast[d].span.lo), format!("{n} is not a type declared at the prompt"));
                }
            }
        }
        for &o in &new_objs {
            self.resolve(o);
        }
        for &d in &f.decls {
            self.cur_file = file;
            self.cur_pkg = main;
            if let DeclKind::Func(fd) = &ast[d].kind {
                let obj = fd.recv.is_none().then(|| self.packages[main].scope.get(&fd.name.name).copied()).flatten();
                self.decl_stack.extend(obj);
                self.check_func_decl(fd);
                if obj.is_some() {
                    self.decl_stack.pop();
                }
            }
        }
        self.check_instance_bodies();
        let vars: Vec<ObjId> = new_objs.into_iter().filter(|&o| self.obj(o).kind == ObjKind::Var).collect();
        let order = self.init_order(&vars);
        out.init_vars.extend(order);
    }

    /// Declares a package-level object of main, replacing an earlier declaration of the name.
    fn redeclare_pkg(&mut self, pkg: usize, name: Symbol, pos: Pos, kind: ObjKind, decl: PkgDecl) -> Option<ObjId> {
        let o = self.new_obj(name, kind, UNKNOWN, pos);
        self.obj_mut(o).state = State::Pending;
        self.obj_mut(o).decl = Some(decl);
        if name == self.blank {
            self.blank_decls.push(o);
            return Some(o);
        }
        self.record_def(pos, o);
        self.packages[pkg].scope.insert(name, o);
        Some(o)
    }

    /// Checks an entry of statements: the body of the synthetic entry function, with its
    /// top-level declarations going to main's scope.
    fn entry_stmts(&mut self, f: &File, main: usize, file: usize, out: &mut EntryChecked) {
        let ast = self.ast;
        let Some(&d) = f.decls.first() else { return };
        let DeclKind::Func(fd) = &ast[d].kind else { return };
        let Some(body) = &fd.body else { return };
        self.cur_pkg = main;
        self.cur_file = file;
        self.funcs.push(super::stmt::FuncCtx::default());
        self.scopes.push();
        self.repl = Some(ReplTop { depth: self.scopes.depth(), ..Default::default() });
        for &s in &body.stmts {
            // A bare expression at top level is printed, not an error.
            if let StmtKind::Expr(x) = &ast[s].kind
                && self.scopes.depth() == self.repl.as_ref().map_or(0, |r| r.depth)
            {
                let op = self.expr_or_type(*x);
                if op.invalid {
                    continue;
                }
                if op.mode == super::Mode::TypeExpr {
                    let s = self.operand_string(&op);
                    self.error(ast[*x].span, format!("{s} is not an expression"));
                    continue;
                }
                // A call with no results, or to one of fmt's Print functions (whose byte counts
                // nobody wants to see), prints nothing.
                if op.mode != super::Mode::NoValue
                    && !self.is_fmt_print(*x)
                    && let Some(r) = self.repl.as_mut()
                {
                    r.prints.push(*x);
                }
                continue;
            }
            self.stmt(s);
        }
        let top = self.repl.take().unwrap_or_default();
        self.scopes.pop();
        let _ = self.funcs.pop();
        out.new_vars = top.new_vars;
        out.prints = top.prints;
    }

    /// `fmt.Print…(…)` or `fmt.Fprint…(…)`.
    fn is_fmt_print(&self, x: ExprId) -> bool {
        let ast = self.ast;
        let x = super::expr::unparen(ast, x);
        let ExprKind::Call { func, .. } = &ast[x].kind else { return false };
        let ExprKind::Selector(p, sel) = &ast[*func].kind else { return false };
        let Some(o) = self.use_of(*p) else { return false };
        let ObjKind::PkgName(pkg) = self.obj(o).kind else { return false };
        let n = self.name(sel.name);
        self.packages[pkg].path == "fmt" && (n.starts_with("Print") || n.starts_with("Fprint"))
    }

    /// At the entry's top level, a declaration goes to main's scope (and a variable becomes a
    /// session global). Returns whether it did.
    pub(super) fn declare_at_prompt(&mut self, name: Symbol, obj: ObjId, pos: Pos) -> bool {
        let Some(top) = &self.repl else { return false };
        if self.scopes.depth() != top.depth || self.funcs.len() != 1 {
            return false;
        }
        self.record_def(pos, obj);
        self.obj_mut(obj).used = true;
        if name == self.blank {
            return true;
        }
        let main = self.cur_pkg;
        self.packages[main].scope.insert(name, obj);
        if self.obj(obj).kind == ObjKind::Var
            && let Some(top) = self.repl.as_mut()
        {
            top.new_vars.push(obj);
        }
        true
    }
}

/// The names an entry uses as `X.Sel` where `X` is not declared: candidates for an implicit import.
pub fn selector_roots(ast: &Ast, from: usize) -> Vec<Symbol> {
    let mut out = Vec::new();
    for e in &ast.exprs[from..] {
        if let ExprKind::Selector(x, _) = e.kind
            && let ExprKind::Ident(s) = ast[x].kind
            && !out.contains(&s)
        {
            out.push(s);
        }
    }
    out
}

/// Loads the standard packages `paths` (and what they import) that `have` does not list yet:
/// their files, dependencies first.
pub fn load_std(ast: &mut Ast, sm: &mut SourceMap, paths: &[String], have: &[String]) -> Vec<(String, Vec<File>)> {
    let mut diags = Vec::new();
    let loaded = super::decl::load_paths(ast, sm, paths, have, &mut diags);
    loaded.packages.into_iter().map(|p| (p.path, p.files)).collect()
}

impl Parked {
    /// Go's spelling of types `ts`, as the session sees them (main's types unqualified).
    pub fn type_strings(mut self, ast: &Ast, ts: &[crate::types::TypeId]) -> (Parked, Vec<String>) {
        let (main, file) = (self.main, self.file);
        let pkg_files = std::mem::take(&mut self.pkg_files);
        let c = Checker::unpark(self, ast);
        let out = ts.iter().map(|&t| c.type_string_in(t, main)).collect();
        (c.park(main, file, pkg_files), out)
    }
}
