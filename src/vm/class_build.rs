//! Making classes: the `class` statement (`__build_class__`), `type(name, bases, ns)`, and
//! metaclasses (`type.__new__`, `type.__init__`, `type.__call__`).
//!
//! The order is CPython's: find the metaclass (the explicit one or the most derived metaclass of
//! the bases), ask it to `__prepare__` the namespace, run the body in it, call the metaclass with
//! `(name, bases, namespace, **keywords)`. `type.__new__` builds the class, sets the metaclass
//! (a class whose metaclass is `type` records none), calls `__set_name__` on the namespace's
//! values, then the parent's `__init_subclass__` with the keywords.

use crate::objects::class::{c3_mro, class_data, is_subclass, new_class, TypeKind};
use crate::objects::{Args, Dict, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// `type(name, bases, dict)` creates a class; `type(x)` is handled by the call machinery.
pub fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let type_ = vm.types().type_.clone();
    new_class_of(vm, &type_, args)
}

/// `type.__new__(metaclass, name, bases, dict, **keywords)`.
fn type_dunder_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    }
    let meta = args.args.remove(0);
    let Some(meta) = meta
        .as_obj()
        .filter(|m| matches!(m.payload, Payload::Class(_)))
    else {
        let msg = format!(
            "type.__new__(X): X is not a type object ({})",
            vm.type_name(&meta)
        );
        return Err(vm.type_error(msg));
    };
    let meta = meta.clone();
    if !is_subclass(&meta, &vm.types().type_.clone()) {
        let msg = format!(
            "type.__new__({}): {} is not a subtype of type",
            class_data(&meta).name,
            class_data(&meta).name
        );
        return Err(vm.type_error(msg));
    }
    new_class_of(vm, &meta, args)
}

/// `type.__init__`: the class is complete already; the arguments were checked by `__new__`.
fn type_dunder_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.args.len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: make an instance the usual way (`__new__`, then
/// `__init__`), whatever the metaclass's own `__call__` did before calling this.
fn type_dunder_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = args.args.remove(0);
    match cls.as_obj() {
        Some(c) if matches!(c.payload, Payload::Class(_)) => {
            let c = c.clone();
            vm.instantiate(&c, args)
        }
        _ => Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name(&cls)
        ))),
    }
}

/// `object.__init_subclass__`: takes no keywords (a class keyword nobody consumed ends here).
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        let name = match args.args.first().and_then(|c| c.payload()) {
            Some(Payload::Class(cd)) => cd.name.clone(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let (type_, object) = (t.type_.clone(), t.object.clone());
    let new = type_method("__new__", type_dunder_new);
    let init = type_method("__init__", type_dunder_init);
    let call = type_method("__call__", type_dunder_call);
    let init_subclass = type_method("__init_subclass__", object_init_subclass);
    {
        let mut d = crate::vm::types::class_dict(&type_).borrow_mut();
        d.set_str(vm.intern("__new__"), Value::obj(Payload::StaticMethod(new)));
        d.set_str(vm.intern("__init__"), init);
        d.set_str(vm.intern("__call__"), call);
    }
    let subclasshook = type_method("__subclasshook__", object_subclasshook);
    let mut object_dict = crate::vm::types::class_dict(&object).borrow_mut();
    object_dict.set_str(
        vm.intern("__init_subclass__"),
        Value::obj(Payload::ClassMethod(init_subclass)),
    );
    object_dict.set_str(
        vm.intern("__subclasshook__"),
        Value::obj(Payload::ClassMethod(subclasshook)),
    );
    object_dict.set_str(
        vm.intern("__doc__"),
        Value::str(
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments \
             and returns a new featureless\ninstance that has no instance attributes and cannot \
             be given any.\n",
        ),
    );
}

/// `object.__subclasshook__`: no opinion, so `issubclass` goes on to the usual checks.
fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

/// A native method of `type` that may read its caller's frame (`__new__` names the module).
fn type_method(name: &'static str, func: crate::objects::class::NativeFn) -> Value {
    Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
        name,
        owner: "type",
        func,
        bound: None,
        wants_caller: true,
    }))
}

/// `meta(name, bases, dict, **keywords)` made by `type.__new__`: the checks, the module name,
/// then `make_class`.
pub fn new_class_of(vm: &mut Vm, meta: &ObjRef, args: Args) -> PyResult<Value> {
    if args.args.len() != 3 {
        let msg = if ObjRef::ptr_eq(meta, &vm.types().type_) {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            "type.__new__() takes exactly 3 arguments (0 given)"
                .replace('0', &args.args.len().to_string())
        };
        return Err(vm.type_error(msg));
    }
    let Some(name) = args.args[0].as_str().map(String::from) else {
        let msg = format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&args.args[0])
        );
        return Err(vm.type_error(msg));
    };
    if !matches!(args.args[1].payload(), Some(Payload::Tuple(_))) {
        let msg = format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&args.args[1])
        );
        return Err(vm.type_error(msg));
    }
    let bases = vm.collect(&args.args[1])?;
    let mut ns = match namespace_dict(&args.args[2]) {
        Some(d) => d.borrow().clone(),
        None => {
            let msg = format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(&args.args[2])
            );
            return Err(vm.type_error(msg));
        }
    };
    // As CPython: a class made by calling `type` belongs to the module that called it.
    let module_key = vm.intern("__module__");
    if ns.get_str(&module_key).is_none() {
        let name_key = vm.intern("__name__");
        let caller_module = vm
            .caller_frame()
            .and_then(|frame| crate::vm::dict_get_str(&frame.globals, &name_key));
        if let Some(module) = caller_module {
            ns.set_str(module_key, module);
        }
    }
    let meta = winning_metaclass(vm, meta, &bases)?;
    make_class(vm, &name, bases, ns, &meta, args.kwargs)
}

/// The dict a namespace is (a dict, or the dict a dict subclass instance extends).
fn namespace_dict(v: &Value) -> Option<&std::cell::RefCell<Dict>> {
    match v.payload()? {
        Payload::Dict(d) => Some(d),
        Payload::Instance(i) => match i.base.as_ref()?.payload()? {
            Payload::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// The most derived of `meta` and the bases' metaclasses (CPython's `_PyType_CalculateMetaclass`).
fn winning_metaclass(vm: &mut Vm, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let Some(b) = b
            .as_obj()
            .filter(|b| matches!(b.payload, Payload::Class(_)))
        else {
            continue;
        };
        let base_meta = vm.type_of(&Value::Obj(b.clone()));
        if is_subclass(&winner, &base_meta) {
            continue;
        }
        if is_subclass(&base_meta, &winner) {
            winner = base_meta;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(body, name, *bases, **keywords)`: run the class body in the namespace the
/// metaclass prepares, then call the metaclass.
pub fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let explicit = args.take_kw("metaclass");
    let body = args.args[0].clone();
    let name = args.args[1].as_str().unwrap_or("?").to_string();
    let original_bases: Vec<Value> = args.args[2..].to_vec();
    let Some(Payload::Function(f)) = body.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let bases = resolve_mro_entries(vm, &original_bases)?;
    let type_ = vm.types().type_.clone();
    // A metaclass that is not a class (a function) is called as it is, without the checks.
    let meta = match &explicit {
        Some(m) => match m
            .as_obj()
            .filter(|o| matches!(o.payload, Payload::Class(_)))
        {
            Some(o) => Some(winning_metaclass(vm, o, &bases)?),
            None => None,
        },
        None => Some(winning_metaclass(vm, &type_, &bases)?),
    };
    let meta_value = match &meta {
        Some(m) => Value::Obj(m.clone()),
        None => explicit.clone().unwrap_or(Value::Obj(type_.clone())),
    };
    let keywords = std::mem::take(&mut args.kwargs);
    let ns = prepare(vm, &meta_value, &name, &bases, &keywords)?;
    let ns_obj = match &ns {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        Value::Obj(o) => match o.payload {
            Payload::Instance(ref i) if i.base.as_ref().and_then(|b| b.as_obj()).is_some() => i
                .base
                .as_ref()
                .and_then(|b| b.as_obj())
                .cloned()
                .expect("dict base"),
            _ => return Err(prepare_error(vm, &meta_value, &ns)),
        },
        _ => return Err(prepare_error(vm, &meta_value, &ns)),
    };
    if !matches!(ns_obj.payload, Payload::Dict(_)) {
        return Err(prepare_error(vm, &meta_value, &ns));
    }
    if bases.len() != original_bases.len()
        || bases.iter().zip(&original_bases).any(|(a, b)| !a.is(b))
    {
        let key = vm.intern("__orig_bases__");
        crate::vm::dict_set_str(&ns_obj, key, Value::tuple(original_bases));
    }
    let mut frame = vm.make_frame(f, &[], &[])?;
    frame.namespace = Some(ns_obj.clone());
    vm.run_frame(frame)?;
    let plain_type = meta.as_ref().is_some_and(|m| ObjRef::ptr_eq(m, &type_));
    if plain_type {
        let dict = match &ns_obj.payload {
            Payload::Dict(d) => d.borrow().clone(),
            _ => Dict::new(),
        };
        return make_class(vm, &name, bases, dict, &type_, keywords);
    }
    vm.call_args(
        &meta_value,
        Args {
            args: vec![Value::str(name), Value::tuple(bases), ns],
            kwargs: keywords,
        },
    )
}

/// PEP 560: a base that is not a class may stand for others (`list[int]` for `list`).
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let name = vm.names().__mro_entries__.clone();
    for b in bases {
        if matches!(b.payload(), Some(Payload::Class(_))) {
            out.push(b.clone());
            continue;
        }
        match vm.lookup_special(b, &name) {
            Some(f) => {
                let entries = vm.call_unbound(&f, vec![b.clone(), Value::tuple(bases.to_vec())])?;
                let Some(Payload::Tuple(items)) = entries.payload() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(items.iter().cloned());
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

fn prepare_error(vm: &mut Vm, meta: &Value, ns: &Value) -> crate::objects::PyErr {
    let meta_name = match meta.payload() {
        Some(Payload::Class(cd)) => cd.name.clone(),
        _ => "<metaclass>".into(),
    };
    let msg = format!(
        "{}.__prepare__() must return a mapping, not {}",
        meta_name,
        vm.type_name(ns)
    );
    vm.type_error(msg)
}

/// The namespace for the class body: `meta.__prepare__(name, bases, **keywords)` if the
/// metaclass has one, else a new dict.
fn prepare(
    vm: &mut Vm,
    meta: &Value,
    name: &str,
    bases: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<Value> {
    let prepare_name = vm.intern("__prepare__");
    let is_type = meta.is(&Value::Obj(vm.types().type_.clone()));
    if !is_type {
        if let Ok(f) = vm.getattr(meta, &prepare_name) {
            return vm.call_args(
                &f,
                Args {
                    args: vec![Value::str(name), Value::tuple(bases.to_vec())],
                    kwargs: keywords.to_vec(),
                },
            );
        }
    }
    Ok(Value::dict(Dict::new()))
}

pub fn make_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<Value>,
    mut dict: Dict,
    meta: &ObjRef,
    keywords: Vec<(Value, Value)>,
) -> PyResult<Value> {
    let mut base_classes = Vec::new();
    for b in &bases {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Class(_)) => base_classes.push(o.clone()),
            _ => {
                let msg = format!("bases must be types, not {}", vm.type_name(b));
                return Err(vm.type_error(msg));
            }
        }
    }
    for (i, b) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|x| ObjRef::ptr_eq(x, b)) {
            let msg = format!("duplicate base class {}", class_data(b).name);
            return Err(vm.type_error(msg));
        }
        let bd = class_data(b);
        if bd.kind == TypeKind::Builtin
            && !ObjRef::ptr_eq(b, &vm.types().object)
            && (bd.constructor.get().is_none() || bd.is_final.get())
        {
            let msg = format!("type '{}' is not an acceptable base type", bd.name);
            return Err(vm.type_error(msg));
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types().object.clone());
    }
    let mro = match c3_mro(&base_classes) {
        Ok(m) => m,
        Err(msg) => return Err(vm.type_error(msg)),
    };
    let kind = if base_classes
        .iter()
        .any(|b| class_data(b).kind == TypeKind::Exception)
    {
        TypeKind::Exception
    } else {
        TypeKind::Plain
    };
    // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
    let eq = vm.names().__eq__.clone();
    let hash_name = vm.names().__hash__.clone();
    if dict.get_str(&eq).is_some() && dict.get_str(&hash_name).is_none() {
        dict.set_str(hash_name, Value::None);
    }
    // `__init_subclass__` and `__class_getitem__` are class methods without saying so.
    for implicit in ["__init_subclass__", "__class_getitem__"] {
        let key = vm.intern(implicit);
        if let Some(f) = dict.get_str(&key) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let wrapped = Value::obj(Payload::ClassMethod(f.clone()));
                dict.set_str(key, wrapped);
            }
        }
    }
    let has_dict = add_slots(vm, name, &mut dict, &base_classes)?;
    let classcell = vm.names().__classcell__.clone();
    let cell = dict.remove_str(&classcell);
    // `__qualname__` from the class body becomes the class's own attribute, not a dict entry.
    let qualname = dict
        .remove_str(&vm.names().__qualname__.clone())
        .and_then(|q| q.as_str().map(String::from));
    crate::objects::weakref::add_weakref_descriptor(vm, name, &mut dict, &mro);
    // Every class has its own `__doc__` (None without a docstring), and the class that first
    // gives its instances a dict has the `__dict__` descriptor, as in CPython.
    let doc = vm.intern("__doc__");
    if dict.get_str(&doc).is_none() {
        dict.set_str(doc, Value::None);
    }
    let dict_name = vm.intern("__dict__");
    let dict_inherited = mro.iter().any(|c| {
        let cd = class_data(c);
        cd.kind != TypeKind::Builtin && cd.instances_have_dict.get()
    });
    if has_dict && !dict_inherited && dict.get_str(&dict_name).is_none() {
        let descriptor = Value::obj(Payload::GetSet(crate::objects::class::GetSet {
            name: "__dict__",
            owner: name.to_string(),
            get: instance_dict_get,
            set: Some(instance_dict_set),
        }));
        dict.set_str(dict_name, descriptor);
    }
    let has_del = dict.get_str(&vm.names().__del__).is_some()
        || mro.iter().any(|c| class_data(c).has_finalizer.get());
    let cls = new_class(name, base_classes, mro, dict, kind);
    class_data(&cls).has_finalizer.set(has_del);
    class_data(&cls).instances_have_dict.set(has_dict);
    if !ObjRef::ptr_eq(meta, &vm.types().type_) {
        let _ = class_data(&cls).metaclass.set(meta.clone());
    }
    if let Some(q) = qualname {
        *class_data(&cls).qualname.borrow_mut() = q;
    }
    if let Some(Value::Obj(c)) = cell {
        if let Payload::Cell(c) = &c.payload {
            *c.borrow_mut() = Some(Value::Obj(cls.clone()));
        }
    }
    let cls_value = Value::Obj(cls.clone());
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    let items = class_data(&cls).dict.borrow().items();
    let set_name = vm.names().__set_name__.clone();
    for (k, v) in items {
        if matches!(v.payload(), Some(Payload::Instance(_))) {
            vm.call_special(&v, &set_name, vec![cls_value.clone(), k])?;
        }
    }
    let init_subclass = vm.names().__init_subclass__.clone();
    let parent = class_data(&cls).mro.first().cloned();
    if let Some(parent) = parent {
        if let Some(f) = class_data(&parent).lookup(&parent, &init_subclass) {
            let callable = match f.payload() {
                Some(Payload::ClassMethod(inner)) => Some(inner.clone()),
                Some(Payload::Function(_)) => Some(f.clone()),
                _ => None,
            };
            if let Some(callable) = callable {
                vm.call_args(
                    &callable,
                    Args {
                        args: vec![cls_value.clone()],
                        kwargs: keywords,
                    },
                )?;
            } else if !keywords.is_empty() {
                return Err(vm.type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    name
                )));
            }
        }
    }
    Ok(cls_value)
}

fn instance_dict_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match crate::vm::attr::dict_object_of(obj) {
        Some(d) => Ok(d),
        None => Err(vm.no_attribute(obj, &vm.intern("__dict__"))),
    }
}

/// `obj.__dict__ = mapping`: the instance's namespace takes the new dict's items.
fn instance_dict_set(vm: &mut Vm, obj: &Value, value: Value) -> PyResult<()> {
    let Some(Payload::Dict(new)) = value.payload() else {
        let msg = format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&value)
        );
        return Err(vm.type_error(msg));
    };
    let items = new.borrow().clone();
    match crate::vm::attr::instance_dict(obj) {
        Some(d) => {
            *d.borrow_mut() = items;
            Ok(())
        }
        None => Err(vm.no_attribute(obj, &vm.intern("__dict__"))),
    }
}

/// `__slots__`: a member descriptor per name in the namespace; whether instances get a
/// `__dict__` (no slots, `'__dict__'` among them, or a base whose instances have one).
fn add_slots(vm: &mut Vm, class_name: &str, dict: &mut Dict, bases: &[ObjRef]) -> PyResult<bool> {
    let slots_key = vm.names().__slots__.clone();
    let Some(slots) = dict.get_str(&slots_key).cloned() else {
        return Ok(true);
    };
    let names: Vec<Value> = if slots.as_str().is_some() {
        vec![slots]
    } else {
        vm.collect(&slots)?
    };
    let mut has_dict = bases.iter().any(|b| {
        let cd = class_data(b);
        cd.kind != TypeKind::Builtin && cd.instances_have_dict.get()
    });
    for n in names {
        let Some(s) = n.as_str().map(String::from) else {
            let msg = format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(&n)
            );
            return Err(vm.type_error(msg));
        };
        if !is_identifier(&s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if has_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            has_dict = true;
            continue;
        }
        if s == "__weakref__" {
            continue;
        }
        let mangled = mangle(class_name, &s);
        let key = vm.intern(&mangled);
        // A name given twice is one slot (CPython accepts it).
        if matches!(
            dict.get_str(&key).and_then(|v| v.payload()),
            Some(Payload::Member(_))
        ) {
            continue;
        }
        if dict.get_str(&key).is_some() {
            return Err(vm.value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                s
            )));
        }
        let member = Value::obj(Payload::Member(crate::objects::class::Member {
            name: key.clone(),
            owner: class_name.to_string(),
        }));
        dict.set_str(key, member);
    }
    Ok(has_dict)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Private name mangling (`__x` in class `C` is `_C__x`), as the compiler does for code.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}
