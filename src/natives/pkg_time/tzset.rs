//! POSIX TZ rules (the "extend" string of a TZif file), as Go's time.tzset reads them.

use super::{DAYS_BEFORE, UNIX_TO_INTERNAL, civil, days_in, is_leap, year_day};
use crate::natives::{arg, arg_str, ret, ret_str};
use crate::vm::{Trap, Vm};

const OMEGA: i64 = i64::MAX;
const HOUR: i64 = 3600;
const DAY: i64 = 86400;

/// tzset(s, lastTxSec, sec) (name string, offset int, start, end int64, isDST, ok bool).
pub fn tzset_native(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    let (last, sec) = (arg(vm, a, 1) as i64, arg(vm, a, 2) as i64);
    match tzset(&s, last, sec) {
        Some((name, off, start, end, dst)) => {
            ret_str(vm, a, 0, name)?;
            ret(vm, a, 1, off as u64);
            ret(vm, a, 2, start as u64);
            ret(vm, a, 3, end as u64);
            ret(vm, a, 4, dst as u64);
            ret(vm, a, 5, 1);
        }
        None => {
            for i in 0..6 {
                ret(vm, a, i, 0);
            }
        }
    }
    Ok(())
}

fn name(s: &[u8]) -> Option<(&[u8], &[u8])> {
    if s.is_empty() {
        return None;
    }
    if s[0] != b'<' {
        for (i, &c) in s.iter().enumerate() {
            if c.is_ascii_digit() || c == b',' || c == b'-' || c == b'+' {
                if i < 3 {
                    return None;
                }
                return Some((&s[..i], &s[i..]));
            }
        }
        if s.len() < 3 {
            return None;
        }
        return Some((s, &[]));
    }
    let i = s.iter().position(|&c| c == b'>')?;
    Some((&s[1..i], &s[i + 1..]))
}

fn num(s: &[u8], min: i64, max: i64) -> Option<(i64, &[u8])> {
    if s.is_empty() {
        return None;
    }
    let mut n = 0;
    for (i, &c) in s.iter().enumerate() {
        if !c.is_ascii_digit() {
            if i == 0 || n < min {
                return None;
            }
            return Some((n, &s[i..]));
        }
        n = n * 10 + (c - b'0') as i64;
        if n > max {
            return None;
        }
    }
    if n < min { None } else { Some((n, &[])) }
}

fn offset(s: &[u8]) -> Option<(i64, &[u8])> {
    let mut s = s;
    let neg = match s.first() {
        None => return None,
        Some(b'+') => {
            s = &s[1..];
            false
        }
        Some(b'-') => {
            s = &s[1..];
            true
        }
        _ => false,
    };
    let sign = |o: i64| if neg { -o } else { o };
    let (hours, rest) = num(s, 0, 24 * 7)?;
    let mut off = hours * HOUR;
    if rest.first() != Some(&b':') {
        return Some((sign(off), rest));
    }
    let (mins, rest) = num(&rest[1..], 0, 59)?;
    off += mins * 60;
    if rest.first() != Some(&b':') {
        return Some((sign(off), rest));
    }
    let (secs, rest) = num(&rest[1..], 0, 59)?;
    Some((sign(off + secs), rest))
}

#[derive(Clone, Copy)]
enum Kind {
    Julian,
    Doy,
    MonthWeekDay,
}

#[derive(Clone, Copy)]
struct Rule {
    kind: Kind,
    day: i64,
    week: i64,
    mon: i64,
    time: i64,
}

fn rule(s: &[u8]) -> Option<(Rule, &[u8])> {
    let mut r = Rule { kind: Kind::Doy, day: 0, week: 0, mon: 0, time: 2 * HOUR };
    let first = *s.first()?;
    let mut s = if first == b'J' {
        let (d, rest) = num(&s[1..], 1, 365)?;
        r.kind = Kind::Julian;
        r.day = d;
        rest
    } else if first == b'M' {
        let (mon, rest) = num(&s[1..], 1, 12)?;
        if rest.first() != Some(&b'.') {
            return None;
        }
        let (week, rest) = num(&rest[1..], 1, 5)?;
        if rest.first() != Some(&b'.') {
            return None;
        }
        let (day, rest) = num(&rest[1..], 0, 6)?;
        r = Rule { kind: Kind::MonthWeekDay, day, week, mon, time: r.time };
        rest
    } else {
        let (d, rest) = num(s, 0, 365)?;
        r.day = d;
        rest
    };
    if s.first() != Some(&b'/') {
        return Some((r, s));
    }
    let (t, rest) = offset(&s[1..])?;
    r.time = t;
    s = rest;
    Some((r, s))
}

fn rule_time(year: i64, r: Rule, off: i64) -> i64 {
    let s = match r.kind {
        Kind::Julian => {
            let mut s = (r.day - 1) * DAY;
            if is_leap(year) && r.day >= 60 {
                s += DAY;
            }
            s
        }
        Kind::Doy => r.day * DAY,
        Kind::MonthWeekDay => {
            let m1 = (r.mon + 9) % 12 + 1;
            let yy0 = if r.mon <= 2 { year - 1 } else { year };
            let (yy1, yy2) = (yy0 / 100, yy0 % 100);
            let mut dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
            if dow < 0 {
                dow += 7;
            }
            let mut d = r.day - dow;
            if d < 0 {
                d += 7;
            }
            for _ in 1..r.week {
                if d + 7 >= days_in(r.mon, year) {
                    break;
                }
                d += 7;
            }
            d += DAYS_BEFORE[(r.mon.clamp(1, 12) - 1) as usize];
            if is_leap(year) && r.mon > 2 {
                d += 1;
            }
            d * DAY
        }
    };
    s + r.time - off
}

/// The zone (name, offset, start, end, isDST) the rule `s` gives Unix time `sec`.
pub fn tzset(s: &[u8], last_tx: i64, sec: i64) -> Option<(&[u8], i64, i64, i64, bool)> {
    let (mut std_name, s) = name(s)?;
    let (std_off, s) = offset(s)?;
    let mut std_off = -std_off;
    if s.is_empty() || s[0] == b',' {
        return Some((std_name, std_off, last_tx, OMEGA, false));
    }
    let (mut dst_name, mut s) = name(s)?;
    let mut dst_off = if s.is_empty() || s[0] == b',' {
        std_off + HOUR
    } else {
        let (o, rest) = offset(s)?;
        s = rest;
        -o
    };
    if s.is_empty() {
        s = b",M3.2.0,M11.1.0";
    }
    if s[0] != b',' && s[0] != b';' {
        return None;
    }
    let (start_rule, s) = rule(&s[1..])?;
    if s.first() != Some(&b',') {
        return None;
    }
    let (end_rule, s) = rule(&s[1..])?;
    if !s.is_empty() {
        return None;
    }
    let abs = sec.checked_add(UNIX_TO_INTERNAL)?;
    let year = civil(abs).0;
    let yday = year_day(abs);
    let ysec = (yday - 1) * DAY + sec % DAY;
    let ystart = sec - ysec;
    let mut start = rule_time(year, start_rule, std_off);
    let mut end = rule_time(year, end_rule, dst_off);
    let (mut dst_is_dst, mut std_is_dst) = (true, false);
    if end < start {
        std::mem::swap(&mut start, &mut end);
        std::mem::swap(&mut std_name, &mut dst_name);
        std::mem::swap(&mut std_off, &mut dst_off);
        std::mem::swap(&mut std_is_dst, &mut dst_is_dst);
    }
    Some(if ysec < start {
        (std_name, std_off, ystart, start.wrapping_add(ystart), std_is_dst)
    } else if ysec >= end {
        (std_name, std_off, end.wrapping_add(ystart), ystart.wrapping_add(365 * DAY), std_is_dst)
    } else {
        (dst_name, dst_off, start.wrapping_add(ystart), end.wrapping_add(ystart), dst_is_dst)
    })
}
