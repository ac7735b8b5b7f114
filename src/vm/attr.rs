//! Attribute access: `getattr`, `setattr`, `delattr` and the method lookup behind `LoadMethod`.
//!
//! The order is CPython's `object.__getattribute__`: a data descriptor found on the type
//! (property, native getset, a class with `__set__`) wins over the instance dict; then the
//! instance dict; then a non-data descriptor or plain class attribute from the type (functions
//! become bound methods); then the type's `__getattr__`, if any.

use crate::objects::class::{class_data, is_subclass, ClassData};
use crate::objects::{BuiltinFunction, ObjRef, Payload, PyResult, Value};

use super::Vm;

/// What `LoadMethod` found.
pub enum MethodLookup {
    /// A function to call with the object prepended.
    Unbound(Value),
    /// An ordinary attribute value to call as it is.
    Attr(Value),
}

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.lookup_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `getattr` that returns `None` instead of raising AttributeError for a missing attribute
    /// (other exceptions, e.g. from a property, still propagate), as CPython's
    /// `_PyObject_LookupAttr`.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.lookup_attr(obj, name) {
            Err(e) if self.err_matches(&e, "AttributeError") => Ok(None),
            other => other,
        }
    }

    /// Attribute lookup: `None` when the attribute is simply missing; an AttributeError raised by
    /// Python code (`__getattribute__`, `__getattr__`, a property) comes back as the error it is.
    fn lookup_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if crate::objects::weakref::is_proxy(obj) {
            let target = crate::objects::weakref::proxy_target(self, obj)?;
            return self.lookup_attr(&target, name);
        }
        if let Some(Payload::Instance(inst)) = obj.payload() {
            if !self.overrides_getattribute(&inst.class) {
                return self.generic_getattr(obj, name);
            }
            let getattribute = self.names().__getattribute__.clone();
            let cls = self.type_ref(obj);
            if let Some(f) = self.class_lookup(cls, &getattribute) {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    // A class written in Python overrides attribute access altogether.
                    return match self.call(&f, vec![obj.clone(), name.clone()]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, "AttributeError") => {
                            let getattr_name = self.names().__getattr__.clone();
                            match self.class_lookup(cls, &getattr_name) {
                                Some(g) => self
                                    .call_unbound(&g, vec![obj.clone(), name.clone()])
                                    .map(Some),
                                None => Err(e),
                            }
                        }
                        Err(e) => Err(e),
                    };
                }
            }
        }
        self.generic_getattr(obj, name)
    }

    /// `object.__getattribute__`, then `__getattr__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.object_getattribute_only(obj, name)? {
            return Ok(Some(v));
        }
        let cls = self.type_ref(obj);
        let getattr_name = self.names().__getattr__.clone();
        if let Some(f) = self.class_lookup(cls, &getattr_name) {
            return self
                .call_unbound(&f, vec![obj.clone(), name.clone()])
                .map(Some);
        }
        Ok(None)
    }

    /// `object.__getattribute__` alone: descriptors, the instance dict, the class.
    pub fn object_getattribute_only(
        &mut self,
        obj: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Class(_) => return self.class_getattr(o, name),
                Payload::Super(..) => {
                    if let Some(v) = crate::stdlib::builtins::super_getattr(self, obj, name)? {
                        return Ok(Some(v));
                    }
                }
                Payload::Module(m) => {
                    if let Some(v) = super::dict_get_str(&m.dict, name) {
                        return Ok(Some(v));
                    }
                    if name.as_str() == Some("__dict__") {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                    // PEP 562: a module's own `__getattr__` answers the names it lacks.
                    let hook_name = &self.names().__getattr__;
                    if name.as_str() != Some("__getattr__") {
                        if let Some(hook) = super::dict_get_str(&m.dict, hook_name) {
                            return self.call(&hook, vec![name.clone()]).map(Some);
                        }
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
        let cls = self.type_ref(obj);
        let descr = self.class_lookup(cls, name);
        if let Some(d) = &descr {
            match d.payload() {
                Some(Payload::Property(p)) => {
                    if p.fget.is_none() {
                        let msg = format!(
                            "property '{}' of '{}' object has no getter",
                            name.as_str().unwrap_or(""),
                            class_data(cls).name
                        );
                        return Err(self.attribute_error(msg));
                    }
                    let f = p.fget.clone();
                    return self.call(&f, vec![obj.clone()]).map(Some);
                }
                Some(Payload::GetSet(g)) => return (g.get)(self, obj).map(Some),
                Some(Payload::Member(m)) => {
                    return match own_attr(obj, &m.name) {
                        Some(v) => Ok(Some(v)),
                        None => Err(self.no_attribute(obj, &m.name.clone())),
                    };
                }
                Some(Payload::Instance(_))
                    if self
                        .lookup_special(d, &self.names().__set__.clone())
                        .is_some() =>
                {
                    let get = self.names().__get__.clone();
                    if let Some(v) =
                        self.call_special(d, &get, vec![obj.clone(), Value::Obj(cls.clone())])?
                    {
                        return Ok(Some(v));
                    }
                }
                _ => {}
            }
        }
        if let Some(v) = own_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind(d, obj, cls).map(Some);
        }
        if name.as_str() == Some("__dict__") {
            if let Some(v) = dict_object_of(obj) {
                return Ok(Some(v));
            }
        }
        // A bound method answers the rest from its function (`m.__annotations__`,
        // `m.__wrapped__`), as CPython's `method_getattro`.
        if let Some(Payload::Method(func, _)) = obj.payload() {
            let func = func.clone();
            return self.getattr_opt(&func, name);
        }
        Ok(None)
    }

    /// Does a class in `cls`'s MRO define `__getattribute__` in Python? Memoized per class for
    /// the current type version.
    pub(super) fn overrides_getattribute(&mut self, cls: &ObjRef) -> bool {
        let name = self.names().__getattribute__.clone();
        self.overrides(cls, &name, |cd| &cd.custom_getattribute)
    }

    /// The same for `__setattr__`.
    pub(super) fn overrides_setattr(&mut self, cls: &ObjRef) -> bool {
        let name = self.names().__setattr__.clone();
        self.overrides(cls, &name, |cd| &cd.custom_setattr)
    }

    fn overrides(
        &mut self,
        cls: &ObjRef,
        name: &Value,
        memo: fn(&ClassData) -> &std::cell::Cell<(u64, bool)>,
    ) -> bool {
        let version = self.interp.type_version.get();
        let (seen, custom) = memo(class_data(cls)).get();
        if seen == version {
            return custom;
        }
        let custom = matches!(
            self.class_lookup(cls, name)
                .as_ref()
                .and_then(|f| f.payload()),
            Some(Payload::Function(_))
        );
        memo(class_data(cls)).set((version, custom));
        custom
    }

    /// Bind a class attribute found for instance `obj` (the descriptor `__get__` step).
    fn bind(&mut self, d: Value, obj: &Value, cls: &ObjRef) -> PyResult<Value> {
        Ok(match d.payload() {
            Some(Payload::Function(_)) => Value::obj(Payload::Method(d.clone(), obj.clone())),
            Some(Payload::BuiltinFunction(b)) if b.bound.is_none() => {
                Value::obj(Payload::BuiltinFunction(BuiltinFunction {
                    name: b.name,
                    owner: b.owner,
                    func: b.func,
                    bound: Some(obj.clone()),
                    wants_caller: b.wants_caller,
                }))
            }
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::ClassMethod(f)) => {
                Value::obj(Payload::Method(f.clone(), Value::Obj(cls.clone())))
            }
            // Reached for a metaclass's property read through one of its classes.
            Some(Payload::Property(p)) => {
                if p.fget.is_none() {
                    let msg = format!(
                        "property of '{}' object has no getter",
                        class_data(cls).short_name()
                    );
                    return Err(self.attribute_error(msg));
                }
                let getter = p.fget.clone();
                return self.call(&getter, vec![obj.clone()]);
            }
            Some(Payload::Instance(_)) => {
                let get = self.names().__get__.clone();
                match self.call_special(&d, &get, vec![obj.clone(), Value::Obj(cls.clone())])? {
                    Some(v) => v,
                    None => d,
                }
            }
            _ => d,
        })
    }

    /// Attribute lookup on a class object: its MRO, then `type`'s own attributes.
    fn class_getattr(&mut self, cls: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
        let cd = class_data(cls);
        // `type`'s own data descriptors win over the class namespace, as in CPython.
        match name.as_str().unwrap_or("") {
            "__name__" => return Ok(Some(Value::str(cd.short_name()))),
            "__qualname__" => return Ok(Some(Value::str(cd.qualname.borrow().clone()))),
            "__mro__" => {
                return Ok(Some(Value::tuple(
                    crate::objects::class::full_mro(cls)
                        .into_iter()
                        .map(Value::Obj)
                        .collect(),
                )))
            }
            "__bases__" => {
                return Ok(Some(Value::tuple(
                    cd.bases.iter().cloned().map(Value::Obj).collect(),
                )))
            }
            "__dict__" => return Ok(Some(Value::dict(cd.dict.borrow().clone()))),
            _ => {}
        }
        // A data descriptor of a metaclass (a property defined on it) wins over the class's own
        // namespace, as for instances. `type` itself has none beyond the names above.
        let meta = self.type_of(&Value::Obj(cls.clone()));
        if !ObjRef::ptr_eq(&meta, &self.types().type_) {
            if let Some(d) = class_data(&meta).lookup(&meta, name) {
                let data_descriptor = match d.payload() {
                    Some(Payload::Property(_)) => true,
                    Some(Payload::Instance(_)) => {
                        let set = self.names().__set__.clone();
                        self.lookup_special(&d, &set).is_some()
                    }
                    _ => false,
                };
                if data_descriptor {
                    return self.bind(d, &Value::Obj(cls.clone()), &meta).map(Some);
                }
            }
        }
        if let Some(v) = self.class_lookup(cls, name) {
            return Ok(Some(match v.payload() {
                Some(Payload::ClassMethod(f)) => {
                    Value::obj(Payload::Method(f.clone(), Value::Obj(cls.clone())))
                }
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::Instance(_)) => {
                    let get = self.names().__get__.clone();
                    match self.call_special(&v, &get, vec![Value::None, Value::Obj(cls.clone())])? {
                        Some(r) => r,
                        None => v,
                    }
                }
                _ => v,
            }));
        }
        let s = name.as_str().unwrap_or("");
        let v = match s {
            "__name__" => Value::str(cd.short_name()),
            "__qualname__" => Value::str(cd.qualname.borrow().clone()),
            "__mro__" => Value::tuple(
                crate::objects::class::full_mro(cls)
                    .into_iter()
                    .map(Value::Obj)
                    .collect(),
            ),
            "__bases__" => Value::tuple(cd.bases.iter().cloned().map(Value::Obj).collect()),
            "__base__" => cd
                .bases
                .first()
                .cloned()
                .map(Value::Obj)
                .unwrap_or(Value::None),
            "__dict__" => Value::dict(cd.dict.borrow().clone()),
            "__class__" => Value::Obj(self.type_of(&Value::Obj(cls.clone()))),
            "__doc__" => Value::None,
            "__module__" => Value::str("builtins"),
            _ => {
                // The metaclass's attributes, bound to the class (`type`'s, for most classes).
                let meta = self.type_of(&Value::Obj(cls.clone()));
                return match class_data(&meta).lookup(&meta, name) {
                    Some(f) => self.bind(f, &Value::Obj(cls.clone()), &meta).map(Some),
                    None => Ok(None),
                };
            }
        };
        Ok(Some(v))
    }

    pub fn no_attribute(&mut self, obj: &Value, name: &Value) -> crate::objects::PyErr {
        let n = name.as_str().unwrap_or("?");
        let msg = match obj.payload() {
            Some(Payload::Class(cd)) => {
                format!("type object '{}' has no attribute '{}'", cd.name, n)
            }
            Some(Payload::Module(m)) => format!("module '{}' has no attribute '{}'", m.name, n),
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let err = self.attribute_error(msg);
        super::set_exc_attr(&err, "name", name.clone());
        super::set_exc_attr(&err, "obj", obj.clone());
        err
    }

    /// What `LoadMethod` pushes: a function to call with `obj` prepended, or a plain attribute.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<MethodLookup> {
        let is_plain = !matches!(
            obj.payload(),
            Some(Payload::Class(_) | Payload::Module(_) | Payload::Super(..))
        );
        if is_plain {
            let cls = self.type_ref(obj);
            // A class's own `__getattribute__` sees every lookup, method calls included.
            if matches!(obj.payload(), Some(Payload::Instance(_))) {
                let cls = cls.clone();
                if self.overrides_getattribute(&cls) {
                    return self.getattr(obj, name).map(MethodLookup::Attr);
                }
            }
            let cls = self.type_ref(obj);
            if let Some(d) = self.class_lookup(cls, name) {
                let plain_method = match d.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::BuiltinFunction(b)) => b.bound.is_none(),
                    _ => false,
                };
                if plain_method {
                    let shadowed = own_attr(obj, name).is_some();
                    if !shadowed {
                        return Ok(MethodLookup::Unbound(d));
                    }
                }
            }
        }
        self.getattr(obj, name).map(MethodLookup::Attr)
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        if crate::objects::weakref::is_proxy(obj) {
            let target = crate::objects::weakref::proxy_target(self, obj)?;
            return self.setattr(&target, name, value);
        }
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Class(cd) => {
                    self.check_type_mutable(cd, name)?;
                    let meta = self.type_of(obj);
                    if !ObjRef::ptr_eq(&meta, &self.types().type_) {
                        // A metaclass's data descriptor (a property) takes the assignment.
                        if let Some(d) = class_data(&meta).lookup(&meta, name) {
                            if matches!(d.payload(), Some(Payload::Property(_))) {
                                return self.generic_setattr(obj, name, value);
                            }
                        }
                    }
                    cd.dict.borrow_mut().set_str(name.clone(), value);
                    if name.as_str() == Some("__del__") {
                        cd.has_finalizer.set(true);
                    }
                    self.class_changed();
                    return Ok(());
                }
                Payload::Module(m) => {
                    super::dict_set_str(&m.dict, name.clone(), value);
                    return Ok(());
                }
                _ => {}
            }
        }
        let cls = self.type_ref(obj);
        if self.overrides_setattr(cls) {
            let setattr_name = self.names().__setattr__.clone();
            if let Some(f) = self.class_lookup(cls, &setattr_name) {
                self.call(&f, vec![obj.clone(), name.clone(), value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// Built-in types (and native extension types) refuse new or changed attributes, as
    /// CPython's static types do.
    fn check_type_mutable(&mut self, cd: &ClassData, name: &Value) -> PyResult<()> {
        if cd.kind != crate::objects::class::TypeKind::Builtin {
            return Ok(());
        }
        let msg = format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str().unwrap_or("?"),
            cd.name
        );
        Err(self.type_error(msg))
    }

    /// `object.__setattr__`: a data descriptor of the class, else the instance's own attributes.
    /// A class's own `__setattr__` runs before all of this (`setattr`).
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let cls = self.type_ref(obj);
        if let Some(d) = self.class_lookup(cls, name) {
            match d.payload() {
                Some(Payload::Property(p)) => {
                    if p.fset.is_none() {
                        let msg = format!(
                            "property '{}' of '{}' object has no setter",
                            name.as_str().unwrap_or(""),
                            class_data(cls).name
                        );
                        return Err(self.attribute_error(msg));
                    }
                    let f = p.fset.clone();
                    self.call(&f, vec![obj.clone(), value])?;
                    return Ok(());
                }
                Some(Payload::GetSet(g)) => {
                    if let Some(set) = g.set {
                        return set(self, obj, value);
                    }
                    let msg = format!(
                        "attribute '{}' of '{}' objects is not writable",
                        g.name,
                        class_data(cls).name
                    );
                    return Err(self.attribute_error(msg));
                }
                Some(Payload::Member(m)) => {
                    if let Some(Payload::Instance(i)) = obj.payload() {
                        i.set_attr(m.name.clone(), value);
                        return Ok(());
                    }
                }
                Some(Payload::Instance(_)) => {
                    let set = self.names().__set__.clone();
                    if self
                        .call_special(&d, &set, vec![obj.clone(), value.clone()])?
                        .is_some()
                    {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        match obj.payload() {
            Some(Payload::Instance(i)) if class_data(&i.class).instances_have_dict.get() => {
                i.set_attr(name.clone(), value);
                return Ok(());
            }
            Some(Payload::Instance(_)) => return Err(self.no_attribute(obj, name)),
            Some(Payload::Function(f)) => {
                f.attrs().borrow_mut().set_str(name.clone(), value);
                return Ok(());
            }
            _ => {}
        }
        let n = name.as_str().unwrap_or("?");
        let msg = if self.lookup_special(obj, name).is_some() {
            format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                n
            )
        } else {
            format!("'{}' object has no attribute '{}'", self.type_name(obj), n)
        };
        Err(self.attribute_error(msg))
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        if crate::objects::weakref::is_proxy(obj) {
            let target = crate::objects::weakref::proxy_target(self, obj)?;
            return self.delattr(&target, name);
        }
        if let Value::Obj(o) = obj {
            let removed = match &o.payload {
                Payload::Class(cd) => {
                    self.check_type_mutable(cd, name)?;
                    self.class_changed();
                    Some(cd.dict.borrow_mut().remove_str(name).is_some())
                }
                Payload::Module(m) => match &m.dict.payload {
                    Payload::Dict(d) => Some(d.borrow_mut().remove_str(name).is_some()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(true) = removed {
                return Ok(());
            }
        }
        let cls = self.type_ref(obj);
        if let Some(d) = self.class_lookup(cls, name) {
            if let Some(Payload::Property(p)) = d.payload() {
                if p.fdel.is_none() {
                    let msg = format!(
                        "property '{}' of '{}' object has no deleter",
                        name.as_str().unwrap_or(""),
                        class_data(cls).name
                    );
                    return Err(self.attribute_error(msg));
                }
                let f = p.fdel.clone();
                self.call(&f, vec![obj.clone()])?;
                return Ok(());
            }
            if let Some(Payload::Member(m)) = d.payload() {
                let name = m.name.clone();
                if remove_own_attr(obj, &name).is_some() {
                    return Ok(());
                }
                // CPython's member descriptor names only the attribute here.
                let msg = name.as_str().unwrap_or("").to_string();
                return Err(self.attribute_error(msg));
            }
            if matches!(d.payload(), Some(Payload::Instance(_))) {
                let delete = self.intern("__delete__");
                if self.call_special(&d, &delete, vec![obj.clone()])?.is_some() {
                    return Ok(());
                }
            }
        }
        let delattr_name = self.names().__delattr__.clone();
        if let Some(f) = self.class_lookup(cls, &delattr_name) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                self.call(&f, vec![obj.clone(), name.clone()])?;
                return Ok(());
            }
        }
        if remove_own_attr(obj, name).is_some() {
            return Ok(());
        }
        Err(self.no_attribute(obj, name))
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance(&self, v: &Value, cls: &ObjRef) -> bool {
        let t = self.type_of(v);
        ObjRef::ptr_eq(&t, cls) || is_subclass(&t, cls)
    }
}

/// The instance dict of an object that has one (instances and functions).
pub fn instance_dict(obj: &Value) -> Option<&std::cell::RefCell<crate::objects::Dict>> {
    match obj.payload()? {
        Payload::Instance(i) => Some(i.dict()),
        Payload::Function(f) => Some(f.attrs()),
        _ => None,
    }
}

/// An attribute of the object's own namespace (an instance's, a function's), not its class's.
#[inline]
pub fn own_attr(obj: &Value, name: &Value) -> Option<Value> {
    match obj.payload()? {
        Payload::Instance(i) => i.get_attr(name),
        Payload::Function(f) => f.attrs().borrow().get_str(name).cloned(),
        _ => None,
    }
}

/// Remove an attribute of the object's own namespace, returning it if it was there.
pub fn remove_own_attr(obj: &Value, name: &Value) -> Option<Value> {
    match obj.payload()? {
        Payload::Instance(i) => i.remove_attr(name),
        Payload::Function(f) => f.attrs().borrow_mut().remove_str(name),
        _ => None,
    }
}

/// `obj.__dict__` as a dict object (live for instances; a snapshot for functions).
pub fn dict_object_of(obj: &Value) -> Option<Value> {
    match obj.payload()? {
        Payload::Instance(i) if !class_data(&i.class).instances_have_dict.get() => None,
        Payload::Instance(i) => {
            // Handed to the script, the dict is an object of its own to the collector (as
            // CPython 3.11 materializes an instance's inline values into a dict here).
            let dict_obj = i.dict_object();
            crate::runtime::gc::track_object(dict_obj);
            Some(Value::Obj(dict_obj.clone()))
        }
        _ => instance_dict(obj).map(|d| Value::dict(d.borrow().clone())),
    }
}

/// Is this class attribute a data descriptor (a property, a native attribute, an object that may
/// define `__set__`)? Those take precedence over the instance dict.
pub fn is_data_descriptor(class_attr: &Value) -> bool {
    matches!(
        class_attr.payload(),
        Some(Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_) | Payload::Instance(_))
    )
}
