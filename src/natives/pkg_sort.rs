//! Natives of package sort.
//!
//! The sorting algorithms are Go's (pattern-defeating quicksort for Sort/Slice/Ints, insertion
//! sort plus SymMerge for Stable/SliceStable), ported step for step: an unstable sort's order of
//! equal elements, and the sequence of Less/Swap calls a Go callback sees, are the algorithm's, so
//! any other algorithm would print differently from Go.

mod algo;

use super::{arg, ret};
use crate::vm::op::Mem;
use crate::vm::program::NativeFn;
use crate::vm::rtype::{Kind, TypeIdx};
use crate::vm::{Trap, Vm, mem};
use algo::{Data, pdq_sort, stable};

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
struct SliceData<'v> {
    vm: &'v mut Vm,
    less: u64,
    data: u64,
    elem: TypeIdx,
    m: Mem,
    width: u64,
}

impl Data for SliceData<'_> {
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
struct IfaceData<'v> {
    vm: &'v mut Vm,
    recv: u64,
    less: u32,
    swap: u32,
}

impl Data for IfaceData<'_> {
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
        let mid = p.method_id(name).ok_or(Trap::NilDeref)?;
        p.methods.get(&(t, mid)).copied().ok_or(Trap::NilDeref)
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
