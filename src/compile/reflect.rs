//! What package reflect needs of the compiler, made only when the program imports it: the
//! signatures of func types (Value.Call, Type.In/Out), each type's exported methods with their
//! func types and callable functions (Type.Method, Value.Method), pointer types of the
//! program's types (PointerTo, New), and MakeFunc's stubs.

use super::Compiler;
use super::func::FnState;
use crate::ast::Symbol;
use crate::types::{Type, TypeId};
use crate::vm::op::{Op, R};
use crate::vm::program::{FuncSig, RMethod};
use crate::vm::rtype::{Kind, RType, TypeIdx};

impl Compiler<'_> {
    /// After lowering `t` to `i`: its signature, its interface methods, its pointer type.
    pub(super) fn reflect_extras(&mut self, t: TypeId, i: TypeIdx) {
        let types = &self.info.types;
        match types.get(types.under(t)).clone() {
            Type::Func(sig) if !self.program.func_sigs.contains_key(&i) => {
                let params: Vec<TypeIdx> = sig.params.iter().map(|&p| self.rtype(p)).collect();
                let results: Vec<TypeIdx> = sig.results.iter().map(|&p| self.rtype(p)).collect();
                self.makefunc_stub(params.len() as u16, results.len() as u16);
                self.program.func_sigs.insert(i, FuncSig { params, results, variadic: sig.variadic });
            }
            Type::Interface { methods, .. } if !self.program.reflect_methods.contains_key(&i) => {
                self.program.reflect_methods.insert(i, Vec::new());
                let mut list = Vec::new();
                for (m, sig) in methods {
                    let name = self.ast.name(m).to_string();
                    let mtyp = self.rtype(sig);
                    list.push(RMethod { name, mtyp, ftyp: 0, func: u32::MAX, bound: u32::MAX });
                }
                list.sort_by(|a, b| a.name.cmp(&b.name));
                self.program.reflect_methods.insert(i, list);
            }
            _ => {}
        }
        if !matches!(self.info.types.get(t), Type::Pointer(_))
            && let Some(&p) = self.info.pointer_to.get(&t)
        {
            self.rtype(p);
        }
    }

    /// reflect's view of the method set of `t` (lowered to `ti`): `found` holds each method's
    /// name and the function taking the boxed receiver first.
    pub(super) fn reflect_method_list(&mut self, t: TypeId, ti: TypeIdx, found: Vec<(Symbol, u32)>) {
        let mut list = Vec::new();
        for (name, func) in found {
            let n = self.ast.name(name).to_string();
            if !n.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let Some(sig) = self.reflect_method_sig(t, name) else { continue };
            let mtyp = self.rtype(sig);
            let ftyp = self.func_type_with_recv(t, sig);
            // A method the core library lacks stays callable as a run-time error (as through an
            // interface), not a compile error for every program importing reflect.
            let quiet = self.quiet;
            self.quiet = true;
            let bound = self.bound_wrapper(func);
            self.quiet = quiet;
            list.push(RMethod { name: n, mtyp, ftyp, func, bound });
        }
        list.sort_by(|a, b| a.name.cmp(&b.name));
        self.program.reflect_methods.insert(ti, list);
    }

    /// The signature (receiver excluded) of method `name` of `t`, as selection finds it (the
    /// shallowest, through embedded fields); also for run-time interface checks.
    pub(super) fn reflect_method_sig(&self, t: TypeId, name: Symbol) -> Option<TypeId> {
        let types = &self.info.types;
        let mut level = vec![t];
        for _ in 0..8 {
            let mut next = Vec::new();
            for &ty in &level {
                let base = match types.get(ty) {
                    Type::Pointer(p) => *p,
                    _ => ty,
                };
                if let Type::Named(n) = types.get(base)
                    && let Some(m) = n.methods.iter().find(|m| m.name == name)
                {
                    return Some(m.sig);
                }
                match types.get(types.under(base)) {
                    Type::Struct(fields) => next.extend(fields.iter().filter(|f| f.embedded).map(|f| f.ty)),
                    Type::Interface { methods, .. } => {
                        if let Some((_, s)) = methods.iter().find(|(m, _)| *m == name) {
                            return Some(*s);
                        }
                    }
                    _ => {}
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// The func type `func(recv, params…) results` of method expression `recv.M`.
    fn func_type_with_recv(&mut self, recv: TypeId, sig: TypeId) -> TypeIdx {
        let (ps, rs, variadic) = match self.info.types.get(self.info.types.under(sig)) {
            Type::Func(s) => (s.params.clone(), s.results.clone(), s.variadic),
            _ => (Vec::new(), Vec::new(), false),
        };
        let mut params = vec![self.rtype(recv)];
        params.extend(ps.iter().map(|&p| self.rtype(p)));
        let results: Vec<TypeIdx> = rs.iter().map(|&p| self.rtype(p)).collect();
        self.func_rtype(params, results, variadic)
    }

    /// The run-time func type of this signature, made if the program has none.
    fn func_rtype(&mut self, params: Vec<TypeIdx>, results: Vec<TypeIdx>, variadic: bool) -> TypeIdx {
        let mut names: Vec<String> = params.iter().map(|&p| self.program.types.get(p).name.clone()).collect();
        if variadic && let Some(last) = names.last_mut() {
            *last = format!("...{}", last.trim_start_matches("[]"));
        }
        let rn: Vec<String> = results.iter().map(|&p| self.program.types.get(p).name.clone()).collect();
        let res = match rn.len() {
            0 => String::new(),
            1 => format!(" {}", rn[0]),
            _ => format!(" ({})", rn.join(", ")),
        };
        let name = format!("func({}){res}", names.join(", "));
        let key = format!("{:?}|{name}", Kind::Func);
        let idx = match self.rtype_keys.get(&key) {
            Some(&i) => i,
            None => {
                self.program.types.list.push(RType {
                    kind: Kind::Func,
                    name,
                    named: false,
                    has_pointers: true,
                    reflect_kind: crate::vm::rtype::reflect_kind(&Kind::Func, false),
                });
                let i = (self.program.types.list.len() - 1) as TypeIdx;
                self.rtype_keys.insert(key, i);
                i
            }
        };
        if !self.program.func_sigs.contains_key(&idx) {
            self.makefunc_stub(params.len() as u16, results.len() as u16);
            self.program.func_sigs.insert(idx, FuncSig { params, results, variadic });
        }
        idx
    }

    /// reflect's view of the run-time's own error types (their methods are natives).
    pub(super) fn reflect_builtin_methods(&mut self, methods: &[(TypeIdx, &str, u32)]) {
        let wk = self.program.well_known;
        for &(t, name, fid) in methods {
            let results = match name {
                "Error" => vec![wk.string],
                "Unwrap" if t == wk.wrap_error => vec![wk.error_iface],
                "RuntimeError" => vec![],
                _ => continue,
            };
            let mtyp = self.func_rtype(Vec::new(), results.clone(), false);
            let ftyp = self.func_rtype(vec![t], results, false);
            let bound = self.bound_wrapper(fid);
            let list = self.program.reflect_methods.entry(t).or_default();
            list.push(RMethod { name: name.to_string(), mtyp, ftyp, func: fid, bound });
            list.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }

    /// MakeFunc's stub for `np` parameters and `nr` results: the native reads the closure.
    fn makefunc_stub(&mut self, np: u16, nr: u16) {
        if self.program.makefunc_stubs.contains_key(&(np, nr)) {
            return;
        }
        let Some(&k) = self.native_index.get("reflect.makeFuncStub") else { return };
        let w = self.new_func("reflect.makeFuncStub".to_string());
        self.program.makefunc_stubs.insert((np, nr), w);
        self.program.funcs[w as usize].nparams = np;
        self.program.funcs[w as usize].nresults = nr;
        self.program.funcs[w as usize].synthetic = true;
        let n = np.max(nr).max(1);
        self.fns.push(FnState { fid: w, next: n, max: n, ..Default::default() });
        self.emit(Op::CallNative { a: R(0), k });
        self.emit(Op::Return);
        self.finish_wrapper(w);
    }
}
