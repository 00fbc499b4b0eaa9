//! The field-reading half of time.Parse (Go's time.parse up to the choice of location, which
//! the surface makes).

use super::format::{Std, next_chunk};
use crate::natives::{arg_str, ret, ret_str};
use crate::vm::{Trap, Vm};

use super::{DAYS_BEFORE, LONG_DAYS, LONG_MONTHS, SHORT_DAYS, SHORT_MONTHS, days_in, is_leap, leading_int};

#[derive(Default)]
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    utc: bool,
    zone_offset: i64,
    zone_name: Vec<u8>,
}

/// A ParseError's (layout element, value element, message).
struct Fail(Vec<u8>, Vec<u8>, String);

/// parseFields(layout, value) (year, month, day, hour, min, sec, nsec int, utc bool,
/// zoneOffset int, zoneName string, failed bool, layoutElem, valueElem, message string).
pub fn parse_fields(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (layout, value) = (arg_str(vm, a, 0), arg_str(vm, a, 1));
    let res = parse(&layout, &value);
    // Strings first: an allocation may collect, and the registers must hold what the caller's
    // maps say until then (the arguments are strings).
    for i in 2..14 {
        ret(vm, a, i, 0);
    }
    match res {
        Ok(f) => {
            ret_str(vm, a, 9, &f.zone_name)?;
            for (i, v) in [f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, f.utc as i64, f.zone_offset]
                .into_iter()
                .enumerate()
            {
                ret(vm, a, i, v as u64);
            }
        }
        Err(Fail(l, v, m)) => {
            ret_str(vm, a, 11, &l)?;
            ret_str(vm, a, 12, &v)?;
            ret_str(vm, a, 13, m.as_bytes())?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, 0);
            ret(vm, a, 10, 1);
        }
    }
    Ok(())
}

fn is_digit(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|c| c.is_ascii_digit())
}

fn cutspace(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&c| c == b' ').count();
    &s[n..]
}

fn skip<'a>(mut value: &'a [u8], mut prefix: &[u8]) -> Result<&'a [u8], &'a [u8]> {
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return Err(value);
            }
            prefix = cutspace(prefix);
            value = cutspace(value);
            continue;
        }
        if value.first() != Some(&p) {
            return Err(value);
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Ok(value)
}

fn matches(s1: &[u8], s2: &[u8]) -> bool {
    s1.iter().zip(s2).all(|(&a, &b)| {
        if a == b {
            return true;
        }
        let (a, b) = (a | 0x20, b | 0x20);
        a == b && a.is_ascii_lowercase()
    })
}

fn lookup<'a>(tab: &[&str], val: &'a [u8]) -> Option<(i64, &'a [u8])> {
    for (i, v) in tab.iter().enumerate() {
        let v = v.as_bytes();
        if val.len() >= v.len() && matches(&val[..v.len()], v) {
            return Some((i as i64, &val[v.len()..]));
        }
    }
    None
}

fn getnum(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    if !is_digit(s, 0) {
        return None;
    }
    if !is_digit(s, 1) {
        if fixed {
            return None;
        }
        return Some(((s[0] - b'0') as i64, &s[1..]));
    }
    Some((((s[0] - b'0') * 10 + (s[1] - b'0')) as i64, &s[2..]))
}

fn getnum3(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let mut n = 0;
    let mut i = 0;
    while i < 3 && is_digit(s, i) {
        n = n * 10 + (s[i] - b'0') as i64;
        i += 1;
    }
    if i == 0 || fixed && i != 3 {
        return None;
    }
    Some((n, &s[i..]))
}

fn atoi(s: &[u8]) -> Option<i64> {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (q, rem) = leading_int(s)?;
    if !rem.is_empty() {
        return None;
    }
    let x = q as i64;
    Some(if neg { x.wrapping_neg() } else { x })
}

/// Go's parseNanoseconds: Ok(Ok(ns)), Ok(Err(range error)), or Err (bad value).
fn parse_nanoseconds(value: &[u8], nbytes: usize) -> Result<Result<i64, &'static str>, ()> {
    if !matches!(value.first(), Some(b'.' | b',')) {
        return Err(());
    }
    let nbytes = nbytes.min(10).min(value.len());
    let ns = atoi(&value[1..nbytes]).ok_or(())?;
    if ns < 0 {
        return Ok(Err("fractional second"));
    }
    let mut ns = ns;
    for _ in 0..10 - nbytes {
        ns *= 10;
    }
    Ok(Ok(ns))
}

fn parse_signed_offset(value: &[u8]) -> usize {
    if !matches!(value.first(), Some(b'-' | b'+')) {
        return 0;
    }
    let Some((x, rem)) = leading_int(&value[1..]) else { return 0 };
    if rem.len() == value.len() - 1 || x > 23 {
        return 0;
    }
    value.len() - rem.len()
}

fn parse_time_zone(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.len() >= 4 && (&value[..4] == b"ChST" || &value[..4] == b"MeST") {
        return Some(4);
    }
    if &value[..3] == b"GMT" {
        let rest = &value[3..];
        return Some(if rest.is_empty() { 3 } else { 3 + parse_signed_offset(rest) });
    }
    if value[0] == b'+' || value[0] == b'-' {
        let n = parse_signed_offset(value);
        return if n > 0 { Some(n) } else { None };
    }
    let n_upper = value.iter().take(6).take_while(|c| c.is_ascii_uppercase()).count();
    match n_upper {
        5 if value[4] == b'T' => Some(5),
        4 if value[3] == b'T' || &value[..4] == b"WITA" => Some(4),
        3 => Some(3),
        _ => None,
    }
}

fn quote(s: &[u8]) -> String {
    super::format::quote(s)
}

fn parse(alayout: &[u8], avalue: &[u8]) -> Result<Fields, Fail> {
    let mut layout = alayout;
    let mut value = avalue;
    let (mut am_set, mut pm_set) = (false, false);
    let mut f = Fields { month: -1, day: -1, zone_offset: -1, ..Default::default() };
    let mut yday = -1;
    loop {
        let chunk = next_chunk(layout);
        let (prefix, std, suffix) = match chunk {
            Some((p, std, s)) => (&layout[..p], Some(std), s),
            None => (layout, None, layout.len()),
        };
        let stdstr = &layout[prefix.len()..suffix];
        value = match skip(value, prefix) {
            Ok(v) => v,
            Err(v) => return Err(Fail(prefix.to_vec(), v.to_vec(), String::new())),
        };
        let Some(std) = std else {
            if !value.is_empty() {
                return Err(Fail(Vec::new(), value.to_vec(), format!(": extra text: {}", quote(value))));
            }
            break;
        };
        layout = &layout[suffix..];
        let hold = value;
        let mut range_err = "";
        // None: a bad value for this element.
        let ok: Option<()> = (|| {
            match std {
                Std::Year => {
                    if value.len() < 2 {
                        return None;
                    }
                    let y = atoi(&value[..2])?;
                    value = &value[2..];
                    f.year = if y >= 69 { y + 1900 } else { y + 2000 };
                }
                Std::LongYear => {
                    if value.len() < 4 || !is_digit(value, 0) {
                        return None;
                    }
                    let p = &value[..4];
                    value = &value[4..];
                    f.year = atoi(p)?;
                }
                Std::Month | Std::LongMonth => {
                    let tab: &[&str] = if std == Std::Month { &SHORT_MONTHS } else { &LONG_MONTHS };
                    let (m, rest) = lookup(tab, value)?;
                    f.month = m + 1;
                    value = rest;
                }
                Std::NumMonth | Std::ZeroMonth => {
                    let (m, rest) = getnum(value, std == Std::ZeroMonth)?;
                    f.month = m;
                    value = rest;
                    if m <= 0 || 12 < m {
                        range_err = "month";
                    }
                }
                Std::WeekDay | Std::LongWeekDay => {
                    let tab: &[&str] = if std == Std::WeekDay { &SHORT_DAYS } else { &LONG_DAYS };
                    value = lookup(tab, value)?.1;
                }
                Std::Day | Std::UnderDay | Std::ZeroDay => {
                    if std == Std::UnderDay && value.first() == Some(&b' ') {
                        value = &value[1..];
                    }
                    let (d, rest) = getnum(value, std == Std::ZeroDay)?;
                    f.day = d;
                    value = rest;
                }
                Std::UnderYearDay | Std::ZeroYearDay => {
                    for _ in 0..2 {
                        if std == Std::UnderYearDay && value.first() == Some(&b' ') {
                            value = &value[1..];
                        }
                    }
                    let (d, rest) = getnum3(value, std == Std::ZeroYearDay)?;
                    yday = d;
                    value = rest;
                }
                Std::Hour => {
                    let (h, rest) = getnum(value, false)?;
                    f.hour = h;
                    value = rest;
                    if !(0..24).contains(&h) {
                        range_err = "hour";
                    }
                }
                Std::Hour12 | Std::ZeroHour12 => {
                    let (h, rest) = getnum(value, std == Std::ZeroHour12)?;
                    f.hour = h;
                    value = rest;
                    if !(0..=12).contains(&h) {
                        range_err = "hour";
                    }
                }
                Std::Minute | Std::ZeroMinute => {
                    let (m, rest) = getnum(value, std == Std::ZeroMinute)?;
                    f.min = m;
                    value = rest;
                    if !(0..60).contains(&m) {
                        range_err = "minute";
                    }
                }
                Std::Second | Std::ZeroSecond => {
                    let (s, rest) = getnum(value, std == Std::ZeroSecond)?;
                    f.sec = s;
                    value = rest;
                    if !(0..60).contains(&s) {
                        range_err = "second";
                        return Some(());
                    }
                    if value.len() >= 2 && matches!(value[0], b'.' | b',') && is_digit(value, 1) {
                        if let Some((_, Std::Frac(..), _)) = next_chunk(layout) {
                            return Some(());
                        }
                        let mut n = 2;
                        while n < value.len() && is_digit(value, n) {
                            n += 1;
                        }
                        match parse_nanoseconds(value, n).ok()? {
                            Ok(ns) => f.nsec = ns,
                            Err(e) => range_err = e,
                        }
                        value = &value[n..];
                    }
                }
                Std::PM | Std::Pm => {
                    if value.len() < 2 {
                        return None;
                    }
                    let p = &value[..2];
                    value = &value[2..];
                    let (pm, am): (&[u8], &[u8]) = if std == Std::PM { (b"PM", b"AM") } else { (b"pm", b"am") };
                    if p == pm {
                        pm_set = true;
                    } else if p == am {
                        am_set = true;
                    } else {
                        return None;
                    }
                }
                Std::NumTz(iso, colon, secs, short) => {
                    if iso && value.first() == Some(&b'Z') {
                        value = &value[1..];
                        f.utc = true;
                        return Some(());
                    }
                    let (sign, hour, min, seconds): (u8, &[u8], &[u8], &[u8]);
                    if colon && !secs {
                        if value.len() < 6 || value[3] != b':' {
                            return None;
                        }
                        (sign, hour, min, seconds) = (value[0], &value[1..3], &value[4..6], b"00");
                        value = &value[6..];
                    } else if short {
                        if value.len() < 3 {
                            return None;
                        }
                        (sign, hour, min, seconds) = (value[0], &value[1..3], b"00", b"00");
                        value = &value[3..];
                    } else if colon && secs {
                        if value.len() < 9 || value[3] != b':' || value[6] != b':' {
                            return None;
                        }
                        (sign, hour, min, seconds) = (value[0], &value[1..3], &value[4..6], &value[7..9]);
                        value = &value[9..];
                    } else if secs {
                        if value.len() < 7 {
                            return None;
                        }
                        (sign, hour, min, seconds) = (value[0], &value[1..3], &value[3..5], &value[5..7]);
                        value = &value[7..];
                    } else {
                        if value.len() < 5 {
                            return None;
                        }
                        (sign, hour, min, seconds) = (value[0], &value[1..3], &value[3..5], b"00");
                        value = &value[5..];
                    }
                    // Go reads all three before judging; a bad number leaves later ones 0.
                    let hr = getnum(hour, true).map(|x| x.0);
                    let mm = hr.and_then(|_| getnum(min, true).map(|x| x.0));
                    let ss = mm.and_then(|_| getnum(seconds, true).map(|x| x.0));
                    let (h, m, s) = (hr.unwrap_or(0), mm.unwrap_or(0), ss.unwrap_or(0));
                    if h > 24 {
                        range_err = "time zone offset hour";
                    }
                    if m > 60 {
                        range_err = "time zone offset minute";
                    }
                    if s > 60 {
                        range_err = "time zone offset second";
                    }
                    f.zone_offset = (h * 60 + m) * 60 + s;
                    let bad = ss.is_none();
                    match sign {
                        b'+' => {}
                        b'-' => f.zone_offset = -f.zone_offset,
                        _ => return None,
                    }
                    if bad {
                        return None;
                    }
                }
                Std::Tz => {
                    if value.len() >= 3 && &value[..3] == b"UTC" {
                        f.utc = true;
                        value = &value[3..];
                        return Some(());
                    }
                    let n = parse_time_zone(value)?;
                    f.zone_name = value[..n].to_vec();
                    value = &value[n..];
                }
                Std::Frac(digits, false, _) => {
                    let ndigit = 1 + digits;
                    if value.len() < ndigit {
                        return None;
                    }
                    match parse_nanoseconds(value, ndigit).ok()? {
                        Ok(ns) => f.nsec = ns,
                        Err(e) => range_err = e,
                    }
                    value = &value[ndigit..];
                }
                Std::Frac(_, true, _) => {
                    if value.len() < 2 || !matches!(value[0], b'.' | b',') || !value[1].is_ascii_digit() {
                        return Some(());
                    }
                    let mut i = 0;
                    while i + 1 < value.len() && value[i + 1].is_ascii_digit() {
                        i += 1;
                    }
                    match parse_nanoseconds(value, 1 + i).ok()? {
                        Ok(ns) => f.nsec = ns,
                        Err(e) => range_err = e,
                    }
                    value = &value[1 + i..];
                }
            }
            Some(())
        })();
        if !range_err.is_empty() {
            return Err(Fail(stdstr.to_vec(), value.to_vec(), format!(": {range_err} out of range")));
        }
        if ok.is_none() {
            return Err(Fail(stdstr.to_vec(), hold.to_vec(), String::new()));
        }
    }
    if pm_set && f.hour < 12 {
        f.hour += 12;
    } else if am_set && f.hour == 12 {
        f.hour = 0;
    }
    let fail = |m: &str| Err(Fail(Vec::new(), value.to_vec(), m.to_string()));
    if yday >= 0 {
        let (mut d, mut m) = (0, 0);
        if is_leap(f.year) {
            if yday == 31 + 29 {
                m = 2;
                d = 29;
            } else if yday > 31 + 29 {
                yday -= 1;
            }
        }
        if !(1..=365).contains(&yday) {
            return fail(": day-of-year out of range");
        }
        if m == 0 {
            m = (yday - 1) / 31 + 1;
            if DAYS_BEFORE[m as usize] < yday {
                m += 1;
            }
            d = yday - DAYS_BEFORE[(m - 1) as usize];
        }
        if f.month >= 0 && f.month != m {
            return fail(": day-of-year does not match month");
        }
        f.month = m;
        if f.day >= 0 && f.day != d {
            return fail(": day-of-year does not match day");
        }
        f.day = d;
    } else {
        if f.month < 0 {
            f.month = 1;
        }
        if f.day < 0 {
            f.day = 1;
        }
    }
    if f.day < 1 || f.day > days_in(f.month, f.year) {
        return fail(": day out of range");
    }
    Ok(f)
}
