//! `binascii`: conversions between binary data and ASCII encodings (hex, base64) and the two
//! checksums CPython keeps here (`crc32`, `crc_hqx`); `base64.py` is written over it.
//!
//! Arguments follow CPython's two converters: the `b2a_*` functions and the checksums take any
//! bytes-like object (a `str` is a TypeError); the `a2b_*` functions also take a `str` of ASCII
//! characters only (CPython's `ascii_buffer`). Every error is `binascii.Error` (a `ValueError`)
//! with CPython's message. Left out: `a2b_qp`/`b2a_qp` and `a2b_uu`/`b2a_uu`.
//!
//! `params` here is the argument-clinic helper the other native modules of this family
//! (`_hashlib`, `zlib`, `array`) share: positional-only, ordinary and keyword-only parameters
//! with CPython's messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::buffer::{bytes_like, expect_bytes_like};
use crate::objects::int::to_bigint;
use crate::objects::{Args, Payload, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("binascii");
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
    ];
    for (name, func) in functions {
        vm.add_function(&d, "binascii", name, *func);
    }
    crate::stdlib::import::exec_module_source(vm, SOURCE, "<gilt:binascii>", &d)?;
    Ok(m)
}

/// Written in gilt so the classes get `__module__ = 'binascii'` and normal qualnames.
const SOURCE: &str = "
class Error(ValueError):
    pass
class Incomplete(Exception):
    pass
";

// ----- shared helpers ----------------------------------------------------------------------------

/// The parameters of a native function, as CPython's argument clinic declares them: the first
/// `posonly` names are positional-only, names from `kwonly` on are keyword-only, and the first
/// `required` must be given. One slot per name.
pub(crate) fn params(
    vm: &mut Vm,
    mut args: Args,
    fname: &str,
    names: &[&str],
    required: usize,
    posonly: usize,
    kwonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let given = args.args.len();
    if posonly == names.len() {
        // Only positional parameters: clinic's shorter messages (`crc32 expected at most ...`).
        if !args.kwargs.is_empty() {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
        }
        args.check_count(vm, fname, required, names.len())?;
        let mut slots: Vec<Option<Value>> = args.args.into_iter().map(Some).collect();
        slots.resize(names.len(), None);
        return Ok(slots);
    }
    if given > kwonly {
        let msg = format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if required.min(kwonly) < kwonly {
                "at most"
            } else {
                "exactly"
            },
            kwonly,
            crate::objects::plural(kwonly),
            given
        );
        return Err(vm.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = args.args.drain(..).map(Some).collect();
    slots.resize(names.len(), None);
    for (i, name) in names.iter().enumerate().skip(posonly) {
        if let Some(v) = args.take_kw(name) {
            if slots[i].is_some() {
                let msg = format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    name,
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            slots[i] = Some(v);
        }
    }
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "'{}' is an invalid keyword argument for {}()",
            k.as_str().unwrap_or("?"),
            fname
        );
        return Err(vm.type_error(msg));
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if slots[i].is_none() {
            let msg = if i < kwonly {
                format!(
                    "{}() missing required argument '{}' (pos {})",
                    fname,
                    name,
                    i + 1
                )
            } else {
                format!(
                    "{}() missing required keyword-only argument '{}'",
                    fname, name
                )
            };
            return Err(vm.type_error(msg));
        }
    }
    Ok(slots)
}

pub(crate) fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(b))
}

/// An integer argument (int, bool or `__index__`) as a big integer.
pub(crate) fn bigint_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = to_bigint(v) {
        return Ok(n);
    }
    let name = vm.names().__index__.clone();
    if vm.lookup_special(v, &name).is_some() {
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

/// An integer argument reduced modulo 2**32, as C's `unsigned int` conversion of CPython's
/// checksums takes it (`crc32(data, -1)` is allowed).
pub(crate) fn u32_masked(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let n = bigint_arg(vm, v)?;
    let m: BigInt = n & BigInt::from(0xffff_ffffu32);
    Ok(m.to_u32().unwrap_or(0))
}

/// A `binascii.Error` with `msg`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    module_error(vm, "binascii", "Error", "ValueError", msg)
}

/// An exception of class `module.class_name` (imported, so a script's own reference to the class
/// catches it), or of the built-in `fallback` if a script deleted the class.
pub(crate) fn module_error(
    vm: &mut Vm,
    module: &str,
    class_name: &str,
    fallback: &str,
    msg: impl Into<String>,
) -> PyErr {
    let msg: String = msg.into();
    let cls = crate::stdlib::import::import_module(vm, module)
        .ok()
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| crate::vm::dict_get_str(&d, &vm.intern(class_name)));
    match cls {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            PyErr(crate::vm::make_exception(c, vec![Value::str(msg)]))
        }
        _ => vm.new_exception(fallback, msg),
    }
}

/// CPython's `ascii_buffer` converter: bytes-like, or a `str` of ASCII characters only.
pub(crate) fn ascii_data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match bytes_like(vm, v)? {
        Some(b) => Ok(b.into_owned()),
        None => {
            let msg = format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

// ----- hex ---------------------------------------------------------------------------------------

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `hexlify(data, sep=None, bytes_per_sep=1)`; a separator every `bytes_per_sep` bytes, counted
/// from the right (positive) or from the left (negative), as `bytes.hex`.
fn hex_impl(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Value> {
    let p = params(vm, args, fname, &["data", "sep", "bytes_per_sep"], 1, 0, 3)?;
    let data = expect_bytes_like(vm, p[0].as_ref().unwrap_or(&Value::None))?.into_owned();
    let sep = match &p[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(separator(vm, v)?),
    };
    let per = match &p[2] {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    Ok(bytes_value(hex_bytes(&data, sep, per)))
}

/// The one-byte separator of `hexlify`: a str or bytes-like of length 1.
fn separator(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let bytes: Vec<u8> = if let Some(s) = v.as_str() {
        let chars: Vec<char> = s.chars().collect();
        if chars.len() != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        if !chars[0].is_ascii() {
            return Err(vm.value_error("sep must be ASCII."));
        }
        vec![chars[0] as u8]
    } else {
        match bytes_like(vm, v)? {
            Some(b) => b.into_owned(),
            None => {
                let msg = format!("object of type '{}' has no len()", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        }
    };
    if bytes.len() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    Ok(bytes[0])
}

pub(crate) fn hex_bytes(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, group > 0 && i > 0) {
            // Groups are counted from the end for a positive count, from the start otherwise.
            let boundary = if per > 0 {
                (data.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_impl(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_impl(vm, args, "b2a_hex")
}

fn unhex_impl(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Value> {
    let p = params(vm, args, fname, &["hexstr"], 1, 1, 1)?;
    let data = ascii_data(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push(hi << 4 | lo),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes_value(out))
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_impl(vm, args, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_impl(vm, args, "a2b_hex")
}

// ----- base64 ------------------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(crate) fn base64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, args, "b2a_base64", &["data", "newline"], 1, 1, 1)?;
    let data = expect_bytes_like(vm, p[0].as_ref().unwrap_or(&Value::None))?.into_owned();
    let newline = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    Ok(bytes_value(base64_encode(&data, newline)))
}

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// CPython's decoder: outside strict mode, characters outside the alphabet are skipped and a
/// complete pad sequence ends the input; strict mode refuses both, and padding in the wrong place.
fn base64_decode(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad_pos = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        let v = v as u32;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                left = 0;
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, args, "a2b_base64", &["data", "strict_mode"], 1, 1, 1)?;
    let data = ascii_data(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let strict = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match base64_decode(&data, strict) {
        Ok(b) => Ok(bytes_value(b)),
        Err(msg) => Err(error(vm, msg)),
    }
}

// ----- checksums ---------------------------------------------------------------------------------

/// The CRC-32 of zlib and PNG (reflected polynomial 0xEDB88320), continuing from `crc`.
pub(crate) fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, args, "crc32", &["data", "crc"], 1, 2, 2)?;
    let data = expect_bytes_like(vm, p[0].as_ref().unwrap_or(&Value::None))?.into_owned();
    let start = match &p[1] {
        Some(v) => u32_masked(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

/// CRC-CCITT as binhex uses it: polynomial 0x1021, not reflected, 16 bits.
fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, args, "crc_hqx", &["data", "crc"], 2, 2, 2)?;
    let data = expect_bytes_like(vm, p[0].as_ref().unwrap_or(&Value::None))?.into_owned();
    let mut crc = u32_masked(vm, p[1].as_ref().unwrap_or(&Value::None))? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
        crc &= 0xffff;
    }
    Ok(Value::Int(crc as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for n in 0..10 {
            let data: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            let enc = base64_encode(&data, false);
            assert_eq!(base64_decode(&enc, true).unwrap(), data);
        }
    }

    #[test]
    fn crc32_known() {
        assert_eq!(crc32_update(0, b"abc"), 891568578);
    }
}
