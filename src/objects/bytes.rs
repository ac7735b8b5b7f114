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
    let b = this(vm, &args)?.to_vec();
    let sep = match args.args.get(1) {
        Some(v) => match (v.as_str(), v.payload()) {
            (Some(s), _) => s.to_string(),
            (None, Some(Payload::Bytes(b))) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(vm.type_error("sep must be str or bytes.")),
        },
        None => String::new(),
    };
    let digits: Vec<String> = b.iter().map(|c| format!("{:02x}", c)).collect();
    Ok(Value::str(digits.join(&sep)))
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

// ----- methods shared with `str` -------------------------------------------------------------

/// Bytes as the latin-1 text with the same code points (every byte one character).
fn latin1(b: &[u8]) -> Value {
    Value::str(b.iter().map(|c| *c as char).collect::<String>())
}

/// Back from latin-1 text to bytes (all its characters are below 256 by construction).
fn from_latin1(v: Value) -> Value {
    match v.payload() {
        Some(Payload::Str(s)) => bytes_value(s.as_str().chars().map(|c| c as u32 as u8).collect()),
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            Value::list(items.into_iter().map(from_latin1).collect())
        }
        Some(Payload::Tuple(t)) => Value::tuple(t.iter().cloned().map(from_latin1).collect()),
        _ => v,
    }
}

/// Run the `str` method of the same name on the latin-1 view of the bytes and their bytes
/// arguments. Exact for the methods whose result does not depend on character classes (search,
/// split on a given separator, padding, replacing).
fn via_str(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let this = this(vm, &args)?.to_vec();
    let mut str_args = Vec::with_capacity(args.args.len());
    for (i, a) in args.args.iter().enumerate().skip(1) {
        str_args.push(match a.payload() {
            Some(Payload::Bytes(b)) => latin1(b),
            Some(Payload::Tuple(t)) if matches!(name, "startswith" | "endswith") => {
                let mut items = Vec::new();
                for x in t {
                    items.push(latin1(&arg_bytes(vm, x)?));
                }
                Value::tuple(items)
            }
            Some(Payload::Str(_)) => {
                let _ = i;
                let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(a));
                return Err(vm.type_error(msg));
            }
            _ => a.clone(),
        });
    }
    let f = vm.intern(name);
    let method = vm.getattr(&latin1(&this), &f)?;
    match vm.call_args(
        &method,
        Args {
            args: str_args,
            kwargs: args.kwargs.clone(),
        },
    ) {
        Ok(v) => Ok(from_latin1(v)),
        Err(e) if vm.err_matches(&e, "ValueError") && name.contains("index") => {
            Err(vm.value_error("subsection not found"))
        }
        Err(e) => Err(e),
    }
}

macro_rules! shared_with_str {
    ($($name:ident),*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            via_str(vm, args, stringify!($name))
        })*
    };
}

shared_with_str!(
    rfind,
    index,
    rindex,
    partition,
    rpartition,
    center,
    ljust,
    rjust,
    zfill,
    removeprefix,
    removesuffix,
    expandtabs
);

fn startswith_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    via_str(vm, args, "startswith")
}

fn endswith_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    via_str(vm, args, "endswith")
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// strip/lstrip/rstrip: ASCII whitespace, or the bytes given.
fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, &args)?.to_vec();
    let chars = match args.args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_bytes(vm, v)?),
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_ascii_space(*c),
    };
    let mut start = 0;
    let mut end = b.len();
    if left {
        while start < end && strip(&b[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&b[end - 1]) {
            end -= 1;
        }
    }
    Ok(bytes_value(b[start..end].to_vec()))
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.get(1).is_some_and(|v| !v.is_none()) {
        return via_str(vm, args, "rsplit");
    }
    let b = this(vm, &args)?.to_vec();
    let maxsplit = match args.args.get(2) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut end = b.len();
    loop {
        while end > 0 && is_ascii_space(b[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if maxsplit >= 0 && parts.len() as i64 == maxsplit {
            parts.push(b[..end].to_vec());
            break;
        }
        let mut start = end;
        while start > 0 && !is_ascii_space(b[start - 1]) {
            start -= 1;
        }
        parts.push(b[start..end].to_vec());
        end = start;
    }
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(bytes_value).collect()))
}

fn splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep = match args
        .take_kw("keepends")
        .or_else(|| args.args.get(1).cloned())
    {
        Some(k) => vm.truthy(&k)?,
        None => false,
    };
    let b = this(vm, &args)?.to_vec();
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            out.push(bytes_value(b[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(bytes_value(b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn map_ascii(vm: &mut Vm, args: &Args, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(vm, args)?.to_vec();
    Ok(bytes_value(f(&b)))
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_ascii(vm, &args, |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if c.is_ascii_alphabetic() {
                    if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                } else {
                    c
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_ascii(vm, &args, |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_ascii(vm, &args, |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn test_all(vm: &mut Vm, args: &Args, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let b = this(vm, args)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(|c| f(*c))))
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_all(vm, &args, |c| c.is_ascii_alphabetic())
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_all(vm, &args, |c| c.is_ascii_digit())
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_all(vm, &args, |c| c.is_ascii_alphanumeric())
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_all(vm, &args, is_ascii_space)
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::bool(
        b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()),
    ))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args)?;
    Ok(Value::bool(
        b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()),
    ))
}

/// `bytes.fromhex(text)`: pairs of hex digits, spaces allowed between pairs.
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "fromhex", 2, 2)?;
    let Some(text) = args.args[1].as_str().map(String::from) else {
        let msg = format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.args[1])
        );
        return Err(vm.type_error(msg));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let pair = (
            chars[i].to_digit(16),
            chars.get(i + 1).and_then(|c| c.to_digit(16)),
        );
        match pair {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if pair.0.is_none() { i } else { i + 1 };
                let msg = format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    at
                );
                return Err(vm.value_error(msg));
            }
        }
        i += 2;
    }
    Ok(bytes_value(out))
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
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("partition", partition),
        ("rpartition", rpartition),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("title", title),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("upper", upper),
        ("lower", lower),
        ("startswith", startswith_any),
        ("endswith", endswith_any),
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
    let fromhex = Value::obj(Payload::ClassMethod(Value::obj(Payload::BuiltinFunction(
        super::BuiltinFunction {
            name: "fromhex",
            owner: "bytes",
            func: fromhex,
            bound: None,
            wants_caller: false,
        },
    ))));
    crate::vm::types::class_dict(&cls)
        .borrow_mut()
        .set_str(vm.intern("fromhex"), fromhex);
}
