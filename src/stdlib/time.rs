//! `time`: clocks, sleeping, broken-down times (`struct_time`) and `strftime`.
//!
//! Clocks are `clock_gettime` as in CPython (`time` is CLOCK_REALTIME, `monotonic` and
//! `perf_counter` CLOCK_MONOTONIC, `process_time` the process CPU clock). Local time goes through
//! libc (`localtime_r`, `mktime`) so the zone rules are the system's; `gmtime` and `strftime` are
//! Rust (`strftime` implements glibc's C-locale directives, flags `-`, `_`, `0`, `^`). The only
//! place a thread sleeps is `blocking_sleep`: the GIL is released around it.
//! `unsafe` here is limited to the libc calls, each with its `SAFETY` note.

use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("time");
    let fields = [
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
        "tm_isdst",
    ];
    let struct_time = crate::stdlib::sys::struct_sequence_class(
        vm,
        "time",
        "struct_time",
        &fields,
        &["tm_zone", "tm_gmtoff"],
    )?;
    dict_set_str(&d, vm.intern("struct_time"), struct_time);
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("sleep", sleep),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ];
    for (name, func) in functions {
        vm.add_function(&d, "time", name, *func);
    }
    let (timezone, altzone, daylight, names) = zone_facts();
    dict_set_str(&d, vm.intern("timezone"), Value::Int(timezone));
    dict_set_str(&d, vm.intern("altzone"), Value::Int(altzone));
    dict_set_str(&d, vm.intern("daylight"), Value::Int(daylight as i64));
    let tzname = Value::tuple(vec![Value::str(names.0), Value::str(names.1)]);
    dict_set_str(&d, vm.intern("tzname"), tzname);
    Ok(m)
}

// ----- clocks -----------------------------------------------------------------------------------

/// Nanoseconds on `clock` (a `libc::CLOCK_*` id); 0 if the clock is unavailable.
fn clock_nanoseconds(clock: libc::clockid_t) -> i64 {
    let mut spec = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `spec` is a valid, writable timespec for the duration of the call.
    let status = unsafe { libc::clock_gettime(clock, &mut spec) };
    if status != 0 {
        return 0;
    }
    spec.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(spec.tv_nsec)
}

fn clock_seconds(clock: libc::clockid_t) -> f64 {
    let ns = clock_nanoseconds(clock);
    (ns / 1_000_000_000) as f64 + (ns % 1_000_000_000) as f64 * 1e-9
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, name, 0, 0)
}

macro_rules! clock_functions {
    ($seconds:ident, $nanoseconds:ident, $clock:expr) => {
        fn $seconds(vm: &mut Vm, args: Args) -> PyResult<Value> {
            no_args(vm, &args, stringify!($seconds))?;
            Ok(Value::float(clock_seconds($clock)))
        }
        fn $nanoseconds(vm: &mut Vm, args: Args) -> PyResult<Value> {
            no_args(vm, &args, stringify!($nanoseconds))?;
            Ok(Value::Int(clock_nanoseconds($clock)))
        }
    };
}

clock_functions!(time, time_ns, libc::CLOCK_REALTIME);
clock_functions!(monotonic, monotonic_ns, libc::CLOCK_MONOTONIC);
clock_functions!(perf_counter, perf_counter_ns, libc::CLOCK_MONOTONIC);
clock_functions!(
    process_time,
    process_time_ns,
    libc::CLOCK_PROCESS_CPUTIME_ID
);
clock_functions!(thread_time, thread_time_ns, libc::CLOCK_THREAD_CPUTIME_ID);

// ----- sleeping ---------------------------------------------------------------------------------

/// The one place a thread sleeps. It must not touch any object: the next step wraps the call in
/// `vm.allow_threads(|| blocking_sleep(seconds))` so other threads run meanwhile.
pub fn blocking_sleep(vm: &mut Vm, seconds: f64) {
    vm.allow_threads(crate::runtime::gil::BlockReason::Sleep, move || {
        sleep_now(seconds)
    });
}

fn sleep_now(seconds: f64) {
    if seconds > 0.0 {
        std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
    }
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "sleep")?;
    args.check_count(vm, "sleep", 1, 1)?;
    let seconds = seconds_arg(vm, &args.args[0])?;
    if seconds < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    blocking_sleep(vm, seconds);
    Ok(Value::None)
}

/// A timeout in seconds as CPython's `_PyTime_FromSecondsObject` reads it: the nanoseconds must
/// fit in an i64, and the two kinds of argument overflow with different messages.
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    const NANOSECOND_LIMIT: f64 = 9.223_372_036_854_776e18;
    let too_large =
        |vm: &mut Vm| vm.overflow_error("timestamp too large to convert to C _PyTime_t");
    match v {
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if (f.get() * 1e9).abs() >= NANOSECOND_LIMIT {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.get())
        }
        Value::Int(i) => match i.checked_mul(1_000_000_000) {
            Some(_) => Ok(*i as f64),
            None => Err(too_large(vm)),
        },
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => Err(too_large(vm)),
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

/// An optional timestamp argument (`None` or missing means now), floored to whole seconds, as
/// CPython's `_PyTime_ObjectToTime_t` reads it.
fn timestamp_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, name, 0, 1)?;
    let out_of_range =
        |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    match args.args.first() {
        None | Some(Value::None) => {
            Ok(clock_nanoseconds(libc::CLOCK_REALTIME).div_euclid(1_000_000_000))
        }
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(b.get() as i64),
        Some(Value::Float(f)) => {
            if f.get().is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let floor = f.get().floor();
            if floor.abs() >= 9.223_372_036_854_776e18 {
                return Err(out_of_range(vm));
            }
            Ok(floor as i64)
        }
        Some(v) => match v.payload() {
            Some(Payload::BigInt(_)) => Err(out_of_range(vm)),
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

/// The error `gmtime_r`/`localtime_r` give when the year does not fit in a C int.
fn year_overflow(vm: &mut Vm) -> crate::objects::PyErr {
    crate::stdlib::os::os_error(vm, std::io::Error::from_raw_os_error(libc::EOVERFLOW), None)
}

// ----- broken-down time -------------------------------------------------------------------------

/// A broken-down time in Python's conventions: month 1..12, weekday 0 = Monday, yday 1..366.
#[derive(Clone, Debug, PartialEq)]
struct BrokenDown {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days since 1970-01-01 to (year, month, day): Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    (year, month, day)
}

const CUMULATIVE_DAYS: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

fn utc_broken_down(seconds: i64) -> BrokenDown {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let yday = CUMULATIVE_DAYS[(month - 1) as usize] + day + (month > 2 && is_leap(year)) as i64;
    BrokenDown {
        year,
        month,
        day,
        hour: rest / 3600,
        minute: rest % 3600 / 60,
        second: rest % 60,
        // 1970-01-01 was a Thursday (3 with Monday = 0).
        weekday: (days + 3).rem_euclid(7),
        yday,
        isdst: 0,
        zone: Some("UTC".into()),
        gmtoff: Some(0),
    }
}

fn empty_tm() -> libc::tm {
    // `libc::tm` is plain data (integers and one pointer), as C code gets it from `memset`.
    // SAFETY: all-zero is a valid `tm` (a null `tm_zone`).
    unsafe { std::mem::zeroed() }
}

/// `localtime_r`, or `None` if the time cannot be represented.
fn local_broken_down(seconds: i64) -> Option<BrokenDown> {
    let when: libc::time_t = seconds;
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the call; localtime_r is the thread-safe variant.
    let result = unsafe { libc::localtime_r(&when, &mut tm) };
    if result.is_null() {
        return None;
    }
    Some(from_tm(&tm))
}

fn from_tm(tm: &libc::tm) -> BrokenDown {
    let zone = if tm.tm_zone.is_null() {
        None
    } else {
        // A non-null tm_zone from localtime_r points into the C library's zone data.
        Some(
            // SAFETY: that string is NUL-terminated and lives for the rest of the process.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    BrokenDown {
        year: tm.tm_year as i64 + 1900,
        month: tm.tm_mon as i64 + 1,
        day: tm.tm_mday as i64,
        hour: tm.tm_hour as i64,
        minute: tm.tm_min as i64,
        second: tm.tm_sec as i64,
        weekday: (tm.tm_wday as i64 + 6) % 7,
        yday: tm.tm_yday as i64 + 1,
        isdst: tm.tm_isdst as i64,
        zone,
        gmtoff: Some(tm.tm_gmtoff),
    }
}

/// `(timezone, altzone, daylight, tzname)` as CPython's `init_timezone` computes them: from the
/// local offsets in January and July of the current year.
fn zone_facts() -> (i64, i64, bool, (String, String)) {
    let now = clock_nanoseconds(libc::CLOCK_REALTIME) / 1_000_000_000;
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let year_start = now / YEAR * YEAR;
    let january = local_broken_down(year_start).unwrap_or_else(|| utc_broken_down(0));
    let july = local_broken_down(year_start + YEAR / 2).unwrap_or_else(|| utc_broken_down(0));
    let (jan_offset, jul_offset) = (-january.gmtoff.unwrap_or(0), -july.gmtoff.unwrap_or(0));
    let jan_name = january.zone.clone().unwrap_or_default();
    let jul_name = july.zone.clone().unwrap_or_default();
    if jan_offset < jul_offset {
        // Southern hemisphere: daylight time in January.
        (jul_offset, jan_offset, true, (jul_name, jan_name))
    } else {
        (
            jan_offset,
            jul_offset,
            jan_offset != jul_offset,
            (jan_name, jul_name),
        )
    }
}

fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let module = crate::stdlib::import::import_module(vm, "time")?;
    let Some(d) = vm.module_dict(&module) else {
        return Err(vm.runtime_error("time module is missing"));
    };
    match dict_get_str(&d, &vm.intern("struct_time")) {
        Some(c) => Ok(c),
        None => Err(vm.runtime_error("time.struct_time is missing")),
    }
}

fn to_struct_time(vm: &mut Vm, t: &BrokenDown) -> PyResult<Value> {
    let class = struct_time_class(vm)?;
    let values = vec![
        Value::Int(t.year),
        Value::Int(t.month),
        Value::Int(t.day),
        Value::Int(t.hour),
        Value::Int(t.minute),
        Value::Int(t.second),
        Value::Int(t.weekday),
        Value::Int(t.yday),
        Value::Int(t.isdst),
        t.zone.clone().map(Value::str).unwrap_or(Value::None),
        t.gmtoff.map(Value::Int).unwrap_or(Value::None),
    ];
    vm.call(&class, vec![Value::tuple(values)])
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seconds = timestamp_arg(vm, &args, "localtime")?;
    match local_broken_down(seconds) {
        Some(t) => to_struct_time(vm, &t),
        None => Err(year_overflow(vm)),
    }
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seconds = timestamp_arg(vm, &args, "gmtime")?;
    let mut t = utc_broken_down(seconds);
    if t.year - 1900 > i32::MAX as i64 || t.year - 1900 < i32::MIN as i64 {
        return Err(year_overflow(vm));
    }
    t.zone = Some("GMT".into());
    to_struct_time(vm, &t)
}

/// Read a time tuple (a tuple or a `struct_time`) as CPython's `gettmarg` does. The weekday is
/// taken modulo 7; the zone and offset come only from a `struct_time`.
fn time_tuple_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<BrokenDown> {
    let (items, from_struct) = match v.payload() {
        Some(Payload::Tuple(items)) => (items.clone(), false),
        Some(Payload::Instance(_)) if vm.getattr_opt(v, &vm.intern("tm_isdst"))?.is_some() => {
            (vm.collect(v)?, true)
        }
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let mut numbers = [0i64; 9];
    for (slot, item) in numbers.iter_mut().zip(items.iter()) {
        *slot = match item {
            Value::Int(i) => *i,
            Value::Bool(b) => b.get() as i64,
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
            }
            _ => match item.payload() {
                Some(Payload::BigInt(_)) => {
                    return Err(vm.overflow_error("Python int too large to convert to C int"))
                }
                _ => vm.to_index(item)?,
            },
        };
    }
    let (zone, gmtoff) = if from_struct {
        let zone = vm.getattr(v, &vm.intern("tm_zone"))?;
        let gmtoff = vm.getattr(v, &vm.intern("tm_gmtoff"))?;
        (
            zone.as_str().map(String::from),
            if let Value::Int(i) = gmtoff {
                Some(i)
            } else {
                None
            },
        )
    } else {
        (None, None)
    };
    Ok(BrokenDown {
        year: numbers[0],
        month: numbers[1],
        day: numbers[2],
        hour: numbers[3],
        minute: numbers[4],
        second: numbers[5],
        // C counts from Sunday; store Python's Monday = 0 after the same modulo CPython takes.
        weekday: ((numbers[6] + 1).rem_euclid(7) + 6) % 7,
        yday: numbers[7],
        isdst: numbers[8],
        zone,
        gmtoff,
    })
}

/// CPython's `checktm`, with the fix-ups `strftime` and `asctime` apply first.
fn check_time(vm: &mut Vm, t: &mut BrokenDown) -> PyResult<()> {
    if t.month == 0 {
        t.month = 1;
    } else if !(1..=12).contains(&t.month) {
        return Err(vm.value_error("month out of range"));
    }
    if t.day == 0 {
        t.day = 1;
    } else if !(0..=31).contains(&t.day) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&t.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&t.minute) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&t.second) {
        return Err(vm.value_error("seconds out of range"));
    }
    if t.yday == 0 {
        t.yday = 1;
    } else if !(1..=366).contains(&t.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    t.isdst = t.isdst.clamp(-1, 1);
    Ok(())
}

/// The time tuple argument of `strftime`/`asctime`, or the local time now.
fn time_or_now(vm: &mut Vm, arg: Option<&Value>, fname: &str) -> PyResult<BrokenDown> {
    match arg {
        Some(v) => {
            let mut t = time_tuple_arg(vm, v, fname)?;
            check_time(vm, &mut t)?;
            Ok(t)
        }
        None => {
            let now = clock_nanoseconds(libc::CLOCK_REALTIME).div_euclid(1_000_000_000);
            Ok(local_broken_down(now).unwrap_or_else(|| utc_broken_down(now)))
        }
    }
}

/// `mktime` on a broken-down local time; `None` when it is out of range.
fn make_time(t: &BrokenDown) -> Option<i64> {
    let mut tm = empty_tm();
    tm.tm_year = (t.year - 1900).try_into().ok()?;
    tm.tm_mon = (t.month - 1).try_into().ok()?;
    tm.tm_mday = t.day.try_into().ok()?;
    tm.tm_hour = t.hour.try_into().ok()?;
    tm.tm_min = t.minute.try_into().ok()?;
    tm.tm_sec = t.second.try_into().ok()?;
    tm.tm_isdst = t.isdst.try_into().ok()?;
    // A sentinel weekday tells a real -1 (one second before the epoch) from failure.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct tm for the call.
    let result = unsafe { libc::mktime(&mut tm) };
    if result == -1 && tm.tm_wday == -1 {
        return None;
    }
    Some(result as i64)
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "mktime")?;
    args.check_count(vm, "mktime", 1, 1)?;
    let t = time_tuple_arg(vm, &args.args[0], "mktime")?;
    match make_time(&t) {
        Some(seconds) => Ok(Value::float(seconds as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
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

fn weekday_name(t: &BrokenDown) -> &'static str {
    WEEKDAY_NAMES[t.weekday.rem_euclid(7) as usize]
}

fn month_name(t: &BrokenDown) -> &'static str {
    MONTH_NAMES[(t.month - 1).rem_euclid(12) as usize]
}

fn asctime_text(t: &BrokenDown) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &weekday_name(t)[..3],
        &month_name(t)[..3],
        t.day,
        t.hour,
        t.minute,
        t.second,
        t.year
    )
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "asctime")?;
    args.check_count(vm, "asctime", 0, 1)?;
    let t = time_or_now(vm, args.args.first(), "asctime")?;
    Ok(Value::str(asctime_text(&t)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seconds = timestamp_arg(vm, &args, "ctime")?;
    match local_broken_down(seconds) {
        Some(t) => Ok(Value::str(asctime_text(&t))),
        None => Err(year_overflow(vm)),
    }
}

// ----- strftime ---------------------------------------------------------------------------------

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "strftime")?;
    args.check_count(vm, "strftime", 1, 2)?;
    let Some(format) = args.args[0].as_str().map(String::from) else {
        let msg = format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args.args[0])
        );
        return Err(vm.type_error(msg));
    };
    let t = time_or_now(vm, args.args.get(1), "strftime")?;
    let zone_name = match &t.zone {
        Some(z) => z.clone(),
        None => {
            let (_, _, _, names) = zone_facts();
            if t.isdst > 0 {
                names.1
            } else {
                names.0
            }
        }
    };
    Ok(Value::str(format_time(&format, &t, &zone_name)))
}

/// Padding for a numeric field: the default, or as a glibc flag asks.
#[derive(Clone, Copy, PartialEq)]
enum Pad {
    Default,
    None,
    Space,
    Zero,
}

fn number(value: i64, width: usize, default_pad: char, pad: Pad) -> String {
    match (pad, default_pad) {
        (Pad::None, _) => value.to_string(),
        (Pad::Space, _) | (Pad::Default, ' ') => format!("{:>width$}", value, width = width),
        _ => {
            if value < 0 {
                format!("-{:0>width$}", -value, width = width.saturating_sub(1))
            } else {
                format!("{:0>width$}", value, width = width)
            }
        }
    }
}

/// glibc's "yearish" fields (`%Y`, `%C`, `%G`) are printed unpadded, whatever the flag.
fn yearish(value: i64) -> String {
    value.to_string()
}

/// glibc's `iso_week_days`: days since the Monday that starts ISO week 1 of the year.
fn iso_week_days(yday: i64, wday_from_sunday: i64) -> i64 {
    const BIG_ENOUGH_MULTIPLE_OF_7: i64 = (366 / 7 + 2) * 7;
    yday - (yday - wday_from_sunday + 4 + BIG_ENOUGH_MULTIPLE_OF_7) % 7 + 3
}

/// `(iso_year, iso_week)` of a broken-down time.
fn iso_week(t: &BrokenDown) -> (i64, i64) {
    let yday0 = t.yday - 1;
    let wday = (t.weekday + 1) % 7;
    let mut year = t.year;
    let mut days = iso_week_days(yday0, wday);
    if days < 0 {
        year -= 1;
        days = iso_week_days(yday0 + 365 + is_leap(year) as i64, wday);
    } else {
        let next = iso_week_days(yday0 - (365 + is_leap(year) as i64), wday);
        if next >= 0 {
            year += 1;
            days = next;
        }
    }
    (year, days / 7 + 1)
}

/// Format `t` with glibc's C-locale directives; unknown directives are copied as they are.
fn format_time(format: &str, t: &BrokenDown, zone_name: &str) -> String {
    let chars: Vec<char> = format.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad = Pad::Default;
        let mut upper = false;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            match chars[i] {
                '-' => pad = Pad::None,
                '_' => pad = Pad::Space,
                '0' => pad = Pad::Zero,
                '^' => upper = true,
                _ => {}
            }
            i += 1;
        }
        while i < chars.len() && matches!(chars[i], 'E' | 'O') {
            i += 1;
        }
        let Some(&directive) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let hour12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
        let wday_from_sunday = (t.weekday + 1) % 7;
        let text = match directive {
            'a' => weekday_name(t)[..3].to_string(),
            'A' => weekday_name(t).to_string(),
            'b' | 'h' => month_name(t)[..3].to_string(),
            'B' => month_name(t).to_string(),
            'c' => format_time("%a %b %e %H:%M:%S %Y", t, zone_name),
            'C' => yearish(t.year.div_euclid(100)),
            'd' => number(t.day, 2, '0', pad),
            'D' | 'x' => format_time("%m/%d/%y", t, zone_name),
            'e' => number(t.day, 2, ' ', pad),
            'F' => format_time("%Y-%m-%d", t, zone_name),
            'G' => yearish(iso_week(t).0),
            'g' => number(iso_week(t).0.rem_euclid(100), 2, '0', pad),
            'H' => number(t.hour, 2, '0', pad),
            'I' => number(hour12, 2, '0', pad),
            'j' => number(t.yday, 3, '0', pad),
            'k' => number(t.hour, 2, ' ', pad),
            'l' => number(hour12, 2, ' ', pad),
            'm' => number(t.month, 2, '0', pad),
            'M' => number(t.minute, 2, '0', pad),
            'n' => "\n".to_string(),
            'p' => (if t.hour < 12 { "AM" } else { "PM" }).to_string(),
            'P' => (if t.hour < 12 { "am" } else { "pm" }).to_string(),
            'r' => format_time("%I:%M:%S %p", t, zone_name),
            'R' => format_time("%H:%M", t, zone_name),
            's' => make_time(t).unwrap_or(-1).to_string(),
            'S' => number(t.second, 2, '0', pad),
            't' => "\t".to_string(),
            'T' | 'X' => format_time("%H:%M:%S", t, zone_name),
            'u' => number(t.weekday + 1, 1, '0', pad),
            'U' => number((t.yday - 1 + 7 - wday_from_sunday) / 7, 2, '0', pad),
            'V' => number(iso_week(t).1, 2, '0', pad),
            'w' => number(wday_from_sunday, 1, '0', pad),
            'W' => number((t.yday - 1 + 7 - t.weekday) / 7, 2, '0', pad),
            'y' => number(t.year.rem_euclid(100), 2, '0', pad),
            'Y' => yearish(t.year),
            'z' => {
                let offset = t.gmtoff.unwrap_or(0);
                let sign = if offset < 0 { '-' } else { '+' };
                let minutes = offset.abs() / 60;
                format!("{}{:02}{:02}", sign, minutes / 60, minutes % 60)
            }
            'Z' => zone_name.to_string(),
            '%' => "%".to_string(),
            _ => chars[start..i].iter().collect(),
        };
        if upper {
            out.push_str(&text.to_uppercase());
        } else {
            out.push_str(&text);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_calendar() {
        let t = utc_broken_down(1_709_957_107);
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute, t.second),
            (2024, 3, 9, 4, 5, 7)
        );
        assert_eq!((t.weekday, t.yday), (5, 69));
        let before = utc_broken_down(-2);
        assert_eq!(
            (
                before.year,
                before.month,
                before.day,
                before.second,
                before.weekday
            ),
            (1969, 12, 31, 58, 2)
        );
    }

    #[test]
    fn strftime_directives() {
        let t = utc_broken_down(1_709_957_107);
        let text = format_time(
            "%c|%x|%X|%U %W %u %w %V %G %g %C|%-d %_d %e %I %p|%Q|%",
            &t,
            "UTC",
        );
        assert_eq!(
            text,
            "Sat Mar  9 04:05:07 2024|03/09/24|04:05:07|09 10 6 6 10 2024 24 20|9  9  9 04 AM|%Q|%"
        );
    }
}
