//! strconv's parsing: `ParseInt`, `ParseUint`, `Atoi`, `ParseFloat`, `ParseBool`, and `NumError`.
//!
//! Syntax is checked exactly as Go's readFloat / ParseUint do (underscores only where Go allows them);
//! the decimal-to-binary rounding of ParseFloat is delegated to Rust's `str::parse`, which is correctly
//! rounded for both f32 and f64, as Go's is. Hex floats are rounded here, following Go's atofHex.

use super::quote::quote;

/// Why a conversion failed: the `Err` field of Go's `*strconv.NumError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErrKind {
    /// `strconv.ErrSyntax`.
    Syntax,
    /// `strconv.ErrRange`.
    Range,
    /// "invalid base N".
    Base(u32),
    /// "invalid bit size N".
    BitSize(u32),
}

impl NumErrKind {
    /// The text of the wrapped error, e.g. "invalid syntax".
    pub fn text(&self) -> String {
        match self {
            NumErrKind::Syntax => "invalid syntax".to_string(),
            NumErrKind::Range => "value out of range".to_string(),
            NumErrKind::Base(b) => format!("invalid base {b}"),
            NumErrKind::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

/// Go's `*strconv.NumError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The failing function: "ParseInt", "ParseUint", "Atoi", "ParseFloat", "ParseBool".
    pub func: &'static str,
    /// The input.
    pub num: Vec<u8>,
    pub err: NumErrKind,
}

impl NumError {
    /// Go's `Error()` text: `strconv.Atoi: parsing "abc": invalid syntax`.
    pub fn message(&self) -> String {
        let q = quote(&self.num);
        format!("strconv.{}: parsing {}: {}", self.func, String::from_utf8_lossy(&q), self.err.text())
    }
}

/// A failed parse: the value Go returns alongside the error (0, or the clamped value / ±Inf on
/// range errors) and the error itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError<T> {
    pub value: T,
    pub error: NumError,
}

fn fail<T>(value: T, func: &'static str, s: &[u8], err: NumErrKind) -> ParseError<T> {
    ParseError { value, error: NumError { func, num: s.to_vec(), err } }
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, ParseError<bool>> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(fail(false, "ParseBool", s, NumErrKind::Syntax)),
    }
}

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Internal ParseUint: the value Go returns with the error kind.
fn parse_uint_raw(s: &[u8], base: u32, bits: u32) -> Result<u64, (u64, NumErrKind)> {
    if s.is_empty() {
        return Err((0, NumErrKind::Syntax));
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    match base {
        2..=36 => {}
        0 => {
            base = 10;
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    base = 2;
                    s = &s[2..];
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    base = 8;
                    s = &s[2..];
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    base = 16;
                    s = &s[2..];
                } else {
                    base = 8;
                    s = &s[1..];
                }
            }
        }
        _ => return Err((0, NumErrKind::Base(base))),
    }
    let bits = match bits {
        0 => 64,
        1..=64 => bits,
        _ => return Err((0, NumErrKind::BitSize(bits))),
    };
    let cutoff = u64::MAX / base as u64 + 1;
    let max_val = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return Err((0, NumErrKind::Syntax)),
        };
        if d as u32 >= base {
            return Err((0, NumErrKind::Syntax));
        }
        if n >= cutoff {
            return Err((max_val, NumErrKind::Range));
        }
        n *= base as u64;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return Err((max_val, NumErrKind::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return Err((0, NumErrKind::Syntax));
    }
    Ok(n)
}

fn parse_int_raw(s: &[u8], base: u32, bits: u32) -> Result<i64, (i64, NumErrKind)> {
    if s.is_empty() {
        return Err((0, NumErrKind::Syntax));
    }
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = match parse_uint_raw(body, base, bits) {
        Ok(u) => u,
        Err((u, NumErrKind::Range)) => u,
        Err((_, kind)) => return Err((0, kind)),
    };
    let bits = if bits == 0 { 64 } else { bits };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, NumErrKind::Range));
    }
    if neg && un > cutoff {
        return Err(((cutoff as i64).wrapping_neg(), NumErrKind::Range));
    }
    Ok(if neg { (un as i64).wrapping_neg() } else { un as i64 })
}

/// Go's `strconv.ParseUint`. `bits` 0 means 64 (int is 64-bit here).
pub fn parse_uint(s: &[u8], base: u32, bits: u32) -> Result<u64, ParseError<u64>> {
    parse_uint_raw(s, base, bits).map_err(|(v, k)| fail(v, "ParseUint", s, k))
}

/// Go's `strconv.ParseInt`. `bits` 0 means 64 (int is 64-bit here).
pub fn parse_int(s: &[u8], base: u32, bits: u32) -> Result<i64, ParseError<i64>> {
    parse_int_raw(s, base, bits).map_err(|(v, k)| fail(v, "ParseInt", s, k))
}

/// Go's `strconv.Atoi` (64-bit int).
pub fn atoi(s: &[u8]) -> Result<i64, ParseError<i64>> {
    if !s.is_empty() && s.len() < 19 {
        let neg = s[0] == b'-';
        let digits = if s[0] == b'-' || s[0] == b'+' { &s[1..] } else { s };
        if digits.is_empty() {
            return Err(fail(0, "Atoi", s, NumErrKind::Syntax));
        }
        let mut n: i64 = 0;
        for &c in digits {
            let d = c.wrapping_sub(b'0');
            if d > 9 {
                return Err(fail(0, "Atoi", s, NumErrKind::Syntax));
            }
            n = n * 10 + d as i64;
        }
        return Ok(if neg { -n } else { n });
    }
    parse_int_raw(s, 10, 0).map_err(|(v, k)| fail(v, "Atoi", s, k))
}

/// Go's underscoreOK: underscores only between digits (or after a base prefix).
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's special(): "inf", "infinity" (any case, optional sign) and "nan" (any case, no sign).
/// Returns the value and the bytes consumed.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    fn prefix_len(s: &[u8], word: &[u8]) -> usize {
        s.iter().zip(word).take_while(|(a, b)| a.to_ascii_lowercase() == **b).count()
    }
    let first = *s.first()?;
    let (sign, nsign, rest) = match first {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'n' | b'N' => return (prefix_len(s, b"nan") == 3).then_some((f64::NAN, 3)),
        _ => (1.0, 0, s),
    };
    if nsign == 0 && !matches!(first, b'i' | b'I') {
        return None;
    }
    let mut n = prefix_len(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

/// What Go's readFloat gathers, plus the decimal literal cleaned of underscores for Rust's parser.
struct Scanned {
    mantissa: u64,
    exp: i32,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// Digits and '.' of the mantissa, then 'e' and the (clamped) decimal exponent; decimal only.
    clean: String,
    /// Bytes consumed.
    n: usize,
}

/// Go's readFloat: scans a decimal or hex float prefix; None on a syntax error.
fn read_float(s: &[u8]) -> Option<Scanned> {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            neg = true;
        }
        _ => {}
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let mut clean = String::new();
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i32, 0i32, 0i32);
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
            clean.push('.');
        } else if c.is_ascii_digit() {
            sawdigits = true;
            clean.push(c as char);
            if c == b'0' && nd == 0 {
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_mant_digits {
                    mantissa = mantissa * base + (c - b'0') as u64;
                    nd_mant += 1;
                } else if c != b'0' {
                    trunc = true;
                }
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e = 0i32;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i32;
            }
            i += 1;
        }
        dp += e * esign;
        clean.push_str(&format!("e{}", e * esign));
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(Scanned { mantissa, exp, neg, trunc, hex, clean, n: i })
}

/// Go's atofHex: rounds a hex mantissa × 2^exp to the float format (half to even).
/// Returns the value and whether it overflowed.
fn atof_hex(mut mantissa: u64, mut exp: i32, neg: bool, trunc: bool, bits: u32) -> (f64, bool) {
    let (mant_bits, exp_bits, bias): (u32, u32, i32) = if bits == 32 { (23, 8, -127) } else { (52, 11, -1023) };
    let max_exp = (1 << exp_bits) + bias - 2;
    let min_exp = bias + 1;
    exp += mant_bits as i32;
    while mantissa != 0 && mantissa >> (mant_bits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mant_bits + 2) != 0 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mant_bits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mant_bits == 0 {
        exp = bias;
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mant_bits;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut b = mantissa & ((1u64 << mant_bits) - 1);
    b |= (((exp - bias) & ((1 << exp_bits) - 1)) as u64) << mant_bits;
    if neg {
        b |= 1 << mant_bits << exp_bits;
    }
    let v = if bits == 32 { f32::from_bits(b as u32) as f64 } else { f64::from_bits(b) };
    (v, overflow)
}

/// Go's `strconv.ParseFloat`: `bits` 32 rounds to float32 (returned widened), anything else is 64.
/// Accepts Go float literal syntax (decimal and hex, underscores between digits), "inf", "infinity",
/// "nan" in any case. Out-of-range values give a Range error carrying ±Inf.
pub fn parse_float(s: &[u8], bits: u32) -> Result<f64, ParseError<f64>> {
    let syntax = || fail(0.0, "ParseFloat", s, NumErrKind::Syntax);
    if let Some((v, n)) = special(s) {
        return if n == s.len() { Ok(v) } else { Err(syntax()) };
    }
    let sc = read_float(s).ok_or_else(syntax)?;
    if sc.n != s.len() {
        return Err(syntax());
    }
    let (v, overflow) = if sc.hex {
        atof_hex(sc.mantissa, sc.exp, sc.neg, sc.trunc, bits)
    } else {
        let mag = if bits == 32 {
            sc.clean.parse::<f32>().map(|f| f as f64).unwrap_or(0.0)
        } else {
            sc.clean.parse::<f64>().unwrap_or(0.0)
        };
        let v = if sc.neg { -mag } else { mag };
        (v, mag.is_infinite())
    };
    if overflow { Err(fail(v, "ParseFloat", s, NumErrKind::Range)) } else { Ok(v) }
}
