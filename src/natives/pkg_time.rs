//! Natives of package time (time.Sleep lives with the scheduler, in sync.rs).
//!
//! A `time.Time` block holds `wall` = nanoseconds within the second, `ext` = seconds since
//! January 1, year 1 UTC, and `loc` (unused: every time is in UTC, and Local is taken to be UTC).
//! The zero Time is therefore January 1, year 1, as in Go. There is no monotonic reading: Since
//! and Sub use the wall clock.

mod format;

use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm, mem};

/// Seconds from January 1, year 1 to the Unix epoch.
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
const NS: i64 = 1_000_000_000;

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("time.Now", |vm, a| {
        let w = now_value(vm)?;
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("time.Since", |vm, a| {
        let (s, n) = parts(arg(vm, a, 0))?;
        let (ns, nn) = now();
        ret(vm, a, 0, sub(ns, nn, s, n) as u64);
        Ok(())
    }));
    t.push(("time.Until", |vm, a| {
        let (s, n) = parts(arg(vm, a, 0))?;
        let (ns, nn) = now();
        ret(vm, a, 0, sub(s, n, ns, nn) as u64);
        Ok(())
    }));
    t.push(("time.Unix", |vm, a| {
        let (sec, nsec) = (arg(vm, a, 0) as i64, arg(vm, a, 1) as i64);
        unix(vm, a, sec, nsec)
    }));
    t.push(("time.UnixMilli", |vm, a| {
        let ms = arg(vm, a, 0) as i64;
        unix(vm, a, ms / 1000, (ms % 1000) * 1_000_000)
    }));
    t.push(("time.UnixMicro", |vm, a| {
        let us = arg(vm, a, 0) as i64;
        unix(vm, a, us / 1_000_000, (us % 1_000_000) * 1000)
    }));
    t.push(("time.Date", date));
    t.push(("time.Time.Sub", |vm, a| {
        let ((s, n), (us, un)) = (parts(arg(vm, a, 0))?, parts(arg(vm, a, 1))?);
        ret(vm, a, 0, sub(s, n, us, un) as u64);
        Ok(())
    }));
    t.push(("time.Time.Add", |vm, a| {
        let (s, n) = parts(arg(vm, a, 0))?;
        let d = arg(vm, a, 1) as i64;
        let (s, n) = add(s, n, d);
        let w = new_time(vm, s, n)?;
        ret(vm, a, 0, w);
        Ok(())
    }));
    t.push(("time.Time.AddDate", add_date));
    t.push(("time.Time.UTC", copy_time));
    t.push(("time.Time.Local", copy_time));
    t.push(("time.Time.In", copy_time));
    t.push(("time.Time.Location", |vm, a| {
        ret(vm, a, 0, 0);
        Ok(())
    }));
    t.push(("time.Time.Zone", |vm, a| {
        ret_str(vm, a, 0, b"UTC")?;
        ret(vm, a, 1, 0);
        Ok(())
    }));
    t.push(("time.Time.IsDST", |vm, a| {
        ret(vm, a, 0, 0);
        Ok(())
    }));
    t.push(("time.(*Location).String", |vm, a| ret_str(vm, a, 0, b"UTC")));
    t.push(("time.Time.Unix", |vm, a| time_int(vm, a, |s, _| s - UNIX_TO_INTERNAL)));
    t.push(("time.Time.UnixNano", |vm, a| {
        time_int(vm, a, |s, n| (s - UNIX_TO_INTERNAL).wrapping_mul(NS).wrapping_add(n))
    }));
    t.push(("time.Time.UnixMilli", |vm, a| time_int(vm, a, |s, n| (s - UNIX_TO_INTERNAL) * 1000 + n / 1_000_000)));
    t.push(("time.Time.UnixMicro", |vm, a| time_int(vm, a, |s, n| (s - UNIX_TO_INTERNAL) * 1_000_000 + n / 1000)));
    t.push(("time.Time.IsZero", |vm, a| time_int(vm, a, |s, n| (s == 0 && n == 0) as i64)));
    t.push(("time.Time.Equal", |vm, a| cmp_times(vm, a, |o| o.is_eq())));
    t.push(("time.Time.Before", |vm, a| cmp_times(vm, a, |o| o.is_lt())));
    t.push(("time.Time.After", |vm, a| cmp_times(vm, a, |o| o.is_gt())));
    t.push(("time.Time.Compare", |vm, a| {
        let (x, y) = (parts(arg(vm, a, 0))?, parts(arg(vm, a, 1))?);
        ret(vm, a, 0, x.cmp(&y) as i64 as u64);
        Ok(())
    }));
    t.push(("time.Time.Year", |vm, a| time_int(vm, a, |s, _| civil(s).0)));
    t.push(("time.Time.Month", |vm, a| time_int(vm, a, |s, _| civil(s).1)));
    t.push(("time.Time.Day", |vm, a| time_int(vm, a, |s, _| civil(s).2)));
    t.push(("time.Time.Hour", |vm, a| time_int(vm, a, |s, _| s.rem_euclid(86400) / 3600)));
    t.push(("time.Time.Minute", |vm, a| time_int(vm, a, |s, _| s.rem_euclid(3600) / 60)));
    t.push(("time.Time.Second", |vm, a| time_int(vm, a, |s, _| s.rem_euclid(60))));
    t.push(("time.Time.Nanosecond", |vm, a| time_int(vm, a, |_, n| n)));
    t.push(("time.Time.Weekday", |vm, a| time_int(vm, a, |s, _| weekday(s))));
    t.push(("time.Time.YearDay", |vm, a| time_int(vm, a, |s, _| year_day(s))));
    t.push(("time.Time.Date", |vm, a| {
        let (y, m, d) = civil(parts(arg(vm, a, 0))?.0);
        ret(vm, a, 0, y as u64);
        ret(vm, a, 1, m as u64);
        ret(vm, a, 2, d as u64);
        Ok(())
    }));
    t.push(("time.Time.Clock", |vm, a| {
        let s = parts(arg(vm, a, 0))?.0.rem_euclid(86400);
        ret(vm, a, 0, (s / 3600) as u64);
        ret(vm, a, 1, (s % 3600 / 60) as u64);
        ret(vm, a, 2, (s % 60) as u64);
        Ok(())
    }));
    t.push(("time.Time.Truncate", |vm, a| round_time(vm, a, false)));
    t.push(("time.Time.Round", |vm, a| round_time(vm, a, true)));
    t.push(("time.Time.Format", |vm, a| {
        let (s, n) = parts(arg(vm, a, 0))?;
        let layout = arg_str(vm, a, 1);
        ret_str(vm, a, 0, &format::format(s, n, &layout))
    }));
    t.push(("time.Time.AppendFormat", |vm, a| {
        let (s, n) = parts(arg(vm, a, 0))?;
        let layout = arg_str(vm, a, 2);
        let out = vm.append_bytes(arg(vm, a, 1), &format::format(s, n, &layout))?;
        ret(vm, a, 0, out);
        Ok(())
    }));
    t.push(("time.Time.String", |vm, a| {
        let (s, n) = parts(arg(vm, a, 0))?;
        ret_str(vm, a, 0, &format::format(s, n, b"2006-01-02 15:04:05.999999999 -0700 MST"))
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

// ---- Time values ----

/// (seconds since year 1, nanoseconds) of a Time block.
/// A Time value is a block, never 0: 0 is a nil *Time whose value method was called, which
/// panics in Go (and fmt prints such a pointer as <nil>).
fn parts(t: u64) -> Result<(i64, i64), Trap> {
    if t == 0 { Err(Trap::NilDeref) } else { Ok((mem::ld(t + 8) as i64, mem::ld(t) as i64)) }
}

fn now() -> (i64, i64) {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (d.as_secs() as i64 + UNIX_TO_INTERNAL, d.subsec_nanos() as i64)
}

/// A new Time block holding the current time (what time.Now returns, and what timers send).
pub(crate) fn now_value(vm: &mut Vm) -> Result<u64, Trap> {
    let (sec, nsec) = now();
    new_time(vm, sec, nsec)
}

fn new_time(vm: &mut Vm, sec: i64, nsec: i64) -> Result<u64, Trap> {
    let p = vm.p;
    let Some(t) = p.types.list.iter().position(|t| t.name == "time.Time") else {
        return Err(Trap::Fatal("time.Time is not a run-time type of this program".into()));
    };
    let b = vm.zero_block(t as u32)?;
    mem::st(b, nsec as u64);
    mem::st(b + 8, sec as u64);
    Ok(b)
}

/// t - u as a Duration, saturated as Go saturates it.
fn sub(s: i64, n: i64, us: i64, un: i64) -> i64 {
    let d = (s as i128 - us as i128) * NS as i128 + (n - un) as i128;
    d.clamp(i64::MIN as i128, i64::MAX as i128) as i64
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

fn unix(vm: &mut Vm, a: usize, mut sec: i64, mut nsec: i64) -> Result<(), Trap> {
    if !(0..NS).contains(&nsec) {
        let n = nsec / NS;
        sec += n;
        nsec -= n * NS;
        if nsec < 0 {
            nsec += NS;
            sec -= 1;
        }
    }
    let w = new_time(vm, sec.wrapping_add(UNIX_TO_INTERNAL), nsec)?;
    ret(vm, a, 0, w);
    Ok(())
}

fn copy_time(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (s, n) = parts(arg(vm, a, 0))?;
    let w = new_time(vm, s, n)?;
    ret(vm, a, 0, w);
    Ok(())
}

fn time_int(vm: &mut Vm, a: usize, f: fn(i64, i64) -> i64) -> Result<(), Trap> {
    let (s, n) = parts(arg(vm, a, 0))?;
    ret(vm, a, 0, f(s, n) as u64);
    Ok(())
}

fn cmp_times(vm: &mut Vm, a: usize, f: fn(std::cmp::Ordering) -> bool) -> Result<(), Trap> {
    let (x, y) = (parts(arg(vm, a, 0))?, parts(arg(vm, a, 1))?);
    ret(vm, a, 0, f(x.cmp(&y)) as u64);
    Ok(())
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

/// (year, month, day) of seconds since year 1.
pub(super) fn civil(sec: i64) -> (i64, i64, i64) {
    let z = sec.div_euclid(86400) + 306;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// 0 = Sunday. January 1, year 1 was a Monday.
pub(super) fn weekday(sec: i64) -> i64 {
    (sec.div_euclid(86400) + 1).rem_euclid(7)
}

pub(super) fn year_day(sec: i64) -> i64 {
    let (y, _, _) = civil(sec);
    sec.div_euclid(86400) - days_from_civil(y, 1, 1) + 1
}

pub(super) fn month_name(m: i64) -> String {
    const NAMES: [&str; 12] = [
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
    if (1..=12).contains(&m) { NAMES[m as usize - 1].to_string() } else { format!("%!Month({})", m as u64) }
}

pub(super) fn weekday_name(d: i64) -> String {
    const NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    if (0..7).contains(&d) { NAMES[d as usize].to_string() } else { format!("%!Weekday({})", d as u64) }
}

/// time.Date(year, month, day, hour, min, sec, nsec, loc), normalising overflowing fields.
fn date(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let v: Vec<i64> = (0..7).map(|i| arg(vm, a, i) as i64).collect();
    // A nil loc would panic in Go; but time.UTC and time.Local are nil here unless the runtime sets
    // them, so nil is taken as UTC.
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
    let days = days_from_civil(year, month, 1) + day - 1;
    let s = days * 86400 + hour * 3600 + min * 60 + sec;
    let w = new_time(vm, s, nsec)?;
    ret(vm, a, 0, w);
    Ok(())
}

fn add_date(vm: &mut Vm, a: usize) -> Result<(), Trap> {
    let (s, n) = parts(arg(vm, a, 0))?;
    let (dy, dm, dd) = (arg(vm, a, 1) as i64, arg(vm, a, 2) as i64, arg(vm, a, 3) as i64);
    let (y, m, d) = civil(s);
    let tod = s.rem_euclid(86400);
    let mm = m - 1 + dm;
    let (y, m) = (y + dy + mm.div_euclid(12), mm.rem_euclid(12) + 1);
    let days = days_from_civil(y, m, 1) + d + dd - 1;
    let w = new_time(vm, days * 86400 + tod, n)?;
    ret(vm, a, 0, w);
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
    let w = new_time(vm, s, n)?;
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
