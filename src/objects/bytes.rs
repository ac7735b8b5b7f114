//! `bytes`: an immutable byte string; and the methods it shares with `bytearray`.
//!
//! Every method here serves both types: `self` is read as a byte slice (a `bytes` borrowed, a
//! `bytearray` copied, since Python code may run and change it before the method is done), and
//! the result takes the type of the class the method was found on (`Kind`), as CPython's do:
//! `bytearray(b'a b').split()` is a list of bytearrays. Arguments are any bytes-like object
//! (`buffer::bytes_like`). Messages and argument rules are CPython 3.11's, which words them as
//! it words `str`'s (`str::methods::params_of`).

use std::borrow::Cow;

use super::buffer::{bytes_like, expect_bytes_like};
use super::class::NativeFn;
use super::str::methods::{
    c_int_arg, clinic_str_arg, int_arg, keyword_params, params_of, window, Arity,
};
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

/// `hash(b)`, shared by `bytes` and read-only memoryviews (which hash as their bytes do).
pub fn hash(b: &[u8]) -> i64 {
    super::str::hash_str(&String::from_utf8_lossy(b)) ^ 0x1b
}

/// Which type a method belongs to, and so which type its byte-string results take.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    /// A new object of this kind holding `data`.
    pub fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => Value::obj(Payload::Bytes(data)),
            Kind::ByteArray => super::bytearray::new_value(data),
        }
    }
}

pub fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Payload::Bytes(b))
}

/// `self` of a method of `owner`: its bytes, or CPython's descriptor error.
fn this<'a>(vm: &mut Vm, args: &'a Args, owner: Kind, name: &str) -> PyResult<Cow<'a, [u8]>> {
    match (owner, args.args.first().and_then(|v| v.payload())) {
        (Kind::Bytes, Some(Payload::Bytes(b))) => Ok(Cow::Borrowed(b)),
        (Kind::ByteArray, Some(Payload::ByteArray(b))) => Ok(Cow::Owned(b.to_vec())),
        _ => {
            let got = match args.args.first() {
                Some(v) => vm.type_name(v),
                None => {
                    let msg = format!(
                        "unbound method {}.{}() needs an argument",
                        owner.name(),
                        name
                    );
                    return Err(vm.type_error(msg));
                }
            };
            let msg = format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name,
                owner.name(),
                got
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The positional arguments after `self`, with CPython's arity messages for `owner`.
fn params<'a>(
    vm: &mut Vm,
    args: &'a Args,
    owner: Kind,
    name: &str,
    min: usize,
    max: usize,
    arity: Arity,
) -> PyResult<&'a [Value]> {
    params_of(vm, args, owner.name(), name, min, max, arity)
}

/// A byte value for `bytes(iterable)` and friends: an int in `0..256` (through `__index__`).
pub fn byte_value(vm: &mut Vm, v: &Value, range_message: &str) -> PyResult<u8> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ if matches!(v.payload(), Some(Payload::BigInt(_))) => {
            return Err(vm.value_error(range_message.to_string()))
        }
        _ => vm.to_index(v)?,
    };
    u8::try_from(i).map_err(|_| vm.value_error(range_message.to_string()))
}

/// The ints of an iterable as bytes (`bytes([1, 2])`, `bytearray.extend(range(3))`).
pub fn bytes_from_iterable(vm: &mut Vm, v: &Value, range_message: &str) -> PyResult<Vec<u8>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(vm, item, range_message)?);
    }
    Ok(out)
}

/// Does `v` pass CPython's `PyIndex_Check` (an int, or an object with `__index__`)?
pub fn is_index(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => true,
            Payload::Instance(_) => {
                let name = vm.names().__index__.clone();
                vm.lookup_special(v, &name).is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

/// The size argument of `bytes(n)`/`bytearray(n)`: a count of zero bytes.
pub fn zeroed(vm: &mut Vm, n: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::BigInt(_)) = n.payload() {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let n = vm.to_index(n)?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    allocate_zeroed(vm, n as usize)
}

/// `n` zero bytes, or `MemoryError` when the machine cannot hold them.
pub fn allocate_zeroed(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    // Far past this machine's memory: refuse before asking the allocator.
    const LIMIT: usize = 1 << 36;
    let mut v = Vec::new();
    if n > LIMIT || v.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception("MemoryError", ""));
    }
    v.resize(n, 0);
    Ok(v)
}

/// `a * n` for byte strings, with `MemoryError` past what can be held.
pub fn repeat(vm: &mut Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    match data.len().checked_mul(n) {
        Some(total) if total <= 1 << 36 => {
            let mut out = Vec::new();
            if out.try_reserve_exact(total).is_err() {
                return Err(vm.new_exception("MemoryError", ""));
            }
            for _ in 0..n {
                out.extend_from_slice(data);
            }
            Ok(out)
        }
        _ => Err(vm.new_exception("MemoryError", "")),
    }
}

/// A `sub` argument of `find`, `count`, `index`: a bytes-like object or one byte as an int.
fn sub_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = bytes_like(vm, v)? {
        return Ok(b);
    }
    if is_index(vm, v) {
        return Ok(Cow::Owned(vec![byte_value(
            vm,
            v,
            "byte must be in range(0, 256)",
        )?]));
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + start)
}

// ----- searching -------------------------------------------------------------------------------

fn find_impl(vm: &mut Vm, args: &Args, owner: Kind, name: &str) -> PyResult<Option<usize>> {
    let b = this(vm, args, owner, name)?;
    let rest = params(vm, args, owner, name, 1, 3, Arity::Classic)?;
    let sub = sub_arg(vm, &rest[0])?;
    let (start, end) = window(vm, &rest[1..], b.len())?;
    Ok(if name.starts_with('r') {
        rfind_in(&b, &sub, start, end)
    } else {
        find_in(&b, &sub, start, end)
    })
}

fn position_or_minus_one(p: Option<usize>) -> Value {
    Value::Int(p.map(|p| p as i64).unwrap_or(-1))
}

fn find(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    find_impl(vm, &args, owner, "find").map(position_or_minus_one)
}

fn rfind(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    find_impl(vm, &args, owner, "rfind").map(position_or_minus_one)
}

fn index(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    match find_impl(vm, &args, owner, "index")? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    match find_impl(vm, &args, owner, "rindex")? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    let b = this(vm, &args, owner, "count")?;
    let rest = params(vm, &args, owner, "count", 1, 3, Arity::Classic)?;
    let sub = sub_arg(vm, &rest[0])?;
    let (start, end) = window(vm, &rest[1..], b.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let mut n = 0;
    let mut i = start;
    while let Some(p) = find_in(&b, &sub, i, end) {
        n += 1;
        i = p + sub.len();
    }
    Ok(Value::Int(n))
}

/// CPython's `tailmatch`: does `sub` sit at the start (or end) of `b[start:end]`?
fn tail_match(b: &[u8], sub: &[u8], start: usize, end: usize, at_end: bool) -> bool {
    let len = b.len();
    let mut start = start;
    if at_end {
        if end < start + sub.len() || start > len {
            return false;
        }
        if end - sub.len() > start {
            start = end - sub.len();
        }
    } else if start + sub.len() > len {
        return false;
    }
    if end < start + sub.len() {
        return false;
    }
    &b[start..start + sub.len()] == sub
}

fn starts_or_ends(vm: &mut Vm, args: &Args, owner: Kind, name: &str) -> PyResult<Value> {
    let b = this(vm, args, owner, name)?;
    let rest = params(vm, args, owner, name, 1, 3, Arity::Classic)?;
    let (start, end) = window(vm, &rest[1..], b.len())?;
    let at_end = name == "endswith";
    let candidates: Vec<Value> = match rest[0].payload() {
        Some(Payload::Tuple(items)) => items.clone(),
        _ => {
            if !super::buffer::is_bytes_like(&rest[0]) {
                let msg = format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    name,
                    vm.type_name(&rest[0])
                );
                return Err(vm.type_error(msg));
            }
            vec![rest[0].clone()]
        }
    };
    for candidate in &candidates {
        let sub = expect_bytes_like(vm, candidate)?;
        if tail_match(&b, &sub, start, end, at_end) {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn startswith(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    starts_or_ends(vm, &args, owner, "startswith")
}

fn endswith(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    starts_or_ends(vm, &args, owner, "endswith")
}

// ----- splitting and joining -------------------------------------------------------------------

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, Option<usize>)> {
    let slots = keyword_params(vm, args, name, &["sep", "maxsplit"])?;
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = expect_bytes_like(vm, v)?.into_owned();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(sep)
        }
    };
    let maxsplit = match &slots[1] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok((sep, usize::try_from(maxsplit).ok()))
}

fn split(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &mut args, "split")?;
    let b = this(vm, &args, owner, "split")?;
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut rest: &[u8] = &b;
            while parts.len() < limit {
                match find_in(rest, sep, 0, rest.len()) {
                    Some(i) => {
                        parts.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            let mut i = 0;
            while i < b.len() {
                while i < b.len() && is_ascii_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if parts.len() == limit {
                    // The rest, trailing whitespace included, as CPython leaves it.
                    parts.push(&b[i..]);
                    break;
                }
                let start = i;
                while i < b.len() && !is_ascii_space(b[i]) {
                    i += 1;
                }
                parts.push(&b[start..i]);
            }
        }
    }
    Ok(Value::list(
        parts.into_iter().map(|p| owner.make(p.to_vec())).collect(),
    ))
}

fn rsplit(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &mut args, "rsplit")?;
    let b = this(vm, &args, owner, "rsplit")?;
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut rest: &[u8] = &b;
            while parts.len() < limit {
                match rfind_in(rest, sep, 0, rest.len()) {
                    Some(i) => {
                        parts.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            let mut end = b.len();
            loop {
                while end > 0 && is_ascii_space(b[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if parts.len() == limit {
                    parts.push(&b[..end]);
                    break;
                }
                let mut start = end;
                while start > 0 && !is_ascii_space(b[start - 1]) {
                    start -= 1;
                }
                parts.push(&b[start..end]);
                end = start;
            }
        }
    }
    parts.reverse();
    Ok(Value::list(
        parts.into_iter().map(|p| owner.make(p.to_vec())).collect(),
    ))
}

fn partition_impl(vm: &mut Vm, args: &Args, owner: Kind, name: &str) -> PyResult<Value> {
    let b = this(vm, args, owner, name)?;
    let rest = params(vm, args, owner, name, 1, 1, Arity::Clinic)?;
    let sep = expect_bytes_like(vm, &rest[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: [&[u8]; 3] = if name == "partition" {
        match find_in(&b, &sep, 0, b.len()) {
            Some(i) => [&b[..i], &sep, &b[i + sep.len()..]],
            None => [&b, b"", b""],
        }
    } else {
        match rfind_in(&b, &sep, 0, b.len()) {
            Some(i) => [&b[..i], &sep, &b[i + sep.len()..]],
            None => [b"", b"", &b],
        }
    };
    Ok(Value::tuple(
        parts.iter().map(|p| owner.make(p.to_vec())).collect(),
    ))
}

fn partition(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    partition_impl(vm, &args, owner, "partition")
}

fn rpartition(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    partition_impl(vm, &args, owner, "rpartition")
}

fn join(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    let sep = this(vm, &args, owner, "join")?.into_owned();
    let rest = params(vm, &args, owner, "join", 1, 1, Arity::Clinic)?;
    let iterable = rest[0].clone();
    let items = match vm.collect(&iterable) {
        Ok(items) => items,
        Err(e) if vm.err_matches(&e, "TypeError") && !is_iterable_type(vm, &iterable) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let data = match bytes_like(vm, item) {
            Ok(data) => data,
            Err(_) => None,
        };
        match data {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let msg = format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(item)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(owner.make(out))
}

/// Whether `iter(v)` can work at all (so a `TypeError` from it came from inside the iteration).
fn is_iterable_type(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Instance(_)) => {
            let it = vm.names().__iter__.clone();
            let gi = vm.names().__getitem__.clone();
            vm.lookup_special(v, &it).is_some() || vm.lookup_special(v, &gi).is_some()
        }
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::MemoryView(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Range(_)
            | Payload::Iterator(_)
            | Payload::Generator(_)
            | Payload::DictView(..)
            | Payload::File(_),
        ) => true,
        _ => false,
    }
}

fn splitlines(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "splitlines", &["keepends"])?;
    let keep = match &slots[0] {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let b = this(vm, &args, owner, "splitlines")?;
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
            out.push(owner.make(b[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(owner.make(b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

// ----- transforming ----------------------------------------------------------------------------

fn replace(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    let b = this(vm, &args, owner, "replace")?;
    let rest = params(vm, &args, owner, "replace", 2, 3, Arity::Clinic)?;
    let old = expect_bytes_like(vm, &rest[0])?;
    let new = expect_bytes_like(vm, &rest[1])?;
    let limit = match rest.get(2) {
        Some(v) => usize::try_from(int_arg(vm, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if done < limit {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(c);
            if i + 1 == b.len() && done < limit {
                out.extend_from_slice(&new);
            }
        }
        if b.is_empty() && limit > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(owner.make(out));
    }
    let mut i = 0;
    while i < b.len() {
        if done < limit && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            done += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(owner.make(out))
}

/// strip/lstrip/rstrip: ASCII whitespace, or the bytes given.
fn strip_impl(vm: &mut Vm, args: &Args, owner: Kind, name: &str) -> PyResult<Value> {
    let b = this(vm, args, owner, name)?;
    let rest = params(vm, args, owner, name, 0, 1, Arity::Clinic)?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(expect_bytes_like(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        Some(set) => set.contains(&c),
        None => is_ascii_space(c),
    };
    let mut start = 0;
    let mut end = b.len();
    if name != "rstrip" {
        while start < end && strip(b[start]) {
            start += 1;
        }
    }
    if name != "lstrip" {
        while end > start && strip(b[end - 1]) {
            end -= 1;
        }
    }
    Ok(owner.make(b[start..end].to_vec()))
}

fn strip(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    strip_impl(vm, &args, owner, "strip")
}

fn lstrip(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    strip_impl(vm, &args, owner, "lstrip")
}

fn rstrip(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    strip_impl(vm, &args, owner, "rstrip")
}

/// center/ljust/rjust: `width` and a fill byte (a bytes or bytearray of length 1).
fn pad_impl(vm: &mut Vm, args: &Args, owner: Kind, name: &str) -> PyResult<Value> {
    let b = this(vm, args, owner, name)?;
    let rest = params(vm, args, owner, name, 1, 2, Arity::Clinic)?;
    let width = int_arg(vm, &rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(v) => match v.payload() {
            Some(Payload::Bytes(f)) if f.len() == 1 => f[0],
            Some(Payload::ByteArray(f)) if f.len() == 1 => f.borrow()[0],
            _ => {
                let msg = format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let width = usize::try_from(width).unwrap_or(0);
    if width <= b.len() {
        return Ok(owner.make(b.into_owned()));
    }
    let margin = width - b.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        _ => margin / 2 + (margin & width & 1),
    };
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(owner.make(out))
}

fn center(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    pad_impl(vm, &args, owner, "center")
}

fn ljust(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    pad_impl(vm, &args, owner, "ljust")
}

fn rjust(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    pad_impl(vm, &args, owner, "rjust")
}

fn zfill(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    let b = this(vm, &args, owner, "zfill")?;
    let rest = params(vm, &args, owner, "zfill", 1, 1, Arity::Clinic)?;
    let width = usize::try_from(int_arg(vm, &rest[0])?).unwrap_or(0);
    if width <= b.len() {
        return Ok(owner.make(b.into_owned()));
    }
    let fill = width - b.len();
    let mut out = Vec::with_capacity(width);
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    if signed {
        out.push(b[0]);
    }
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(&b[signed as usize..]);
    Ok(owner.make(out))
}

fn expandtabs(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "expandtabs", &["tabsize"])?;
    let tabsize = match &slots[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let b = this(vm, &args, owner, "expandtabs")?;
    let mut out = Vec::with_capacity(b.len());
    let mut column = 0i64;
    for &c in b.iter() {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    column += spaces;
                    out.resize(out.len() + spaces as usize, b' ');
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(owner.make(out))
}

fn removeprefix(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    let b = this(vm, &args, owner, "removeprefix")?;
    let rest = params(vm, &args, owner, "removeprefix", 1, 1, Arity::Clinic)?;
    let prefix = expect_bytes_like(vm, &rest[0])?;
    let out = b.strip_prefix(&prefix[..]).unwrap_or(&b).to_vec();
    Ok(owner.make(out))
}

fn removesuffix(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    let b = this(vm, &args, owner, "removesuffix")?;
    let rest = params(vm, &args, owner, "removesuffix", 1, 1, Arity::Clinic)?;
    let suffix = expect_bytes_like(vm, &rest[0])?;
    let out = b.strip_suffix(&suffix[..]).unwrap_or(&b).to_vec();
    Ok(owner.make(out))
}

/// The methods that map each byte on its own, taking no arguments.
fn map_bytes(
    vm: &mut Vm,
    args: &Args,
    owner: Kind,
    name: &str,
    f: impl FnOnce(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let b = this(vm, args, owner, name)?;
    params(vm, args, owner, name, 0, 0, Arity::Clinic)?;
    Ok(owner.make(f(&b)))
}

fn upper(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    map_bytes(vm, &args, owner, "upper", |b| b.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    map_bytes(vm, &args, owner, "lower", |b| b.to_ascii_lowercase())
}

fn title(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    map_bytes(vm, &args, owner, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn swapcase(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    map_bytes(vm, &args, owner, "swapcase", |b| {
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

fn capitalize(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    map_bytes(vm, &args, owner, "capitalize", |b| {
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

/// `bytes.maketrans(from, to)`, a static method: the 256-byte table `translate` reads.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "maketrans")?;
    args.check_count(vm, "maketrans", 2, 2)?;
    let from = expect_bytes_like(vm, &args.args[0])?;
    let to = expect_bytes_like(vm, &args.args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(bytes_value(table))
}

fn translate(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
    let delete_kw = args.take_kw("delete");
    args.no_kwargs(vm, "translate()")?;
    let b = this(vm, &args, owner, "translate")?;
    let given = args.args.len().saturating_sub(1);
    if given == 0 || given + delete_kw.is_some() as usize > 2 {
        let msg = if given == 0 {
            "translate() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!("translate expected at most 2 arguments, got {}", given)
        };
        return Err(vm.type_error(msg));
    }
    let table = match &args.args[1] {
        Value::None => None,
        v => {
            let t = expect_bytes_like(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete_kw.as_ref().or(args.args.get(2)) {
        Some(v) => expect_bytes_like(vm, v)?.into_owned(),
        None => Vec::new(),
    };
    let out = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    Ok(owner.make(out))
}

// ----- classification --------------------------------------------------------------------------

fn test_bytes(
    vm: &mut Vm,
    args: &Args,
    owner: Kind,
    name: &str,
    f: impl FnOnce(&[u8]) -> bool,
) -> PyResult<Value> {
    let b = this(vm, args, owner, name)?;
    params(vm, args, owner, name, 0, 0, Arity::Clinic)?;
    Ok(Value::bool(f(&b)))
}

fn isalpha(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isdigit(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

fn isalnum(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "isspace", |b| {
        !b.is_empty() && b.iter().all(|c| is_ascii_space(*c))
    })
}

fn isascii(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "isascii", |b| b.is_ascii())
}

fn isupper(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn istitle(vm: &mut Vm, args: Args, owner: Kind) -> PyResult<Value> {
    test_bytes(vm, &args, owner, "istitle", |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

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

fn decode(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
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
                    (n - i) % width == 0
                } else {
                    i % width == 0
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

fn hex(vm: &mut Vm, mut args: Args, owner: Kind) -> PyResult<Value> {
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
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let owner = match args.args.first() {
        Some(Value::Obj(c)) if super::ObjRef::ptr_eq(c, &vm.types().bytearray) => Kind::ByteArray,
        _ => Kind::Bytes,
    };
    params(vm, &args, owner, "fromhex", 1, 1, Arity::Clinic)?;
    let data = parse_hex(vm, &args.args[1])?;
    let cls = args.args[0].clone();
    let exact = match &cls {
        Value::Obj(c) => {
            super::ObjRef::ptr_eq(c, &vm.types().bytes)
                || super::ObjRef::ptr_eq(c, &vm.types().bytearray)
        }
        _ => true,
    };
    if exact {
        return Ok(owner.make(data));
    }
    vm.call(&cls, vec![owner.make(data)])
}

// ----- the constructor -------------------------------------------------------------------------

/// `str` encoded for `bytes(s, encoding, errors)` / `bytearray(...)`, through `str.encode`.
pub fn encode_source(
    vm: &mut Vm,
    source: &Value,
    encoding: &Value,
    errors: Option<&Value>,
    ctor: &str,
) -> PyResult<Vec<u8>> {
    if encoding.as_str().is_none() {
        let msg = format!(
            "{}() argument 'encoding' must be str, not {}",
            ctor,
            vm.type_name(encoding)
        );
        return Err(vm.type_error(msg));
    }
    let mut call_args = vec![encoding.clone()];
    if let Some(e) = errors {
        if e.as_str().is_none() {
            let msg = format!(
                "{}() argument 'errors' must be str, not {}",
                ctor,
                vm.type_name(e)
            );
            return Err(vm.type_error(msg));
        }
        call_args.push(e.clone());
    }
    let encoded = vm.call_method(source, "encode", call_args)?;
    Ok(expect_bytes_like(vm, &encoded)?.into_owned())
}

/// `bytes(source=b'', encoding=..., errors=...)`, as CPython 3.11's `bytes_new`.
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.args.insert(0, Value::None);
    let slots = keyword_params(vm, &mut args, "bytes", &["source", "encoding", "errors"])?;
    let [source, encoding, errors] = [slots[0].clone(), slots[1].clone(), slots[2].clone()];
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            let which = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(vm.type_error(format!("{} without a string argument", which)));
        }
        return Ok(bytes_value(Vec::new()));
    };
    if let Some(encoding) = &encoding {
        if source.as_str().is_none() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        let data = encode_source(vm, &source, encoding, errors.as_ref(), "bytes")?;
        return Ok(bytes_value(data));
    }
    if errors.is_some() {
        let msg = if source.as_str().is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        };
        return Err(vm.type_error(msg));
    }
    if matches!(source.payload(), Some(Payload::Bytes(_))) {
        return Ok(source);
    }
    if matches!(source.payload(), Some(Payload::Instance(_))) {
        let name = vm.intern("__bytes__");
        if let Some(r) = vm.call_special(&source, &name, vec![])? {
            return match r.payload() {
                Some(Payload::Bytes(_)) => Ok(r),
                Some(Payload::Instance(inst))
                    if matches!(
                        inst.base.as_ref().and_then(|b| b.payload()),
                        Some(Payload::Bytes(_))
                    ) =>
                {
                    Ok(r)
                }
                _ => {
                    let msg = format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    );
                    Err(vm.type_error(msg))
                }
            };
        }
    }
    if source.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if is_index(vm, &source) {
        return Ok(bytes_value(zeroed(vm, &source)?));
    }
    if let Some(b) = bytes_like(vm, &source)? {
        return Ok(bytes_value(b.into_owned()));
    }
    if !is_iterable_type(vm, &source) {
        let msg = format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(&source)
        );
        return Err(vm.type_error(msg));
    }
    let data = bytes_from_iterable(vm, &source, "bytes must be in range(0, 256)")?;
    Ok(bytes_value(data))
}

// ----- registration ----------------------------------------------------------------------------

/// The methods `bytes` and `bytearray` share, as a table for `owner`'s class. Each entry is a
/// wrapper that tells the method its owner (native functions carry no data of their own).
pub fn shared_methods(owner: Kind) -> Vec<(&'static str, NativeFn)> {
    macro_rules! table {
        ($kind:expr, $($name:ident),* $(,)?) => {
            vec![$((stringify!($name), (|vm: &mut Vm, args: Args| $name(vm, args, $kind)) as NativeFn)),*]
        };
    }
    macro_rules! both {
        ($($name:ident),* $(,)?) => {
            match owner {
                Kind::Bytes => table!(Kind::Bytes, $($name),*),
                Kind::ByteArray => table!(Kind::ByteArray, $($name),*),
            }
        };
    }
    both!(
        capitalize,
        center,
        count,
        decode,
        endswith,
        expandtabs,
        find,
        hex,
        index,
        isalnum,
        isalpha,
        isascii,
        isdigit,
        islower,
        isspace,
        istitle,
        isupper,
        join,
        ljust,
        lower,
        lstrip,
        partition,
        removeprefix,
        removesuffix,
        replace,
        rfind,
        rindex,
        rjust,
        rpartition,
        rsplit,
        rstrip,
        split,
        splitlines,
        startswith,
        strip,
        swapcase,
        title,
        translate,
        upper,
        zfill,
    )
}

/// Give `cls` (bytes or bytearray) the shared methods and the `fromhex`/`maketrans` class-level
/// ones.
pub fn register_shared(vm: &mut Vm, cls: &super::ObjRef, owner: Kind) {
    for (name, f) in shared_methods(owner) {
        vm.add_method(cls, owner.name(), name, f);
    }
    let native = |name: &'static str, func: NativeFn| {
        Value::obj(Payload::BuiltinFunction(super::BuiltinFunction {
            name,
            owner: owner.name(),
            func,
            bound: None,
            wants_caller: false,
        }))
    };
    let fromhex = Value::obj(Payload::ClassMethod(native("fromhex", fromhex)));
    let maketrans = Value::obj(Payload::StaticMethod(native("maketrans", maketrans)));
    let dict = crate::vm::types::class_dict(cls);
    dict.borrow_mut().set_str(vm.intern("fromhex"), fromhex);
    dict.borrow_mut().set_str(vm.intern("maketrans"), maketrans);
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().bytes.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    register_shared(vm, &cls, Kind::Bytes);
}


/// `item in b` for bytes and bytearray: one byte (an int) or a bytes-like substring.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let needle: Cow<[u8]> = if is_index(vm, item) {
        Cow::Owned(vec![byte_value(vm, item, "byte must be in range(0, 256)")?])
    } else {
        expect_bytes_like(vm, item)?
    };
    let found = |hay: &[u8]| find_in(hay, &needle, 0, hay.len()).is_some();
    Ok(match container.payload() {
        Some(Payload::Bytes(b)) => found(b),
        Some(Payload::ByteArray(b)) => found(&b.borrow()),
        _ => false,
    })
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
    let r = match super::strformat::percent_format(vm, &text, &args) {
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
