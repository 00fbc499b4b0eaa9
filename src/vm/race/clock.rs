//! Vector clocks: for each goroutine slot, the latest tick of that slot known to happen before.
//!
//! A slot's tick counts its goroutine's memory accesses, so an access is identified by its
//! (slot, tick) epoch and happened before a goroutine exactly when the goroutine's clock holds
//! at least that tick for the slot (the FastTrack test, one compare).

#[derive(Clone, Default, Debug, PartialEq, Eq)]
pub struct Vc(Vec<u64>);

impl Vc {
    pub fn get(&self, slot: u32) -> u64 {
        self.0.get(slot as usize).copied().unwrap_or(0)
    }

    pub fn set(&mut self, slot: u32, tick: u64) {
        let i = slot as usize;
        if i >= self.0.len() {
            self.0.resize(i + 1, 0);
        }
        self.0[i] = tick;
    }

    /// Element-wise maximum: afterwards everything `other` knew to happen before, this does too.
    pub fn join(&mut self, other: &Vc) {
        if other.0.len() > self.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, &b) in self.0.iter_mut().zip(&other.0) {
            *a = (*a).max(b);
        }
    }

    pub fn copy_from(&mut self, other: &Vc) {
        self.0.clear();
        self.0.extend_from_slice(&other.0);
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
}
