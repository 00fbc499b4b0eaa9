//! Finalizers (`runtime.SetFinalizer`): objects to be handed to a function once unreachable.
//!
//! As Go's collector does, a collection marks everything reachable from each object that has a
//! finalizer, but not the object itself; an object still unmarked after that is unreachable. It
//! is then marked after all (resurrected for its finalizer), its finalizer is unregistered, and
//! the pair joins the ready list, whose entries stay roots until the VM takes them to run. So in
//! a chain A → B of finalizable objects only A is finalized by one collection, and an object that
//! reaches itself is never finalized (Go documents both).

use super::mark::Marker;
use std::collections::BTreeMap;

/// A finalizer: `func` (a closure word) to be called with the object.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Finalizer {
    /// The object's address (the start of a heap object).
    pub obj: u64,
    pub func: u64,
    /// A word the VM keeps with it (how to pass the object).
    pub tag: u64,
}

#[derive(Default)]
pub(super) struct Finalizers {
    /// By object; the objects are not roots, the functions are.
    registered: BTreeMap<u64, Finalizer>,
    /// Found unreachable and not yet taken by the VM: roots, objects included.
    ready: Vec<Finalizer>,
}

impl Finalizers {
    pub fn set(&mut self, obj: u64, f: Option<Finalizer>) {
        match f {
            Some(f) => {
                self.registered.insert(obj, f);
            }
            None => {
                self.registered.remove(&obj);
            }
        }
    }

    pub fn take_ready(&mut self) -> Vec<Finalizer> {
        std::mem::take(&mut self.ready)
    }

    /// The finalizer phase of a collection, after the roots are marked and drained.
    pub fn mark(&mut self, marker: &mut Marker<'_>) {
        for f in &self.ready {
            marker.word(f.obj);
            marker.word(f.func);
        }
        for f in self.registered.values() {
            marker.word(f.func);
            marker.scan_contents(f.obj);
        }
        marker.drain();
        let dead: Vec<u64> = self.registered.keys().copied().filter(|&o| !marker.is_marked(o)).collect();
        for o in dead {
            if let Some(f) = self.registered.remove(&o) {
                marker.word(o);
                self.ready.push(f);
            }
        }
        marker.drain();
    }
}
