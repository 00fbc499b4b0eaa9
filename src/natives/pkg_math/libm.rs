//! Go's math algorithms, ported line for line so results agree with Go to the last bit (the C
//! library's sin/exp/pow differ from Go's in the last place for a fair share of inputs).
//!
//! On amd64 Go uses assembly for Exp (Shibata's method, with FMA when the CPU has it), Log (the
//! FreeBSD polynomial without subnormal handling) and Hypot; those are ported from the assembly,
//! the rest from the pure-Go files (sin.go, tan.go, atan.go, …). Floating-point operations are
//! written in Go's evaluation order; neither Go (on amd64) nor Rust fuses a*b+c on its own.

// Constants are copied digit for digit from Go's sources, so they can be checked against them.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use std::f64::consts::LN_2;

const SIGN: u64 = 1 << 63;
const POS_INF: u64 = 0x7FF0_0000_0000_0000;
const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;

fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL { (x * (1u64 << 52) as f64, -52) } else { (x, 0) }
}

pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7FF) as i64 - 1023 + 1;
    x &= !(0x7FF << 52);
    x |= 1022 << 52;
    (f64::from_bits(x), exp)
}

pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.saturating_add(e);
    let mut x = frac.to_bits();
    exp = exp.saturating_add(((x >> 52) & 0x7FF) as i64 - 1023);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7FF << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

pub fn modf(f: f64) -> (f64, f64) {
    let i = f.trunc();
    (i, (f - i).copysign(f))
}

/// Whether the CPU fuses multiply-adds in Go's Exp (Go checks AVX and FMA at start-up).
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        static FMA: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        *FMA.get_or_init(|| std::is_x86_feature_detected!("avx") && std::is_x86_feature_detected!("fma"))
    }
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// CVTSD2SL: round to nearest even; out of range or NaN gives i32::MIN.
fn cvtsd2sl(x: f64) -> i32 {
    let r = x.round_ties_even();
    if r.is_nan() || r < i32::MIN as f64 || r > i32::MAX as f64 { i32::MIN } else { r as i32 }
}

/// exp_amd64.s.
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const C: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let b = x.to_bits();
    if b & !SIGN >= POS_INF {
        return if b == 0xFFF0_0000_0000_0000 { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    let mut bx = cvtsd2sl(LOG2E * x);
    let k = bx as f64;
    let fma = use_fma();
    let mut x0 = x;
    let mut x1;
    if fma {
        x0 = (-LN2U).mul_add(k, x0);
        x0 = (-LN2L).mul_add(k, x0);
        x0 *= 0.0625;
        x1 = C[8];
        for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
            x1 = x1.mul_add(x0, c);
        }
        x0 *= x1;
        for _ in 0..3 {
            x1 = x0 + C[2];
            x0 *= x1;
        }
        x1 = x0 + C[2];
        x0 = x0.mul_add(x1, C[1]);
    } else {
        x0 -= LN2U * k;
        x0 -= LN2L * k;
        x0 *= 0.0625;
        x1 = C[8];
        for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
            x1 = x1 * x0 + c;
        }
        x0 *= x1;
        for _ in 0..4 {
            x1 = x0 + C[2];
            x0 *= x1;
        }
        x0 += C[1];
    }
    bx = bx.wrapping_add(0x3FF);
    if bx <= 0 {
        if bx < -52 {
            return 0.0;
        }
        bx += 0x3FE;
        x0 *= f64::from_bits((bx as u64) << 52);
        bx = 1;
    } else if bx >= 0x7FF {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((bx as u64) << 52)
}

/// ln 2 split in two for exact argument reduction (shared by log, log1p, exp and expm1, as in
/// Go's sources).
const LN2HI: f64 = 6.93147180369123816490e-01;
const LN2LO: f64 = 1.90821492927058770002e-10;
/// The polynomial coefficients of log and log1p (Go's L1…L7 and Lp1…Lp7 are the same numbers).
const L: [f64; 7] = [
    6.666666666666735130e-01,
    3.999999999940941908e-01,
    2.857142874366239149e-01,
    2.222219843214978396e-01,
    1.818357216161805012e-01,
    1.531383769920937332e-01,
    1.479819860511658591e-01,
];

/// log_amd64.s (note: subnormal inputs are not normalised, as in Go on amd64).
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    let b = x.to_bits();
    if b & !SIGN == 0 {
        return f64::NEG_INFINITY;
    }
    if (b as i64) < 0 {
        return f64::NAN;
    }
    if b >= POS_INF {
        return x;
    }
    let mut f1 = f64::from_bits((b & 0x000F_FFFF_FFFF_FFFF) | 0.5f64.to_bits());
    let mut k = (((b >> 52) & 0x7FF) as i64 - 0x3FE) as f64;
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L[6] * s4 + L[4]) * s4 + L[2]) * s4 + L[0]);
    let t2 = s4 * ((L[5] * s4 + L[3]) * s4 + L[1]);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
}

pub fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}

pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * std::f64::consts::LOG2_E + exp as f64
}

fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

pub fn exp2(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 1.0239999999999999e+03 {
        return f64::INFINITY;
    }
    if x < -1.0740e+03 {
        return 0.0;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    expmulti(t * LN2HI, -t * LN2LO, k)
}

pub fn expm1(mut x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2HALFX3: f64 = 1.03972077083991796413e+00;
    const LN2HALF: f64 = 3.46573590279972654709e-01;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q: [f64; 5] = [
        -3.33333333333331316428e-02,
        1.58730158725481460165e-03,
        -7.93650757867487942473e-05,
        4.00821782732936239552e-06,
        -2.01099218183624371326e-07,
    ];
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let sign = x < 0.0;
    let absx = x.abs();
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            k = if !sign { (INVLN2 * x + 0.5) as i64 } else { (INVLN2 * x - 0.5) as i64 };
            let t = k as f64;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q[0] + hxs * (Q[1] + hxs * (Q[2] + hxs * (Q[3] + hxs * Q[4]))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    let shift = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        return shift(y) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0_0000_0000_0000 - (0x20_0000_0000_0000u64 >> k));
        return shift(t - (e - x));
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    let y = x - (e + t) + 1.0;
    shift(y)
}

pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142135623730950488017e-01;
    const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    if x < -1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = 0.0;
        }
        iu &= 0x000f_ffff_ffff_ffff;
        if iu < 0x0006_a09e_667f_3bcd {
            u = f64::from_bits(iu | 0x3ff0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2LO;
            return kf * LN2HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (L[0] + z * (L[1] + z * (L[2] + z * (L[3] + z * (L[4] + z * (L[5] + z * L[6]))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
}

// ---- hyperbolic ----

pub fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.6307673640497716991184787251e+6,
        -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4,
        -0.2630563213397497062819489e+2,
    ];
    const Q: [f64; 3] =
        [-0.6307673640497716991212077277e+6, 0.1521517378790019070696485176e+5, -0.173678953558233699533450911e+3];
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        let t = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x;
        t / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if sign { -temp } else { temp }
}

pub fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

pub fn tanh(x: f64) -> f64 {
    const P: [f64; 3] = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
    const Q: [f64; 3] = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

pub fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x > LARGE {
        log(x) + LN_2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if sign { -temp } else { temp }
}

pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return f64::NAN;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + LN_2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if !(-1.0..=1.0).contains(&x) || x.is_nan() {
        return f64::NAN;
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign { -temp } else { temp }
}

// ---- powers and roots ----

pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFCu64 << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign { -t } else { t }
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        if y < 0.0 {
            return if x.is_sign_negative() && is_odd_int(y) { f64::NEG_INFINITY } else { f64::INFINITY };
        }
        return if x.is_sign_negative() && is_odd_int(y) { x } else { 0.0 };
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        return if (x.abs() < 1.0) == (y == f64::INFINITY) { 0.0 } else { f64::INFINITY };
    }
    if x.is_infinite() {
        if x == f64::NEG_INFINITY {
            return pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return f64::NAN;
    }
    if yi >= 9.223372036854775808e18 {
        if x == -1.0 {
            return 1.0;
        }
        return if (x.abs() < 1.0) == (y > 0.0) { 0.0 } else { f64::INFINITY };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

pub fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p == f64::INFINITY || q == f64::INFINITY {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    let (p, q) = if p < q { (q, p) } else { (p, q) };
    if p == 0.0 {
        return 0.0;
    }
    let q = q / p;
    p * (1.0 + q * q).sqrt()
}

pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let mut x = if sign { -x } else { x };
    let y = y.abs();
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x %= y + y;
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign { -x } else { x }
}

pub fn pow10(n: i64) -> f64 {
    if (0..=308).contains(&n) || (-323..0).contains(&n) {
        // Go multiplies (divides) an entry of 1e0..1e31 by one of the powers 1e±32k.
        let tab = |k: i64| -> f64 { format!("1e{k}").parse().unwrap_or(0.0) };
        let m = n.unsigned_abs() as i64;
        return if n >= 0 { tab(32 * (m / 32)) * tab(m % 32) } else { tab(-32 * (m / 32)) / tab(m % 32) };
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}
