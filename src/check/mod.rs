//! The type checker: resolves every identifier, gives every expression a type (and constants their
//! exact value), and reports Go's compile errors in types2's words.
//!
//! What it hands to the compiler is [`Info`]: side tables keyed by AST ids (see its fields).
//! Package-level objects are resolved lazily on first use (so declaration order does not matter and
//! cycles are detected), then function bodies are checked in source order.
//!
//! Coverage is deliberately conservative: what the checker cannot model yet (values whose type is a
//! type parameter, generic instantiation, members of packages without a surface) gets the type
//! `types::UNKNOWN`, which satisfies every rule. Such code is not checked further, but no correct
//! program is ever rejected because of it. Errors are reported only from fully known types.

mod assign;
mod builtin;
mod decl;
pub use decl::{Importer, Lookup};
mod describe;
mod expr;
mod generic;
mod infer;
mod initorder;
mod scope;
pub mod session;
mod stmt;
mod typexpr;

use crate::ast::{Ast, DeclKind, ExprId, File, Symbol};
use crate::diag::Diagnostic;
use crate::source::{Pos, SourceMap, Span};
use crate::types::constant::Value;
use crate::types::{BasicKind, TypeId, Types, UNKNOWN};
pub use builtin::Builtin;
pub(super) use expr::{Mode, Operand};
use rustc_hash::FxHashMap as HashMap;

pub use crate::types::ObjRef as ObjId;

/// What the checker hands to the compiler: the AST plus these tables.
#[derive(Default)]
pub struct Info {
    /// The type of every checked expression, indexed by `ExprId` (`UNKNOWN` where unmodelled).
    pub expr_types: Vec<TypeId>,
    /// Constant values of constant expressions.
    pub consts: HashMap<ExprId, Value>,
    /// The object each identifier expression refers to, indexed by `ExprId`.
    pub uses: Vec<Option<ObjId>>,
    /// The object each declared name (by position) introduces.
    pub defs: HashMap<Pos, ObjId>,
    /// Package-level variables in initialization order (by dependency, then source order).
    pub init_order: Vec<ObjId>,
    /// Every local variable (parameters included) of the main package, in source order, with
    /// whether it escapes: its address is taken or a function literal captures it. The compiler
    /// keeps the others in registers.
    pub locals: Vec<LocalVar>,
    /// Every object's name, indexed by `ObjId`.
    pub object_names: Vec<Symbol>,
    /// Expressions that denote types (conversions, composite literal types, `new(T)` arguments…);
    /// their type is in `expr_types`.
    pub type_exprs: rustc_hash::FxHashSet<ExprId>,
    /// The variable a type switch's `v :=` declares in each clause, by the clause's position.
    pub clause_vars: HashMap<Pos, ObjId>,
    /// The type table every `TypeId` above refers to.
    pub types: Types,
    /// Errors about the program as a whole, printed without a position (an import cycle).
    pub package_errors: Vec<String>,
    /// Every object, indexed by `ObjId`.
    pub objects: Vec<ObjInfo>,
    /// Every package, indexed by `ObjInfo::pkg`: its import path and files (surfaces included).
    pub packages: Vec<(String, Vec<File>)>,
    /// Every instance of a generic function or of a generic type's method, each checked again
    /// with its type arguments (see [`Instance`]). Callee expressions that denote an instance
    /// resolve (in `uses`) to its `obj`.
    pub instances: Vec<Instance>,
    /// When the program imports reflect: the pointer type of each type (added where the
    /// program has none), so reflect.PointerTo and reflect.New find one at run time.
    pub pointer_to: rustc_hash::FxHashMap<TypeId, TypeId>,
}

/// A generic function, or a method of a generic type, with concrete type arguments.
///
/// The declaration's body was checked once more for it, with each type parameter bound to its
/// argument; what that check recorded is in `overlay`, which takes precedence over the shared
/// tables of [`Info`] while compiling this instance (the same `ExprId`s are checked once per
/// instance).
#[derive(Debug)]
pub struct Instance {
    /// The generic function's or method's declaration.
    pub decl: crate::ast::DeclId,
    /// The type arguments, in type-parameter order (for a method, the receiver type's).
    pub type_args: Vec<TypeId>,
    /// Go's name for it, e.g. `main.Map[int,string]` or `main.(*Stack[int]).Push`.
    pub name: String,
    /// The package-qualified name of the generic declaration (`slices.Sort`,
    /// `sync/atomic.(*Pointer).Load`): what a body-less instance's native is called.
    pub generic_name: String,
    /// A function object with the instantiated signature; callee expressions resolve to it.
    pub obj: ObjId,
    /// The instantiated signature (receiver excluded).
    pub sig: TypeId,
    /// For a method: the instantiated receiver base type and whether the receiver is a pointer.
    pub recv: Option<(TypeId, bool)>,
    pub overlay: Overlay,
    /// Errors the instance's check found that the generic declaration's did not (corgi's generic
    /// check is lenient): the compiler refuses such an instance instead of running it.
    pub errors: Vec<Diagnostic>,
}

/// What checking one instance recorded, keyed like the shared tables of [`Info`].
#[derive(Debug, Default)]
pub struct Overlay {
    pub expr_types: HashMap<ExprId, TypeId>,
    pub consts: HashMap<ExprId, Value>,
    pub uses: HashMap<ExprId, ObjId>,
    pub defs: HashMap<Pos, ObjId>,
    pub type_exprs: rustc_hash::FxHashSet<ExprId>,
    pub clause_vars: HashMap<Pos, ObjId>,
}

/// What the compiler needs to know of a checked object.
#[derive(Clone, Debug)]
pub struct ObjInfo {
    pub name: Symbol,
    pub kind: ObjKind,
    pub ty: TypeId,
    pub pos: Pos,
    pub val: Option<Value>,
    /// Index into `Info::packages`.
    pub pkg: usize,
    /// The declaration of a package-level object (`None` for locals and universe objects).
    pub decl: Option<crate::ast::DeclId>,
    pub escapes: bool,
}

#[derive(Clone, Debug)]
pub struct LocalVar {
    pub name: Symbol,
    pub pos: Pos,
    pub escapes: bool,
}

impl Info {
    /// The name of a package-level object listed in `init_order`.
    pub fn object_name(&self, o: ObjId) -> Symbol {
        self.object_names.get(o.0 as usize).copied().unwrap_or(Symbol(0))
    }

    /// The names of escaping locals, in source order.
    pub fn escaping_locals(&self) -> Vec<Symbol> {
        self.locals.iter().filter(|l| l.escapes).map(|l| l.name).collect()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ObjKind {
    Const,
    Var,
    TypeName,
    Func,
    PkgName(usize),
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Pending,
    InProgress,
    Done,
}

/// A package-level declaration, resolved on first use.
#[derive(Clone, Copy, Debug)]
enum PkgDecl {
    /// Const spec `spec` of declaration `decl` (values may come from an earlier spec), name `index`.
    Const {
        decl: crate::ast::DeclId,
        spec: usize,
        index: usize,
    },
    Var {
        decl: crate::ast::DeclId,
        spec: usize,
        index: usize,
    },
    Type {
        decl: crate::ast::DeclId,
        spec: usize,
    },
    Func {
        decl: crate::ast::DeclId,
    },
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Symbol,
    pub kind: ObjKind,
    pub ty: TypeId,
    pub pos: Pos,
    pub val: Option<Value>,
    /// Read somewhere (for `declared and not used` and unused imports).
    pub used: bool,
    /// Address taken or captured by a function literal: must live on the heap.
    pub escapes: bool,
    /// Function-literal nesting depth where a local was declared (to see captures).
    depth: u32,
    state: State,
    decl: Option<PkgDecl>,
    /// The file whose imports a package-level declaration sees.
    file: usize,
    pkg: usize,
}

struct Package {
    name: Symbol,
    path: String,
    scope: HashMap<Symbol, ObjId>,
    /// No surface: every member is of unknown type.
    opaque: bool,
}

struct FileCtx {
    imports: HashMap<Symbol, ObjId>,
    pkg: usize,
    /// `import . "p"`: each package whose exported names this file sees unqualified, with the
    /// import's own object (marked used when a name is found through it).
    dots: Vec<(usize, ObjId)>,
}

pub struct Checker<'a> {
    ast: &'a Ast,
    pub types: Types,
    objs: Vec<Object>,
    universe: HashMap<Symbol, ObjId>,
    packages: Vec<Package>,
    files: Vec<FileCtx>,
    /// Local scopes.
    scopes: scope::Scopes,
    cur_file: usize,
    cur_pkg: usize,
    /// Function-literal nesting depth.
    depth: u32,
    funcs: Vec<stmt::FuncCtx>,
    diags: Vec<Diagnostic>,
    info: Info,
    iota: Option<Value>,
    blank: Symbol,
    expr_depth: u32,
    /// The nesting limit was hit and reported once.
    depth_reported: bool,
    /// Basic types by kind, for untyped defaults and results.
    basics: HashMap<BasicKind, TypeId>,
    error_type: TypeId,
    any_type: TypeId,
    /// Method declarations by (package, receiver base type name), attached when the type resolves.
    /// Each entry keeps the method's file: its signature sees that file's imports.
    pending_methods: HashMap<(usize, Symbol), Vec<(crate::ast::DeclId, usize)>>,
    /// Package-level declarations of `_`, checked but not in scope.
    blank_decls: Vec<ObjId>,
    /// The package-level declarations being resolved or checked, innermost last.
    decl_stack: Vec<ObjId>,
    /// References between package-level objects, for initialization order.
    refs: HashMap<ObjId, rustc_hash::FxHashSet<ObjId>>,
    /// Where checking results are recorded (the shared tables, or an instance's overlay).
    target: Target,
    /// Generic instantiation state (memo tables, queue of bodies to check).
    generics: generic::State,
    /// Import paths of the user's packages (not standard-library surfaces).
    user_paths: rustc_hash::FxHashSet<String>,
    /// Import paths that could not be loaded, with Go's message.
    failed_imports: HashMap<String, String>,
    /// Checking a REPL entry of statements (see `session`).
    repl: Option<session::ReplTop>,
}

/// Where the checker records its results.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    /// The shared tables of `Info`.
    Shared,
    /// `Info::instances[i].overlay`.
    Inst(usize),
    /// Nowhere (a generic type's structure checked for one instantiation).
    Discard,
}

/// Expression nesting past this depth is reported rather than recursed into.
const MAX_EXPR_DEPTH: u32 = 3000;

/// Type-checks the `main` package made of `files`, loading imported standard-library packages from
/// their surfaces (`crate::stdlib`).
pub fn check_program(ast: &mut Ast, sm: &mut SourceMap, files: &[File]) -> (Info, Vec<Diagnostic>) {
    check_packages(ast, sm, files, "main", &mut |_| decl::Lookup::NotFound)
}

/// Type-checks the `main` package made of `files` and every package it imports: the user's
/// packages found by `importer` (checked like main, dependencies first), the standard library
/// from its surfaces. An import cycle leaves `Info::package_errors` set and checks nothing.
pub fn check_packages(
    ast: &mut Ast,
    sm: &mut SourceMap,
    files: &[File],
    root: &str,
    importer: decl::Importer,
) -> (Info, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let loaded = decl::load_packages(ast, sm, files, root, importer, &mut diags);
    if let Some(cycle) = loaded.cycle {
        let info = Info { package_errors: vec![cycle], ..Default::default() };
        return (info, Vec::new());
    }
    if !loaded.failed.is_empty() {
        // As go build, packages that cannot be loaded end the build before type checking.
        let mut lines = Vec::new();
        for f in files.iter().chain(loaded.packages.iter().flat_map(|p| p.files.iter())) {
            for &d in &f.decls {
                let DeclKind::Import(specs) = &ast[d].kind else { continue };
                for s in specs {
                    if let Some(msg) = loaded.failed.get(&s.path) {
                        let loc = sm.location(s.span.lo);
                        let name = sm.file(f.file).name.trim_start_matches("./").to_string();
                        lines.push(format!("{name}:{}:{}: {msg}", loc.line, loc.col));
                    }
                }
            }
        }
        let info = Info { package_errors: lines, ..Default::default() };
        return (info, Vec::new());
    }
    // Package names of imports without a surface are not in the source as identifiers.
    for f in files.iter().chain(loaded.packages.iter().flat_map(|p| p.files.iter())) {
        for &d in &f.decls {
            if let DeclKind::Import(specs) = &ast[d].kind {
                let names: Vec<String> =
                    specs.iter().map(|s| crate::stdlib::package_name(&s.path).to_string()).collect();
                for n in names {
                    ast.interner.intern(&n);
                }
            }
        }
    }
    let mut c = Checker::new(ast);
    c.diags = diags;
    c.failed_imports = loaded.failed;
    c.user_paths = loaded.packages.iter().filter(|p| p.user).map(|p| p.path.clone()).collect();
    let mut indices = Vec::new();
    for p in &loaded.packages {
        indices.push(c.add_package(&p.path, &p.files, p.user));
    }
    // The user's packages, dependencies first, each with its own initialization order.
    let mut user_init_order = Vec::new();
    for (p, &idx) in loaded.packages.iter().zip(&indices) {
        if p.user {
            c.check_package_bodies(idx, &p.files);
            user_init_order.append(&mut c.info.init_order);
            c.report_unused_imports(idx);
        }
    }
    let main_files: Vec<File> = files.to_vec();
    let main = c.add_package("main", &main_files, true);
    c.check_package_bodies(main, &main_files);
    // Standard-library packages written partly in Go (function bodies or initialized variables in
    // their surfaces, e.g. context): their bodies are checked like main's, so the compiler can compile them.
    // Their package variables are initialised before main's, as Go initialises imports first.
    let main_init_order = std::mem::take(&mut c.info.init_order);
    let mut init_order = Vec::new();
    for p in loaded.packages.iter().filter(|p| !p.user) {
        // Variables with initializers count too: internal/oserror is nothing else.
        let has_go = p.files.iter().any(|f| {
            f.decls.iter().any(|&d| match &c.ast[d].kind {
                DeclKind::Func(fd) => fd.body.is_some(),
                DeclKind::Var(specs) => specs.iter().any(|s| !s.values.is_empty()),
                _ => false,
            })
        });
        if has_go && let Some(idx) = c.packages.iter().position(|q| q.path == p.path) {
            c.check_package_bodies(idx, &p.files);
            init_order.append(&mut c.info.init_order);
        }
    }
    init_order.extend(user_init_order);
    init_order.extend(main_init_order);
    c.info.init_order = init_order;
    c.report_unused_imports(main);
    let main_pkg = main;
    let mut locals: Vec<LocalVar> = c
        .objs
        .iter()
        .filter(|o| o.kind == ObjKind::Var && o.decl.is_none() && o.pkg == main_pkg && o.pos != Pos::default())
        .map(|o| LocalVar { name: o.name, pos: o.pos, escapes: o.escapes })
        .collect();
    locals.sort_by_key(|l| l.pos);
    c.info.locals = locals;
    c.info.object_names = c.objs.iter().map(|o| o.name).collect();
    c.info.objects = c.objs.iter().map(obj_info).collect();
    let mut packages: Vec<(String, Vec<File>)> = c.packages.iter().map(|p| (p.path.clone(), Vec::new())).collect();
    for p in loaded.packages {
        if let Some(slot) = packages.iter_mut().find(|(q, _)| *q == p.path) {
            slot.1 = p.files;
        }
    }
    packages[main].1 = main_files;
    let Checker { diags, mut info, types, .. } = c;
    info.types = types;
    info.packages = packages;
    if info.packages.iter().any(|(p, _)| p == "reflect") {
        add_pointer_types(&mut info);
    }
    info.expr_types.resize(ast.exprs.len(), UNKNOWN);
    (info, diags)
}

/// Fills `Info::pointer_to`: every non-pointer type gets its pointer type (a new one when the
/// program has none).
fn add_pointer_types(info: &mut Info) {
    use crate::types::Type;
    let n = info.types.len();
    for i in 0..n {
        if let Type::Pointer(e) = info.types.get(TypeId(i as u32)) {
            info.pointer_to.entry(*e).or_insert(TypeId(i as u32));
        }
    }
    for i in 1..n {
        let t = TypeId(i as u32);
        let wanted = match info.types.get(t) {
            Type::Named(nd) => !nd.generic,
            Type::Basic(k) => !k.is_untyped() && *k != crate::types::BasicKind::Invalid,
            Type::Slice(_) | Type::Array(..) | Type::Map(..) | Type::Chan(..) | Type::Struct(_) | Type::Func(_) => true,
            Type::Interface { exact, .. } => *exact,
            _ => false,
        };
        if wanted && !info.pointer_to.contains_key(&t) {
            let p = info.types.add(Type::Pointer(t));
            info.pointer_to.insert(t, p);
        }
    }
}

/// What the compiler needs to know of object `o`.
fn obj_info(o: &Object) -> ObjInfo {
    ObjInfo {
        name: o.name,
        kind: o.kind,
        ty: o.ty,
        pos: o.pos,
        val: o.val.clone(),
        pkg: o.pkg,
        decl: o.decl.map(|d| match d {
            PkgDecl::Const { decl, .. } | PkgDecl::Var { decl, .. } | PkgDecl::Type { decl, .. } => decl,
            PkgDecl::Func { decl } => decl,
        }),
        escapes: o.escapes,
    }
}

impl<'a> Checker<'a> {
    fn new(ast: &'a mut Ast) -> Checker<'a> {
        // The interner is the only part of the AST the checker adds to (universe names).
        let blank = ast.interner.intern("_");
        builtin::intern_universe_names(&mut ast.interner);
        let ast: &'a Ast = ast;
        let mut c = Checker {
            ast,
            types: Types::default(),
            objs: Vec::new(),
            universe: HashMap::default(),
            packages: Vec::new(),
            files: Vec::new(),
            scopes: scope::Scopes::default(),
            cur_file: 0,
            cur_pkg: 0,
            depth: 0,
            funcs: Vec::new(),
            diags: Vec::new(),
            info: Info::default(),
            iota: None,
            blank,
            expr_depth: 0,
            depth_reported: false,
            basics: HashMap::default(),
            error_type: UNKNOWN,
            any_type: UNKNOWN,
            pending_methods: HashMap::default(),
            blank_decls: Vec::new(),
            decl_stack: Vec::new(),
            refs: HashMap::default(),
            target: Target::Shared,
            generics: generic::State::default(),
            user_paths: Default::default(),
            failed_imports: HashMap::default(),
            repl: None,
        };
        c.info.expr_types = vec![UNKNOWN; ast.exprs.len()];
        c.info.uses = vec![None; ast.exprs.len()];
        builtin::populate_universe(&mut c);
        c
    }

    fn sym(&self, s: &str) -> Option<Symbol> {
        self.ast.interner.lookup(s)
    }

    fn name(&self, s: Symbol) -> &'a str {
        self.ast.interner.get(s)
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    fn new_obj(&mut self, name: Symbol, kind: ObjKind, ty: TypeId, pos: Pos) -> ObjId {
        self.objs.push(Object {
            name,
            kind,
            ty,
            pos,
            val: None,
            used: false,
            escapes: false,
            depth: self.depth,
            state: State::Done,
            decl: None,
            file: self.cur_file,
            pkg: self.cur_pkg,
        });
        ObjId(self.objs.len() as u32 - 1)
    }

    fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.basics.get(&k).copied().unwrap_or(UNKNOWN)
    }

    /// Declares `obj` in the innermost local scope; reports a redeclaration.
    fn declare_local(&mut self, name: Symbol, obj: ObjId, pos: Pos) {
        if self.repl.is_some() && self.declare_at_prompt(name, obj, pos) {
            return;
        }
        if name == self.blank {
            return;
        }
        self.record_def(pos, obj);
        if self.scopes.innermost(name).is_some() {
            // The first declaration stays in scope, as in Go.
            self.obj_mut(obj).used = true;
            let n = self.name(name);
            self.error(Span::at(pos), format!("{n} redeclared in this block"));
        } else {
            self.scopes.insert(name, obj);
        }
    }

    /// Looks a name up: local scopes, then the file's imports, the package, the universe.
    fn lookup(&mut self, name: Symbol) -> Option<ObjId> {
        if let Some(o) = self.scopes.lookup(name) {
            return Some(o);
        }
        if let Some(&o) = self.files.get(self.cur_file).and_then(|f| f.imports.get(&name)) {
            return Some(o);
        }
        if let Some(&o) = self.packages.get(self.cur_pkg).and_then(|p| p.scope.get(&name)) {
            return Some(o);
        }
        let dots = self.files.get(self.cur_file).map(|f| f.dots.clone()).unwrap_or_default();
        for (p, imp) in dots {
            let exported = self.name(name).starts_with(|c: char| c.is_uppercase());
            if let Some(&o) = self.packages[p].scope.get(&name)
                && exported
            {
                self.obj_mut(imp).used = true;
                return Some(o);
            }
        }
        self.universe.get(&name).copied()
    }

    /// Whether the body being checked is one instantiation of a generic function.
    fn in_instance(&self) -> bool {
        matches!(self.target, Target::Inst(_))
    }

    fn overlay_mut(&mut self) -> Option<&mut Overlay> {
        match self.target {
            Target::Inst(i) => self.info.instances.get_mut(i).map(|inst| &mut inst.overlay),
            _ => None,
        }
    }

    fn overlay(&self) -> Option<&Overlay> {
        match self.target {
            Target::Inst(i) => self.info.instances.get(i).map(|inst| &inst.overlay),
            _ => None,
        }
    }

    fn record_use(&mut self, e: ExprId, o: ObjId) {
        match self.target {
            Target::Shared => {
                if let Some(slot) = self.info.uses.get_mut(e.index()) {
                    *slot = Some(o);
                }
            }
            Target::Inst(_) => {
                self.overlay_mut().map(|ov| ov.uses.insert(e, o));
            }
            Target::Discard => {}
        }
    }

    fn record_type_expr(&mut self, e: ExprId, t: TypeId) {
        self.record_type(e, t);
        match self.target {
            Target::Shared => {
                self.info.type_exprs.insert(e);
            }
            Target::Inst(_) => {
                self.overlay_mut().map(|ov| ov.type_exprs.insert(e));
            }
            Target::Discard => {}
        }
    }

    fn record_type(&mut self, e: ExprId, t: TypeId) {
        match self.target {
            Target::Shared => {
                if let Some(slot) = self.info.expr_types.get_mut(e.index()) {
                    *slot = t;
                }
            }
            Target::Inst(_) => {
                self.overlay_mut().map(|ov| ov.expr_types.insert(e, t));
            }
            Target::Discard => {}
        }
    }

    fn record_const(&mut self, e: ExprId, v: Value) {
        match self.target {
            Target::Shared => {
                self.info.consts.insert(e, v);
            }
            Target::Inst(_) => {
                self.overlay_mut().map(|ov| ov.consts.insert(e, v));
            }
            Target::Discard => {}
        }
    }

    fn record_def(&mut self, pos: Pos, o: ObjId) {
        match self.target {
            Target::Shared => {
                self.info.defs.insert(pos, o);
            }
            Target::Inst(_) => {
                self.overlay_mut().map(|ov| ov.defs.insert(pos, o));
            }
            Target::Discard => {}
        }
    }

    fn record_clause_var(&mut self, pos: Pos, o: ObjId) {
        match self.target {
            Target::Shared => {
                self.info.clause_vars.insert(pos, o);
            }
            Target::Inst(_) => {
                self.overlay_mut().map(|ov| ov.clause_vars.insert(pos, o));
            }
            Target::Discard => {}
        }
    }

    /// The object identifier expression `e` was recorded to refer to (in the current target).
    fn use_of(&self, e: ExprId) -> Option<ObjId> {
        if let Some(&o) = self.overlay().and_then(|ov| ov.uses.get(&e)) {
            return Some(o);
        }
        self.info.uses.get(e.index()).copied().flatten()
    }

    /// The type recorded for expression `e` (in the current target).
    fn type_of(&self, e: ExprId) -> TypeId {
        if let Some(&t) = self.overlay().and_then(|ov| ov.expr_types.get(&e)) {
            return t;
        }
        self.info.expr_types.get(e.index()).copied().unwrap_or(UNKNOWN)
    }

    fn report_unused_imports(&mut self, pkg: usize) {
        let mut unused = Vec::new();
        for f in &self.files {
            if f.pkg != pkg {
                continue;
            }
            for &o in f.imports.values().chain(f.dots.iter().map(|(_, o)| o)) {
                let obj = self.obj(o);
                if !obj.used {
                    unused.push(o);
                }
            }
        }
        for o in unused {
            let obj = self.obj(o).clone();
            let ObjKind::PkgName(p) = obj.kind else { continue };
            let path = self.packages[p].path.clone();
            let pkg_name = self.packages[p].name;
            let local = self.name(obj.name);
            let msg = if pkg_name == obj.name || local == "." || path.rsplit('/').next() == Some(local) {
                format!("{path:?} imported and not used")
            } else {
                format!("{path:?} imported as {local} and not used")
            };
            self.error(Span::at(obj.pos), msg);
        }
    }

    fn check_package_bodies(&mut self, pkg: usize, files: &[File]) {
        let ast = self.ast;
        // Resolve every package-level object first (reports errors in declarations)…
        let objs: Vec<ObjId> = self.packages[pkg].scope.values().copied().collect();
        let mut objs = objs;
        // Blank declarations are in no scope but are checked, and a blank variable's initializer
        // runs in initialization order like any other (`var _ = register()`).
        let blanks = self.blank_decls.iter().copied().filter(|&o| self.obj(o).pkg == pkg);
        objs.extend(blanks.collect::<Vec<_>>());
        objs.sort_by_key(|o| self.obj(*o).pos);
        for o in &objs {
            self.resolve(*o);
        }
        for (fi, f) in files.iter().enumerate() {
            let file_idx = self.file_index(pkg, fi);
            for &d in &f.decls {
                self.cur_file = file_idx;
                self.cur_pkg = pkg;
                // Only function bodies remain: package-level initializers were checked when resolved.
                if let DeclKind::Func(fd) = &ast[d].kind {
                    let obj =
                        (fd.recv.is_none()).then(|| self.packages[pkg].scope.get(&fd.name.name).copied()).flatten();
                    self.decl_stack.extend(obj);
                    self.check_func_decl(fd);
                    if obj.is_some() {
                        self.decl_stack.pop();
                    }
                }
            }
        }
        self.check_instance_bodies();
        let vars: Vec<ObjId> = objs.into_iter().filter(|o| self.obj(*o).kind == ObjKind::Var).collect();
        self.info.init_order = self.init_order(&vars);
    }

    fn file_index(&self, pkg: usize, nth: usize) -> usize {
        self.files.iter().enumerate().filter(|(_, f)| f.pkg == pkg).map(|(i, _)| i).nth(nth).unwrap_or(0)
    }
}
