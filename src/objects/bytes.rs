//! `bytes`: an immutable byte string. Its repr, constructor and the common methods.

use super::class::NativeFn;
use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

/// `repr(b)`: `b'...'` with CPython's escapes and quote choice.
pub fn repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

fn this<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a [u8]> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(b))
}

fn decode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args
        .take_kw("encoding")
        .or_else(|| args.args.get(1).cloned());
    let errors = args.take_kw("errors").or_else(|| args.args.get(2).cloned());
    let b = this(vm, &args)?.to_vec();
    let enc = encoding
        .as_ref()
        .and_then(|e| e.as_str())
        .unwrap_or("utf-8")
        .to_ascii_lowercase()
        .replace('_', "-");
    let errors = errors
        .as_ref()
        .and_then(|e| e.as_str())
        .unwrap_or("strict")
        .to_string();
    match enc.as_str() {
        "utf-8" | "utf8" => match String::from_utf8(b.clone()) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                if errors == "ignore" || errors == "replace" {
                    let s = String::from_utf8_lossy(&b);
                    let s = if errors == "ignore" {
                        s.replace('\u{fffd}', "")
                    } else {
                        s.into_owned()
                    };
                    return Ok(Value::str(s));
                }
                let pos = e.utf8_error().valid_up_to();
                let msg = format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b.get(pos).copied().unwrap_or(0),
                    pos
                );
                Err(vm.new_exception("UnicodeDecodeError", msg))
            }
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|c| *c >= 0x80) {
                if errors == "strict" {
                    let msg = format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", b[pos], pos);
                    return Err(vm.new_exception("UnicodeDecodeError", msg));
                }
            }
            Ok(Value::str(
                b.iter()
                    .filter(|c| **c < 0x80)
                    .map(|c| *c as char)
                    .collect::<String>(),
            ))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            Ok(Value::str(b.iter().map(|c| *c as char).collect::<String>()))
        }
        _ => Err(vm.new_exception("LookupError", format!("unknown encoding: {}", enc))),
    }
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::str(
        b.iter().map(|c| format!("{:02x}", c)).collect::<String>(),
    ))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(bytes_value(this(vm, &args)?.to_ascii_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(bytes_value(this(vm, &args)?.to_ascii_lowercase()))
}

fn arg_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.clone()),
        _ => {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "startswith", 2, 2)?;
    let p = arg_bytes(vm, &args.args[1])?;
    Ok(Value::Bool(this(vm, &args)?.starts_with(&p)))
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "endswith", 2, 2)?;
    let p = arg_bytes(vm, &args.args[1])?;
    Ok(Value::Bool(this(vm, &args)?.ends_with(&p)))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map(|e| e + 1)
        .unwrap_or(start);
    Ok(bytes_value(b[start..end.max(start)].to_vec()))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?.to_vec();
    let parts: Vec<Value> = match args.args.get(1).filter(|v| !v.is_none()) {
        None => b
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| bytes_value(p.to_vec()))
            .collect(),
        Some(sep) => {
            let sep = arg_bytes(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut rest = &b[..];
            while let Some(i) = rest.windows(sep.len()).position(|w| w == &sep[..]) {
                out.push(bytes_value(rest[..i].to_vec()));
                rest = &rest[i + sep.len()..];
            }
            out.push(bytes_value(rest.to_vec()));
            out
        }
    };
    Ok(Value::list(parts))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "join", 2, 2)?;
    let sep = this(vm, &args)?.to_vec();
    let items = vm.collect(&args.args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend(&sep);
        }
        out.extend(arg_bytes(vm, item)?);
    }
    Ok(bytes_value(out))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "replace", 3, 3)?;
    let b = this(vm, &args)?.to_vec();
    let old = arg_bytes(vm, &args.args[1])?;
    let new = arg_bytes(vm, &args.args[2])?;
    if old.is_empty() {
        return Ok(bytes_value(b));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(&old) {
            out.extend(&new);
            i += old.len();
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(bytes_value(out))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "find", 2, 2)?;
    let b = this(vm, &args)?.to_vec();
    let sub = match &args.args[1] {
        Value::Int(i) => vec![*i as u8],
        v => arg_bytes(vm, v)?,
    };
    let pos = if sub.is_empty() {
        Some(0)
    } else {
        b.windows(sub.len()).position(|w| w == &sub[..])
    };
    Ok(Value::Int(pos.map(|p| p as i64).unwrap_or(-1)))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "count", 2, 2)?;
    let b = this(vm, &args)?.to_vec();
    let sub = arg_bytes(vm, &args.args[1])?;
    if sub.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= b.len() {
        if b[i..].starts_with(&sub) {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    args.check_count(vm, "bytes", 0, 3)?;
    let Some(src) = args.args.first().cloned() else {
        return Ok(bytes_value(Vec::new()));
    };
    match &src {
        Value::Int(n) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            Ok(bytes_value(vec![0; *n as usize]))
        }
        _ => match src.payload() {
            Some(Payload::Str(s)) => {
                if encoding.is_none() && args.args.len() < 2 {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                Ok(bytes_value(s.as_str().as_bytes().to_vec()))
            }
            Some(Payload::Bytes(_)) => Ok(src.clone()),
            _ => {
                let mut out = Vec::new();
                for item in vm.collect(&src)? {
                    match item {
                        Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                        Value::Int(_) => {
                            return Err(vm.value_error("bytes must be in range(0, 256)"))
                        }
                        other => {
                            let msg = format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(&other)
                            );
                            return Err(vm.type_error(msg));
                        }
                    }
                }
                Ok(bytes_value(out))
            }
        },
    }
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().bytes.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("upper", upper),
        ("lower", lower),
        ("startswith", startswith),
        ("endswith", endswith),
        ("strip", strip),
        ("split", split),
        ("join", join),
        ("replace", replace),
        ("find", find),
        ("count", count),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "bytes", name, *f);
    }
}
