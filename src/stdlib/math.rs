//! `math`: CPython's `mathmodule.c` over Rust's `f64` (which calls the platform libm, as CPython
//! does), so results agree bit for bit where libm does.
//!
//! Invariant, as in CPython's `math_1`: a NaN result from a non-NaN argument is
//! `ValueError("math domain error")`; an infinite result from a finite argument is
//! `OverflowError("math range error")` for functions that can overflow and a domain error for the
//! others. Integer functions (`gcd`, `factorial`, `comb`, `isqrt`, ...) work on big ints; `floor`,
//! `ceil` and `trunc` return ints of any size.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::objects::float::to_f64;
use crate::objects::int::{normalize, to_bigint};
use crate::objects::{Args, Payload, PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::{dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("math");
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dict_set_str(&d, vm.intern(name), Value::float(value));
    }
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("cbrt", cbrt),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("pow", pow),
        ("atan2", atan2),
        ("fmod", fmod),
        ("copysign", copysign),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("hypot", hypot),
        ("dist", dist),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("fsum", fsum),
        ("isqrt", isqrt),
    ];
    for (name, func) in functions {
        vm.add_function(&d, "math", name, *func);
    }
    Ok(m)
}

// ----- error conventions ------------------------------------------------------------------------

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: apply `f` and turn NaN / infinite results into the right exception.
fn math_1(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, &format!("math.{}", name), 1, 1)?;
    let x = to_f64(vm, &args.args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

/// Two float arguments, with CPython's `name expected 2 arguments, got N`.
fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, name, 2, 2)?;
    let x = to_f64(vm, &args.args[0])?;
    let y = to_f64(vm, &args.args[1])?;
    Ok((x, y))
}

/// An integer argument as a BigInt (ints, bools, `__index__`), else CPython's TypeError.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = to_bigint(v) {
        return Ok(n);
    }
    if let Some(Payload::Instance(_)) = v.payload() {
        let name = vm.names().__index__.clone();
        if let Some(r) = vm.call_special(v, &name, vec![])? {
            if let Some(n) = to_bigint(&r) {
                return Ok(n);
            }
        }
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

/// A float with an integral value as an int, or CPython's error for infinities and NaNs.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(normalize(BigInt::from_f64(f).unwrap_or_default()))
}

// ----- one-argument float functions -------------------------------------------------------------

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, args, stringify!($name), $f, $overflow)
        }
    };
}

unary!(sqrt, f64::sqrt, false);
unary!(exp, f64::exp, true);
unary!(exp2, f64::exp2, true);
unary!(expm1, f64::exp_m1, true);
unary!(cbrt, glibc_cbrt, false);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, libm_asinh, false);
unary!(acosh, libm_acosh, false);
unary!(atanh, libm_atanh, false);
unary!(fabs, f64::abs, false);
unary!(log1p, f64::ln_1p, false);

/// `degrees` and `radians` are plain products in CPython, with no range check.
fn scale(vm: &mut Vm, args: Args, name: &str, factor: f64) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, &format!("math.{}", name), 1, 1)?;
    Ok(Value::float(to_f64(vm, &args.args[0])? * factor))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scale(vm, args, "degrees", 180.0 / std::f64::consts::PI)
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scale(vm, args, "radians", std::f64::consts::PI / 180.0)
}

/// glibc's `cbrt` (a polynomial guess, one rational correction step, then the exponent's third),
/// which CPython calls. Rust's `f64::cbrt` resolves to compiler-builtins' port of musl's, whose
/// last bit differs (`cbrt(27.0)` is 3.0000000000000004 in CPython).
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_2;
    const SQUARE_CBRT2: f64 = 1.587_401_051_968_199_6;
    const FACTOR: [f64; 5] = [1.0 / SQUARE_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQUARE_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp_f64(x.abs());
    let u = 0.354_895_765_043_919_84
        + (1.508_191_937_815_849
            + (-2.114_994_941_673_713
                + (2.446_931_225_635_344_4
                    + (-1.834_692_774_836_130_8
                        + (0.784_932_344_976_639_2 - 0.145_263_899_385_486_37 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    // C's truncating `/` and `%` on the exponent, as glibc computes them.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp_f64(ym, (xe / 3) as i64).copysign(x)
}

// Rust implements the inverse hyperbolic functions itself; CPython calls libm's, whose results
// can differ in the last bit, so call libm's directly.
extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
}

fn libm_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double, no pointers or global state.
    unsafe { c_asinh(x) }
}

fn libm_acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double, no pointers or global state.
    unsafe { c_acosh(x) }
}

fn libm_atanh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double, no pointers or global state.
    unsafe { c_atanh(x) }
}

// ----- logarithms -------------------------------------------------------------------------------

/// CPython's `loghelper`: ints of any size (a big int too large for a float is split into a
/// mantissa and a power of two), then the float rules of `m_log`.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Payload::BigInt(n)) = v.payload() {
        if !n.is_positive() {
            return Err(domain_error(vm));
        }
        if n.to_f64().is_some_and(f64::is_finite) {
            return Ok(f(n.to_f64().unwrap_or(0.0)));
        }
        // x = m * 2**e with 0.5 <= m < 1 (CPython's `_PyLong_Frexp`): the top 63 bits and a
        // sticky bit for the rest, so rounding to 53 bits is correct (half-even) in one step.
        let bits = n.bits();
        let shift = bits.saturating_sub(63);
        let mut top = (n >> shift).to_u64().unwrap_or(0);
        if n.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        let mut m = top as f64 / 2f64.powi(63.min(bits) as i32);
        let mut exponent = bits as f64;
        if m == 1.0 {
            // Rounded up to the next power of two: renormalise, as frexp would.
            m = 0.5;
            exponent += 1.0;
        }
        return Ok(f(m) + f(2.0) * exponent);
    }
    if let Value::Int(i) = v {
        if *i <= 0 {
            return Err(domain_error(vm));
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 || x == f64::NEG_INFINITY {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "log")?;
    if args.args.is_empty() || args.args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.args[0], f64::ln)?;
    if args.args.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = log_of(vm, &args.args[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log_one(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, &format!("math.{}", name), 1, 1)?;
    Ok(Value::float(log_of(vm, &args.args[0], f)?))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    log_one(vm, args, "log2", f64::log2)
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    log_one(vm, args, "log10", f64::log10)
}

// ----- two-argument float functions -------------------------------------------------------------

/// CPython's `math_pow`: IEEE special cases by hand, libm for finite ** finite.
fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(Value::float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error(vm)
        } else {
            range_error(vm)
        });
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even.
fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half way: choose the even multiple (m == c means absx/absy ends in .5).
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::float(1f64.copysign(x) * r))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(Value::float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "math.ulp", 1, 1)?;
    let x = to_f64(vm, &args.args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_after(x, 0.0);
        return Ok(Value::float(x - prev));
    }
    Ok(Value::float(next - x))
}

// ----- rounding to integers ---------------------------------------------------------------------

fn round_to_int(
    vm: &mut Vm,
    args: Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    args.check_count(vm, &format!("math.{}", name), 1, 1)?;
    let v = &args.args[0];
    match v {
        Value::Int(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(b.get() as i64)),
        Value::Float(x) => return float_to_int(vm, f(x.get())),
        _ => {}
    }
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Ok(v.clone());
    }
    let special = vm.intern(dunder);
    if let Some(r) = vm.call_special(v, &special, vec![])? {
        return Ok(r);
    }
    if dunder == "__trunc__" {
        let msg = format!("type {} doesn't define __trunc__ method", vm.type_name(v));
        return Err(vm.type_error(msg));
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "math.modf", 1, 1)?;
    let x = to_f64(vm, &args.args[0])?;
    let (frac, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(whole)]))
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (or `m == x` for 0, inf and NaN).
fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    if exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_f64(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exponent - 1022)
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "math.frexp", 1, 1)?;
    let x = to_f64(vm, &args.args[0])?;
    let (m, e) = frexp_f64(x);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

/// `x * 2**e` rounded once, as libm's `ldexp`: the exponent is set directly for a normal result;
/// a subnormal one is rounded half-even to a whole number of the smallest subnormal.
fn ldexp_f64(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, exponent) = frexp_f64(x);
    let target = exponent as i64 + e.clamp(-5000, 5000);
    if target > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if target >= -1021 {
        // m * 2**target with 0.5 <= |m| < 1: a normal number, built exactly.
        let bits = m.to_bits() & !(0x7ff << 52);
        return f64::from_bits(bits | (((target + 1022) as u64) << 52));
    }
    let shift = target + 1074;
    if shift < -1 {
        return 0f64.copysign(x);
    }
    // |m| * 2**shift < 2**52 is exact; rounding it to an integer is the one rounding step.
    let units = (m * 2f64.powi(shift as i32)).round_ties_even();
    (units * f64::from_bits(1)).copysign(x)
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "ldexp", 2, 2)?;
    let x = to_f64(vm, &args.args[0])?;
    let e = match to_bigint(&args.args[1]) {
        Some(n) => n
            .to_i64()
            .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }),
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = ldexp_f64(x, e);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

// ----- norms ------------------------------------------------------------------------------------

/// CPython's `vector_norm`: the Euclidean norm of `coordinates`, correctly rounded in nearly all
/// cases (scaled by a power of two, squared and summed exactly in double-length arithmetic, then a
/// differential correction of the square root).
fn vector_norm(coordinates: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || coordinates.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    if max_e < -1023 {
        for c in coordinates.iter_mut() {
            *c /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(coordinates, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_f64(1.0, -max_e as i64);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &c in coordinates.iter() {
        let x = c * scale;
        let (hi, lo) = exact_product(x, x);
        let (sum_hi, sum_lo) = fast_two_sum(csum, hi);
        csum = sum_hi;
        frac1 += lo;
        frac2 += sum_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_product(-h, h);
    let (sum_hi, sum_lo) = fast_two_sum(csum, hi);
    csum = sum_hi;
    frac1 += lo;
    frac2 += sum_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn exact_product(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

fn norm_of(vm: &mut Vm, values: &[Value]) -> PyResult<f64> {
    let mut coordinates = Vec::with_capacity(values.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in values {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coordinates.push(x);
    }
    Ok(vector_norm(&mut coordinates, max, found_nan))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "hypot")?;
    Ok(Value::float(norm_of(vm, &args.args)?))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "dist")?;
    args.check_count(vm, "dist", 2, 2)?;
    let p = vm.collect(&args.args[0])?;
    let q = vm.collect(&args.args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        let a = to_f64(vm, a)?;
        let b = to_f64(vm, b)?;
        diffs.push(Value::float(a - b));
    }
    Ok(Value::float(norm_of(vm, &diffs)?))
}

// ----- classification ---------------------------------------------------------------------------

fn classify(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    args.check_count(vm, &format!("math.{}", name), 1, 1)?;
    let x = to_f64(vm, &args.args[0])?;
    Ok(Value::bool(f(x)))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    classify(vm, args, "isnan", f64::is_nan)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    classify(vm, args, "isinf", f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    classify(vm, args, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let rel_tol = args.take_kw("rel_tol");
    let abs_tol = args.take_kw("abs_tol");
    let a = args.take_kw("a");
    let b = args.take_kw("b");
    args.no_kwargs(vm, "isclose()")?;
    let mut positional = args.args.into_iter();
    let Some(a) = positional.next().or(a) else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = positional.next().or(b) else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    if positional.next().is_some() {
        return Err(vm.type_error("isclose() takes exactly 2 positional arguments"));
    }
    let a = to_f64(vm, &a)?;
    let b = to_f64(vm, &b)?;
    let rel_tol = match rel_tol {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- integer functions ------------------------------------------------------------------------

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "gcd")?;
    let mut acc = BigInt::zero();
    for v in &args.args {
        let n = int_arg(vm, v)?;
        acc = acc.gcd(&n);
    }
    Ok(normalize(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "lcm")?;
    let mut acc = BigInt::one();
    for v in &args.args {
        let n = int_arg(vm, v)?;
        acc = if acc.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&n)
        };
    }
    Ok(normalize(acc.abs()))
}

/// The product of `low..high` by binary splitting, so big factorials multiply balanced halves.
fn range_product(low: u64, high: u64) -> BigInt {
    if high <= low {
        return BigInt::one();
    }
    if high - low <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in low..high {
            match small.checked_mul(i) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = low + (high - low) / 2;
    range_product(low, mid) * range_product(mid, high)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "math.factorial", 1, 1)?;
    let n = int_arg(vm, &args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(normalize(range_product(1, n + 1)))
}

fn non_negative(vm: &mut Vm, v: &Value, which: &str) -> PyResult<BigInt> {
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error(format!("{} must be a non-negative integer", which)));
    }
    Ok(n)
}

/// `n! / (n-k)!` for `k <= n`, as a product of `k` factors.
fn falling_product(n: &BigInt, k: &BigInt) -> BigInt {
    match (n.to_u64(), k.to_u64()) {
        (Some(n), Some(k)) if n < u64::MAX => range_product(n - k + 1, n + 1),
        _ => {
            let mut acc = BigInt::one();
            let mut i = BigInt::zero();
            while &i < k {
                acc *= n - &i;
                i += 1;
            }
            acc
        }
    }
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "comb", 2, 2)?;
    let n = non_negative(vm, &args.args[0], "n")?;
    let k = non_negative(vm, &args.args[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let numerator = falling_product(&n, &k);
    let denominator = match k.to_u64() {
        Some(k) => range_product(1, k + 1),
        None => {
            return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)))
        }
    };
    Ok(normalize(numerator / denominator))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "perm", 1, 2)?;
    let n = non_negative(vm, &args.args[0], "n")?;
    let k = match args.args.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => non_negative(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(normalize(falling_product(&n, &k)))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "math.isqrt", 1, 1)?;
    let n = int_arg(vm, &args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(normalize(n.sqrt()))
}

fn prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    args.no_kwargs(vm, "prod()")?;
    if args.args.len() != 1 {
        let msg = format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.args.len()
        );
        return Err(vm.type_error(msg));
    }
    let it = vm.iter(&args.args[0])?;
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, BinOp::Mult)?;
    }
    Ok(acc)
}

/// CPython's `math_fsum`: Shewchuk's exact partial sums, rounded once at the end (half-even
/// across partials), with infinities and NaNs summed aside.
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "math.fsum", 1, 1)?;
    let it = vm.iter(&args.args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_definition() {
        assert_eq!(frexp_f64(8.0), (0.5, 4));
        assert_eq!(frexp_f64(-3.0), (-0.75, 2));
        assert_eq!(frexp_f64(0.0), (0.0, 0));
        let (m, e) = frexp_f64(f64::from_bits(1));
        assert_eq!((m, e), (0.5, -1073));
    }

    #[test]
    fn hypot_is_exact_on_pythagorean_triples() {
        let mut v = [3.0, 4.0];
        assert_eq!(vector_norm(&mut v, 4.0, false), 5.0);
    }

    #[test]
    fn factorial_by_splitting() {
        assert_eq!(range_product(1, 21), BigInt::from(2432902008176640000u64));
    }
}
