//! Calling: argument binding for Python functions (with CPython's error messages), calling native
//! functions, bound methods, classes (instantiation) and callable instances.
//!
//! `make_frame` binds arguments into a new frame; the eval loop pushes that frame itself (no Rust
//! recursion), while `call_args`, used by native code, runs it in a nested eval loop.

use std::cell::RefCell;

use crate::compile::bytecode::{CO_VARARGS, CO_VARKEYWORDS};
use crate::objects::class::{class_data, Instance, TypeKind};
use crate::objects::function::{Generator, GeneratorKind};
use crate::objects::{plural, Args, Dict, Function, Obj, ObjRef, Payload, PyResult, Value};

use super::frame::Frame;
use super::Vm;

/// Nested eval loops allowed at once: each costs Rust stack, so native re-entry is capped
/// independently of the Python recursion limit.
pub const MAX_NATIVE_DEPTH: usize = 6000;

impl Vm {
    /// Call any callable with positional and keyword arguments.
    pub fn call_args(&mut self, func: &Value, mut args: Args) -> PyResult<Value> {
        let Value::Obj(o) = func else {
            return Err(self.not_callable(func));
        };
        match &o.payload {
            Payload::Function(f) => {
                let frame = self.make_frame(f, &args.args, &args.kwargs)?;
                if f.code.code.is_generator() {
                    return Ok(self.make_generator(frame, f));
                }
                self.run_frame(frame)
            }
            Payload::BuiltinFunction(b) => {
                if let Some(bound) = &b.bound {
                    args.args.insert(0, bound.clone());
                }
                // A built-in type's method called on a subclass instance acts on its base value.
                if let Some(base) = args.args.first().and_then(|a| a.builtin_base()) {
                    // An extension type's methods find their data through the subclass
                    // instance themselves, and see the subclass (for its name in reprs).
                    if !matches!(base.payload(), Some(Payload::Native(..)))
                        && self.type_name(base) == b.owner
                    {
                        args.args[0] = base.clone();
                    }
                }
                (b.func)(self, args)
            }
            Payload::Method(f, this) => {
                args.args.insert(0, this.clone());
                let f = f.clone();
                self.call_args(&f, args)
            }
            Payload::Class(_) => self.call_class(o, args),
            _ => {
                let call = self.names().__call__.clone();
                match self.lookup_special(func, &call) {
                    Some(f) => {
                        args.args.insert(0, func.clone());
                        self.call_args_unbound(&f, args)
                    }
                    None => Err(self.not_callable(func)),
                }
            }
        }
    }

    fn call_args_unbound(&mut self, f: &Value, args: Args) -> PyResult<Value> {
        self.call_args(f, args)
    }

    pub fn not_callable(&mut self, func: &Value) -> crate::objects::PyErr {
        let msg = format!("'{}' object is not callable", self.type_name(func));
        self.type_error(msg)
    }

    /// Wrap a frame into a generator or coroutine object.
    pub fn make_generator(&mut self, frame: Box<Frame>, f: &Function) -> Value {
        let kind = if f.code.code.flags & crate::compile::bytecode::CO_COROUTINE != 0 {
            GeneratorKind::Coroutine
        } else {
            GeneratorKind::Generator
        };
        Value::obj(Payload::Generator(Box::new(RefCell::new(Generator {
            frame: Some(frame),
            running: false,
            started: false,
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            kind,
            handled: Value::None,
        }))))
    }

    /// Bind arguments to parameters and build the function's frame.
    pub fn make_frame(
        &mut self,
        f: &Function,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = &f.code.code;
        let mut frame = self.new_frame(f.code.clone(), f.globals.clone(), None);
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;

        // Fast path: exactly the positional parameters, no keywords, no star parameters.
        if kwargs.is_empty() && args.len() == argcount && kwonly == 0 && !has_varargs && !has_varkw
        {
            for (slot, a) in frame.locals.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
        } else {
            self.bind_slow(f, &mut frame, args, kwargs)?;
        }
        // Cells: fresh for cellvars (parameters move in), the closure's for freevars.
        let ncell = code.cellvars.len();
        if ncell + code.freevars.len() > 0 {
            frame.cells.reserve(ncell + code.freevars.len());
            for _ in 0..ncell {
                frame.cells.push(ObjRef::new(Obj {
                    payload: Payload::Cell(RefCell::new(None)),
                }));
            }
            for &(cell, param) in &code.cell_params {
                let v = frame.locals[param as usize].take();
                if let Payload::Cell(c) = &frame.cells[cell as usize].payload {
                    *c.borrow_mut() = v;
                }
            }
            frame.cells.extend(f.closure.iter().cloned());
        }
        Ok(frame)
    }

    fn bind_slow(
        &mut self,
        f: &Function,
        frame: &mut Frame,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<()> {
        let code = &f.code.code;
        let qualname = f.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let varargs_slot = argcount + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;

        for (slot, a) in frame.locals.iter_mut().zip(args.iter().take(argcount)) {
            *slot = Some(a.clone());
        }
        if has_varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            frame.locals[varargs_slot] = Some(Value::tuple(extra));
        } else if args.len() > argcount {
            let given_kwonly = kwargs
                .iter()
                .filter(|(k, _)| {
                    f.code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| n.as_str() == k.as_str())
                })
                .count();
            let ndefaults = f.defaults.borrow().len();
            let takes = if ndefaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndefaults,
                    argcount
                )
            } else {
                format!("{} positional argument{}", argcount, plural(argcount))
            };
            let given = if given_kwonly > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    args.len(),
                    plural(args.len()),
                    given_kwonly,
                    plural(given_kwonly)
                )
            } else {
                format!(
                    "{} {} given",
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(format!("{}() takes {} but {}", qualname, takes, given)));
        }
        let mut varkw = if has_varkw { Some(Dict::new()) } else { None };
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwargs {
            let kname = k.as_str().unwrap_or("");
            let slot = f.code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| n.as_str() == Some(kname));
            match slot {
                Some(i) if i >= posonly => {
                    if frame.locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname, kname
                        )));
                    }
                    frame.locals[i] = Some(v.clone());
                }
                _ => match &mut varkw {
                    Some(d) => {
                        d.set_str(k.clone(), v.clone());
                    }
                    None => {
                        if let Some(i) = slot {
                            let _ = i;
                            posonly_as_kw.push(kname.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname, kname
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname,
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for the last positional parameters.
        let defaults = f.defaults.borrow();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.locals[i].is_none() {
                if i >= first_default {
                    frame.locals[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(f.code.varnames[i].as_str().unwrap_or("").to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname,
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        for i in argcount..argcount + kwonly {
            if frame.locals[i].is_none() {
                let name = &f.code.varnames[i];
                let default = f
                    .kwdefaults
                    .borrow()
                    .as_ref()
                    .and_then(|d| super::dict_get_str(d, name));
                match default {
                    Some(v) => frame.locals[i] = Some(v),
                    None => missing.push(name.as_str().unwrap_or("").to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname,
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        if let Some(d) = varkw {
            frame.locals[varkw_slot] = Some(Value::dict(d));
        }
        Ok(())
    }

    /// `cls(*args, **kwargs)`: through the metaclass's `__call__` if it has one of its own,
    /// else `instantiate`.
    fn call_class(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        if let Some(meta) = class_data(cls).metaclass.get() {
            let call_name = self.names().__call__.clone();
            let call = class_data(meta).lookup(meta, &call_name);
            if let Some(f @ Value::Obj(o)) = &call {
                if matches!(o.payload, Payload::Function(_)) {
                    let mut full = Vec::with_capacity(args.args.len() + 1);
                    full.push(Value::Obj(cls.clone()));
                    full.extend(args.args);
                    return self.call_args(
                        f,
                        Args {
                            args: full,
                            kwargs: args.kwargs,
                        },
                    );
                }
            }
        }
        self.instantiate(cls, args)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__`.
    pub fn instantiate(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        let cd = class_data(cls);
        if ObjRef::ptr_eq(cls, &self.types().type_)
            && args.args.len() == 1
            && args.kwargs.is_empty()
        {
            return Ok(Value::Obj(self.type_of(&args.args[0])));
        }
        // A built-in type called directly (`str(x)`, `list()`): its native constructor does it all.
        if let Some(ctor) = cd.constructor.get() {
            return ctor(self, args);
        }
        let new_name = self.names().__new__.clone();
        let init_name = self.names().__init__.clone();
        // A user-defined __new__ anywhere in the MRO.
        let user_new = self.class_lookup(cls, &new_name).filter(is_python_new);
        let made_by_user_new = user_new.is_some();
        let instance = if let Some(new) = user_new {
            let new = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(Value::Obj(cls.clone()));
            full.extend(args.args.iter().cloned());
            let inst = self.call_args(
                &new,
                Args {
                    args: full,
                    kwargs: args.kwargs.clone(),
                },
            )?;
            if !self.isinstance(&inst, cls) {
                return Ok(inst);
            }
            inst
        } else if is_metaclass(self, cls) {
            // A metaclass without a `__new__` of its own: `type.__new__(cls, ...)`.
            super::class_build::new_class_of(
                self,
                cls,
                Args {
                    args: args.args.clone(),
                    kwargs: args.kwargs.clone(),
                },
            )?
        } else if let Some(ctor) = builtin_constructor(cls) {
            self.new_subclass_instance(cls, ctor, &args)?
        } else {
            self.new_instance(cls, &args)?
        };
        let init = self.class_lookup(cls, &init_name);
        match init.as_ref().and_then(|f| f.payload()) {
            Some(Payload::Function(_)) => {
                let mut full = Vec::with_capacity(args.args.len() + 1);
                full.push(instance.clone());
                full.extend(args.args);
                let r = self.call_args(
                    init.as_ref().unwrap_or(&Value::None),
                    Args {
                        args: full,
                        kwargs: args.kwargs,
                    },
                )?;
                if !r.is_none() {
                    let msg = format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    );
                    return Err(self.type_error(msg));
                }
                if let Some(Payload::Instance(inst)) = instance.payload() {
                    inst.note_initialized();
                }
            }
            // An exception made by a Python `__new__` still gets `BaseException.__init__`
            // (or a group's), which sets `args` from the call's arguments.
            Some(Payload::BuiltinFunction(_))
                if instance.builtin_base().is_some()
                    || (made_by_user_new && cd.kind == TypeKind::Exception) =>
            {
                // `list.__init__` and friends fill a mutable base from the arguments.
                let mut full = Vec::with_capacity(args.args.len() + 1);
                full.push(instance.clone());
                full.extend(args.args);
                self.call_args(
                    init.as_ref().unwrap_or(&Value::None),
                    Args {
                        args: full,
                        kwargs: args.kwargs,
                    },
                )?;
            }
            _ => {
                if cd.kind == TypeKind::Plain
                    && (!args.args.is_empty() || !args.kwargs.is_empty())
                    && !has_user_new(self, cls)
                    && !is_metaclass(self, cls)
                {
                    return Err(self.type_error(format!("{}() takes no arguments", cd.name)));
                }
            }
        }
        Ok(instance)
    }

    /// An instance of a Python subclass of a built-in type: mutable bases (list, dict, set) start
    /// empty and are filled by `__init__`; immutable ones are built from the arguments.
    pub fn new_subclass_instance(
        &mut self,
        cls: &ObjRef,
        ctor: crate::objects::class::NativeFn,
        args: &Args,
    ) -> PyResult<Value> {
        let builtin = class_data(cls)
            .mro
            .iter()
            .find(|c| class_data(c).constructor.get().is_some())
            .cloned();
        // A type with a native `__init__` (list, dict, set, bytearray, deque) is built empty and
        // filled by `__init__`; the others take the arguments at construction.
        let init_name = self.names().__init__.clone();
        let mutable = builtin.as_ref().is_some_and(|b| {
            matches!(
                class_data(b)
                    .dict
                    .borrow()
                    .get_str(&init_name)
                    .and_then(|f| f.payload()),
                Some(Payload::BuiltinFunction(_))
            )
        });
        let weakref = builtin
            .as_ref()
            .is_some_and(|b| ObjRef::ptr_eq(b, &self.types().weakref));
        let base = if weakref {
            // A weak reference made for a subclass is never one of the shared plain ones.
            crate::objects::weakref::new_subclass_base(self, args)?
        } else if mutable {
            ctor(self, Args::default())?
        } else {
            ctor(
                self,
                Args {
                    args: args.args.clone(),
                    kwargs: args.kwargs.clone(),
                },
            )?
        };
        let mut inst = Instance::new(cls.clone(), None);
        inst.base = Some(base.clone());
        let inst = Value::obj(Payload::Instance(inst));
        crate::objects::weakref::set_owner(&base, &inst);
        Ok(inst)
    }

    /// `object.__new__(cls)`: a fresh instance (with exception state for exception classes).
    pub fn new_instance(&mut self, cls: &ObjRef, args: &Args) -> PyResult<Value> {
        let cd = class_data(cls);
        if cd.kind == TypeKind::Exception {
            let group = self.types().exception("BaseExceptionGroup");
            if ObjRef::ptr_eq(cls, &group) || crate::objects::class::is_subclass(cls, &group) {
                return crate::objects::exception_group::new_group(self, cls, args);
            }
        }
        if cd.kind == TypeKind::Exception
            && ObjRef::ptr_eq(cls, &self.types().exception("OSError"))
            && args.args.len() >= 2
        {
            if let Value::Int(errno) = args.args[0] {
                let sub = crate::stdlib::os::errno_class(errno as i32);
                if sub != "OSError" {
                    let sub = self.types().exception(sub);
                    return self.new_instance(&sub, args);
                }
            }
        }
        let is_os_error = cd.kind == TypeKind::Exception
            && crate::objects::class::is_subclass(cls, &self.types().exception("OSError"));
        let exc = if cd.kind == TypeKind::Exception {
            // OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps two args.
            let kept = if is_os_error && (3..=5).contains(&args.args.len()) {
                args.args[..2].to_vec()
            } else {
                args.args.clone()
            };
            Some(RefCell::new(crate::objects::ExcState {
                args: kept,
                ..Default::default()
            }))
        } else {
            if cd.kind == TypeKind::Builtin && !ObjRef::ptr_eq(cls, &self.types().object) {
                let msg = format!("cannot create '{}' instances", cd.name);
                return Err(self.type_error(msg));
            }
            None
        };
        let inst = Value::obj(Payload::Instance(Instance::new(cls.clone(), exc)));
        if is_os_error {
            let a = &args.args;
            let (errno, strerror, filename, filename2) = if (2..=5).contains(&a.len()) {
                (
                    a[0].clone(),
                    a[1].clone(),
                    a.get(2).cloned().unwrap_or(Value::None),
                    a.get(4).cloned().unwrap_or(Value::None),
                )
            } else {
                (Value::None, Value::None, Value::None, Value::None)
            };
            if let Some(Payload::Instance(i)) = inst.payload() {
                i.set_attr(self.intern("errno"), errno);
                i.set_attr(self.intern("strerror"), strerror);
                i.set_attr(self.intern("filename"), filename);
                i.set_attr(self.intern("filename2"), filename2);
            }
        }
        Ok(inst)
    }
}

/// Is this `__new__` written in Python (a function, or a staticmethod wrapping one)?
pub fn is_python_new(new: &Value) -> bool {
    match new.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::StaticMethod(inner)) => matches!(inner.payload(), Some(Payload::Function(_))),
        _ => false,
    }
}

/// A subclass of `type` (not `type` itself): its instances are classes.
fn is_metaclass(vm: &Vm, cls: &ObjRef) -> bool {
    let type_ = &vm.types().type_;
    !ObjRef::ptr_eq(cls, type_) && crate::objects::class::is_subclass(cls, type_)
}

fn has_user_new(vm: &Vm, cls: &ObjRef) -> bool {
    let new_name = vm.names().__new__.clone();
    class_data(cls)
        .lookup(cls, &new_name)
        .is_some_and(|f| matches!(f.payload(), Some(Payload::Function(_))))
}

/// The native constructor of the nearest built-in type in the MRO (`int`, `list`, `Exception`...).
pub(super) fn builtin_constructor(cls: &ObjRef) -> Option<crate::objects::class::NativeFn> {
    let cd = class_data(cls);
    if let Some(c) = cd.constructor.get() {
        return Some(c);
    }
    cd.mro.iter().find_map(|c| class_data(c).constructor.get())
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}
