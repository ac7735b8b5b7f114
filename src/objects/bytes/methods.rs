//! The methods `bytes` and `bytearray` share: searching, splitting and joining, transforming,
//! classifying. Each takes its owner (`Kind`), which fixes the type of the byte strings it
//! returns; `shared_methods` binds them for each class.

use super::text::{decode, hex};
use super::{
    allocate, bytes_value, find_in, is_ascii_space, memory_limit, params, rfind_in, sub_arg, this,
    with_this, Kind,
};
use crate::objects::buffer::{bytes_like, expect_bytes_like};
use crate::objects::class::NativeFn;
use crate::objects::str::methods::{c_int_arg, int_arg, keyword_params, window, Arity};
use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

// ----- searching -------------------------------------------------------------------------------

fn find_impl(vm: &mut Vm, args: &Args, owner: Kind, name: &str) -> PyResult<Option<usize>> {
    // Two short borrows rather than a copy of a bytearray: the arguments between them may run
    // Python code (`__index__`), and the search clamps to the length it then finds.
    let len = with_this(vm, args, owner, name, |b| b.len())?;
    let rest = params(vm, args, owner, name, 1, 3, Arity::Classic)?;
    let sub = sub_arg(vm, &rest[0])?;
    let (start, end) = window(vm, &rest[1..], len)?;
    with_this(vm, args, owner, name, |b| {
        let end = end.min(b.len());
        if name.starts_with('r') {
            rfind_in(b, &sub, start, end)
        } else {
            find_in(b, &sub, start, end)
        }
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
            if !crate::objects::buffer::is_bytes_like(&rest[0]) {
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
        // A released view is "not bytes-like" here, as CPython words it.
        let data = bytes_like(vm, item).unwrap_or_default();
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
pub(super) fn is_iterable_type(vm: &mut Vm, v: &Value) -> bool {
    vm.is_iterable(v)
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
    let mut out = allocate(vm, width)?;
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
    let mut out = allocate(vm, width)?;
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
                    if out.len() + spaces as usize > memory_limit() {
                        return Err(vm.overflow_error("result too long"));
                    }
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
pub(super) fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

/// The methods `bytes` and `bytearray` share, as a table for `owner`'s class. Each entry is a
/// wrapper that tells the method its owner (native functions carry no data of their own).
pub(super) fn shared_methods(owner: Kind) -> Vec<(&'static str, NativeFn)> {
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
