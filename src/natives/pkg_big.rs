//! Natives of math/big: arithmetic on the words of `big.Int` values (`neg bool; abs nat`, nat a
//! little-endian `[]Word` without leading zeros), by the `num-bigint` crate. A native reads its
//! operands' words, computes, and returns freshly allocated words (nil for zero); the Go surface
//! keeps the sign rules, panics and API.

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Euclid, FromPrimitive, One, ToPrimitive, Zero};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("math/big.arith", arith));
    t.push(("math/big.quoRem", quo_rem));
    t.push(("math/big.unary", unary));
    t.push(("math/big.expNN", exp_nn));
    t.push(("math/big.gcdCofactor", gcd_cofactor));
    t.push(("math/big.text", text));
    t.push(("math/big.scan", scan));
    t.push(("math/big.toFloat", to_float));
    t.push(("math/big.probablyPrime", probably_prime));
    t.push(("math/big.mulRange", mul_range));
    t.push(("math/big.jacobi", jacobi));
}

/// Results beyond this many bits are refused as Go's allocator would refuse them.
const MAX_BITS: u64 = 1 << 36;

fn oom() -> Trap {
    Trap::Fatal("runtime: out of memory".into())
}

/// The magnitude held by the nat slice `s`.
fn nat(vm: &Vm, s: u64) -> BigUint {
    let (data, len, _) = vm.slice_parts(s);
    let mut digits = Vec::with_capacity(2 * len as usize);
    for i in 0..len {
        let w = mem::ld(data + 8 * i);
        digits.push(w as u32);
        digits.push((w >> 32) as u32);
    }
    BigUint::new(digits)
}

fn nat_arg(vm: &Vm, a: usize, i: usize) -> BigUint {
    nat(vm, arg(vm, a, i))
}

/// The signed value of the (neg, abs) argument pair at `i`.
fn int_arg(vm: &Vm, a: usize, i: usize) -> BigInt {
    let neg = arg(vm, a, i) & 1 != 0;
    let m = nat_arg(vm, a, i + 1);
    BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, m)
}

/// A new nat slice holding `x` (nil for zero).
fn new_nat(vm: &mut Vm, x: &BigUint) -> Result<u64, Trap> {
    let words = x.to_u64_digits();
    if words.is_empty() {
        return Ok(0);
    }
    let n = words.len() as u64;
    let data = vm.alloc(8 * n, false)?;
    for (i, w) in words.iter().enumerate() {
        mem::st(data + 8 * i as u64, *w);
    }
    vm.new_slice_hdr(data, n, n)
}

fn ret_nat(vm: &mut Vm, a: usize, i: usize, x: &BigUint) -> Result<(), Trap> {
    let s = new_nat(vm, x)?;
    ret(vm, a, i, s);
    Ok(())
}

/// Returns `x` as a (neg, abs) pair at `i`, `i+1`.
fn ret_int(vm: &mut Vm, a: usize, i: usize, x: &BigInt) -> Result<(), Trap> {
    let s = new_nat(vm, x.magnitude())?;
    ret(vm, a, i, (x.sign() == Sign::Minus) as u64);
    ret(vm, a, i + 1, s);
    Ok(())
}

fn div_zero() -> Trap {
    Trap::runtime("integer divide by zero")
}

/// The words of the nat slice `s`.
fn words(vm: &Vm, s: u64) -> Vec<u64> {
    let (data, len, _) = vm.slice_parts(s);
    (0..len).map(|i| mem::ld(data + 8 * i)).collect()
}

/// A new nat slice holding the words `w` (trimmed of leading zeros; nil for zero).
fn new_nat_words(vm: &mut Vm, w: &[u64]) -> Result<u64, Trap> {
    let n = w.iter().rposition(|d| *d != 0).map_or(0, |i| i + 1) as u64;
    if n == 0 {
        return Ok(0);
    }
    let data = vm.alloc(8 * n, false)?;
    for (i, d) in w.iter().take(n as usize).enumerate() {
        mem::st(data + 8 * i as u64, *d);
    }
    vm.new_slice_hdr(data, n, n)
}

/// |x| + |y| on words.
fn add_words(x: &[u64], y: &[u64]) -> Vec<u64> {
    let (x, y) = if x.len() >= y.len() { (x, y) } else { (y, x) };
    let mut out = Vec::with_capacity(x.len() + 1);
    let mut carry = false;
    for (i, &d) in x.iter().enumerate() {
        let (s1, c1) = d.overflowing_add(y.get(i).copied().unwrap_or(0));
        let (s2, c2) = s1.overflowing_add(carry as u64);
        out.push(s2);
        carry = c1 || c2;
    }
    if carry {
        out.push(1);
    }
    out
}

/// |x| - |y| on words, for |x| >= |y|.
fn sub_words(x: &[u64], y: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(x.len());
    let mut borrow = false;
    for (i, &d) in x.iter().enumerate() {
        let (s1, b1) = d.overflowing_sub(y.get(i).copied().unwrap_or(0));
        let (s2, b2) = s1.overflowing_sub(borrow as u64);
        out.push(s2);
        borrow = b1 || b2;
    }
    out
}

fn cmp_words(x: &[u64], y: &[u64]) -> std::cmp::Ordering {
    x.len().cmp(&y.len()).then_with(|| x.iter().rev().cmp(y.iter().rev()))
}

/// Add and Sub on words (no conversion to BigInt): Go's sign rules.
fn add_sub(vm: &mut Vm, a: usize, sub: bool) -> Result<(), Trap> {
    let xn = arg(vm, a, 1) & 1 != 0;
    let x = words(vm, arg(vm, a, 2));
    let yn = (arg(vm, a, 3) & 1 != 0) != sub;
    let y = words(vm, arg(vm, a, 4));
    let (neg, w) = if xn == yn {
        (xn, add_words(&x, &y))
    } else if cmp_words(&x, &y) == std::cmp::Ordering::Less {
        (yn, sub_words(&y, &x))
    } else {
        (xn, sub_words(&x, &y))
    };
    let s = new_nat_words(vm, &w)?;
    ret(vm, a, 0, (neg && s != 0) as u64);
    ret(vm, a, 1, s);
    Ok(())
}

fn arith(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let op = arg(vm, a, 0) as i64;
    if op == 0 || op == 1 {
        return add_sub(vm, a, op == 1);
    }
    let x = int_arg(vm, a, 1);
    let y = int_arg(vm, a, 3);
    if (3..=6).contains(&op) && y.is_zero() {
        return Err(div_zero());
    }
    let z = match op {
        0 => x + y,
        1 => x - y,
        2 => {
            if x.bits() + y.bits() > MAX_BITS {
                return Err(oom());
            }
            x * y
        }
        3 => x / y,
        4 => x % y,
        5 => x.div_euclid(&y),
        6 => x.rem_euclid(&y),
        7 => x & y,
        8 => x | y,
        9 => x ^ y,
        _ => x & !y,
    };
    ret_int(vm, a, 0, &z)
}

fn quo_rem(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let euclid = arg(vm, a, 0) & 1 != 0;
    let x = int_arg(vm, a, 1);
    let y = int_arg(vm, a, 3);
    if y.is_zero() {
        return Err(div_zero());
    }
    let (q, r) = if euclid { (x.div_euclid(&y), x.rem_euclid(&y)) } else { (&x / &y, &x % &y) };
    ret_int(vm, a, 0, &q)?;
    ret_int(vm, a, 2, &r)
}

fn unary(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let op = arg(vm, a, 0) as i64;
    let mut x = int_arg(vm, a, 1);
    let n = arg(vm, a, 3);
    let z = match op {
        0 => {
            if !x.is_zero() && x.bits().saturating_add(n) > MAX_BITS {
                return Err(oom());
            }
            x << n
        }
        1 => x >> n,
        2 => !x,
        3 => BigInt::from(x.magnitude().sqrt()),
        _ => {
            let set = op == 5;
            // Setting a bit beyond the top of a non-negative value (or clearing one of a negative
            // value's) grows it; clearing it (setting it) changes nothing.
            if n >= MAX_BITS && (set != x.is_negative_value()) {
                return Err(oom());
            }
            if n < MAX_BITS {
                x.set_bit(n, set);
            }
            x
        }
    };
    ret_int(vm, a, 0, &z)
}

trait NegativeValue {
    fn is_negative_value(&self) -> bool;
}

impl NegativeValue for BigInt {
    fn is_negative_value(&self) -> bool {
        self.sign() == Sign::Minus
    }
}

fn exp_nn(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let x = nat_arg(vm, a, 0);
    let y = nat_arg(vm, a, 1);
    let m = nat_arg(vm, a, 2);
    let z = if m.is_one() {
        BigUint::zero()
    } else if y.is_zero() {
        BigUint::one()
    } else if x.is_zero() || x.is_one() {
        x
    } else if m.is_zero() {
        let e = y.to_u32().filter(|e| (*e as u64).saturating_mul(x.bits()) <= MAX_BITS).ok_or_else(oom)?;
        x.pow(e)
    } else {
        x.modpow(&y, &m)
    };
    ret_nat(vm, a, 0, &z)
}

/// gcd(a, b) and the cofactor of a by the Euclidean algorithm on (A, B) = (|a|, |b|) swapped so
/// that A >= B, as Go's lehmerGCD (whose steps simulate exactly these quotients).
fn gcd_cofactor(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut x = BigInt::from(nat_arg(vm, a, 0));
    let mut y = BigInt::from(nat_arg(vm, a, 1));
    let (mut ua, mut ub) = (BigInt::one(), BigInt::zero());
    if x < y {
        std::mem::swap(&mut x, &mut y);
        std::mem::swap(&mut ua, &mut ub);
    }
    while !y.is_zero() {
        let (q, r) = (&x / &y, &x % &y);
        x = std::mem::replace(&mut y, r);
        let nub = &ua - &q * &ub;
        ua = std::mem::replace(&mut ub, nub);
    }
    ret_nat(vm, a, 0, x.magnitude())?;
    ret_int(vm, a, 1, &ua)
}

const DIGITS: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn text(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let x = nat_arg(vm, a, 0);
    let base = arg(vm, a, 1) as i64;
    if !(2..=62).contains(&base) {
        return Err(Trap::runtime("invalid base"));
    }
    let s: Vec<u8> = if base <= 36 {
        x.to_str_radix(base as u32).into_bytes()
    } else {
        x.to_radix_be(base as u32).iter().map(|d| DIGITS.get(*d as usize).copied().unwrap_or(b'?')).collect()
    };
    ret_str(vm, a, 0, &s)
}

/// How far Go's Int.SetString got: its scan failed (the receiver's magnitude is set, its sign
/// kept), it succeeded but input remains (the receiver is set), or all of s was used.
#[derive(Clone, Copy, PartialEq)]
enum Scanned {
    Failed = 0,
    Leftover = 1,
    Done = 2,
}

/// Go's Int.SetString on s: an optional sign, then digits in base (0: by prefix 0b, 0o, 0x or 0
/// for octal, with underscores allowed between digits and after a prefix). Returns the sign,
/// the magnitude scanned (the digits before the failure, or 0 when there were none) and how it
/// ended.
fn parse(s: &[u8], base: u32) -> (bool, BigUint, Scanned) {
    let mut pos = 0;
    let mut neg = false;
    match s.first() {
        Some(b'-') => {
            neg = true;
            pos = 1;
        }
        Some(b'+') => pos = 1,
        _ => {}
    }
    let mut prev = b'.';
    let mut inval = false;
    let mut count = 0;
    let mut b = base;
    let mut prefix = 0u8;
    if base == 0 {
        b = 10;
        if s.get(pos) == Some(&b'0') {
            prev = b'0';
            count = 1;
            pos += 1;
            if let Some(&c) = s.get(pos) {
                (b, prefix) = match c {
                    b'b' | b'B' => (2, b'b'),
                    b'o' | b'O' => (8, b'o'),
                    b'x' | b'X' => (16, b'x'),
                    _ => (8, b'0'),
                };
                count = 0;
                if prefix != b'0' {
                    pos += 1;
                }
            }
        }
    }
    let mut digits = Vec::new();
    while let Some(&c) = s.get(pos) {
        if c == b'_' && base == 0 {
            if prev != b'0' {
                inval = true;
            }
            prev = b'_';
        } else {
            let d = match c {
                b'0'..=b'9' => (c - b'0') as u32,
                b'a'..=b'z' => (c - b'a') as u32 + 10,
                b'A'..=b'Z' if b <= 36 => (c - b'A') as u32 + 10,
                b'A'..=b'Z' => (c - b'A') as u32 + 36,
                _ => 99,
            };
            if d >= b {
                break;
            }
            prev = b'0';
            count += 1;
            digits.push(d as u8);
        }
        pos += 1;
    }
    let failed = inval || prev == b'_';
    if count == 0 {
        let how = if prefix == b'0' && !failed { Scanned::Leftover } else { Scanned::Failed };
        return (false, BigUint::zero(), if how == Scanned::Leftover && pos == s.len() { Scanned::Done } else { how });
    }
    let m = BigUint::from_radix_be(&digits, b).unwrap_or_default();
    if failed {
        return (false, m, Scanned::Failed);
    }
    let neg = neg && !m.is_zero();
    (neg, m, if pos == s.len() { Scanned::Done } else { Scanned::Leftover })
}

fn scan(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let base = arg(vm, a, 1) as i64;
    let base = if base == 0 || (2..=62).contains(&base) { base as u32 } else { 10 };
    let (neg, m, how) = parse(&s, base);
    let abs = new_nat(vm, &m)?;
    ret(vm, a, 0, neg as u64);
    ret(vm, a, 1, abs);
    ret(vm, a, 2, how as u64);
    Ok(())
}

/// x rounded to the nearest float64, ties to even, and -1/0/+1 as that is below, equal to or
/// above x (Go's Accuracy).
fn to_float(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let neg = arg(vm, a, 0) & 1 != 0;
    let x = nat_arg(vm, a, 1);
    let n = x.bits();
    let (f, acc) = if n == 0 {
        (0.0, 0)
    } else {
        let f = if n <= 64 {
            x.to_u64().unwrap_or(0) as f64
        } else {
            let shift = n - 64;
            let mut m = (&x >> shift).to_u64().unwrap_or(u64::MAX);
            if x.trailing_zeros().unwrap_or(0) < shift {
                m |= 1;
            }
            if shift > 1100 { f64::INFINITY } else { m as f64 * 2f64.powi(shift as i32) }
        };
        let acc = if f.is_infinite() {
            1
        } else {
            match BigUint::from_f64(f) {
                Some(back) => match back.cmp(&x) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                },
                None => 1,
            }
        };
        if neg { (-f, -acc) } else { (f, acc) }
    };
    ret(vm, a, 0, f.to_bits());
    ret(vm, a, 1, acc as i64 as u64);
    Ok(())
}

/// The strong probable-prime test to base `b` of odd n > 2 (n - 1 = d·2^s).
fn strong_probable_prime(n: &BigUint, nm1: &BigUint, d: &BigUint, s: u64, b: &BigUint) -> bool {
    let mut y = b.modpow(d, n);
    if y.is_one() || &y == nm1 {
        return true;
    }
    for _ in 1..s {
        y = (&y * &y) % n;
        if &y == nm1 {
            return true;
        }
        if y.is_one() {
            return false;
        }
    }
    false
}

const SMALL_PRIMES: [u64; 12] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];

fn probably_prime(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let x = nat_arg(vm, a, 0);
    let rounds = (arg(vm, a, 1) as i64).clamp(0, 1 << 20) as u64;
    ret(vm, a, 0, is_prime(&x, rounds) as u64);
    Ok(())
}

/// Exact below 3.3·10^24 (the first twelve primes as Miller-Rabin bases are deterministic there);
/// above, base 2 and max(rounds, 20) pseudo-random bases derived from n.
fn is_prime(x: &BigUint, rounds: u64) -> bool {
    if x < &BigUint::from(2u32) {
        return false;
    }
    for p in SMALL_PRIMES {
        if x == &BigUint::from(p) {
            return true;
        }
        if (x % p).is_zero() {
            return false;
        }
    }
    let nm1 = x - 1u32;
    let s = nm1.trailing_zeros().unwrap_or(0);
    let d = &nm1 >> s;
    let deterministic = x.bits() < 81;
    for p in SMALL_PRIMES {
        if !strong_probable_prime(x, &nm1, &d, s, &BigUint::from(p)) {
            return false;
        }
    }
    if deterministic {
        return true;
    }
    // xorshift bases in [2, n-2], seeded from n.
    let mut state =
        x.iter_u64_digits().fold(0x9e37_79b9_7f4a_7c15u64, |h, w| (h ^ w).wrapping_mul(0x1000_0000_01b3)) | 1;
    let span = x - 3u32;
    for _ in 0..rounds.max(20) {
        let mut words = Vec::new();
        for _ in 0..x.iter_u64_digits().len() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words.push(state as u32);
            words.push((state >> 32) as u32);
        }
        let b = BigUint::new(words) % &span + 2u32;
        if !strong_probable_prime(x, &nm1, &d, s, &b) {
            return false;
        }
    }
    true
}

/// The product of lo..=hi by halves (balanced operand sizes).
fn product(lo: u64, hi: u64) -> BigUint {
    if hi - lo < 8 {
        let mut p = BigUint::from(lo);
        for k in lo + 1..=hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

fn mul_range(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let lo = arg(vm, a, 0);
    let hi = arg(vm, a, 1);
    if lo > hi {
        return ret_nat(vm, a, 0, &BigUint::one());
    }
    if lo == 0 {
        return ret_nat(vm, a, 0, &BigUint::zero());
    }
    if (hi - lo).saturating_mul(64 - hi.leading_zeros() as u64) > MAX_BITS {
        return Err(oom());
    }
    let p = product(lo, hi);
    ret_nat(vm, a, 0, &p)
}

/// Go's Jacobi(x, y) for odd y (the surface checks).
fn jacobi(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let mut x = int_arg(vm, a, 0);
    let mut y = int_arg(vm, a, 2);
    let mut j = 1i64;
    if y.sign() == Sign::Minus {
        if x.sign() == Sign::Minus {
            j = -1;
        }
        y = -y;
    }
    let one = BigInt::one();
    loop {
        if y == one {
            break;
        }
        if x.is_zero() {
            j = 0;
            break;
        }
        x = x.rem_euclid(&y);
        if x.is_zero() {
            j = 0;
            break;
        }
        let s = x.trailing_zeros().unwrap_or(0);
        let low = |v: &BigInt| v.magnitude().iter_u64_digits().next().unwrap_or(0);
        if s & 1 != 0 {
            let m8 = low(&y) & 7;
            if m8 == 3 || m8 == 5 {
                j = -j;
            }
        }
        let c = &x >> s;
        if low(&y) & 3 == 3 && low(&c) & 3 == 3 {
            j = -j;
        }
        x = y;
        y = c;
    }
    ret(vm, a, 0, j as u64);
    Ok(())
}
