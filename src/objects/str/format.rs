//! The format-spec mini-language behind `format()`, `str.format` and f-strings:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing and rendering are pure functions over Rust numbers and text (unit-tested below);
//! `Vm::format` only picks the renderer for a value's type and turns a `FormatError` into the
//! Python exception CPython raises. Floats are rendered from Rust's `{:.N}` and `{:.Ne}`, which
//! are correctly rounded (ties to even on the exact binary value), exactly like CPython's
//! `PyOS_double_to_string`; everything else here is layout: signs, prefixes, grouping, padding.

pub use super::percent::percent_format;

use num_bigint::BigInt;

use crate::objects::{Args, Payload, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A width or precision past this does not fit CPython's `Py_ssize_t`.
const MAX_SPEC_NUMBER: usize = i64::MAX as usize;

/// Widths past this raise MemoryError rather than abort on a failed allocation; CPython raises
/// MemoryError for them too. Precisions past it are "precision too big", as in CPython.
pub const MAX_LAYOUT: usize = i32::MAX as usize;

/// Past these many fractional digits (`f`) or significant digits (`e`), every digit of a double's
/// exact decimal expansion is zero, so longer precisions are these plus zeros. They also keep
/// precisions inside what Rust's `{:.N}` accepts (N <= 65535).
const MAX_FIXED_DIGITS: usize = 1100;
const MAX_EXPONENT_DIGITS: usize = 800;

/// A formatting failure: the Python exception class and its message.
#[derive(Debug, PartialEq)]
pub struct FormatError {
    pub class: &'static str,
    pub message: String,
}

impl FormatError {
    pub fn value(message: impl Into<String>) -> FormatError {
        FormatError {
            class: "ValueError",
            message: message.into(),
        }
    }

    pub fn raise(self, vm: &mut Vm) -> PyErr {
        vm.new_exception(self.class, self.message)
    }
}

/// A parsed format spec. `kind` is the presentation type, with the type's default filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    /// `'-'` (only negatives get a sign), `'+'` or `' '`; `None` when not given.
    pub sign: Option<char>,
    /// `z`: a negative zero after rounding prints without its sign.
    pub no_negative_zero: bool,
    pub alternate: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Read a run of decimal digits at `chars[*pos..]`: `None` if there is none.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= MAX_SPEC_NUMBER)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

/// Parse `spec` as CPython's `parse_internal_render_format_spec` does, for a value whose type is
/// `type_name`, whose default presentation type is `default_kind` and default alignment
/// `default_align` (`>` for numbers, `<` for text).
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    default_kind: Option<char>,
    default_align: char,
) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: default_kind,
    };
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = chars[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if chars.first().is_some_and(|c| is_align(*c)) {
        out.align = chars[0];
        align_given = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_negative_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if !align_given && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    out.width = read_integer(&chars, &mut pos)?.unwrap_or(0);
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match read_integer(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
    }
    if chars.len() - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if let Some(&c) = chars.get(pos) {
        out.kind = Some(c);
    }
    if let Some(separator) = out.grouping {
        let kind = out.kind.unwrap_or('\0');
        let allowed = matches!(kind, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0')
            || (separator == '_' && matches!(kind, 'b' | 'o' | 'x' | 'X'));
        if !allowed {
            return Err(FormatError::value(format!(
                "Cannot specify '{}' with {}.",
                separator,
                describe_code(kind)
            )));
        }
    }
    Ok(out)
}

/// A presentation type as CPython quotes it in messages: `'x'`, or `'\x1'` for a control char.
fn describe_code(c: char) -> String {
    if (' '..='~').contains(&c) {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// Refuse a width whose padding would not fit in memory, as CPython's MemoryError does.
fn check_width(spec: &Spec) -> Result<(), FormatError> {
    if spec.width > MAX_LAYOUT {
        return Err(FormatError {
            class: "MemoryError",
            message: String::new(),
        });
    }
    Ok(())
}

pub fn unknown_code(kind: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{}'",
        describe_code(kind),
        type_name
    ))
}

// ----- layout ------------------------------------------------------------------------------------

/// Insert `separator` every `group` digits from the right, padding with zeros (and separators
/// between them) to at least `min_width` characters: CPython's `InsertThousandsGrouping`, which
/// is how `format(1234, "09,")` becomes `0,001,234`. Without a separator, only the zero padding.
pub fn group_digits(
    digits: &str,
    separator: Option<char>,
    group: usize,
    min_width: usize,
) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let Some(separator) = separator else {
        let zeros = min_width.saturating_sub(digits.len());
        return std::iter::repeat_n('0', zeros).chain(digits).collect();
    };
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() * 2 + min_width);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width as i64;
    let group = group as i64;
    let mut first = true;
    loop {
        let len = group.min(remaining.max(min_width).max(1));
        let zeros = (len - remaining).max(0);
        let taken = remaining.min(len).max(0);
        if !first {
            reversed.push(separator);
        }
        for i in 0..taken {
            reversed.push(digits[(remaining - 1 - i) as usize]);
        }
        reversed.extend(std::iter::repeat_n('0', zeros as usize));
        first = false;
        remaining -= taken;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    reversed.into_iter().rev().collect()
}

/// Pad `body` (of `len` code points) to the spec's width with its fill, aligned by `align`
/// (`=` is handled by the caller and means right here).
pub fn pad(body: &str, len: usize, fill: char, align: char, width: usize) -> String {
    if width <= len {
        return body.to_string();
    }
    let total = width - len;
    let left = match align {
        '<' => 0,
        '^' => total / 2,
        _ => total,
    };
    let mut out = String::with_capacity(body.len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, total - left));
    out
}

/// Lay a number out from its pieces: sign, base prefix, integer digits (grouped) and tail
/// (fraction, exponent, `%`), then pad it; `=` alignment pads between prefix and digits.
pub fn assemble_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    tail: &str,
    spec: &Spec,
    group: usize,
) -> String {
    let fixed = sign.chars().count() + prefix.chars().count() + tail.chars().count();
    let zero_padded = spec.fill == '0' && spec.align == '=';
    let min_digits = if zero_padded {
        spec.width.saturating_sub(fixed)
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        group_digits("", None, group, min_digits)
    } else {
        group_digits(digits, spec.grouping, group, min_digits)
    };
    let len = fixed + grouped.chars().count();
    if spec.align == '=' && spec.width > len {
        let fill: String = std::iter::repeat_n(spec.fill, spec.width - len).collect();
        return format!("{}{}{}{}{}", sign, prefix, fill, grouped, tail);
    }
    let body = format!("{}{}{}{}", sign, prefix, grouped, tail);
    pad(&body, len, spec.fill, spec.align, spec.width)
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

// ----- floats ------------------------------------------------------------------------------------

/// `d.ddde±XX`: Rust's `{:.Ne}` with CPython's exponent (a sign and at least two digits).
pub fn exponent_form(v: f64, precision: usize, alternate: bool) -> String {
    let text = format!("{:.*e}", precision.min(MAX_EXPONENT_DIGITS), v);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let zeros = "0".repeat(precision.saturating_sub(MAX_EXPONENT_DIGITS));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let point = if alternate && precision == 0 { "." } else { "" };
    let exponent_sign = if exponent < 0 { '-' } else { '+' };
    format!(
        "{}{}{}e{}{:02}",
        mantissa,
        zeros,
        point,
        exponent_sign,
        exponent.abs()
    )
}

/// The decimal exponent of `v` once rounded to `digits` significant digits.
fn rounded_exponent(v: f64, digits: usize) -> i32 {
    if v == 0.0 {
        return 0;
    }
    let text = format!(
        "{:.*e}",
        digits.saturating_sub(1).min(MAX_EXPONENT_DIGITS),
        v
    );
    text.split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0)
}

fn strip_fraction_zeros(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// CPython's `g`: `precision` significant digits, exponent form when the exponent is below -4
/// or reaches the precision (one less under `add_dot_0`, the rule of `repr`-style formatting with
/// a precision), trailing zeros removed unless `alternate`.
pub fn general_form(v: f64, precision: usize, alternate: bool, add_dot_0: bool) -> String {
    let precision = precision.max(1);
    let exponent = rounded_exponent(v, precision);
    let threshold = if add_dot_0 {
        precision as i32 - 1
    } else {
        precision as i32
    };
    if exponent < -4 || exponent >= threshold {
        let text = exponent_form(v, precision - 1, false);
        let (mantissa, exp) = text.split_once('e').unwrap_or((&text, ""));
        let mantissa = if alternate {
            if mantissa.contains('.') {
                mantissa.to_string()
            } else {
                format!("{}.", mantissa)
            }
        } else {
            strip_fraction_zeros(mantissa).to_string()
        };
        return format!("{}e{}", mantissa, exp);
    }
    let decimals = (precision as i32 - 1 - exponent).max(0) as usize;
    let text = fixed_digits(v, decimals);
    let mut out = if alternate {
        text
    } else {
        strip_fraction_zeros(&text).to_string()
    };
    if alternate && !out.contains('.') {
        out.push('.');
    }
    if add_dot_0 && !out.contains('.') {
        out.push_str(".0");
    }
    out
}

/// The unsigned text of a float for presentation type `kind` (`None`: like `repr`, or `g` with
/// at least one fractional digit when a precision is given). `v` must not be negative.
pub fn float_body(v: f64, kind: Option<char>, precision: Option<usize>, alternate: bool) -> String {
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let percent = kind == Some('%');
    let mut text = if v.is_nan() {
        "nan".to_string()
    } else if v.is_infinite() {
        "inf".to_string()
    } else {
        match kind {
            Some('f' | 'F') => fixed_form(v, precision.unwrap_or(6), alternate),
            Some('%') => fixed_form(v * 100.0, precision.unwrap_or(6), alternate),
            Some('e' | 'E') => exponent_form(v, precision.unwrap_or(6), alternate),
            Some('g' | 'G' | 'n') => general_form(v, precision.unwrap_or(6), alternate, false),
            _ => match precision {
                Some(p) => general_form(v, p, alternate, true),
                None => crate::objects::float::repr(v),
            },
        }
    };
    if upper {
        text = text.to_uppercase();
    }
    if percent {
        text.push('%');
    }
    text
}

/// `v` with `decimals` digits after the point, correctly rounded.
fn fixed_digits(v: f64, decimals: usize) -> String {
    let mut text = format!("{:.*}", decimals.min(MAX_FIXED_DIGITS), v);
    if decimals > MAX_FIXED_DIGITS {
        text.push_str(&"0".repeat(decimals - MAX_FIXED_DIGITS));
    }
    text
}

fn fixed_form(v: f64, precision: usize, alternate: bool) -> String {
    let mut text = fixed_digits(v, precision);
    if alternate && precision == 0 {
        text.push('.');
    }
    text
}

/// Split a float body into its integer digits and the rest (fraction, exponent, `%`).
fn split_digits(body: &str) -> (&str, &str) {
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    body.split_at(end)
}

/// `format(float, spec)` once parsed.
pub fn format_float(x: f64, spec: &Spec, type_name: &str) -> Result<String, FormatError> {
    check_width(spec)?;
    if spec.precision.is_some_and(|p| p > MAX_LAYOUT) {
        return Err(FormatError::value("precision too big"));
    }
    if let Some(kind) = spec.kind {
        if !matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(kind, type_name));
        }
    }
    let body = float_body(x.abs(), spec.kind, spec.precision, spec.alternate);
    let mut negative = x.is_sign_negative() && !x.is_nan();
    if negative && spec.no_negative_zero {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if mantissa.chars().all(|c| !c.is_ascii_digit() || c == '0') && !x.is_infinite() {
            negative = false;
        }
    }
    let (digits, tail) = split_digits(&body);
    Ok(assemble_number(
        sign_text(negative, spec.sign),
        "",
        digits,
        tail,
        spec,
        3,
    ))
}

// ----- ints --------------------------------------------------------------------------------------

/// An int to format: an immediate or a big one.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(n) => n.sign() == num_bigint::Sign::Minus,
        }
    }

    /// The magnitude's digits in `radix` (2, 8, 10 or 16), lower-case.
    pub fn magnitude_digits(&self, radix: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let m = i.unsigned_abs();
                match radix {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(n) => n.magnitude().to_str_radix(radix),
        }
    }

    pub fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(n) => num_traits::ToPrimitive::to_f64(n).filter(|f| f.is_finite()),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(n) => num_traits::ToPrimitive::to_i64(n),
        }
    }
}

/// `format(int, spec)` once parsed (`type_name` is `int` or `bool`, for messages).
pub fn format_int(n: IntRef, spec: &Spec, type_name: &str) -> Result<String, FormatError> {
    check_width(spec)?;
    let kind = spec.kind.unwrap_or('d');
    let (radix, prefix) = match kind {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => (0, ""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let Some(x) = n.to_f64() else {
                return Err(FormatError {
                    class: "OverflowError",
                    message: "int too large to convert to float".into(),
                });
            };
            return format_float(x, spec, type_name);
        }
        other => return Err(unknown_code(other, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = n
            .to_i64()
            .and_then(|i| u32::try_from(i).ok())
            .and_then(char::from_u32)
            .ok_or(FormatError {
                class: "OverflowError",
                message: "%c arg not in range(0x110000)".into(),
            })?;
        return Ok(assemble_number("", "", "", &c.to_string(), spec, 3));
    }
    if let (10, IntRef::Big(big)) = (radix, n) {
        if let Some(message) = crate::objects::int::decimal_digits_error(big) {
            return Err(FormatError::value(message));
        }
    }
    let mut digits = n.magnitude_digits(radix);
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let group = if radix == 10 { 3 } else { 4 };
    Ok(assemble_number(
        sign_text(n.is_negative(), spec.sign),
        prefix,
        &digits,
        "",
        spec,
        group,
    ))
}

// ----- text --------------------------------------------------------------------------------------

/// `format(str, spec)` once parsed.
pub fn format_text(s: &str, spec: &Spec) -> Result<String, FormatError> {
    check_width(spec)?;
    let kind = spec.kind.unwrap_or('s');
    if kind != 's' {
        return Err(unknown_code(kind, "str"));
    }
    if let Some(sign) = spec.sign {
        let what = if sign == ' ' { "Space" } else { "Sign" };
        return Err(FormatError::value(format!(
            "{} not allowed in string format specifier",
            what
        )));
    }
    if spec.no_negative_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(p) => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            let text = &s[..cut];
            (text, text.chars().count())
        }
        None => (s, s.chars().count()),
    };
    Ok(pad(text, len, spec.fill, spec.align, spec.width))
}

// ----- the VM entry point ------------------------------------------------------------------------

/// `__format__(self, spec)` for a built-in type (`str` registers it; `int`, `float` and `bool`
/// can register the same function): `format(self, spec)`.
pub fn format_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("__format__() takes no keyword arguments"));
    }
    if args.args.len() != 2 {
        let owner = args
            .args
            .first()
            .map(|v| vm.type_name(v))
            .unwrap_or_else(|| "object".into());
        let msg = format!(
            "{}.__format__() takes exactly one argument ({} given)",
            owner,
            args.args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let Some(spec) = args.args[1].as_str() else {
        let msg = format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.args[1])
        );
        return Err(vm.type_error(msg));
    };
    let spec = spec.to_string();
    Ok(Value::str(vm.format(&args.args[0], &spec)?))
}

impl Vm {
    /// `format(value, spec)`: the built-in types' `__format__`, a class's own `__format__`, or
    /// `object.__format__` (which accepts only an empty spec).
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let result = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if b.get() { "True" } else { "False" }.into())
            }
            Value::Bool(b) => parse_spec(spec, "bool", Some('d'), '>')
                .and_then(|s| format_int(IntRef::Small(b.get() as i64), &s, "bool")),
            Value::Int(i) if spec.is_empty() => return Ok(i.to_string()),
            Value::Int(i) => parse_spec(spec, "int", Some('d'), '>')
                .and_then(|s| format_int(IntRef::Small(*i), &s, "int")),
            Value::Float(f) if spec.is_empty() => return Ok(crate::objects::float::repr(f.get())),
            Value::Float(f) => parse_spec(spec, "float", None, '>')
                .and_then(|s| format_float(f.get(), &s, "float")),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) if spec.is_empty() => return Ok(s.as_str().to_string()),
                Payload::Str(s) => parse_spec(spec, "str", Some('s'), '<')
                    .and_then(|sp| format_text(s.as_str(), &sp)),
                Payload::BigInt(n) if spec.is_empty() => {
                    return crate::objects::int::to_decimal(self, n)
                }
                Payload::Complex(c) if spec.is_empty() => {
                    return Ok(crate::objects::complex::repr(*c))
                }
                Payload::Complex(c) => parse_spec(spec, "complex", None, '>')
                    .and_then(|s| crate::objects::complex::format(*c, &s)),
                Payload::BigInt(n) => parse_spec(spec, "int", Some('d'), '>')
                    .and_then(|s| format_int(IntRef::Big(n), &s, "int")),
                Payload::Instance(_) => return self.format_instance(v, spec),
                _ => return self.format_object(v, spec),
            },
            Value::None => return self.format_object(v, spec),
        };
        result.map_err(|e| e.raise(self))
    }

    /// An instance: its class's `__format__` if written in Python, else `object.__format__`.
    fn format_instance(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let name = self.names().__format__.clone();
        match self.lookup_special(v, &name) {
            Some(f) if !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) => {
                let result = self
                    .call_special(v, &name, vec![Value::str(spec)])?
                    .unwrap_or(Value::None);
                match result.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let msg = format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&result)
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => self.format_object(v, spec),
        }
    }

    /// `object.__format__`: `str(v)` for an empty spec, a TypeError otherwise.
    fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str(v);
        }
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            self.type_name(v)
        );
        Err(self.type_error(msg))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(x: f64, spec: &str) -> String {
        let parsed = parse_spec(spec, "float", None, '>').expect("valid spec");
        format_float(x, &parsed, "float").expect("formats")
    }

    fn int(i: i64, spec: &str) -> String {
        let parsed = parse_spec(spec, "int", Some('d'), '>').expect("valid spec");
        format_int(IntRef::Small(i), &parsed, "int").expect("formats")
    }

    #[test]
    fn general_form_follows_cpython() {
        assert_eq!(general_form(0.00001234, 6, false, false), "1.234e-05");
        assert_eq!(general_form(123456.0, 6, false, false), "123456");
        assert_eq!(general_form(1234567.0, 6, false, false), "1.23457e+06");
        assert_eq!(general_form(1.0, 6, true, false), "1.00000");
        assert_eq!(general_form(0.0, 6, false, false), "0");
        assert_eq!(general_form(2.0, 3, false, true), "2.0");
        assert_eq!(general_form(123.0, 2, false, true), "1.2e+02");
        assert_eq!(general_form(1e16, 17, false, true), "1e+16");
        assert_eq!(general_form(0.0001, 3, false, false), "0.0001");
    }

    #[test]
    fn exponent_and_fixed_forms() {
        assert_eq!(exponent_form(1234.5678, 2, false), "1.23e+03");
        assert_eq!(exponent_form(1e-7, 6, false), "1.000000e-07");
        assert_eq!(exponent_form(1.0, 0, true), "1.e+00");
        assert_eq!(exponent_form(1e300, 1, false), "1.0e+300");
        assert_eq!(float(0.125, ".2f"), "0.12");
        assert_eq!(float(2.5, ".0f"), "2");
        assert_eq!(float(-0.0, "z.1f"), "0.0");
        assert_eq!(float(-1e-300, "z.2f"), "0.00");
        assert_eq!(float(f64::NAN, "+08"), "+0000nan");
        assert_eq!(float(f64::INFINITY, "F"), "INF");
        assert_eq!(float(0.5, "%"), "50.000000%");
        assert_eq!(float(1234.5, "010,.1f"), "0,001,234.5");
        assert_eq!(float(1e16, ""), "1e+16");
    }

    #[test]
    fn grouping_pads_through_separators() {
        assert_eq!(group_digits("1234", Some(','), 3, 9), "0,001,234");
        assert_eq!(group_digits("1234567", Some(','), 3, 0), "1,234,567");
        assert_eq!(group_digits("123", Some(','), 3, 0), "123");
        assert_eq!(group_digits("ffffff", Some('_'), 4, 0), "ff_ffff");
        assert_eq!(group_digits("7", None, 3, 4), "0007");
        assert_eq!(int(1234, "010,"), "00,001,234");
        assert_eq!(int(-255, "#010x"), "-0x00000ff");
        assert_eq!(int(42, "*^9"), "***42****");
        assert_eq!(int(-5, "*=8"), "-******5");
    }

    #[test]
    fn spec_errors_match_cpython() {
        let err = |spec: &str| {
            parse_spec(spec, "int", Some('d'), '>')
                .map(|_| ())
                .unwrap_err()
                .message
        };
        assert_eq!(
            err("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(
            err("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        let huge = parse_spec("99999999999", "int", Some('d'), '>').expect("fits in ssize_t");
        assert_eq!(
            format_int(IntRef::Small(1), &huge, "int")
                .unwrap_err()
                .class,
            "MemoryError"
        );
    }

    #[test]
    fn long_precisions_pad_the_exact_expansion() {
        assert_eq!(fixed_digits(0.5, 1200).len(), 1202);
        assert!(fixed_digits(0.1, 1200).ends_with("000"));
        assert_eq!(
            exponent_form(1.5, 900, false).len(),
            "1.".len() + 900 + "e+00".len()
        );
        assert_eq!(float(1.0, ".70000f").len(), 70002);
        assert_eq!(general_form(0.1, 70000, true, false).len(), 70002);
    }
}
