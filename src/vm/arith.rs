//! Arithmetic on the numeric tower (bool < int < float < complex): the i64 fast paths, overflow
//! into big integers, Python's floor division and modulo signs, and CPython's error messages.
//! Returns `None` when an operand is not a built-in number, so the caller tries dunders next.
//! Complex operands are checked last: the int and float paths never pay for them.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::complex::{self, Complex};
use crate::objects::int::{normalize, to_bigint};
use crate::objects::{Payload, PyResult, Value};
use crate::syntax::ast::BinOp;

use super::Vm;

enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(Complex),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(b.get() as i64)),
        Value::Float(f) => Some(Num::Float(f.get())),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(n) => Some(Num::Big(n.clone())),
            Payload::Complex(c) => Some(Num::Complex(*c)),
            _ => None,
        },
        Value::None => None,
    }
}

fn big_to_f64(vm: &mut Vm, n: &BigInt) -> PyResult<f64> {
    match n.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
        Num::Complex(c) => Ok(c.re),
    }
}

fn num_to_complex(vm: &mut Vm, n: &Num) -> PyResult<Complex> {
    match n {
        Num::Complex(c) => Ok(*c),
        other => Ok(Complex::new(num_to_f64(vm, other)?, 0.0)),
    }
}

/// `a op b` for built-in numbers; `None` if either is not one.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        // bool's own &, |, ^ keep the type.
        match op {
            BinOp::BitAnd => return Some(Ok(Value::bool(x.get() & y.get()))),
            BinOp::BitOr => return Some(Ok(Value::bool(x.get() | y.get()))),
            BinOp::BitXor => return Some(Ok(Value::bool(x.get() ^ y.get()))),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = int_fast(op, *x, *y) {
            return Some(Ok(r));
        }
    }
    let x = as_num(a)?;
    let y = as_num(b)?;
    Some(match (x, y) {
        (x @ Num::Complex(_), y) | (x, y @ Num::Complex(_)) => {
            let x = match num_to_complex(vm, &x) {
                Ok(c) => c,
                Err(e) => return Some(Err(e)),
            };
            let y = match num_to_complex(vm, &y) {
                Ok(c) => c,
                Err(e) => return Some(Err(e)),
            };
            return complex::binary(vm, op, x, y);
        }
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(
                op,
                BinOp::LShift
                    | BinOp::RShift
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::MatMult
            ) {
                // Floats have no such operator: the caller's error names the operand types.
                return None;
            }
            let x = match num_to_f64(vm, &as_num(a)?) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            let y = match num_to_f64(vm, &as_num(b)?) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            };
            float_op(vm, op, x, y)
        }
        (x, y) => {
            let x = match x {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) | Num::Complex(_) => return None,
            };
            let y = match y {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) | Num::Complex(_) => return None,
            };
            big_op(vm, op, x, y)
        }
    })
}

/// The i64 fast path; `None` on overflow or a case that needs the general path.
#[inline]
fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Integer::mod_floor(&x, &y)
        }
        BinOp::Div => {
            if y == 0 {
                return None;
            }
            return Some(Value::float(x as f64 / y as f64));
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        BinOp::Pow => {
            if !(0..=u32::MAX as i64).contains(&y) {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        BinOp::MatMult => return None,
    }))
}

fn big_op(vm: &mut Vm, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => normalize(x + y),
        BinOp::Sub => normalize(x - y),
        BinOp::Mult => normalize(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            normalize(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            normalize(x.mod_floor(&y))
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            true_divide(vm, &x, &y)?
        }
        BinOp::BitAnd => normalize(x & y),
        BinOp::BitOr => normalize(x | y),
        BinOp::BitXor => normalize(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let n = y.to_usize().filter(|n| *n < (1 << 32));
            match n {
                Some(n) => normalize(x << n),
                None if x.is_zero() => Value::Int(0),
                None => return Err(vm.overflow_error("too many digits in integer")),
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(n) => normalize(x >> n),
                None => Value::Int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = big_to_f64(vm, &x)?;
                let fy = big_to_f64(vm, &y)?;
                return float_op(vm, BinOp::Pow, fx, fy);
            }
            match y.to_u32() {
                Some(e) => {
                    if x.bits() as u128 * e as u128 > 64 * 1024 * 1024 {
                        return Err(vm.overflow_error("exponent too large"));
                    }
                    normalize(num_traits::pow(x, e as usize))
                }
                None => {
                    if x.is_zero() || x == BigInt::from(1) {
                        normalize(x)
                    } else if x == BigInt::from(-1) {
                        Value::Int(if y.is_even() { 1 } else { -1 })
                    } else {
                        return Err(vm.overflow_error("exponent too large"));
                    }
                }
            }
        }
        BinOp::MatMult => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
    })
}

/// int / int, correctly rounded for values beyond f64's exact range as far as f64 allows.
fn true_divide(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(a as f64 / b as f64));
        }
    }
    let (q, r) = x.div_rem(y);
    let qf = big_to_f64(vm, &q)
        .map_err(|_| vm.overflow_error("integer division result too large for a float"))?;
    let rf = r.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(f64::INFINITY);
    Ok(Value::float(qf + rf))
}

pub fn float_op(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
                // A negative base to a fractional power is complex, as CPython computes it.
                return complex::power(vm, Complex::new(x, 0.0), Complex::new(y, 0.0));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => {
            let sym = super::ops::binop_symbol(op);
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                sym
            )));
        }
    }))
}

/// Python's float floor division and modulo (the sign of the modulo follows the divisor).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `-x`, `+x`, `~x`, `abs(x)` for built-in numbers.
pub fn negate(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => normalize(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(-(b.get() as i64)),
        Value::Float(f) => Value::float(-f.get()),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(n) => normalize(-n.clone()),
            Payload::Complex(c) => complex::value(Complex::new(-c.re, -c.im)),
            _ => return None,
        },
        Value::None => return None,
    })
}

pub fn invert(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) => Value::Int(!i),
        Value::Bool(b) => Value::Int(!(b.get() as i64)),
        _ => normalize(-(to_bigint(v)?) - 1),
    })
}

pub fn abs(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => normalize(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Float(f) => Value::float(f.get().abs()),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(n) => normalize(n.abs()),
            _ => return None,
        },
        Value::None => return None,
    })
}

/// Compare two built-in numbers: `Some(ordering)`, `None` if not both numbers. NaN compares as
/// unordered, which callers treat as false for every operator but `!=`.
pub fn compare(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => return Some(x.get().partial_cmp(&y.get())),
        _ => {}
    }
    let x = as_num(a)?;
    let y = as_num(b)?;
    if matches!(x, Num::Complex(_)) || matches!(y, Num::Complex(_)) {
        // Complex numbers have equality only: `complex_equal`.
        return None;
    }
    Some(match (x, y) {
        (Num::Float(f), Num::Float(g)) => f.partial_cmp(&g),
        (Num::Float(f), other) => cmp_float_int(f, &other),
        (other, Num::Float(f)) => cmp_float_int(f, &other).map(|o| o.reverse()),
        (x, y) => {
            let x = match x {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) | Num::Complex(_) => return None,
            };
            let y = match y {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) | Num::Complex(_) => return None,
            };
            Some(x.cmp(&y))
        }
    })
}

/// Compare float `f` with an int exactly (no rounding of big ints through f64).
fn cmp_float_int(f: f64, n: &Num) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Less
        });
    }
    let n = match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(g) => return f.partial_cmp(g),
        Num::Complex(_) => return None,
    };
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        num_traits::FromPrimitive::from_f64(fl).unwrap_or(fb)
    };
    match fb.cmp(&n) {
        std::cmp::Ordering::Equal => Some(if f > fl {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }),
        o => Some(o),
    }
}

/// `a == b` when one side is complex and the other a number (CPython's `complex_richcompare`):
/// an int equals a complex with no imaginary part exactly, not through a rounded float.
pub fn complex_equal(a: &Value, b: &Value) -> Option<bool> {
    let (x, y) = (as_num(a)?, as_num(b)?);
    let (c, other) = match (x, y) {
        (Num::Complex(c), other) | (other, Num::Complex(c)) => (c, other),
        _ => return None,
    };
    Some(match other {
        Num::Complex(d) => c.re == d.re && c.im == d.im,
        Num::Float(f) => c.re == f && c.im == 0.0,
        n => c.im == 0.0 && cmp_float_int(c.re, &n) == Some(std::cmp::Ordering::Equal),
    })
}

/// `divmod(a, b)` for built-in real numbers; `None` otherwise (complex included), so the caller
/// tries `__divmod__`/`__rdivmod__` next.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (x, y) = (as_num(a)?, as_num(b)?);
    match (&x, &y) {
        (Num::Complex(_), _) | (_, Num::Complex(_)) => None,
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let pair = num_to_f64(vm, &x).and_then(|x| Ok((x, num_to_f64(vm, &y)?)));
            Some(pair.and_then(|(x, y)| {
                if y == 0.0 {
                    return Err(vm.zero_division("float divmod()"));
                }
                let (q, r) = float_divmod(x, y);
                Ok(Value::tuple(vec![Value::float(q), Value::float(r)]))
            }))
        }
        _ => {
            let zero = match &y {
                Num::Int(i) => *i == 0,
                Num::Big(n) => n.is_zero(),
                _ => false,
            };
            if zero {
                return Some(Err(vm.zero_division("integer division or modulo by zero")));
            }
            let q = binary(vm, BinOp::FloorDiv, a, b)?;
            let r = binary(vm, BinOp::Mod, a, b)?;
            Some(q.and_then(|q| Ok(Value::tuple(vec![q, r?]))))
        }
    }
}
