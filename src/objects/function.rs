//! Functions written in Python, native (built-in) functions, and generators.
//!
//! A `Function` pairs a code object with the globals it was defined in, its default values and its
//! closure cells. A `BuiltinFunction` is a Rust `NativeFn`, possibly bound to `self` (a method of
//! a built-in type reached through an instance). A `Generator` owns a suspended frame: resuming it
//! runs that frame on the thread's frame stack until it yields or returns.

use std::cell::RefCell;
use std::rc::Rc;

use super::class::NativeFn;
use super::{Dict, ObjRef, Value};
use crate::vm::frame::{CodeObj, Frame};

pub struct Function {
    pub code: Rc<CodeObj>,
    /// The defining module's globals (a `Payload::Dict` object).
    pub globals: ObjRef,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `__defaults__` (assignable, as the rest of the cells here).
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults: a `Payload::Dict` object, if any.
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// `__annotations__`: a `Payload::Dict` object, made empty on first read when the
    /// definition annotated nothing.
    pub annotations: RefCell<Option<ObjRef>>,
    /// Cells for the code's free variables, in `freevars` order.
    pub closure: Vec<ObjRef>,
    /// Function attributes (`f.calls = 0`, `__doc__`, `__wrapped__`): a `Payload::Dict` object,
    /// so `f.__dict__` is live. Untracked until a script holds it, as an instance's.
    pub dict: ObjRef,
    pub module: RefCell<Value>,
}

impl Function {
    /// The function's attribute dict.
    pub fn attrs(&self) -> &RefCell<Dict> {
        match &self.dict.payload {
            Payload::Dict(d) => d,
            _ => unreachable!("a function's __dict__ is a dict"),
        }
    }
}

/// A new, empty function attribute dict (see `Function::dict`).
pub fn new_attribute_dict() -> ObjRef {
    ObjRef::new_untracked(super::Obj {
        payload: Payload::Dict(RefCell::new(Dict::new())),
    })
}

pub struct BuiltinFunction {
    pub name: &'static str,
    /// The type or module it belongs to, for reprs (`<built-in method upper of str object>`).
    pub owner: &'static str,
    pub func: NativeFn,
    /// `self` for a method reached through an instance.
    pub bound: Option<Value>,
    /// The function reads its caller's frame (`super()`, `locals()`, `globals()`, `vars()`,
    /// `dir()`, `eval`, `exec`).
    pub wants_caller: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GeneratorKind {
    Generator,
    Coroutine,
}

pub struct Generator {
    /// `None` once the generator has finished.
    pub frame: Option<Box<Frame>>,
    /// True while the frame runs: a generator cannot be re-entered ("generator already executing").
    pub running: bool,
    /// True once the frame has started (a just-started generator accepts only `send(None)`).
    pub started: bool,
    pub name: String,
    pub qualname: String,
    pub kind: GeneratorKind,
    /// The exception the frame was handling when it last yielded (None if it was handling
    /// none): it is `sys.exc_info()` again when the frame resumes (CPython's `gi_exc_state`).
    pub handled: Value,
}

// ----- attributes and methods of functions, methods, generators, descriptors -----------------

use super::{Args, Payload, PyResult};
use crate::vm::Vm;

fn func(v: &Value) -> Option<&Function> {
    match v.payload()? {
        Payload::Function(f) => Some(f),
        _ => None,
    }
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Function(f)) => Ok(Value::str(f.name.borrow().clone())),
        Some(Payload::BuiltinFunction(b)) => Ok(Value::str(b.name)),
        Some(Payload::Generator(g)) => Ok(Value::str(g.borrow().name.clone())),
        Some(Payload::Method(f, _)) => {
            let f = f.clone();
            let n = vm.intern("__name__");
            vm.getattr(&f, &n)
        }
        _ => Ok(Value::None),
    }
}

fn set_name(vm: &mut Vm, v: &Value, name: Value) -> PyResult<()> {
    let Some(s) = name.as_str() else {
        return Err(vm.type_error("__name__ must be set to a string object"));
    };
    if let Some(f) = func(v) {
        *f.name.borrow_mut() = s.to_string();
    }
    Ok(())
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Function(f)) => Ok(Value::str(f.qualname.borrow().clone())),
        Some(Payload::Generator(g)) => Ok(Value::str(g.borrow().qualname.clone())),
        _ => get_name(vm, v),
    }
}

fn set_qualname(vm: &mut Vm, v: &Value, name: Value) -> PyResult<()> {
    let Some(s) = name.as_str() else {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    };
    if let Some(f) = func(v) {
        *f.qualname.borrow_mut() = s.to_string();
    }
    Ok(())
}

fn get_module(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .map(|f| f.module.borrow().clone())
        .unwrap_or(Value::None))
}

fn set_module(_vm: &mut Vm, v: &Value, module: Value) -> PyResult<()> {
    if let Some(f) = func(v) {
        *f.module.borrow_mut() = module;
    }
    Ok(())
}

fn get_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .map(|f| Value::Obj(f.globals.clone()))
        .unwrap_or(Value::None))
}

fn get_closure(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match func(v) {
        Some(f) if !f.closure.is_empty() => {
            Value::tuple(f.closure.iter().map(|c| Value::Obj(c.clone())).collect())
        }
        _ => Value::None,
    })
}

fn get_kwdefaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match func(v).and_then(|f| f.kwdefaults.borrow().clone()) {
        Some(d) => Value::Obj(d),
        None => Value::None,
    })
}

fn set_kwdefaults(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let new = match value.payload() {
        _ if value.is_none() => None,
        Some(Payload::Dict(_)) => value.as_obj().cloned(),
        _ => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
    };
    if let Some(f) = func(v) {
        *f.kwdefaults.borrow_mut() = new;
    }
    Ok(())
}

fn get_annotations(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(f) = func(v) else {
        return Ok(Value::None);
    };
    let mut slot = f.annotations.borrow_mut();
    let dict = slot.get_or_insert_with(|| {
        Value::dict(Dict::new())
            .as_obj()
            .cloned()
            .expect("a dict is a heap object")
    });
    Ok(Value::Obj(dict.clone()))
}

fn set_annotations(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let new = match value.payload() {
        _ if value.is_none() => None,
        Some(Payload::Dict(_)) => value.as_obj().cloned(),
        _ => return Err(vm.type_error("__annotations__ must be set to a dict object")),
    };
    if let Some(f) = func(v) {
        *f.annotations.borrow_mut() = new;
    }
    Ok(())
}

fn set_defaults(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let new = match value.payload() {
        _ if value.is_none() => Vec::new(),
        Some(Payload::Tuple(items)) => items.clone(),
        _ => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
    };
    if let Some(f) = func(v) {
        *f.defaults.borrow_mut() = new;
    }
    Ok(())
}

fn set_dict(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let Some(Payload::Dict(new)) = value.payload() else {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&value)
        )));
    };
    let items = new.borrow().clone();
    if let Some(f) = func(v) {
        let old = std::mem::replace(&mut *f.attrs().borrow_mut(), items);
        drop(old);
    }
    Ok(())
}

fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Cell(c)) => match c.borrow().clone() {
            Some(value) => Ok(value),
            None => Err(vm.value_error("Cell is empty")),
        },
        _ => Ok(Value::None),
    }
}

fn set_cell_contents(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if let Some(Payload::Cell(c)) = v.payload() {
        *c.borrow_mut() = Some(value);
    }
    Ok(())
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let key = vm.names().__doc__.clone();
    if let Some(f) = func(v) {
        if let Some(d) = f.attrs().borrow().get_str(&key) {
            return Ok(d.clone());
        }
        // The compiler makes the docstring the code's first constant (None when there is none).
        if let Some(crate::compile::bytecode::Const::Str(s)) = f.code.code.consts.first() {
            return Ok(Value::str(s.clone()));
        }
    }
    Ok(Value::None)
}

fn set_doc(vm: &mut Vm, v: &Value, doc: Value) -> PyResult<()> {
    let key = vm.names().__doc__.clone();
    if let Some(f) = func(v) {
        f.attrs().borrow_mut().set_str(key, doc);
    }
    Ok(())
}

fn get_defaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match func(v) {
        Some(f) if !f.defaults.borrow().is_empty() => Value::tuple(f.defaults.borrow().clone()),
        _ => Value::None,
    })
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match func(v) {
        Some(f) => {
            // Held by the script now: an object of its own to the collector.
            crate::runtime::gc::track_object(&f.dict);
            Value::Obj(f.dict.clone())
        }
        None => Value::None,
    })
}

fn get_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .map(|f| Value::obj(Payload::Code(f.code.clone())))
        .unwrap_or(Value::None))
}

fn get_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Method(_, this)) => this.clone(),
        Some(Payload::BuiltinFunction(b)) => b.bound.clone().unwrap_or(Value::None),
        _ => Value::None,
    })
}

fn get_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Method(f, _)) => f.clone(),
        Some(Payload::StaticMethod(f)) | Some(Payload::ClassMethod(f)) => f.clone(),
        _ => Value::None,
    })
}

fn code_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Code(c)) => Value::str(c.code.name.clone()),
        _ => Value::None,
    })
}

fn code_argcount(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Code(c)) => Value::Int(c.code.argcount as i64),
        _ => Value::None,
    })
}

fn code_varnames(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Code(c)) => Value::tuple(c.varnames.clone()),
        _ => Value::None,
    })
}

/// A code object's attribute computed from it (`co_*`).
fn code_attr(v: &Value, get: impl Fn(&CodeObj) -> Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Code(c)) => get(c),
        _ => Value::None,
    })
}

fn names_tuple(names: &[String]) -> Value {
    Value::tuple(names.iter().map(|n| Value::str(n.clone())).collect())
}

fn code_filename(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::str(c.filename.to_string()))
}

fn code_firstlineno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::Int(c.code.first_line as i64))
}

fn code_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::str(c.code.qualname.clone()))
}

fn code_posonlyargcount(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::Int(c.code.posonlyargcount as i64))
}

fn code_kwonlyargcount(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::Int(c.code.kwonlyargcount as i64))
}

fn code_nlocals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::Int(c.code.varnames.len() as i64))
}

/// CPython's `co_flags`: gilt's own bits (module and class bodies) left out, and the ones
/// CPython sets that gilt's compiler does not need computed here.
fn code_flags(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    use crate::compile::bytecode::{CO_CLASS_BODY, CO_MODULE};
    const CO_OPTIMIZED: u32 = 0x1;
    const CO_NEWLOCALS: u32 = 0x2;
    const CO_NESTED: u32 = 0x10;
    code_attr(v, |c| {
        let code = &c.code;
        let mut flags = code.flags & !(CO_MODULE | CO_CLASS_BODY);
        if code.flags & (CO_MODULE | CO_CLASS_BODY) == 0 {
            flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        }
        if code.qualname.contains("<locals>") {
            flags |= CO_NESTED;
        }
        Value::Int(flags as i64)
    })
}

fn code_names(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| names_tuple(&c.code.names))
}

fn code_cellvars(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| names_tuple(&c.code.cellvars))
}

fn code_freevars(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| names_tuple(&c.code.freevars))
}

fn code_consts(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::tuple(c.consts.clone()))
}

fn code_stacksize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    code_attr(v, |c| Value::Int(c.code.max_stack as i64))
}

fn gen_obj(vm: &mut Vm, args: &Args) -> PyResult<super::ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_obj(vm, &args)?;
    args.check_count(vm, "send", 2, 2)?;
    match vm.generator_resume(&g, args.args[1].clone(), None)? {
        crate::vm::generator::Sent::Yielded(v) => Ok(v),
        crate::vm::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_obj(vm, &args)?;
    match vm.generator_resume(&g, Value::None, None)? {
        crate::vm::generator::Sent::Yielded(v) => Ok(v),
        crate::vm::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_obj(vm, &args)?;
    args.check_count(vm, "throw", 2, 4)?;
    let mut exc = args.args[1].clone();
    if let Some(v) = args.args.get(2).filter(|v| !v.is_none()) {
        if let (true, Some(cls)) = (vm.is_exception_type(&exc), exc.as_obj()) {
            // The deprecated (type, value) form: a value already of the type is raised as is, a
            // tuple is the constructor's arguments, anything else its one argument.
            let cls = cls.clone();
            exc = if vm.isinstance(v, &cls) {
                v.clone()
            } else if let Some(Payload::Tuple(items)) = v.payload() {
                vm.call(&exc, items.to_vec())?
            } else {
                vm.call(&exc, vec![v.clone()])?
            };
        } else {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
    }
    let exc = vm.exception_from(exc)?;
    match vm.generator_resume(&g, Value::None, Some(super::PyErr(exc)))? {
        crate::vm::generator::Sent::Yielded(v) => Ok(v),
        crate::vm::generator::Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_obj(vm, &args)?;
    vm.generator_close(&g)?;
    Ok(Value::None)
}

fn identity(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn property_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, n) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(v) = args.take_kw(n) {
            slots[i] = v;
        }
    }
    args.no_kwargs(vm, "property()")?;
    args.check_count(vm, "property", 0, 4)?;
    for (i, a) in args.args.iter().enumerate() {
        slots[i] = a.clone();
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(Value::obj(Payload::Property(super::class::Property {
        fget,
        fset,
        fdel,
        doc,
    })))
}

fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    args.check_count(vm, "property", 2, 2)?;
    let Some(Payload::Property(p)) = args.args[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut slots = [
        p.fget.clone(),
        p.fset.clone(),
        p.fdel.clone(),
        p.doc.clone(),
    ];
    slots[which] = args.args[1].clone();
    let [fget, fset, fdel, doc] = slots;
    Ok(Value::obj(Payload::Property(super::class::Property {
        fget,
        fset,
        fdel,
        doc,
    })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_fget(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Property(p)) => p.fget.clone(),
        _ => Value::None,
    })
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "staticmethod", 1, 1)?;
    Ok(Value::obj(Payload::StaticMethod(args.args[0].clone())))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "classmethod", 1, 1)?;
    Ok(Value::obj(Payload::ClassMethod(args.args[0].clone())))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "method")?;
    args.check_count(vm, "method", 2, 2)?;
    let (func, obj) = (args.args[0].clone(), args.args[1].clone());
    if !crate::stdlib::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::obj(Payload::Method(func, obj)))
}

pub fn register(vm: &mut Vm) {
    use super::class::{add_getset, add_getset_rw};
    let t = vm.types();
    let (function, builtin, method, generator, coroutine, code) = (
        t.function.clone(),
        t.builtin_function.clone(),
        t.method.clone(),
        t.generator.clone(),
        t.coroutine.clone(),
        t.code.clone(),
    );
    add_getset_rw(vm, &function, "__name__", get_name, set_name);
    add_getset_rw(vm, &function, "__qualname__", get_qualname, set_qualname);
    add_getset_rw(vm, &function, "__doc__", get_doc, set_doc);
    add_getset_rw(vm, &function, "__module__", get_module, set_module);
    add_getset_rw(vm, &function, "__defaults__", get_defaults, set_defaults);
    add_getset_rw(
        vm,
        &function,
        "__kwdefaults__",
        get_kwdefaults,
        set_kwdefaults,
    );
    add_getset_rw(vm, &function, "__dict__", get_dict, set_dict);
    add_getset_rw(
        vm,
        &function,
        "__annotations__",
        get_annotations,
        set_annotations,
    );
    add_getset(vm, &function, "__globals__", get_globals);
    add_getset(vm, &function, "__closure__", get_closure);
    let cell = vm.types().cell.clone();
    add_getset_rw(vm, &cell, "cell_contents", cell_contents, set_cell_contents);
    add_getset(vm, &function, "__code__", get_code);
    add_getset(vm, &builtin, "__name__", get_name);
    add_getset(vm, &builtin, "__qualname__", get_name);
    add_getset(vm, &builtin, "__self__", get_self);
    add_getset(vm, &method, "__self__", get_self);
    add_getset(vm, &method, "__func__", get_func);
    add_getset(vm, &method, "__name__", get_name);
    add_getset(vm, &code, "co_name", code_name);
    add_getset(vm, &code, "co_argcount", code_argcount);
    add_getset(vm, &code, "co_varnames", code_varnames);
    add_getset(vm, &code, "co_filename", code_filename);
    add_getset(vm, &code, "co_firstlineno", code_firstlineno);
    add_getset(vm, &code, "co_qualname", code_qualname);
    add_getset(vm, &code, "co_posonlyargcount", code_posonlyargcount);
    add_getset(vm, &code, "co_kwonlyargcount", code_kwonlyargcount);
    add_getset(vm, &code, "co_nlocals", code_nlocals);
    add_getset(vm, &code, "co_flags", code_flags);
    add_getset(vm, &code, "co_names", code_names);
    add_getset(vm, &code, "co_cellvars", code_cellvars);
    add_getset(vm, &code, "co_freevars", code_freevars);
    add_getset(vm, &code, "co_consts", code_consts);
    add_getset(vm, &code, "co_stacksize", code_stacksize);
    for (cls, owner) in [(&generator, "generator"), (&coroutine, "coroutine")] {
        vm.add_method(cls, owner, "send", gen_send);
        vm.add_method(cls, owner, "throw", gen_throw);
        vm.add_method(cls, owner, "close", gen_close);
        add_getset(vm, cls, "__name__", get_name);
        add_getset(vm, cls, "__qualname__", get_qualname);
    }
    vm.add_method(&generator, "generator", "__next__", gen_next);
    vm.add_method(&generator, "generator", "__iter__", identity);
    let t = vm.types();
    let (property, staticmethod, classmethod) = (
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
    );
    let method = vm.types().method.clone();
    for (cls, ctor) in [
        (&method, method_new as super::class::NativeFn),
        (&property, property_new),
        (&staticmethod, staticmethod_new),
        (&classmethod, classmethod_new),
    ] {
        if let Payload::Class(cd) = &cls.payload {
            cd.constructor.set(Some(ctor));
        }
    }
    vm.add_method(&property, "property", "getter", property_getter);
    vm.add_method(&property, "property", "setter", property_setter);
    vm.add_method(&property, "property", "deleter", property_deleter);
    add_getset(vm, &property, "fget", property_fget);
    add_getset(vm, &staticmethod, "__func__", get_func);
    add_getset(vm, &classmethod, "__func__", get_func);
}
