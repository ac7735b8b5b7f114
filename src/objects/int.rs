//! `int`: an `i64` immediate (`Value::Int`) that overflows transparently into an arbitrary-precision
//! `BigInt` heap object. Invariant: a `BigInt` payload never holds a value that fits in i64, so
//! equality and hashing can trust the representation.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use super::{ObjRef, Payload, Value};

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

/// `sys.get_int_max_str_digits()`: the most decimal digits `int(str)` and `str(int)` convert
/// (0: no limit). One per process, as gilt runs one interpreter per process.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits no conversion is ever refused (`sys.int_info.str_digits_check_threshold`).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Why `int(text)` failed.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    Invalid,
    /// More digits than `sys.get_int_max_str_digits()` allows (the count is in the message).
    TooManyDigits(usize),
}

/// Parse text as `int(text, base)` does (CPython's `PyLong_FromString`): surrounding whitespace,
/// a sign, a `0x`/`0o`/`0b` prefix when the base allows (base 0 takes it from the prefix, and
/// then rejects leading zeros of a non-zero number), one underscore between digits or after the
/// prefix. The digit limit applies to bases that are not powers of two.
pub fn parse(text: &str, base: u32) -> Result<Value, ParseError> {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let negative = match s.get(i) {
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
    let mut base = base;
    let prefix = |c: u8| match (s.get(i), s.get(i + 1).map(u8::to_ascii_lowercase)) {
        (Some(b'0'), Some(p)) => p == c,
        _ => false,
    };
    let mut zero_only = false;
    if base == 0 {
        base = if prefix(b'x') {
            16
        } else if prefix(b'o') {
            8
        } else if prefix(b'b') {
            2
        } else {
            zero_only = s.get(i) == Some(&b'0');
            10
        };
    }
    let has_prefix = match base {
        16 => prefix(b'x'),
        8 => prefix(b'o'),
        2 => prefix(b'b'),
        _ => false,
    };
    if has_prefix {
        i += 2;
        if s.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    let start = i;
    let mut digits = Vec::with_capacity(s.len() - i);
    let mut last_underscore = false;
    while let Some(&c) = s.get(i) {
        if c == b'_' {
            if last_underscore || i == start {
                return Err(ParseError::Invalid);
            }
            last_underscore = true;
        } else if (c as char).is_digit(base) {
            digits.push(c);
            last_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if digits.is_empty() || last_underscore {
        return Err(ParseError::Invalid);
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(ParseError::TooManyDigits(digits.len()));
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseError::Invalid);
    }
    let n = BigInt::parse_bytes(&digits, base).ok_or(ParseError::Invalid)?;
    if zero_only && !n.is_zero() {
        return Err(ParseError::Invalid);
    }
    Ok(normalize(if negative { -n } else { n }))
}

/// The ValueError of a decimal conversion past the digit limit, `None` within it. Huge values
/// are refused from their bit length, before any conversion work.
pub fn decimal_digits_error(n: &BigInt) -> Option<String> {
    let limit = max_str_digits();
    if limit == 0 || (n.bits() as usize) < STR_DIGITS_CHECK_THRESHOLD * 3 {
        return None;
    }
    // A lower bound on the digit count (less one), safe against rounding.
    let at_least = (n.bits() - 1) as f64 * (std::f64::consts::LOG10_2 * (1.0 - 1e-12));
    let too_many = at_least as usize > limit || n.magnitude().to_string().len() > limit;
    too_many.then(|| {
        "Exceeds the limit (4300 digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
            .replace("4300", &limit.to_string())
    })
}

/// `str(n)` of a big int, refused past the digit limit.
pub fn to_decimal(vm: &mut Vm, n: &BigInt) -> PyResult<String> {
    match decimal_digits_error(n) {
        Some(msg) => Err(vm.value_error(msg)),
        None => Ok(n.to_string()),
    }
}

/// The `int` a float truncates to: `int(f)`, `math.trunc(f)`.
pub fn from_f64(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(normalize(BigInt::from_f64(t).unwrap_or_default()))
}

// ----- the `int` and `bool` types -------------------------------------------------------------

use super::{Args, PyResult};
use crate::vm::Vm;

/// The error of `int(text, base)`, with the text's repr cut to 200 characters as CPython's
/// `%.200R` does.
fn invalid_literal(vm: &mut Vm, err: ParseError, base: i64, shown: String) -> super::PyErr {
    match err {
        ParseError::TooManyDigits(n) => vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits(),
            n
        )),
        ParseError::Invalid => {
            let shown: String = shown.chars().take(200).collect();
            vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base, shown
            ))
        }
    }
}

/// `int(text, base)` for a str or bytes value (or a subclass instance of one); `None` if `x`
/// is neither.
fn from_text(vm: &mut Vm, x: &Value, base: i64) -> Option<PyResult<Value>> {
    let text = match x.payload()? {
        Payload::Instance(_) => x.builtin_base()?,
        _ => x,
    };
    Some(match text.payload()? {
        Payload::Str(s) => {
            let result = match super::float::number_text(s.as_str()) {
                Some(ascii) => parse(&ascii, base as u32),
                None => Err(ParseError::Invalid),
            };
            result.map_err(|e| {
                let shown = crate::objects::str::repr(s.as_str());
                invalid_literal(vm, e, base, shown)
            })
        }
        Payload::Bytes(b) => {
            let result = match std::str::from_utf8(b) {
                Ok(text) if text.is_ascii() => parse(text, base as u32),
                _ => Err(ParseError::Invalid),
            };
            result.map_err(|e| {
                let shown = crate::objects::bytes::repr(b);
                invalid_literal(vm, e, base, shown)
            })
        }
        Payload::ByteArray(b) => {
            let data = b.to_vec();
            let result = match std::str::from_utf8(&data) {
                Ok(text) if text.is_ascii() => parse(text, base as u32),
                _ => Err(ParseError::Invalid),
            };
            result.map_err(|e| {
                let shown = format!("bytearray({})", crate::objects::bytes::repr(&data));
                invalid_literal(vm, e, base, shown)
            })
        }
        _ => return None,
    })
}

/// `int(x=0)`, `int(text, base=10)`
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base_kw = args.take_kw("base");
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "'{}' is an invalid keyword argument for int()",
            k.as_str().unwrap_or("?")
        );
        return Err(vm.type_error(msg));
    }
    if args.len() > 2 || (args.len() == 2 && base_kw.is_some()) {
        let given = args.len() + base_kw.is_some() as usize;
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", given)));
    }
    let base = base_kw.or_else(|| args.args.get(1).cloned());
    let Some(x) = args.args.first().cloned() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = match index_value(vm, &b)? {
            Value::Int(b) if b == 0 || (2..=36).contains(&b) => b,
            _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        return match from_text(vm, &x, b) {
            Some(r) => r,
            None => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match &x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => from_f64(vm, f.get()),
        _ => {
            if let Some(r) = from_text(vm, &x, 10) {
                return r;
            }
            if let Some(Payload::BigInt(_)) = x.payload() {
                return Ok(x);
            }
            if let Some(r) = int_protocols(vm, &x)? {
                return Ok(r);
            }
            if let Some(base) = x.builtin_base() {
                let base = base.clone();
                return construct(vm, Args::new(vec![base]));
            }
            let msg = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `__int__`, then `__index__`, then `__trunc__`, each of which must return an int.
fn int_protocols(vm: &mut Vm, x: &Value) -> PyResult<Option<Value>> {
    if !matches!(x.payload(), Some(Payload::Instance(_))) {
        return Ok(None);
    }
    for name in ["__int__", "__index__"] {
        let n = vm.intern(name);
        if let Some(r) = vm.call_special(x, &n, vec![])? {
            return match exact_int(&r) {
                Some(r) => Ok(Some(r)),
                None => {
                    let msg = format!("{} returned non-int (type {})", name, vm.type_name(&r));
                    Err(vm.type_error(msg))
                }
            };
        }
    }
    let n = vm.intern("__trunc__");
    if let Some(r) = vm.call_special(x, &n, vec![])? {
        if let Some(r) = exact_int(&r) {
            return Ok(Some(r));
        }
        return match int_protocols(vm, &r)? {
            Some(r) => Ok(Some(r)),
            None => {
                let msg = format!(
                    "__trunc__ returned non-Integral (type {})",
                    vm.type_name(&r)
                );
                Err(vm.type_error(msg))
            }
        };
    }
    Ok(None)
}

/// An int value (a bool becomes its int; an int subclass instance its base), else `None`.
fn exact_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(b.get() as i64)),
        _ => match v.payload() {
            Some(Payload::BigInt(_)) => Some(v.clone()),
            Some(Payload::Instance(_)) => exact_int(v.builtin_base()?),
            _ => None,
        },
    }
}

/// `operator.index(v)`: an int (kept as is, big or small), through `__index__`.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = exact_int(v) {
        return Ok(r);
    }
    if matches!(v.payload(), Some(Payload::Instance(_))) {
        let name = vm.names().__index__.clone();
        if let Some(r) = vm.call_special(v, &name, vec![])? {
            return match exact_int(&r) {
                Some(r) => Ok(r),
                None => {
                    let msg = format!("__index__ returned non-int (type {})", vm.type_name(&r));
                    Err(vm.type_error(msg))
                }
            };
        }
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

fn construct_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "bool")?;
    args.check_count(vm, "bool", 0, 1)?;
    match args.args.first() {
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
        None => Ok(Value::bool(false)),
    }
}

/// `self` of an int method as a BigInt, or CPython's TypeError for a foreign object.
fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    match args.args.first().and_then(to_bigint) {
        Some(n) => Ok(n),
        None => {
            let got = args
                .args
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| "NoneType".into());
            let msg = format!(
                "descriptor '{}' for 'int' objects doesn't apply to a '{}' object",
                name, got
            );
            Err(vm.type_error(msg))
        }
    }
}

/// A method that takes no arguments besides `self`.
fn no_arguments(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let n = this(vm, args, name)?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("int.{}() takes no keyword arguments", name)));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "int.{}() takes no arguments ({} given)",
            name,
            args.len() - 1
        )));
    }
    Ok(n)
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = no_arguments(vm, &args, "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = no_arguments(vm, &args, "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = no_arguments(vm, &args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![normalize(n), Value::Int(1)]))
}

/// `conjugate`, `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`, `__pos__` of an
/// int: the int itself (a bool's int value).
fn itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = no_arguments(vm, &args, "conjugate")?;
    Ok(normalize(n))
}

fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = no_arguments(vm, &args, "__float__")?;
    match n.to_f64() {
        Some(f) if f.is_finite() => Ok(Value::float(f)),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = no_arguments(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![normalize(n)]))
}

/// Round half to even at a multiple of `10**digits`: `round(n, -digits)`.
pub fn round_to_power_of_ten(n: &BigInt, digits: u64) -> BigInt {
    // 10**digits > 2 * |n| rounds everything to zero; don't build a huge power to learn it.
    if digits as f64 > n.bits() as f64 * std::f64::consts::LOG10_2 + 1.0 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), digits as usize);
    let (q, r) = n.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * p
}

/// `int.__round__(ndigits=<none>)`: the int itself, or rounded half to even at `10**-ndigits`.
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = this(vm, &args, "__round__")?;
    if args.len() > 2 {
        let msg = format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let Some(nd) = args.args.get(1) else {
        return Ok(normalize(n));
    };
    round_int(vm, n, nd)
}

/// `round(n, nd)` for an int `n`.
pub fn round_int(vm: &mut Vm, n: BigInt, nd: &Value) -> PyResult<Value> {
    let nd = index_value(vm, nd)?;
    let nd = to_bigint(&nd).unwrap_or_default();
    if !nd.is_negative() {
        return Ok(normalize(n));
    }
    let digits = (-nd).to_u64().unwrap_or(u64::MAX);
    Ok(normalize(round_to_power_of_ten(&n, digits)))
}

/// `pow(base, exp, modulus)` for ints: the result has the modulus's sign; a negative exponent
/// needs a base invertible modulo `modulus`.
pub fn power_modulo(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    let (Some(base), Some(exp), Some(modulus)) =
        (to_bigint(base), to_bigint(exp), to_bigint(modulus))
    else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let r = if exp.is_negative() {
        let e = base.mod_floor(&m).extended_gcd(&m);
        if !num_traits::One::is_one(&e.gcd) {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        e.x.mod_floor(&m).modpow(&(-exp), &m)
    } else {
        base.modpow(&exp, &m)
    };
    let r = if modulus.is_negative() && !r.is_zero() {
        r + modulus
    } else {
        r
    };
    Ok(normalize(r))
}

/// A length argument as CPython's `Py_ssize_t`: OverflowError past 63 bits.
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = index_value(vm, v)?;
    match to_bigint(&n).and_then(|n| n.to_i64()) {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for big-endian.
fn big_endian(vm: &mut Vm, order: Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(order) = order else { return Ok(true) };
    match order.as_str() {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            // Argument Clinic names None itself, other values by their type.
            let got = if order.is_none() {
                "None".to_string()
            } else {
                vm.type_name(&order)
            };
            let msg = format!("{}() argument 'byteorder' must be str, not {}", fname, got);
            Err(vm.type_error(msg))
        }
    }
}

/// Take `(name)` from the positional arguments at `index` or the keywords, refusing both.
fn positional_or_keyword(
    vm: &mut Vm,
    args: &mut Args,
    index: usize,
    name: &str,
    fname: &str,
) -> PyResult<Option<Value>> {
    let kw = args.take_kw(name);
    match (args.args.get(index).cloned(), kw) {
        (Some(_), Some(_)) => {
            let msg = format!(
                "argument for {}() given by name ('{}') and position ({})",
                fname, name, index
            );
            Err(vm.type_error(msg))
        }
        (p, k) => Ok(p.or(k)),
    }
}

/// The keyword-only `signed` flag, and no other keyword.
fn signed_flag(vm: &mut Vm, args: &mut Args, fname: &str) -> PyResult<bool> {
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "'{}' is an invalid keyword argument for {}()",
            k.as_str().unwrap_or("?"),
            fname
        );
        return Err(vm.type_error(msg));
    }
    Ok(signed)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`
fn to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let n = this(vm, &args, "to_bytes")?;
    let total = args.len() - 1 + args.kwargs.len();
    if total > 3 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 3 arguments ({} given)",
            total
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let length = positional_or_keyword(vm, &mut args, 1, "length", "to_bytes")?;
    let order = positional_or_keyword(vm, &mut args, 2, "byteorder", "to_bytes")?;
    let signed = signed_flag(vm, &mut args, "to_bytes")?;
    let length = match length {
        Some(l) => ssize(vm, &l)?,
        None => 1,
    };
    let big = big_endian(vm, order, "to_bytes")?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let negative = n.is_negative();
    if negative && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // The bytes the value needs: two's complement when signed, magnitude when not.
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    // Zero needs no byte, and CPython's conversion also lets -1 (all ones) fit in none.
    if n.is_zero() || (signed && n == BigInt::from(-1)) {
        bytes.clear();
    }
    if bytes.len() as u64 > length as u64 {
        return Err(vm.overflow_error("int too big to convert"));
    }
    // Past 16 GiB (the VM's bound for sequence repetition too) malloc would fail in CPython; an
    // overcommitting allocator would instead hand the pages over and the fill would exhaust them.
    let mut out: Vec<u8> = Vec::new();
    if length > 1 << 34 || out.try_reserve_exact(length as usize).is_err() {
        return Err(vm.new_exception("MemoryError", ""));
    }
    out.extend_from_slice(&bytes);
    out.resize(length as usize, if negative { 0xff } else { 0 });
    if big {
        out.reverse();
    }
    Ok(Value::obj(Payload::Bytes(out)))
}

/// The bytes of `from_bytes`'s argument: bytes, or an iterable of ints in range(256).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::buffer::bytes_like(vm, v)? {
        return Ok(b.into_owned());
    }
    if let Some(Payload::Str(_)) = v.payload() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, "TypeError") => {
            let msg = format!("cannot convert '{}' object to bytes", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let i = index_value(vm, &item)?;
        match i {
            Value::Int(b @ 0..=255) => out.push(b as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a classmethod: a subclass gets
/// `cls(value)`.
fn from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let total = args.len() - 1 + args.kwargs.len();
    if total > 3 {
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 3 arguments ({} given)",
            total
        )));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let data = positional_or_keyword(vm, &mut args, 1, "bytes", "from_bytes")?;
    let order = positional_or_keyword(vm, &mut args, 2, "byteorder", "from_bytes")?;
    let signed = signed_flag(vm, &mut args, "from_bytes")?;
    let Some(data) = data else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big = big_endian(vm, order, "from_bytes")?;
    let mut data = bytes_of(vm, &data)?;
    if big {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let value = normalize(n);
    match &cls {
        Value::Obj(c) if !ObjRef::ptr_eq(c, &vm.types().int) => vm.call(&cls, vec![value]),
        _ => Ok(value),
    }
}

fn int_attr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match exact_int(v) {
        Some(n) => Ok(n),
        None => Err(vm.type_error("descriptor for 'int' objects doesn't apply")),
    }
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
    let methods: &[(&'static str, super::class::NativeFn)] = &[
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", itself),
        ("to_bytes", to_bytes),
        ("__int__", itself),
        ("__index__", itself),
        ("__trunc__", itself),
        ("__floor__", itself),
        ("__ceil__", itself),
        ("__float__", to_float),
        ("__round__", round),
        ("__getnewargs__", getnewargs),
    ];
    for (name, f) in methods {
        vm.add_method(&int, "int", name, *f);
    }
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
    super::number::register_int(vm, &int, &b);
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
        assert!(matches!(parse(" 42 ", 10), Ok(Value::Int(42))));
        assert!(matches!(parse("-0x1f", 0), Ok(Value::Int(-31))));
        assert!(matches!(parse("0x_1f", 16), Ok(Value::Int(31))));
        assert!(matches!(parse("1_000", 10), Ok(Value::Int(1000))));
        assert!(matches!(parse("0_0", 0), Ok(Value::Int(0))));
        assert!(matches!(parse("z", 36), Ok(Value::Int(35))));
        for bad in ["1__0", "012", "0_7", "", "_1", "1_", "0x", "+ 1", "1e5"] {
            let base = if bad.starts_with('0') { 0 } else { 10 };
            assert_eq!(parse(bad, base).err(), Some(ParseError::Invalid), "{bad:?}");
        }
        assert_eq!(
            parse(&"1".repeat(5000), 10).err(),
            Some(ParseError::TooManyDigits(5000))
        );
        assert!(parse(&"1".repeat(5000), 16).is_ok());
    }

    #[test]
    fn rounds_half_to_even() {
        let r = |n: i64, d| round_to_power_of_ten(&BigInt::from(n), d);
        assert_eq!(r(125, 1), BigInt::from(120));
        assert_eq!(r(135, 1), BigInt::from(140));
        assert_eq!(r(-125, 1), BigInt::from(-120));
        assert_eq!(r(5, 1), BigInt::from(0));
        assert_eq!(r(15, 1), BigInt::from(20));
        assert_eq!(r(123, 1000), BigInt::from(0));
    }
}
