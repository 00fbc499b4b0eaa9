//! Package initialization order (spec "Package initialization"): repeatedly initialize the earliest
//! declared variable that depends on no uninitialized variable, where "depends" follows references
//! through functions. A variable that depends on itself is an `initialization cycle`.
//!
//! References are recorded while checking (`Checker::note_reference`): from the package-level
//! declaration being resolved or whose body is being checked to each package-level object it
//! mentions. Method bodies are not yet followed (a method value's object is not tracked).

use super::{Checker, ObjId, ObjKind};
use crate::source::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Checker<'_> {
    /// Records that the declaration being checked mentions package-level object `o`.
    pub(super) fn note_reference(&mut self, o: ObjId) {
        let Some(&from) = self.decl_stack.last() else { return };
        let obj = self.obj(o);
        if obj.decl.is_some() && obj.pkg == self.obj(from).pkg && matches!(obj.kind, ObjKind::Var | ObjKind::Func) {
            self.refs.entry(from).or_default().insert(o);
        }
    }

    /// Orders package `pkg`'s variables; reports cycles.
    pub(super) fn init_order(&mut self, vars: &[ObjId]) -> Vec<ObjId> {
        // Each variable's direct variable dependencies, looking through functions.
        let mut deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::default();
        for &v in vars {
            let mut seen = HashSet::default();
            let mut stack: Vec<ObjId> = self.refs.get(&v).map(|s| s.iter().copied().collect()).unwrap_or_default();
            let mut found = HashSet::default();
            while let Some(o) = stack.pop() {
                if !seen.insert(o) {
                    continue;
                }
                match self.obj(o).kind {
                    ObjKind::Var => {
                        found.insert(o);
                    }
                    _ => stack.extend(self.refs.get(&o).into_iter().flatten().copied()),
                }
            }
            deps.insert(v, found);
        }
        let pos = |c: &Self, o: ObjId| c.obj(o).pos;
        let mut waiting: HashMap<ObjId, usize> = HashMap::default();
        let mut users: HashMap<ObjId, Vec<ObjId>> = HashMap::default();
        for &v in vars {
            let d = &deps[&v];
            waiting.insert(v, d.iter().filter(|&&x| x != v).count());
            for &x in d {
                if x != v {
                    users.entry(x).or_default().push(v);
                }
            }
        }
        let mut ready: BinaryHeap<Reverse<(crate::source::Pos, u32)>> = BinaryHeap::new();
        let mut cyclic: Vec<ObjId> = vars.iter().copied().filter(|v| deps[v].contains(v)).collect();
        for &v in vars {
            if waiting[&v] == 0 {
                ready.push(Reverse((pos(self, v), v.0)));
            }
        }
        let mut order = Vec::with_capacity(vars.len());
        let mut done: HashSet<ObjId> = HashSet::default();
        loop {
            while let Some(Reverse((_, id))) = ready.pop() {
                let v = ObjId(id);
                if !done.insert(v) {
                    continue;
                }
                order.push(v);
                for &u in users.get(&v).into_iter().flatten() {
                    if let Some(w) = waiting.get_mut(&u) {
                        *w = w.saturating_sub(1);
                        if *w == 0 {
                            ready.push(Reverse((pos(self, u), u.0)));
                        }
                    }
                }
            }
            // Whatever is left waits on a cycle: report its earliest member, then release it.
            let Some(&v) = vars.iter().filter(|v| !done.contains(v)).min_by_key(|v| pos(self, **v)) else { break };
            if !cyclic.contains(&v) {
                cyclic.push(v);
            }
            waiting.insert(v, 0);
            ready.push(Reverse((pos(self, v), v.0)));
        }
        cyclic.sort_by_key(|v| pos(self, *v));
        for v in cyclic {
            let (n, p) = (self.name(self.obj(v).name), self.obj(v).pos);
            self.error(Span::at(p), format!("initialization cycle for {n}"));
        }
        order
    }
}
