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
        assert!(offset.checked_add(len).is_some_and(|end| end <= self.len));
        // SAFETY: the range is inside this mapping (checked above); MADV_DONTNEED on private
        // anonymous memory only replaces its contents with zero pages.
        unsafe { libc::madvise((self.addr + offset) as *mut libc::c_void, len, libc::MADV_DONTNEED) };
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
