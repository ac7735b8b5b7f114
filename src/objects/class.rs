//! `type` and instances of Python classes.
//!
//! A class object holds its name, bases, MRO (C3, computed once at creation; stored without the
//! class itself so that a class does not own a reference to itself) and namespace. Built-in types
//! (`int`, `list`, ...) are class objects too, with `kind` naming the built-in payload their
//! instances carry; their methods are `BuiltinFunction`s in the namespace, so `str.upper(s)` and
//! `s.upper()` go through the same lookup.

use std::cell::RefCell;

pub use super::instance::Instance;
use super::{Dict, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// A native function: every built-in function and method has this shape.
pub type NativeFn = fn(&mut Vm, super::Args) -> PyResult<Value>;

/// Which built-in type a class is, or derives its instances' layout from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// A class written in Python whose instances are plain `Instance`s.
    Plain,
    /// `BaseException` or a subclass: instances carry an `ExcState`.
    Exception,
    /// A built-in type whose instances are built by its own constructor.
    Builtin,
}

pub struct ClassData {
    pub name: String,
    pub qualname: RefCell<String>,
    pub bases: Vec<ObjRef>,
    /// The MRO after the class itself.
    pub mro: Vec<ObjRef>,
    pub dict: RefCell<Dict>,
    /// A built-in type Python classes may not derive from (CPython: no `Py_TPFLAGS_BASETYPE`).
    pub is_final: std::cell::Cell<bool>,
    pub kind: TypeKind,
    /// The class (or a base) defines `__del__`: dying instances are queued for it.
    pub has_finalizer: std::cell::Cell<bool>,
    /// (type version, whether a class in the MRO defines `__getattribute__` in Python): spares
    /// every attribute read the lookup while no class has changed.
    pub custom_getattribute: std::cell::Cell<(u64, bool)>,
    /// The same for `__setattr__`.
    pub custom_setattr: std::cell::Cell<(u64, bool)>,
    /// The most attributes an instance had when its `__init__` returned: new instances' dicts
    /// start with room for that many (as CPython's shared keys size them).
    pub attribute_hint: std::cell::Cell<u32>,
    /// The names instances have been given, in first-given order; only grows, so a name's entry
    /// position is its instances' value position for good (`objects::instance`).
    pub shared_keys: RefCell<Dict>,
    /// False when the class and every Python class above it define `__slots__` without
    /// `__dict__`: its instances take no attributes but their slots.
    pub instances_have_dict: std::cell::Cell<bool>,
    /// The class's metaclass when it is not `type` (set once, when the class is made).
    pub metaclass: std::cell::OnceCell<ObjRef>,
    /// The native constructor of a built-in type (`int(x)`, `list(it)`), called as `cls(*args)`.
    pub constructor: std::cell::Cell<Option<NativeFn>>,
}

impl ClassData {
    /// `__name__`: an extension type's `name` is its full `tp_name` (`collections.deque`, as
    /// error messages show it), and `__name__` is the part after the last dot, as in CPython.
    pub fn short_name(&self) -> String {
        match self.kind {
            TypeKind::Builtin => self
                .name
                .rsplit('.')
                .next()
                .unwrap_or(&self.name)
                .to_string(),
            _ => self.name.clone(),
        }
    }

    /// Walk the MRO: the class itself first, then `mro`.
    pub fn lookup(&self, this: &ObjRef, name: &Value) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get_str(name) {
            return Some(v.clone());
        }
        let _ = this;
        for c in &self.mro {
            if let Payload::Class(cd) = &c.payload {
                if let Some(v) = cd.dict.borrow().get_str(name) {
                    return Some(v.clone());
                }
            }
        }
        None
    }
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// A `__slots__` name's descriptor (CPython's member descriptor). The value lives with the
/// instance's other attributes (`objects::instance`); a class whose instances have only slots
/// gives them no `__dict__` (`ClassData::instances_have_dict`).
pub struct Member {
    pub name: Value,
    pub owner: String,
}

/// Reads a native attribute.
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
/// Writes a native attribute.
pub type Setter = fn(&mut Vm, &Value, Value) -> PyResult<()>;

/// A native attribute with a getter (and maybe a setter): `exc.args`, `func.__name__`, ...
pub struct GetSet {
    pub name: &'static str,
    /// The name of the class that defines it, for its repr
    /// (`<attribute 'maxlen' of 'collections.deque' objects>`).
    pub owner: String,
    pub get: Getter,
    pub set: Option<Setter>,
}

pub fn class_data(c: &ObjRef) -> &ClassData {
    match &c.payload {
        Payload::Class(cd) => cd,
        _ => unreachable_class(),
    }
}

#[cold]
fn unreachable_class() -> &'static ClassData {
    // Every ObjRef passed as a class comes from `type_of` or a checked `Payload::Class`; reaching
    // here is an interpreter bug, reported as a panic the harness catches.
    panic!("expected a class object")
}

/// The full MRO, the class itself first.
pub fn full_mro(c: &ObjRef) -> Vec<ObjRef> {
    let mut v = vec![c.clone()];
    v.extend(class_data(c).mro.iter().cloned());
    v
}

/// C3 linearization of `bases` (each base's full MRO, then the bases list itself).
/// `Err` carries the message CPython gives when no consistent order exists.
pub fn c3_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| ObjRef::ptr_eq(x, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = seqs
                .iter()
                .map(|s| class_data(&s[0]).name.clone())
                .collect::<Vec<_>>();
            let mut uniq: Vec<String> = Vec::new();
            for n in names {
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                uniq.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if ObjRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

pub fn is_subclass(c: &ObjRef, base: &ObjRef) -> bool {
    if ObjRef::ptr_eq(c, base) {
        return true;
    }
    match &c.payload {
        Payload::Class(cd) => cd.mro.iter().any(|m| ObjRef::ptr_eq(m, base)),
        _ => false,
    }
}

pub fn new_class(
    name: &str,
    bases: Vec<ObjRef>,
    mro: Vec<ObjRef>,
    dict: Dict,
    kind: TypeKind,
) -> ObjRef {
    super::ObjRef::new(super::Obj {
        payload: Payload::Class(Box::new(ClassData {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            bases,
            mro,
            dict: RefCell::new(dict),
            is_final: std::cell::Cell::new(false),
            kind,
            constructor: std::cell::Cell::new(None),
            has_finalizer: std::cell::Cell::new(false),
            attribute_hint: std::cell::Cell::new(0),
            shared_keys: RefCell::new(Dict::new()),
            metaclass: std::cell::OnceCell::new(),
            instances_have_dict: std::cell::Cell::new(true),
            custom_getattribute: std::cell::Cell::new((0, false)),
            custom_setattr: std::cell::Cell::new((0, false)),
        })),
    })
}

/// Add a read-only native attribute to a class.
pub fn add_getset(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &'static str,
    get: fn(&mut Vm, &Value) -> PyResult<Value>,
) {
    let g = Value::obj(Payload::GetSet(GetSet {
        name,
        owner: class_data(cls).name.clone(),
        get,
        set: None,
    }));
    crate::vm::types::class_dict(cls)
        .borrow_mut()
        .set_str(vm.intern(name), g);
}

/// Add a writable native attribute to a class.
pub fn add_getset_rw(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &'static str,
    get: fn(&mut Vm, &Value) -> PyResult<Value>,
    set: fn(&mut Vm, &Value, Value) -> PyResult<()>,
) {
    let g = Value::obj(Payload::GetSet(GetSet {
        name,
        owner: class_data(cls).name.clone(),
        get,
        set: Some(set),
    }));
    crate::vm::types::class_dict(cls)
        .borrow_mut()
        .set_str(vm.intern(name), g);
}

// ----- `object` and `type` ------------------------------------------------------------------

fn object_init(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        let this = args.args.first().cloned().unwrap_or(Value::None);
        let cls = vm.type_of(&this);
        let new_name = vm.names().__new__.clone();
        let init_name = vm.names().__init__.clone();
        let overrides_new = class_data(&cls)
            .lookup(&cls, &new_name)
            .is_some_and(|f| !matches!(f.payload(), Some(Payload::BuiltinFunction(_))));
        let overrides_init = class_data(&cls)
            .lookup(&cls, &init_name)
            .is_some_and(|f| !matches!(f.payload(), Some(Payload::BuiltinFunction(_))));
        if !overrides_new || overrides_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Class(_)) => o.clone(),
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
    };
    let rest = super::Args::new(args.args[1..].to_vec());
    vm.new_instance(&cls, &rest)
}

fn object_repr(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&this);
    let module = crate::vm::repr::class_module(vm, &cls);
    let qual = class_data(&cls).qualname.borrow().clone();
    Ok(Value::str(format!(
        "<{}.{} object at {}>",
        module,
        qual,
        crate::vm::repr::address(&this)
    )))
}

fn object_str(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(vm.repr(&this)?))
}

fn object_eq(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__eq__", 2, 2)?;
    Ok(if args.args[0].is(&args.args[1]) {
        Value::bool(true)
    } else {
        vm.not_implemented()
    })
}

fn object_ne(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__ne__", 2, 2)?;
    let r = vm.compare(&args.args[0], &args.args[1], crate::syntax::ast::CmpOp::Eq)?;
    Ok(Value::bool(!vm.truthy(&r)?))
}

/// `object.__lt__` and the other orderings: no order, so the other operand decides.
fn object_not_implemented(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "comparison", 2, 2)?;
    Ok(vm.not_implemented())
}

/// `object.__sizeof__`: the object's own bytes, without the collector's header that
/// `sys.getsizeof` adds.
fn object_sizeof(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__sizeof__", 1, 1)?;
    crate::stdlib::sys::size_without_headers(vm, &args.args[0]).map(Value::Int)
}

/// Calls `copyreg.<name>(*args)`: the pickling protocol's defaults live there, in Python, as
/// the parts of CPython's `typeobject.c` that call back into `copyreg` do.
fn copyreg_call(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let module = crate::stdlib::import::import_module(vm, "copyreg")?;
    let key = vm.intern(name);
    let f = vm.getattr(&module, &key)?;
    vm.call(&f, args)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` if it has one, else the
/// default reduction.
fn object_reduce_ex(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__reduce_ex__", 2, 2)?;
    let obj = args.args[0].clone();
    let protocol = vm.to_index(&args.args[1])?;
    let reduce = vm.intern("__reduce__");
    if let Some(f) = vm.lookup_special(&obj, &reduce) {
        if !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) {
            return vm.call_unbound(&f, vec![obj]);
        }
    }
    copyreg_call(vm, "_object_reduce_ex", vec![obj, Value::Int(protocol)])
}

fn object_reduce(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__reduce__", 1, 1)?;
    copyreg_call(vm, "_reduce_ex", vec![args.args[0].clone(), Value::Int(0)])
}

/// `object.__getstate__()` (3.11): the instance dict and slot values.
fn object_getstate(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__getstate__", 1, 1)?;
    copyreg_call(
        vm,
        "_default_state",
        vec![args.args[0].clone(), Value::bool(false)],
    )
}

fn object_hash(_vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int((this.id() as usize >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__setattr__", 3, 3)?;
    vm.generic_setattr(&args.args[0], &args.args[1], args.args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__getattribute__", 2, 2)?;
    // The generic lookup only: `__getattr__` is the caller's fallback, not ours.
    match vm.object_getattribute_only(&args.args[0], &args.args[1])? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args.args[0], &args.args[1])),
    }
}

fn object_delattr(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__delattr__", 2, 2)?;
    if crate::vm::attr::remove_own_attr(&args.args[0], &args.args[1]).is_some() {
        return Ok(Value::None);
    }
    Err(vm.no_attribute(&args.args[0], &args.args[1]))
}

fn object_format(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__format__", 2, 2)?;
    let spec = args.args[1].as_str().unwrap_or("").to_string();
    if !spec.is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.args[0])
        );
        return Err(vm.type_error(msg));
    }
    Ok(Value::str(vm.str(&args.args[0])?))
}

fn object_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.type_of(v)))
}

fn type_mro(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Class(_)) => Ok(Value::list(
            full_mro(o).into_iter().map(Value::Obj).collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasscheck(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "__subclasscheck__", 2, 2)?;
    match (&args.args[0], &args.args[1]) {
        (Value::Obj(a), Value::Obj(b)) => Ok(Value::bool(is_subclass(b, a))),
        _ => Ok(Value::bool(false)),
    }
}

pub fn register(vm: &mut Vm) {
    let object = vm.types().object.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", object_init),
        ("__new__", object_new),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__format__", object_format),
        ("__lt__", object_not_implemented),
        ("__le__", object_not_implemented),
        ("__gt__", object_not_implemented),
        ("__ge__", object_not_implemented),
        ("__sizeof__", object_sizeof),
        ("__dir__", crate::stdlib::builtins::object_dir),
        ("__reduce_ex__", object_reduce_ex),
        ("__reduce__", object_reduce),
        ("__getstate__", object_getstate),
    ];
    for (name, f) in methods {
        vm.add_method(&object, "object", name, *f);
    }
    // `object.__new__` is a static method: `object.__new__(cls)` passes the class explicitly.
    let new = crate::vm::types::class_dict(&object)
        .borrow()
        .get_str(&vm.intern("__new__"))
        .cloned();
    if let Some(new) = new {
        crate::vm::types::class_dict(&object)
            .borrow_mut()
            .set_str(vm.intern("__new__"), Value::obj(Payload::StaticMethod(new)));
    }
    add_getset(vm, &object, "__class__", object_class);
    let type_ = vm.types().type_.clone();
    vm.add_method(&type_, "type", "mro", type_mro);
    vm.add_method(&type_, "type", "__subclasscheck__", type_subclasscheck);
}
