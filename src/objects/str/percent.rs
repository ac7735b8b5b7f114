//! printf-style formatting: `fmt % args`, as CPython's `PyUnicode_Format` does it.
//!
//! A directive is `%[(key)][flags][width][.precision][length]type`. Arguments come from a tuple
//! in order, from a single non-tuple value, or by key from a mapping; every argument must be
//! used unless the right operand is a mapping (CPython's rule: anything with `__getitem__` that
//! is not a tuple or a str). Numbers are laid out by the same helpers as the format-spec
//! mini-language (`format.rs`), so both agree on rounding, signs and zero padding.

use super::format::{float_body, IntRef, MAX_LAYOUT};
use crate::objects::{Payload, PyResult, Value};
use crate::vm::Vm;

/// Where the arguments of a format come from.
struct Arguments<'a> {
    items: &'a [Value],
    next: usize,
    /// The right operand when it can be indexed by key (`%(name)s`).
    mapping: Option<&'a Value>,
}

impl Arguments<'_> {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

/// The parsed flags, width and precision of one directive.
#[derive(Default)]
struct Directive {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// Is `v` usable as the mapping of `%(key)s`? CPython accepts any non-tuple, non-str value with
/// `__getitem__`.
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(Payload::Dict(_) | Payload::List(_) | Payload::Bytes(_) | Payload::Range(_)) => true,
        Some(Payload::Instance(_)) => vm
            .lookup_special(v, &vm.names().__getitem__.clone())
            .is_some(),
        _ => false,
    }
}

/// `fmt % args`
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let single = [args.clone()];
    let items: &[Value] = match args.payload() {
        Some(Payload::Tuple(items)) => items,
        _ => &single,
    };
    let mapping = if is_mapping(vm, args) {
        Some(args)
    } else {
        None
    };
    let mut arguments = Arguments {
        items,
        next: 0,
        mapping,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let piece = directive(vm, &chars, &mut i, &mut arguments)?;
        out.push_str(&piece);
    }
    if arguments.next < items.len() && arguments.mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::str(out))
}

/// A `*` width or precision: the next argument, which must be an int.
fn star_argument(vm: &mut Vm, arguments: &mut Arguments) -> PyResult<i64> {
    match arguments.next(vm)? {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(b.get() as i64),
        _ => Err(vm.type_error("* wants int")),
    }
}

fn read_number(chars: &[char], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        *i += 1;
    }
    n
}

/// Parse and render the directive whose `%` was just read; `i` moves past its type character.
fn directive(
    vm: &mut Vm,
    chars: &[char],
    i: &mut usize,
    arguments: &mut Arguments,
) -> PyResult<String> {
    let mut keyed: Option<Value> = None;
    if chars.get(*i) == Some(&'(') {
        let Some(mapping) = arguments.mapping else {
            return Err(vm.type_error("format requires a mapping"));
        };
        let mut depth = 1;
        let start = *i + 1;
        *i += 1;
        while *i < chars.len() && depth > 0 {
            match chars[*i] {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            *i += 1;
        }
        if depth > 0 {
            return Err(vm.value_error("incomplete format key"));
        }
        let key: String = chars[start..*i - 1].iter().collect();
        let mapping = mapping.clone();
        keyed = Some(vm.getitem(&mapping, &Value::str(key))?);
        // As in CPython, once a directive names a key the positional arguments are used up.
        arguments.next = arguments.items.len();
    }
    let mut d = Directive::default();
    while let Some(&c) = chars.get(*i) {
        match c {
            '-' => d.left = true,
            '+' => d.plus = true,
            ' ' => d.space = true,
            '#' => d.alternate = true,
            '0' => d.zero = true,
            _ => break,
        }
        *i += 1;
    }
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        let w = star_argument(vm, arguments)?;
        if w < 0 {
            d.left = true;
        }
        d.width = w.unsigned_abs() as usize;
    } else {
        d.width = read_number(chars, i);
    }
    if chars.get(*i) == Some(&'.') {
        *i += 1;
        if chars.get(*i) == Some(&'*') {
            *i += 1;
            let p = star_argument(vm, arguments)?;
            d.precision = Some(p.max(0) as usize);
        } else {
            d.precision = Some(read_number(chars, i));
        }
    }
    while matches!(chars.get(*i), Some('h' | 'l' | 'L')) {
        *i += 1;
    }
    let Some(&kind) = chars.get(*i) else {
        return Err(vm.value_error("incomplete format"));
    };
    let index = *i;
    *i += 1;
    let value = match keyed {
        Some(v) => v,
        None => arguments.next(vm)?,
    };
    if d.precision.is_some_and(|p| p > MAX_LAYOUT) {
        return Err(vm.value_error("precision too big"));
    }
    if d.width > MAX_LAYOUT {
        return Err(vm.new_exception("MemoryError", ""));
    }
    render(vm, kind, index, &d, &value)
}

fn render(vm: &mut Vm, kind: char, index: usize, d: &Directive, value: &Value) -> PyResult<String> {
    match kind {
        's' | 'r' | 'a' => {
            let text = match kind {
                's' => vm.str(value)?,
                'r' => vm.repr(value)?,
                _ => super::ascii(&vm.repr(value)?),
            };
            let text = match d.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            Ok(pad_text(&text, d))
        }
        'c' => {
            let c = match value {
                Value::Int(n) => char_from(vm, *n)?,
                Value::Bool(b) => char_from(vm, b.get() as i64)?,
                v => match v.payload() {
                    Some(Payload::Str(s)) if s.char_len() == 1 => s.char_at(0).unwrap_or(' '),
                    Some(Payload::BigInt(_)) => {
                        return Err(vm.overflow_error("%c arg not in range(0x110000)"))
                    }
                    _ => return Err(vm.type_error("%c requires int or char")),
                },
            };
            Ok(pad_text(&c.to_string(), d))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => format_integer(vm, kind, d, value),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = crate::objects::float::to_f64(vm, value)?;
            let body = float_body(
                x.abs(),
                Some(kind),
                Some(d.precision.unwrap_or(6)),
                d.alternate,
            );
            let negative = x.is_sign_negative() && !x.is_nan();
            Ok(pad_number(sign(negative, d), "", &body, d))
        }
        _ => {
            let msg = format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                if (' '..='~').contains(&kind) {
                    kind
                } else {
                    '?'
                },
                kind as u32,
                index
            );
            Err(vm.value_error(msg))
        }
    }
}

fn char_from(vm: &mut Vm, n: i64) -> PyResult<char> {
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(c),
        None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

fn sign(negative: bool, d: &Directive) -> &'static str {
    if negative {
        "-"
    } else if d.plus {
        "+"
    } else if d.space {
        " "
    } else {
        ""
    }
}

/// Text conversions pad with spaces only (the `0` flag does not apply to them).
fn pad_text(text: &str, d: &Directive) -> String {
    let len = text.chars().count();
    if d.width <= len {
        return text.to_string();
    }
    let fill = " ".repeat(d.width - len);
    if d.left {
        format!("{}{}", text, fill)
    } else {
        format!("{}{}", fill, text)
    }
}

/// Numbers pad with zeros between sign/prefix and digits under `0`, else with spaces.
fn pad_number(sign: &str, prefix: &str, digits: &str, d: &Directive) -> String {
    let len = sign.len() + prefix.len() + digits.chars().count();
    if d.width <= len {
        return format!("{}{}{}", sign, prefix, digits);
    }
    let fill = d.width - len;
    if d.left {
        format!("{}{}{}{}", sign, prefix, digits, " ".repeat(fill))
    } else if d.zero {
        format!("{}{}{}{}", sign, prefix, "0".repeat(fill), digits)
    } else {
        format!("{}{}{}{}", " ".repeat(fill), sign, prefix, digits)
    }
}

/// `%d %i %u %x %X %o`: `%d` also takes floats (truncated) and `__int__`; the others need an
/// integer (`__index__`).
fn format_integer(vm: &mut Vm, kind: char, d: &Directive, value: &Value) -> PyResult<String> {
    let decimal = matches!(kind, 'd' | 'i' | 'u');
    let converted: Value = match value {
        Value::Int(_) | Value::Bool(_) => value.clone(),
        Value::Float(f) if decimal => float_to_int(vm, f.get())?,
        v if matches!(v.payload(), Some(Payload::BigInt(_))) => value.clone(),
        v if matches!(v.payload(), Some(Payload::Instance(_))) => {
            let name = if decimal {
                vm.names().__int__.clone()
            } else {
                vm.names().__index__.clone()
            };
            match vm.call_special(v, &name, vec![])? {
                Some(r @ Value::Int(_)) => r,
                Some(r) if matches!(r.payload(), Some(Payload::BigInt(_))) => r,
                _ => return Err(integer_required(vm, kind, v)),
            }
        }
        v => return Err(integer_required(vm, kind, v)),
    };
    let n = match &converted {
        Value::Int(i) => IntRef::Small(*i),
        Value::Bool(b) => IntRef::Small(b.get() as i64),
        v => match v.payload() {
            Some(Payload::BigInt(n)) => IntRef::Big(n),
            _ => return Err(integer_required(vm, kind, value)),
        },
    };
    let (radix, prefix) = match kind {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        _ => (10, ""),
    };
    if let (10, IntRef::Big(big)) = (radix, n) {
        if let Some(message) = crate::objects::int::decimal_digits_error(big) {
            return Err(vm.value_error(message));
        }
    }
    let mut digits = n.magnitude_digits(radix);
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(p) = d.precision {
        if digits.len() < p {
            digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
        }
    }
    let prefix = if d.alternate { prefix } else { "" };
    Ok(pad_number(sign(n.is_negative(), d), prefix, &digits, d))
}

fn integer_required(vm: &mut Vm, kind: char, v: &Value) -> crate::objects::PyErr {
    let what = if matches!(kind, 'd' | 'i' | 'u') {
        "a real number"
    } else {
        "an integer"
    };
    let msg = format!(
        "%{} format: {} is required, not {}",
        kind,
        what,
        vm.type_name(v)
    );
    vm.type_error(msg)
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    use num_traits::FromPrimitive;
    match num_bigint::BigInt::from_f64(t) {
        Some(n) => Ok(Value::bigint(n)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}
