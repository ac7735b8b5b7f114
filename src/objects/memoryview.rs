//! `memoryview`: a window on another object's memory, without copying it.
//!
//! A view names its exporter (`source`, what `.obj` returns: bytes, bytearray, a subclass
//! instance of either; `array.array` later, through `buffer::Exporter`) and describes which of
//! its bytes it shows: the byte offset of item `[0, ..., 0]`, the item format, a shape and strides
//! in bytes (negative for reversed slices). Slicing and casting make new views over the same
//! exporter; nothing is copied until `tobytes`/`tolist`.
//!
//! Invariants: while a view is alive and not released it holds one export on its exporter
//! (`Exporter::add_export`), so a bytearray under it cannot change size and every offset the view
//! computes stays inside the memory. `release()` (or the collector's clear, or the view's drop)
//! gives the export back and forgets the exporter; every operation after that raises
//! "operation forbidden on released memoryview object". A write converts the Python value first
//! (which may run `__index__`, which may release the view) and only then looks the exporter up
//! again.

use std::cell::{Cell, RefCell};

use num_traits::ToPrimitive;

use super::buffer::{Exporter, ItemFormat};
use super::class::NativeFn;
use super::str::methods::keyword_params;
use super::{Args, Payload, PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct MemoryView {
    /// The exporting object; `None` once released.
    source: RefCell<Option<Value>>,
    /// Byte offset of item `[0, ..., 0]` in the exporter's memory.
    offset: isize,
    format: ItemFormat,
    /// The format was written `@B` (native, explicitly): `.format` gives it back as written.
    format_at: bool,
    shape: Vec<usize>,
    /// Bytes between consecutive items along each dimension.
    strides: Vec<isize>,
    readonly: bool,
    hash: Cell<Option<i64>>,
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl MemoryView {
    /// A 1-D view of all of `source`'s memory (`memoryview(obj)`), if it exports any.
    fn over(source: &Value) -> Option<MemoryView> {
        let e = Exporter::of(source)?;
        e.add_export();
        let format = e.format();
        let n = e.len() / format.size();
        Some(MemoryView {
            source: RefCell::new(Some(source.clone())),
            offset: 0,
            format,
            format_at: false,
            shape: vec![n],
            strides: vec![format.size() as isize],
            readonly: e.readonly(),
            hash: Cell::new(None),
        })
    }

    /// A new view on the same exporter, shaped by the caller.
    fn derive(&self, vm: &mut Vm) -> PyResult<MemoryView> {
        let source = self.source(vm)?;
        if let Some(e) = Exporter::of(&source) {
            e.add_export();
        }
        Ok(MemoryView {
            source: RefCell::new(Some(source)),
            offset: self.offset,
            format: self.format,
            format_at: self.format_at,
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            readonly: self.readonly,
            hash: Cell::new(None),
        })
    }

    /// Give the export back and forget the exporter (idempotent).
    pub fn release(&self) {
        let taken = match self.source.try_borrow_mut() {
            Ok(mut s) => s.take(),
            Err(_) => None,
        };
        if let Some(src) = &taken {
            if let Some(e) = Exporter::of(src) {
                e.remove_export();
            }
        }
        drop(taken);
    }

    pub fn is_released(&self) -> bool {
        self.source.borrow().is_none()
    }

    /// The exporter, or the released-view error.
    fn source(&self, vm: &mut Vm) -> PyResult<Value> {
        match &*self.source.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(released(vm)),
        }
    }

    fn check(&self, vm: &mut Vm) -> PyResult<()> {
        self.source(vm).map(|_| ())
    }

    /// For the collector: the one handle a view holds.
    pub fn source_slot(&self) -> Option<std::cell::Ref<'_, Option<Value>>> {
        self.source.try_borrow().ok()
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    fn itemsize(&self) -> usize {
        self.format.size()
    }

    fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize()
    }

    fn format_text(&self) -> String {
        if self.format_at {
            format!("@{}", self.format.code())
        } else {
            self.format.code().to_string()
        }
    }

    /// The byte offsets of every item, in C (row-major) order.
    fn offsets(&self) -> Vec<isize> {
        let mut out = Vec::with_capacity(self.item_count());
        if self.item_count() == 0 {
            return out;
        }
        let mut index = vec![0usize; self.ndim()];
        loop {
            let at: isize = self.offset
                + index
                    .iter()
                    .zip(&self.strides)
                    .map(|(i, s)| *i as isize * s)
                    .sum::<isize>();
            out.push(at);
            // Advance the last dimension first.
            let mut d = self.ndim();
            loop {
                if d == 0 {
                    return out;
                }
                d -= 1;
                index[d] += 1;
                if index[d] < self.shape[d] {
                    break;
                }
                index[d] = 0;
            }
        }
    }

    /// The items' bytes, gathered in C order (`tobytes()`).
    pub fn to_bytes(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        let source = self.source(vm)?;
        let Some(e) = Exporter::of(&source) else {
            return Err(released(vm));
        };
        let size = self.itemsize();
        let offsets = self.offsets();
        Ok(e.with_bytes(|mem| {
            let mut out = Vec::with_capacity(offsets.len() * size);
            for at in offsets {
                if let Some(item) = mem.get(at as usize..at as usize + size) {
                    out.extend_from_slice(item);
                }
            }
            out
        }))
    }

    /// One item's bytes at byte offset `at`.
    fn read_item(&self, vm: &mut Vm, at: isize) -> PyResult<Value> {
        let source = self.source(vm)?;
        let Some(e) = Exporter::of(&source) else {
            return Err(released(vm));
        };
        let size = self.itemsize();
        let bytes =
            e.with_bytes(|mem| mem.get(at as usize..at as usize + size).map(<[u8]>::to_vec));
        match bytes {
            Some(b) => Ok(unpack(self.format, &b)),
            None => Err(vm.index_error("index out of bounds on dimension 1")),
        }
    }

    /// Store `value` as one item at byte offset `at`.
    fn write_item(&self, vm: &mut Vm, at: isize, value: &Value) -> PyResult<()> {
        let packed = pack(vm, self.format, value)?;
        self.write_bytes(vm, &[at], &packed)
    }

    /// Write `data` (whole items, one per offset) at the given item offsets.
    fn write_bytes(&self, vm: &mut Vm, offsets: &[isize], data: &[u8]) -> PyResult<()> {
        let source = self.source(vm)?;
        let Some(e) = Exporter::of(&source) else {
            return Err(released(vm));
        };
        let size = self.itemsize();
        let written = e.with_bytes_mut(|mem| {
            for (at, item) in offsets.iter().zip(data.chunks(size)) {
                if let Some(slot) = mem.get_mut(*at as usize..*at as usize + size) {
                    slot.copy_from_slice(item);
                }
            }
        });
        match written {
            Some(()) => Ok(()),
            None => Err(vm.type_error("cannot modify read-only memory")),
        }
    }

    fn is_c_contiguous(&self) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.itemsize() as isize,
            _ => {
                if self.item_count() == 0 {
                    return true;
                }
                let mut expected = self.itemsize() as isize;
                for d in (0..self.ndim()).rev() {
                    if self.shape[d] > 1 && self.strides[d] != expected {
                        return false;
                    }
                    expected *= self.shape[d] as isize;
                }
                true
            }
        }
    }

    fn is_f_contiguous(&self) -> bool {
        match self.ndim() {
            0 | 1 => self.is_c_contiguous(),
            _ => {
                if self.item_count() == 0 {
                    return true;
                }
                let mut expected = self.itemsize() as isize;
                for d in 0..self.ndim() {
                    if self.shape[d] > 1 && self.strides[d] != expected {
                        return false;
                    }
                    expected *= self.shape[d] as isize;
                }
                true
            }
        }
    }

    /// The byte offset of the item a full multi-index names (each index checked and wrapped).
    fn offset_of(&self, vm: &mut Vm, indices: &[Value]) -> PyResult<isize> {
        let mut at = self.offset;
        for (d, index) in indices.iter().enumerate() {
            let i = vm.to_index(index)?;
            let n = self.shape[d] as i64;
            let i = if i < 0 { i + n } else { i };
            if i < 0 || i >= n {
                let msg = format!("index out of bounds on dimension {}", d + 1);
                return Err(vm.index_error(msg));
            }
            at += i as isize * self.strides[d];
        }
        Ok(at)
    }
}

fn released(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

fn view_value(view: MemoryView) -> Value {
    Value::obj(Payload::MemoryView(Box::new(view)))
}

/// The memoryview in `v`, if it is one.
fn view_of(v: &Value) -> Option<&MemoryView> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => Some(m),
        _ => None,
    }
}

// ----- items: unpacking and packing ------------------------------------------------------------

/// One item's value from its native bytes.
fn unpack(format: ItemFormat, b: &[u8]) -> Value {
    fn word<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut w = [0u8; N];
        w.copy_from_slice(&b[..N]);
        w
    }
    match format {
        ItemFormat::Char => Value::obj(Payload::Bytes(vec![b[0]])),
        ItemFormat::U8 => Value::Int(b[0] as i64),
        ItemFormat::I8 => Value::Int(b[0] as i8 as i64),
        ItemFormat::Bool => Value::bool(b[0] != 0),
        ItemFormat::I16 => Value::Int(i16::from_ne_bytes(word(b)) as i64),
        ItemFormat::U16 => Value::Int(u16::from_ne_bytes(word(b)) as i64),
        ItemFormat::I32 => Value::Int(i32::from_ne_bytes(word(b)) as i64),
        ItemFormat::U32 => Value::Int(u32::from_ne_bytes(word(b)) as i64),
        ItemFormat::Long | ItemFormat::LongLong | ItemFormat::SSize => {
            Value::Int(i64::from_ne_bytes(word(b)))
        }
        ItemFormat::ULong | ItemFormat::ULongLong | ItemFormat::Size | ItemFormat::Pointer => {
            let n = u64::from_ne_bytes(word(b));
            match i64::try_from(n) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::bigint(n.into()),
            }
        }
        ItemFormat::F32 => Value::float(f32::from_ne_bytes(word(b)) as f64),
        ItemFormat::F64 => Value::float(f64::from_ne_bytes(word(b))),
    }
}

fn invalid_type(vm: &mut Vm, format: ItemFormat) -> PyErr {
    vm.type_error(format!(
        "memoryview: invalid type for format '{}'",
        format.code()
    ))
}

fn invalid_value(vm: &mut Vm, format: ItemFormat) -> PyErr {
    vm.value_error(format!(
        "memoryview: invalid value for format '{}'",
        format.code()
    ))
}

/// An integer item value, with CPython's two errors (wrong type, out of range).
fn int_item(vm: &mut Vm, format: ItemFormat, v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(b.get() as i128),
        _ => match v.payload() {
            Some(Payload::BigInt(n)) => match n.to_i128() {
                Some(i) => Ok(i),
                None => Err(invalid_value(vm, format)),
            },
            Some(Payload::Instance(_)) => match vm.to_index(v) {
                Ok(i) => Ok(i as i128),
                Err(e) if vm.err_matches(&e, "TypeError") => Err(invalid_type(vm, format)),
                Err(_) => Err(invalid_value(vm, format)),
            },
            _ => Err(invalid_type(vm, format)),
        },
    }
}

/// One item's native bytes from a Python value.
fn pack(vm: &mut Vm, format: ItemFormat, v: &Value) -> PyResult<Vec<u8>> {
    macro_rules! ranged {
        ($t:ty) => {{
            let i = int_item(vm, format, v)?;
            match <$t>::try_from(i) {
                Ok(x) => x.to_ne_bytes().to_vec(),
                Err(_) => return Err(invalid_value(vm, format)),
            }
        }};
    }
    Ok(match format {
        ItemFormat::Char => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b.clone(),
            Some(Payload::Bytes(_)) => return Err(invalid_value(vm, format)),
            _ => return Err(invalid_type(vm, format)),
        },
        ItemFormat::Bool => vec![vm.truthy(v)? as u8],
        ItemFormat::U8 => ranged!(u8),
        ItemFormat::I8 => ranged!(i8),
        ItemFormat::I16 => ranged!(i16),
        ItemFormat::U16 => ranged!(u16),
        ItemFormat::I32 => ranged!(i32),
        ItemFormat::U32 => ranged!(u32),
        ItemFormat::Long | ItemFormat::LongLong | ItemFormat::SSize => ranged!(i64),
        ItemFormat::ULong | ItemFormat::ULongLong | ItemFormat::Size => ranged!(u64),
        ItemFormat::Pointer => {
            // A pointer takes any machine word, negative ones as their two's complement.
            let i = int_item(vm, format, v)?;
            match i64::try_from(i) {
                Ok(x) => x.to_ne_bytes().to_vec(),
                Err(_) => match u64::try_from(i) {
                    Ok(x) => x.to_ne_bytes().to_vec(),
                    Err(_) => return Err(invalid_value(vm, format)),
                },
            }
        }
        ItemFormat::F32 | ItemFormat::F64 => {
            if matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
                return Err(invalid_type(vm, format));
            }
            let f = match super::float::to_f64(vm, v) {
                Ok(f) => f,
                Err(e) if vm.err_matches(&e, "TypeError") => return Err(invalid_type(vm, format)),
                Err(e) if vm.err_matches(&e, "OverflowError") => {
                    return Err(invalid_value(vm, format))
                }
                Err(e) => return Err(e),
            };
            if format == ItemFormat::F32 {
                (f as f32).to_ne_bytes().to_vec()
            } else {
                f.to_ne_bytes().to_vec()
            }
        }
    })
}

// ----- the constructor -------------------------------------------------------------------------

/// `memoryview(object)`
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.args.insert(0, Value::None);
    let slots = keyword_params(vm, &mut args, "memoryview", &["object"])?;
    let Some(object) = slots[0].clone() else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    new_view(vm, &object)
}

/// A memoryview of any buffer: a view of a view shows the same items of the same exporter.
pub fn new_view(vm: &mut Vm, object: &Value) -> PyResult<Value> {
    if let Some(m) = view_of(object) {
        return Ok(view_value(m.derive(vm)?));
    }
    match MemoryView::over(object) {
        Some(view) => Ok(view_value(view)),
        None => {
            let msg = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(object)
            );
            Err(vm.type_error(msg))
        }
    }
}

// ----- protocols (called from the VM) ----------------------------------------------------------

pub fn len(vm: &mut Vm, m: &MemoryView) -> PyResult<usize> {
    m.check(vm)?;
    Ok(if m.ndim() == 0 { 1 } else { m.shape[0] })
}

pub fn hash(vm: &mut Vm, m: &MemoryView) -> PyResult<i64> {
    if let Some(h) = m.hash.get() {
        return Ok(h);
    }
    m.check(vm)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !m.format.is_byte() {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    // The exporter must be hashable itself (a read-only view of a bytearray is not).
    let source = m.source(vm)?;
    vm.hash(&source)?;
    let h = super::bytes::hash(&m.to_bytes(vm)?);
    m.hash.set(Some(h));
    Ok(h)
}

/// `iter(m)`: items by index, through `getitem` (an iterator of the view, as CPython's).
pub fn check_iterable(vm: &mut Vm, m: &MemoryView) -> PyResult<()> {
    m.check(vm)?;
    match m.ndim() {
        0 => Err(vm.type_error("invalid indexing of 0-dim memory")),
        1 => Ok(()),
        _ => Err(vm.new_exception(
            "NotImplementedError",
            "multi-dimensional sub-views are not implemented",
        )),
    }
}

/// A buffer as comparison and slice assignment see it: its format, shape and items' bytes in
/// C order.
type Layout = (ItemFormat, Vec<usize>, Vec<u8>);

fn comparable(vm: &mut Vm, v: &Value) -> PyResult<Option<Layout>> {
    if let Some(m) = view_of(v) {
        return Ok(Some((m.format, m.shape.clone(), m.to_bytes(vm)?)));
    }
    match super::buffer::bytes_like(vm, v)? {
        Some(b) => Ok(Some((ItemFormat::U8, vec![b.len()], b.into_owned()))),
        None => Ok(None),
    }
}

/// `m == other` (and `!=`): equal shapes and equal items by value, as CPython's
/// `memory_richcompare`. `None` when `other` is not a buffer (the comparison is not ours).
pub fn equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let released_a = view_of(a).is_some_and(MemoryView::is_released);
    let released_b = view_of(b).is_some_and(MemoryView::is_released);
    if released_a || released_b {
        return Ok(Some(a.is(b)));
    }
    let (Some((fa, sa, da)), Some((fb, sb, db))) = (comparable(vm, a)?, comparable(vm, b)?) else {
        return Ok(None);
    };
    if sa != sb {
        return Ok(Some(false));
    }
    if fa == fb && !matches!(fa, ItemFormat::F32 | ItemFormat::F64) {
        return Ok(Some(da == db));
    }
    for (x, y) in da.chunks(fa.size()).zip(db.chunks(fb.size())) {
        let r = vm.compare(
            &unpack(fa, x),
            &unpack(fb, y),
            crate::syntax::ast::CmpOp::Eq,
        )?;
        if !vm.truthy(&r)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn not_implemented(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_exception("NotImplementedError", msg)
}

fn is_tuple_of(vm: &mut Vm, items: &[Value], want_index: bool) -> bool {
    items.iter().all(|v| {
        if want_index {
            super::bytes::is_index(vm, v)
        } else {
            matches!(v.payload(), Some(Payload::Slice(..)))
        }
    })
}

/// `m[key]`
pub fn getitem(vm: &mut Vm, this: &Value, m: &MemoryView, key: &Value) -> PyResult<Value> {
    m.check(vm)?;
    if m.ndim() == 0 {
        return match key.payload() {
            Some(Payload::Tuple(t)) if t.is_empty() => m.read_item(vm, m.offset),
            Some(Payload::Ellipsis) => Ok(this.clone()),
            _ => Err(vm.type_error("invalid indexing of 0-dim memory")),
        };
    }
    if super::bytes::is_index(vm, key) {
        if m.ndim() > 1 {
            return Err(not_implemented(
                vm,
                "multi-dimensional sub-views are not implemented",
            ));
        }
        let at = m.offset_of(vm, std::slice::from_ref(key))?;
        return m.read_item(vm, at);
    }
    if let Some(Payload::Slice(..)) = key.payload() {
        let sl = vm.slice_indices(key, m.shape[0])?;
        let mut view = m.derive(vm)?;
        view.offset = m.offset + sl.start as isize * m.strides[0];
        view.shape[0] = sl.len;
        view.strides[0] = m.strides[0] * sl.step as isize;
        return Ok(view_value(view));
    }
    if let Some(Payload::Tuple(items)) = key.payload() {
        if is_tuple_of(vm, items, true) {
            if items.len() < m.ndim() {
                return Err(not_implemented(vm, "sub-views are not implemented"));
            }
            if items.len() > m.ndim() {
                let msg = format!(
                    "cannot index {}-dimension view with {}-element tuple",
                    m.ndim(),
                    items.len()
                );
                return Err(vm.type_error(msg));
            }
            let at = m.offset_of(vm, items)?;
            return m.read_item(vm, at);
        }
        if is_tuple_of(vm, items, false) {
            return Err(not_implemented(
                vm,
                "multi-dimensional slicing is not implemented",
            ));
        }
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// `m[key] = value`, written through to the exporter.
pub fn setitem(vm: &mut Vm, m: &MemoryView, key: &Value, value: Option<&Value>) -> PyResult<()> {
    m.check(vm)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete memory"));
    };
    if m.ndim() == 0 {
        return match key.payload() {
            Some(Payload::Ellipsis) => m.write_item(vm, m.offset, value),
            Some(Payload::Tuple(t)) if t.is_empty() => m.write_item(vm, m.offset, value),
            _ => Err(vm.type_error("invalid indexing of 0-dim memory")),
        };
    }
    if super::bytes::is_index(vm, key) {
        if m.ndim() > 1 {
            return Err(not_implemented(vm, "sub-views are not implemented"));
        }
        let at = m.offset_of(vm, std::slice::from_ref(key))?;
        return m.write_item(vm, at, value);
    }
    let is_slice = matches!(key.payload(), Some(Payload::Slice(..)));
    if is_slice && m.ndim() == 1 {
        let Some((format, shape, data)) = comparable(vm, value)? else {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            );
            return Err(vm.type_error(msg));
        };
        let sl = vm.slice_indices(key, m.shape[0])?;
        if format != m.format || shape != [sl.len] {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let offsets: Vec<isize> = (0..sl.len)
            .map(|i| m.offset + (sl.start + i as i64 * sl.step) as isize * m.strides[0])
            .collect();
        return m.write_bytes(vm, &offsets, &data);
    }
    if let Some(Payload::Tuple(items)) = key.payload() {
        if is_tuple_of(vm, items, true) {
            if items.len() < m.ndim() {
                return Err(not_implemented(vm, "sub-views are not implemented"));
            }
            if items.len() > m.ndim() {
                let msg = format!(
                    "cannot index {}-dimension view with {}-element tuple",
                    m.ndim(),
                    items.len()
                );
                return Err(vm.type_error(msg));
            }
            let at = m.offset_of(vm, items)?;
            return m.write_item(vm, at, value);
        }
        if is_tuple_of(vm, items, false) {
            return Err(not_implemented(
                vm,
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
    }
    if is_slice {
        return Err(not_implemented(
            vm,
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// `sys.getsizeof(m)`: CPython 3.11's object with three words per dimension past the first.
pub fn size_of(m: &MemoryView) -> i64 {
    184 + 24 * (m.ndim().max(1) as i64 - 1)
}

// ----- methods and attributes ------------------------------------------------------------------

fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a MemoryView> {
    match args.args.first().and_then(view_of) {
        Some(m) => Ok(m),
        None => {
            let got = args
                .args
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| "nothing".into());
            let msg = format!(
                "descriptor '{}' for 'memoryview' objects doesn't apply to a '{}' object",
                name, got
            );
            Err(vm.type_error(msg))
        }
    }
}

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
        "memoryview",
        name,
        min,
        max,
        super::str::methods::Arity::Clinic,
    )
}

fn tobytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "tobytes", &["order"])?;
    let m = this(vm, &args, "tobytes")?;
    m.check(vm)?;
    let order = match &slots[0] {
        None | Some(Value::None) => 'C',
        Some(v) => match v.as_str() {
            Some("C") => 'C',
            Some("F") => 'F',
            Some("A") => 'A',
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                let msg = format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let data = m.to_bytes(vm)?;
    if order == 'C' || m.ndim() < 2 || (order == 'A' && !m.is_f_contiguous()) {
        return Ok(Value::obj(Payload::Bytes(data)));
    }
    // Fortran order: the first index varies fastest.
    let size = m.itemsize();
    let n = m.item_count();
    let mut out = Vec::with_capacity(data.len());
    let mut index = vec![0usize; m.ndim()];
    for _ in 0..n {
        let mut flat = 0;
        for (d, i) in index.iter().enumerate() {
            flat = flat * m.shape[d] + i;
        }
        out.extend_from_slice(&data[flat * size..flat * size + size]);
        for (i, n) in index.iter_mut().zip(&m.shape) {
            *i += 1;
            if *i < *n {
                break;
            }
            *i = 0;
        }
    }
    Ok(Value::obj(Payload::Bytes(out)))
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "tolist")?;
    params(vm, &args, "tolist", 0, 0)?;
    let data = m.to_bytes(vm)?;
    let items: Vec<Value> = data
        .chunks(m.itemsize())
        .map(|b| unpack(m.format, b))
        .collect();
    if m.ndim() == 0 {
        return Ok(items.into_iter().next().unwrap_or(Value::None));
    }
    // Group the flat items dimension by dimension, innermost first.
    let mut level = items;
    for d in (1..m.ndim()).rev() {
        let width = m.shape[d];
        let mut grouped = Vec::with_capacity(level.len() / width.max(1));
        let mut rest = level.into_iter();
        loop {
            let group: Vec<Value> = rest.by_ref().take(width).collect();
            if group.is_empty() {
                break;
            }
            grouped.push(Value::list(group));
        }
        level = grouped;
    }
    Ok(Value::list(level))
}

fn hex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "hex", &["sep", "bytes_per_sep"])?;
    let m = this(vm, &args, "hex")?;
    let data = m.to_bytes(vm)?;
    super::bytes::hex_text(vm, &data, slots[0].as_ref(), slots[1].as_ref())
}

fn toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "toreadonly")?;
    params(vm, &args, "toreadonly", 0, 0)?;
    let mut view = m.derive(vm)?;
    view.readonly = true;
    Ok(view_value(view))
}

fn release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "release")?;
    params(vm, &args, "release", 0, 0)?;
    m.release();
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__enter__")?;
    m.check(vm)?;
    Ok(args.args[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, &args, "__exit__")?;
    m.release();
    Ok(Value::None)
}

/// `m.cast(format, shape=...)`, CPython's `memory_cast` with its checks in its order.
fn cast(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "cast", &["format", "shape"])?;
    let m = this(vm, &args, "cast")?;
    let Some(format_arg) = slots[0].clone() else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(format_text) = format_arg.as_str().map(String::from) else {
        let msg = format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&format_arg)
        );
        return Err(vm.type_error(msg));
    };
    m.check(vm)?;
    if !m.is_c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape_arg = slots[1].clone();
    if (shape_arg.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let shape_items = match &shape_arg {
        None => None,
        Some(s) => {
            let items = match s.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                Some(Payload::Tuple(t)) => t.clone(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            if items.len() > 64 {
                return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            if m.ndim() != 1 && items.len() != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(items)
        }
    };
    let Some(format) = ItemFormat::parse(&format_text) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed \
             with an optional '@'",
        ));
    };
    if !m.format.is_byte() && !format.is_byte() {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    if nbytes % format.size() != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let shape = match shape_items {
        None => vec![nbytes / format.size()],
        Some(items) => {
            let mut shape = Vec::with_capacity(items.len());
            let mut product: usize = 1;
            for item in &items {
                let n = match item {
                    Value::Int(i) => *i,
                    Value::Bool(b) => b.get() as i64,
                    _ => {
                        return Err(
                            vm.type_error("memoryview.cast(): elements of shape must be integers")
                        )
                    }
                };
                if n <= 0 {
                    return Err(
                        vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    );
                }
                product = match product.checked_mul(n as usize) {
                    Some(p) if p <= isize::MAX as usize => p,
                    _ => {
                        return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))
                    }
                };
                shape.push(n as usize);
            }
            if product.checked_mul(format.size()) != Some(nbytes) {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            shape
        }
    };
    let mut strides = vec![0isize; shape.len()];
    let mut step = format.size() as isize;
    for d in (0..shape.len()).rev() {
        strides[d] = step;
        step *= shape[d] as isize;
    }
    let mut view = m.derive(vm)?;
    view.format = format;
    view.format_at = format_text.starts_with('@');
    view.shape = shape;
    view.strides = strides;
    Ok(view_value(view))
}

fn attribute<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
    match view_of(v) {
        Some(m) => {
            m.check(vm)?;
            Ok(m)
        }
        None => Err(vm.type_error("descriptor for 'memoryview' objects doesn't apply")),
    }
}

fn sizes(items: &[isize]) -> Value {
    Value::tuple(items.iter().map(|i| Value::Int(*i as i64)).collect())
}

fn get_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    attribute(vm, v)?.source(vm)
}

fn get_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(attribute(vm, v)?.nbytes() as i64))
}

fn get_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(attribute(vm, v)?.readonly))
}

fn get_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(attribute(vm, v)?.itemsize() as i64))
}

fn get_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::str(attribute(vm, v)?.format_text()))
}

fn get_ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(attribute(vm, v)?.ndim() as i64))
}

fn get_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = attribute(vm, v)?;
    let shape: Vec<isize> = m.shape.iter().map(|n| *n as isize).collect();
    Ok(sizes(&shape))
}

fn get_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sizes(&attribute(vm, v)?.strides))
}

fn get_suboffsets(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    attribute(vm, v)?;
    Ok(Value::tuple(Vec::new()))
}

fn get_c_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(attribute(vm, v)?.is_c_contiguous()))
}

fn get_f_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(attribute(vm, v)?.is_f_contiguous()))
}

fn get_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = attribute(vm, v)?;
    Ok(Value::bool(m.is_c_contiguous() || m.is_f_contiguous()))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().memoryview.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("cast", cast),
        ("toreadonly", toreadonly),
        ("release", release),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "memoryview", name, *f);
    }
    let attributes: &[(&'static str, super::class::Getter)] = &[
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_c_contiguous),
        ("f_contiguous", get_f_contiguous),
        ("contiguous", get_contiguous),
    ];
    for (name, get) in attributes {
        super::class::add_getset(vm, &cls, name, *get);
    }
}
