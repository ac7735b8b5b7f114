//! `bytes`: an immutable byte string; and the methods it shares with `bytearray`.
//!
//! Every method here serves both types: `self` is read as a byte slice (a `bytes` borrowed, a
//! `bytearray` copied, since Python code may run and change it before the method is done), and
//! the result takes the type of the class the method was found on (`Kind`), as CPython's do:
//! `bytearray(b'a b').split()` is a list of bytearrays. Arguments are any bytes-like object
//! (`buffer::bytes_like`). Messages and argument rules are CPython 3.11's, which words them as
//! it words `str`'s (`str::methods::params_of`).

mod methods;
mod text;

use std::borrow::Cow;

use super::buffer::{bytes_like, expect_bytes_like};
use super::class::NativeFn;
use super::str::methods::{keyword_params, params_of, Arity};
use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;
use methods::{is_iterable_type, maketrans, shared_methods};
use text::fromhex;
pub use text::{hex_text, percent};

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

/// `f` over `self`'s bytes without copying a bytearray's. `f` must not run Python code, which
/// could resize the bytearray under the borrow.
fn with_this<R>(
    vm: &mut Vm,
    args: &Args,
    owner: Kind,
    name: &str,
    f: impl FnOnce(&[u8]) -> R,
) -> PyResult<R> {
    match (owner, args.args.first().and_then(|v| v.payload())) {
        (Kind::ByteArray, Some(Payload::ByteArray(b))) => Ok(f(&b.borrow())),
        _ => this(vm, args, owner, name).map(|b| f(&b)),
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

/// The most bytes one buffer may take: the machine's physical memory. CPython asks the system
/// (whose `calloc` is lazy) and can go further; gilt's allocator writes the zeros, so a buffer it
/// cannot really hold is refused up front with `MemoryError` rather than swapping or being killed.
pub(crate) fn memory_limit() -> usize {
    static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(|| {
        // SAFETY: `sysconf` only reads system configuration.
        let (pages, size) = unsafe {
            (
                libc::sysconf(libc::_SC_PHYS_PAGES),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        if pages > 0 && size > 0 {
            (pages as usize).saturating_mul(size as usize)
        } else {
            1 << 34
        }
    })
}

/// Room for `n` bytes, or `MemoryError` when the machine cannot hold it.
fn allocate(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if n > memory_limit() || v.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception("MemoryError", ""));
    }
    Ok(v)
}

/// `n` zero bytes, or `MemoryError` when the machine cannot hold them.
pub fn allocate_zeroed(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = allocate(vm, n)?;
    v.resize(n, 0);
    Ok(v)
}

/// `a * n` for byte strings, with `MemoryError` past what can be held.
pub fn repeat(vm: &mut Vm, data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    if data.is_empty() {
        return Ok(Vec::new());
    }
    match data.len().checked_mul(n) {
        Some(total) => {
            let mut out = allocate(vm, total)?;
            for _ in 0..n {
                out.extend_from_slice(data);
            }
            Ok(out)
        }
        None => Err(vm.new_exception("MemoryError", "")),
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
    if let [byte] = needle {
        return hay[start..end]
            .iter()
            .position(|c| c == byte)
            .map(|p| p + start);
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
                    let msg = format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r));
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
        let msg = format!("cannot convert '{}' object to bytes", vm.type_name(&source));
        return Err(vm.type_error(msg));
    }
    let data = bytes_from_iterable(vm, &source, "bytes must be in range(0, 256)")?;
    Ok(bytes_value(data))
}

// ----- registration ----------------------------------------------------------------------------

/// Give `cls` (bytes or bytearray) the shared methods and the `fromhex`/`maketrans` class-level
/// ones.
pub fn register_shared(vm: &mut Vm, cls: &crate::objects::ObjRef, owner: Kind) {
    for (name, f) in shared_methods(owner) {
        vm.add_method(cls, owner.name(), name, f);
    }
    let native = |name: &'static str, func: NativeFn| {
        Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
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
