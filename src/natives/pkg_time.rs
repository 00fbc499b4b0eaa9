//! Natives of package time (time.Sleep lives with the scheduler, in sync.rs).
//!
//! A `time.Time` block holds `wall` = nanoseconds within the second (bit 63 set when the time
//! has a monotonic clock reading), `ext` = seconds since January 1, year 1 UTC, `loc` (nil for
//! UTC) and `mono` = the monotonic reading (nanoseconds since the process started). The zero Time
//! is therefore January 1, year 1 UTC, as in Go. Locations, zone lookup and Parse's zone rules
//! are Go, in the surface; the natives do the calendar on "absolute" seconds (seconds since year 1
//! in the time's zone), formatting, parsing of a value's fields, and POSIX TZ rules.

mod format;
mod parse;
mod tzset;

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};

/// Seconds from January 1, year 1 to the Unix epoch.
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
const NS: i64 = 1_000_000_000;
const HAS_MONO: u64 = 1 << 63;
const NSEC_MASK: u64 = (1 << 30) - 1;

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("time.Now", |vm, a| {
        let w = now_value(vm)?;
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("time.now", |vm, a| {
        let (s, n) = now();
        let w = new_time(vm, s, n, 0, None)?;
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("time.setLocal", |vm, a| {
        vm.rt.time_local.store(arg(vm, a, 0), std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }));
    t.push(("time.Since", |vm, a| {
        let t = arg(vm, a, 0);
        let (s, n) = parts(t)?;
        let d = match mono(t) {
            Some(m) => sub_mono(mono_now(vm), m),
            None => {
                let (ns, nn) = now();
                sub(ns, nn, s, n)
            }
        };
        ret(vm, a, 0, d as u64);
        Ok(())
    }));
    t.push(("time.Until", |vm, a| {
        let t = arg(vm, a, 0);
        let (s, n) = parts(t)?;
        let d = match mono(t) {
            Some(m) => sub_mono(m, mono_now(vm)),
            None => {
                let (ns, nn) = now();
                sub(s, n, ns, nn)
            }
        };
        ret(vm, a, 0, d as u64);
        Ok(())
    }));
    t.push(("time.dateSec", date_sec));
    t.push(("time.Time.Sub", |vm, a| {
        let (t, u) = (arg(vm, a, 0), arg(vm, a, 1));
        let ((s, n), (us, un)) = (parts(t)?, parts(u)?);
        let d = match (mono(t), mono(u)) {
            (Some(x), Some(y)) => sub_mono(x, y),
            _ => sub(s, n, us, un),
        };
        ret(vm, a, 0, d as u64);
        Ok(())
    }));
    t.push(("time.Time.Add", |vm, a| {
        let t = arg(vm, a, 0);
        let (s, n) = parts(t)?;
        let d = arg(vm, a, 1) as i64;
        let (s, n) = add(s, n, d);
        let m = mono(t).and_then(|m| m.checked_add(d));
        let w = new_time(vm, s, n, loc_of(t), m)?;
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("time.Time.Unix", |vm, a| time_int(vm, a, |s, _| s.wrapping_sub(UNIX_TO_INTERNAL))));
    t.push(("time.Time.UnixNano", |vm, a| {
        time_int(vm, a, |s, n| s.wrapping_sub(UNIX_TO_INTERNAL).wrapping_mul(NS).wrapping_add(n))
    }));
    t.push(("time.Time.UnixMilli", |vm, a| {
        time_int(vm, a, |s, n| s.wrapping_sub(UNIX_TO_INTERNAL).wrapping_mul(1000).wrapping_add(n / 1_000_000))
    }));
    t.push(("time.Time.UnixMicro", |vm, a| {
        time_int(vm, a, |s, n| s.wrapping_sub(UNIX_TO_INTERNAL).wrapping_mul(1_000_000).wrapping_add(n / 1000))
    }));
    t.push(("time.Time.IsZero", |vm, a| time_int(vm, a, |s, n| (s == 0 && n == 0) as i64)));
    t.push(("time.Time.Equal", |vm, a| cmp_times(vm, a, |o| o.is_eq())));
    t.push(("time.Time.Before", |vm, a| cmp_times(vm, a, |o| o.is_lt())));
    t.push(("time.Time.After", |vm, a| cmp_times(vm, a, |o| o.is_gt())));
    t.push(("time.Time.Compare", |vm, a| cmp_times_int(vm, a)));
    t.push(("time.Time.Nanosecond", |vm, a| time_int(vm, a, |_, n| n)));
    t.push(("time.absDate", |vm, a| {
        let (y, m, d) = civil(arg(vm, a, 0) as i64);
        ret(vm, a, 0, y as u64);
        ret(vm, a, 1, m as u64);
        ret(vm, a, 2, d as u64);
        Ok(())
    }));
    t.push(("time.absClock", |vm, a| {
        let s = tod(arg(vm, a, 0) as i64);
        ret(vm, a, 0, (s / 3600) as u64);
        ret(vm, a, 1, (s % 3600 / 60) as u64);
        ret(vm, a, 2, (s % 60) as u64);
        Ok(())
    }));
    t.push(("time.absWeekday", |vm, a| {
        let w = weekday(arg(vm, a, 0) as i64);
        ret(vm, a, 0, w as u64);
        Ok(())
    }));
    t.push(("time.absYearDay", |vm, a| {
        let w = year_day(arg(vm, a, 0) as i64);
        ret(vm, a, 0, w as u64);
        Ok(())
    }));
    t.push(("time.Time.Truncate", |vm, a| round_time(vm, a, false)));
    t.push(("time.Time.Round", |vm, a| round_time(vm, a, true)));
    t.push(("time.(*Location).lookup", |vm, a| {
        let (loc, sec) = (arg(vm, a, 0), arg(vm, a, 1) as i64);
        let z = lookup(vm, loc, sec);
        ret_str(vm, a, 0, &z.name)?;
        ret(vm, a, 1, z.offset as u64);
        ret(vm, a, 2, z.start as u64);
        ret(vm, a, 3, z.end as u64);
        ret(vm, a, 4, z.dst as u64);
        Ok(())
    }));
    t.push(("time.Time.locabs", |vm, a| {
        let (z, abs, _) = zoned(vm, arg(vm, a, 0))?;
        ret_str(vm, a, 0, &z.name)?;
        ret(vm, a, 1, z.offset as u64);
        ret(vm, a, 2, abs as u64);
        Ok(())
    }));
    t.push(("time.Time.abs", |vm, a| abs_int(vm, a, |s| s)));
    t.push(("time.Time.Year", |vm, a| abs_int(vm, a, |s| civil(s).0)));
    t.push(("time.Time.Month", |vm, a| abs_int(vm, a, |s| civil(s).1)));
    t.push(("time.Time.Day", |vm, a| abs_int(vm, a, |s| civil(s).2)));
    t.push(("time.Time.Hour", |vm, a| abs_int(vm, a, |s| tod(s) / 3600)));
    t.push(("time.Time.Minute", |vm, a| abs_int(vm, a, |s| tod(s) % 3600 / 60)));
    t.push(("time.Time.Second", |vm, a| abs_int(vm, a, |s| tod(s) % 60)));
    t.push(("time.Time.Weekday", |vm, a| abs_int(vm, a, weekday)));
    t.push(("time.Time.YearDay", |vm, a| abs_int(vm, a, year_day)));
    t.push(("time.Time.Date", |vm, a| {
        let (_, abs, _) = zoned(vm, arg(vm, a, 0))?;
        let (y, m, d) = civil(abs);
        ret(vm, a, 0, y as u64);
        ret(vm, a, 1, m as u64);
        ret(vm, a, 2, d as u64);
        Ok(())
    }));
    t.push(("time.Time.Clock", |vm, a| {
        let (_, abs, _) = zoned(vm, arg(vm, a, 0))?;
        let s = tod(abs);
        ret(vm, a, 0, (s / 3600) as u64);
        ret(vm, a, 1, (s % 3600 / 60) as u64);
        ret(vm, a, 2, (s % 60) as u64);
        Ok(())
    }));
    t.push(("time.Time.Zone", |vm, a| {
        let (z, _, _) = zoned(vm, arg(vm, a, 0))?;
        ret_str(vm, a, 0, &z.name)?;
        ret(vm, a, 1, z.offset as u64);
        Ok(())
    }));
    t.push(("time.Time.IsDST", |vm, a| {
        let (z, _, _) = zoned(vm, arg(vm, a, 0))?;
        ret(vm, a, 0, z.dst as u64);
        Ok(())
    }));
    t.push(("time.Time.Format", |vm, a| {
        let (z, abs, nsec) = zoned(vm, arg(vm, a, 0))?;
        let layout = arg_str(vm, a, 1);
        ret_str(vm, a, 0, &format::format(abs, nsec, &z.name, z.offset, &layout))
    }));
    t.push(("time.Time.AppendFormat", |vm, a| {
        let (z, abs, nsec) = zoned(vm, arg(vm, a, 0))?;
        let layout = arg_str(vm, a, 2);
        let out = vm.append_bytes(arg(vm, a, 1), &format::format(abs, nsec, &z.name, z.offset, &layout))?;
        ret(vm, a, 0, out);
        Ok(())
    }));
    t.push(("time.Time.String", |vm, a| {
        let t = arg(vm, a, 0);
        let (z, abs, nsec) = zoned(vm, t)?;
        let mut s = format::format(abs, nsec, &z.name, z.offset, b"2006-01-02 15:04:05.999999999 -0700 MST");
        if let Some(m) = mono(t) {
            let sign = if m < 0 { '-' } else { '+' };
            let m2 = m.unsigned_abs();
            let (m1, m2) = (m2 / 1_000_000_000, m2 % 1_000_000_000);
            let (m0, m1) = (m1 / 1_000_000_000, m1 % 1_000_000_000);
            let whole = if m0 != 0 { format!("{m0}{m1:09}") } else { m1.to_string() };
            s.extend_from_slice(format!(" m={sign}{whole}.{m2:09}").as_bytes());
        }
        ret_str(vm, a, 0, &s)
    }));
    t.push(("time.parseFields", parse::parse_fields));
    t.push(("time.tzset", tzset::tzset_native));
    t.push(("time.readZoneFile", read_zone_file));
    t.push(("time.getenv", |vm, a| {
        let k = arg_str(vm, a, 0);
        let v = std::str::from_utf8(&k).ok().and_then(std::env::var_os);
        match v {
            Some(v) => {
                ret_str(vm, a, 0, v.as_encoded_bytes())?;
                ret(vm, a, 1, 1);
            }
            None => {
                ret(vm, a, 0, 0);
                ret(vm, a, 1, 0);
            }
        }
        Ok(())
    }));
    t.push(("time.Month.String", |vm, a| {
        let m = arg(vm, a, 0) as i64;
        ret_str(vm, a, 0, month_name(m).as_bytes())
    }));
    t.push(("time.Weekday.String", |vm, a| {
        let d = arg(vm, a, 0) as i64;
        ret_str(vm, a, 0, weekday_name(d).as_bytes())
    }));
    t.push(("time.Duration.String", |vm, a| {
        let d = arg(vm, a, 0) as i64;
        ret_str(vm, a, 0, format::duration(d).as_bytes())
    }));
    t.push(("time.Duration.Nanoseconds", |vm, a| dur_int(vm, a, |d| d)));
    t.push(("time.Duration.Microseconds", |vm, a| dur_int(vm, a, |d| d / 1000)));
    t.push(("time.Duration.Milliseconds", |vm, a| dur_int(vm, a, |d| d / 1_000_000)));
    t.push(("time.Duration.Seconds", |vm, a| dur_float(vm, a, NS, 1e9)));
    t.push(("time.Duration.Minutes", |vm, a| dur_float(vm, a, 60 * NS, 60.0 * 1e9)));
    t.push(("time.Duration.Hours", |vm, a| dur_float(vm, a, 3600 * NS, 3600.0 * 1e9)));
    t.push(("time.Duration.Abs", |vm, a| {
        dur_int(vm, a, |d| {
            if d >= 0 {
                d
            } else if d == i64::MIN {
                i64::MAX
            } else {
                -d
            }
        })
    }));
    t.push(("time.Duration.Truncate", |vm, a| {
        let (d, m) = (arg(vm, a, 0) as i64, arg(vm, a, 1) as i64);
        ret(vm, a, 0, if m <= 0 { d } else { d - d % m } as u64);
        Ok(())
    }));
    t.push(("time.Duration.Round", |vm, a| {
        let (d, m) = (arg(vm, a, 0) as i64, arg(vm, a, 1) as i64);
        ret(vm, a, 0, round_duration(d, m) as u64);
        Ok(())
    }));
    t.push(("time.ParseDuration", parse_duration));
}

// ---- zones ----
//
// The natives read the surface's Location blocks (one word per field): name, zone ([]zone),
// tx ([]zoneTrans), extend, cacheStart, cacheEnd, cacheZone (*zone); a zone is name, offset,
// isDST; a zoneTrans is when, index, isstd, isutc. Slices of structs hold pointers to blocks.

const ALPHA: i64 = i64::MIN;
const OMEGA: i64 = i64::MAX;

struct Zone {
    name: Vec<u8>,
    offset: i64,
    start: i64,
    end: i64,
    dst: bool,
}

/// The element blocks of a slice of structs.
fn struct_elems(s: u64) -> (u64, u64) {
    if s == 0 { (0, 0) } else { (mem::ld(s), mem::ld(s + 8)) }
}

fn zone_at(vm: &Vm, z: u64, start: i64, end: i64) -> Zone {
    if z == 0 {
        return Zone { name: b"UTC".to_vec(), offset: 0, start, end, dst: false };
    }
    Zone { name: vm.str_bytes(mem::ld(z)), offset: mem::ld(z + 8) as i64, start, end, dst: mem::ld(z + 16) & 0xff != 0 }
}

/// Go's Location.lookup: the zone in effect at Unix time sec in loc (nil: UTC).
fn lookup(vm: &Vm, loc: u64, sec: i64) -> Zone {
    let utc = || Zone { name: b"UTC".to_vec(), offset: 0, start: ALPHA, end: OMEGA, dst: false };
    if loc == 0 {
        return utc();
    }
    let (zdata, nzone) = struct_elems(mem::ld(loc + 8));
    if nzone == 0 {
        return utc();
    }
    let zone = |i: u64| if i < nzone { mem::ld(zdata + 8 * i) } else { 0 };
    let (cstart, cend, czone) = (mem::ld(loc + 32) as i64, mem::ld(loc + 40) as i64, mem::ld(loc + 48));
    if czone != 0 && cstart <= sec && sec < cend {
        return zone_at(vm, czone, cstart, cend);
    }
    let (txdata, ntx) = struct_elems(mem::ld(loc + 16));
    let tx = |i: u64| mem::ld(txdata + 8 * i);
    let when = |i: u64| mem::ld(tx(i)) as i64;
    let index = |i: u64| mem::ld(tx(i) + 8) & 0xff;
    if ntx == 0 || sec < when(0) {
        let end = if ntx > 0 { when(0) } else { OMEGA };
        // Go's lookupFirstZone.
        let is_dst = |i: u64| zone(i) != 0 && mem::ld(zone(i) + 16) & 0xff != 0;
        let first_used = (0..ntx).any(|i| index(i) == 0);
        let mut zi = 0;
        if first_used {
            let mut found = None;
            if ntx > 0 && is_dst(index(0)) {
                found = (0..index(0)).rev().find(|&i| !is_dst(i));
            }
            zi = found.or_else(|| (0..nzone).find(|&i| !is_dst(i))).unwrap_or(0);
        }
        return zone_at(vm, zone(zi), ALPHA, end);
    }
    let (mut lo, mut hi, mut end) = (0u64, ntx, OMEGA);
    while hi - lo > 1 {
        let m = (lo + hi) / 2;
        let lim = when(m);
        if sec < lim {
            end = lim;
            hi = m;
        } else {
            lo = m;
        }
    }
    let start = when(lo);
    let z = zone_at(vm, zone(index(lo)), start, end);
    if lo == ntx - 1 {
        let extend = vm.str_bytes(mem::ld(loc + 24));
        if !extend.is_empty()
            && let Some((name, offset, start, end, dst)) = tzset::tzset(&extend, start, sec)
        {
            return Zone { name: name.to_vec(), offset, start, end, dst };
        }
    }
    z
}

/// The zone of a Time block, its absolute seconds and its nanoseconds.
fn zoned(vm: &Vm, t: u64) -> Result<(Zone, i64, i64), Trap> {
    let (s, n) = parts(t)?;
    let z = lookup(vm, loc_of(t), s.wrapping_sub(UNIX_TO_INTERNAL));
    Ok((s.wrapping_add(z.offset), z)).map(|(abs, z)| (z, abs, n))
}

fn abs_int(vm: &mut Vm, a: usize, f: fn(i64) -> i64) -> Result<(), Trap> {
    let (_, abs, _) = zoned(vm, arg(vm, a, 0))?;
    ret(vm, a, 0, f(abs) as u64);
    Ok(())
}

// ---- Time values ----

/// (seconds since year 1, nanoseconds) of a Time block.
/// A Time value is a block, never 0: 0 is a nil *Time whose value method was called, which
/// panics in Go (and fmt prints such a pointer as <nil>).
fn parts(t: u64) -> Result<(i64, i64), Trap> {
    if t == 0 { Err(Trap::NilDeref) } else { Ok((mem::ld(t + 8) as i64, (mem::ld(t) & NSEC_MASK) as i64)) }
}

/// The monotonic reading of a (non-nil) Time block, if it has one.
fn mono(t: u64) -> Option<i64> {
    if t != 0 && mem::ld(t) & HAS_MONO != 0 { Some(mem::ld(t + 24) as i64) } else { None }
}

fn loc_of(t: u64) -> u64 {
    if t == 0 { 0 } else { mem::ld(t + 16) }
}

fn now() -> (i64, i64) {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (d.as_secs() as i64 + UNIX_TO_INTERNAL, d.subsec_nanos() as i64)
}

/// Nanoseconds on the monotonic clock since the program started (plus one, as Go's readings
/// are never zero).
fn mono_now(vm: &Vm) -> i64 {
    (vm.rt.epoch.elapsed().as_nanos() as i64).saturating_add(1)
}

/// A new Time block holding the current time in Local (what timers send).
pub(crate) fn now_value(vm: &mut Vm) -> Result<u64, Trap> {
    let (sec, nsec) = now();
    let loc = vm.rt.time_local.load(std::sync::atomic::Ordering::Relaxed);
    new_time(vm, sec, nsec, loc, Some(mono_now(vm)))
}

fn new_time(vm: &mut Vm, sec: i64, nsec: i64, loc: u64, mono: Option<i64>) -> Result<u64, Trap> {
    let mut t = vm.p.well_known.time_time;
    if t == 0 {
        let Some(i) = vm.p.types.list.iter().position(|t| t.name == "time.Time") else {
            return Err(Trap::Fatal("time.Time is not a run-time type of this program".into()));
        };
        t = i as u32;
    }
    vm.pinned.push(loc);
    let b = vm.zero_block(t);
    vm.pinned.pop();
    let b = b?;
    mem::st(b, nsec as u64 | if mono.is_some() { HAS_MONO } else { 0 });
    mem::st(b + 8, sec as u64);
    mem::st(b + 16, loc);
    mem::st(b + 24, mono.unwrap_or(0) as u64);
    Ok(b)
}

/// t - u as a Duration, saturated as Go saturates it.
fn sub(s: i64, n: i64, us: i64, un: i64) -> i64 {
    let d = (s as i128 - us as i128) * NS as i128 + (n - un) as i128;
    d.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

fn sub_mono(t: i64, u: i64) -> i64 {
    let d = t.wrapping_sub(u);
    if d < 0 && t > u {
        i64::MAX
    } else if d > 0 && t < u {
        i64::MIN
    } else {
        d
    }
}

/// Time.Add: (seconds, nanoseconds) of t + d; seconds saturate.
fn add(s: i64, n: i64, d: i64) -> (i64, i64) {
    let mut dsec = d / NS;
    let mut nsec = n + d % NS;
    if nsec >= NS {
        dsec += 1;
        nsec -= NS;
    } else if nsec < 0 {
        dsec -= 1;
        nsec += NS;
    }
    let sum = s.wrapping_add(dsec);
    let s = if (sum > s) == (dsec > 0) {
        sum
    } else if dsec > 0 {
        i64::MAX
    } else {
        -i64::MAX
    };
    (s, nsec)
}

fn time_int(vm: &mut Vm, a: usize, f: fn(i64, i64) -> i64) -> Result<(), Trap> {
    let (s, n) = parts(arg(vm, a, 0))?;
    ret(vm, a, 0, f(s, n) as u64);
    Ok(())
}

/// Orders t and u: by their monotonic readings when both have one, as Go does.
fn order(vm: &Vm, a: usize) -> Result<std::cmp::Ordering, Trap> {
    let (t, u) = (arg(vm, a, 0), arg(vm, a, 1));
    let (x, y) = (parts(t)?, parts(u)?);
    Ok(match (mono(t), mono(u)) {
        (Some(m), Some(n)) => m.cmp(&n),
        _ => x.cmp(&y),
    })
}

fn cmp_times(vm: &mut Vm, a: usize, f: fn(std::cmp::Ordering) -> bool) -> Result<(), Trap> {
    let o = order(vm, a)?;
    ret(vm, a, 0, f(o) as u64);
    Ok(())
}

fn cmp_times_int(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let o = order(vm, a)?;
    ret(vm, a, 0, o as i64 as u64);
    Ok(())
}

/// readZoneFile(path) (data []byte, err string, notExist bool): the bytes of a time zone file,
/// or the text of the system error reading it.
fn read_zone_file(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let path = arg_str(vm, a, 0);
    let res = std::str::from_utf8(&path).map_err(|_| std::io::Error::from(std::io::ErrorKind::NotFound));
    let res = res.and_then(|p| {
        let meta = std::fs::metadata(p)?;
        if meta.len() > 10 << 20 {
            return Err(std::io::Error::other(format!("{p} is too large")));
        }
        std::fs::read(p)
    });
    match res {
        Ok(data) => {
            let s = vm.new_byte_slice(&data)?;
            ret(vm, a, 0, s);
            ret(vm, a, 1, 0);
            ret(vm, a, 2, 0);
        }
        Err(e) => {
            ret(vm, a, 0, 0);
            let not_exist = e.raw_os_error().is_none_or(|n| n == 2);
            let msg = errno_text(&e);
            ret_str(vm, a, 1, msg.as_bytes())?;
            ret(vm, a, 2, not_exist as u64);
        }
    }
    Ok(())
}

/// The text of a system error as Go's syscall.Errno prints it.
fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(2) => "no such file or directory".into(),
        Some(13) => "permission denied".into(),
        Some(20) => "not a directory".into(),
        Some(21) => "is a directory".into(),
        Some(40) => "too many levels of symbolic links".into(),
        Some(36) => "file name too long".into(),
        _ => {
            let s = e.to_string();
            let s = s.split(" (os error").next().unwrap_or("").to_string();
            let mut c = s.chars();
            match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => s,
            }
        }
    }
}

// ---- the calendar (proleptic Gregorian, UTC) ----

/// Days since January 1, year 1 of a civil date (month and day may be out of range).
pub(super) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    // Days from 0000-03-01 to 0001-01-01 are 306.
    era * 146097 + doe - 306
}

/// Go's absolute epoch (March 1 of year 1 - 400·ABS_ERAS) to January 1, year 1, in seconds.
/// Calendar arithmetic counts from there in u64, as Go's does, so that times whose seconds
/// since year 1 wrapped past the i64 range (time.Unix(math.MaxInt64, 0)) read as Go reads them.
const ABS_ERAS: u64 = 730_692_556;
const ABS_TO_INTERNAL: u64 = (ABS_ERAS * 146_097 - 59) * 86_400;

fn abs_u(sec: i64) -> u64 {
    (sec as u64).wrapping_add(ABS_TO_INTERNAL)
}

/// Seconds into the day of seconds since year 1.
pub(super) fn tod(sec: i64) -> i64 {
    (abs_u(sec) % 86_400) as i64
}

/// (year, month, day) of seconds since year 1.
pub(super) fn civil(sec: i64) -> (i64, i64, i64) {
    // Days since March 1, year 0.
    let z = (abs_u(sec) / 86_400) as i128 - (ABS_ERAS * 146_097) as i128 + 365;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y as i64, m as i64, d as i64)
}

/// 0 = Sunday. March 1 of the absolute epoch (as of year 1) was a Thursday.
pub(super) fn weekday(sec: i64) -> i64 {
    ((abs_u(sec) / 86_400 + 4) % 7) as i64
}

pub(super) fn year_day(sec: i64) -> i64 {
    let (y, m, d) = civil(sec);
    DAYS_BEFORE[(m - 1).clamp(0, 11) as usize] + d + (is_leap(y) && m > 2) as i64
}

// ---- the calendar's names and month lengths (shared by Format, Parse and the TZ rules) ----

pub(super) const SHORT_MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
pub(super) const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(super) const SHORT_DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
pub(super) const LONG_DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// Days before each month of a non-leap year (and 365 after December).
pub(super) const DAYS_BEFORE: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

pub(super) fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The days of month m (1..12) in year.
pub(super) fn days_in(m: i64, year: i64) -> i64 {
    if m == 2 && is_leap(year) {
        return 29;
    }
    let m = m.clamp(1, 12) as usize;
    DAYS_BEFORE[m] - DAYS_BEFORE[m - 1]
}

/// The decimal number at the start of s and the rest (None past 1<<63), as Go's leadingInt.
pub(super) fn leading_int(s: &[u8]) -> Option<(u64, &[u8])> {
    let mut x: u64 = 0;
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        if x > (1 << 63) / 10 {
            return None;
        }
        x = x * 10 + (s[i] - b'0') as u64;
        if x > 1 << 63 {
            return None;
        }
        i += 1;
    }
    Some((x, &s[i..]))
}

pub(super) fn month_name(m: i64) -> String {
    if (1..=12).contains(&m) { LONG_MONTHS[m as usize - 1].to_string() } else { format!("%!Month({})", m as u64) }
}

pub(super) fn weekday_name(d: i64) -> String {
    if (0..7).contains(&d) { LONG_DAYS[d as usize].to_string() } else { format!("%!Weekday({})", d as u64) }
}

/// dateSec(year, month, day, hour, min, sec, nsec) (abs int64, nsec int): the absolute seconds
/// of a civil date, normalising overflowing fields as time.Date does.
fn date_sec(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let v: Vec<i64> = (0..7).map(|i| arg(vm, a, i) as i64).collect();
    let (mut year, mut month, day, mut hour, mut min, mut sec, mut nsec) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    let m = month - 1;
    year += m.div_euclid(12);
    month = m.rem_euclid(12) + 1;
    sec += nsec.div_euclid(NS);
    nsec = nsec.rem_euclid(NS);
    min += sec.div_euclid(60);
    sec = sec.rem_euclid(60);
    hour += min.div_euclid(60);
    min = min.rem_euclid(60);
    let day = day + hour.div_euclid(24);
    hour = hour.rem_euclid(24);
    let days = days_from_civil(year, month, 1).wrapping_add(day - 1);
    let s = days.wrapping_mul(86400).wrapping_add(hour * 3600 + min * 60 + sec);
    ret(vm, a, 0, s as u64);
    ret(vm, a, 1, nsec as u64);
    Ok(())
}

/// Time.Truncate / Time.Round to a multiple of d since the zero time.
fn round_time(vm: &mut Vm, a: usize, round: bool) -> Result<(), Trap> {
    let (s, n) = parts(arg(vm, a, 0))?;
    let d = arg(vm, a, 1) as i64;
    let (s, n) = if d <= 0 {
        (s, n)
    } else {
        let total = s as i128 * NS as i128 + n as i128;
        let r = total.rem_euclid(d as i128);
        let t = if round && r + r >= d as i128 { total - r + d as i128 } else { total - r };
        ((t.div_euclid(NS as i128)) as i64, t.rem_euclid(NS as i128) as i64)
    };
    let t = arg(vm, a, 0);
    let w = new_time(vm, s, n, loc_of(t), None)?;
    ret(vm, a, 0, w);
    Ok(())
}

// ---- Durations ----

fn dur_int(vm: &mut Vm, a: usize, f: fn(i64) -> i64) -> Result<(), Trap> {
    let d = arg(vm, a, 0) as i64;
    ret(vm, a, 0, f(d) as u64);
    Ok(())
}

/// Seconds/Minutes/Hours: whole units plus the remainder's fraction, as Go computes them.
fn dur_float(vm: &mut Vm, a: usize, unit: i64, div: f64) -> Result<(), Trap> {
    let d = arg(vm, a, 0) as i64;
    let v = (d / unit) as f64 + (d % unit) as f64 / div;
    ret(vm, a, 0, v.to_bits());
    Ok(())
}

fn round_duration(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let less_than_half = |x: i64, y: i64| (x as u64).wrapping_add(x as u64) < y as u64;
    let mut r = d % m;
    if d < 0 {
        r = -r;
        if less_than_half(r, m) {
            return d + r;
        }
        let d1 = d.wrapping_sub(m).wrapping_add(r);
        return if d1 < d { d1 } else { i64::MIN };
    }
    if less_than_half(r, m) {
        return d - r;
    }
    let d1 = d.wrapping_add(m).wrapping_sub(r);
    if d1 > d { d1 } else { i64::MAX }
}

fn parse_duration(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let s = arg_str(vm, a, 0);
    match format::parse_duration(&s) {
        Ok(d) => {
            ret(vm, a, 0, d as u64);
            ret(vm, a, 1, 0);
        }
        Err(msg) => {
            let e = vm.plain_error(&msg)?;
            ret(vm, a, 0, 0);
            ret(vm, a, 1, e);
        }
    }
    Ok(())
}
