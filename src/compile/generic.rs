//! Generic instances: each `check::Instance` (a generic function or a generic type's method with
//! concrete type arguments) becomes a bytecode function of its own, compiled from the generic
//! declaration's body with the instance's overlay of checker results (`Compiler::inst`).
//!
//! Callee expressions that denote an instance resolve (in the checker's `uses`) to the instance's
//! function object, so calls and function values reach it through `funcs` like any declared
//! function; an instantiated named type's methods are in `methods` under its own `TypeId`.

use super::{Body, Compiler};
use crate::ast::DeclKind;
use crate::types::Type;

impl Compiler<'_> {
    /// Assigns a function index to every instance, named as Go's tracebacks name it
    /// (`main.Map[...]`, `main.(*Stack[...]).Push`).
    pub(super) fn declare_instances(&mut self, from: usize) {
        let info = self.info;
        let ast = self.ast;
        for (i, inst) in info.instances.iter().enumerate().skip(from) {
            let DeclKind::Func(fd) = &ast[inst.decl].kind else { continue };
            let obj = &info.objects[inst.obj.0 as usize];
            let path = &info.packages[obj.pkg].0;
            let fname = ast.name(fd.name.name);
            let name = match inst.recv {
                None => format!("{path}.{fname}[...]"),
                Some((t, ptr)) => {
                    let tn = match info.types.get(t) {
                        Type::Named(n) => ast.name(n.name),
                        _ => "?",
                    };
                    if ptr { format!("{path}.(*{tn}[...]).{fname}") } else { format!("{path}.{tn}[...].{fname}") }
                }
            };
            let fid = self.new_func(name);
            let f = &mut self.program.funcs[fid as usize];
            f.nparams = (fd.sig.params.iter().map(|p| p.names.len().max(1)).sum::<usize>()
                + usize::from(fd.recv.is_some())) as u16;
            f.nresults = fd.sig.results.iter().map(|p| p.names.len().max(1)).sum::<usize>() as u16;
            match inst.recv {
                None => {
                    self.funcs.insert(inst.obj, fid);
                }
                Some((t, ptr)) => {
                    self.methods.insert((t, fd.name.name), (fid, ptr));
                }
            }
            if fd.body.is_some() {
                self.pending.push((fid, Body::Instance(i)));
            } else {
                self.attach_native(fid, &inst.generic_name);
            }
        }
    }
}
