//! The page allocator: hands out runs of whole pages of the region to spans and takes them back.
//!
//! Pages below `high` have been used at least once; pages at or above it are untouched (zero, not
//! resident). Free runs below `high` are coalesced with their free neighbours and kept in two
//! indexes (by start and by size, for best fit). A free run is "released" when its pages were given
//! back to the OS with `MADV_DONTNEED` (so they read as zero); otherwise it is dirty and whoever
//! takes it must zero what it hands out. Protected by the heap's central mutex.

use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy)]
struct Run {
    npages: usize,
    released: bool,
}

pub(crate) struct Pages {
    /// Pages in the region.
    total: usize,
    /// Pages at or above this index have never been handed out.
    high: usize,
    by_start: BTreeMap<usize, Run>,
    by_size: BTreeSet<(usize, usize)>,
    /// Pages in free runs, and how many of those are released.
    free_pages: usize,
    released_pages: usize,
}

impl Pages {
    pub fn new(total: usize) -> Pages {
        Pages { total, high: 0, by_start: BTreeMap::new(), by_size: BTreeSet::new(), free_pages: 0, released_pages: 0 }
    }

    /// Page index one past the highest page ever handed out.
    pub fn high(&self) -> usize {
        self.high
    }

    pub fn free_pages(&self) -> usize {
        self.free_pages
    }

    pub fn released_pages(&self) -> usize {
        self.released_pages
    }

    fn insert(&mut self, start: usize, run: Run) {
        self.by_start.insert(start, run);
        self.by_size.insert((run.npages, start));
        self.free_pages += run.npages;
        if run.released {
            self.released_pages += run.npages;
        }
    }

    fn remove(&mut self, start: usize) -> Run {
        let run = self.by_start.remove(&start).expect("free run");
        self.by_size.remove(&(run.npages, start));
        self.free_pages -= run.npages;
        if run.released {
            self.released_pages -= run.npages;
        }
        run
    }

    /// Takes `n` pages: the smallest free run that fits (lowest address among equals), else fresh
    /// pages above `high`. Returns the first page and whether the pages may hold non-zero bytes.
    pub fn alloc(&mut self, n: usize) -> Option<(usize, bool)> {
        debug_assert!(n > 0);
        if let Some(&(_, start)) = self.by_size.range((n, 0)..).next() {
            let run = self.remove(start);
            if run.npages > n {
                let rest = Run { npages: run.npages - n, released: run.released };
                self.insert(start + n, rest);
            }
            return Some((start, !run.released));
        }
        if self.total - self.high >= n {
            let start = self.high;
            self.high += n;
            return Some((start, false));
        }
        None
    }

    /// Returns `n` pages starting at `start` (dirty), merging with free neighbours. A merged run
    /// is released only if all its parts were.
    pub fn free(&mut self, start: usize, n: usize) {
        let mut run = Run { npages: n, released: false };
        let mut start = start;
        if let Some((&prev, &p)) = self.by_start.range(..start).next_back()
            && prev + p.npages == start
        {
            self.remove(prev);
            start = prev;
            run.npages += p.npages;
        }
        if self.by_start.contains_key(&(start + run.npages)) {
            let next = self.remove(start + run.npages);
            run.npages += next.npages;
        }
        self.insert(start, run);
    }

    /// Releases dirty free runs, highest address first, until at most `keep` dirty free pages
    /// remain; `release(start, n)` does the madvise.
    pub fn scavenge(&mut self, keep: usize, mut release: impl FnMut(usize, usize)) {
        let mut dirty = self.free_pages - self.released_pages;
        if dirty <= keep {
            return;
        }
        let victims: Vec<(usize, usize)> =
            self.by_start.iter().rev().filter(|(_, r)| !r.released).map(|(&s, r)| (s, r.npages)).collect();
        for (start, n) in victims {
            if dirty <= keep {
                break;
            }
            release(start, n);
            self.remove(start);
            self.insert(start, Run { npages: n, released: true });
            dirty -= n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_fit_split_and_coalesce() {
        let mut p = Pages::new(100);
        assert_eq!(p.alloc(10), Some((0, false)));
        assert_eq!(p.alloc(5), Some((10, false)));
        assert_eq!(p.alloc(3), Some((15, false)));
        p.free(0, 10);
        p.free(15, 3);
        assert_eq!(p.alloc(2), Some((15, true)), "best fit takes the smaller run");
        p.free(10, 5);
        // 0..15 merged; 17 is free too (the rest of the 15..18 run).
        assert_eq!(p.free_pages(), 16);
        assert_eq!(p.alloc(15), Some((0, true)));
        assert_eq!(p.alloc(90), None);
        assert_eq!(p.alloc(82), Some((18, false)));
    }

    #[test]
    fn scavenge_releases_highest_first() {
        let mut p = Pages::new(100);
        p.alloc(30).unwrap();
        p.free(0, 10);
        p.free(20, 10);
        let mut released = vec![];
        p.scavenge(10, |s, n| released.push((s, n)));
        assert_eq!(released, vec![(20, 10)]);
        assert_eq!(p.released_pages(), 10);
        assert_eq!(p.alloc(10), Some((0, true)), "dirty run, best fit, lower address");
        assert_eq!(p.alloc(10), Some((20, false)), "released run reads as zero");
    }
}
