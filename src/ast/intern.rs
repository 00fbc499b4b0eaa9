//! Identifier interning: names compare as integers in the checker's scopes.

use rustc_hash::FxHashMap as HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Symbol(pub u32);

#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Symbol>,
    names: Vec<Box<str>>,
}

impl Interner {
    pub fn intern(&mut self, name: &str) -> Symbol {
        if let Some(&s) = self.map.get(name) {
            return s;
        }
        let s = Symbol(self.names.len() as u32);
        self.names.push(name.into());
        self.map.insert(name.into(), s);
        s
    }
    pub fn get(&self, sym: Symbol) -> &str {
        &self.names[sym.0 as usize]
    }
    /// Looks a name up without adding it.
    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.map.get(name).copied()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_name_same_symbol() {
        let mut i = super::Interner::default();
        let a = i.intern("x");
        assert_eq!(a, i.intern("x"));
        assert_ne!(a, i.intern("y"));
        assert_eq!(i.get(a), "x");
    }
}
