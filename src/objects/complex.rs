//! `complex`: two f64s in a heap object (`Payload::Complex`). Nothing about it is an immediate:
//! complex numbers are rare enough that the 16-byte `Value` stays reserved for int and float.
//!
//! The arithmetic follows CPython's algorithms step by step, not just their mathematics: Smith's
//! division, repeated squaring for integral exponents up to 100 and the polar form beyond, the
//! C99 rules of `abs`. A complex number's repr shows every bit of its parts, so a different but
//! equally good algorithm would print different digits. `pow` reports overflow whenever a part of
//! the result is infinite, as CPython's `_Py_ADJUST_ERANGE2` does.

use super::float;
use super::strformat::{self, FormatError, Spec};
use super::{Args, Payload, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;

/// The multiplier of the imaginary part's hash (CPython's `_PyHASH_IMAG`).
const HASH_IMAG: u64 = 1000003;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    pub fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }

    pub fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }

    pub fn mul(self, b: Complex) -> Complex {
        Complex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }

    /// Smith's division: scale by the larger part of the divisor. `None` for a zero divisor.
    pub fn div(self, b: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // A part of the divisor is NaN.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `self ** n` by repeated squaring, for `n >= 0`.
    fn pow_unsigned(self, n: u64) -> Complex {
        let mut result = Complex::new(1.0, 0.0);
        let mut power = self;
        let mut mask: u64 = 1;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                result = result.mul(power);
            }
            mask <<= 1;
            power = power.mul(power);
        }
        result
    }

    /// The polar form of `self ** b`; `None` for zero to a negative or complex power.
    fn pow_polar(self, b: Complex) -> Option<Complex> {
        if b.re == 0.0 && b.im == 0.0 {
            return Some(Complex::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return None;
            }
            return Some(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Some(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `self ** b` as CPython computes it.
    pub fn pow(self, b: Complex) -> Result<Complex, PowError> {
        let result = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            let n = b.re as i64;
            if n > 0 {
                Some(self.pow_unsigned(n as u64))
            } else {
                Complex::new(1.0, 0.0).div(self.pow_unsigned(n.unsigned_abs()))
            }
        } else {
            self.pow_polar(b)
        };
        let Some(result) = result else {
            return Err(PowError::ZeroToNegative);
        };
        if result.re.is_infinite() || result.im.is_infinite() {
            return Err(PowError::Overflow);
        }
        Ok(result)
    }

    /// `abs()` with C99's rules: an infinite part wins over a NaN. `None` when a finite number's
    /// magnitude overflows.
    pub fn abs(self) -> Option<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Some(self.re.abs());
            }
            if self.im.is_infinite() {
                return Some(self.im.abs());
            }
            return Some(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        r.is_finite().then_some(r)
    }
}

pub enum PowError {
    ZeroToNegative,
    Overflow,
}

pub fn value(c: Complex) -> Value {
    Value::obj(Payload::Complex(c))
}

/// The complex number a value holds: a complex, or a Python subclass instance extending one.
pub fn of(v: &Value) -> Option<Complex> {
    match v.payload() {
        Some(Payload::Complex(c)) => Some(*c),
        Some(Payload::Instance(_)) => match v.builtin_base()?.payload() {
            Some(Payload::Complex(c)) => Some(*c),
            _ => None,
        },
        _ => None,
    }
}

// ----- repr and hash ----------------------------------------------------------------------------

/// One part as CPython's `'r'` format code writes it: the repr digits without a forced `.0`.
fn part_repr(x: f64) -> String {
    let text = float::repr(x);
    match text.strip_suffix(".0") {
        Some(short) => short.to_string(),
        None => text,
    }
}

/// `repr(z)`: just the imaginary part when the real part is +0, else both in parentheses.
pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part_repr(c.im));
    }
    let im = part_repr(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part_repr(c.re), sign, im)
}

/// CPython's hash: the parts' float hashes combined, so `hash(complex(x, 0)) == hash(x)`.
pub fn hash(c: Complex) -> i64 {
    let re = float::hash(c.re) as u64;
    let im = float::hash(c.im) as u64;
    let combined = re.wrapping_add(HASH_IMAG.wrapping_mul(im)) as i64;
    if combined == -1 {
        -2
    } else {
        combined
    }
}

// ----- parsing ------------------------------------------------------------------------------------

/// Why `complex(text)` failed: the two have different messages in CPython.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    Malformed,
    /// An underscore not between two digits.
    Underscore,
}

/// `complex(text)`: `<float>`, `<float>j`, `<float><signed float>j`, and the old forms
/// `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses, with surrounding whitespace.
pub fn parse(text: &str) -> Result<Complex, ParseError> {
    let ascii = float::number_text(text).ok_or(ParseError::Malformed)?;
    let clean = float::without_underscores(&ascii).ok_or(ParseError::Underscore)?;
    parse_clean(clean.as_bytes()).ok_or(ParseError::Malformed)
}

fn parse_clean(s: &[u8]) -> Option<Complex> {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    match float::strtod_prefix(&s[i..]) {
        Some((z, used)) => {
            i += used;
            match s.get(i) {
                Some(b'+' | b'-') => {
                    re = z;
                    match float::strtod_prefix(&s[i..]) {
                        Some((y, used)) => {
                            im = y;
                            i += used;
                        }
                        None => {
                            im = if s[i] == b'+' { 1.0 } else { -1.0 };
                            i += 1;
                        }
                    }
                    if !is_j(s.get(i)) {
                        return None;
                    }
                    i += 1;
                }
                Some(b'j' | b'J') => {
                    im = z;
                    i += 1;
                }
                _ => re = z,
            }
        }
        None => {
            match s.get(i) {
                Some(b'+') => {
                    im = 1.0;
                    i += 1;
                }
                Some(b'-') => {
                    im = -1.0;
                    i += 1;
                }
                _ => im = 1.0,
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        }
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    (i == s.len()).then_some(Complex::new(re, im))
}

// ----- arithmetic as the VM dispatches it ---------------------------------------------------------

/// `a op b` once both operands are complex (ints and floats converted); `None` for the
/// operators complex does not have (`//`, `%`, shifts, bitwise), which go on to the reflected
/// methods and then the "unsupported operand" error.
pub fn binary(vm: &mut Vm, op: BinOp, a: Complex, b: Complex) -> Option<PyResult<Value>> {
    Some(Ok(value(match op {
        BinOp::Add => a.add(b),
        BinOp::Sub => a.sub(b),
        BinOp::Mult => a.mul(b),
        BinOp::Div => match a.div(b) {
            Some(q) => q,
            None => return Some(Err(vm.zero_division("complex division by zero"))),
        },
        BinOp::Pow => return Some(power(vm, a, b)),
        _ => return None,
    })))
}

/// `a ** b`, with CPython's errors.
pub fn power(vm: &mut Vm, a: Complex, b: Complex) -> PyResult<Value> {
    match a.pow(b) {
        Ok(c) => Ok(value(c)),
        Err(PowError::ZeroToNegative) => {
            Err(vm.zero_division("0.0 to a negative or complex power"))
        }
        Err(PowError::Overflow) => Err(vm.overflow_error("complex exponentiation")),
    }
}

/// `abs(z)`
pub fn abs(vm: &mut Vm, c: Complex) -> PyResult<Value> {
    match c.abs() {
        Some(r) => Ok(Value::float(r)),
        None => Err(vm.overflow_error("absolute value too large")),
    }
}

// ----- format ---------------------------------------------------------------------------------

/// A part for the `'r'` presentation (no type letter, no precision): repr digits, and with `#` a
/// decimal point even where repr has none.
fn part_repr_alternate(x: f64) -> String {
    let text = float::repr(x);
    if let Some(short) = text.strip_suffix('0').filter(|s| s.ends_with('.')) {
        return short.to_string();
    }
    if text.contains('.') || !text.contains('e') {
        return text;
    }
    text.replacen('e', ".e", 1)
}

/// `format(z, spec)` once parsed: each part rendered as a float would be, the imaginary one
/// always signed unless the real part is left out, then padded as a whole.
pub fn format(c: Complex, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > strformat::MAX_LAYOUT) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.width > strformat::MAX_LAYOUT {
        return Err(FormatError {
            class: "MemoryError",
            message: String::new(),
        });
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut kind = spec.kind;
    if let Some(k) = kind {
        if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(strformat::unknown_code(k, "complex"));
        }
    }
    let (mut skip_re, mut parens) = (false, false);
    let mut repr_style = false;
    let mut precision = spec.precision;
    if kind.is_none() {
        if c.re == 0.0 && c.re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        match precision {
            None => repr_style = true,
            Some(_) => kind = Some('g'),
        }
    }
    if kind == Some('n') {
        kind = Some('g');
    }
    if precision.is_none() && !repr_style {
        precision = Some(6);
    }
    let render = |x: f64| -> (bool, String) {
        let body = if x.is_nan() {
            "nan".to_string()
        } else if x.is_infinite() {
            "inf".to_string()
        } else if repr_style {
            if spec.alternate {
                part_repr_alternate(x.abs())
            } else {
                part_repr(x.abs())
            }
        } else {
            strformat::float_body(x.abs(), kind, precision, spec.alternate)
        };
        let body = if matches!(kind, Some('E' | 'F' | 'G')) {
            body.to_uppercase()
        } else {
            body
        };
        let mut negative = x.is_sign_negative() && !x.is_nan();
        if negative && spec.no_negative_zero && !x.is_infinite() {
            let mantissa = body.split(['e', 'E']).next().unwrap_or("");
            if mantissa.chars().all(|c| !c.is_ascii_digit() || c == '0') {
                negative = false;
            }
        }
        (negative, body)
    };
    let part = |negative: bool, body: &str, sign: Option<char>| -> String {
        let end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (digits, tail) = body.split_at(end);
        let grouped = if digits.is_empty() {
            String::new()
        } else {
            strformat::group_digits(digits, spec.grouping, 3, 0)
        };
        let sign = match (negative, sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        };
        format!("{}{}{}", sign, grouped, tail)
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        let (negative, body) = render(c.re);
        out.push_str(&part(negative, &body, spec.sign));
    }
    let (negative, body) = render(c.im);
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    out.push_str(&part(negative, &body, im_sign));
    out.push('j');
    if parens {
        out.push(')');
    }
    let len = out.chars().count();
    Ok(strformat::pad(&out, len, spec.fill, spec.align, spec.width))
}

// ----- the `complex` type -----------------------------------------------------------------------

/// A real part for the constructor: int, float or an object with `__float__`/`__index__`.
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::None => false,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) | Payload::Complex(_) => true,
            Payload::Instance(_) => {
                if of(v).is_some() {
                    return true;
                }
                let float_name = vm.names().__float__.clone();
                let index_name = vm.names().__index__.clone();
                vm.lookup_special(v, &float_name).is_some()
                    || vm.lookup_special(v, &index_name).is_some()
            }
            _ => false,
        },
    }
}

/// `__complex__` of an object that has one: its complex result.
fn call_dunder_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    if !matches!(v.payload(), Some(Payload::Instance(_))) {
        return Ok(None);
    }
    let name = vm.intern("__complex__");
    let Some(r) = vm.call_special(v, &name, vec![])? else {
        return Ok(None);
    };
    match of(&r) {
        Some(c) => Ok(Some(c)),
        None => {
            let msg = format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `complex(real=0, imag=0)`: `real + imag*1j` for numbers (either may itself be complex), or a
/// string alone.
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let real_kw = args.take_kw("real");
    let imag_kw = args.take_kw("imag");
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "'{}' is an invalid keyword argument for complex()",
            k.as_str().unwrap_or("?")
        );
        return Err(vm.type_error(msg));
    }
    if args.args.len() > 2 {
        let msg = format!(
            "complex() takes at most 2 arguments ({} given)",
            args.args.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut positional = args.args.into_iter();
    let real = positional.next();
    let imag = positional.next();
    if real.is_some() && real_kw.is_some() || imag.is_some() && imag_kw.is_some() {
        let which = if real_kw.is_some() && real.is_some() {
            "real"
        } else {
            "imag"
        };
        let msg = format!(
            "argument for complex() given by name ('{}') and position ({})",
            which,
            if which == "real" { 1 } else { 2 }
        );
        return Err(vm.type_error(msg));
    }
    let real = real.or(real_kw).unwrap_or(Value::Int(0));
    let imag = imag.or(imag_kw);
    if imag.is_none() {
        if let Some(Payload::Complex(_)) = real.payload() {
            return Ok(real);
        }
    }
    let text = real
        .as_str()
        .or_else(|| real.builtin_base().and_then(|b| b.as_str()));
    if let Some(text) = text {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse(text) {
            Ok(c) => Ok(value(c)),
            Err(ParseError::Malformed) => {
                Err(vm.value_error("complex() arg is a malformed string"))
            }
            Err(ParseError::Underscore) => {
                let shown = vm.repr(&real)?;
                Err(vm.value_error(format!("could not convert string to complex: {}", shown)))
            }
        };
    }
    let is_text =
        |v: &Value| v.as_str().is_some() || v.builtin_base().is_some_and(|b| b.as_str().is_some());
    if imag.as_ref().is_some_and(is_text) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let special = call_dunder_complex(vm, &real)?;
    if special.is_none() && !is_number(vm, &real) {
        let msg = format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&real)
        );
        return Err(vm.type_error(msg));
    }
    if let Some(i) = &imag {
        if !is_number(vm, i) {
            let msg = format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(i)
            );
            return Err(vm.type_error(msg));
        }
    }
    let (real_part, real_is_complex) = match special.or_else(|| of(&real)) {
        Some(c) => (c, true),
        None => (Complex::new(float::to_f64(vm, &real)?, 0.0), false),
    };
    let (imag_part, imag_is_complex) = match &imag {
        None => (Complex::new(real_part.im, 0.0), false),
        Some(i) => match of(i) {
            Some(c) => (c, true),
            None => (Complex::new(float::to_f64(vm, i)?, 0.0), false),
        },
    };
    let mut re = real_part.re;
    let mut im = imag_part.re;
    if imag_is_complex {
        re -= imag_part.im;
    }
    if real_is_complex && imag.is_some() {
        im += real_part.im;
    }
    Ok(value(Complex::new(re, im)))
}

/// `self` of a complex method, or the TypeError for a descriptor called on something else.
fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Complex> {
    match args.args.first().and_then(of) {
        Some(c) => Ok(c),
        None => {
            let got = args
                .args
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| "NoneType".into());
            let msg = format!(
                "descriptor '{}' for 'complex' objects doesn't apply to a '{}' object",
                name, got
            );
            Err(vm.type_error(msg))
        }
    }
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "conjugate")?;
    if args.len() != 1 {
        return Err(vm.type_error(no_arguments("conjugate", args.len())));
    }
    Ok(value(Complex::new(c.re, -c.im)))
}

fn no_arguments(name: &str, given: usize) -> String {
    format!(
        "complex.{}() takes no arguments ({} given)",
        name,
        given.saturating_sub(1)
    )
}

fn dunder_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__complex__")?;
    if args.len() != 1 {
        return Err(vm.type_error(no_arguments("__complex__", args.len())));
    }
    Ok(value(c))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__getnewargs__")?;
    if args.len() != 1 {
        return Err(vm.type_error(no_arguments("__getnewargs__", args.len())));
    }
    Ok(Value::tuple(vec![Value::float(c.re), Value::float(c.im)]))
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match of(v) {
        Some(c) => Ok(Value::float(c.re)),
        None => Err(vm.type_error("descriptor 'real' for 'complex' objects doesn't apply")),
    }
}

fn imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match of(v) {
        Some(c) => Ok(Value::float(c.im)),
        None => Err(vm.type_error("descriptor 'imag' for 'complex' objects doesn't apply")),
    }
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().complex.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    vm.add_method(&cls, "complex", "conjugate", conjugate);
    vm.add_method(&cls, "complex", "__complex__", dunder_complex);
    vm.add_method(&cls, "complex", "__getnewargs__", getnewargs);
    vm.add_method(&cls, "complex", "__format__", strformat::format_method);
    super::class::add_getset(vm, &cls, "real", real);
    super::class::add_getset(vm, &cls, "imag", imag);
    super::number::register_complex(vm, &cls);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(Complex::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(Complex::new(0.0, 1.0)), "1j");
        assert_eq!(repr(Complex::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(repr(Complex::new(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr(Complex::new(1e20, 3.0)), "(1e+20+3j)");
        assert_eq!(repr(Complex::new(0.0, -0.0)), "-0j");
        assert_eq!(repr(Complex::new(1.5, -2.25)), "(1.5-2.25j)");
    }

    #[test]
    fn parses_what_cpython_parses() {
        assert_eq!(parse("1+2j"), Ok(Complex::new(1.0, 2.0)));
        assert_eq!(parse(" (3-4j) "), Ok(Complex::new(3.0, -4.0)));
        assert_eq!(parse("j"), Ok(Complex::new(0.0, 1.0)));
        assert_eq!(parse("-J"), Ok(Complex::new(0.0, -1.0)));
        assert_eq!(parse("1e3j"), Ok(Complex::new(0.0, 1000.0)));
        assert_eq!(parse("2-j"), Ok(Complex::new(2.0, -1.0)));
        assert_eq!(parse("1_0+2_0j"), Ok(Complex::new(10.0, 20.0)));
        assert_eq!(parse("5"), Ok(Complex::new(5.0, 0.0)));
        for bad in ["", "1+", "1 + 2j", "(1+2j", "1+2j)", "jj", "()", "1e"] {
            assert_eq!(parse(bad), Err(ParseError::Malformed), "{bad:?}");
        }
        assert_eq!(parse("1_+2j"), Err(ParseError::Underscore));
    }

    #[test]
    fn hash_agrees_with_float_hash() {
        assert_eq!(hash(Complex::new(1.0, 0.0)), 1);
        assert_eq!(hash(Complex::new(-1.0, 0.0)), -2);
        assert_eq!(hash(Complex::new(0.0, 1.0)), 1000003);
    }

    #[test]
    fn division_and_powers() {
        let q = Complex::new(1.0, 2.0).div(Complex::new(3.0, 4.0)).unwrap();
        assert_eq!((q.re, q.im), (0.44, 0.08));
        assert!(Complex::new(1.0, 0.0).div(Complex::new(0.0, 0.0)).is_none());
        let p = Complex::new(0.0, 1.0)
            .pow(Complex::new(2.0, 0.0))
            .ok()
            .unwrap();
        assert_eq!((p.re, p.im), (-1.0, 0.0));
        assert!(Complex::new(0.0, 0.0).pow(Complex::new(-1.0, 0.0)).is_err());
    }
}
