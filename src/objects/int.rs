//! `int`: an `i64` immediate (`Value::Int`) that overflows transparently into an arbitrary-precision
//! `BigInt` heap object. Invariant: a `BigInt` payload never holds a value that fits in i64, so
//! equality and hashing can trust the representation.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{Payload, Value};

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// Store a big integer as an immediate when it fits.
pub fn normalize(n: BigInt) -> Value {
    match n.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::obj(Payload::BigInt(n)),
    }
}

/// An int value (immediate, bool or big) as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(n) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign, with -1 mapped to -2.
pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 {
        i % HASH_MODULUS
    } else {
        -((i.unsigned_abs() % HASH_MODULUS as u64) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (n.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if n.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Parse an int literal as `int(text, base)` does: optional sign, whitespace, underscores between
/// digits, `0x`/`0o`/`0b` prefixes when the base allows. `None` on invalid text.
pub fn parse(text: &str, base: u32) -> Option<Value> {
    let t = text.trim();
    let (neg, mut digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let lower = digits.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 16 || base == 0) && prefixed("0x") {
        base = 16;
        digits = &digits[2..];
    } else if (base == 8 || base == 0) && prefixed("0o") {
        base = 8;
        digits = &digits[2..];
    } else if (base == 2 || base == 0) && prefixed("0b") {
        base = 2;
        digits = &digits[2..];
    } else if base == 0 {
        if digits.len() > 1
            && digits.starts_with('0')
            && digits.trim_start_matches(['0', '_']).is_empty()
        {
            base = 10;
        } else if digits.len() > 1 && digits.starts_with('0') {
            return None;
        } else {
            base = 10;
        }
    } else if digits.starts_with('_') {
        return None;
    }
    if digits.is_empty() || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() {
        return None;
    }
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(normalize(if neg { -n } else { n }))
}

// ----- the `int` and `bool` types -------------------------------------------------------------

use super::{Args, PyResult};
use crate::vm::Vm;

/// `int(x=0)`, `int(text, base)`
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base_kw = args.take_kw("base");
    args.no_kwargs(vm, "int()")?;
    args.check_count(vm, "int", 0, 2)?;
    let base = match base_kw.or_else(|| args.args.get(1).cloned()) {
        Some(b) => Some(vm.to_index(&b)?),
        None => None,
    };
    let Some(x) = args.args.first().cloned() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            Some(Payload::ByteArray(b)) => String::from_utf8_lossy(&b.borrow()).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse(&text, b as u32).ok_or_else(|| {
            vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                b,
                crate::objects::str::repr(&text)
            ))
        });
    }
    match &x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.get().trunc();
            if t.abs() < 9.2e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(normalize(
                    num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
                ))
            }
        }
        _ => match x.payload() {
            Some(Payload::BigInt(_)) => Ok(x.clone()),
            Some(Payload::Str(s)) => {
                let text = s.as_str().to_string();
                parse(&text, 10).ok_or_else(|| {
                    vm.value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::objects::str::repr(&text)
                    ))
                })
            }
            Some(Payload::Bytes(b)) => {
                let text = String::from_utf8_lossy(b).into_owned();
                parse(&text, 10).ok_or_else(|| {
                    vm.value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        bytes_repr(b)
                    ))
                })
            }
            Some(Payload::ByteArray(b)) => {
                let data = b.to_vec();
                let text = String::from_utf8_lossy(&data).into_owned();
                parse(&text, 10).ok_or_else(|| {
                    vm.value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        bytes_repr(&data)
                    ))
                })
            }
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    let n = vm.intern(name);
                    if let Some(r) = vm.call_special(&x, &n, vec![])? {
                        return Ok(r);
                    }
                }
                let msg = format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", vm.type_name(&x));
                Err(vm.type_error(msg))
            }
        },
    }
}

fn bytes_repr(b: &[u8]) -> String {
    crate::objects::bytes::repr(b)
}

fn construct_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "bool")?;
    args.check_count(vm, "bool", 0, 1)?;
    match args.args.first() {
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
        None => Ok(Value::bool(false)),
    }
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::Int(0));
    match to_bigint(&v) {
        Some(n) => Ok(Value::Int(n.bits() as i64)),
        None => Err(vm.type_error("descriptor 'bit_length' requires an 'int' object")),
    }
}

fn conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::Int(0)))
}

fn to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let length = args
        .take_kw("length")
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::Int(1));
    let order = args
        .take_kw("byteorder")
        .or_else(|| args.args.get(2).cloned())
        .unwrap_or_else(|| Value::str("big"));
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let n = to_bigint(&args.args[0]).unwrap_or_default();
    let length = vm.to_index(&length)? as usize;
    if n.sign() == num_bigint::Sign::Minus && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    let fill = if n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    if !signed && bytes.len() == length + 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    bytes.resize(length, fill);
    if order.as_str() == Some("big") {
        bytes.reverse();
    }
    Ok(Value::obj(Payload::Bytes(bytes)))
}

fn from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let order = args
        .take_kw("byteorder")
        .or_else(|| args.args.get(2).cloned())
        .unwrap_or_else(|| Value::str("big"));
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let source = args.args.get(1).cloned().unwrap_or(Value::None);
    let data = match super::buffer::bytes_like(vm, &source)? {
        Some(b) => b.into_owned(),
        None => vm
            .collect(args.args.get(1).unwrap_or(&Value::None))?
            .iter()
            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
            .collect(),
    };
    let n = if order.as_str() == Some("big") {
        if signed {
            BigInt::from_signed_bytes_be(&data)
        } else {
            BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
        }
    } else if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    Ok(normalize(n))
}

fn int_attr(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Bool(b) => Value::Int(b.get() as i64),
        other => other.clone(),
    })
}

fn one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

pub fn register(vm: &mut Vm) {
    let int = vm.types().int.clone();
    if let Payload::Class(cd) = &int.payload {
        cd.constructor.set(Some(construct));
    }
    let b = vm.types().bool.clone();
    if let Payload::Class(cd) = &b.payload {
        cd.constructor.set(Some(construct_bool));
    }
    vm.add_method(&int, "int", "bit_length", bit_length);
    vm.add_method(&int, "int", "conjugate", conjugate);
    vm.add_method(&int, "int", "to_bytes", to_bytes);
    let fb = Value::obj(Payload::ClassMethod(Value::obj(Payload::BuiltinFunction(
        super::BuiltinFunction {
            name: "from_bytes",
            owner: "int",
            func: from_bytes,
            bound: None,
            wants_caller: false,
        },
    ))));
    crate::vm::types::class_dict(&int)
        .borrow_mut()
        .set_str(vm.intern("from_bytes"), fb);
    super::class::add_getset(vm, &int, "real", int_attr);
    super::class::add_getset(vm, &int, "numerator", int_attr);
    super::class::add_getset(vm, &int, "imag", zero);
    super::class::add_getset(vm, &int, "denominator", one);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(HASH_MODULUS), 0);
        assert_eq!(hash_i64(-HASH_MODULUS - 5), -5);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 64)), 8);
    }

    #[test]
    fn parses_like_int() {
        assert!(matches!(parse(" 42 ", 10), Some(Value::Int(42))));
        assert!(matches!(parse("-0x1f", 0), Some(Value::Int(-31))));
        assert!(matches!(parse("1_000", 10), Some(Value::Int(1000))));
        assert!(parse("1__0", 10).is_none());
        assert!(parse("012", 0).is_none());
        assert!(matches!(parse("z", 36), Some(Value::Int(35))));
        assert!(parse("", 10).is_none());
    }
}
