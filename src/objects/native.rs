//! Extension types: objects whose state is native Rust data, defined by a standard-library module
//! (`collections.deque`, `itertools.count`, `struct.Struct`) rather than by the core.
//!
//! CPython's C modules define types with their own struct and type object; this is gilt's
//! equivalent. An extension object is `Payload::Native(class, data)`: the class is an ordinary
//! built-in class (made by `new_type`, so Python code can subclass it and its methods live in its
//! dict), the data any `'static` type implementing `NativeData`. The core never needs to know the
//! concrete type: the collector asks the data for its references, weak references ask whether it
//! allows them, and every protocol (`len`, iteration, operators, `repr`) dispatches through the
//! class's special methods, exactly as for instances of Python classes.
//!
//! Invariants:
//! - `traverse` visits every handle the data owns (the `gc_refs` rule of `runtime/gc.rs`); data
//!   that holds handles in a `RefCell` must skip the cell when it is borrowed for writing, as the
//!   core payloads do, and `clear_refs` must leave the object usable (empty), since a finalizer may
//!   still reach it.
//! - Methods receive `self` as `args[0]`; `this::<T>` finds the data on an extension object or on
//!   an instance of a Python subclass (whose `base` is the extension object).

use std::any::Any;

use super::class::{NativeFn, TypeKind};
use super::traverse::Referent;
use super::{Args, Dict, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// The native state of an extension object.
pub trait NativeData: Any {
    /// Visit every counted handle this object owns (see the module comment).
    fn traverse(&self, _visit: &mut dyn FnMut(Referent<'_>)) {}

    /// Drop the handles held in mutable parts, to break a cycle the collector found.
    fn clear_refs(&self) {}

    /// Whether the collector must track these objects: false for data that holds no handles.
    fn is_container(&self) -> bool {
        true
    }

    /// Whether `weakref.ref` may point at these objects (CPython: `tp_weaklistoffset`).
    fn weakrefable(&self) -> bool {
        false
    }

    /// The memory these objects lend to `memoryview`, `bytes()` and every bytes-like reader
    /// (CPython: `tp_as_buffer`), or `None` for a type that exports none.
    fn buffer(&self) -> Option<&dyn NativeBuffer> {
        None
    }
}

/// A native exporter's memory: raw items of one format, back to back, in a cell. While a view
/// holds an export (`add_export` without its `remove_export`) the exporter must refuse to change
/// its size (CPython: `BufferError: cannot resize an array that is exporting buffers`), because
/// views keep byte offsets into it.
pub trait NativeBuffer {
    /// The item format (`memoryview.format`); `len()` is a multiple of its size.
    fn format(&self) -> super::buffer::ItemFormat;
    fn readonly(&self) -> bool {
        false
    }
    fn bytes(&self) -> std::cell::Ref<'_, [u8]>;
    /// The memory for writing; `None` when read-only.
    fn bytes_mut(&self) -> Option<std::cell::RefMut<'_, [u8]>>;
    fn add_export(&self);
    fn remove_export(&self);
}

/// A new extension object of class `class`.
pub fn new(class: &ObjRef, data: impl NativeData) -> Value {
    Value::obj(Payload::Native(class.clone(), Box::new(data)))
}

/// The data of `v` if it is an extension object of Rust type `T`, or an instance of a Python
/// subclass extending one.
pub fn downcast<T: NativeData>(v: &Value) -> Option<&T> {
    let v = v.builtin_base().unwrap_or(v);
    match v.payload() {
        Some(Payload::Native(_, data)) => (data.as_ref() as &dyn Any).downcast_ref::<T>(),
        _ => None,
    }
}

/// `self` of a method of type `type_name` (`"collections.deque"`), with CPython's error for a
/// method called unbound on the wrong object.
pub fn this<'a, T: NativeData>(
    vm: &mut Vm,
    args: &'a Args,
    type_name: &str,
    method: &str,
) -> PyResult<&'a T> {
    let first = args.args.first();
    if let Some(data) = first.and_then(downcast::<T>) {
        return Ok(data);
    }
    let got = match first {
        Some(v) => vm.type_name(v),
        None => {
            return Err(vm.type_error(format!(
                "unbound method {}.{}() needs an argument",
                type_name.rsplit('.').next().unwrap_or(type_name),
                method
            )))
        }
    };
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        method, type_name, got
    )))
}

/// How an extension type is made: its name, module, constructor and methods.
pub struct TypeSpec<'a> {
    /// The class's `__name__` (`"deque"`); messages name it `module.name`, as CPython's
    /// `tp_name`.
    pub name: &'static str,
    /// Its `__module__` (`"collections"`); its repr is `<class 'collections.deque'>`.
    pub module: &'static str,
    /// `cls(...)` called directly. A Python subclass's instance is built by calling it with no
    /// arguments when the methods include `__init__` (a mutable type filled by `__init__`, as
    /// `list`), else with the call's arguments (an immutable type, as `tuple`).
    pub constructor: Option<NativeFn>,
    /// Methods, special methods included (`__len__`, `__iter__`, `__repr__`, ...).
    pub methods: &'a [(&'static str, NativeFn)],
    /// Whether Python classes may derive from it (CPython: `Py_TPFLAGS_BASETYPE`).
    pub subclassable: bool,
    /// `__doc__`, if any.
    pub doc: Option<&'static str>,
}

/// Make an extension type's class.
pub fn new_type(vm: &mut Vm, spec: &TypeSpec<'_>) -> ObjRef {
    let object = vm.types().object.clone();
    // Made once per type and kept for the process's life, as the methods' owner name.
    let full_name: &'static str =
        Box::leak(format!("{}.{}", spec.module, spec.name).into_boxed_str());
    let cls = super::class::new_class(
        full_name,
        vec![object.clone()],
        vec![object],
        Dict::new(),
        TypeKind::Builtin,
    );
    if let Payload::Class(cd) = &cls.payload {
        *cd.qualname.borrow_mut() = spec.name.to_string();
        cd.is_final.set(!spec.subclassable);
        cd.constructor.set(spec.constructor);
        cd.instances_have_dict.set(false);
    }
    for (name, f) in spec.methods {
        vm.add_method(&cls, full_name, name, *f);
    }
    let dict = crate::vm::types::class_dict(&cls);
    let module = vm.intern(spec.module);
    dict.borrow_mut()
        .set_str(vm.names().__module__.clone(), module);
    if let Some(doc) = spec.doc {
        let doc_name = vm.intern("__doc__");
        dict.borrow_mut().set_str(doc_name, Value::str(doc));
    }
    cls
}

/// The class of extension type `key` (its `tp_name`), made by `make` on first use. Native code
/// that creates objects of a type (a deque's iterator, `itertools.groupby`'s groups) asks here,
/// so the module that defines the type need not be imported first.
pub fn type_object(vm: &mut Vm, key: &'static str, make: fn(&mut Vm) -> ObjRef) -> ObjRef {
    if let Some(cls) = vm.interp.native_types.borrow().get(key) {
        return cls.clone();
    }
    let cls = make(vm);
    vm.interp.native_types.borrow_mut().insert(key, cls.clone());
    cls
}
