//! The compiler: from the checked AST (`check::Info`) to register bytecode (`vm::Program`).
//!
//! Every Go value is one 64-bit word in a register (see docs/ARCHITECTURE.md, "Values"): scalars
//! directly; strings, slices, interfaces, maps, functions as a pointer to a heap object; struct
//! and array values as a pointer to a block the variable owns, so assignment copies into the block
//! and `&x` of a struct variable is the block itself. Locals live in registers unless the checker
//! marked them escaping, in which case scalars get a one-word heap cell.
//!
//! What the compiler cannot compile yet is a compile error naming the feature, never a wrong program.

mod call;
mod expr;
mod func;
mod generic;
mod inline;
mod lower;
mod rangefunc;
mod reflect;
pub mod session;
mod stmt;

use crate::ast::{Ast, DeclId, DeclKind, ExprId, ExprKind, FuncDecl, Symbol};
use crate::check::{Info, ObjId, ObjKind};
use crate::diag::Diagnostic;
use crate::source::{Pos, SourceMap, Span};
use crate::types::{Type, TypeId};
use crate::vm::program::{ConstWord, Func, Program};
use crate::vm::rtype::TypeIdx;
use func::FnState;
use rustc_hash::FxHashMap;

/// A function body waiting to be compiled.
#[derive(Clone, Copy)]
enum Body {
    Decl(DeclId),
    /// `Info::instances[i]`: a generic function or method with concrete type arguments.
    Instance(usize),
}

pub struct Compiler<'a> {
    ast: &'a Ast,
    info: &'a Info,
    sm: &'a SourceMap,
    program: Program,
    rtypes: FxHashMap<TypeId, TypeIdx>,
    rtype_keys: FxHashMap<String, TypeIdx>,
    method_ids: FxHashMap<String, u32>,
    /// Top-level functions by object.
    funcs: FxHashMap<ObjId, u32>,
    /// Functions whose calls compile to their body (`inline`).
    inlinable: FxHashMap<ObjId, inline::InlineBody>,
    /// Methods by (receiver base named type, name): function and whether the receiver is a pointer.
    methods: FxHashMap<(TypeId, Symbol), (u32, bool)>,
    /// Natives by function index.
    native_of: FxHashMap<u32, u32>,
    globals: FxHashMap<ObjId, u32>,
    pending: Vec<(u32, Body)>,
    errors: Vec<Diagnostic>,
    /// Where the construct being compiled is, for "not supported" errors.
    here: Pos,
    /// Set while a tuple assignment takes its places: an indexed place's address (and its bounds
    /// or nil check) is collected here, to be emitted just before its store, since Go evaluates
    /// index operands first but panics for an index only when that assignment happens.
    deferred_addr: Option<Vec<crate::vm::op::Op>>,
    /// With `deferred_addr`: whether the statement assigns a variable, so an index operand read
    /// from a variable's register must be copied first.
    pin_index_operands: bool,
    fns: Vec<FnState>,
    func_consts: FxHashMap<u32, u32>,
    str_consts: FxHashMap<Vec<u8>, u32>,
    /// Wrapper functions already made: (kind, type, method) → function.
    wrappers: FxHashMap<(u8, TypeIdx, u32), u32>,
    lit_counter: FxHashMap<String, u32>,
    /// The checker's basic types by kind.
    basics: FxHashMap<crate::types::BasicKind, TypeId>,
    methods_done: rustc_hash::FxHashSet<TypeIdx>,
    /// Natives by qualified name.
    native_index: FxHashMap<String, u32>,
    /// Body-less functions without a native.
    bodiless: rustc_hash::FxHashSet<u32>,
    /// Package-level objects by declaring position.
    pkg_objs: FxHashMap<Pos, ObjId>,
    /// main's init functions, in source order.
    /// `init` functions with their package, in source order.
    inits: Vec<(usize, u32)>,
    any_t: Option<TypeId>,
    /// Lowering runtime-internal types: parts corgi cannot model are left out silently.
    quiet: bool,
    /// Types with methods first lowered while `quiet`: their method tables are built when the
    /// program itself lowers them (fmt then finds a nested time.Duration's String).
    quiet_lowered: rustc_hash::FxHashSet<TypeId>,
    /// The program imports reflect: lowering records what it needs (see `reflect.rs`).
    reflect_on: bool,
    /// Inside a `defer`/`go` thunk: argument expressions replaced by closure words.
    arg_overrides: FxHashMap<ExprId, u16>,
    /// The generic instance whose body is being compiled: checker results come from its overlay
    /// first (see the accessors at the end of this file).
    inst: Option<usize>,
}

pub(crate) fn expr_unparen(ast: &Ast, mut e: ExprId) -> ExprId {
    while let ExprKind::Paren(x) = ast[e].kind {
        e = x;
    }
    e
}

/// Compiles the checked program; errors are Go-style diagnostics (unsupported features).
pub fn compile(ast: &Ast, info: &Info, sm: &SourceMap) -> Result<Program, Vec<Diagnostic>> {
    let mut c = Compiler::new(ast, info, sm);
    c.declare_all();
    c.well_known();
    c.time_well_known();
    let entry = c.compile_entry();
    c.program.entry = entry;
    while let Some((fid, body)) = c.pending.pop() {
        match body {
            Body::Decl(d) => c.compile_decl_body(fid, d),
            Body::Instance(i) => c.compile_instance_body(fid, i),
        }
    }
    c.program.method_ids = std::mem::take(&mut c.method_ids);
    if c.errors.is_empty() {
        Ok(c.program)
    } else {
        crate::diag::sort_and_dedup(&mut c.errors);
        Err(c.errors)
    }
}

impl<'a> Compiler<'a> {
    /// A compiler with an empty program: type 0 (the nil interface's), the natives, the files.
    fn new(ast: &'a Ast, info: &'a Info, sm: &'a SourceMap) -> Compiler<'a> {
        let mut c = Compiler {
            ast,
            info,
            sm,
            program: Program::default(),
            rtypes: FxHashMap::default(),
            rtype_keys: FxHashMap::default(),
            method_ids: FxHashMap::default(),
            funcs: FxHashMap::default(),
            inlinable: FxHashMap::default(),
            methods: FxHashMap::default(),
            native_of: FxHashMap::default(),
            globals: FxHashMap::default(),
            pending: Vec::new(),
            errors: Vec::new(),
            here: Pos::default(),
            deferred_addr: None,
            pin_index_operands: false,
            fns: Vec::new(),
            func_consts: FxHashMap::default(),
            str_consts: FxHashMap::default(),
            wrappers: FxHashMap::default(),
            lit_counter: FxHashMap::default(),
            basics: FxHashMap::default(),
            methods_done: Default::default(),
            pkg_objs: FxHashMap::default(),
            native_index: FxHashMap::default(),
            bodiless: Default::default(),
            inits: Vec::new(),
            any_t: None,
            arg_overrides: FxHashMap::default(),
            quiet: false,
            quiet_lowered: Default::default(),
            reflect_on: info.packages.iter().any(|(p, _)| p == "reflect"),
            inst: None,
        };
        for i in 0..info.types.len() {
            if let Type::Basic(k) = info.types.get(TypeId(i as u32)) {
                c.basics.entry(*k).or_insert(TypeId(i as u32));
            }
        }
        // Type index 0: the nil interface's "no type".
        c.program.types.list.push(crate::vm::rtype::RType {
            kind: crate::vm::rtype::Kind::Nil,
            name: "<nil>".into(),
            named: false,
            has_pointers: false,
            reflect_kind: 0,
        });
        c.program.files = sm.files().map(|(_, f)| f.name.clone()).collect();
        c.program.natives = crate::natives::table();
        c.native_index = c.program.natives.iter().enumerate().map(|(i, (n, _))| (n.clone(), i as u32)).collect();
        c
    }
}

impl<'a> Compiler<'a> {
    fn unsupported_here(&mut self, what: &str) {
        if self.quiet {
            return;
        }
        let pos = self.here;
        self.errors.push(Diagnostic::new(Span::at(pos), format!("corgi does not support {what} yet")));
    }

    fn new_func(&mut self, name: String) -> u32 {
        self.program.funcs.push(Func { name, ..Default::default() });
        (self.program.funcs.len() - 1) as u32
    }

    /// Assigns function indices to every function and method, and global indices to every
    /// package-level variable.
    fn declare_all(&mut self) {
        let info = self.info;
        for (i, o) in info.objects.iter().enumerate() {
            if o.decl.is_some() {
                self.pkg_objs.insert(o.pos, ObjId(i as u32));
            }
        }
        for (pkg, (_, files)) in info.packages.iter().enumerate() {
            self.declare_funcs(pkg, files);
        }
        self.declare_instances(0);
        // Globals.
        for (i, o) in info.objects.iter().enumerate() {
            if o.kind == ObjKind::Var && o.decl.is_some() {
                self.declare_global(ObjId(i as u32));
            }
        }
    }

    /// Gives package-level variable `o` a global (standard-library ones are set by the runtime).
    fn declare_global(&mut self, o: ObjId) {
        let info = self.info;
        let obj = &info.objects[o.0 as usize];
        let g = self.program.globals.len() as u32;
        let main = info.packages[obj.pkg].0 == "main";
        let t = if main || !info.types.is_vague(obj.ty) { self.rtype(obj.ty) } else { 0 };
        self.program.globals.push(t);
        self.globals.insert(o, g);
        let path = &info.packages[obj.pkg].0;
        if path != "main" {
            self.program.runtime_globals.push((g, format!("{path}.{}", self.ast.name(obj.name))));
        }
    }

    /// Assigns function indices to the functions and methods `files` of package `pkg` declare.
    fn declare_funcs(&mut self, pkg: usize, files: &[crate::ast::File]) {
        let info = self.info;
        let ast = self.ast;
        let path = &info.packages[pkg].0;
        {
            let short = path.clone();
            for f in files {
                for &d in &f.decls {
                    let DeclKind::Func(fd) = &ast[d].kind else { continue };
                    if !fd.sig.type_params.is_empty() && fd.body.is_some() {
                        // Generic: compiled per instance (`declare_instances`). A body-less one
                        // (a native) stays callable by its own object too.
                        continue;
                    }
                    let fname = ast.name(fd.name.name).to_string();
                    match &fd.recv {
                        None => {
                            let Some(&obj) = self.pkg_objs.get(&fd.name.pos) else {
                                // init functions are not objects.
                                if fname == "init" && fd.body.is_some() {
                                    let n = self.inits.iter().filter(|(p, _)| *p == pkg).count();
                                    let name = format!("{short}.init.{n}");
                                    let fid = self.new_func(name.clone());
                                    self.inits.push((pkg, fid));
                                    self.attach_body(fid, d, fd, &name);
                                }
                                continue;
                            };
                            if fname == "init" || fname == "_" {
                                // Not referable; compiled when main's package runs its inits.
                            }
                            let fid = self.new_func(format!("{short}.{fname}"));
                            self.funcs.insert(obj, fid);
                            self.note_inlinable(obj, d);
                            self.attach_body(fid, d, fd, &format!("{short}.{fname}"));
                        }
                        Some(recv) => {
                            let rt = info.expr_types.get(recv.ty.index()).copied().unwrap_or_default();
                            let (base, ptr) = match info.types.get(rt) {
                                Type::Pointer(e) => (*e, true),
                                _ => (rt, false),
                            };
                            // Body-less (native) methods' receivers were not resolved by the
                            // checker: find the named type by name in the package.
                            let (base, ptr) = if rt == TypeId::default() {
                                let mut e = recv.ty;
                                let mut ptr = false;
                                loop {
                                    match &ast[e].kind {
                                        ExprKind::Star(x) => {
                                            ptr = true;
                                            e = *x;
                                        }
                                        ExprKind::Paren(x) | ExprKind::Index(x, _) => e = *x,
                                        _ => break,
                                    }
                                }
                                let ExprKind::Ident(name) = ast[e].kind else { continue };
                                let Some(o) = info.objects.iter().find(|o| {
                                    o.kind == ObjKind::TypeName && o.pkg == pkg && o.name == name && o.decl.is_some()
                                }) else {
                                    continue;
                                };
                                (o.ty, ptr)
                            } else {
                                (base, ptr)
                            };
                            let tn = match info.types.get(base) {
                                Type::Named(n) if !n.generic => ast.name(n.name).to_string(),
                                // Methods of generic types are compiled per instance.
                                _ => continue,
                            };
                            let qual =
                                if ptr { format!("{short}.(*{tn}).{fname}") } else { format!("{short}.{tn}.{fname}") };
                            let fid = self.new_func(qual.clone());
                            self.methods.insert((base, fd.name.name), (fid, ptr));
                            // errors.Is/As tell `Unwrap() []error` from `Unwrap() error`.
                            if fname == "Unwrap"
                                && let [r] = fd.sig.results.as_slice()
                                && matches!(ast[r.ty].kind, ExprKind::ArrayType { len: None, .. })
                            {
                                self.program.slice_results.insert(fid);
                            }
                            self.attach_body(fid, d, fd, &qual);
                        }
                    }
                }
            }
        }
    }

    fn attach_body(&mut self, fid: u32, d: DeclId, fd: &FuncDecl, qual: &str) {
        let f = &mut self.program.funcs[fid as usize];
        f.nparams = (fd.sig.params.iter().map(|p| p.names.len().max(1)).sum::<usize>()
            + fd.recv.as_ref().map_or(0, |_| 1)) as u16;
        f.nresults = fd.sig.results.iter().map(|p| p.names.len().max(1)).sum::<usize>() as u16;
        if fd.body.is_some() {
            self.pending.push((fid, Body::Decl(d)));
        } else {
            self.attach_native(fid, qual);
        }
    }

    fn well_known(&mut self) {
        use crate::vm::rtype::{Kind, RType};
        let add = |c: &mut Self, name: &str, kind: Kind| {
            let reflect_kind = crate::vm::rtype::reflect_kind(&kind, name == "int" || name == "uint");
            c.program.types.list.push(RType { kind, name: name.into(), named: true, has_pointers: true, reflect_kind });
            (c.program.types.list.len() - 1) as TypeIdx
        };
        let string = add(self, "string", Kind::String);
        self.program.types.list[string as usize].named = false;
        let mut wk = self.program.well_known;
        wk.string = string;
        // Pointer kinds: these errors compare by identity, as Go's pointer types do.
        wk.error_string = add(self, "*errors.errorString", Kind::Pointer(string));
        wk.runtime_error = add(self, "runtime.Error", Kind::String);
        wk.wrap_error = add(self, "*fmt.wrapError", Kind::Pointer(string));
        wk.join_error = add(self, "*errors.joinError", Kind::Pointer(string));
        wk.panic_nil_error = add(self, "*runtime.PanicNilError", Kind::String);
        // The universe's error interface.
        let types = &self.info.types;
        if let Some(e) = (0..types.len())
            .map(|i| TypeId(i as u32))
            .find(|&t| matches!(types.get(t), Type::Named(n) if n.pkg.is_none() && self.ast.name(n.name) == "error"))
        {
            wk.error_iface = self.rtype(e);
        }
        self.program.well_known = wk;
        for (t, name, sig) in [
            (wk.error_string, "Error", "func() string"),
            (wk.runtime_error, "Error", "func() string"),
            (wk.runtime_error, "RuntimeError", "func()"),
            (wk.wrap_error, "Error", "func() string"),
            (wk.wrap_error, "Unwrap", "func() error"),
            (wk.join_error, "Error", "func() string"),
            (wk.join_error, "Unwrap", "func() []error"),
            (wk.panic_nil_error, "Error", "func() string"),
            (wk.panic_nil_error, "RuntimeError", "func()"),
        ] {
            let m = self.method_name(name);
            let si = self.func_rtype_named(sig);
            self.program.method_sigs.insert((t, m), si);
            let native = format!("{}.{name}", self.program.types.get(t).name);
            let fid = self.new_func(native.clone());
            self.program.funcs[fid as usize].nparams = 1;
            self.program.funcs[fid as usize].nresults = 1;
            self.attach_native(fid, &native);
            self.program.methods.insert((t, m), fid);
            self.program.method_sets.entry(t).or_default().push(m);
            if self.reflect_on {
                self.reflect_builtin_methods(&[(t, name, fid)]);
            }
        }
        // fmt.State for Formatters: natives over a cell [text, wid, prec, flags].
        wk.fmt_state = add(self, "*fmt.pp", Kind::Pointer(string));
        self.program.well_known = wk;
        for (name, np, nr) in
            [("Write", 2, 2), ("WriteString", 2, 2), ("Width", 1, 2), ("Precision", 1, 2), ("Flag", 2, 1)]
        {
            let m = self.method_name(name);
            let native = format!("*fmt.pp.{name}");
            let fid = self.new_func(native.clone());
            self.program.funcs[fid as usize].nparams = np;
            self.program.funcs[fid as usize].nresults = nr;
            self.attach_native(fid, &native);
            self.program.methods.insert((wk.fmt_state, m), fid);
            self.program.method_sets.entry(wk.fmt_state).or_default().push(m);
        }
        for v in self.program.method_sets.values_mut() {
            v.sort_unstable();
        }
    }

    /// time's timer types, made by natives (when the program has package time).
    fn time_well_known(&mut self) {
        let mut wk = self.program.well_known;
        let info = self.info;
        self.quiet = true;
        let time_pkg = info.packages.iter().position(|(p, _)| p == "time");
        if let Some(tp) = time_pkg {
            for (name, slot) in [("Timer", 0), ("Ticker", 1), ("Time", 3), ("Duration", 2), ("Location", 2)] {
                let Some(o) = info.objects.iter().find(|o| {
                    o.kind == ObjKind::TypeName && o.pkg == tp && self.ast.name(o.name) == name && o.decl.is_some()
                }) else {
                    continue;
                };
                let ty = o.ty;
                let ti = self.rtype(ty);
                if slot == 0 {
                    wk.time_timer = ti;
                } else if slot == 1 {
                    wk.time_ticker = ti;
                } else if slot == 3 {
                    wk.time_time = ti;
                }
                // Timer's and Ticker's first field is their channel C; either may be all the
                // program declares.
                if slot < 2
                    && wk.time_chan == 0
                    && let Type::Struct(fields) = info.types.get(info.types.under(ty))
                    && let Some(f) = fields.first()
                {
                    wk.time_chan = self.rtype(f.ty);
                }
            }
            // Declarations are resolved lazily: time.After may be known when Timer is not.
            if wk.time_chan == 0
                && let Some(o) = info.objects.iter().find(|o| {
                    o.kind == ObjKind::Func
                        && o.pkg == tp
                        && matches!(self.ast.name(o.name), "After" | "Tick")
                        && matches!(info.types.get(o.ty), Type::Func(s) if s.results.len() == 1)
                })
                && let Type::Func(sig) = info.types.get(o.ty)
            {
                wk.time_chan = self.rtype(sig.results[0]);
            }
        }
        self.quiet = false;
        self.program.well_known = wk;
    }

    /// Makes function `fid` a bytecode trampoline into native `n` (so natives are callable as values).
    /// Binds body-less function `fid` to the native registered as `qual`; without one it is an
    /// error only where it is used (`check_native_available`).
    pub(super) fn attach_native(&mut self, fid: u32, qual: &str) {
        match self.native_index.get(qual) {
            Some(&n) => {
                self.native_of.insert(fid, n);
                self.native_wrapper(fid, n);
            }
            None => {
                self.bodiless.insert(fid);
            }
        }
    }

    fn native_wrapper(&mut self, fid: u32, n: u32) {
        use crate::vm::op::{Op, R};
        let f = &mut self.program.funcs[fid as usize];
        f.code = vec![Op::CallNative { a: R(0), k: n }, Op::Return];
        f.lines = vec![0, 0];
        f.nregs = (f.nparams.max(f.nresults) + 1).max(4);
        f.synthetic = true;
    }

    /// The constant-pool index of a string.
    fn str_const(&mut self, s: &[u8]) -> u32 {
        if let Some(&k) = self.str_consts.get(s) {
            return k;
        }
        self.program.consts.push(ConstWord::Str(s.to_vec()));
        let k = (self.program.consts.len() - 1) as u32;
        self.str_consts.insert(s.to_vec(), k);
        k
    }

    fn complex_const(&mut self, re: f64, im: f64) -> u32 {
        self.program.consts.push(ConstWord::Complex(re, im));
        (self.program.consts.len() - 1) as u32
    }

    pub(super) fn word_const(&mut self, w: u64) -> u32 {
        self.program.consts.push(ConstWord::Word(w));
        (self.program.consts.len() - 1) as u32
    }

    /// The constant-pool index of function k's value.
    fn func_const(&mut self, fid: u32) -> u32 {
        if let Some(&k) = self.func_consts.get(&fid) {
            return k;
        }
        self.program.consts.push(ConstWord::Func(fid));
        let k = (self.program.consts.len() - 1) as u32;
        self.func_consts.insert(fid, k);
        k
    }

    fn line_of(&self, pos: Pos) -> u32 {
        self.sm.location(pos).line
    }

    fn file_of(&self, pos: Pos) -> u32 {
        self.sm.file_of(pos).0
    }

    // What the checker recorded, by expression or position. Every lookup of checker results goes
    // through these accessors; while an instance is compiled, its overlay comes first (type
    // expressions and constants only from the overlay: the instance's check recorded all of its
    // own, and the generic check's may not hold for it).

    fn overlay(&self) -> Option<&'a crate::check::Overlay> {
        let info: &'a Info = self.info;
        self.inst.map(|i| &info.instances[i].overlay)
    }

    fn is_type_expr(&self, e: ExprId) -> bool {
        match self.overlay() {
            Some(ov) => ov.type_exprs.contains(&e),
            None => self.info.type_exprs.contains(&e),
        }
    }

    fn ty(&self, e: ExprId) -> TypeId {
        if let Some(&t) = self.overlay().and_then(|ov| ov.expr_types.get(&e)) {
            return t;
        }
        self.info.expr_types.get(e.index()).copied().unwrap_or_default()
    }

    fn obj_of(&self, e: ExprId) -> Option<ObjId> {
        let mut e = e;
        while let ExprKind::Paren(x) = self.ast[e].kind {
            e = x;
        }
        if let Some(&o) = self.overlay().and_then(|ov| ov.uses.get(&e)) {
            return Some(o);
        }
        self.info.uses.get(e.index()).copied().flatten()
    }

    fn is_const(&self, e: ExprId) -> bool {
        match self.overlay() {
            Some(ov) => ov.consts.contains_key(&e),
            None => self.info.consts.contains_key(&e),
        }
    }

    fn const_of(&self, e: ExprId) -> Option<&'a crate::types::constant::Value> {
        let info: &'a Info = self.info;
        match self.overlay() {
            Some(ov) => ov.consts.get(&e),
            None => info.consts.get(&e),
        }
    }

    /// The local object declared at `pos`.
    fn def_of(&self, pos: Pos) -> Option<ObjId> {
        if let Some(&o) = self.overlay().and_then(|ov| ov.defs.get(&pos)) {
            return Some(o);
        }
        self.info.defs.get(&pos).copied()
    }

    /// The variable a type switch clause at `pos` declares.
    fn clause_var(&self, pos: Pos) -> Option<ObjId> {
        if let Some(&o) = self.overlay().and_then(|ov| ov.clause_vars.get(&pos)) {
            return Some(o);
        }
        self.info.clause_vars.get(&pos).copied()
    }
}
