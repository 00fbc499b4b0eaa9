//! Size classes: Go's table (runtime/sizeclasses.go) of small-object sizes up to 32 KiB, with the
//! pages per span Go chose for each so that tail waste stays under 12.5%.

/// Bytes per page; spans are whole pages and start on page boundaries.
pub const PAGE_SIZE: usize = 8192;
pub const PAGE_SHIFT: u32 = 13;

/// Objects above this size get a span of their own (a "large" span).
pub const MAX_SMALL: usize = 32768;

/// Number of classes including the unused class 0.
pub const NUM_CLASSES: usize = 68;

/// Object size of each class (class 0: large objects).
pub const CLASS_SIZE: [u32; NUM_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
    480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
    4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
];

/// Pages per span of each class.
pub const CLASS_PAGES: [u8; NUM_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2,
    1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
];

/// Most objects any small span holds (class 1: 8192 / 8); sizes the per-span bitmaps.
pub const MAX_OBJECTS: usize = 1024;

/// Smallest class whose size is at least `size`, by linear search (only used to build tables).
const fn search(size: usize) -> u8 {
    let mut c = 1;
    while (CLASS_SIZE[c] as usize) < size {
        c += 1;
    }
    c as u8
}

/// Class by `(size + 7) / 8` for sizes up to 1024.
const SMALL_TABLE: [u8; 129] = {
    let mut t = [0u8; 129];
    let mut i = 0;
    while i < 129 {
        t[i] = search(i * 8);
        i += 1;
    }
    t
};

/// Class by `(size - 1024 + 127) / 128` for sizes from 1025 to 32768.
const LARGE_TABLE: [u8; 249] = {
    let mut t = [0u8; 249];
    let mut i = 0;
    while i < 249 {
        t[i] = search(1024 + i * 128);
        i += 1;
    }
    t
};

/// The class for an object of `size` bytes, `1 <= size <= MAX_SMALL`.
#[inline]
pub fn class_of(size: usize) -> usize {
    debug_assert!(size > 0 && size <= MAX_SMALL);
    if size <= 1024 { SMALL_TABLE[(size + 7) >> 3] as usize } else { LARGE_TABLE[(size - 1024 + 127) >> 7] as usize }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_of_is_the_smallest_fitting_class() {
        for size in 1..=MAX_SMALL {
            let c = class_of(size);
            assert!(CLASS_SIZE[c] as usize >= size, "size {size}");
            assert!((CLASS_SIZE[c - 1] as usize) < size, "size {size}");
        }
    }

    #[test]
    fn spans_hold_between_one_and_max_objects() {
        for c in 1..NUM_CLASSES {
            let size = CLASS_SIZE[c] as usize;
            assert_eq!(size % 8, 0);
            let n = CLASS_PAGES[c] as usize * PAGE_SIZE / size;
            assert!((1..=MAX_OBJECTS).contains(&n), "class {c}");
        }
        assert_eq!(CLASS_SIZE[NUM_CLASSES - 1] as usize, MAX_SMALL);
        assert_eq!(1 << PAGE_SHIFT, PAGE_SIZE);
    }
}
