//! Weak references and proxies: `weakref.ref` (`ReferenceType`), `ProxyType`,
//! `CallableProxyType` (CPython's `Objects/weakrefobject.c`).
//!
//! A weak reference names its referent's box without counting it. The invariant: the pointer is
//! non-null only while the referent lives. The collector's registry (`runtime::gc`) lists, per
//! referent, the weak reference objects to it; when the referent dies (by count, or as cyclic
//! garbage) each one is `kill`ed first — its pointer nulled, its callback taken and queued — so no
//! weak reference ever dereferences a freed object.
//!
//! A Python subclass of `ref` (`WeakMethod`, `KeyedRef`) is an instance whose built-in base is
//! the weak reference; the base remembers its owner, so callbacks and `getweakrefs` hand out the
//! subclass instance, as CPython does.

use std::cell::{Cell, RefCell};

use super::handle::{ObjBox, WeakObj};
use super::traverse::Referent;
use super::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum WeakKind {
    Ref,
    Proxy,
    CallableProxy,
}

pub struct WeakRef {
    referent: Cell<*const ObjBox>,
    callback: RefCell<Option<Value>>,
    hash: Cell<Option<i64>>,
    pub kind: WeakKind,
    /// The subclass instance this reference is the base of, if any.
    owner: RefCell<Option<WeakObj>>,
}

impl WeakRef {
    /// The referent, if it still lives.
    pub fn referent(&self) -> Option<ObjRef> {
        let p = self.referent.get();
        // SAFETY: a non-null pointer names a live referent (module invariant), and the GIL is held.
        (!p.is_null()).then(|| unsafe { ObjRef::from_box(p) })
    }

    pub fn callback(&self) -> Option<Value> {
        self.callback.borrow().clone()
    }

    pub fn traverse<F: FnMut(Referent<'_>)>(&self, visit: &mut F) {
        if let Ok(cb) = self.callback.try_borrow() {
            if let Some(cb) = &*cb {
                visit(Referent::Value(cb));
            }
        }
    }

    pub fn clear_callback(&self) {
        let taken = self.callback.try_borrow_mut().map(|mut c| c.take());
        drop(taken);
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let p = self.referent.get();
        if !p.is_null() {
            crate::runtime::gc::prune_weakrefs(p);
        }
    }
}

impl WeakRef {
    /// A reference to `referent`, registered with the collector (what `ref(obj, callback)` makes
    /// once the referent passed the checks).
    pub fn make(referent: &ObjRef, callback: Option<Value>, kind: WeakKind) -> Value {
        let r = Value::obj(Payload::WeakRef(WeakRef {
            referent: Cell::new(ObjRef::box_ptr(referent)),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            kind,
            owner: RefCell::new(None),
        }));
        if let Value::Obj(o) = &r {
            crate::runtime::gc::register_weakref(referent, o);
        }
        r
    }
}

/// The weak reference inside `v`: a plain one, or the base of a subclass instance.
pub fn as_weakref(v: &Value) -> Option<&WeakRef> {
    match v.payload()? {
        Payload::WeakRef(w) => Some(w),
        Payload::Instance(inst) => match inst.base.as_ref()?.payload()? {
            Payload::WeakRef(w) => Some(w),
            _ => None,
        },
        _ => None,
    }
}

/// The referent is dying: forget it and hand back the callback to call.
pub fn kill(r: &ObjRef) -> Option<Value> {
    let Payload::WeakRef(w) = &r.payload else {
        return None;
    };
    w.referent.set(std::ptr::null());
    let callback = w.callback.borrow_mut().take();
    callback
}

/// What scripts see of a registered reference: its subclass instance when it has one.
pub fn outer(r: &ObjRef) -> Value {
    if let Payload::WeakRef(w) = &r.payload {
        if let Some(owner) = &*w.owner.borrow() {
            if owner.is_alive() {
                // SAFETY: the owner's count is above zero and the GIL is held.
                return Value::Obj(unsafe { ObjRef::from_box(owner.box_ptr()) });
            }
        }
    }
    Value::Obj(r.clone())
}

/// Remember the subclass instance whose base `base` is (`new_subclass_instance`).
pub fn set_owner(base: &Value, instance: &Value) {
    if let (Some(Payload::WeakRef(w)), Some(inst)) = (base.payload(), instance.as_obj()) {
        *w.owner.borrow_mut() = Some(ObjRef::downgrade(inst));
    }
}

/// Whether `v` may be weakly referenced: CPython refuses ints, strs, tuples, lists, dicts and the
/// like, and instances whose class has `__slots__` without `__weakref__` all the way up.
fn check_weakrefable(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    let ok = match v.payload() {
        // Instances of Python classes, subclasses of built-in types included, have a
        // `__weakref__` slot unless `__slots__` left it out.
        Some(Payload::Instance(inst)) => !slots_forbid_weakref(vm, &inst.class),
        Some(Payload::Native(_, data)) => data.weakrefable(),
        Some(
            Payload::Function(_)
            | Payload::BuiltinFunction(_)
            | Payload::Method(..)
            | Payload::Class(_)
            | Payload::Module(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::Code(_)
            | Payload::Property(_)
            | Payload::File(_)
            | Payload::Lock(_)
            | Payload::RLock(_)
            | Payload::Event(_)
            | Payload::SemLock(_)
            | Payload::Regex(_)
            | Payload::WeakRef(_),
        ) => true,
        _ => false,
    };
    match v {
        Value::Obj(o) if ok => Ok(o.clone()),
        _ => {
            let msg = format!(
                "cannot create weak reference to '{}' object",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn slots_forbid_weakref(vm: &mut Vm, cls: &ObjRef) -> bool {
    let slots = vm.names().__slots__.clone();
    let weakref_name = vm.intern("__weakref__");
    let mut classes = vec![cls.clone()];
    classes.extend(super::class::class_data(cls).mro.iter().cloned());
    for c in classes {
        let cd = super::class::class_data(&c);
        if cd.kind == super::class::TypeKind::Builtin {
            continue;
        }
        let Some(s) = cd.dict.borrow().get_str(&slots).cloned() else {
            return false;
        };
        if slot_names(&s)
            .iter()
            .any(|n| n.as_str() == weakref_name.as_str())
        {
            return false;
        }
    }
    true
}

/// Make a weak reference (or proxy) to `target`; plain references without a callback are shared,
/// as CPython shares them.
pub fn new_weakref(
    vm: &mut Vm,
    target: &Value,
    callback: Option<Value>,
    kind: WeakKind,
    shareable: bool,
) -> PyResult<Value> {
    let referent = check_weakrefable(vm, target)?;
    let callback = callback.filter(|c| !c.is_none());
    if callback.is_none() && shareable {
        for r in crate::runtime::gc::weakrefs_to(&referent) {
            if let Payload::WeakRef(w) = &r.payload {
                let plain = w.owner.borrow().is_none();
                if plain && w.kind == kind && w.callback.borrow().is_none() {
                    return Ok(Value::Obj(r.clone()));
                }
            }
        }
    }
    Ok(WeakRef::make(&referent, callback, kind))
}

// ----- ReferenceType ---------------------------------------------------------------------------

fn construct_ref(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let callback_kw = args.take_kw("callback");
    args.no_kwargs(vm, "weakref.ReferenceType")?;
    args.check_count(vm, "__new__", 1, 2)?;
    let callback = args.args.get(1).cloned().or(callback_kw);
    new_weakref(vm, &args.args[0], callback, WeakKind::Ref, true)
}

fn this(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if as_weakref(v).is_some() => Ok(v.clone()),
        _ => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
    }
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        let msg = format!(
            "weakref() takes exactly 0 arguments ({} given)",
            args.args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    Ok(as_weakref(&me)
        .and_then(|w| w.referent())
        .map(Value::Obj)
        .unwrap_or(Value::None))
}

fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_callback(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let _ = vm;
    Ok(as_weakref(me)
        .and_then(|w| w.callback())
        .unwrap_or(Value::None))
}

/// `hash(r)`: the referent's hash, kept once computed (a dead reference keeps it).
pub fn hash(vm: &mut Vm, me: &Value) -> PyResult<i64> {
    let Some(w) = as_weakref(me) else {
        return Ok(0);
    };
    if w.kind != WeakKind::Ref {
        let msg = format!("unhashable type: '{}'", vm.type_name(me));
        return Err(vm.type_error(msg));
    }
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    match w.referent() {
        Some(r) => {
            let h = vm.hash(&Value::Obj(r))?;
            w.hash.set(Some(h));
            Ok(h)
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    Ok(Value::Int(hash(vm, &me)?))
}

/// `a == b` for references: both alive, their referents compare; otherwise identity.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(wa), Some(wb)) = (as_weakref(a), as_weakref(b)) else {
        return Ok(None);
    };
    if wa.kind != WeakKind::Ref || wb.kind != WeakKind::Ref {
        return Ok(None);
    }
    match (wa.referent(), wb.referent()) {
        (Some(ra), Some(rb)) => Ok(Some(vm.eq(&Value::Obj(ra), &Value::Obj(rb))?)),
        _ => Ok(Some(a.is(b))),
    }
}

/// Comparisons the weak reference types define: `==`/`!=` between references, and every
/// comparison with a proxy, which compares its referent. `None`: not ours.
pub fn compare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::syntax::ast::CmpOp,
) -> PyResult<Option<Value>> {
    use crate::syntax::ast::CmpOp;
    if is_proxy(a) || is_proxy(b) {
        let a = unwrap_proxy(vm, a)?;
        let b = unwrap_proxy(vm, b)?;
        return vm.compare(&a, &b, op).map(Some);
    }
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(None);
    }
    Ok(eq(vm, a, b)?.map(|r| Value::bool(r == (op == CmpOp::Eq))))
}

/// `obj.__weakref__`: the oldest weak reference to `obj`, or None.
fn weakref_attribute(_vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    Ok(obj
        .as_obj()
        .and_then(|o| crate::runtime::gc::weakrefs_to(o).first().map(outer))
        .unwrap_or(Value::None))
}

/// A new class gets the `__weakref__` descriptor, as CPython's `type_new` adds it: when no
/// Python base has it already and its `__slots__`, if any, name it.
pub fn add_weakref_descriptor(
    vm: &mut Vm,
    class_name: &str,
    dict: &mut super::Dict,
    mro: &[ObjRef],
) {
    let name = vm.intern("__weakref__");
    let inherited = mro.iter().any(|c| {
        let cd = super::class::class_data(c);
        cd.kind != super::class::TypeKind::Builtin && cd.dict.borrow().get_str(&name).is_some()
    });
    let slots = dict.get_str(&vm.names().__slots__).map(slot_names);
    if inherited || slots.is_some_and(|s| !s.iter().any(|n| n.as_str() == Some("__weakref__"))) {
        return;
    }
    let descriptor = Value::obj(Payload::GetSet(super::class::GetSet {
        name: "__weakref__",
        owner: class_name.to_string(),
        get: weakref_attribute,
        set: None,
    }));
    dict.set_str(name, descriptor);
}

fn slot_names(slots: &Value) -> Vec<Value> {
    match slots.payload() {
        Some(Payload::Str(_)) => vec![slots.clone()],
        Some(Payload::Tuple(items)) => items.clone(),
        Some(Payload::List(items)) => items.borrow().clone(),
        _ => Vec::new(),
    }
}

/// A fresh (never shared) reference, the base of a subclass instance (`new_subclass_instance`).
pub fn new_subclass_base(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_count(vm, "__new__", 1, 2)?;
    new_weakref(
        vm,
        &args.args[0],
        args.args.get(1).cloned(),
        WeakKind::Ref,
        false,
    )
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(match eq(vm, &me, &other)? {
        Some(b) => Value::bool(b),
        None => Value::Obj(vm.types().not_implemented.clone()),
    })
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(match eq(vm, &me, &other)? {
        Some(b) => Value::bool(!b),
        None => Value::Obj(vm.types().not_implemented.clone()),
    })
}

/// `<weakref at 0x...; to 'A' at 0x...>`, `<weakref at 0x...; dead>`, and the proxy forms.
pub fn repr(vm: &mut Vm, me: &Value) -> PyResult<String> {
    let Some(w) = as_weakref(me) else {
        return Ok(String::new());
    };
    let at = crate::vm::repr::address(me);
    let what = if w.kind == WeakKind::Ref {
        "weakref"
    } else {
        "weakproxy"
    };
    Ok(match w.referent() {
        None => format!("<{} at {}; dead>", what, at),
        Some(r) => {
            let r = Value::Obj(r);
            let cls = vm.type_of(&r);
            let name = super::class::class_data(&cls).qualname.borrow().clone();
            let to = crate::vm::repr::address(&r);
            if w.kind == WeakKind::Ref {
                format!("<weakref at {}; to '{}' at {}>", at, name, to)
            } else {
                format!("<weakproxy at {}; to '{}' at {}>", at, name, to)
            }
        }
    })
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    Ok(Value::str(repr(vm, &me)?))
}

// ----- proxies ---------------------------------------------------------------------------------

/// The referent of a proxy, or CPython's `ReferenceError`.
pub fn proxy_target(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    match as_weakref(me).and_then(|w| w.referent()) {
        Some(r) => Ok(Value::Obj(r)),
        None => Err(vm.new_exception(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        )),
    }
}

/// A proxy's referent, any other value itself.
pub fn unwrap_proxy(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_proxy(v) {
        proxy_target(vm, v)
    } else {
        Ok(v.clone())
    }
}

/// Whether `v` is a proxy (attribute access and the protocols forward to its referent).
pub fn is_proxy(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::WeakRef(w)) if w.kind != WeakKind::Ref)
}

fn forward(vm: &mut Vm, args: Args, method: &str) -> PyResult<Value> {
    let mut args = args;
    let me = args.args.remove(0);
    let target = proxy_target(vm, &me)?;
    let name = vm.intern(method);
    let f = vm.getattr(&target, &name)?;
    vm.call_args(&f, args)
}

macro_rules! forwarders {
    ($($fn_name:ident => $method:literal),* $(,)?) => {
        $(fn $fn_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            forward(vm, args, $method)
        })*
    };
}

forwarders! {
    proxy_len => "__len__",
    proxy_getitem => "__getitem__",
    proxy_setitem => "__setitem__",
    proxy_delitem => "__delitem__",
    proxy_contains => "__contains__",
    proxy_iter => "__iter__",
    proxy_next => "__next__",
    proxy_add => "__add__",
    proxy_sub => "__sub__",
    proxy_mul => "__mul__",
    proxy_lt => "__lt__",
    proxy_le => "__le__",
    proxy_gt => "__gt__",
    proxy_ge => "__ge__",
}

fn proxy_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.args.remove(0);
    let target = proxy_target(vm, &me)?;
    vm.call_args(&target, args)
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    let target = proxy_target(vm, &me)?;
    Ok(Value::str(vm.str(&target)?))
}

fn proxy_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    let target = proxy_target(vm, &me)?;
    Ok(Value::bool(vm.truthy(&target)?))
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args)?;
    let target = proxy_target(vm, &me)?;
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    let other = if is_proxy(&other) {
        proxy_target(vm, &other)?
    } else {
        other
    };
    Ok(Value::bool(vm.eq(&target, &other)?))
}

fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = proxy_eq(vm, args)?;
    Ok(Value::bool(!matches!(r, Value::Bool(b) if b.get())))
}

pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let (reference, proxy, callable_proxy) = (
        t.weakref.clone(),
        t.weakproxy.clone(),
        t.weakcallableproxy.clone(),
    );
    if let Payload::Class(cd) = &reference.payload {
        cd.constructor.set(Some(construct_ref));
    }
    let module_name = vm.names().__module__.clone();
    for cls in [&reference, &proxy, &callable_proxy] {
        crate::vm::types::class_dict(cls)
            .borrow_mut()
            .set_str(module_name.clone(), Value::str("weakref"));
    }
    let owner = "weakref.ReferenceType";
    vm.add_method(&reference, owner, "__call__", ref_call);
    vm.add_method(&reference, owner, "__init__", ref_init);
    vm.add_method(&reference, owner, "__hash__", ref_hash);
    vm.add_method(&reference, owner, "__eq__", ref_eq);
    vm.add_method(&reference, owner, "__ne__", ref_ne);
    vm.add_method(&reference, owner, "__repr__", ref_repr);
    super::class::add_getset(vm, &reference, "__callback__", ref_callback);
    let methods: &[(&'static str, super::class::NativeFn)] = &[
        ("__len__", proxy_len),
        ("__getitem__", proxy_getitem),
        ("__setitem__", proxy_setitem),
        ("__delitem__", proxy_delitem),
        ("__contains__", proxy_contains),
        ("__iter__", proxy_iter),
        ("__next__", proxy_next),
        ("__add__", proxy_add),
        ("__sub__", proxy_sub),
        ("__mul__", proxy_mul),
        ("__lt__", proxy_lt),
        ("__le__", proxy_le),
        ("__gt__", proxy_gt),
        ("__ge__", proxy_ge),
        ("__eq__", proxy_eq),
        ("__ne__", proxy_ne),
        ("__str__", proxy_str),
        ("__bool__", proxy_bool),
        ("__repr__", ref_repr),
    ];
    for cls in [&proxy, &callable_proxy] {
        for (name, f) in methods {
            vm.add_method(cls, "weakproxy", name, *f);
        }
    }
    vm.add_method(&callable_proxy, "weakcallableproxy", "__call__", proxy_call);
}
