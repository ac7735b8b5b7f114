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

/// `float(text)`: accepts what CPython accepts (whitespace, sign, inf/nan/infinity, underscores
/// between digits). `None` when invalid.
pub fn parse(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if clean.is_empty()
        || !clean
            .chars()
            .all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

// ----- the `float` type -----------------------------------------------------------------------

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
    args.no_kwargs(vm, "float")?;
    args.check_count(vm, "float", 0, 1)?;
    let Some(x) = args.args.first() else {
        return Ok(Value::float(0.0));
    };
    if let Some(s) = x.as_str() {
        let s = s.to_string();
        return parse(&s).map(Value::float).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                crate::objects::str::repr(&s)
            ))
        });
    }
    match to_f64(vm, x) {
        Ok(f) => Ok(Value::float(f)),
        Err(e) if vm.err_matches(&e, "TypeError") => {
            let msg = format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            );
            Err(vm.type_error(msg))
        }
        Err(e) => Err(e),
    }
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = to_f64(vm, args.args.first().unwrap_or(&Value::None))?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = to_f64(vm, args.args.first().unwrap_or(&Value::None))?;
    if !f.is_finite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = frexp(f);
    let mut num = m;
    let mut exp = e;
    while num.fract() != 0.0 {
        num *= 2.0;
        exp -= 1;
    }
    let n = num_bigint::BigInt::from(num as i64);
    let (n, d) = if exp >= 0 {
        (n << exp as usize, num_bigint::BigInt::from(1))
    } else {
        (n, num_bigint::BigInt::from(1) << (-exp) as usize)
    };
    Ok(Value::tuple(vec![
        super::int::normalize(n),
        super::int::normalize(d),
    ]))
}

fn fromhex_unsupported(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.value_error("float.fromhex is not supported yet"))
}

fn real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().float.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    vm.add_method(&cls, "float", "is_integer", is_integer);
    vm.add_method(&cls, "float", "as_integer_ratio", as_integer_ratio);
    vm.add_method(&cls, "float", "fromhex", fromhex_unsupported);
    super::class::add_getset(vm, &cls, "real", real);
    super::class::add_getset(vm, &cls, "imag", imag);
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
}
