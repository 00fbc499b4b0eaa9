//! Natives of package math. The algorithms are Go's own (`pkg_math/libm.rs`), so results match Go
//! bit for bit; exact operations (sqrt, floor, fmod, …) use Rust's.

mod libm;
mod special;
mod trig;

use super::{arg, ret};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};

fn f(vm: &Vm, a: usize, i: usize) -> f64 {
    f64::from_bits(arg(vm, a, i))
}

fn ret_f(vm: &mut Vm, a: usize, i: usize, v: f64) {
    ret(vm, a, i, v.to_bits());
}

fn f1(vm: &mut Vm, a: usize, g: fn(f64) -> f64) -> Result<(), Trap> {
    let x = f(vm, a, 0);
    ret_f(vm, a, 0, g(x));
    Ok(())
}

fn f2(vm: &mut Vm, a: usize, g: fn(f64, f64) -> f64) -> Result<(), Trap> {
    let (x, y) = (f(vm, a, 0), f(vm, a, 1));
    ret_f(vm, a, 0, g(x, y));
    Ok(())
}

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("math.Sqrt", |vm, a| f1(vm, a, f64::sqrt)));
    t.push(("math.Abs", |vm, a| f1(vm, a, f64::abs)));
    t.push(("math.Floor", |vm, a| f1(vm, a, f64::floor)));
    t.push(("math.Ceil", |vm, a| f1(vm, a, f64::ceil)));
    t.push(("math.Trunc", |vm, a| f1(vm, a, f64::trunc)));
    t.push(("math.Round", |vm, a| f1(vm, a, f64::round)));
    t.push(("math.RoundToEven", |vm, a| f1(vm, a, f64::round_ties_even)));
    t.push(("math.Pow", |vm, a| f2(vm, a, libm::pow)));
    t.push(("math.Exp", |vm, a| f1(vm, a, libm::exp)));
    t.push(("math.Exp2", |vm, a| f1(vm, a, libm::exp2)));
    t.push(("math.Expm1", |vm, a| f1(vm, a, libm::expm1)));
    t.push(("math.Log", |vm, a| f1(vm, a, libm::log)));
    t.push(("math.Log2", |vm, a| f1(vm, a, libm::log2)));
    t.push(("math.Log10", |vm, a| f1(vm, a, libm::log10)));
    t.push(("math.Log1p", |vm, a| f1(vm, a, libm::log1p)));
    t.push(("math.Sin", |vm, a| f1(vm, a, trig::sin)));
    t.push(("math.Cos", |vm, a| f1(vm, a, trig::cos)));
    t.push(("math.Tan", |vm, a| f1(vm, a, trig::tan)));
    t.push(("math.Asin", |vm, a| f1(vm, a, trig::asin)));
    t.push(("math.Acos", |vm, a| f1(vm, a, trig::acos)));
    t.push(("math.Atan", |vm, a| f1(vm, a, trig::atan)));
    t.push(("math.Atan2", |vm, a| f2(vm, a, trig::atan2)));
    t.push(("math.Sinh", |vm, a| f1(vm, a, libm::sinh)));
    t.push(("math.Cosh", |vm, a| f1(vm, a, libm::cosh)));
    t.push(("math.Tanh", |vm, a| f1(vm, a, libm::tanh)));
    t.push(("math.Asinh", |vm, a| f1(vm, a, libm::asinh)));
    t.push(("math.Acosh", |vm, a| f1(vm, a, libm::acosh)));
    t.push(("math.Atanh", |vm, a| f1(vm, a, libm::atanh)));
    t.push(("math.Cbrt", |vm, a| f1(vm, a, libm::cbrt)));
    t.push(("math.Erf", |vm, a| f1(vm, a, special::erf)));
    t.push(("math.Erfc", |vm, a| f1(vm, a, special::erfc)));
    t.push(("math.Gamma", |vm, a| f1(vm, a, special::gamma)));
    t.push(("math.Hypot", |vm, a| f2(vm, a, libm::hypot)));
    t.push(("math.Remainder", |vm, a| f2(vm, a, libm::remainder)));
    t.push(("math.Mod", |vm, a| f2(vm, a, |x, y| x % y)));
    t.push(("math.Max", |vm, a| f2(vm, a, max)));
    t.push(("math.Min", |vm, a| f2(vm, a, min)));
    t.push(("math.Dim", |vm, a| f2(vm, a, |x, y| if x - y <= 0.0 { 0.0 } else { x - y })));
    t.push(("math.Copysign", |vm, a| f2(vm, a, f64::copysign)));
    t.push(("math.FMA", |vm, a| {
        let (x, y, z) = (f(vm, a, 0), f(vm, a, 1), f(vm, a, 2));
        ret_f(vm, a, 0, x.mul_add(y, z));
        Ok(())
    }));
    t.push(("math.Sincos", |vm, a| {
        let x = f(vm, a, 0);
        ret_f(vm, a, 0, trig::sin(x));
        ret_f(vm, a, 1, trig::cos(x));
        Ok(())
    }));
    t.push(("math.Inf", |vm, a| {
        let s = arg(vm, a, 0) as i64;
        ret_f(vm, a, 0, if s >= 0 { f64::INFINITY } else { f64::NEG_INFINITY });
        Ok(())
    }));
    t.push(("math.NaN", |vm, a| {
        ret(vm, a, 0, 0x7FF8_0000_0000_0001);
        Ok(())
    }));
    t.push(("math.IsNaN", |vm, a| {
        let x = f(vm, a, 0);
        ret(vm, a, 0, x.is_nan() as u64);
        Ok(())
    }));
    t.push(("math.IsInf", |vm, a| {
        let (x, s) = (f(vm, a, 0), arg(vm, a, 1) as i64);
        let r = (s >= 0 && x == f64::INFINITY) || (s <= 0 && x == f64::NEG_INFINITY);
        ret(vm, a, 0, r as u64);
        Ok(())
    }));
    t.push(("math.Signbit", |vm, a| {
        let x = f(vm, a, 0);
        ret(vm, a, 0, x.is_sign_negative() as u64);
        Ok(())
    }));
    t.push(("math.Float64bits", |_, _| Ok(())));
    t.push(("math.Float64frombits", |_, _| Ok(())));
    t.push(("math.Float32bits", |vm, a| {
        let x = f(vm, a, 0) as f32;
        ret(vm, a, 0, x.to_bits() as u64);
        Ok(())
    }));
    t.push(("math.Float32frombits", |vm, a| {
        let x = f32::from_bits(arg(vm, a, 0) as u32);
        ret_f(vm, a, 0, x as f64);
        Ok(())
    }));
    t.push(("math.Modf", |vm, a| {
        let (i, fr) = libm::modf(f(vm, a, 0));
        ret_f(vm, a, 0, i);
        ret_f(vm, a, 1, fr);
        Ok(())
    }));
    t.push(("math.Frexp", |vm, a| {
        let (fr, e) = libm::frexp(f(vm, a, 0));
        ret_f(vm, a, 0, fr);
        ret(vm, a, 1, e as u64);
        Ok(())
    }));
    t.push(("math.Ldexp", |vm, a| {
        let (fr, e) = (f(vm, a, 0), arg(vm, a, 1) as i64);
        ret_f(vm, a, 0, libm::ldexp(fr, e));
        Ok(())
    }));
    t.push(("math.Pow10", |vm, a| {
        let n = arg(vm, a, 0) as i64;
        ret_f(vm, a, 0, libm::pow10(n));
        Ok(())
    }));
    t.push(("math.Logb", |vm, a| f1(vm, a, logb)));
    t.push(("math.Ilogb", |vm, a| {
        let x = f(vm, a, 0);
        let r = if x == 0.0 {
            i32::MIN as i64
        } else if x.is_nan() || x.is_infinite() {
            i32::MAX as i64
        } else {
            ilogb(x)
        };
        ret(vm, a, 0, r as u64);
        Ok(())
    }));
    t.push(("math.Nextafter", |vm, a| f2(vm, a, nextafter)));
    t.push(("math.Nextafter32", |vm, a| {
        let (x, y) = (f(vm, a, 0) as f32, f(vm, a, 1) as f32);
        ret_f(vm, a, 0, nextafter32(x, y) as f64);
        Ok(())
    }));
}

fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y { x } else { y }
}

fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y { x } else { y }
}

fn ilogb(x: f64) -> i64 {
    let (x, e) = if x.abs() < f64::MIN_POSITIVE { (x * (1u64 << 52) as f64, -52) } else { (x, 0) };
    ((x.to_bits() >> 52) & 0x7FF) as i64 - 1023 + e
}

fn logb(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_infinite() {
        f64::INFINITY
    } else if x.is_nan() {
        x
    } else {
        ilogb(x) as f64
    }
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

fn nextafter32(x: f32, y: f32) -> f32 {
    if x.is_nan() || y.is_nan() {
        f32::NAN
    } else if x == y {
        x
    } else if x == 0.0 {
        f32::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f32::from_bits(x.to_bits() + 1)
    } else {
        f32::from_bits(x.to_bits() - 1)
    }
}
