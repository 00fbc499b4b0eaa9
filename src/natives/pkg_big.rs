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
    t.push(("math/big.scanRat", scan_rat));
    t.push(("math/big.quoToFloat", quo_to_float));
}

/// Results beyond this many bits (1 GiB) are refused as out of memory before the crate allocates them.
const MAX_BITS: u64 = 1 << 33;

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

/// x·w on words.
fn mul_word(x: &[u64], w: u64) -> Vec<u64> {
    let mut out = Vec::with_capacity(x.len() + 1);
    let mut carry = 0u64;
    for &d in x {
        let p = d as u128 * w as u128 + carry as u128;
        out.push(p as u64);
        carry = (p >> 64) as u64;
    }
    out.push(carry);
    out
}

/// Mul when an operand has at most one word, on the words (no BigInt round trip).
fn mul_small(vm: &mut Vm, a: usize) -> Result<bool, Trap> {
    let (xs, ys) = (arg(vm, a, 2), arg(vm, a, 4));
    let (xl, yl) = (vm.slice_parts(xs).1, vm.slice_parts(ys).1);
    if xl > 1 && yl > 1 {
        return Ok(false);
    }
    let (big, small) = if xl <= 1 { (ys, xs) } else { (xs, ys) };
    let w = words(vm, small).first().copied().unwrap_or(0);
    let neg = (arg(vm, a, 1) & 1 != 0) != (arg(vm, a, 3) & 1 != 0);
    let prod = mul_word(&words(vm, big), w);
    let s = new_nat_words(vm, &prod)?;
    ret(vm, a, 0, (neg && s != 0) as u64);
    ret(vm, a, 1, s);
    Ok(true)
}

fn arith(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let op = arg(vm, a, 0) as i64;
    if op == 0 || op == 1 {
        return add_sub(vm, a, op == 1);
    }
    if op == 2 && mul_small(vm, a)? {
        return Ok(());
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

/// What Go's nat.scan read from s at pos: the magnitude, the base used, the digit count (when
/// frac_ok and a '.' was seen: minus the count of digits after it), whether it succeeded, and
/// where it stopped.
struct NatScan {
    m: BigUint,
    base: u32,
    count: i64,
    ok: bool,
    pos: usize,
}

/// Go's nat.scan: digits in base (0: by prefix 0b, 0o, 0x, or 0 for octal unless frac_ok, with
/// underscores allowed between digits and after a prefix), and a '.' when frac_ok.
fn scan_nat(s: &[u8], mut pos: usize, base: u32, mut frac_ok: bool) -> NatScan {
    let mut prev = b'.';
    let mut inval = false;
    let mut count = 0i64;
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
                    _ if !frac_ok => (8, b'0'),
                    _ => (10, 0),
                };
                if prefix != 0 {
                    count = 0;
                    if prefix != b'0' {
                        pos += 1;
                    }
                }
            }
        }
    }
    let mut digits = Vec::new();
    let mut dp = -1i64;
    while let Some(&c) = s.get(pos) {
        if c == b'.' && frac_ok {
            frac_ok = false;
            if prev == b'_' {
                inval = true;
            }
            prev = b'.';
            dp = count;
        } else if c == b'_' && base == 0 {
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
    let mut ok = !(inval || prev == b'_');
    if count == 0 {
        if prefix == b'0' {
            return NatScan { m: BigUint::zero(), base: 10, count: 1, ok, pos };
        }
        ok = false;
    }
    let m = if digits.is_empty() { BigUint::zero() } else { BigUint::from_radix_be(&digits, b).unwrap_or_default() };
    if dp >= 0 {
        count = dp - count;
    }
    NatScan { m, base: b, count, ok, pos }
}

/// Go's scanSign: a leading '-' or '+' (the sign and the position after it).
fn scan_sign(s: &[u8]) -> (bool, usize) {
    match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    }
}

/// Go's Int.SetString on s: the sign, the magnitude scanned (the digits before a failure, or 0
/// when there were none) and how it ended.
fn parse(s: &[u8], base: u32) -> (bool, BigUint, Scanned) {
    let (neg, pos) = scan_sign(s);
    let r = scan_nat(s, pos, base, false);
    if !r.ok {
        return (false, r.m, Scanned::Failed);
    }
    let neg = neg && !r.m.is_zero();
    (neg, r.m, if r.pos == s.len() { Scanned::Done } else { Scanned::Leftover })
}

/// Go's scanExponent: an optional exponent (e or E for base 10, p or P for base 2 when
/// base2_ok), its value, base and whether it was well-formed, and where scanning stopped.
fn scan_exponent(s: &[u8], mut pos: usize, base2_ok: bool) -> (i64, u32, bool, usize) {
    let base = match s.get(pos) {
        None => return (0, 10, true, pos),
        Some(b'e' | b'E') => 10,
        Some(b'p' | b'P') if base2_ok => 2,
        Some(_) => return (0, 10, true, pos),
    };
    pos += 1;
    let mut digits = String::new();
    if let Some(&c @ (b'+' | b'-')) = s.get(pos) {
        if c == b'-' {
            digits.push('-');
        }
        pos += 1;
    }
    let (mut prev, mut inval, mut has) = (b'.', false, false);
    while let Some(&c) = s.get(pos) {
        if c.is_ascii_digit() {
            digits.push(c as char);
            prev = b'0';
            has = true;
        } else if c == b'_' {
            if prev != b'0' {
                inval = true;
            }
            prev = b'_';
        } else {
            break;
        }
        pos += 1;
    }
    let exp = if has { digits.parse::<i64>().ok() } else { None };
    match exp {
        Some(e) if !(inval || prev == b'_') => (e, base, true, pos),
        _ => (0, base, false, pos),
    }
}

/// What Go's Rat.SetString assigned on its way (to the numerator's sign, the numerator's
/// magnitude, the denominator's magnitude) and whether it succeeded: it leaves a failed
/// receiver as far as it got.
const SET_NEG: u64 = 1;
const SET_NUM: u64 = 2;
const SET_DEN: u64 = 4;
const RAT_OK: u64 = 8;

/// Go's Rat.SetString: "a/b" (a as Int.SetString with base 0, b unsigned) or a decimal,
/// binary, octal or hexadecimal number with an optional fraction and exponent. Returns the
/// sign, numerator and denominator (not reduced) and the SET_/RAT_OK flags.
fn parse_rat(s: &[u8]) -> (bool, BigUint, BigUint, u64) {
    let zero = BigUint::zero;
    if s.is_empty() {
        return (false, zero(), zero(), 0);
    }
    if let Some(sep) = s.iter().position(|c| *c == b'/') {
        if sep == 0 {
            return (false, zero(), zero(), 0);
        }
        let (neg, a, how) = parse(&s[..sep], 0);
        match how {
            Scanned::Failed => return (neg, a, zero(), SET_NUM),
            Scanned::Leftover => return (neg, a, zero(), SET_NEG | SET_NUM),
            Scanned::Done => {}
        }
        let rest = &s[sep + 1..];
        let r = scan_nat(rest, 0, 0, false);
        let ok = r.ok && r.pos == rest.len() && !r.m.is_zero();
        return (neg, a, r.m, SET_NEG | SET_NUM | SET_DEN | if ok { RAT_OK } else { 0 });
    }
    let (neg, pos) = scan_sign(s);
    let r = scan_nat(s, pos, 0, true);
    let mut a = r.m;
    if !r.ok {
        return (false, a, zero(), SET_NUM);
    }
    let (exp, ebase, ok, pos) = scan_exponent(s, r.pos, true);
    if !ok || pos != s.len() {
        return (false, a, zero(), SET_NUM);
    }
    if a.is_zero() {
        return (false, a, BigUint::one(), SET_NUM | SET_DEN | RAT_OK);
    }
    let (mut exp2, mut exp5) = (0i64, 0i64);
    if r.count < 0 {
        let d = r.count;
        match r.base {
            10 => (exp5, exp2) = (d, d),
            2 => exp2 = d,
            8 => exp2 = d * 3,
            _ => exp2 = d * 4,
        }
    }
    if ebase == 10 {
        exp5 = exp5.saturating_add(exp);
    }
    exp2 = exp2.saturating_add(exp);
    let mut b = BigUint::one();
    if exp5 != 0 {
        let n = match exp5.checked_abs() {
            Some(n) if n <= 1_000_000 => n,
            _ => return (false, a, zero(), SET_NUM),
        };
        let pow5 = BigUint::from(5u32).pow(n as u32);
        if exp5 > 0 {
            a *= pow5;
        } else {
            b = pow5;
        }
    }
    if !(-10_000_000..=10_000_000).contains(&exp2) {
        return (false, a, b, SET_NUM | SET_DEN);
    }
    if exp2 > 0 {
        a <<= exp2 as u64;
    } else if exp2 < 0 {
        b <<= (-exp2) as u64;
    }
    (neg && !a.is_zero(), a, b, SET_NEG | SET_NUM | SET_DEN | RAT_OK)
}

fn scan_rat(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let (neg, num, den, flags) = parse_rat(&s);
    let ns = new_nat(vm, &num)?;
    let ds = new_nat(vm, &den)?;
    ret(vm, a, 0, neg as u64);
    ret(vm, a, 1, ns);
    ret(vm, a, 2, ds);
    ret(vm, a, 3, flags);
    Ok(())
}

/// x·2^e with one rounding (math.Ldexp for the values quot_to_float produces).
fn ldexp(x: f64, e: i64) -> f64 {
    if e < -1022 {
        x * 2f64.powi(-1022) * 2f64.powi((e + 1022).max(-1100) as i32)
    } else if e > 1023 {
        x * 2f64.powi(1023) * 2f64.powi((e - 1023).min(1100) as i32)
    } else {
        x * 2f64.powi(e as i32)
    }
}

/// The float nearest a/b (ties to even) with `msize` mantissa and `esize` exponent bits, and
/// whether it is exact: Go's quotToFloat64/quotToFloat32.
fn quot_to_float(a: &BigUint, b: &BigUint, msize: i64, esize: i64) -> (f64, bool) {
    let (msize1, msize2) = (msize + 1, msize + 2);
    let ebias = (1i64 << (esize - 1)) - 1;
    let emin = 1 - ebias;
    let alen = a.bits() as i64;
    if alen == 0 || b.is_zero() {
        return (0.0, true);
    }
    let blen = b.bits() as i64;
    let mut exp = alen - blen;
    let shift = msize2 - exp;
    let (a2, b2) = if shift > 0 {
        (a << shift as u64, b.clone())
    } else if shift < 0 {
        (a.clone(), b << (-shift) as u64)
    } else {
        (a.clone(), b.clone())
    };
    let (q, r) = (&a2 / &b2, &a2 % &b2);
    let mut mantissa = q.iter_u64_digits().next().unwrap_or(0);
    let mut have_rem = !r.is_zero();
    if mantissa >> msize2 == 1 {
        if mantissa & 1 == 1 {
            have_rem = true;
        }
        mantissa >>= 1;
        exp += 1;
    }
    if emin - msize <= exp && exp <= emin {
        let shift = (emin - (exp - 1)) as u32;
        let lost = mantissa & ((1u64 << shift) - 1);
        have_rem = have_rem || lost != 0;
        mantissa >>= shift;
        exp = 2 - ebias;
    }
    let mut exact = !have_rem;
    if mantissa & 1 != 0 {
        exact = false;
        if have_rem || mantissa & 2 != 0 {
            mantissa += 1;
            if mantissa >= 1 << msize2 {
                mantissa >>= 1;
                exp += 1;
            }
        }
    }
    mantissa >>= 1;
    let mut f = ldexp(mantissa as f64, exp - msize1);
    if esize == 8 {
        f = f as f32 as f64;
    }
    if f.is_infinite() {
        exact = false;
    }
    (f, exact)
}

fn quo_to_float(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let x = nat_arg(vm, a, 0);
    let y = nat_arg(vm, a, 1);
    let single = arg(vm, a, 2) & 1 != 0;
    let (f, exact) = if single { quot_to_float(&x, &y, 23, 8) } else { quot_to_float(&x, &y, 52, 11) };
    ret(vm, a, 0, f.to_bits());
    ret(vm, a, 1, exact as u64);
    Ok(())
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
