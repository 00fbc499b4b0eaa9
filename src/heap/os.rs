//! Address-space reservations from the OS: one `mmap(MAP_NORESERVE)` region each, unmapped on drop.

use std::ptr;

/// A reserved, read-write, lazily committed range of address space. Pages read as zero until
/// written; `release` returns pages to the OS (they read as zero again afterwards).
pub(crate) struct Mapping {
    addr: usize,
    len: usize,
}

impl Mapping {
    /// Reserves `len` bytes (a multiple of the OS page size). `None` if the OS refuses; `len == 0`
    /// gives an empty mapping.
    pub fn reserve(len: usize) -> Option<Mapping> {
        if len == 0 {
            return Some(Mapping { addr: 0, len: 0 });
        }
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing aliases no
        // existing memory.
        let p = unsafe {
            libc::mmap(
                ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        (p != libc::MAP_FAILED).then_some(Mapping { addr: p as usize, len })
    }

    pub fn addr(&self) -> usize {
        self.addr
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Gives the pages of `[offset, offset+len)` back to the OS; they read as zero afterwards.
    /// The caller makes sure nothing is stored there concurrently.
    pub fn release(&self, offset: usize, len: usize) {
        // MADV_DONTNEED on private anonymous memory only replaces its contents with zero pages.
        self.advise(offset, len, libc::MADV_DONTNEED);
    }

    /// Commits the pages of `[offset, offset+len)` for writing now, in one call, instead of a
    /// fault per page at first touch, or two when the first touch is a read (it maps the shared
    /// zero page, which the first write then replaces). Advisory: before Linux 5.14
    /// (no MADV_POPULATE_WRITE) nothing happens and the pages fault in as before.
    pub fn populate(&self, offset: usize, len: usize) {
        // Populating private anonymous memory allocates its pages and leaves their contents.
        self.advise(offset, len, libc::MADV_POPULATE_WRITE);
    }

    /// `madvise(advice)` on `[offset, offset+len)`, checked to lie inside the mapping; `advice`
    /// is one that keeps the memory valid (its contents kept, or zero).
    fn advise(&self, offset: usize, len: usize, advice: libc::c_int) {
        assert!(offset.checked_add(len).is_some_and(|end| end <= self.len));
        // SAFETY: the range is inside this mapping (checked above), and both advices used leave
        // it mapped and readable.
        unsafe { libc::madvise((self.addr + offset) as *mut libc::c_void, len, advice) };
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        if self.len != 0 {
            // SAFETY: this mapping owns the range and nothing refers to it once it is dropped.
            unsafe { libc::munmap(self.addr as *mut libc::c_void, self.len) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Mapping;

    fn word(m: &Mapping, offset: usize) -> *mut u64 {
        (m.addr() + offset) as *mut u64
    }

    #[test]
    fn populated_pages_read_zero_keep_what_is_written_and_release_to_zero() {
        let page = 4096;
        let m = Mapping::reserve(64 * page).expect("reserve");
        m.populate(page, 8 * page);
        // SAFETY: the offsets are inside the mapping, 8-aligned, and only this thread uses it.
        unsafe {
            assert_eq!(*word(&m, page), 0);
            *word(&m, 2 * page + 8) = 7;
            m.populate(0, 64 * page);
            assert_eq!(*word(&m, 2 * page + 8), 7, "populating keeps contents");
            m.release(0, 64 * page);
            assert_eq!(*word(&m, 2 * page + 8), 0);
        }
    }

    #[test]
    fn populating_from_many_threads_at_once_is_safe() {
        let page = 4096;
        let m = std::sync::Arc::new(Mapping::reserve(256 * page).expect("reserve"));
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let m = m.clone();
                std::thread::spawn(move || {
                    for _ in 0..20 {
                        m.populate(t * 32 * page, 32 * page);
                        // SAFETY: each thread writes only its own 32 pages of the mapping.
                        unsafe { *word(&m, t * 32 * page + 16) += 1 };
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        for t in 0..8 {
            // SAFETY: the writers are done.
            assert_eq!(unsafe { *word(&m, t * 32 * page + 16) }, 20);
        }
    }

    #[test]
    #[should_panic]
    fn populating_outside_the_mapping_is_refused() {
        let m = Mapping::reserve(4096).expect("reserve");
        m.populate(0, 8192);
    }
}
