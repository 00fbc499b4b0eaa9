//! Natives of package sort.
//!
//! The sorting algorithms are Go's (pattern-defeating quicksort for Sort/Slice/Ints, insertion
//! sort plus SymMerge for Stable/SliceStable), ported step for step: an unstable sort's order of
//! equal elements, and the sequence of Less/Swap calls a Go callback sees, are the algorithm's, so
//! any other algorithm would print differently from Go.

use super::{arg, ret};
use crate::vm::op::Mem;
use crate::vm::program::NativeFn;
use crate::vm::rtype::{Kind, TypeIdx};
use crate::vm::{Trap, Vm, mem};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("sort.Ints", |vm, a| sort_words(vm, arg(vm, a, 0), Elem::Int)));
    t.push(("sort.Float64s", |vm, a| sort_words(vm, arg(vm, a, 0), Elem::Float)));
    t.push(("sort.Strings", |vm, a| sort_words(vm, arg(vm, a, 0), Elem::Str)));
    t.push(("sort.IntSlice.Sort", |vm, a| sort_words(vm, arg(vm, a, 0), Elem::Int)));
    t.push(("sort.Float64Slice.Sort", |vm, a| sort_words(vm, arg(vm, a, 0), Elem::Float)));
    t.push(("sort.StringSlice.Sort", |vm, a| sort_words(vm, arg(vm, a, 0), Elem::Str)));
    t.push(("sort.IntsAreSorted", |vm, a| is_sorted_words(vm, a, Elem::Int)));
    t.push(("sort.Float64sAreSorted", |vm, a| is_sorted_words(vm, a, Elem::Float)));
    t.push(("sort.StringsAreSorted", |vm, a| is_sorted_words(vm, a, Elem::Str)));
    t.push(("sort.SearchInts", |vm, a| search_words(vm, a, Elem::Int)));
    t.push(("sort.SearchFloat64s", |vm, a| search_words(vm, a, Elem::Float)));
    t.push(("sort.SearchStrings", |vm, a| search_words(vm, a, Elem::Str)));
    t.push(("sort.IntSlice.Search", |vm, a| search_words(vm, a, Elem::Int)));
    t.push(("sort.Float64Slice.Search", |vm, a| search_words(vm, a, Elem::Float)));
    t.push(("sort.StringSlice.Search", |vm, a| search_words(vm, a, Elem::Str)));
    t.push(("sort.IntSlice.Len", slice_len));
    t.push(("sort.Float64Slice.Len", slice_len));
    t.push(("sort.StringSlice.Len", slice_len));
    t.push(("sort.IntSlice.Less", |vm, a| slice_less(vm, a, Elem::Int)));
    t.push(("sort.Float64Slice.Less", |vm, a| slice_less(vm, a, Elem::Float)));
    t.push(("sort.StringSlice.Less", |vm, a| slice_less(vm, a, Elem::Str)));
    t.push(("sort.IntSlice.Swap", slice_swap));
    t.push(("sort.Float64Slice.Swap", slice_swap));
    t.push(("sort.StringSlice.Swap", slice_swap));
    t.push(("sort.Search", search));
    t.push(("sort.Find", find));
    t.push(("sort.Slice", |vm, a| sort_slice(vm, a, false)));
    t.push(("sort.SliceStable", |vm, a| sort_slice(vm, a, true)));
    t.push(("sort.SliceIsSorted", slice_is_sorted));
    t.push(("sort.Sort", |vm, a| sort_iface(vm, a, false)));
    t.push(("sort.Stable", |vm, a| sort_iface(vm, a, true)));
    t.push(("sort.IsSorted", is_sorted_iface));
}

// ---- Go's algorithms over Less/Swap ----

trait Data {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Trap>;
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Trap>;
}

/// bits.Len.
fn bit_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

fn pdq_sort(d: &mut impl Data, n: usize) -> Result<(), Trap> {
    pdqsort(d, 0, n, bit_len(n))
}

fn insertion_sort(d: &mut impl Data, a: usize, b: usize) -> Result<(), Trap> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && d.less(j, j - 1)? {
            d.swap(j, j - 1)?;
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down(d: &mut impl Data, lo: usize, hi: usize, first: usize) -> Result<(), Trap> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && d.less(first + child, first + child + 1)? {
            child += 1;
        }
        if !d.less(first + root, first + child)? {
            return Ok(());
        }
        d.swap(first + root, first + child)?;
        root = child;
    }
}

fn heap_sort(d: &mut impl Data, a: usize, b: usize) -> Result<(), Trap> {
    let (first, hi) = (a, b - a);
    for i in (0..=(hi as isize - 1) / 2).rev() {
        sift_down(d, i as usize, hi, first)?;
    }
    for i in (0..hi).rev() {
        d.swap(first, first + i)?;
        sift_down(d, 0, i, first)?;
    }
    Ok(())
}

#[derive(PartialEq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn pdqsort(d: &mut impl Data, mut a: usize, mut b: usize, mut limit: usize) -> Result<(), Trap> {
    const MAX_INSERTION: usize = 12;
    let (mut was_balanced, mut was_partitioned) = (true, true);
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(d, a, b);
        }
        if limit == 0 {
            return heap_sort(d, a, b);
        }
        if !was_balanced {
            break_patterns(d, a, b)?;
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(d, a, b)?;
        if hint == Hint::Decreasing {
            reverse_range(d, a, b)?;
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced && was_partitioned && hint == Hint::Increasing && partial_insertion_sort(d, a, b)? {
            return Ok(());
        }
        if a > 0 && !d.less(a - 1, pivot)? {
            a = partition_equal(d, a, b, pivot)?;
            continue;
        }
        let (mid, already) = partition(d, a, b, pivot)?;
        was_partitioned = already;
        let (left, right) = (mid - a, b - mid);
        let threshold = length / 8;
        if left < right {
            was_balanced = left >= threshold;
            pdqsort(d, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right >= threshold;
            pdqsort(d, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition(d: &mut impl Data, a: usize, b: usize, pivot: usize) -> Result<(usize, bool), Trap> {
    d.swap(a, pivot)?;
    let (mut i, mut j) = (a as isize + 1, b as isize - 1);
    while i <= j && d.less(i as usize, a)? {
        i += 1;
    }
    while i <= j && !d.less(j as usize, a)? {
        j -= 1;
    }
    if i > j {
        d.swap(j as usize, a)?;
        return Ok((j as usize, true));
    }
    d.swap(i as usize, j as usize)?;
    i += 1;
    j -= 1;
    loop {
        while i <= j && d.less(i as usize, a)? {
            i += 1;
        }
        while i <= j && !d.less(j as usize, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        d.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    d.swap(j as usize, a)?;
    Ok((j as usize, false))
}

fn partition_equal(d: &mut impl Data, a: usize, b: usize, pivot: usize) -> Result<usize, Trap> {
    d.swap(a, pivot)?;
    let (mut i, mut j) = (a as isize + 1, b as isize - 1);
    loop {
        while i <= j && !d.less(a, i as usize)? {
            i += 1;
        }
        while i <= j && d.less(a, j as usize)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        d.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
    }
    Ok(i as usize)
}

fn partial_insertion_sort(d: &mut impl Data, a: usize, b: usize) -> Result<bool, Trap> {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: usize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !d.less(i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        d.swap(i, i - 1)?;
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !d.less(j, j - 1)? {
                    break;
                }
                d.swap(j, j - 1)?;
                j -= 1;
            }
        }
        if b - i >= 2 {
            for j in i + 1..b {
                if !d.less(j, j - 1)? {
                    break;
                }
                d.swap(j, j - 1)?;
            }
        }
    }
    Ok(false)
}

fn break_patterns(d: &mut impl Data, a: usize, b: usize) -> Result<(), Trap> {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1u64 << bit_len(length);
        for idx in a + (length / 4) * 2 - 1..=a + (length / 4) * 2 + 1 {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random & (modulus - 1)) as usize;
            if other >= length {
                other -= length;
            }
            d.swap(idx, a + other)?;
        }
    }
    Ok(())
}

fn choose_pivot(d: &mut impl Data, a: usize, b: usize) -> Result<(usize, Hint), Trap> {
    const SHORTEST_NINTHER: usize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let (mut i, mut j, mut k) = (a + l / 4, a + l / 4 * 2, a + l / 4 * 3);
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(d, i - 1, i, i + 1, &mut swaps)?;
            j = median(d, j - 1, j, j + 1, &mut swaps)?;
            k = median(d, k - 1, k, k + 1, &mut swaps)?;
        }
        j = median(d, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    })
}

fn order2(d: &mut impl Data, a: usize, b: usize, swaps: &mut usize) -> Result<(usize, usize), Trap> {
    if d.less(b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median(d: &mut impl Data, a: usize, b: usize, c: usize, swaps: &mut usize) -> Result<usize, Trap> {
    let (a, b) = order2(d, a, b, swaps)?;
    let (b, c) = order2(d, b, c, swaps)?;
    let _ = c;
    let (_, b) = order2(d, a, b, swaps)?;
    Ok(b)
}

fn reverse_range(d: &mut impl Data, a: usize, b: usize) -> Result<(), Trap> {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        d.swap(i, j)?;
        i += 1;
        j -= 1;
    }
    Ok(())
}

fn swap_range(d: &mut impl Data, a: usize, b: usize, n: usize) -> Result<(), Trap> {
    for i in 0..n {
        d.swap(a + i, b + i)?;
    }
    Ok(())
}

fn stable(d: &mut impl Data, n: usize) -> Result<(), Trap> {
    let mut block = 20;
    let (mut a, mut b) = (0, block);
    while b <= n {
        insertion_sort(d, a, b)?;
        a = b;
        b += block;
    }
    insertion_sort(d, a, n)?;
    while block < n {
        a = 0;
        b = 2 * block;
        while b <= n {
            sym_merge(d, a, a + block, b)?;
            a = b;
            b += 2 * block;
        }
        let m = a + block;
        if m < n {
            sym_merge(d, a, m, n)?;
        }
        block *= 2;
    }
    Ok(())
}

fn sym_merge(d: &mut impl Data, a: usize, m: usize, b: usize) -> Result<(), Trap> {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if d.less(h, a)? { i = h + 1 } else { j = h }
        }
        for k in a..i.saturating_sub(1) {
            d.swap(k, k + 1)?;
        }
        return Ok(());
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !d.less(m, h)? { i = h + 1 } else { j = h }
        }
        let mut k = m;
        while k > i {
            d.swap(k, k - 1)?;
            k -= 1;
        }
        return Ok(());
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !d.less(p - c, c)? { start = c + 1 } else { r = c }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(d, start, m, end)?;
    }
    if a < start && start < mid {
        sym_merge(d, a, start, mid)?;
    }
    if mid < end && end < b {
        sym_merge(d, mid, end, b)?;
    }
    Ok(())
}

fn rotate(d: &mut impl Data, a: usize, m: usize, b: usize) -> Result<(), Trap> {
    let (mut i, mut j) = (m - a, b - m);
    while i != j {
        if i > j {
            swap_range(d, m - i, m, j)?;
            i -= j;
        } else {
            swap_range(d, m - i, m + j - i, i)?;
            j -= i;
        }
    }
    swap_range(d, m - i, m, i)
}

// ---- []int, []float64, []string ----

#[derive(Clone, Copy)]
enum Elem {
    Int,
    Float,
    Str,
}

/// Go's cmp.Less on two words of the element kind (NaN sorts before every other float).
fn word_less(vm: &Vm, e: Elem, x: u64, y: u64) -> bool {
    match e {
        Elem::Int => (x as i64) < (y as i64),
        Elem::Float => {
            let (x, y) = (f64::from_bits(x), f64::from_bits(y));
            (x.is_nan() && !y.is_nan()) || x < y
        }
        Elem::Str => x != y && vm.str_bytes(x) < vm.str_bytes(y),
    }
}

/// Values read out of a slice, sorted in Rust and written back.
struct Words {
    w: Vec<u64>,
    /// Strings' bytes, parallel to `w` (empty for numbers).
    s: Vec<Vec<u8>>,
    e: Elem,
}

impl Data for Words {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Trap> {
        Ok(match self.e {
            Elem::Str => self.s[i] < self.s[j],
            Elem::Int => (self.w[i] as i64) < (self.w[j] as i64),
            Elem::Float => {
                let (x, y) = (f64::from_bits(self.w[i]), f64::from_bits(self.w[j]));
                (x.is_nan() && !y.is_nan()) || x < y
            }
        })
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Trap> {
        self.w.swap(i, j);
        if !self.s.is_empty() {
            self.s.swap(i, j);
        }
        Ok(())
    }
}

fn sort_words(vm: &mut Vm, s: u64, e: Elem) -> Result<(), Trap> {
    let (data, n, _) = vm.slice_parts(s);
    let w = vm.slice_words(s);
    let strs = if matches!(e, Elem::Str) { w.iter().map(|&x| vm.str_bytes(x)).collect() } else { Vec::new() };
    let mut d = Words { w, s: strs, e };
    pdq_sort(&mut d, n as usize)?;
    for (i, &x) in d.w.iter().enumerate() {
        mem::st(data + 8 * i as u64, x);
    }
    Ok(())
}

fn is_sorted_words(vm: &mut Vm, a: usize, e: Elem) -> Result<(), Trap> {
    let w = vm.slice_words(arg(vm, a, 0));
    let sorted = (1..w.len()).all(|i| !word_less(vm, e, w[i], w[i - 1]));
    ret(vm, a, 0, sorted as u64);
    Ok(())
}

/// SearchInts(a, x) etc.: the first index whose element is ≥ x.
fn search_words(vm: &mut Vm, a: usize, e: Elem) -> Result<(), Trap> {
    let w = vm.slice_words(arg(vm, a, 0));
    let x = arg(vm, a, 1);
    let (mut i, mut j) = (0, w.len());
    while i < j {
        let h = (i + j) / 2;
        if word_less(vm, e, w[h], x) { i = h + 1 } else { j = h }
    }
    ret(vm, a, 0, i as u64);
    Ok(())
}

fn index_check(n: u64, i: u64) -> Result<u64, Trap> {
    if i >= n {
        return Err(Trap::Runtime(format!("index out of range [{}] with length {n}", i as i64)));
    }
    Ok(i)
}

fn slice_len(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (_, n, _) = vm.slice_parts(arg(vm, a, 0));
    ret(vm, a, 0, n);
    Ok(())
}

fn slice_less(vm: &mut Vm, a: usize, e: Elem) -> Result<(), Trap> {
    let (data, n, _) = vm.slice_parts(arg(vm, a, 0));
    let i = index_check(n, arg(vm, a, 1))?;
    let j = index_check(n, arg(vm, a, 2))?;
    let r = word_less(vm, e, mem::ld(data + 8 * i), mem::ld(data + 8 * j));
    ret(vm, a, 0, r as u64);
    Ok(())
}

fn slice_swap(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (data, n, _) = vm.slice_parts(arg(vm, a, 0));
    let i = index_check(n, arg(vm, a, 1))?;
    let j = index_check(n, arg(vm, a, 2))?;
    let (x, y) = (mem::ld(data + 8 * i), mem::ld(data + 8 * j));
    mem::st(data + 8 * i, y);
    mem::st(data + 8 * j, x);
    Ok(())
}

// ---- callbacks ----

fn search(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (n, f) = (arg(vm, a, 0) as i64, arg(vm, a, 1));
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if vm.call_value(f, &[h as u64], 1)?[0] & 1 == 0 { i = h + 1 } else { j = h }
    }
    ret(vm, a, 0, i as u64);
    Ok(())
}

fn find(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (n, f) = (arg(vm, a, 0) as i64, arg(vm, a, 1));
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if (vm.call_value(f, &[h as u64], 1)?[0] as i64) > 0 { i = h + 1 } else { j = h }
    }
    let found = i < n && vm.call_value(f, &[i as u64], 1)?[0] as i64 == 0;
    ret(vm, a, 0, i as u64);
    ret(vm, a, 1, found as u64);
    Ok(())
}

/// sort.Slice's data: a Go less(i, j) and element swaps by width. Struct and array elements are
/// blocks owned by their slot, so their contents are swapped (a pointer to an element keeps
/// pointing at its slot, as in Go).
struct SliceData<'v, 'p> {
    vm: &'v mut Vm<'p>,
    less: u64,
    data: u64,
    elem: TypeIdx,
    m: Mem,
    width: u64,
}

impl Data for SliceData<'_, '_> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Trap> {
        Ok(self.vm.call_value(self.less, &[i as u64, j as u64], 1)?[0] & 1 != 0)
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Trap> {
        let (x, y) = (self.data + i as u64 * self.width, self.data + j as u64 * self.width);
        if self.vm.p.types.get(self.elem).is_block() {
            swap_blocks(self.vm, mem::ld(x), mem::ld(y), self.elem);
        } else {
            swap_mem(x, y, self.m);
        }
        Ok(())
    }
}

fn swap_mem(x: u64, y: u64, m: Mem) {
    let t = mem::load(x, m);
    mem::store(x, m, mem::load(y, m));
    mem::store(y, m, t);
}

/// Exchanges the contents of two blocks of struct/array type t.
fn swap_blocks(vm: &Vm, x: u64, y: u64, t: TypeIdx) {
    let types = &vm.p.types;
    match &types.get(t).kind {
        Kind::Struct(fields) => {
            for (i, f) in fields.iter().enumerate() {
                let off = 8 * i as u64;
                if types.get(f.ty).is_block() {
                    swap_blocks(vm, mem::ld(x + off), mem::ld(y + off), f.ty);
                } else {
                    swap_mem(x + off, y + off, Mem::B8);
                }
            }
        }
        Kind::Array { len, elem } => {
            let et = types.get(*elem);
            if et.is_block() {
                for i in 0..*len {
                    swap_blocks(vm, mem::ld(x + 8 * i), mem::ld(y + 8 * i), *elem);
                }
            } else {
                let m = et.mem();
                let w = m.bytes();
                for i in 0..*len {
                    swap_mem(x + i * w, y + i * w, m);
                }
            }
        }
        _ => {}
    }
}

/// The slice in interface argument 0: (data, len, element type).
fn any_slice(vm: &mut Vm, a: usize) -> Result<(u64, u64, TypeIdx), Trap> {
    let (t, s) = vm.unbox(arg(vm, a, 0));
    let Kind::Slice(elem) = vm.p.types.get(t).kind else {
        let name = if t == 0 { "nil".to_string() } else { vm.p.types.get(t).name.clone() };
        let msg = format!("reflect: call of Swapper on {name} Value");
        let v = vm.box_str(msg.as_bytes())?;
        return Err(Trap::Panic(v));
    };
    let (data, n, _) = vm.slice_parts(s);
    Ok((data, n, elem))
}

fn sort_slice(vm: &mut Vm, a: usize, stable_sort: bool) -> Result<(), Trap> {
    let (data, n, elem) = any_slice(vm, a)?;
    let m = vm.p.types.get(elem).mem();
    let width = m.bytes();
    let less = arg(vm, a, 1);
    let mut d = SliceData { vm, less, data, elem, m, width };
    if stable_sort { stable(&mut d, n as usize) } else { pdq_sort(&mut d, n as usize) }
}

fn slice_is_sorted(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (_, n, _) = any_slice(vm, a)?;
    let less = arg(vm, a, 1);
    let mut sorted = true;
    for i in (1..n).rev() {
        if vm.call_value(less, &[i, i - 1], 1)?[0] & 1 != 0 {
            sorted = false;
            break;
        }
    }
    ret(vm, a, 0, sorted as u64);
    Ok(())
}

/// sort.Interface's methods of the value in argument 0.
struct IfaceData<'v, 'p> {
    vm: &'v mut Vm<'p>,
    recv: u64,
    less: u32,
    swap: u32,
}

impl Data for IfaceData<'_, '_> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Trap> {
        Ok(self.vm.call_func(self.less, &[self.recv, i as u64, j as u64], 1)?[0] & 1 != 0)
    }
    fn swap(&mut self, i: usize, j: usize) -> Result<(), Trap> {
        self.vm.call_func(self.swap, &[self.recv, i as u64, j as u64], 0)?;
        Ok(())
    }
}

/// (receiver word, Len, Less, Swap) of the sort.Interface value in argument 0.
fn methods(vm: &Vm, a: usize) -> Result<(u64, u32, u32, u32), Trap> {
    let (t, w) = vm.unbox(arg(vm, a, 0));
    if t == 0 {
        return Err(Trap::NilDeref);
    }
    let p = vm.p;
    let find = |name: &str| -> Result<u32, Trap> {
        let mid = p.method_names.iter().position(|n| n == name).ok_or(Trap::NilDeref)?;
        p.methods.get(&(t, mid as u32)).copied().ok_or(Trap::NilDeref)
    };
    Ok((w, find("Len")?, find("Less")?, find("Swap")?))
}

fn sort_iface(vm: &mut Vm, a: usize, stable_sort: bool) -> Result<(), Trap> {
    let (recv, len, less, swap) = methods(vm, a)?;
    let n = vm.call_func(len, &[recv], 1)?[0] as i64;
    let mut d = IfaceData { vm, recv, less, swap };
    if stable_sort {
        return stable(&mut d, n.max(0) as usize);
    }
    if n <= 1 {
        return Ok(());
    }
    pdq_sort(&mut d, n as usize)
}

fn is_sorted_iface(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (recv, len, less, _) = methods(vm, a)?;
    let n = vm.call_func(len, &[recv], 1)?[0] as i64;
    let mut sorted = true;
    let mut i = n - 1;
    while i > 0 {
        if vm.call_func(less, &[recv, i as u64, (i - 1) as u64], 1)?[0] & 1 != 0 {
            sorted = false;
            break;
        }
        i -= 1;
    }
    ret(vm, a, 0, sorted as u64);
    Ok(())
}
