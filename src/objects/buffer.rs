//! gilt's buffer protocol: which objects lend their raw memory, and how the rest of the
//! interpreter reads it.
//!
//! Two questions, two entry points:
//! - `bytes_like(vm, v)`: "is `v` a bytes-like object, and what are its bytes?" Every API that
//!   CPython types as taking a buffer (`bytes()`, `bytes.join`, `in`, `+`, comparisons,
//!   `int.from_bytes`, file and `os.write`, ...) asks this, so bytes, bytearray and memoryview
//!   (and subclasses of the first two) are accepted alike.
//! - `Exporter::of(v)`: the memory a `memoryview` is a window on, with its item format and
//!   whether it may be written. bytes and bytearray export, and extension types (`array.array`) through
//!   `NativeData::buffer`.
//!
//! The rule: nothing returned here borrows a `bytearray`'s cell. Its bytes are copied out (a
//! `Cow` that borrows only an immutable `bytes`), because the caller may go on to run Python code
//! or to mutate the very bytearray it read (`b.extend(b)`, `b[:] = b`).

use std::borrow::Cow;

use super::bytearray::ByteArray;
use super::native::NativeBuffer;
use super::{Payload, PyResult, Value};
use crate::vm::Vm;

/// The bytes of a bytes-like object, or `None` if `v` is not one. A released memoryview is an
/// error (`ValueError`), as in CPython, rather than "not bytes-like".
pub fn bytes_like<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Option<Cow<'a, [u8]>>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(Some(Cow::Borrowed(b))),
        Some(Payload::ByteArray(b)) => Ok(Some(Cow::Owned(b.to_vec()))),
        Some(Payload::MemoryView(m)) => m.to_bytes(vm).map(|b| Some(Cow::Owned(b))),
        Some(Payload::Native(_, data)) => Ok(data.buffer().map(|b| Cow::Owned(b.bytes().to_vec()))),
        Some(Payload::Instance(inst)) => match &inst.base {
            Some(base) => bytes_like(vm, base),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Whether `v` is bytes-like, without reading it.
pub fn is_bytes_like(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => true,
        Some(Payload::Native(_, data)) => data.buffer().is_some(),
        Some(Payload::Instance(inst)) => inst.base.as_ref().is_some_and(is_bytes_like),
        _ => false,
    }
}

/// `bytes_like`, or CPython's `TypeError: a bytes-like object is required, not 'str'`.
pub fn expect_bytes_like<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match bytes_like(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// The native item formats a buffer can have (the `struct` module's single characters with
/// native size and alignment, as CPython's memoryview knows them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemFormat {
    Char,
    I8,
    U8,
    Bool,
    I16,
    U16,
    I32,
    U32,
    Long,
    ULong,
    LongLong,
    ULongLong,
    SSize,
    Size,
    F32,
    F64,
    Pointer,
}

impl ItemFormat {
    /// The format of a `struct` code: one character, optionally after `@` (native).
    pub fn parse(text: &str) -> Option<ItemFormat> {
        let code = text.strip_prefix('@').unwrap_or(text);
        let mut chars = code.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return None;
        };
        Some(match c {
            'c' => ItemFormat::Char,
            'b' => ItemFormat::I8,
            'B' => ItemFormat::U8,
            '?' => ItemFormat::Bool,
            'h' => ItemFormat::I16,
            'H' => ItemFormat::U16,
            'i' => ItemFormat::I32,
            'I' => ItemFormat::U32,
            'l' => ItemFormat::Long,
            'L' => ItemFormat::ULong,
            'q' => ItemFormat::LongLong,
            'Q' => ItemFormat::ULongLong,
            'n' => ItemFormat::SSize,
            'N' => ItemFormat::Size,
            'f' => ItemFormat::F32,
            'd' => ItemFormat::F64,
            'P' => ItemFormat::Pointer,
            _ => return None,
        })
    }

    pub fn code(self) -> char {
        match self {
            ItemFormat::Char => 'c',
            ItemFormat::I8 => 'b',
            ItemFormat::U8 => 'B',
            ItemFormat::Bool => '?',
            ItemFormat::I16 => 'h',
            ItemFormat::U16 => 'H',
            ItemFormat::I32 => 'i',
            ItemFormat::U32 => 'I',
            ItemFormat::Long => 'l',
            ItemFormat::ULong => 'L',
            ItemFormat::LongLong => 'q',
            ItemFormat::ULongLong => 'Q',
            ItemFormat::SSize => 'n',
            ItemFormat::Size => 'N',
            ItemFormat::F32 => 'f',
            ItemFormat::F64 => 'd',
            ItemFormat::Pointer => 'P',
        }
    }

    /// Bytes per item on this (64-bit, LP64) machine.
    pub fn size(self) -> usize {
        match self {
            ItemFormat::Char | ItemFormat::I8 | ItemFormat::U8 | ItemFormat::Bool => 1,
            ItemFormat::I16 | ItemFormat::U16 => 2,
            ItemFormat::I32 | ItemFormat::U32 | ItemFormat::F32 => 4,
            _ => 8,
        }
    }

    /// `B`, `b` and `c`: the formats any other can be cast to and from.
    pub fn is_byte(self) -> bool {
        matches!(self, ItemFormat::Char | ItemFormat::I8 | ItemFormat::U8)
    }
}

/// An object whose memory a memoryview can show.
pub enum Exporter<'a> {
    Bytes(&'a [u8]),
    ByteArray(&'a ByteArray),
    /// An extension type's memory (`array.array`).
    Native(&'a dyn NativeBuffer),
}

impl<'a> Exporter<'a> {
    /// The exporter behind `v` (a subclass instance exports its built-in base).
    pub fn of(v: &'a Value) -> Option<Exporter<'a>> {
        match v.payload()? {
            Payload::Bytes(b) => Some(Exporter::Bytes(b)),
            Payload::ByteArray(b) => Some(Exporter::ByteArray(b)),
            Payload::Native(_, data) => data.buffer().map(Exporter::Native),
            Payload::Instance(inst) => Exporter::of(inst.base.as_ref()?),
            _ => None,
        }
    }

    pub fn format(&self) -> ItemFormat {
        match self {
            Exporter::Native(b) => b.format(),
            _ => ItemFormat::U8,
        }
    }

    pub fn readonly(&self) -> bool {
        match self {
            Exporter::Bytes(_) => true,
            Exporter::ByteArray(_) => false,
            Exporter::Native(b) => b.readonly(),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Exporter::Bytes(b) => b.len(),
            Exporter::ByteArray(b) => b.len(),
            Exporter::Native(b) => b.bytes().len(),
        }
    }

    /// Run `f` over the memory, read-only.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Exporter::Bytes(b) => f(b),
            Exporter::ByteArray(b) => f(&b.borrow()),
            Exporter::Native(b) => f(&b.bytes()),
        }
    }

    /// Run `f` over the memory for writing; `None` for read-only exporters.
    pub fn with_bytes_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        match self {
            Exporter::Bytes(_) => None,
            Exporter::ByteArray(b) => Some(f(&mut b.borrow_mut())),
            Exporter::Native(b) => b.bytes_mut().map(|mut bytes| f(&mut bytes)),
        }
    }

    /// A view starts or stops showing this memory: while any does, its size is fixed.
    pub fn add_export(&self) {
        match self {
            Exporter::Bytes(_) => {}
            Exporter::ByteArray(b) => b.add_export(),
            Exporter::Native(b) => b.add_export(),
        }
    }

    pub fn remove_export(&self) {
        match self {
            Exporter::Bytes(_) => {}
            Exporter::ByteArray(b) => b.remove_export(),
            Exporter::Native(b) => b.remove_export(),
        }
    }
}
