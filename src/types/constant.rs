//! Exact constant values, after Go's go/constant: integers are big integers, floats exact rationals,
//! strings byte strings. Integer magnitudes are capped (`MAX_INT_BITS`, as types2 caps untyped
//! integers at 512 bits) so constant arithmetic can't exhaust time or memory.

use crate::ast::{BinOp, LitKind, UnOp};
use crate::types::BasicKind;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};
use std::fmt;

/// types2 reports `constant … overflow` beyond this many bits.
pub const MAX_INT_BITS: u64 = 512;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    /// An untyped or typed complex constant: exact real and imaginary parts.
    Complex(BigRational, BigRational),
    /// Too large or otherwise not computable; errors were reported where it arose.
    Unknown,
}

/// Why a constant does not fit a type (types2's wording).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Why {
    Truncated,
    Overflows,
    NotRepresentable,
}

impl Value {
    /// Parses a numeric literal (any Go form, imaginary literals included).
    pub fn from_number(kind: LitKind, text: &str) -> Option<Value> {
        let t: String = text.chars().filter(|&c| c != '_').collect();
        match kind {
            LitKind::Int => parse_int(&t).map(Value::Int),
            LitKind::Float => parse_float(&t).map(Value::Float),
            LitKind::Imag => {
                let t = t.strip_suffix('i')?;
                let lower = t.to_ascii_lowercase();
                // Spec: an imaginary literal's all-decimal integer part is decimal even with a
                // leading 0 (`0123i` is 123i, for backward compatibility).
                let im = if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
                    BigRational::from_integer(BigInt::parse_bytes(t.as_bytes(), 10)?)
                } else if lower.starts_with("0x") && !lower.contains('p')
                    || lower.starts_with("0o")
                    || lower.starts_with("0b")
                {
                    BigRational::from_integer(parse_int(t)?)
                } else {
                    parse_float(t)?
                };
                Some(Value::Complex(BigRational::zero(), im))
            }
            _ => None,
        }
    }

    /// The real and imaginary parts of a numeric constant.
    pub fn as_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            Value::Complex(r, i) => Some((r.clone(), i.clone())),
            _ => self.as_rat().map(|r| (r, BigRational::zero())),
        }
    }

    /// A complex constant whose imaginary part is zero becomes its real part (Int when integral).
    pub fn to_real(&self) -> Option<Value> {
        match self {
            Value::Complex(r, i) if i.is_zero() => {
                Some(if r.is_integer() { Value::Int(r.to_integer()) } else { Value::Float(r.clone()) })
            }
            Value::Complex(..) => None,
            Value::Int(_) | Value::Float(_) => Some(self.clone()),
            _ => None,
        }
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Value::Int(_))
    }

    fn as_rat(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// A float that is exactly an integer becomes an Int.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Float(r) if r.is_integer() => Some(r.to_integer()),
            _ => None,
        }
    }

    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => i.to_f64(),
            Value::Float(r) => r.to_f64(),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    /// Can this value be stored in a variable of basic kind `k`? Returns the stored value.
    pub fn representable(&self, k: BasicKind) -> Result<Value, Why> {
        use BasicKind::*;
        match (self, k) {
            (Value::Unknown, _) => Ok(Value::Unknown),
            (Value::Complex(..), UntypedComplex) => Ok(self.clone()),
            (Value::Int(_) | Value::Float(_) | Value::Complex(..), Complex64 | Complex128) => {
                let (re, im) = self.as_complex().unwrap_or_default();
                let part =
                    |r: BigRational| Value::Float(r).representable(if k == Complex64 { Float32 } else { Float64 });
                match (part(re), part(im)) {
                    (Ok(a), Ok(b)) => {
                        Ok(Value::Complex(a.as_rat().unwrap_or_default(), b.as_rat().unwrap_or_default()))
                    }
                    _ => Err(Why::Overflows),
                }
            }
            (Value::Complex(..), _) if k.is_numeric() => match self.to_real() {
                Some(v) => v.representable(k),
                // types2: a non-integer constant to an integer type "truncated", else "overflows".
                None if k.is_integer() => Err(Why::Truncated),
                None => Err(Why::Overflows),
            },
            (Value::Bool(_), Bool | UntypedBool) => Ok(self.clone()),
            (Value::String(_), String | UntypedString) => Ok(self.clone()),
            (Value::Int(_) | Value::Float(_), _) if k.is_integer() => {
                let Some(i) = self.to_int() else { return Err(Why::Truncated) };
                let fits = match int_range(k) {
                    Some((lo, hi)) => i >= lo && i <= hi,
                    None => true,
                };
                if fits { Ok(Value::Int(i)) } else { Err(Why::Overflows) }
            }
            (Value::Int(_) | Value::Float(_), Float32 | Float64 | UntypedFloat | UntypedComplex) => {
                let f = self.to_f64().unwrap_or(f64::INFINITY);
                let limit = if matches!(k, Float32 | Complex64) { f64::from(f32::MAX) } else { f64::MAX };
                if !(f.is_finite() && f.abs() <= limit) {
                    return Err(Why::Overflows);
                }
                // Typed float constants are rounded to their type (spec: "Conversions").
                match k {
                    Float32 => Ok(Value::from_f64(f as f32 as f64)),
                    Float64 => Ok(Value::from_f64(f)),
                    _ => Ok(self.clone()),
                }
            }
            _ => Err(Why::NotRepresentable),
        }
    }

    pub fn unary(op: UnOp, x: &Value) -> Value {
        match (op, x) {
            (UnOp::Pos, v) => v.clone(),
            (UnOp::Neg, Value::Int(i)) => Value::Int(-i),
            (UnOp::Neg, Value::Float(r)) => Value::Float(-r),
            (UnOp::Neg, Value::Complex(r, i)) => Value::Complex(-r, -i),
            (UnOp::Not, Value::Bool(b)) => Value::Bool(!b),
            (UnOp::Xor, Value::Int(i)) => Value::Int(!i),
            _ => Value::Unknown,
        }
    }

    /// `x op y` for arithmetic and bitwise operators; `integer` selects truncated integer division.
    pub fn binary(x: &Value, op: BinOp, y: &Value, integer: bool) -> Value {
        use BinOp::*;
        if matches!(x, Value::Complex(..)) || matches!(y, Value::Complex(..)) {
            let (Some((a, b)), Some((c, d))) = (x.as_complex(), y.as_complex()) else { return Value::Unknown };
            let r = match op {
                Add => Value::Complex(a + c, b + d),
                Sub => Value::Complex(a - c, b - d),
                Mul => Value::Complex(&a * &c - &b * &d, &a * &d + &b * &c),
                Quo => {
                    let den = &c * &c + &d * &d;
                    if den.is_zero() {
                        return Value::Unknown;
                    }
                    Value::Complex((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den)
                }
                _ => Value::Unknown,
            };
            return cap(r);
        }
        let r = match (x, y) {
            (Value::Int(a), Value::Int(b)) => match op {
                Add => Value::Int(a + b),
                Sub => Value::Int(a - b),
                Mul => Value::Int(a * b),
                Quo if b.is_zero() => Value::Unknown,
                Quo if integer => Value::Int(a / b),
                Quo => Value::Float(BigRational::new(a.clone(), b.clone())),
                Rem if b.is_zero() => Value::Unknown,
                Rem => Value::Int(a % b),
                And => Value::Int(a & b),
                Or => Value::Int(a | b),
                Xor => Value::Int(a ^ b),
                AndNot => Value::Int(a & !b),
                _ => Value::Unknown,
            },
            (Value::String(a), Value::String(b)) if op == Add => {
                let mut s = a.clone();
                s.extend_from_slice(b);
                Value::String(s)
            }
            (Value::Bool(a), Value::Bool(b)) => match op {
                LAnd => Value::Bool(*a && *b),
                LOr => Value::Bool(*a || *b),
                _ => Value::Unknown,
            },
            _ => match (x.as_rat(), y.as_rat()) {
                (Some(a), Some(b)) => match op {
                    Add => Value::Float(a + b),
                    Sub => Value::Float(a - b),
                    Mul => Value::Float(a * b),
                    Quo if b.is_zero() => Value::Unknown,
                    Quo if integer => Value::Int((a / b).trunc().to_integer()),
                    Quo => Value::Float(a / b),
                    _ => Value::Unknown,
                },
                _ => Value::Unknown,
            },
        };
        cap(r)
    }

    pub fn shift(x: &Value, op: BinOp, s: u64) -> Value {
        let Some(i) = x.to_int() else { return Value::Unknown };
        if s > MAX_INT_BITS + 64 {
            return Value::Unknown;
        }
        let r = match op {
            BinOp::Shl => Value::Int(i << s),
            BinOp::Shr => Value::Int(i >> s),
            _ => Value::Unknown,
        };
        cap(r)
    }

    pub fn compare(x: &Value, op: BinOp, y: &Value) -> Option<bool> {
        use std::cmp::Ordering;
        let ord = match (x, y) {
            (Value::String(a), Value::String(b)) => a.cmp(b),
            (Value::Bool(a), Value::Bool(b)) => {
                return match op {
                    BinOp::Eql => Some(a == b),
                    BinOp::Neq => Some(a != b),
                    _ => None,
                };
            }
            _ if matches!(x, Value::Complex(..)) || matches!(y, Value::Complex(..)) => {
                let eq = x.as_complex()? == y.as_complex()?;
                return match op {
                    BinOp::Eql => Some(eq),
                    BinOp::Neq => Some(!eq),
                    _ => None,
                };
            }
            _ => x.as_rat()?.cmp(&y.as_rat()?),
        };
        Some(match op {
            BinOp::Eql => ord == Ordering::Equal,
            BinOp::Neq => ord != Ordering::Equal,
            BinOp::Lss => ord == Ordering::Less,
            BinOp::Leq => ord != Ordering::Greater,
            BinOp::Gtr => ord == Ordering::Greater,
            BinOp::Geq => ord != Ordering::Less,
            _ => return None,
        })
    }

    /// The exact value of a finite float.
    pub fn from_f64(f: f64) -> Value {
        match BigRational::from_float(f) {
            Some(r) => Value::Float(r),
            None => Value::Unknown,
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(i) => i.is_zero(),
            Value::Float(r) => r.is_zero(),
            Value::Complex(r, i) => r.is_zero() && i.is_zero(),
            _ => false,
        }
    }
}

/// Values beyond the precision limit become Unknown (the checker reports the overflow).
fn cap(v: Value) -> Value {
    match &v {
        Value::Int(i) if i.bits() > MAX_INT_BITS => Value::Unknown,
        Value::Float(r) if big_rat(r) => Value::Unknown,
        Value::Complex(r, i) if big_rat(r) || big_rat(i) => Value::Unknown,
        _ => v,
    }
}

fn big_rat(r: &BigRational) -> bool {
    r.numer().bits() > 4 * MAX_INT_BITS || r.denom().bits() > 4 * MAX_INT_BITS
}

fn int_range(k: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let signed = |bits: u32| (-(BigInt::one() << (bits - 1)), (BigInt::one() << (bits - 1)) - 1);
    let unsigned = |bits: u32| (BigInt::zero(), (BigInt::one() << bits) - 1);
    Some(match k {
        Int8 => signed(8),
        Int16 => signed(16),
        Int32 => signed(32),
        Int | Int64 => signed(64),
        Uint8 => unsigned(8),
        Uint16 => unsigned(16),
        Uint32 => unsigned(32),
        Uint | Uint64 | Uintptr => unsigned(64),
        _ => return None,
    })
}

fn parse_int(t: &str) -> Option<BigInt> {
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn parse_float(t: &str) -> Option<BigRational> {
    let lower = t.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        let (mant, exp) = hex.split_once('p')?;
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let m = BigInt::parse_bytes(format!("0{ip}{fp}").as_bytes(), 16)?;
        let e: i64 = exp.parse().ok()?;
        let e = e - 4 * fp.len() as i64;
        return Some(scale(BigRational::from_integer(m), 2, e));
    }
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (lower.as_str(), 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let m = BigInt::parse_bytes(format!("0{ip}{fp}").as_bytes(), 10)?;
    Some(scale(BigRational::from_integer(m), 10, exp - fp.len() as i64))
}

fn scale(r: BigRational, base: u32, e: i64) -> BigRational {
    // Exponents beyond what any float can hold are clamped; representability then reports overflow.
    let e = e.clamp(-5000, 5000);
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    if e >= 0 { r * BigRational::from_integer(p) } else { r / BigRational::from_integer(p) }
}

impl fmt::Display for Value {
    /// As Go prints constants in messages (go/constant's String).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::String(s) => {
                let s = String::from_utf8_lossy(s);
                let q = format!("{s:?}");
                if q.chars().count() > 72 {
                    let short: String = q.chars().take(68).collect();
                    write!(f, "{short}...\"")
                } else {
                    f.write_str(&q)
                }
            }
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => fmt_float(r, f),
            // go/constant prints `(re + imi)`, each part as a float constant.
            Value::Complex(r, i) => {
                f.write_str("(")?;
                fmt_float(r, f)?;
                f.write_str(" + ")?;
                fmt_float(i, f)?;
                f.write_str("i)")
            }
            Value::Unknown => f.write_str("unknown"),
        }
    }
}

fn fmt_float(r: &BigRational, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if r.is_integer() && r.numer().bits() < 64 {
        return write!(f, "{}", r.to_integer());
    }
    let x = r.to_f64().unwrap_or(f64::NAN);
    if !x.is_finite() || (x == 0.0 && !r.is_zero()) {
        // Beyond float64's range: go/constant's manual decimal form, `%.6ge%+d`.
        let mut e = ((r.numer().bits() as f64 - r.denom().bits() as f64) * std::f64::consts::LOG10_2) as i64;
        let ten = BigRational::from_integer(BigInt::from(10));
        let a = if r < &BigRational::zero() { -r.clone() } else { r.clone() };
        let mut m = a / scale(BigRational::one(), 10, e);
        while m >= ten {
            m /= &ten;
            e += 1;
        }
        while m < BigRational::one() {
            m *= &ten;
            e -= 1;
        }
        let m = m.to_f64().unwrap_or(0.0);
        let ms = format!("{m:.5}");
        let ms = ms.trim_end_matches('0').trim_end_matches('.');
        let sign = if r < &BigRational::zero() { "-" } else { "" };
        return write!(f, "{sign}{ms}e{e:+}");
    }
    let s = format!("{x:e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    if (-4..21).contains(&e) {
        write!(f, "{}", x.abs().max(0.0).mul_add(x.signum(), 0.0))
    } else {
        let m: f64 = m.parse().unwrap_or(0.0);
        let m = format!("{:.5}", m);
        let m = m.trim_end_matches('0').trim_end_matches('.');
        write!(f, "{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_of_every_form() {
        let i = |t| Value::from_number(LitKind::Int, t).unwrap();
        assert_eq!(i("0x1F"), Value::Int(31.into()));
        assert_eq!(i("0o17"), Value::Int(15.into()));
        assert_eq!(i("017"), Value::Int(15.into()));
        assert_eq!(i("0b101"), Value::Int(5.into()));
        assert_eq!(i("1_000"), Value::Int(1000.into()));
        let fl = |t| Value::from_number(LitKind::Float, t).unwrap();
        assert_eq!(fl("0x1p-2").to_f64(), Some(0.25));
        assert_eq!(fl("1.5e3").to_f64(), Some(1500.0));
        assert_eq!(fl(".5").to_f64(), Some(0.5));
    }

    #[test]
    fn representability_at_the_edges() {
        let v = |n: i64| Value::Int(n.into());
        assert!(v(127).representable(BasicKind::Int8).is_ok());
        assert_eq!(v(128).representable(BasicKind::Int8), Err(Why::Overflows));
        assert_eq!(v(-1).representable(BasicKind::Uint), Err(Why::Overflows));
        let half = Value::Float(BigRational::new(1.into(), 2.into()));
        assert_eq!(half.representable(BasicKind::Int), Err(Why::Truncated));
        assert_eq!(v(1).representable(BasicKind::String), Err(Why::NotRepresentable));
    }

    #[test]
    fn arithmetic_is_exact() {
        let a = Value::Int(7.into());
        let b = Value::Int((-2).into());
        assert_eq!(Value::binary(&a, BinOp::Quo, &b, true), Value::Int((-3).into()));
        assert_eq!(Value::binary(&a, BinOp::Rem, &b, true), Value::Int(1.into()));
        assert_eq!(Value::shift(&Value::Int(1.into()), BinOp::Shl, 100).to_string(), "1267650600228229401496703205376");
        assert_eq!(Value::shift(&Value::Int(1.into()), BinOp::Shl, 600), Value::Unknown);
    }
}
