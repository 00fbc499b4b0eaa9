//! Natives of package math/bits: each is one Rust integer operation (registers hold unsigned
//! values zero-extended, so narrow widths truncate their argument first).

use super::{arg, ret};
use crate::vm::Trap;
use crate::vm::program::NativeFn;

/// `runtime error: integer overflow`, which Div panics with when the quotient does not fit.
fn overflow() -> Trap {
    Trap::runtime("integer overflow")
}

fn divide_by_zero() -> Trap {
    Trap::runtime("integer divide by zero")
}

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    macro_rules! unary {
        ($name:literal, $ty:ty, $f:expr) => {
            t.push(($name, |vm, a| {
                let x = arg(vm, a, 0) as $ty;
                let g: fn($ty) -> u64 = $f;
                ret(vm, a, 0, g(x));
                Ok(())
            }));
        };
    }
    unary!("math/bits.LeadingZeros", u64, |x| x.leading_zeros() as u64);
    unary!("math/bits.LeadingZeros8", u8, |x| x.leading_zeros() as u64);
    unary!("math/bits.LeadingZeros16", u16, |x| x.leading_zeros() as u64);
    unary!("math/bits.LeadingZeros32", u32, |x| x.leading_zeros() as u64);
    unary!("math/bits.LeadingZeros64", u64, |x| x.leading_zeros() as u64);
    unary!("math/bits.TrailingZeros", u64, |x| x.trailing_zeros() as u64);
    unary!("math/bits.TrailingZeros8", u8, |x| x.trailing_zeros() as u64);
    unary!("math/bits.TrailingZeros16", u16, |x| x.trailing_zeros() as u64);
    unary!("math/bits.TrailingZeros32", u32, |x| x.trailing_zeros() as u64);
    unary!("math/bits.TrailingZeros64", u64, |x| x.trailing_zeros() as u64);
    unary!("math/bits.OnesCount", u64, |x| x.count_ones() as u64);
    unary!("math/bits.OnesCount8", u8, |x| x.count_ones() as u64);
    unary!("math/bits.OnesCount16", u16, |x| x.count_ones() as u64);
    unary!("math/bits.OnesCount32", u32, |x| x.count_ones() as u64);
    unary!("math/bits.OnesCount64", u64, |x| x.count_ones() as u64);
    unary!("math/bits.Reverse", u64, |x| x.reverse_bits());
    unary!("math/bits.Reverse8", u8, |x| x.reverse_bits() as u64);
    unary!("math/bits.Reverse16", u16, |x| x.reverse_bits() as u64);
    unary!("math/bits.Reverse32", u32, |x| x.reverse_bits() as u64);
    unary!("math/bits.Reverse64", u64, |x| x.reverse_bits());
    unary!("math/bits.ReverseBytes", u64, |x| x.swap_bytes());
    unary!("math/bits.ReverseBytes16", u16, |x| x.swap_bytes() as u64);
    unary!("math/bits.ReverseBytes32", u32, |x| x.swap_bytes() as u64);
    unary!("math/bits.ReverseBytes64", u64, |x| x.swap_bytes());
    unary!("math/bits.Len", u64, |x| (64 - x.leading_zeros()) as u64);
    unary!("math/bits.Len8", u8, |x| (8 - x.leading_zeros()) as u64);
    unary!("math/bits.Len16", u16, |x| (16 - x.leading_zeros()) as u64);
    unary!("math/bits.Len32", u32, |x| (32 - x.leading_zeros()) as u64);
    unary!("math/bits.Len64", u64, |x| (64 - x.leading_zeros()) as u64);

    // RotateLeft: a negative k rotates right, as in Go.
    macro_rules! rotate {
        ($name:literal, $ty:ty) => {
            t.push(($name, |vm, a| {
                let x = arg(vm, a, 0) as $ty;
                let k = arg(vm, a, 1) as i64;
                let n = <$ty>::BITS as i64;
                let r = x.rotate_left(k.rem_euclid(n) as u32);
                ret(vm, a, 0, r as u64);
                Ok(())
            }));
        };
    }
    rotate!("math/bits.RotateLeft", u64);
    rotate!("math/bits.RotateLeft8", u8);
    rotate!("math/bits.RotateLeft16", u16);
    rotate!("math/bits.RotateLeft32", u32);
    rotate!("math/bits.RotateLeft64", u64);

    // Full-width arithmetic: (x, y, carry) and (hi, lo) pairs, carried in the wider type.
    macro_rules! wide {
        ($add:literal, $sub:literal, $mul:literal, $div:literal, $rem:literal, $ty:ty, $w:ty) => {
            t.push(($add, |vm, a| {
                let (x, y, c) = (arg(vm, a, 0) as $ty as $w, arg(vm, a, 1) as $ty as $w, arg(vm, a, 2) as $ty as $w);
                let s = x + y + (c & 1);
                ret(vm, a, 0, s as $ty as u64);
                ret(vm, a, 1, (s >> <$ty>::BITS) as u64);
                Ok(())
            }));
            t.push(($sub, |vm, a| {
                let (x, y, b) = (arg(vm, a, 0) as $ty, arg(vm, a, 1) as $ty, arg(vm, a, 2) as $ty);
                let (d1, o1) = x.overflowing_sub(y);
                let (d2, o2) = d1.overflowing_sub(b & 1);
                ret(vm, a, 0, d2 as u64);
                ret(vm, a, 1, (o1 | o2) as u64);
                Ok(())
            }));
            t.push(($mul, |vm, a| {
                let p = (arg(vm, a, 0) as $ty as $w) * (arg(vm, a, 1) as $ty as $w);
                ret(vm, a, 0, (p >> <$ty>::BITS) as $ty as u64);
                ret(vm, a, 1, p as $ty as u64);
                Ok(())
            }));
            t.push(($div, |vm, a| {
                let (hi, lo, y) = (arg(vm, a, 0) as $ty, arg(vm, a, 1) as $ty, arg(vm, a, 2) as $ty);
                if y == 0 {
                    return Err(divide_by_zero());
                }
                if y <= hi {
                    return Err(overflow());
                }
                let n = ((hi as $w) << <$ty>::BITS) | lo as $w;
                ret(vm, a, 0, (n / y as $w) as $ty as u64);
                ret(vm, a, 1, (n % y as $w) as $ty as u64);
                Ok(())
            }));
            t.push(($rem, |vm, a| {
                let (hi, lo, y) = (arg(vm, a, 0) as $ty, arg(vm, a, 1) as $ty, arg(vm, a, 2) as $ty);
                if y == 0 {
                    return Err(divide_by_zero());
                }
                let n = ((hi as $w) << <$ty>::BITS) | lo as $w;
                ret(vm, a, 0, (n % y as $w) as $ty as u64);
                Ok(())
            }));
        };
    }
    wide!("math/bits.Add", "math/bits.Sub", "math/bits.Mul", "math/bits.Div", "math/bits.Rem", u64, u128);
    wide!("math/bits.Add32", "math/bits.Sub32", "math/bits.Mul32", "math/bits.Div32", "math/bits.Rem32", u32, u64);
    wide!("math/bits.Add64", "math/bits.Sub64", "math/bits.Mul64", "math/bits.Div64", "math/bits.Rem64", u64, u128);
}
