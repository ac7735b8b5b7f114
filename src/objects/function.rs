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
    pub defaults: Vec<Value>,
    /// Keyword-only defaults: a `Payload::Dict` object, if any.
    pub kwdefaults: Option<ObjRef>,
    /// Cells for the code's free variables, in `freevars` order.
    pub closure: Vec<ObjRef>,
    /// Function attributes (`f.calls = 0`, `__doc__`, `__wrapped__`).
    pub dict: RefCell<Dict>,
    pub module: Value,
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
    Ok(func(v).map(|f| f.module.clone()).unwrap_or(Value::None))
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let key = vm.names().__doc__.clone();
    if let Some(f) = func(v) {
        if let Some(d) = f.dict.borrow().get_str(&key) {
            return Ok(d.clone());
        }
        // The compiler makes a function's first constant its docstring, or None (the
        // docstring statement itself is not compiled).
        if let Some(crate::compile::bytecode::Const::Str(s)) = f.code.code.consts.first() {
            return Ok(Value::str(s.clone()));
        }
    }
    Ok(Value::None)
}

fn set_doc(vm: &mut Vm, v: &Value, doc: Value) -> PyResult<()> {
    let key = vm.names().__doc__.clone();
    if let Some(f) = func(v) {
        f.dict.borrow_mut().set_str(key, doc);
    }
    Ok(())
}

fn get_defaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match func(v) {
        Some(f) if !f.defaults.is_empty() => Value::tuple(f.defaults.clone()),
        _ => Value::None,
    })
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .map(|f| Value::dict(f.dict.borrow().clone()))
        .unwrap_or(Value::None))
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

fn code_filename(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::Code(c)) => Value::str(c.filename.to_string()),
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
        if vm.is_exception_type(&exc) {
            exc = vm.call(&exc, vec![v.clone()])?;
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
    add_getset(vm, &function, "__module__", get_module);
    add_getset(vm, &function, "__defaults__", get_defaults);
    add_getset(vm, &function, "__dict__", get_dict);
    add_getset(vm, &function, "__code__", get_code);
    add_getset(vm, &builtin, "__name__", get_name);
    add_getset(vm, &builtin, "__qualname__", get_name);
    add_getset(vm, &builtin, "__self__", get_self);
    add_getset(vm, &method, "__self__", get_self);
    add_getset(vm, &method, "__func__", get_func);
    add_getset(vm, &method, "__name__", get_name);
    add_getset(vm, &code, "co_name", code_name);
    add_getset(vm, &code, "co_argcount", code_argcount);
    add_getset(vm, &code, "co_filename", code_filename);
    add_getset(vm, &code, "co_varnames", code_varnames);
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
