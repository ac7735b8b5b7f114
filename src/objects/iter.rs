//! Built-in iterators: over sequences, ranges and dicts, and the lazy builtins (enumerate, zip,
//! map, filter, reversed, `iter(callable, sentinel)`). Each keeps its position in a `RefCell`;
//! `Vm::next` advances them.

use super::{ObjRef, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// A list, tuple, str or bytes, walked by index (a list may grow while iterated).
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Walks entry positions; `len` is the size at creation, to detect mutation.
    Dict {
        dict: ObjRef,
        pos: usize,
        kind: DictViewKind,
        len: usize,
    },
    /// Walks a set's entries (a snapshot of the keys: sets are small in practice).
    Keys {
        keys: Vec<Value>,
        index: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    CallableSentinel {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

impl IterState {
    /// The Python type name of the iterator, as `type(it).__name__` shows it.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq { seq, .. } => match seq.payload() {
                Some(super::Payload::Tuple(_)) => "tuple_iterator",
                Some(super::Payload::Str(_)) => "str_ascii_iterator",
                Some(super::Payload::Bytes(_)) => "bytes_iterator",
                // The `__getitem__` protocol of a class that is no built-in sequence.
                Some(super::Payload::Instance(i)) if i.base.is_none() => "iterator",
                Some(super::Payload::ByteArray(_)) => "bytearray_iterator",
                Some(super::Payload::MemoryView(_)) => "memory_iterator",
                _ => "list_iterator",
            },
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind, .. } => match kind {
                DictViewKind::Keys => "dict_keyiterator",
                DictViewKind::Values => "dict_valueiterator",
                DictViewKind::Items => "dict_itemiterator",
            },
            IterState::Keys { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Reversed { seq, .. } => match seq.payload() {
                Some(super::Payload::List(_)) => "list_reverseiterator",
                _ => "reversed",
            },
            IterState::CallableSentinel { .. } => "callable_iterator",
            IterState::Exhausted => "iterator",
        }
    }
}

use super::{Args, PyResult};
use crate::vm::Vm;

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.args.first().cloned().unwrap_or(Value::None);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

pub fn register(vm: &mut Vm) {
    let classes: Vec<ObjRef> = vm.types().iterators.values().cloned().collect();
    for cls in classes {
        vm.add_method(&cls, "iterator", "__iter__", iter_self);
        vm.add_method(&cls, "iterator", "__next__", iter_next);
    }
}
