//! Go's time layouts (`Time.Format`), `Duration.String` and `ParseDuration`, ported from
//! time/format.go. Times arrive as absolute seconds (seconds since year 1 in their zone) with
//! their zone's name and offset.

use super::{civil, leading_int, month_name, tod, weekday, weekday_name, year_day};

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    Tz,
    /// Numeric zone: (ISO 8601 'Z' form, colons, with seconds, hours only).
    NumTz(bool, bool, bool, bool),
    /// Fractional seconds: (digits, trim zeros (the 9 form), separator).
    Frac(usize, bool, u8),
}

fn lower_at(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|c| c.is_ascii_lowercase())
}

/// Go's nextStdChunk: (prefix length, element, suffix start), or None when no element remains.
pub(super) fn next_chunk(l: &[u8]) -> Option<(usize, Std, usize)> {
    let at = |i: usize, s: &str| l[i..].starts_with(s.as_bytes());
    for i in 0..l.len() {
        let r = |std: Std, n: usize| Some((i, std, i + n));
        match l[i] {
            b'J' if at(i, "Jan") => {
                if at(i, "January") {
                    return r(Std::LongMonth, 7);
                }
                if !lower_at(l, i + 3) {
                    return r(Std::Month, 3);
                }
            }
            b'M' => {
                if at(i, "Mon") {
                    if at(i, "Monday") {
                        return r(Std::LongWeekDay, 6);
                    }
                    if !lower_at(l, i + 3) {
                        return r(Std::WeekDay, 3);
                    }
                }
                if at(i, "MST") {
                    return r(Std::Tz, 3);
                }
            }
            b'0' => {
                if let Some(&c) = l.get(i + 1)
                    && (b'1'..=b'6').contains(&c)
                {
                    let std =
                        [Std::ZeroMonth, Std::ZeroDay, Std::ZeroHour12, Std::ZeroMinute, Std::ZeroSecond, Std::Year]
                            [(c - b'1') as usize];
                    return r(std, 2);
                }
                if at(i, "002") {
                    return r(Std::ZeroYearDay, 3);
                }
            }
            b'1' => return if at(i, "15") { r(Std::Hour, 2) } else { r(Std::NumMonth, 1) },
            b'2' => return if at(i, "2006") { r(Std::LongYear, 4) } else { r(Std::Day, 1) },
            b'_' => {
                if at(i, "_2") {
                    if at(i + 1, "2006") {
                        return Some((i + 1, Std::LongYear, i + 5));
                    }
                    return r(Std::UnderDay, 2);
                }
                if at(i, "__2") {
                    return r(Std::UnderYearDay, 3);
                }
            }
            b'3' => return r(Std::Hour12, 1),
            b'4' => return r(Std::Minute, 1),
            b'5' => return r(Std::Second, 1),
            b'P' if at(i, "PM") => return r(Std::PM, 2),
            b'p' if at(i, "pm") => return r(Std::Pm, 2),
            b'-' | b'Z' => {
                let iso = l[i] == b'Z';
                for (pat, colon, secs, short) in [
                    ("070000", false, true, false),
                    ("07:00:00", true, true, false),
                    ("0700", false, false, false),
                    ("07:00", true, false, false),
                    ("07", false, false, true),
                ] {
                    if at(i + 1, pat) {
                        return r(Std::NumTz(iso, colon, secs, short), 1 + pat.len());
                    }
                }
            }
            b'.' | b',' => {
                if let Some(&ch) = l.get(i + 1)
                    && (ch == b'0' || ch == b'9')
                {
                    let mut j = i + 1;
                    while j < l.len() && l[j] == ch {
                        j += 1;
                    }
                    if !l.get(j).is_some_and(|c| c.is_ascii_digit()) {
                        return Some((i, Std::Frac(j - (i + 1), ch == b'9', l[i]), j));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// Go's appendInt: x zero-padded to `width` digits.
pub(super) fn append_int(b: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        b.push(b'-');
    }
    let s = x.unsigned_abs().to_string();
    for _ in s.len()..width {
        b.push(b'0');
    }
    b.extend_from_slice(s.as_bytes());
}

/// Time.Format of (absolute seconds, nanoseconds) in the zone `name` at `offset` seconds east of UTC.
pub fn format(sec: i64, nsec: i64, name: &[u8], offset: i64, mut layout: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    let (year, month, day) = civil(sec);
    let tod = tod(sec);
    let (hour, min, s) = (tod / 3600, tod % 3600 / 60, tod % 60);
    while !layout.is_empty() {
        let Some((p, std, rest)) = next_chunk(layout) else {
            b.extend_from_slice(layout);
            break;
        };
        b.extend_from_slice(&layout[..p]);
        layout = &layout[rest..];
        match std {
            Std::Year => append_int(&mut b, year.abs() % 100, 2),
            Std::LongYear => append_int(&mut b, year, 4),
            Std::Month => b.extend_from_slice(&month_name(month).as_bytes()[..3]),
            Std::LongMonth => b.extend_from_slice(month_name(month).as_bytes()),
            Std::NumMonth => append_int(&mut b, month, 0),
            Std::ZeroMonth => append_int(&mut b, month, 2),
            Std::WeekDay => b.extend_from_slice(&weekday_name(weekday(sec)).as_bytes()[..3]),
            Std::LongWeekDay => b.extend_from_slice(weekday_name(weekday(sec)).as_bytes()),
            Std::Day => append_int(&mut b, day, 0),
            Std::UnderDay => {
                if day < 10 {
                    b.push(b' ');
                }
                append_int(&mut b, day, 0);
            }
            Std::ZeroDay => append_int(&mut b, day, 2),
            Std::UnderYearDay => {
                let yd = year_day(sec);
                if yd < 100 {
                    b.push(b' ');
                    if yd < 10 {
                        b.push(b' ');
                    }
                }
                append_int(&mut b, yd, 0);
            }
            Std::ZeroYearDay => append_int(&mut b, year_day(sec), 3),
            Std::Hour => append_int(&mut b, hour, 2),
            Std::Hour12 | Std::ZeroHour12 => {
                let hr = if hour % 12 == 0 { 12 } else { hour % 12 };
                append_int(&mut b, hr, if std == Std::Hour12 { 0 } else { 2 });
            }
            Std::Minute => append_int(&mut b, min, 0),
            Std::ZeroMinute => append_int(&mut b, min, 2),
            Std::Second => append_int(&mut b, s, 0),
            Std::ZeroSecond => append_int(&mut b, s, 2),
            Std::PM => b.extend_from_slice(if hour >= 12 { b"PM" } else { b"AM" }),
            Std::Pm => b.extend_from_slice(if hour >= 12 { b"pm" } else { b"am" }),
            Std::Tz => {
                if !name.is_empty() {
                    b.extend_from_slice(name);
                } else {
                    let zone = offset / 60;
                    b.push(if zone < 0 { b'-' } else { b'+' });
                    let zone = zone.abs();
                    append_int(&mut b, zone / 60, 2);
                    append_int(&mut b, zone % 60, 2);
                }
            }
            Std::NumTz(iso, colon, secs, short) => {
                if iso && offset == 0 {
                    b.push(b'Z');
                    continue;
                }
                let zone = offset / 60;
                b.push(if zone < 0 { b'-' } else { b'+' });
                // As Go: the seconds keep their sign when the offset is under a minute west.
                let (zone, absoff) = if zone < 0 { (-zone, -offset) } else { (zone, offset) };
                append_int(&mut b, zone / 60, 2);
                if colon {
                    b.push(b':');
                }
                if !short {
                    append_int(&mut b, zone % 60, 2);
                }
                if secs {
                    if colon {
                        b.push(b':');
                    }
                    append_int(&mut b, absoff % 60, 2);
                }
            }
            Std::Frac(n, trim, sep) => {
                if trim && (n == 0 || nsec == 0) {
                    continue;
                }
                let start = b.len();
                b.push(sep);
                append_int(&mut b, nsec, 9);
                if n < 9 {
                    b.truncate(b.len() - 9 + n);
                }
                if trim {
                    while b.len() > start && b.last() == Some(&b'0') {
                        b.pop();
                    }
                    if b.len() > start && b.last() == Some(&sep) {
                        b.pop();
                    }
                }
            }
        }
    }
    b
}

// ---- Durations ----

/// Digits of v after the decimal point (prec of them, trailing zeros dropped), v / 10^prec.
fn frac(buf: &mut Vec<u8>, mut v: u64, prec: usize) -> u64 {
    let mut print = false;
    let mut digits = Vec::new();
    for _ in 0..prec {
        let d = v % 10;
        print = print || d != 0;
        if print {
            digits.push(b'0' + d as u8);
        }
        v /= 10;
    }
    if print {
        digits.push(b'.');
    }
    digits.reverse();
    buf.splice(0..0, digits);
    v
}

fn prepend_int(buf: &mut Vec<u8>, v: u64) {
    buf.splice(0..0, v.to_string().into_bytes());
}

/// Duration.String: "72h3m0.5s", "1.5ms", "0s".
pub fn duration(d: i64) -> String {
    let mut u = d.unsigned_abs();
    let mut b: Vec<u8> = Vec::new();
    if u < 1_000_000_000 {
        let prec;
        if u == 0 {
            return "0s".into();
        } else if u < 1000 {
            prec = 0;
            b.extend_from_slice(b"ns");
        } else if u < 1_000_000 {
            prec = 3;
            b.extend_from_slice("µs".as_bytes());
        } else {
            prec = 6;
            b.extend_from_slice(b"ms");
        }
        u = frac(&mut b, u, prec);
        prepend_int(&mut b, u);
    } else {
        b.push(b's');
        u = frac(&mut b, u, 9);
        prepend_int(&mut b, u % 60);
        u /= 60;
        if u > 0 {
            b.insert(0, b'm');
            prepend_int(&mut b, u % 60);
            u /= 60;
            if u > 0 {
                b.insert(0, b'h');
                prepend_int(&mut b, u);
            }
        }
    }
    if d < 0 {
        b.insert(0, b'-');
    }
    String::from_utf8(b).unwrap_or_default()
}

/// time's own quote: non-ASCII and control bytes as \x escapes.
pub(super) fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, w) = super::super::decode_rune(&s[i..]);
        if !(0x20..0x80).contains(&r) {
            let width = if r == 0xFFFD && !s[i..].starts_with("\u{FFFD}".as_bytes()) { 1 } else { w };
            for &c in &s[i..i + width] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            i += width;
            continue;
        }
        if r == b'"' as i32 || r == b'\\' as i32 {
            out.push('\\');
        }
        out.push(r as u8 as char);
        i += 1;
    }
    out.push('"');
    out
}

fn leading_fraction(s: &[u8]) -> (u64, f64, &[u8]) {
    let (mut x, mut scale, mut overflow) = (0u64, 1.0f64, false);
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        if !overflow {
            if x > (i64::MAX as u64) / 10 {
                overflow = true;
            } else {
                let y = x * 10 + (s[i] - b'0') as u64;
                if y > 1 << 63 {
                    overflow = true;
                } else {
                    x = y;
                    scale *= 10.0;
                }
            }
        }
        i += 1;
    }
    (x, scale, &s[i..])
}

/// time.ParseDuration; the error is the message of Go's error.
pub fn parse_duration(orig: &[u8]) -> Result<i64, String> {
    let invalid = |what: &str| format!("time: {what} {}", quote(orig));
    let mut s = orig;
    let mut neg = false;
    if let Some(&c) = s.first()
        && (c == b'-' || c == b'+')
    {
        neg = c == b'-';
        s = &s[1..];
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid("invalid duration"));
    }
    let mut d: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid("invalid duration"));
        }
        let pl = s.len();
        let (v, rest) = leading_int(s).ok_or_else(|| invalid("invalid duration"))?;
        let mut v = v;
        s = rest;
        let pre = pl != s.len();
        let (mut f, mut scale, mut post) = (0u64, 1.0f64, false);
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let pl = s.len();
            let (ff, sc, rest) = leading_fraction(s);
            (f, scale, s) = (ff, sc, rest);
            post = pl != s.len();
        }
        if !pre && !post {
            return Err(invalid("invalid duration"));
        }
        let i = s.iter().position(|&c| c == b'.' || c.is_ascii_digit()).unwrap_or(s.len());
        if i == 0 {
            return Err(invalid("missing unit in duration"));
        }
        let u = &s[..i];
        s = &s[i..];
        let unit: u64 = match u {
            b"ns" => 1,
            b"us" => 1000,
            _ if u == "µs".as_bytes() || u == "μs".as_bytes() => 1000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => return Err(invalid(&format!("unknown unit {} in duration", quote(u)))),
        };
        if v > (1 << 63) / unit {
            return Err(invalid("invalid duration"));
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                return Err(invalid("invalid duration"));
            }
        }
        d += v;
        if d > 1 << 63 {
            return Err(invalid("invalid duration"));
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    if d > i64::MAX as u64 {
        return Err(invalid("invalid duration"));
    }
    Ok(d as i64)
}
