//! Generics by monomorphisation: every instance (a generic function, or a generic type's method,
//! with concrete type arguments) is checked again with each type parameter bound to a type name
//! whose type is the argument, and what that check records goes to the instance's own overlay
//! (`Info::instances[i].overlay`), because the same `ExprId`s are checked once per instance.
//!
//! Invariants:
//! - Instances are memoised by (declaration, type arguments) under type identity, and instantiated
//!   generic types by (generic type, type arguments), so identical instantiations are one
//!   `TypeId` and one instance.
//! - Only fully known type arguments instantiate; inside the generic declaration's own (lenient)
//!   check its type parameters are `UNKNOWN`, so nothing there instantiates with them and the
//!   operations on such values stay unchecked, as before generics were modelled.
//! - An instance's body is checked after the function that created it (a queue drained by
//!   `check_package_bodies`); instances may create instances, up to `MAX_DEPTH` nested ones.
//! - Errors found only by an instance's check are kept with the instance (`Instance::errors`),
//!   not reported: Go reports errors of generic code from the generic declaration alone.
//!
//! Rejected: type-parameter types with dictionaries at run time (one compiled body for every
//! instantiation). It would need a type-parameter kind in the type model that every rule of the
//! checker and every instruction choice of the compiler handles; re-checking reuses both as they
//! are, at the cost of one compiled body per instance.

use super::expr::{Mode, Operand, unparen};
use super::{Checker, Instance, ObjId, ObjKind, PkgDecl, Target};
use crate::ast::{DeclId, DeclKind, ExprId, ExprKind, Field, FuncDecl, Symbol};
use crate::source::{Pos, Span};
use crate::types::{Method, Named, Type, TypeId, UNKNOWN};
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;

/// Nested instantiations (an instance's body instantiating another…) past this are a cycle.
const MAX_DEPTH: u32 = 100;

#[derive(Default)]
pub(super) struct State {
    /// Function and method instances by declaration: (type arguments, index in `Info::instances`).
    funcs: HashMap<DeclId, Vec<(Vec<TypeId>, usize)>>,
    /// Instantiated generic types by generic type: (type arguments, instance).
    types: HashMap<TypeId, Vec<(Vec<TypeId>, TypeId)>>,
    /// The type-name object declaring each generic named type.
    pub(super) type_objs: HashMap<TypeId, ObjId>,
    /// Instances whose bodies are still to be checked.
    queue: VecDeque<usize>,
    /// Per instance: where its declaration is and how deeply nested its instantiation is.
    ctx: Vec<InstCtx>,
    /// The nesting depth of the instance being checked (0 outside instances).
    depth: u32,
    /// Generic types being instantiated, innermost last (their structure refers to others).
    type_depth: u32,
    /// The type-set part of interface types that have one (unions of terms, `comparable`).
    pub(super) type_sets: HashMap<TypeId, TypeSet>,
    cycle_reported: bool,
    /// Errors to report after every instance is checked.
    late_errors: Vec<crate::diag::Diagnostic>,
}

#[derive(Clone, Copy)]
struct InstCtx {
    file: usize,
    pkg: usize,
    depth: u32,
}

/// An interface's type set beyond its methods: the intersection of `unions` (each a list of
/// `(tilde, type)` terms), restricted to comparable types when `comparable`.
#[derive(Clone, Default, Debug)]
pub(super) struct TypeSet {
    pub unions: Vec<Vec<(bool, TypeId)>>,
    pub comparable: bool,
}

/// A type parameter list flattened: each parameter's name, position and constraint expression.
pub(super) fn type_params(fields: &[Field]) -> Vec<(Symbol, Pos, ExprId)> {
    fields.iter().flat_map(|f| f.names.iter().map(move |n| (n.name, n.pos, f.ty))).collect()
}

/// `func (s *Stack[T]) …`: the receiver's type parameter names, in order.
fn receiver_type_params(ast: &crate::ast::Ast, recv_ty: ExprId) -> Vec<(Symbol, Pos, ExprId)> {
    let mut t = recv_ty;
    while let ExprKind::Star(x) | ExprKind::Paren(x) = ast[t].kind {
        t = x;
    }
    let ExprKind::Index(_, args) = &ast[t].kind else { return Vec::new() };
    args.iter()
        .filter_map(|&a| match ast[a].kind {
            ExprKind::Ident(n) => Some((n, ast[a].span.lo, a)),
            _ => None,
        })
        .collect()
}

impl Checker<'_> {
    /// Runs `f` as if at the top of a declaration in `file` of package `pkg`, with nothing of the
    /// current function in scope, recording into `target`.
    pub(super) fn in_context<R>(
        &mut self,
        target: Target,
        file: usize,
        pkg: usize,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved =
            (self.cur_file, self.cur_pkg, self.depth, self.iota.take(), std::mem::take(&mut self.funcs), self.target);
        let saved_depth = self.generics.depth;
        if let Target::Inst(i) = target {
            self.generics.depth = self.generics.ctx[i].depth;
        }
        self.cur_file = file;
        self.cur_pkg = pkg;
        self.depth = 0;
        self.target = target;
        self.scopes.push();
        let r = f(self);
        self.scopes = saved_scopes;
        (self.cur_file, self.cur_pkg, self.depth, self.iota, self.funcs, self.target) = saved;
        self.generics.depth = saved_depth;
        r
    }

    /// Binds each type parameter name to a type name denoting its argument.
    pub(super) fn bind_type_params(&mut self, params: &[(Symbol, Pos, ExprId)], args: &[TypeId]) {
        for (&(n, pos, _), &t) in params.iter().zip(args) {
            let o = self.new_obj(n, ObjKind::TypeName, t, pos);
            self.obj_mut(o).used = true;
            self.scopes.insert(n, o);
        }
    }

    /// The declaration of `o` when it is a generic function.
    pub(super) fn generic_func_decl(&self, o: ObjId) -> Option<DeclId> {
        let obj = self.obj(o);
        let Some(PkgDecl::Func { decl }) = obj.decl else { return None };
        match &self.ast[decl].kind {
            DeclKind::Func(fd) if fd.recv.is_none() && !fd.sig.type_params.is_empty() => Some(decl),
            _ => None,
        }
    }

    /// Without recording anything: the generic function `e` (`F` or `pkg.F`) names, if any.
    fn peek_generic_func(&mut self, e: ExprId) -> Option<ObjId> {
        let ast = self.ast;
        let o = match &ast[e].kind {
            ExprKind::Ident(n) => self.lookup(*n)?,
            ExprKind::Selector(x, name) => {
                let ExprKind::Ident(p) = ast[*x].kind else { return None };
                let po = self.lookup(p)?;
                let ObjKind::PkgName(pkg) = self.obj(po).kind else { return None };
                self.packages[pkg].scope.get(&name.name).copied()?
            }
            _ => return None,
        };
        self.generic_func_decl(o).map(|_| o)
    }

    fn qualified_type_string(&self, t: TypeId) -> String {
        // Relative to no package: every named type is qualified, as Go names instances.
        self.type_string_in(t, usize::MAX)
    }

    fn type_args_string(&self, args: &[TypeId]) -> String {
        let parts: Vec<String> = args.iter().map(|&t| self.qualified_type_string(t)).collect();
        parts.join(",")
    }

    fn find_instance(&self, decl: DeclId, args: &[TypeId]) -> Option<usize> {
        let list = self.generics.funcs.get(&decl)?;
        list.iter().find(|(a, _)| self.same_args(a, args)).map(|&(_, i)| i)
    }

    fn same_args(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| self.types.identical(x, y))
    }

    /// Whether another nested instantiation is allowed; reports the cycle once when not, at the
    /// type parameter whose argument keeps growing (as Go does, which finds such cycles in the
    /// generic declaration itself; corgi finds them by instantiating).
    fn depth_ok(&mut self, depth: u32, params: &[(Symbol, Pos, ExprId)], args: &[TypeId]) -> bool {
        if depth <= MAX_DEPTH {
            return true;
        }
        if !self.generics.cycle_reported {
            self.generics.cycle_reported = true;
            let k = (0..args.len()).max_by_key(|&k| self.qualified_type_string(args[k]).len()).unwrap_or(0);
            if let Some(&(name, pos, _)) = params.get(k) {
                let msg = format!(
                    "instantiation cycle:\n\t{} is instantiated with ever larger types (over {MAX_DEPTH} nested instantiations)",
                    self.name(name)
                );
                // Not an error of one instance: reported even though instances' errors are not.
                self.generics.late_errors.push(crate::diag::Diagnostic::new(Span::at(pos), msg));
            }
        }
        false
    }

    #[allow(clippy::too_many_arguments)]
    fn new_instance(
        &mut self,
        decl: DeclId,
        type_args: Vec<TypeId>,
        name: String,
        generic_name: String,
        ctx: InstCtx,
        recv: Option<(TypeId, bool)>,
    ) -> usize {
        let ast = self.ast;
        let DeclKind::Func(fd) = &ast[decl].kind else { unreachable!("instances are of functions") };
        let saved_pkg = self.cur_pkg;
        self.cur_pkg = ctx.pkg;
        let obj = self.new_obj(fd.name.name, ObjKind::Func, UNKNOWN, fd.name.pos);
        self.cur_pkg = saved_pkg;
        self.obj_mut(obj).used = true;
        self.obj_mut(obj).file = ctx.file;
        self.info.instances.push(Instance {
            decl,
            type_args: type_args.clone(),
            name,
            generic_name,
            obj,
            sig: UNKNOWN,
            recv,
            overlay: Default::default(),
            errors: Vec::new(),
        });
        self.generics.ctx.push(ctx);
        let i = self.info.instances.len() - 1;
        self.generics.funcs.entry(decl).or_default().push((type_args, i));
        i
    }

    /// Checks instance `i`'s signature (its type parameters bound by `params`); queues its body.
    fn instance_signature(&mut self, i: usize, fd: &FuncDecl, params: &[(Symbol, Pos, ExprId)]) -> TypeId {
        let ctx = self.generics.ctx[i];
        let args = self.info.instances[i].type_args.clone();
        let before = self.diags.len();
        let sig = self.in_context(Target::Inst(i), ctx.file, ctx.pkg, |c| {
            c.bind_type_params(params, &args);
            c.func_type(&fd.sig)
        });
        let errs = self.diags.split_off(before);
        let inst = &mut self.info.instances[i];
        inst.errors.extend(errs);
        inst.sig = sig;
        let obj = inst.obj;
        self.obj_mut(obj).ty = sig;
        if fd.body.is_some() {
            self.generics.queue.push_back(i);
        }
        sig
    }

    /// The instance of generic function `generic` (declared by `decl`) for `args`.
    fn instantiate_func(&mut self, generic: ObjId, decl: DeclId, args: Vec<TypeId>) -> Option<usize> {
        if let Some(i) = self.find_instance(decl, &args) {
            return Some(i);
        }
        let depth = self.generics.depth + 1;
        let ast = self.ast;
        let DeclKind::Func(fd) = &ast[decl].kind else { return None };
        if !self.depth_ok(depth, &type_params(&fd.sig.type_params), &args) {
            return None;
        }
        let (file, pkg) = (self.obj(generic).file, self.obj(generic).pkg);
        let fname = self.name(fd.name.name);
        let pkg_name = self.name(self.packages[pkg].name);
        let name = format!("{pkg_name}.{fname}[{}]", self.type_args_string(&args));
        let generic_name = format!("{}.{fname}", self.packages[pkg].path);
        let i = self.new_instance(decl, args, name, generic_name, InstCtx { file, pkg, depth }, None);
        let params = type_params(&fd.sig.type_params);
        self.instance_signature(i, fd, &params);
        Some(i)
    }

    /// The instance of generic named type `origin` for `args`: a named type of its own whose
    /// underlying type and methods are the generic's with the parameters bound. `UNKNOWN` when an
    /// argument is not fully known (inside a generic declaration's own check).
    pub(super) fn instantiate_type(&mut self, origin: TypeId, args: Vec<TypeId>) -> TypeId {
        if args.iter().any(|&a| self.types.is_vague(a)) {
            return UNKNOWN;
        }
        if let Some(list) = self.generics.types.get(&origin)
            && let Some(&(_, t)) = list.iter().find(|(a, _)| self.same_args(a, &args))
        {
            return t;
        }
        let ast = self.ast;
        let Some(&tobj) = self.generics.type_objs.get(&origin) else { return UNKNOWN };
        let Some(PkgDecl::Type { decl, spec }) = self.obj(tobj).decl else { return UNKNOWN };
        let DeclKind::Type(specs) = &ast[decl].kind else { return UNKNOWN };
        let Some(s) = specs.get(spec) else { return UNKNOWN };
        let params = type_params(&s.type_params);
        if params.len() != args.len() {
            return UNKNOWN;
        }
        if !self.depth_ok(self.generics.type_depth + 1, &params, &args) {
            return UNKNOWN;
        }
        let Type::Named(gn) = self.types.get(origin).clone() else { return UNKNOWN };
        let inst = self.types.add(Type::Named(Named {
            name: gn.name,
            pkg: gn.pkg,
            underlying: UNKNOWN,
            methods: Vec::new(),
            generic: false,
            type_args: args.clone(),
            origin: Some(origin),
        }));
        self.generics.types.entry(origin).or_default().push((args.clone(), inst));
        let (file, pkg) = (self.obj(tobj).file, self.obj(tobj).pkg);
        self.generics.type_depth += 1;
        let before = self.diags.len();
        let u = self.in_context(Target::Discard, file, pkg, |c| {
            c.bind_type_params(&params, &args);
            c.resolve_type(s.ty)
        });
        // The generic declaration's own check reported its errors.
        self.diags.truncate(before);
        let u = self.types.under(u);
        if let Some(n) = self.types.named_mut(inst) {
            n.underlying = if u == inst { UNKNOWN } else { u };
        }
        let decls = self.pending_methods.get(&(pkg, s.name.name)).cloned().unwrap_or_default();
        for (d, mfile) in decls {
            self.instantiate_method(inst, d, InstCtx { file: mfile, pkg, depth: self.generics.depth + 1 }, &args);
        }
        self.generics.type_depth -= 1;
        inst
    }

    fn instantiate_method(&mut self, recv_named: TypeId, d: DeclId, ctx: InstCtx, args: &[TypeId]) {
        let ast = self.ast;
        let DeclKind::Func(fd) = &ast[d].kind else { return };
        let Some(recv) = &fd.recv else { return };
        let params = receiver_type_params(ast, recv.ty);
        if params.len() != args.len() || self.find_instance(d, args).is_some() {
            return;
        }
        let ptr = super::decl::is_pointer_receiver(ast, recv.ty);
        let (tn, m) = (self.qualified_type_string(recv_named), self.name(fd.name.name));
        let pkg_name = self.name(self.packages[ctx.pkg].name);
        let tn = tn.strip_prefix(&format!("{pkg_name}.")).unwrap_or(&tn).to_string();
        let base = tn.split('[').next().unwrap_or(&tn).to_string();
        let path = self.packages[ctx.pkg].path.clone();
        let (name, generic_name) = if ptr {
            (format!("{pkg_name}.(*{tn}).{m}"), format!("{path}.(*{base}).{m}"))
        } else {
            (format!("{pkg_name}.{tn}.{m}"), format!("{path}.{base}.{m}"))
        };
        let i = self.new_instance(d, args.to_vec(), name, generic_name, ctx, Some((recv_named, ptr)));
        let sig = self.instance_signature(i, fd, &params);
        if let Some(n) = self.types.named_mut(recv_named)
            && n.methods.iter().all(|m| m.name != fd.name.name)
        {
            n.methods.push(Method { name: fd.name.name, sig, pointer_receiver: ptr });
        }
    }

    /// Checks the bodies of the instances created so far, and of those they create.
    pub(super) fn check_instance_bodies(&mut self) {
        while let Some(i) = self.generics.queue.pop_front() {
            let ast = self.ast;
            let decl = self.info.instances[i].decl;
            let DeclKind::Func(fd) = &ast[decl].kind else { continue };
            let params = match &fd.recv {
                Some(r) => receiver_type_params(ast, r.ty),
                None => type_params(&fd.sig.type_params),
            };
            let args = self.info.instances[i].type_args.clone();
            let ctx = self.generics.ctx[i];
            let recv =
                self.info.instances[i].recv.map(|(t, ptr)| if ptr { self.types.add(Type::Pointer(t)) } else { t });
            let before = self.diags.len();
            self.in_context(Target::Inst(i), ctx.file, ctx.pkg, |c| {
                c.bind_type_params(&params, &args);
                c.func_decl_rest(fd, recv);
            });
            let errs = self.diags.split_off(before);
            self.info.instances[i].errors.extend(errs);
        }
        self.diags.append(&mut self.generics.late_errors);
    }

    /// A call whose callee is a generic function (`F(…)`, `F[int](…)`, `pkg.F(…)`): infers the
    /// type arguments, instantiates, and checks the arguments against the instance's signature.
    /// `None` when the callee is not a generic function.
    pub(super) fn generic_call(
        &mut self,
        e: ExprId,
        func: ExprId,
        args: &[ExprId],
        ellipsis: Option<Pos>,
        rparen: Pos,
    ) -> Option<Operand> {
        let ast = self.ast;
        let f = unparen(ast, func);
        let (base, targ_exprs): (ExprId, &[ExprId]) = match &ast[f].kind {
            ExprKind::Index(x, idx) => (unparen(ast, *x), idx),
            _ => (f, &[]),
        };
        let generic = self.peek_generic_func(base)?;
        let decl = self.generic_func_decl(generic)?;
        let DeclKind::Func(fd) = &ast[decl].kind else { return None };
        let bop = self.expr_or_type(base);
        let explicit: Vec<TypeId> = targ_exprs.iter().map(|&t| self.resolve_type(t)).collect();
        let name = self.expr_string(func);
        let Some(ops) = self.arg_ops(None, args, ellipsis) else { return Some(Operand::unknown(e)) };
        let lenient = |c: &mut Self, ops: Vec<Operand>| {
            // Not instantiable (arguments not fully known): checked against the generic
            // signature, whose type-parameter types are unknown.
            if let Type::Func(sig) = c.types.get(c.types.under(bop.ty)).clone() {
                c.check_arg_ops(&sig, ops, args, ellipsis, rparen, &name);
                c.call_result(&sig, e)
            } else {
                Operand::unknown(e)
            }
        };
        if bop.invalid || ops.iter().any(|o| o.invalid) {
            return Some(Operand::unknown(e));
        }
        let tparams = type_params(&fd.sig.type_params);
        let inferred = self.infer(fd, &tparams, &explicit, &ops, ellipsis.is_some());
        let Some(targs) = inferred.filter(|v| !v.iter().any(|&t| self.types.is_vague(t))) else {
            return Some(lenient(self, ops));
        };
        let lparen = Span::at(ast[func].span.hi);
        let (file, pkg) = (self.obj(generic).file, self.obj(generic).pkg);
        if let Some((k, u)) = self.unsatisfied(&tparams, &targs, file, pkg) {
            let at = targ_exprs.get(k).map_or(lparen, |&t| ast[t].span);
            // Inference itself checks methods, and says so.
            let msg = if u.method && k >= targ_exprs.len() {
                format!("in call to {name}, {} (type {}) {}", self.name(tparams[k].0), u.arg, u.rest)
            } else {
                format!("{} {}", u.arg, u.rest)
            };
            self.error(at, msg);
            return Some(Operand::bad(e));
        }
        let Some(i) = self.instantiate_func(generic, decl, targs) else {
            return Some(Operand::bad(e));
        };
        let (obj, sig_t) = (self.info.instances[i].obj, self.info.instances[i].sig);
        for x in [base, f, func] {
            self.record_use(x, obj);
            self.record_type(x, sig_t);
        }
        let Type::Func(sig) = self.types.get(sig_t).clone() else { return Some(Operand::unknown(e)) };
        self.check_arg_ops(&sig, ops, args, ellipsis, rparen, &name);
        Some(self.call_result(&sig, e))
    }

    /// `F[int, string]` as a value (not called): the instance, when every type argument is given.
    pub(super) fn explicit_instance(&mut self, e: ExprId, x: ExprId, idx: &[ExprId]) -> Option<Operand> {
        let ast = self.ast;
        let generic = self.use_of(unparen(ast, x))?;
        let decl = self.generic_func_decl(generic)?;
        let DeclKind::Func(fd) = &ast[decl].kind else { return None };
        let targs: Vec<TypeId> = idx.iter().map(|&t| self.resolve_type(t)).collect();
        let tparams = type_params(&fd.sig.type_params);
        if targs.len() != tparams.len() || targs.iter().any(|&t| self.types.is_vague(t)) {
            return Some(Operand::unknown(e));
        }
        let (file, pkg) = (self.obj(generic).file, self.obj(generic).pkg);
        if let Some((k, u)) = self.unsatisfied(&tparams, &targs, file, pkg) {
            self.error(ast[idx[k]].span, format!("{} {}", u.arg, u.rest));
            return Some(Operand::bad(e));
        }
        let i = self.instantiate_func(generic, decl, targs)?;
        let (obj, sig) = (self.info.instances[i].obj, self.info.instances[i].sig);
        self.record_use(e, obj);
        Some(Operand::new(Mode::Value, sig, e))
    }

    /// A generic function used as a value where a function type `hint` is wanted
    /// (`var f func(int) int = Identity`): the instance whose signature matches, if inferable.
    pub(super) fn instance_from_hint(&mut self, e: ExprId, hint: TypeId) -> Option<Operand> {
        let ast = self.ast;
        let generic = self.use_of(unparen(ast, e))?;
        let decl = self.generic_func_decl(generic)?;
        let DeclKind::Func(fd) = &ast[decl].kind else { return None };
        let Type::Func(want) = self.types.get(self.types.under(hint)).clone() else { return None };
        if want.params.iter().chain(&want.results).any(|&t| self.types.is_vague(t)) {
            return None;
        }
        let tparams = type_params(&fd.sig.type_params);
        let mut b = vec![None; tparams.len()];
        if !self.unify_sig(&fd.sig, &want, &tparams, &mut b, 0) {
            return None;
        }
        self.core_type_inference(&tparams, &mut b);
        let targs: Vec<TypeId> = b.into_iter().collect::<Option<_>>()?;
        let (file, pkg) = (self.obj(generic).file, self.obj(generic).pkg);
        if let Some((_, u)) = self.unsatisfied(&tparams, &targs, file, pkg) {
            self.error(ast[e].span, format!("{} {}", u.arg, u.rest));
            return Some(Operand::bad(e));
        }
        let i = self.instantiate_func(generic, decl, targs)?;
        let (obj, sig) = (self.info.instances[i].obj, self.info.instances[i].sig);
        self.record_use(unparen(ast, e), obj);
        Some(Operand::new(Mode::Value, sig, e))
    }
}
