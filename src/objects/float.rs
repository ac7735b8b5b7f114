//! `float`: an `f64` immediate. This file holds what CPython's float object does beyond plain
//! arithmetic: `repr` (shortest round-trip digits, switching to exponent form as CPython does),
//! hashing compatible with ints, and parsing.

use super::int::HASH_MODULUS;

/// `repr(float)`: the shortest digits that round-trip, in CPython's layout: plain notation for
/// decimal exponents in -4..16, exponent notation (`1e+16`, `1.5e-05`) outside it.
pub fn repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde[-]x".
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// CPython's hash of a float: equal to the hash of an equal int, infinities map to +-314159,
/// NaN hashes by identity in CPython (we use 0, which only affects performance, not behaviour).
pub fn hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let sign = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Split into mantissa in [0.5, 1) and a power of two, like C's frexp.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Number text as CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` leaves it for the
/// parsers: Unicode whitespace becomes a space and Unicode decimal digits ASCII digits. `None`
/// when another non-ASCII character is present (no number can contain one).
pub fn number_text(text: &str) -> Option<std::borrow::Cow<'_, str>> {
    if text.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if super::str::unicode::is_space(c) {
            out.push(' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(char::from(b'0' + d));
        } else {
            return None;
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// The value of a Unicode decimal digit (category Nd): each run of the table starts at a zero.
pub fn unicode_decimal(c: char) -> Option<u8> {
    let n = c as u32;
    let table = super::str::tables::DECIMAL;
    let at = table.partition_point(|&(_, high)| high < n);
    match table.get(at) {
        Some(&(low, high)) if (low..=high).contains(&n) => Some(((n - low) % 10) as u8),
        _ => None,
    }
}

/// Drop the underscores of a number, which may only stand between two digits (CPython's
/// `_Py_string_to_number_with_underscores`); `None` when one stands elsewhere.
pub fn without_underscores(text: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !text.contains('_') {
        return Some(std::borrow::Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(std::borrow::Cow::Owned(out))
}

/// The longest float at the start of `s`, as C's `strtod` reads one (without leading spaces):
/// an optional sign, then `inf`, `infinity`, `nan` (any case) or decimal digits with an optional
/// point and exponent. Returns the value and the bytes read; `None` if no float starts there.
pub fn strtod_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let special = if starts(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, len)) = special {
        return Some((if negative { -v } else { v }, i + len));
    }
    let digits = |from: usize| s[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_digits = digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        frac_digits = digits(i + 1);
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = s.get(i) {
        let mut j = i + 1;
        if let Some(b'+' | b'-') = s.get(j) {
            j += 1;
        }
        let exp_digits = digits(j);
        if exp_digits > 0 {
            i = j + exp_digits;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

/// `float(text)`: accepts what CPython accepts (surrounding whitespace, a sign, inf, infinity,
/// nan, underscores between digits, Unicode decimal digits). `None` when invalid.
pub fn parse(text: &str) -> Option<f64> {
    let ascii = number_text(text)?;
    let clean = without_underscores(&ascii)?;
    let body =
        clean.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    match strtod_prefix(body.as_bytes()) {
        Some((v, used)) if used == body.len() => Some(v),
        _ => None,
    }
}

// ----- the `float` type -----------------------------------------------------------------------

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

/// A float from any real number (ints, bools, floats, `__float__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        _ => match v.payload() {
            Some(Payload::BigInt(n)) => match num_traits::ToPrimitive::to_f64(n) {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(vm.overflow_error("int too large to convert to float")),
            },
            _ => {
                let name = vm.names().__float__.clone();
                if let Some(r) = vm.call_special(v, &name, vec![])? {
                    return match r {
                        Value::Float(f) => Ok(f.get()),
                        other => {
                            let msg = format!(
                                "{}.__float__ returned non-float (type {})",
                                vm.type_name(v),
                                vm.type_name(&other)
                            );
                            Err(vm.type_error(msg))
                        }
                    };
                }
                let name = vm.names().__index__.clone();
                if let Some(Value::Int(i)) = vm.call_special(v, &name, vec![])? {
                    return Ok(i as f64);
                }
                let msg = format!("must be real number, not {}", vm.type_name(v));
                Err(vm.type_error(msg))
            }
        },
    }
}

fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    args.check_count(vm, "float", 0, 1)?;
    let Some(x) = args.args.first() else {
        return Ok(Value::float(0.0));
    };
    let text = match x.payload() {
        Some(Payload::Str(s)) => Some((parse(s.as_str()), crate::objects::str::repr(s.as_str()))),
        Some(Payload::Bytes(b)) => {
            let parsed = std::str::from_utf8(b)
                .ok()
                .filter(|t| t.is_ascii())
                .and_then(parse);
            Some((parsed, crate::objects::bytes::repr(b)))
        }
        _ => None,
    };
    if let Some((parsed, shown)) = text {
        return parsed.map(Value::float).ok_or_else(|| {
            vm.value_error(format!("could not convert string to float: {}", shown))
        });
    }
    match to_f64(vm, x) {
        Ok(f) => Ok(Value::float(f)),
        Err(e) if vm.err_matches(&e, "TypeError") && !is_float_protocol_error(vm, &e) => {
            if let Some(base) = x.builtin_base() {
                let base = base.clone();
                return construct(vm, Args::new(vec![base]));
            }
            let msg = format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            );
            Err(vm.type_error(msg))
        }
        Err(e) => Err(e),
    }
}

/// A `__float__` that returned a non-float: that error stands as raised.
fn is_float_protocol_error(vm: &mut Vm, e: &super::PyErr) -> bool {
    let args = vm
        .exc_state(&e.0)
        .map(|s| s.args.clone())
        .unwrap_or_default();
    args.first()
        .and_then(|a| a.as_str())
        .is_some_and(|m| m.contains("__float__ returned non-float"))
}

/// `self` of a float method, or CPython's TypeError for a foreign object.
fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    match args.args.first() {
        Some(Value::Float(f)) => Ok(f.get()),
        other => {
            let got = other
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| "NoneType".into());
            let msg = format!(
                "descriptor '{}' for 'float' objects doesn't apply to a '{}' object",
                name, got
            );
            Err(vm.type_error(msg))
        }
    }
}

/// A method that takes no arguments besides `self`.
fn no_arguments(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let f = this(vm, args, name)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("float.{}() takes no keyword arguments", name)));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "float.{}() takes no arguments ({} given)",
            name,
            args.len() - 1
        )));
    }
    Ok(f)
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

/// The exact value of a finite float as `mantissa * 2**exponent` with an odd (or zero) mantissa.
pub fn exact_parts(f: f64) -> (BigInt, i64) {
    let bits = f.to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i64;
    let fraction = (bits & ((1 << 52) - 1)) as i64;
    let (mut mantissa, mut exponent) = if exponent_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_bits - 1075)
    };
    if mantissa == 0 {
        return (BigInt::zero(), 0);
    }
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exponent += zeros as i64;
    let signed = if f.is_sign_negative() {
        -mantissa
    } else {
        mantissa
    };
    (BigInt::from(signed), exponent)
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (n, e) = exact_parts(f);
    let (n, d) = if e >= 0 {
        (n << e as usize, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        super::int::normalize(n),
        super::int::normalize(d),
    ]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>`, subnormals as `0x0.<digits>p-1022`.
pub fn to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if exponent_bits == 0 {
        format!("{}0x0.{:013x}p-1022", sign, fraction)
    } else {
        format!("{}0x1.{:013x}p{:+}", sign, fraction, exponent_bits - 1023)
    }
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "hex")?;
    Ok(Value::str(to_hex(f)))
}

/// Why `float.fromhex` failed.
#[derive(Debug, PartialEq)]
pub enum FromHexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(text)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal]` with
/// surrounding whitespace, or inf/infinity/nan; rounded half to even to the nearest double.
pub fn from_hex(text: &str) -> Result<f64, FromHexError> {
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let b = lower.as_bytes();
    let mut i = if lower.starts_with("0x") { 2 } else { 0 };
    let mut digits: Vec<u8> = Vec::new();
    let mut fraction_digits: i64 = 0;
    let mut seen_point = false;
    let mut any = false;
    while let Some(&c) = b.get(i) {
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            digits.push(d as u8);
            any = true;
            if seen_point {
                fraction_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any {
        return Err(FromHexError::Invalid);
    }
    let mut exponent: i64 = 0;
    if b.get(i) == Some(&b'p') {
        i += 1;
        let exp_negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Saturate: any exponent this large overflows or underflows anyway.
            exponent = (exponent * 10 + (c - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(FromHexError::Invalid);
        }
        if exp_negative {
            exponent = -exponent;
        }
    }
    if i != b.len() {
        return Err(FromHexError::Invalid);
    }
    let mut mantissa = num_bigint::BigUint::zero();
    for d in digits {
        mantissa = (mantissa << 4u32) | num_bigint::BigUint::from(d);
    }
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    // value = mantissa * 2**exponent; keep 53 bits (fewer for subnormals), half to even.
    let exponent = exponent - 4 * fraction_digits;
    let top = mantissa.bits() as i64 - 1 + exponent;
    if top > 1023 {
        return Err(FromHexError::Overflow);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exponent;
    let mut q = if shift > 0 {
        let q = &mantissa >> shift as u64;
        let half = mantissa.bit(shift as u64 - 1);
        let below = mantissa.trailing_zeros().unwrap_or(0) < (shift - 1) as u64;
        if half && (below || q.bit(0)) {
            q + 1u32
        } else {
            q
        }
    } else {
        mantissa << (-shift) as u64
    };
    let mut lsb = lsb;
    if q.bits() > 53 {
        q >>= 1u32;
        lsb += 1;
    }
    let q = q.to_u64().unwrap_or(0) as f64;
    let value = if lsb < -1022 {
        q * 2f64.powi(-1022) * 2f64.powi((lsb + 1022) as i32)
    } else {
        q * 2f64.powi(lsb as i32)
    };
    if value.is_infinite() {
        return Err(FromHexError::Overflow);
    }
    Ok(signed(value))
}

/// `float.fromhex(text)`, a classmethod: a subclass gets `cls(value)`.
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "float.fromhex")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(text) = args.args[1].as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let value = match from_hex(text) {
        Ok(f) => Value::float(f),
        Err(FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    match &args.args[0] {
        Value::Obj(c) if !super::ObjRef::ptr_eq(c, &vm.types().float) => {
            let cls = args.args[0].clone();
            vm.call(&cls, vec![value])
        }
        _ => Ok(value),
    }
}

/// `float.__getformat__(typestr)`: how doubles and floats are laid out.
fn getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    match args.args[1].as_str() {
        Some("double" | "float") => Ok(Value::str(if cfg!(target_endian = "little") {
            "IEEE, little-endian"
        } else {
            "IEEE, big-endian"
        })),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let msg = format!(
                "__getformat__() argument must be str, not {}",
                vm.type_name(&args.args[1])
            );
            Err(vm.type_error(msg))
        }
    }
}

fn itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(no_arguments(vm, &args, "conjugate")?))
}

fn to_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "__int__")?;
    super::int::from_f64(vm, f)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "__floor__")?;
    super::int::from_f64(vm, f.floor())
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "__ceil__")?;
    super::int::from_f64(vm, f.ceil())
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arguments(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::float(f)]))
}

/// Round half to even at `ndigits` decimal digits, deciding on the float's exact binary value
/// as CPython's correctly rounded `double_round` does (so `round(2.675, 2)` is 2.67). `None`
/// when the result overflows.
pub fn round_to_digits(f: f64, ndigits: i64) -> Option<f64> {
    // Past these every double is already exact, or rounds to zero (CPython's NDIGITS_MAX/MIN).
    if !f.is_finite() || ndigits > 323 || f == 0.0 {
        return Some(f);
    }
    if ndigits < -308 {
        return Some(0.0 * f);
    }
    if ndigits >= 0 {
        // Rust's fixed-point formatting is exact, ties to even.
        let text = format!("{:.*}", ndigits as usize, f);
        return text.parse().ok();
    }
    let (n, e) = exact_parts(f.abs());
    let k = (-ndigits) as usize;
    let p = num_traits::pow(BigInt::from(10), k);
    let (num, den) = if e >= 0 {
        (n << e as usize, p)
    } else {
        (n, p << (-e) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    let rounded: f64 = format!("{}e{}", q, k).parse().ok()?;
    if rounded.is_infinite() {
        return None;
    }
    Some(rounded.copysign(f))
}

/// `round(f)`: the nearest int, ties to even.
pub fn round_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    super::int::from_f64(vm, f.round_ties_even())
}

/// `round(f, ndigits)` once `ndigits` is an int.
pub fn round_with_digits(vm: &mut Vm, f: f64, ndigits: &Value) -> PyResult<Value> {
    let nd = super::int::index_value(vm, ndigits)?;
    // Out-of-range digit counts saturate, as CPython's `PyNumber_AsSsize_t(nd, NULL)` does.
    let nd = match super::int::to_bigint(&nd) {
        Some(n) => n
            .to_i64()
            .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }),
        None => 0,
    };
    match round_to_digits(f, nd) {
        Some(r) => Ok(Value::float(r)),
        None => Err(vm.overflow_error("rounded value too large to represent")),
    }
}

/// `float.__round__(ndigits=None)`
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "__round__")?;
    if args.len() > 2 {
        let msg = format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    match args.args.get(1).filter(|v| !v.is_none()) {
        None => round_to_int(vm, f),
        Some(nd) => {
            let nd = nd.clone();
            round_with_digits(vm, f, &nd)
        }
    }
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.builtin_base().unwrap_or(v) {
        Value::Float(f) => Ok(Value::Float(*f)),
        _ => Err(vm.type_error("descriptor 'real' for 'float' objects doesn't apply")),
    }
}

fn imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().float.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, super::class::NativeFn)] = &[
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("conjugate", itself),
        ("__float__", itself),
        ("__int__", to_int),
        ("__trunc__", to_int),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__getnewargs__", getnewargs),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "float", name, *f);
    }
    for (name, f) in [
        ("fromhex", fromhex as super::class::NativeFn),
        ("__getformat__", getformat),
    ] {
        let method = Value::obj(Payload::ClassMethod(Value::obj(Payload::BuiltinFunction(
            super::BuiltinFunction {
                name,
                owner: "float",
                func: f,
                bound: None,
                wants_caller: false,
            },
        ))));
        crate::vm::types::class_dict(&cls)
            .borrow_mut()
            .set_str(vm.intern(name), method);
    }
    super::class::add_getset(vm, &cls, "real", real);
    super::class::add_getset(vm, &cls, "imag", imag);
    super::number::register_float(vm, &cls);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(1.0), "1.0");
        assert_eq!(repr(0.1), "0.1");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(123456789012345.6), "123456789012345.6");
        assert_eq!(repr(1.5e-5), "1.5e-05");
        assert_eq!(repr(0.0001), "0.0001");
        assert_eq!(repr(-2.5), "-2.5");
        assert_eq!(repr(1e22), "1e+22");
        assert_eq!(repr(0.1 + 0.2), "0.30000000000000004");
    }

    #[test]
    fn hash_agrees_with_int_hash() {
        assert_eq!(hash(1.0), 1);
        assert_eq!(hash(-1.0), -2);
        assert_eq!(
            hash(1e20),
            super::super::int::hash_bigint(&num_bigint::BigInt::from(100000000000000000000u128))
        );
        assert_eq!(hash(0.5), 1152921504606846976);
    }

    #[test]
    fn parses_like_float() {
        assert_eq!(parse(" 1_0.5 "), Some(10.5));
        assert_eq!(parse("-iNfinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse("1.e5"), Some(1e5));
        assert_eq!(parse("\u{661}.5"), Some(1.5));
        for bad in [
            "1_.5", "1_e5", "1e_5", ".", "e5", "in f", "+-1", "infinit", "0x10", "",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(strtod_prefix(b"1e5j"), Some((1e5, 3)));
        assert_eq!(strtod_prefix(b"1ej"), Some((1.0, 1)));
        assert_eq!(strtod_prefix(b"-infj"), Some((f64::NEG_INFINITY, 4)));
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
        for x in [
            1.5,
            0.1,
            1e300,
            5e-324,
            2.2250738585072014e-308,
            f64::MAX,
            -3.75,
        ] {
            assert_eq!(from_hex(&to_hex(x)), Ok(x));
        }
        assert_eq!(from_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(from_hex(" -0X.8 "), Ok(-0.5));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x3p-1076"), Ok(5e-324));
        assert_eq!(from_hex("0x3p-1075"), Ok(5e-324 * 2.0));
        assert_eq!(from_hex("0x1p1024"), Err(FromHexError::Overflow));
        assert_eq!(
            from_hex("0x1.fffffffffffff8p1023"),
            Err(FromHexError::Overflow)
        );
        assert_eq!(from_hex("zz"), Err(FromHexError::Invalid));
    }

    #[test]
    fn rounds_on_the_exact_value() {
        assert_eq!(round_to_digits(2.675, 2), Some(2.67));
        assert_eq!(round_to_digits(0.125, 2), Some(0.12));
        assert_eq!(round_to_digits(1234.5678, -2), Some(1200.0));
        assert_eq!(round_to_digits(-0.4, 0), Some(-0.0));
        assert_eq!(round_to_digits(1.7976931348623157e308, -308), None);
        assert_eq!(round_to_digits(25.0, -1), Some(20.0));
    }
}
