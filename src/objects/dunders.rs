//! The special methods of built-in container types as callable attributes (`dict.__setitem__`,
//! `list.__init__`, `tuple.__new__`, ...). Built-in values use the protocols in `vm/` directly;
//! these exist for Python subclasses of built-in types and for `super().__setitem__(...)`, whose
//! `self` arrives here already replaced by the built-in base value (see `Vm::call_args`).

use super::class::NativeFn;
use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__getitem__", 2, 2)?;
    vm.getitem(&args.args[0], &args.args[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__setitem__", 3, 3)?;
    vm.setitem(&args.args[0], &args.args[1], args.args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__delitem__", 2, 2)?;
    vm.delitem(&args.args[0], &args.args[1])?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__len__", 1, 1)?;
    Ok(Value::Int(vm.len(&args.args[0])? as i64))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__contains__", 2, 2)?;
    Ok(Value::bool(vm.contains(&args.args[0], &args.args[1])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__iter__", 1, 1)?;
    vm.iter(&args.args[0])
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__repr__", 1, 1)?;
    Ok(Value::str(vm.repr(&args.args[0])?))
}

/// `list.__init__(iterable=())`, `set.__init__`: refill the list or set.
fn init_sequence(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__init__", 1, 2)?;
    let items = match args.args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    match args.args[0].payload() {
        Some(Payload::List(l)) => *l.borrow_mut() = items,
        Some(Payload::Set(d)) => {
            d.borrow_mut().clear();
            for item in items {
                super::dict::set(vm, d, item, Value::None)?;
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `dict.__init__(mapping_or_pairs=(), **kwargs)`
fn init_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__init__", 1, 2)?;
    if let Some(Payload::Dict(d)) = args.args[0].payload() {
        super::dict::update_from(vm, d, args.args.get(1), &args.kwargs)?;
    }
    Ok(Value::None)
}

/// `T.__new__(cls, *args)`: a built-in value, or a subclass instance extending one.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first().cloned() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    if !matches!(cls.payload, Payload::Class(_)) {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    }
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: args.kwargs.clone(),
    };
    let cd = super::class::class_data(&cls);
    if let Some(ctor) = cd.constructor.get() {
        return ctor(vm, rest);
    }
    let ctor = cd
        .mro
        .iter()
        .find_map(|c| super::class::class_data(c).constructor.get());
    match ctor {
        Some(ctor) => vm.new_subclass_instance(&cls, ctor, &rest),
        None => vm.new_instance(&cls, &rest),
    }
}

pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let containers = [
        (t.list.clone(), "list", true),
        (t.dict.clone(), "dict", true),
        (t.set.clone(), "set", false),
        (t.tuple.clone(), "tuple", false),
        (t.str.clone(), "str", false),
        (t.bytes.clone(), "bytes", false),
        (t.bytearray.clone(), "bytearray", true),
        (t.memoryview.clone(), "memoryview", true),
        (t.frozenset.clone(), "frozenset", false),
    ];
    for (cls, owner, item_assign) in &containers {
        let mut methods: Vec<(&'static str, NativeFn)> = vec![
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__repr__", repr),
        ];
        if *owner != "set" && *owner != "frozenset" {
            methods.push(("__getitem__", getitem));
        }
        if *item_assign {
            methods.push(("__setitem__", setitem));
            methods.push(("__delitem__", delitem));
        }
        match *owner {
            "list" | "set" => methods.push(("__init__", init_sequence)),
            "dict" => methods.push(("__init__", init_dict)),
            _ => {}
        }
        for (name, f) in methods {
            vm.add_method(cls, owner, name, f);
        }
    }
    let with_new = [
        (t.list.clone(), "list"),
        (t.dict.clone(), "dict"),
        (t.set.clone(), "set"),
        (t.tuple.clone(), "tuple"),
        (t.str.clone(), "str"),
        (t.bytes.clone(), "bytes"),
        (t.bytearray.clone(), "bytearray"),
        (t.frozenset.clone(), "frozenset"),
        (t.int.clone(), "int"),
        (t.float.clone(), "float"),
        (t.complex.clone(), "complex"),
        (t.weakref.clone(), "weakref"),
    ];
    for (cls, owner) in with_new {
        let f = Value::obj(Payload::BuiltinFunction(super::BuiltinFunction {
            name: "__new__",
            owner,
            func: new,
            bound: None,
            wants_caller: false,
        }));
        crate::vm::types::class_dict(&cls)
            .borrow_mut()
            .set_str(vm.intern("__new__"), Value::obj(Payload::StaticMethod(f)));
    }
}
