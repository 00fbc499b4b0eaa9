//! The compiler's side of a REPL session: one entry at a time, appended to the session's program.
//!
//! Between entries the compiler is parked ([`Parked`]: every field but the AST, checker tables and
//! sources it borrows), so function, type, constant and global indices stay what earlier entries
//! were given: code compiled before (and goroutines still running it) agrees with code compiled
//! now. An entry becomes one function, `main.main` in traces: it initialises the variables its
//! declarations (and the packages it loaded) introduce, then runs its statements, printing the
//! values of its top-level expressions.

use super::func::FnState;
use super::{Body, Compiler};
use crate::ast::{Ast, DeclKind, ExprKind, StmtKind};
use crate::check::session::EntryChecked;
use crate::check::{Info, ObjId, ObjKind};
use crate::diag::Diagnostic;
use crate::source::{Pos, SourceMap};
use crate::types::TypeId;
use crate::vm::op::{Op, R};
use crate::vm::program::Program;
use crate::vm::rtype::TypeIdx;
use rustc_hash::{FxHashMap, FxHashSet};

/// The native that prints the values of an entry's expressions.
pub const PRINT_NATIVE: &str = "corgi.replPrint";

/// The compiler between entries.
pub struct Parked {
    program: Program,
    rtypes: FxHashMap<TypeId, TypeIdx>,
    rtype_keys: FxHashMap<String, TypeIdx>,
    method_ids: FxHashMap<String, u32>,
    funcs: FxHashMap<ObjId, u32>,
    methods: FxHashMap<(TypeId, crate::ast::Symbol), (u32, bool)>,
    native_of: FxHashMap<u32, u32>,
    globals: FxHashMap<ObjId, u32>,
    func_consts: FxHashMap<u32, u32>,
    str_consts: FxHashMap<Vec<u8>, u32>,
    wrappers: FxHashMap<(u8, TypeIdx, u32), u32>,
    lit_counter: FxHashMap<String, u32>,
    basics: FxHashMap<crate::types::BasicKind, TypeId>,
    methods_done: FxHashSet<TypeIdx>,
    native_index: FxHashMap<String, u32>,
    bodiless: FxHashSet<u32>,
    pkg_objs: FxHashMap<Pos, ObjId>,
    any_t: Option<TypeId>,
    /// Objects, instances and files already seen.
    objects_seen: usize,
    instances_seen: usize,
    time_known: bool,
}

/// What compiling an entry gives the runtime.
pub struct EntryCompiled {
    /// The program with the entry added (a copy: the runtime swaps it in).
    pub program: Program,
    /// The entry's function.
    pub entry: u32,
    /// Globals the entry added: from this index on (the runtime zeroes them).
    pub globals_from: usize,
    /// Runtime-set globals (of packages loaded by the entry): from this index on.
    pub runtime_globals_from: usize,
}

impl Parked {
    /// A session's program before any entry: the runtime's well-known types and natives.
    pub fn new(ast: &Ast, info: &Info, sm: &SourceMap) -> Parked {
        let mut c = Compiler::new(ast, info, sm);
        c.well_known();
        c.program.method_ids = c.method_ids.clone();
        // Goroutine 1's function: the native loop that runs entries (`vm::repl`).
        let fid = c.new_func("runtime.main".into());
        let k = c.native_index.get(crate::vm::repl::LOOP_NATIVE).copied().unwrap_or(0);
        let f = &mut c.program.funcs[fid as usize];
        f.code = vec![Op::CallNative { a: R(0), k }, Op::Return];
        f.lines = vec![0, 0];
        f.nregs = 4;
        f.synthetic = true;
        c.program.entry = fid;
        c.park(info.objects.len(), info.instances.len(), false)
    }

    /// The program so far (for the runtime to start with).
    pub fn program(&self) -> Program {
        self.program.clone()
    }

    /// Compiles one checked entry. On error the session's program is left without it (what was
    /// added stays unreferenced).
    pub fn compile_entry(
        self,
        ast: &Ast,
        info: &Info,
        sm: &SourceMap,
        checked: &EntryChecked,
        entry: &crate::parser::Entry,
    ) -> (Parked, Result<EntryCompiled, Vec<Diagnostic>>) {
        let (objects_seen, instances_seen, time_known) = (self.objects_seen, self.instances_seen, self.time_known);
        let mut c = Compiler::unpark(self, ast, info, sm);
        let globals_from = c.program.globals.len();
        let runtime_globals_from = c.program.runtime_globals.len();
        let funcs_before = c.program.funcs.len();
        c.program.files = sm.files().map(|(_, f)| f.name.clone()).collect();
        for (i, o) in info.objects.iter().enumerate().skip(objects_seen) {
            if o.decl.is_some() {
                c.pkg_objs.insert(o.pos, ObjId(i as u32));
            }
        }
        for &p in &checked.new_packages {
            let files = info.packages[p].1.clone();
            c.declare_funcs(p, &files);
        }
        let main = info.packages.iter().position(|(p, _)| p == "main").unwrap_or(0);
        let entry_file = match entry {
            crate::parser::Entry::Decls(f) | crate::parser::Entry::Stmts(f) => f.clone(),
        };
        let has_methods = matches!(entry, crate::parser::Entry::Decls(f) if f.decls.iter().any(|&d| matches!(&ast[d].kind, DeclKind::Func(fd) if fd.recv.is_some())));
        if let crate::parser::Entry::Decls(_) = entry {
            c.declare_funcs(main, std::slice::from_ref(&entry_file));
        }
        c.declare_instances(instances_seen);
        for (i, o) in info.objects.iter().enumerate().skip(objects_seen) {
            let id = ObjId(i as u32);
            if o.kind == ObjKind::Var && (o.decl.is_some() || checked.new_vars.contains(&id)) {
                c.declare_global(id);
            }
        }
        let mut time_known = time_known;
        if !time_known && info.packages.iter().any(|(p, _)| p == "time") {
            c.time_well_known();
            time_known = true;
        }
        if has_methods {
            // Types whose method tables were built may have gained methods.
            let done: Vec<TypeIdx> = c.methods_done.drain().collect();
            let by_idx: FxHashMap<TypeIdx, TypeId> = c.rtypes.iter().map(|(&t, &i)| (i, t)).collect();
            for ti in done {
                if let Some(&t) = by_idx.get(&ti) {
                    c.ensure_methods(t, ti);
                }
            }
        }
        let fid = c.new_func("main.main".into());
        c.entry_body(fid, checked, entry);
        while let Some((fid, body)) = c.pending.pop() {
            match body {
                Body::Decl(d) => c.compile_decl_body(fid, d),
                Body::Instance(i) => c.compile_instance_body(fid, i),
            }
        }
        c.program.method_ids = c.method_ids.clone();
        c.program.entry = fid;
        let errors = std::mem::take(&mut c.errors);
        let program = errors.is_empty().then(|| c.program.clone());
        let _ = funcs_before;
        let parked = c.park(info.objects.len(), info.instances.len(), time_known);
        match program {
            Some(program) => (parked, Ok(EntryCompiled { program, entry: fid, globals_from, runtime_globals_from })),
            None => {
                let mut errors = errors;
                crate::diag::sort_and_dedup(&mut errors);
                (parked, Err(errors))
            }
        }
    }
}

impl<'a> Compiler<'a> {
    fn park(self, objects_seen: usize, instances_seen: usize, time_known: bool) -> Parked {
        Parked {
            program: self.program,
            rtypes: self.rtypes,
            rtype_keys: self.rtype_keys,
            method_ids: self.method_ids,
            funcs: self.funcs,
            methods: self.methods,
            native_of: self.native_of,
            globals: self.globals,
            func_consts: self.func_consts,
            str_consts: self.str_consts,
            wrappers: self.wrappers,
            lit_counter: self.lit_counter,
            basics: self.basics,
            methods_done: self.methods_done,
            native_index: self.native_index,
            bodiless: self.bodiless,
            pkg_objs: self.pkg_objs,
            any_t: self.any_t,
            objects_seen,
            instances_seen,
            time_known,
        }
    }

    fn unpark(p: Parked, ast: &'a Ast, info: &'a Info, sm: &'a SourceMap) -> Compiler<'a> {
        let mut c = Compiler::new(ast, info, sm);
        c.program = p.program;
        c.rtypes = p.rtypes;
        c.rtype_keys = p.rtype_keys;
        c.method_ids = p.method_ids;
        c.funcs = p.funcs;
        c.methods = p.methods;
        c.native_of = p.native_of;
        c.globals = p.globals;
        c.func_consts = p.func_consts;
        c.str_consts = p.str_consts;
        c.wrappers = p.wrappers;
        c.lit_counter = p.lit_counter;
        c.basics = p.basics;
        c.methods_done = p.methods_done;
        c.native_index = p.native_index;
        c.bodiless = p.bodiless;
        c.pkg_objs = p.pkg_objs;
        c.any_t = p.any_t;
        c
    }

    /// The entry's function: variable initialisation, then its statements.
    fn entry_body(&mut self, fid: u32, checked: &EntryChecked, entry: &crate::parser::Entry) {
        let ast = self.ast;
        self.program.funcs[fid as usize].synthetic = false;
        self.fns.push(FnState { fid, ..Default::default() });
        let mut done = FxHashSet::default();
        for &o in &checked.init_vars {
            self.init_var(o, &mut done);
        }
        if let crate::parser::Entry::Stmts(f) = entry
            && let Some(&d) = f.decls.first()
            && let DeclKind::Func(fd) = &ast[d].kind
            && let Some(body) = &fd.body
        {
            self.program.funcs[fid as usize].file = self.file_of(fd.name.pos);
            self.f().may_defer = self.has_defer(&body.stmts);
            for &s in &body.stmts {
                match &ast[s].kind {
                    StmtKind::Expr(x) if checked.prints.contains(x) => {
                        self.at(ast[s].span.lo);
                        self.print_values(*x);
                    }
                    _ => self.stmt(s),
                }
            }
            self.at(body.rbrace);
        }
        self.finish_function(fid);
    }

    /// Prints the value(s) of expression `x` through [`PRINT_NATIVE`]: arguments [count, boxed…].
    fn print_values(&mut self, x: crate::ast::ExprId) {
        let save = self.f().next;
        let t = self.ty(x);
        let results = self.tuple(t);
        let inner = super::expr_unparen(self.ast, x);
        let vals: Vec<(R, TypeId)> = if results.len() > 1 && matches!(self.ast[inner].kind, ExprKind::Call { .. }) {
            let base = self.call_multi(x);
            results.iter().enumerate().map(|(i, &t)| (R(base.0 + i as u16), t)).collect()
        } else {
            let t = self.default_type(t);
            let r = self.expr_as(x, t);
            vec![(r, t)]
        };
        let Some(&k) = self.native_index.get(PRINT_NATIVE) else { return };
        let a = self.regs(vals.len() as u16 + 1);
        self.emit(Op::Int { d: a, k: vals.len() as i32 });
        for (i, (r, t)) in vals.into_iter().enumerate() {
            let d = R(a.0 + 1 + i as u16);
            if self.cat(t) == super::expr::Cat::Iface {
                self.emit(Op::Move { d, a: r });
            } else if self.cat(t) == super::expr::Cat::Nil {
                self.emit(Op::Int { d, k: 0 });
            } else {
                self.box_into(d, r, t);
            }
        }
        self.emit(Op::CallNative { a, k });
        self.f().next = save;
    }
}
