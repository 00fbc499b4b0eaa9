//! Go maps: open addressing with linear probing, in heap memory (so the collector traces keys and
//! values like any other words).
//!
//! Map object (Scan): `[table, count, capacity, writing]`. Table (Scan): `capacity` entries of
//! `[tag, key, value]`; tag 0 = empty, 1 = deleted, else the key's hash with bit 1 set.
//! `writing` is set for the duration of a write: finding it set means two goroutines write at once,
//! which Go reports as `fatal error: concurrent map writes`.
//! Iteration snapshots the keys (in an order starting at a random slot, as Go randomises) and
//! looks each up again when reached, so deleted entries are never produced and values are current.

use super::mem;
use super::rtype::{Kind, TypeIdx};
use super::{Trap, Vm};

const EMPTY: u64 = 0;
const DELETED: u64 = 1;

/// The first slot for a hash. Word keys (integers, pointers) hash to themselves and take the
/// remainder by an odd modulus, as Lua does: nearby keys land in nearby slots, so scanning keys
/// in order walks memory in order, and strided keys still spread. Other hashes are mixed already;
/// their high bits choose.
#[inline]
fn slot(h: u64, cap: u64, word: bool) -> u64 {
    if word { h % ((cap - 1) | 1) } else { (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) & (cap - 1) }
}

/// The hash of a key compared as a plain word: the word, folded so high bits count too.
#[inline]
fn mix(w: u64) -> u64 {
    w ^ (w >> 32)
}

impl Vm {
    /// Whether keys of type kt are equal exactly when their words are.
    fn word_key(&self, kt: TypeIdx) -> bool {
        matches!(
            self.p.types.get(kt).kind,
            Kind::Int { .. } | Kind::Bool | Kind::Uintptr | Kind::Pointer(_) | Kind::Chan { .. } | Kind::UnsafePointer
        )
    }

    fn key_hash(&self, key: u64, kt: TypeIdx) -> Result<u64, Trap> {
        if self.word_key(kt) { Ok(mix(key)) } else { self.hash_value(key, kt) }
    }

    fn key_eq(&self, a: u64, b: u64, kt: TypeIdx, word: bool) -> Result<bool, Trap> {
        if word { Ok(a == b) } else { self.values_equal(a, b, kt) }
    }

    fn map_kv(&self, mt: TypeIdx) -> (TypeIdx, TypeIdx) {
        match &self.p.types.get(mt).kind {
            Kind::Map { key, val } => (*key, *val),
            _ => (0, 0),
        }
    }

    pub fn make_map(&mut self, cap: u64) -> Result<u64, Trap> {
        let m = self.alloc(32, true)?;
        let cap = cap.next_power_of_two().max(8);
        let t = self.alloc(cap * 24, true)?;
        self.heap.prefault(t as usize, cap as usize * 24);
        mem::st(m, t);
        mem::st(m + 16, cap);
        Ok(m)
    }

    pub fn map_len(&self, m: u64) -> u64 {
        if m == 0 { 0 } else { mem::ld(m + 8) }
    }

    /// The entry index holding `key`, if present.
    fn map_find(&self, m: u64, key: u64, kt: TypeIdx, h: u64) -> Result<Option<u64>, Trap> {
        // Slots are chosen by the stored tag (the hash with bit 1 set), here and on growth.
        let tag = h | 2;
        let table = mem::ld(m);
        let cap = mem::ld(m + 16);
        let word = self.word_key(kt);
        let mut i = slot(tag, cap, word);
        for _ in 0..cap {
            let e = table + i * 24;
            let t = mem::ld(e);
            if t == EMPTY {
                return Ok(None);
            }
            if t == tag && self.key_eq(mem::ld(e + 8), key, kt, word)? {
                return Ok(Some(e));
            }
            i = (i + 1) & (cap - 1);
        }
        Ok(None)
    }

    pub fn map_get(&mut self, m: u64, key: u64, mt: TypeIdx) -> Result<(u64, bool), Trap> {
        let (kt, vt) = self.map_kv(mt);
        if m != 0 && mem::ld(m + 8) > 0 {
            let h = self.key_hash(key, kt)?;
            if let Some(e) = self.map_find(m, key, kt, h)? {
                return Ok((mem::ld(e + 16), true));
            }
        } else {
            // Go hashes the key even for an empty map (so unhashable keys panic).
            self.key_hash(key, kt)?;
        }
        Ok((self.zero_value(vt)?, false))
    }

    fn begin_write(&self, m: u64) -> Result<(), Trap> {
        if mem::ld(m + 24) != 0 {
            return Err(Trap::Fatal("concurrent map writes".into()));
        }
        mem::st(m + 24, 1);
        Ok(())
    }

    pub fn map_set(&mut self, m: u64, key: u64, val: u64, mt: TypeIdx) -> Result<(), Trap> {
        if m == 0 {
            return Err(Trap::Panic(self.plain_runtime_error("assignment to entry in nil map")?));
        }
        let (kt, _) = self.map_kv(mt);
        let h = self.key_hash(key, kt)?;
        self.begin_write(m)?;
        let r = self.map_set_inner(m, key, val, kt, h);
        mem::st(m + 24, 0);
        r
    }

    fn map_set_inner(&mut self, m: u64, key: u64, val: u64, kt: TypeIdx, h: u64) -> Result<(), Trap> {
        let h = h | 2;
        if let Some(e) = self.map_find(m, key, kt, h)? {
            mem::st(e + 16, val);
            return Ok(());
        }
        let count = mem::ld(m + 8);
        let cap = mem::ld(m + 16);
        if (count + 1) * 4 > cap * 3 {
            self.map_grow(m, cap * 2, self.word_key(kt))?;
        }
        let table = mem::ld(m);
        let cap = mem::ld(m + 16);
        let mut i = slot(h, cap, self.word_key(kt));
        loop {
            let e = table + i * 24;
            let t = mem::ld(e);
            if t == EMPTY || t == DELETED {
                mem::st(e, h | 2);
                mem::st(e + 8, key);
                mem::st(e + 16, val);
                mem::st(m + 8, count + 1);
                return Ok(());
            }
            i = (i + 1) & (cap - 1);
        }
    }

    fn map_grow(&mut self, m: u64, cap: u64, word: bool) -> Result<(), Trap> {
        let old = mem::ld(m);
        let old_cap = mem::ld(m + 16);
        let table = self.alloc(cap * 24, true)?;
        // Probing reads slots before writing them: commit the pages at once, not in two faults.
        self.heap.prefault(table as usize, cap as usize * 24);
        for j in 0..old_cap {
            let e = old + j * 24;
            let t = mem::ld(e);
            if t == EMPTY || t == DELETED {
                continue;
            }
            let mut i = slot(t, cap, word);
            loop {
                let d = table + i * 24;
                if mem::ld(d) == EMPTY {
                    mem::st(d, t);
                    mem::st(d + 8, mem::ld(e + 8));
                    mem::st(d + 16, mem::ld(e + 16));
                    break;
                }
                i = (i + 1) & (cap - 1);
            }
        }
        mem::st(m, table);
        mem::st(m + 16, cap);
        Ok(())
    }

    pub fn map_delete(&mut self, m: u64, key: u64, mt: TypeIdx) -> Result<(), Trap> {
        let (kt, _) = self.map_kv(mt);
        let h = self.key_hash(key, kt)?;
        if m == 0 || mem::ld(m + 8) == 0 {
            return Ok(());
        }
        self.begin_write(m)?;
        if let Some(e) = self.map_find(m, key, kt, h)? {
            mem::st(e, DELETED);
            mem::st(e + 8, 0);
            mem::st(e + 16, 0);
            mem::st(m + 8, mem::ld(m + 8) - 1);
        }
        mem::st(m + 24, 0);
        Ok(())
    }

    pub fn map_clear(&mut self, m: u64) -> Result<(), Trap> {
        if m == 0 {
            return Ok(());
        }
        self.begin_write(m)?;
        let cap = mem::ld(m + 16);
        mem::zero(mem::ld(m), cap * 24);
        mem::st(m + 8, 0);
        mem::st(m + 24, 0);
        Ok(())
    }

    /// The live entries (key, value), in storage order from a random slot.
    pub fn map_entries_from_random_slot(&mut self, m: u64) -> Vec<(u64, u64)> {
        if m == 0 {
            return Vec::new();
        }
        let table = mem::ld(m);
        let cap = mem::ld(m + 16);
        let start = self.rand() & (cap - 1);
        let mut out = Vec::with_capacity(mem::ld(m + 8) as usize);
        for j in 0..cap {
            let e = table + ((start + j) & (cap - 1)) * 24;
            let t = mem::ld(e);
            if t != EMPTY && t != DELETED {
                out.push((mem::ld(e + 8), mem::ld(e + 16)));
            }
        }
        out
    }

    /// Entries (key, value) of map m, in iteration order (for fmt and natives).
    pub fn map_entries(&mut self, m: u64) -> Vec<(u64, u64)> {
        if m == 0 {
            return Vec::new();
        }
        let table = mem::ld(m);
        let cap = mem::ld(m + 16);
        let mut out = Vec::new();
        for j in 0..cap {
            let e = table + j * 24;
            let t = mem::ld(e);
            if t != EMPTY && t != DELETED {
                out.push((mem::ld(e + 8), mem::ld(e + 16)));
            }
        }
        out
    }

    /// Starts an iteration: an iterator object `[map, snapshot data, n, next, map type]`. The
    /// snapshot holds `[key, irreflexive, value]` per entry: a key not equal to itself (a NaN, or a
    /// struct, array or interface holding one) cannot be looked up again, so its value is taken
    /// now (nothing can change it later: no assignment or delete can reach that entry).
    pub fn map_iter(&mut self, m: u64, mt: TypeIdx) -> Result<u64, Trap> {
        let (kt, _) = self.map_kv(mt);
        let may_be_irreflexive = self.may_be_irreflexive(kt);
        let entries = self.map_entries_from_random_slot(m);
        let n = entries.len() as u64;
        let data = if n == 0 { 0 } else { self.alloc(n * 24, true)? };
        for (i, &(k, v)) in entries.iter().enumerate() {
            let e = data + 24 * i as u64;
            mem::st(e, k);
            if may_be_irreflexive && !self.key_eq(k, k, kt, false)? {
                mem::st(e + 8, 1);
                mem::st(e + 16, v);
            }
        }
        let it = self.alloc(40, true)?;
        mem::st(it, m);
        mem::st(it + 8, data);
        mem::st(it + 16, n);
        mem::st(it + 24, 0);
        mem::st(it + 32, mt as u64);
        Ok(it)
    }

    /// Whether keys of type kt can be unequal to themselves (they hold a float somewhere).
    fn may_be_irreflexive(&self, kt: TypeIdx) -> bool {
        match &self.p.types.get(kt).kind {
            Kind::Float32 | Kind::Float64 | Kind::Complex64 | Kind::Complex128 | Kind::Interface { .. } => true,
            Kind::Struct(fields) => fields.iter().any(|f| self.may_be_irreflexive(f.ty)),
            Kind::Array { elem, .. } => self.may_be_irreflexive(*elem),
            _ => false,
        }
    }

    /// The next (key, value), or None when done.
    pub fn map_next(&mut self, it: u64) -> Result<Option<(u64, u64)>, Trap> {
        let m = mem::ld(it);
        let data = mem::ld(it + 8);
        let n = mem::ld(it + 16);
        let mt = mem::ld(it + 32) as TypeIdx;
        let (kt, _) = self.map_kv(mt);
        let mut i = mem::ld(it + 24);
        while i < n {
            let e = data + 24 * i;
            let k = mem::ld(e);
            i += 1;
            mem::st(it + 24, i);
            if mem::ld(m + 8) == 0 {
                break;
            }
            if mem::ld(e + 8) != 0 {
                return Ok(Some((k, mem::ld(e + 16))));
            }
            let h = self.key_hash(k, kt)?;
            if let Some(e) = self.map_find(m, k, kt, h)? {
                return Ok(Some((k, mem::ld(e + 16))));
            }
        }
        mem::st(it + 24, n);
        Ok(None)
    }
}
