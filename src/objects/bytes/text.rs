//! Bytes as text: `decode` (the codecs gilt has), `hex`/`fromhex`, and `%` formatting.

use super::{is_ascii_space, params, this, Kind};
use crate::objects::buffer::bytes_like;
use crate::objects::str::methods::{c_int_arg, clinic_str_arg, keyword_params, Arity};
use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

// ----- decoding and hex ------------------------------------------------------------------------

/// The codecs gilt has, by CPython's normalized names and aliases.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec(name: &str) -> Option<Codec> {
    let normalized = name.to_ascii_lowercase().replace(['_', ' '], "-");
    Some(match normalized.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Codec::Latin1,
        _ => return None,
    })
}

/// What an error handler puts in place of the undecodable `bad` bytes.
fn decode_error(
    vm: &mut Vm,
    out: &mut String,
    errors: &str,
    bad: &[u8],
    strict_message: impl FnOnce() -> String,
) -> PyResult<()> {
    match errors {
        "strict" => Err(vm.new_exception("UnicodeDecodeError", strict_message())),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for c in bad {
                out.push_str(&format!("\\x{:02x}", c));
            }
            Ok(())
        }
        other => Err(vm.new_exception(
            "LookupError",
            format!("unknown error handler name '{}'", other),
        )),
    }
}

/// `b.decode(encoding, errors)` for the codecs gilt has.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let Some(codec) = codec(encoding) else {
        return Err(vm.new_exception("LookupError", format!("unknown encoding: {}", encoding)));
    };
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Latin1 => out.extend(b.iter().map(|&c| c as char)),
        Codec::Ascii => {
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    decode_error(vm, &mut out, errors, &[c], || {
                        format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                            c, i
                        )
                    })?;
                }
            }
        }
        Codec::Utf8 => {
            let mut at = 0;
            while at < b.len() {
                match std::str::from_utf8(&b[at..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[at..at + good]).unwrap_or_default());
                        let start = at + good;
                        let bad_len = e.error_len().unwrap_or(b.len() - start);
                        let bad = &b[start..start + bad_len];
                        let reason = match e.error_len() {
                            None => "unexpected end of data",
                            Some(1) if matches!(bad[0], 0x80..=0xc1 | 0xf5..=0xff) => {
                                "invalid start byte"
                            }
                            Some(_) => "invalid continuation byte",
                        };
                        decode_error(vm, &mut out, errors, bad, || {
                            if bad_len == 1 {
                                format!(
                                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                                    bad[0], start, reason
                                )
                            } else {
                                format!(
                                    "'utf-8' codec can't decode bytes in position {}-{}: {}",
                                    start,
                                    start + bad_len - 1,
                                    reason
                                )
                            }
                        })?;
                        at = start + bad_len;
                    }
                }
            }
        }
    }
    Ok(Value::str(out))
}

pub(super) fn decode(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "decode", &["encoding", "errors"])?;
    let encoding = match &slots[0] {
        Some(v) => clinic_str_arg(vm, v, |t| {
            format!("decode() argument 'encoding' must be str, not {}", t)
        })?
        .to_string(),
        None => "utf-8".to_string(),
    };
    let errors = match &slots[1] {
        Some(v) => clinic_str_arg(vm, v, |t| {
            format!("decode() argument 'errors' must be str, not {}", t)
        })?
        .to_string(),
        None => "strict".to_string(),
    };
    let b = this(vm, &args, owner, "decode")?;
    decode_bytes(vm, &b, &encoding, &errors)
}

/// `hex(sep, bytes_per_sep)` of bytes, bytearray and memoryview: two digits a byte, a
/// separator between groups counted from the right (from the left when negative).
pub fn hex_text(
    vm: &mut Vm,
    data: &[u8],
    sep: Option<&Value>,
    bytes_per_sep: Option<&Value>,
) -> PyResult<Value> {
    let sep = match sep {
        None => None,
        Some(v) => {
            let text: Vec<u8> = match (v.as_str(), bytes_like(vm, v)?) {
                (Some(s), _) => {
                    if !s.is_ascii() {
                        return Err(vm.value_error("sep must be ASCII."));
                    }
                    s.as_bytes().to_vec()
                }
                (None, Some(b)) => b.into_owned(),
                (None, None) => {
                    let has_len = matches!(
                        v.payload(),
                        Some(
                            Payload::List(_)
                                | Payload::Tuple(_)
                                | Payload::Dict(_)
                                | Payload::Set(_)
                                | Payload::FrozenSet(_)
                                | Payload::Range(_)
                        )
                    );
                    let msg = if has_len {
                        "sep must be str or bytes.".to_string()
                    } else {
                        format!("object of type '{}' has no len()", vm.type_name(v))
                    };
                    return Err(vm.type_error(msg));
                }
            };
            if text.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let group = match bytes_per_sep {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let mut out = String::with_capacity(data.len() * 3);
    let n = data.len();
    let width = group.unsigned_abs() as usize;
    for (i, c) in data.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && width > 0 {
                let boundary = if group > 0 {
                    (n - i).is_multiple_of(width)
                } else {
                    i.is_multiple_of(width)
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push_str(&format!("{:02x}", c));
    }
    Ok(Value::str(out))
}

pub(super) fn hex(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "hex", &["sep", "bytes_per_sep"])?;
    let b = this(vm, &args, owner, "hex")?.into_owned();
    hex_text(vm, &b, slots[0].as_ref(), slots[1].as_ref())
}

/// The bytes of `fromhex(text)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn parse_hex(vm: &mut Vm, text: &Value) -> PyResult<Vec<u8>> {
    let Some(text) = text.as_str() else {
        let msg = format!("fromhex() argument must be str, not {}", vm.type_name(text));
        return Err(vm.type_error(msg));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_ascii_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let high = chars[i].to_digit(16);
        let low = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (high, low) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if high.is_none() { i } else { i + 1 };
                let msg = format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    at
                );
                return Err(vm.value_error(msg));
            }
        }
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(text)` / `bytearray.fromhex(text)`, a class method: a subclass gets
/// `cls(result)`, as CPython's does.
pub(super) fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let owner = match args.args.first() {
        Some(Value::Obj(c)) if crate::objects::ObjRef::ptr_eq(c, &vm.types().bytearray) => {
            Kind::ByteArray
        }
        _ => Kind::Bytes,
    };
    params(vm, &args, owner, "fromhex", 1, 1, Arity::Clinic)?;
    let data = parse_hex(vm, &args.args[1])?;
    let cls = args.args[0].clone();
    let exact = match &cls {
        Value::Obj(c) => {
            crate::objects::ObjRef::ptr_eq(c, &vm.types().bytes)
                || crate::objects::ObjRef::ptr_eq(c, &vm.types().bytearray)
        }
        _ => true,
    };
    if exact {
        return Ok(owner.make(data));
    }
    vm.call(&cls, vec![owner.make(data)])
}

/// `b % args` for bytes and bytearray, through `str`'s printf formatting on the latin-1 text
/// of the format (one character a byte). The arguments of `%s` and `%b` that are bytes-like go
/// in as their latin-1 text, so their bytes land unchanged (`%b` is formatted as `%s`); the
/// result comes back byte for byte.
pub fn percent(vm: &mut Vm, format: &[u8], args: &Value, kind: Kind) -> PyResult<Value> {
    fn latin1(b: &[u8]) -> String {
        b.iter().map(|c| *c as char).collect()
    }
    // Which positional argument each directive consumes, and its conversion.
    let mut text = String::with_capacity(format.len());
    let mut conversions: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        text.push(c as char);
        i += 1;
        if c != b'%' {
            continue;
        }
        let mut keyed = false;
        if format.get(i) == Some(&b'(') {
            keyed = true;
            while i < format.len() && format[i] != b')' {
                text.push(format[i] as char);
                i += 1;
            }
        }
        while i < format.len() && b"-+ #0123456789.*hlL)".contains(&format[i]) {
            if format[i] == b'*' {
                conversions.push(b'*');
            }
            text.push(format[i] as char);
            i += 1;
        }
        if let Some(&conv) = format.get(i) {
            if conv != b'%' && !keyed {
                conversions.push(conv);
            }
            text.push(if conv == b'b' { 's' } else { conv as char });
            i += 1;
        }
    }
    let as_text = |vm: &mut Vm, v: &Value, conv: Option<&u8>| -> PyResult<Value> {
        if !matches!(conv, Some(b's' | b'b')) {
            return Ok(v.clone());
        }
        if let Some(b) = bytes_like(vm, v)? {
            return Ok(Value::str(latin1(&b)));
        }
        let name = vm.intern("__bytes__");
        if let Some(r) = vm.call_special(v, &name, vec![])? {
            if let Some(Payload::Bytes(b)) = r.payload() {
                return Ok(Value::str(latin1(b)));
            }
        }
        let msg = format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            vm.type_name(v)
        );
        Err(vm.type_error(msg))
    };
    let args = match args.payload() {
        Some(Payload::Tuple(items)) => {
            let mut mapped = Vec::with_capacity(items.len());
            for (n, item) in items.iter().enumerate() {
                mapped.push(as_text(vm, item, conversions.get(n))?);
            }
            Value::tuple(mapped)
        }
        _ => as_text(vm, args, conversions.first())?,
    };
    let r = match crate::objects::strformat::percent_format(vm, &text, &args) {
        Ok(r) => r,
        Err(e) => {
            let args = crate::vm::repr::exception_args(&Value::Obj(e.0.clone()));
            if args.first().and_then(|a| a.as_str())
                == Some("not all arguments converted during string formatting")
            {
                return Err(vm.type_error("not all arguments converted during bytes formatting"));
            }
            return Err(e);
        }
    };
    let out: Vec<u8> = r
        .as_str()
        .unwrap_or_default()
        .chars()
        .flat_map(|c| match u8::try_from(c as u32) {
            Ok(b) => vec![b],
            Err(_) => c.to_string().into_bytes(),
        })
        .collect();
    Ok(kind.make(out))
}
