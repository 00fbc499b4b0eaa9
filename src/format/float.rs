//! strconv's float and integer formatting: `FormatFloat` ('b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'),
//! `FormatComplex`, `FormatInt`, `FormatUint`.
//!
//! Decimal digits come from Rust's float formatting, which is exact: `{:e}` yields the shortest digits
//! that round-trip (for f32 when formatting an f32), `{:.N}` / `{:.Ne}` round the exact binary value
//! half-to-even, as Go's decimal rounding does. Only the layout (Go's fmtEFG) is done here. The binary
//! and hexadecimal forms work on the bits directly, as Go's fmtB and fmtX do.

/// Decimal digits of |value|: `d` has no leading or trailing zeros (empty for zero),
/// the value is 0.d × 10^dp.
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parses Rust's formatting of a non-negative finite float, "123.450" or "1.2345e-7", into `Digits`.
fn parse_digits(s: &str) -> Digits {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let int_len = mant.find('.').unwrap_or(mant.len()) as i32;
    let mut dp = int_len + exp;
    let mut d: Vec<u8> = mant.bytes().filter(|&c| c != b'.').collect();
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    if lead == d.len() {
        return Digits { d: Vec::new(), dp: 0 };
    }
    d.drain(..lead);
    dp -= lead as i32;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp }
}

/// Shortest digits that read back as the same float of `bits` bits.
fn shortest(v: f64, bits: u32) -> Digits {
    let mut d = if bits == 32 {
        parse_digits(&format!("{:e}", (v as f32).abs()))
    } else {
        parse_digits(&format!("{:e}", v.abs()))
    };
    break_tie_to_even(&mut d, v.abs(), bits);
    d
}

/// When the value lies exactly halfway between two shortest candidates (2901949.25 as a float32:
/// 2.9019492e6 or 2.9019493e6), Rust picks the upper one and Go the one with the even last digit.
/// A tie needs an exact decimal expansion one digit longer than the shortest, so only values
/// m·2^e with small |e| qualify, and those fit in a u128.
fn break_tie_to_even(d: &mut Digits, v: f64, bits: u32) {
    let n = d.d.len();
    let (mut mant, mut exp) = if bits == 32 {
        let b = (v as f32).to_bits();
        let (e, m) = ((b >> 23) & 0xFF, (b & 0x7F_FFFF) as u64);
        if e == 0 { (m, 1 - 150) } else { (m | 1 << 23, e as i32 - 150) }
    } else {
        let b = v.to_bits();
        let (e, m) = ((b >> 52) & 0x7FF, b & ((1 << 52) - 1));
        if e == 0 { (m, 1 - 1075) } else { (m | 1 << 52, e as i32 - 1075) }
    };
    if mant == 0 || n == 0 {
        return;
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += tz as i32;
    // The exact value is x × 10^dexp.
    let (x, dexp): (u128, i32) = if exp >= 0 {
        if exp > 21 {
            return; // a trailing 5 would need 5^(exp+1) to divide the mantissa
        }
        ((mant as u128) << exp, 0)
    } else {
        if exp < -27 {
            return; // m·5^k has more digits than any shortest form plus one
        }
        (mant as u128 * 5u128.pow((-exp) as u32), exp)
    };
    let exact = parse_digits(&format!("{x}e{dexp}"));
    if exact.d.len() != n + 1 || exact.d[n] != b'5' {
        return;
    }
    let mut cand = exact.d[..n].to_vec();
    let mut dp = exact.dp;
    if (cand[n - 1] - b'0') % 2 == 1 {
        // Round up to the even neighbour, carrying.
        let mut i = n;
        loop {
            if i == 0 {
                cand.insert(0, b'1');
                dp += 1;
                break;
            }
            i -= 1;
            if cand[i] == b'9' {
                cand[i] = b'0';
            } else {
                cand[i] += 1;
                break;
            }
        }
    }
    while cand.last() == Some(&b'0') {
        cand.pop();
    }
    if cand == d.d && dp == d.dp {
        return;
    }
    let text = format!("0.{}e{}", String::from_utf8_lossy(&cand), dp);
    let round_trips = if bits == 32 {
        text.parse::<f32>().is_ok_and(|f| f == v as f32)
    } else {
        text.parse::<f64>().is_ok_and(|f| f == v)
    };
    if round_trips {
        *d = Digits { d: cand, dp };
    }
}

/// `n` significant digits, correctly rounded (n ≥ 1).
fn significant(v: f64, n: usize) -> Digits {
    parse_digits(&format!("{:.*e}", n - 1, v.abs()))
}

/// Digits rounded to `prec` places after the decimal point.
fn fixed(v: f64, prec: usize) -> Digits {
    parse_digits(&format!("{:.*}", prec, v.abs()))
}

/// Go's `strconv.FormatFloat`. `bits` is 32 or 64 (anything else is treated as 64); with 32 the
/// value is first rounded to float32. `prec` -1 means the shortest representation.
pub fn format_float(f: f64, fmt: u8, prec: i32, bits: u32) -> String {
    let mut buf = Vec::new();
    append_float(&mut buf, f, fmt, prec, bits);
    String::from_utf8(buf).unwrap_or_default()
}

/// Go's `strconv.AppendFloat`; see [`format_float`].
pub fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bits: u32) {
    let (v, mant_bits, exp_bits, bias) =
        if bits == 32 { ((f as f32) as f64, 23u32, 8u32, -127i32) } else { (f, 52, 11, -1023) };
    let raw: u64 = if bits == 32 { (v as f32).to_bits() as u64 } else { v.to_bits() };
    let neg = raw >> (exp_bits + mant_bits) != 0;
    let mut exp = (raw >> mant_bits) as i32 & ((1 << exp_bits) - 1);
    let mut mant = raw & ((1u64 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        dst.extend_from_slice(if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mant_bits;
    }
    exp += bias;
    match fmt {
        b'b' => return fmt_b(dst, neg, mant, exp - mant_bits as i32),
        b'x' | b'X' => return fmt_x(dst, prec, fmt, neg, mant, exp, mant_bits),
        _ => {}
    }
    if mant == 0 {
        return fmt_efg(dst, neg, &Digits { d: Vec::new(), dp: 0 }, prec, fmt, prec < 0);
    }
    let mut prec = prec;
    if prec < 0 {
        let digs = shortest(v, bits);
        let nd = digs.d.len() as i32;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        return fmt_efg(dst, neg, &digs, prec, fmt, true);
    }
    let digs = match fmt {
        b'e' | b'E' => significant(v, prec as usize + 1),
        b'f' => fixed(v, prec as usize),
        b'g' | b'G' => {
            if prec == 0 {
                prec = 1;
            }
            significant(v, prec as usize)
        }
        _ => Digits { d: Vec::new(), dp: 0 },
    };
    fmt_efg(dst, neg, &digs, prec, fmt, false)
}

/// Go's fmtEFG: lays out digits as %e, %f or %g.
fn fmt_efg(dst: &mut Vec<u8>, neg: bool, digs: &Digits, mut prec: i32, mut fmt: u8, shortest: bool) {
    let s = &digs.d;
    let nd = s.len() as i32;
    let dp = digs.dp;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(if nd != 0 { s[0] } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let m = nd.min(prec + 1);
                let mut i = 1;
                if i < m {
                    dst.extend_from_slice(&s[i as usize..m as usize]);
                    i = m;
                }
                for _ in 0..(prec + 1 - i) {
                    dst.push(b'0');
                }
            }
            dst.push(fmt);
            let mut exp = if nd == 0 { 0 } else { dp - 1 };
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.push(b'0');
            }
            dst.extend_from_slice(exp.to_string().as_bytes());
        }
        b'f' => {
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                for _ in 0..(dp - m) {
                    dst.push(b'0');
                }
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                for _ in 0..lz {
                    dst.push(b'0');
                }
                for i in 0..m {
                    dst.push(s[(off + i) as usize]);
                }
                for _ in 0..tz {
                    dst.push(b'0');
                }
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// Go's fmtB: -ddddp±ddd.
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// Go's fmtX: -0x1.yyyyyyyyp±ddd, rounding half-to-even when `prec` < 15.
fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mant_bits: u32) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// Go's `strconv.FormatComplex`: "(re±imi)"; `bits` is 64 (complex64) or 128.
pub fn format_complex(re: f64, im: f64, fmt: u8, prec: i32, bits: u32) -> String {
    let fbits = if bits == 64 { 32 } else { 64 };
    let mut buf = vec![b'('];
    append_float(&mut buf, re, fmt, prec, fbits);
    let at = buf.len();
    append_float(&mut buf, im, fmt, prec, fbits);
    if buf[at] != b'+' && buf[at] != b'-' {
        buf.insert(at, b'+');
    }
    buf.extend_from_slice(b"i)");
    String::from_utf8(buf).unwrap_or_default()
}

const DIGITS36: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Go's `strconv.FormatUint` for 2 ≤ base ≤ 36 (other bases are clamped into that range).
pub fn format_uint(u: u64, base: u32) -> String {
    let mut buf = Vec::new();
    append_uint(&mut buf, u, base, false);
    String::from_utf8(buf).unwrap_or_default()
}

/// Go's `strconv.FormatInt` for 2 ≤ base ≤ 36 (other bases are clamped into that range).
pub fn format_int(i: i64, base: u32) -> String {
    let mut buf = Vec::new();
    append_uint(&mut buf, i.unsigned_abs(), base, i < 0);
    String::from_utf8(buf).unwrap_or_default()
}

/// Go's `strconv.AppendInt` / `AppendUint` in one: the magnitude `u`, with a '-' when `neg`.
pub fn append_uint(dst: &mut Vec<u8>, mut u: u64, base: u32, neg: bool) {
    let base = base.clamp(2, 36) as u64;
    let mut tmp = [0u8; 65];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = DIGITS36[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&tmp[i..]);
}
