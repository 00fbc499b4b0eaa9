//! Vector clocks: for each goroutine slot, the latest tick of that slot known to happen before.
//!
//! A slot's tick counts its goroutine's memory accesses, so an access is identified by its
//! (slot, tick) epoch and happened before a goroutine exactly when the goroutine's clock holds
//! at least that tick for the slot (the FastTrack test, one compare).
//!
//! Slots below `DENSE` (the goroutines of most programs: slots are reused, and a goroutine takes
//! one only when it first touches memory) are indexed directly; higher ones, which only a program
//! with thousands of goroutines live at once reaches, are kept sparse, so a clock costs what it
//! knows, not the highest slot number (100,000 parked goroutines with dense clocks would need
//! 40 GB).

/// Slots indexed directly.
const DENSE: usize = 2048;

#[derive(Clone, Default, Debug, PartialEq, Eq)]
pub struct Vc {
    dense: Vec<u64>,
    /// (slot, tick) for slots ≥ DENSE, sorted by slot.
    sparse: Vec<(u32, u64)>,
}

impl Vc {
    #[inline]
    pub fn get(&self, slot: u32) -> u64 {
        let i = slot as usize;
        if i < DENSE {
            return self.dense.get(i).copied().unwrap_or(0);
        }
        match self.sparse.binary_search_by_key(&slot, |e| e.0) {
            Ok(k) => self.sparse[k].1,
            Err(_) => 0,
        }
    }

    pub fn set(&mut self, slot: u32, tick: u64) {
        let i = slot as usize;
        if i < DENSE {
            if i >= self.dense.len() {
                self.dense.resize(i + 1, 0);
            }
            self.dense[i] = tick;
            return;
        }
        match self.sparse.binary_search_by_key(&slot, |e| e.0) {
            Ok(k) => self.sparse[k].1 = tick,
            Err(k) => self.sparse.insert(k, (slot, tick)),
        }
    }

    /// Element-wise maximum: afterwards everything `other` knew to happen before, this does too.
    pub fn join(&mut self, other: &Vc) {
        if other.dense.len() > self.dense.len() {
            self.dense.resize(other.dense.len(), 0);
        }
        for (a, &b) in self.dense.iter_mut().zip(&other.dense) {
            *a = (*a).max(b);
        }
        if other.sparse.is_empty() {
            return;
        }
        // Merge of two sorted lists.
        let mut out = Vec::with_capacity(self.sparse.len() + other.sparse.len());
        let (mut x, mut y) = (self.sparse.iter().peekable(), other.sparse.iter().peekable());
        loop {
            match (x.peek(), y.peek()) {
                (Some(&&a), Some(&&b)) if a.0 == b.0 => {
                    out.push((a.0, a.1.max(b.1)));
                    x.next();
                    y.next();
                }
                (Some(&&a), Some(&&b)) => {
                    if a.0 < b.0 {
                        out.push(a);
                        x.next();
                    } else {
                        out.push(b);
                        y.next();
                    }
                }
                (Some(&&a), None) => {
                    out.push(a);
                    x.next();
                }
                (None, Some(&&b)) => {
                    out.push(b);
                    y.next();
                }
                (None, None) => break,
            }
        }
        self.sparse = out;
    }

    pub fn copy_from(&mut self, other: &Vc) {
        self.dense.clear();
        self.dense.extend_from_slice(&other.dense);
        self.sparse.clear();
        self.sparse.extend_from_slice(&other.sparse);
    }
}

#[cfg(test)]
mod tests {
    use super::Vc;

    #[test]
    fn join_takes_the_maximum_of_each_slot() {
        let mut a = Vc::default();
        a.set(0, 5);
        a.set(2, 1);
        let mut b = Vc::default();
        b.set(0, 3);
        b.set(1, 7);
        b.set(3, 2);
        a.join(&b);
        assert_eq!((a.get(0), a.get(1), a.get(2), a.get(3), a.get(9)), (5, 7, 1, 2, 0));
        let mut c = Vc::default();
        c.copy_from(&a);
        assert_eq!(c, a);
    }

    #[test]
    fn high_slots_are_sparse_and_join_like_low_ones() {
        let mut a = Vc::default();
        a.set(5000, 3);
        a.set(100_000, 9);
        a.set(3000, 1);
        assert_eq!(a.dense.len(), 0);
        assert_eq!(a.sparse, vec![(3000, 1), (5000, 3), (100_000, 9)]);
        let mut b = Vc::default();
        b.set(5000, 7);
        b.set(1500, 2);
        b.set(7, 4);
        a.join(&b);
        let got: Vec<u64> = [7, 1500, 3000, 5000, 100_000, 99].iter().map(|&s| a.get(s)).collect();
        assert_eq!(got, vec![4, 2, 1, 7, 9, 0]);
        a.set(5000, 8);
        assert_eq!(a.get(5000), 8);
        let mut c = Vc::default();
        c.copy_from(&a);
        assert_eq!(c, a);
    }
}
