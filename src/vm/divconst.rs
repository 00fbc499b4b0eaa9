//! Signed division and remainder by a constant without a divide instruction (a 64-bit `idiv`
//! costs 40 to 90 cycles on the machines we measure; the three multiplications here about 12).
//!
//! Lemire, Kaser and Kurz, "Faster Remainder by Direct Computation" (2019): for a divisor
//! 2 <= d < 2^64 and M = floor((2^128 - 1) / d) + 1, every a < 2^64 has a / d = (M * a) >> 128.
//! The magnitude of an i64 fits in a u64, so that covers every dividend. Go truncates toward
//! zero: the quotient's sign is the product of the signs, the remainder's that of the dividend.

/// The multiplier for divisor `k` as (high word, low word); |k| >= 2 (the compiler never asks
/// for other divisors).
pub fn magic(k: i16) -> (u64, u64) {
    let d = (k.unsigned_abs() as u128).max(2);
    let m = (u128::MAX / d).wrapping_add(1);
    ((m >> 64) as u64, m as u64)
}

/// |n| / |k|, from the multiplier (hi, lo) of `magic(k)`.
#[inline(always)]
fn quotient(a: u64, hi: u64, lo: u64) -> u64 {
    // (M * a) >> 128 with M = hi * 2^64 + lo: the low product only carries into the high one.
    let low = (lo as u128 * a as u128) >> 64;
    ((hi as u128 * a as u128 + low) >> 64) as u64
}

/// n / k, truncated; (hi, lo) is `magic(k)` and k is neither 0, 1 nor -1.
#[inline(always)]
pub fn div(n: i64, k: i16, hi: u64, lo: u64) -> i64 {
    let q = quotient(n.unsigned_abs(), hi, lo) as i64;
    if (n < 0) != (k < 0) { q.wrapping_neg() } else { q }
}

/// n % k, with the sign of n; k, hi and lo as for `div`.
#[inline(always)]
pub fn rem(n: i64, k: i16, hi: u64, lo: u64) -> i64 {
    let a = n.unsigned_abs();
    let d = k.unsigned_abs() as u64;
    let r = (a - quotient(a, hi, lo) * d) as i64;
    if n < 0 { -r } else { r }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dividends() -> Vec<i64> {
        let mut v = vec![0, 1, -1, i64::MIN, i64::MAX, i64::MIN + 1];
        for b in [31u32, 32, 33, 62] {
            let p = 1i64 << b;
            v.extend([p - 1, p, p + 1, -p + 1, -p, -p - 1]);
        }
        v.push(u32::MAX as i64);
        v.push(-(u32::MAX as i64));
        // A fixed xorshift sequence: reproducible without a dependency.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            v.push(x as i64 >> (x % 48));
        }
        v
    }

    #[test]
    fn matches_the_divide_instruction_for_every_small_constant() {
        let ns = dividends();
        for k in i16::MIN..=i16::MAX {
            if k == 0 || k == -1 || k == 1 {
                continue;
            }
            let (hi, lo) = magic(k);
            for &n in &ns {
                assert_eq!(div(n, k, hi, lo), n.wrapping_div(k as i64), "{n} / {k}");
                assert_eq!(rem(n, k, hi, lo), n.wrapping_rem(k as i64), "{n} % {k}");
            }
        }
    }

    #[test]
    fn a_dense_range_of_dividends_for_a_few_divisors() {
        for k in [2i16, 3, 7, 10, -7, 1000, i16::MAX, i16::MIN] {
            let (hi, lo) = magic(k);
            let mut n: i64 = -(1 << 32) + 1;
            while n < 1 << 32 {
                assert_eq!(div(n, k, hi, lo), n / k as i64, "{n} / {k}");
                assert_eq!(rem(n, k, hi, lo), n % k as i64, "{n} % {k}");
                n += 997;
            }
        }
    }
}
