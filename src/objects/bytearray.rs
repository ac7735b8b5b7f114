//! `bytearray`: a mutable byte string.
//!
//! The bytes live in a `RefCell<Vec<u8>>`. The rule a reader must not break: never hold a borrow
//! of it while Python code can run (an `__index__`, an iterator's `__next__`) or while reading an
//! argument that might be this very bytearray. Arguments are converted first (copied out by
//! `buffer::bytes_like`), then the cell is borrowed for the edit alone.
//!
//! While memoryviews show this buffer (`exports > 0`), its length cannot change: every edit that
//! would resize it asks `check_resize` first and raises CPython's `BufferError`. Same-size edits
//! (item and equal-length slice assignment, `reverse`) stay allowed.
//!
//! The read-only methods are `bytes`'s own (`objects::bytes::shared_methods`), returning
//! bytearrays here.

use std::cell::{Cell, Ref, RefCell, RefMut};

use super::buffer::bytes_like;
use super::bytes::{self, byte_value, Kind};
use super::class::NativeFn;
use super::str::methods::keyword_params;
use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

const RANGE_MESSAGE: &str = "byte must be in range(0, 256)";

pub struct ByteArray {
    data: RefCell<Vec<u8>>,
    /// Live memoryviews over this buffer.
    exports: Cell<usize>,
    /// What CPython would have allocated (`ob_alloc`), for `sys.getsizeof` and `__alloc__`.
    alloc: Cell<usize>,
}

impl ByteArray {
    pub fn new(data: Vec<u8>) -> ByteArray {
        let alloc = if data.is_empty() { 0 } else { data.len() + 1 };
        ByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
            alloc: Cell::new(alloc),
        }
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn borrow(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    /// For same-size writes (a memoryview writing through, item assignment).
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<u8>> {
        self.data.borrow_mut()
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    pub fn alloc(&self) -> usize {
        self.alloc.get()
    }

    pub fn add_export(&self) {
        self.exports.set(self.exports.get() + 1);
    }

    pub fn remove_export(&self) {
        self.exports.set(self.exports.get().saturating_sub(1));
    }

    /// May the length become `new_len`? Not while a memoryview shows the buffer.
    pub fn check_resize(&self, vm: &mut Vm, new_len: usize) -> PyResult<()> {
        if self.exports.get() > 0 && new_len != self.len() {
            return Err(vm.new_exception(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    /// Edit the contents to end at `new_len` bytes (checked first); `edit` must leave exactly
    /// that many.
    pub fn resize_with(
        &self,
        vm: &mut Vm,
        new_len: usize,
        edit: impl FnOnce(&mut Vec<u8>),
    ) -> PyResult<()> {
        self.check_resize(vm, new_len)?;
        let old_len = self.len();
        edit(&mut self.data.borrow_mut());
        if new_len != old_len {
            self.alloc.set(resized_alloc(self.alloc.get(), new_len));
        }
        Ok(())
    }

    /// Replace the whole contents.
    pub fn replace(&self, vm: &mut Vm, data: Vec<u8>) -> PyResult<()> {
        let n = data.len();
        self.resize_with(vm, n, |v| *v = data)
    }
}

/// CPython's `PyByteArray_Resize` policy: grow by an eighth plus a little, shrink only below half.
fn resized_alloc(alloc: usize, size: usize) -> usize {
    if size < alloc {
        if size < alloc / 2 {
            size + 1
        } else {
            alloc
        }
    } else if size as f64 <= alloc as f64 * 1.125 {
        size + (size >> 3) + if size < 9 { 3 } else { 6 }
    } else {
        size + 1
    }
}

pub fn new_value(data: Vec<u8>) -> Value {
    Value::obj(Payload::ByteArray(ByteArray::new(data)))
}

/// `bytearray(b'...')`, or `Name(b'...')` for a subclass, as CPython's repr names the type.
/// Unlike `bytes`'s repr, a single quote is escaped whichever quote encloses the text.
pub fn repr_named(type_name: &str, data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{}(b{}", type_name, quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a ByteArray> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => {
            let got = match args.args.first() {
                Some(v) => vm.type_name(v),
                None => {
                    let msg = format!("unbound method bytearray.{}() needs an argument", name);
                    return Err(vm.type_error(msg));
                }
            };
            let msg = format!(
                "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
                name, got
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The positional arguments after `self`, refusing keywords, with Argument Clinic's messages.
fn params<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    super::str::methods::params_of(
        vm,
        args,
        "bytearray",
        name,
        min,
        max,
        super::str::methods::Arity::Clinic,
    )
}

// ----- construction ----------------------------------------------------------------------------

/// The contents `bytearray(source, encoding, errors)` starts with (CPython's `bytearray_init`).
/// `args` holds `self` first.
fn initial_contents(vm: &mut Vm, args: &mut Args) -> PyResult<Vec<u8>> {
    initial_contents_how(vm, args).map(|(data, _)| data)
}

/// `initial_contents`, and whether they came from iterating (which CPython grows item by item).
fn initial_contents_how(vm: &mut Vm, args: &mut Args) -> PyResult<(Vec<u8>, bool)> {
    let slots = keyword_params(vm, args, "bytearray", &["source", "encoding", "errors"])?;
    let [source, encoding, errors] = [slots[0].clone(), slots[1].clone(), slots[2].clone()];
    let without = |vm: &mut Vm| {
        let which = if encoding.is_some() {
            "encoding"
        } else {
            "errors"
        };
        Err(vm.type_error(format!("{} without a string argument", which)))
    };
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return without(vm);
        }
        return Ok((Vec::new(), false));
    };
    if source.as_str().is_some() {
        let Some(encoding) = &encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return bytes::encode_source(vm, &source, encoding, errors.as_ref(), "bytearray")
            .map(|d| (d, false));
    }
    if encoding.is_some() || errors.is_some() {
        return without(vm);
    }
    if bytes::is_index(vm, &source) {
        return bytes::zeroed(vm, &source).map(|d| (d, false));
    }
    if let Some(b) = bytes_like(vm, &source)? {
        return Ok((b.into_owned(), false));
    }
    // Lists and tuples are sized up front (CPython's fast path), other iterables grow.
    if let Some(Payload::List(_) | Payload::Tuple(_)) = source.payload() {
        let data = bytes::bytes_from_iterable(vm, &source, RANGE_MESSAGE)?;
        return Ok((data, false));
    }
    match vm.iter(&source) {
        Ok(it) => {
            let mut out = Vec::new();
            while let Some(item) = vm.next(&it)? {
                out.push(byte_value(vm, &item, RANGE_MESSAGE)?);
            }
            Ok((out, true))
        }
        Err(e) if vm.err_matches(&e, "TypeError") => {
            let msg = format!(
                "cannot convert '{}' object to bytearray",
                vm.type_name(&source)
            );
            Err(vm.type_error(msg))
        }
        Err(e) => Err(e),
    }
}

/// `bytearray(...)` called on the type itself.
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.args.insert(0, Value::None);
    let (data, iterated) = initial_contents_how(vm, &mut args)?;
    if !iterated {
        return Ok(new_value(data));
    }
    let value = ByteArray::new(Vec::new());
    grow_item_by_item(&value, data);
    Ok(Value::obj(Payload::ByteArray(value)))
}

/// Store `data` as CPython's `bytearray_init` builds it: an iterable of ints is appended one
/// resize at a time, so `__alloc__` (and `getsizeof`) follow its growth steps.
fn grow_item_by_item(target: &ByteArray, data: Vec<u8>) {
    let mut alloc = target.alloc.get();
    for size in 1..=data.len() {
        if size + 1 > alloc {
            alloc = resized_alloc(alloc, size);
        }
    }
    *target.data.borrow_mut() = data;
    target.alloc.set(alloc);
}

/// `bytearray.__init__(source, encoding, errors)`: refill (how subclass instances get theirs).
fn init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ba = match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(_)) => args.args[0].clone(),
        _ => {
            this(vm, &args, "__init__")?;
            return Ok(Value::None);
        }
    };
    let (data, iterated) = initial_contents_how(vm, &mut args)?;
    let Some(Payload::ByteArray(b)) = ba.payload() else {
        return Ok(Value::None);
    };
    // CPython empties it first, so any export forbids a re-init that is not empty to empty.
    b.resize_with(vm, 0, Vec::clear)?;
    b.check_resize(vm, data.len())?;
    if iterated {
        grow_item_by_item(b, data);
    } else {
        b.replace(vm, data)?;
    }
    Ok(Value::None)
}

// ----- the mutating methods --------------------------------------------------------------------

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "append")?;
    let rest = params(vm, &args, "append", 1, 1)?;
    let byte = byte_value(vm, &rest[0], RANGE_MESSAGE)?;
    let n = b.len() + 1;
    b.resize_with(vm, n, |v| v.push(byte))?;
    Ok(Value::None)
}

/// The bytes an `extend` or `+=` adds: a buffer, or an iterable of ints.
fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "extend")?;
    let rest = params(vm, &args, "extend", 1, 1)?;
    let source = &rest[0];
    let data = match bytes_like(vm, source)? {
        Some(d) => d.into_owned(),
        None => {
            let it = match vm.iter(source) {
                Ok(it) => it,
                Err(e) if vm.err_matches(&e, "TypeError") => {
                    let msg = format!("can't extend bytearray with {}", vm.type_name(source));
                    return Err(vm.type_error(msg));
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(item) = vm.next(&it)? {
                out.push(byte_value(vm, &item, RANGE_MESSAGE)?);
            }
            out
        }
    };
    let n = b.len() + data.len();
    b.resize_with(vm, n, |v| v.extend_from_slice(&data))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "pop")?;
    let rest = params(vm, &args, "pop", 0, 1)?;
    let index = match rest.first() {
        Some(v) => super::str::methods::int_arg(vm, v)?,
        None => -1,
    };
    let len = b.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if index < 0 { index + len as i64 } else { index };
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let mut removed = 0;
    b.resize_with(vm, len - 1, |v| removed = v.remove(i as usize))?;
    Ok(Value::Int(removed as i64))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "remove")?;
    let rest = params(vm, &args, "remove", 1, 1)?;
    let byte = byte_value(vm, &rest[0], RANGE_MESSAGE)?;
    let Some(at) = b.borrow().iter().position(|c| *c == byte) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    let n = b.len() - 1;
    b.resize_with(vm, n, |v| {
        v.remove(at);
    })?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "insert")?;
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("bytearray.insert() takes no keyword arguments"));
    }
    if args.args.len() != 3 {
        let msg = format!("insert expected 2 arguments, got {}", args.args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let index = super::str::methods::int_arg(vm, &args.args[1])?;
    let byte = byte_value(vm, &args.args[2], RANGE_MESSAGE)?;
    let len = b.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    } as usize;
    b.resize_with(vm, len as usize + 1, |v| v.insert(at, byte))?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "reverse")?;
    params(vm, &args, "reverse", 0, 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "clear")?;
    params(vm, &args, "clear", 0, 0)?;
    b.resize_with(vm, 0, Vec::clear)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "copy")?;
    params(vm, &args, "copy", 0, 0)?;
    Ok(new_value(b.to_vec()))
}

fn alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, &args, "__alloc__")?;
    params(vm, &args, "__alloc__", 0, 0)?;
    Ok(Value::Int(b.alloc() as i64))
}

/// `b += other`: any buffer, in place.
pub fn inplace_concat(vm: &mut Vm, b: &ByteArray, other: &Value) -> PyResult<()> {
    let Some(data) = bytes_like(vm, other)? else {
        let msg = format!("can't concat {} to bytearray", vm.type_name(other));
        return Err(vm.type_error(msg));
    };
    let data = data.into_owned();
    let n = b.len() + data.len();
    b.resize_with(vm, n, |v| v.extend_from_slice(&data))
}

/// `b *= n`, in place.
pub fn inplace_repeat(vm: &mut Vm, b: &ByteArray, n: i64) -> PyResult<()> {
    let current = b.to_vec();
    let data = bytes::repeat(vm, &current, n.max(0) as usize)?;
    b.replace(vm, data)
}

// ----- subscripts ------------------------------------------------------------------------------

fn index_of(vm: &mut Vm, b: &ByteArray, index: &Value) -> PyResult<Option<usize>> {
    vm.sequence_index(index, b.len(), "bytearray")
}

pub fn getitem(vm: &mut Vm, b: &ByteArray, index: &Value) -> PyResult<Value> {
    if matches!(index.payload(), Some(Payload::Slice(..))) {
        let sl = vm.slice_indices(index, b.len())?;
        let data = b.borrow();
        return Ok(new_value(
            sl.indices().filter_map(|i| data.get(i).copied()).collect(),
        ));
    }
    match index_of(vm, b, index)? {
        Some(i) => Ok(Value::Int(b.borrow()[i] as i64)),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// The bytes a slice assignment stores (CPython refuses numbers and str outright).
fn assigned_bytes(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    let refused = matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(value.payload(), Some(Payload::BigInt(_) | Payload::Str(_)))
        || (matches!(value.payload(), Some(Payload::Instance(_)))
            && value.builtin_base().is_none()
            && ["__index__", "__int__", "__float__"].iter().any(|n| {
                let n = vm.intern(n);
                vm.lookup_special(value, &n).is_some()
            }));
    if refused {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let mut args = Args::new(vec![Value::None, value.clone()]);
    initial_contents(vm, &mut args)
}

pub fn setitem(vm: &mut Vm, b: &ByteArray, index: &Value, value: Value) -> PyResult<()> {
    if !matches!(index.payload(), Some(Payload::Slice(..))) {
        if !bytes::is_index(vm, index) {
            index_of(vm, b, index)?;
        }
        let position = vm.to_index(index)?;
        // The value is converted before the bounds are checked, as CPython does: its
        // `__index__` may change the bytearray's size.
        let byte = byte_value(vm, &value, RANGE_MESSAGE)?;
        let len = b.len() as i64;
        let i = if position < 0 {
            position + len
        } else {
            position
        };
        if i < 0 || i >= len {
            return Err(vm.index_error("bytearray index out of range"));
        }
        match b.borrow_mut().get_mut(i as usize) {
            Some(slot) => *slot = byte,
            None => return Err(vm.index_error("bytearray index out of range")),
        }
        return Ok(());
    }
    let data = assigned_bytes(vm, &value)?;
    let len = b.len();
    let sl = vm.slice_indices(index, len)?;
    if sl.step == 1 {
        let start = (sl.start.max(0) as usize).min(len);
        let end = (start + sl.len).min(len);
        let new_len = len - (end - start) + data.len();
        return b.resize_with(vm, new_len, |v| {
            v.splice(start..end, data);
        });
    }
    if data.is_empty() && sl.len > 0 {
        return delete_positions(vm, b, sl.indices().collect());
    }
    if data.len() != sl.len {
        let msg = format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            sl.len
        );
        return Err(vm.value_error(msg));
    }
    let mut v = b.borrow_mut();
    for (i, byte) in sl.indices().zip(data) {
        if let Some(slot) = v.get_mut(i) {
            *slot = byte;
        }
    }
    Ok(())
}

fn delete_positions(vm: &mut Vm, b: &ByteArray, mut positions: Vec<usize>) -> PyResult<()> {
    positions.sort_unstable();
    positions.dedup();
    let new_len = b.len() - positions.len();
    b.resize_with(vm, new_len, |v| {
        let mut next = positions.iter().peekable();
        let mut i = 0;
        v.retain(|_| {
            let drop = next.peek().is_some_and(|p| **p == i);
            if drop {
                next.next();
            }
            i += 1;
            !drop
        });
    })
}

pub fn delitem(vm: &mut Vm, b: &ByteArray, index: &Value) -> PyResult<()> {
    if matches!(index.payload(), Some(Payload::Slice(..))) {
        let sl = vm.slice_indices(index, b.len())?;
        if sl.len == 0 {
            return Ok(());
        }
        return delete_positions(vm, b, sl.indices().collect());
    }
    match index_of(vm, b, index)? {
        Some(i) => delete_positions(vm, b, vec![i]),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

// ----- registration ----------------------------------------------------------------------------

pub fn register(vm: &mut Vm) {
    let cls = vm.types().bytearray.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    bytes::register_shared(vm, &cls, Kind::ByteArray);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("__alloc__", alloc),
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("remove", remove),
        ("insert", insert),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "bytearray", name, *f);
    }
}
