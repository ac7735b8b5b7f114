//! The `builtins` module: the functions every script sees without importing, the built-in types
//! and exception classes by name, and `__build_class__`, which the `class` statement calls.

use crate::objects::class::{class_data, full_mro, is_subclass};
use crate::objects::iter::IterState;
use crate::objects::{Args, Dict, ObjRef, Payload, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

mod exec;

type Native = crate::objects::class::NativeFn;

pub fn init(vm: &mut Vm) {
    let b = vm.interp.builtins.clone();
    let functions: &[(&'static str, Native)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("format", format),
        ("input", input),
        ("exit", exit),
        ("quit", exit),
        ("__build_class__", crate::vm::class_build::build_class),
        ("compile", exec::compile),
    ];
    for (name, f) in functions {
        vm.add_function(&b, "builtins", name, *f);
    }
    let caller_functions: &[(&'static str, Native)] = &[
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("eval", exec::eval),
        ("exec", exec::exec),
        ("__import__", import),
        // open() may warn, naming the line that called it.
        ("open", crate::stdlib::io::open),
        ("breakpoint", breakpoint),
    ];
    for (name, f) in caller_functions {
        let func = Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
            name,
            owner: "builtins",
            func: *f,
            bound: None,
            wants_caller: true,
        }));
        dict_set_str(&b, vm.intern(name), func);
    }
    let t = vm.types();
    let types: Vec<(&str, ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("memoryview", t.memoryview.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.iterators["enumerate"].clone()),
        ("zip", t.iterators["zip"].clone()),
        ("map", t.iterators["map"].clone()),
        ("filter", t.iterators["filter"].clone()),
        ("reversed", t.iterators["reversed"].clone()),
    ];
    for (name, cls) in types {
        dict_set_str(&b, vm.intern(name), Value::Obj(cls));
    }
    for (cls, ctor) in [
        ("enumerate", enumerate as Native),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("reversed", reversed),
    ] {
        if let Payload::Class(cd) = &t.iterators[cls].payload {
            cd.constructor.set(Some(ctor));
        }
    }
    for (cls, ctor) in [
        (&t.super_, super_new as Native),
        (&t.slice, slice_new),
        (&t.type_, crate::vm::class_build::type_new),
    ] {
        if let Payload::Class(cd) = &cls.payload {
            cd.constructor.set(Some(ctor));
        }
    }
    let mut names: Vec<&&str> = t.exceptions.keys().collect();
    names.sort();
    for name in names {
        dict_set_str(&b, vm.intern(name), Value::Obj(t.exceptions[*name].clone()));
    }
    dict_set_str(
        &b,
        vm.intern("EnvironmentError"),
        Value::Obj(t.exceptions["OSError"].clone()),
    );
    dict_set_str(
        &b,
        vm.intern("IOError"),
        Value::Obj(t.exceptions["OSError"].clone()),
    );
    dict_set_str(&b, vm.intern("NotImplemented"), vm.not_implemented());
    dict_set_str(&b, vm.intern("Ellipsis"), vm.ellipsis());
    dict_set_str(&b, vm.intern("__name__"), Value::str("builtins"));
    dict_set_str(
        &b,
        vm.intern("__debug__"),
        Value::bool(crate::cli::config().flags.optimize == 0),
    );
    let generic: Vec<ObjRef> = [&t.list, &t.tuple, &t.dict, &t.set, &t.frozenset]
        .into_iter()
        .cloned()
        .chain([t.iterators["enumerate"].clone(), t.regex.clone()])
        .chain(
            ["BaseExceptionGroup", "ExceptionGroup"]
                .iter()
                .filter_map(|n| t.exceptions.get(*n).cloned()),
        )
        .collect();
    for cls in &generic {
        add_class_getitem(vm, cls);
    }
    // `exit` and `quit` come from `site` in CPython: `-S` goes without them.
    if crate::cli::config().flags.no_site > 0 {
        if let Payload::Dict(d) = &b.payload {
            let mut d = d.borrow_mut();
            d.remove_str(&vm.intern("exit"));
            d.remove_str(&vm.intern("quit"));
        }
    }
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").unwrap_or(Value::None);
    let end = args.take_kw("end").unwrap_or(Value::None);
    let file = args.take_kw("file").unwrap_or(Value::None);
    let flush = args.take_kw("flush").unwrap_or(Value::bool(false));
    if let Some((key, _)) = args.kwargs.first() {
        let key = key.as_str().unwrap_or("").to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for print()",
            key
        )));
    }
    let sep = match &sep {
        Value::None => " ".to_string(),
        v => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let end = match &end {
        Value::None => "\n".to_string(),
        v => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let flush = vm.truthy(&flush)?;
    // A file object of gilt's takes the whole line in one write (so threads never interleave
    // inside a line); any other object gets CPython's writes, one per argument, separator and
    // end. Either way, text already converted is written before a failing `str()` raises.
    let native = match &file {
        Value::None => matches!(
            vm.sys_stream("stdout").as_ref().and_then(|s| s.payload()),
            Some(Payload::File(_)) | None
        ),
        f => matches!(f.payload(), Some(Payload::File(_))),
    };
    let mut out = String::new();
    let mut failure = None;
    for (i, a) in args.args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            if !native {
                crate::stdlib::io::write_to(vm, &file, &out, false)?;
                out.clear();
            }
        }
        match a.as_str() {
            Some(s) => out.push_str(s),
            None => match vm.str(a) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            },
        }
        if !native {
            crate::stdlib::io::write_to(vm, &file, &out, false)?;
            out.clear();
        }
    }
    if let Some(e) = failure {
        if !out.is_empty() {
            crate::stdlib::io::write_to(vm, &file, &out, false)?;
        }
        return Err(e);
    }
    out.push_str(&end);
    crate::stdlib::io::write_to(vm, &file, &out, flush)?;
    Ok(Value::None)
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.args.len()
        )));
    }
    Ok(args.args[0].clone())
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "len")?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "repr")?;
    Ok(Value::str(vm.repr(&v)?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ascii")?;
    let r = vm.repr(&v)?;
    Ok(Value::str(crate::objects::str::ascii(&r)))
}

/// `isinstance`/`issubclass`'s second argument: a class or a (nested) tuple of classes.
fn class_info(vm: &mut Vm, info: &Value, fname: &str) -> PyResult<Vec<ObjRef>> {
    match info.payload() {
        Some(Payload::Class(_)) => Ok(vec![info
            .as_obj()
            .cloned()
            .unwrap_or_else(|| vm.types().object.clone())]),
        Some(Payload::Tuple(items)) => {
            let mut out = Vec::new();
            for i in items.clone() {
                out.extend(class_info(vm, &i, fname)?);
            }
            Ok(out)
        }
        _ => Err(vm.type_error(format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        ))),
    }
}

/// The `__instancecheck__` / `__subclasscheck__` a class's metaclass (or an instance's class)
/// defines in Python, if any: `isinstance` and `issubclass` ask it instead of walking the MRO.
fn check_hook(vm: &mut Vm, info: &Value, name: &str) -> Option<Value> {
    let owner = vm.type_of(info);
    if ObjRef::ptr_eq(&owner, &vm.types().type_) {
        return None;
    }
    let key = vm.intern(name);
    let hook = class_data(&owner).lookup(&owner, &key)?;
    matches!(hook.payload(), Some(Payload::Function(_))).then_some(hook)
}

fn instance_check(vm: &mut Vm, obj: &Value, info: &Value) -> PyResult<bool> {
    if let Some(Payload::Tuple(items)) = info.payload() {
        for item in items.clone() {
            if instance_check(vm, obj, &item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(hook) = check_hook(vm, info, "__instancecheck__") {
        // An exact match needs no hook (CPython's shortcut).
        if info
            .as_obj()
            .is_some_and(|c| ObjRef::ptr_eq(c, &vm.type_of(obj)))
        {
            return Ok(true);
        }
        let r = vm.call(&hook, vec![info.clone(), obj.clone()])?;
        return vm.truthy(&r);
    }
    let classes = class_info(vm, info, "isinstance")?;
    Ok(classes.iter().any(|c| vm.isinstance(obj, c)))
}

fn subclass_check(vm: &mut Vm, cls: &Value, info: &Value) -> PyResult<bool> {
    if let Some(Payload::Tuple(items)) = info.payload() {
        for item in items.clone() {
            if subclass_check(vm, cls, &item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(hook) = check_hook(vm, info, "__subclasscheck__") {
        let r = vm.call(&hook, vec![info.clone(), cls.clone()])?;
        return vm.truthy(&r);
    }
    let Some(Payload::Class(_)) = cls.payload() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let c = cls.as_obj().cloned().expect("class");
    let classes = class_info(vm, info, "issubclass")?;
    Ok(classes.iter().any(|b| is_subclass(&c, b)))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "isinstance", 2, 2)?;
    instance_check(vm, &args.args[0], &args.args[1]).map(Value::bool)
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "issubclass", 2, 2)?;
    if check_hook(vm, &args.args[1], "__subclasscheck__").is_some()
        || matches!(args.args[1].payload(), Some(Payload::Tuple(_)))
    {
        return subclass_check(vm, &args.args[0], &args.args[1]).map(Value::bool);
    }
    let Some(Payload::Class(_)) = args.args[0].payload() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let c = args.args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types().object.clone());
    let classes = class_info(vm, &args.args[1], "issubclass")?;
    Ok(Value::bool(classes.iter().any(|b| is_subclass(&c, b))))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "id")?;
    Ok(Value::Int(v.id()))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "hash")?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "iter", 1, 2)?;
    if args.args.len() == 2 {
        if !is_callable(vm, &args.args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::obj(Payload::Iterator(std::cell::RefCell::new(
            IterState::CallableSentinel {
                func: args.args[0].clone(),
                sentinel: args.args[1].clone(),
            },
        ))));
    }
    vm.iter(&args.args[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "next", 1, 2)?;
    let it = &args.args[0];
    let is_iterator = match it.payload() {
        Some(Payload::Iterator(_) | Payload::Generator(_) | Payload::File(_)) => true,
        Some(Payload::Instance(_) | Payload::Native(..)) => vm
            .lookup_special(it, &vm.names().__next__.clone())
            .is_some(),
        _ => false,
    };
    if !is_iterator {
        let msg = format!("'{}' object is not an iterator", vm.type_name(it));
        return Err(vm.type_error(msg));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        // Keep the generator's return value in the StopIteration.
        let g = it
            .as_obj()
            .cloned()
            .unwrap_or_else(|| vm.types().object.clone());
        return match vm.generator_resume(&g, Value::None, None)? {
            crate::vm::generator::Sent::Yielded(v) => Ok(v),
            crate::vm::generator::Sent::Returned(v) => match args.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
        };
    }
    if let Some(Payload::Instance(_) | Payload::Native(..)) = it.payload() {
        let name = vm.names().__next__.clone();
        return match vm.call_special(it, &name, vec![]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.type_error("not an iterator")),
            Err(e) if vm.err_matches(&e, "StopIteration") && args.args.len() == 2 => {
                Ok(args.args[1].clone())
            }
            Err(e) => Err(e),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "abs")?;
    if let Some(r) = crate::vm::arith::abs(&v) {
        return Ok(r);
    }
    if let Some(Payload::Complex(c)) = v.payload() {
        return crate::objects::complex::abs(vm, *c);
    }
    let name = vm.names().__abs__.clone();
    match vm.call_special(&v, &name, vec![])? {
        Some(r) => Ok(r),
        None => {
            let msg = format!("bad operand type for abs(): '{}'", vm.type_name(&v));
            Err(vm.type_error(msg))
        }
    }
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, want_max: bool) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    args.no_kwargs(vm, &format!("{}()", name))?;
    let items = match args.args.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.collect(&args.args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.args.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let op = if want_max {
                    crate::syntax::ast::CmpOp::Gt
                } else {
                    crate::syntax::ast::CmpOp::Lt
                };
                let r = vm.compare(&k, &bk, op)?;
                let better = vm.truthy(&r)?;
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start_kw = args.take_kw("start");
    args.no_kwargs(vm, "sum()")?;
    args.check_count(vm, "sum", 1, 2)?;
    let mut acc = start_kw
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.iter(&args.args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => vm.binary_op(&acc, &x, crate::syntax::ast::BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    args.no_kwargs(vm, "sorted()")?;
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.args.len()
        )));
    }
    let items = vm.collect(&args.args[0])?;
    match crate::objects::list::sort_values(vm, items, key.as_ref(), reverse) {
        Ok(v) => Ok(Value::list(v)),
        Err((_, e)) => Err(e),
    }
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "any")?;
    let it = vm.iter(&v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "all")?;
    let it = vm.iter(&v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => {
            let _ = fname;
            let msg = format!("attribute name must be string, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &args.args[1], "getattr")?;
    match args.args.get(2) {
        None => vm.getattr(&args.args[0], &name),
        Some(default) => match vm.getattr(&args.args[0], &name) {
            Ok(v) => Ok(v),
            Err(e) if vm.err_matches(&e, "AttributeError") => Ok(default.clone()),
            Err(e) => Err(e),
        },
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.args[1], "setattr")?;
    vm.setattr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.args[1], "hasattr")?;
    match vm.getattr(&args.args[0], &name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.args[1], "delattr")?;
    vm.delattr(&args.args[0], &name)?;
    Ok(Value::None)
}

pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::BuiltinFunction(_)
            | Payload::Method(..)
            | Payload::Class(_),
        ) => true,
        Some(Payload::Instance(_) | Payload::Native(..)) => {
            vm.lookup_special(v, &vm.names().__call__).is_some()
        }
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "callable")?;
    Ok(Value::bool(is_callable(vm, &v)))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "chr")?;
    let i = vm.to_index(&v)?;
    match u32::try_from(i).ok().filter(|i| *i <= 0x10ffff) {
        Some(c) => Ok(Value::str(
            char::from_u32(c)
                .map(String::from)
                .unwrap_or_else(|| "\u{fffd}".into()),
        )),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ord")?;
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::ByteArray(b)) if b.len() == 1 => Ok(Value::Int(b.borrow()[0] as i64)),
        Some(Payload::Bytes(b)) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        Some(Payload::ByteArray(b)) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        _ => {
            let msg = format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(&v)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    let v = one_arg(vm, &args, name)?;
    let n = match crate::objects::int::to_bigint(&v) {
        Some(n) => n,
        None => {
            let i = vm.to_index(&v)?;
            num_bigint::BigInt::from(i)
        }
    };
    let digits = n.magnitude().to_str_radix(radix);
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(Value::str(format!("{}{}{}", sign, prefix, digits)))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let nd_kw = args.take_kw("ndigits");
    let number_kw = args.take_kw("number");
    args.no_kwargs(vm, "round()")?;
    if let Some(n) = number_kw {
        args.args.insert(0, n);
    }
    if args.args.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    if args.len() + nd_kw.is_some() as usize > 2 {
        let msg = format!(
            "round() takes at most 2 arguments ({} given)",
            args.len() + nd_kw.is_some() as usize
        );
        return Err(vm.type_error(msg));
    }
    let x = args.args[0].clone();
    let nd = nd_kw
        .or_else(|| args.args.get(1).cloned())
        .filter(|v| !v.is_none());
    match &x {
        Value::Float(f) => match nd {
            None => crate::objects::float::round_to_int(vm, f.get()),
            Some(nd) => crate::objects::float::round_with_digits(vm, f.get(), &nd),
        },
        Value::Int(_) | Value::Bool(_) => match nd {
            None => {
                Ok(crate::objects::int::to_bigint(&x).map_or(x, crate::objects::int::normalize))
            }
            Some(nd) => {
                let n = crate::objects::int::to_bigint(&x).unwrap_or_default();
                crate::objects::int::round_int(vm, n, &nd)
            }
        },
        _ => {
            let name = vm.names().__round__.clone();
            let extra = nd.map(|n| vec![n]).unwrap_or_default();
            match vm.call_special(&x, &name, extra)? {
                Some(r) => Ok(r),
                None => {
                    let msg = format!("type {} doesn't define __round__ method", vm.type_name(&x));
                    Err(vm.type_error(msg))
                }
            }
        }
    }
}

/// `divmod(a, b)`: the numbers' own, else `a.__divmod__(b)`, then `b.__rdivmod__(a)`.
fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "divmod", 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if let Some(r) = crate::vm::arith::divmod(vm, a, b) {
        return r;
    }
    for (this, other, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if !matches!(
            this.payload(),
            Some(Payload::Instance(_) | Payload::Native(..))
        ) {
            continue;
        }
        let name = vm.intern(name);
        if let Some(r) = vm.call_special(this, &name, vec![other.clone()])? {
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let msg = format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    );
    Err(vm.type_error(msg))
}

/// `pow(base, exp, mod=None)`: with a modulus, ints only (complex refuses any modulus).
fn pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let m = args.take_kw("mod");
    let exp_kw = args.take_kw("exp");
    let base_kw = args.take_kw("base");
    args.no_kwargs(vm, "pow()")?;
    if let Some(b) = base_kw {
        args.args.insert(0, b);
    }
    if let Some(e) = exp_kw {
        args.args.insert(1.min(args.args.len()), e);
    }
    args.check_count(vm, "pow", 2, 3)?;
    let m = m
        .or_else(|| args.args.get(2).cloned())
        .filter(|v| !v.is_none());
    let Some(m) = m else {
        return vm.binary_op(&args.args[0], &args.args[1], crate::syntax::ast::BinOp::Pow);
    };
    let values = [&args.args[0], &args.args[1], &m];
    if values
        .iter()
        .any(|v| matches!(v.payload(), Some(Payload::Complex(_))))
    {
        return Err(vm.value_error("complex modulo"));
    }
    if let Some(Payload::Instance(_) | Payload::Native(..)) = args.args[0].payload() {
        let name = vm.intern("__pow__");
        if let Some(r) =
            vm.call_special(&args.args[0], &name, vec![args.args[1].clone(), m.clone()])?
        {
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    crate::objects::int::power_modulo(vm, &args.args[0], &args.args[1], &m)
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "format", 1, 2)?;
    let spec = match args.args.get(1) {
        Some(s) => match s.as_str() {
            Some(s) => s.to_string(),
            None => {
                let msg = format!("format() argument 2 must be str, not {}", vm.type_name(s));
                return Err(vm.type_error(msg));
            }
        },
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args.args[0], &spec)?))
}

/// `input(prompt)`: the prompt to `sys.stdout` (flushed), a line from `sys.stdin` without its
/// `\n`; EOFError at end of input. Both streams are whatever the script made them.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "input")?;
    args.check_count(vm, "input", 0, 1)?;
    let stdin = vm.sys_stream("stdin").filter(|s| !s.is_none());
    let Some(stdin) = stdin else {
        return Err(vm.runtime_error("input(): lost sys.stdin"));
    };
    let stdout = vm.sys_stream("stdout").filter(|s| !s.is_none());
    let Some(stdout) = stdout else {
        return Err(vm.runtime_error("input(): lost sys.stdout"));
    };
    if let Some(stderr) = vm.sys_stream("stderr").filter(|s| !s.is_none()) {
        let _ = vm.call_method(&stderr, "flush", vec![]);
    }
    if let Some(prompt) = args.args.first() {
        let text = vm.str(prompt)?;
        crate::stdlib::io::write_to(vm, &stdout, &text, false)?;
    }
    vm.call_method(&stdout, "flush", vec![])?;
    let line = vm.call_method(&stdin, "readline", vec![])?;
    let Some(text) = line.as_str() else {
        let message = "object.readline() returned non-string".to_string();
        return Err(vm.type_error(message));
    };
    if text.is_empty() {
        return Err(vm.new_exception("EOFError", "EOF when reading a line"));
    }
    Ok(Value::str(text.strip_suffix('\n').unwrap_or(text)))
}

/// `breakpoint(*args, **kws)`: `sys.breakpointhook(*args, **kws)`.
fn breakpoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match vm.sys_attr("breakpointhook") {
        Some(hook) => vm.call_args(&hook, args),
        None => Err(vm.runtime_error("lost sys.breakpointhook")),
    }
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "exit", 0, 1)?;
    Err(vm.new_exception_args("SystemExit", args.args))
}

fn import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let fromlist = args.take_kw("fromlist").unwrap_or(Value::None);
    let level = args.take_kw("level").unwrap_or(Value::Int(0));
    args.check_count(vm, "__import__", 1, 5)?;
    let Some(name) = args.args[0].as_str().map(|s| s.to_string()) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let globals = vm
        .caller_frame()
        .map(|f| f.globals.clone())
        .unwrap_or_else(|| vm.interp.builtins.clone());
    let fromlist = args.args.get(3).cloned().unwrap_or(fromlist);
    let level = match args.args.get(4).unwrap_or(&level) {
        Value::Int(l) => *l as usize,
        _ => 0,
    };
    crate::stdlib::import::import_name(vm, &name, &globals, &fromlist, level)
}

// ----- functions that read the caller's frame ---------------------------------------------------

pub(super) fn caller_locals(vm: &mut Vm) -> Value {
    let Some(frame) = vm.caller_frame() else {
        return Value::dict(Dict::new());
    };
    if let Some(ns) = &frame.namespace {
        return Value::Obj(ns.clone());
    }
    let code = &frame.code.code;
    let mut d = Dict::new();
    let names: Vec<(String, Option<Value>)> = code
        .varnames
        .iter()
        .zip(&frame.locals)
        .map(|(n, v)| (n.clone(), v.clone()))
        .chain(
            code.cellvars
                .iter()
                .chain(&code.freevars)
                .zip(&frame.cells)
                .map(|(n, c)| {
                    let v = match &c.payload {
                        Payload::Cell(c) => c.borrow().clone(),
                        _ => None,
                    };
                    (n.clone(), v)
                }),
        )
        .collect();
    for (n, v) in names {
        if let Some(v) = v {
            d.set_str(vm.intern(&n), v);
        }
    }
    Value::dict(d)
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "globals", 0, 0)?;
    Ok(vm
        .caller_frame()
        .map(|f| Value::Obj(f.globals.clone()))
        .unwrap_or(Value::None))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "locals", 0, 0)?;
    Ok(caller_locals(vm))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "vars", 0, 1)?;
    match args.args.first() {
        None => Ok(caller_locals(vm)),
        Some(v) => {
            let name = vm.names().__dict__.clone();
            match vm.getattr(v, &name) {
                Ok(d) => Ok(d),
                Err(e) if vm.err_matches(&e, "AttributeError") => {
                    Err(vm.type_error("vars() argument must have __dict__ attribute"))
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// Gives a built-in class `__class_getitem__`, so `cls[item]` (and a subclass's) makes a
/// `types.GenericAlias`, as CPython's generic containers do; other built-in classes stay
/// unsubscriptable. (`type[int]` is the subscript's own special case, as in CPython.)
pub fn add_class_getitem(vm: &mut Vm, cls: &ObjRef) {
    let f = Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
        name: "__class_getitem__",
        owner: "type",
        func: class_getitem,
        bound: None,
        wants_caller: false,
    }));
    let key = vm.intern("__class_getitem__");
    crate::vm::types::class_dict(cls)
        .borrow_mut()
        .set_str(key, Value::obj(Payload::ClassMethod(f)));
}

pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__class_getitem__", 2, 2)?;
    let module = crate::stdlib::import::import_module(vm, "_generic_alias")?;
    let alias_name = vm.intern("GenericAlias");
    let alias = vm.getattr(&module, &alias_name)?;
    vm.call(&alias, args.args)
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.args.first() {
        None => {
            let l = caller_locals(vm);
            if let Some(Payload::Dict(d)) = l.payload() {
                names = d
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect();
            }
        }
        Some(v) => {
            let mut add = |d: &Dict| {
                for k in d.keys() {
                    if let Some(s) = k.as_str() {
                        if !names.iter().any(|n| n == s) {
                            names.push(s.to_string());
                        }
                    }
                }
            };
            match v.payload() {
                Some(Payload::Module(m)) => {
                    if let Payload::Dict(d) = &m.dict.payload {
                        add(&d.borrow());
                    }
                }
                Some(Payload::Class(_)) => {
                    for c in full_mro(v.as_obj().expect("class")) {
                        add(&class_data(&c).dict.borrow());
                    }
                }
                _ => {
                    // A class's own `__dir__` answers for its instances (not for the class).
                    let dir_name = vm.intern("__dir__");
                    let cls = vm.type_of(v);
                    if let Some(custom) = vm.class_lookup(&cls, &dir_name) {
                        if matches!(custom.payload(), Some(Payload::Function(_))) {
                            let listed = vm.call(&custom, vec![v.clone()])?;
                            let items = vm.collect(&listed)?;
                            return match crate::objects::list::sort_values(vm, items, None, false) {
                                Ok(sorted) => Ok(Value::list(sorted)),
                                Err((_, e)) => Err(e),
                            };
                        }
                    }
                    names = default_dir(vm, v);
                }
            }
        }
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// `object.__dir__`'s names: the instance's own attributes, then its class's and their bases'.
fn default_dir(vm: &mut Vm, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |d: &Dict| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    };
    if let Some(d) = crate::vm::attr::instance_dict(v) {
        add(&d.borrow());
    }
    let cls = vm.type_of(v);
    for c in full_mro(&cls) {
        add(&class_data(&c).dict.borrow());
    }
    names
}

/// `object.__dir__(self)`: the default listing, unsorted (`dir()` sorts it).
pub fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "__dir__", 1, 1)?;
    let names = default_dir(vm, &args.args[0]);
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

// ----- constructors of built-in types defined here ----------------------------------------------

fn enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    let iterable = args.take_kw("iterable");
    args.no_kwargs(vm, "enumerate()")?;
    let iterable = iterable.or_else(|| args.args.first().cloned());
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let count = start
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::Int(0));
    let it = vm.iter(&iterable)?;
    Ok(Value::obj(Payload::Iterator(std::cell::RefCell::new(
        IterState::Enumerate { iter: it, count },
    ))))
}

fn zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let strict = match args.take_kw("strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    args.no_kwargs(vm, "zip()")?;
    let mut iters = Vec::with_capacity(args.args.len());
    for (i, a) in args.args.iter().enumerate() {
        match vm.iter(a) {
            Ok(it) => iters.push(it),
            Err(e) if vm.err_matches(&e, "TypeError") => {
                let msg = format!("zip argument #{} must support iteration", i + 1);
                return Err(vm.type_error(msg));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::obj(Payload::Iterator(std::cell::RefCell::new(
        IterState::Zip { iters, strict },
    ))))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "map")?;
    if args.args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &args.args[1..] {
        iters.push(vm.iter(a)?);
    }
    Ok(Value::obj(Payload::Iterator(std::cell::RefCell::new(
        IterState::Map {
            func: args.args[0].clone(),
            iters,
        },
    ))))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "filter")?;
    args.check_count(vm, "filter", 2, 2)?;
    let it = vm.iter(&args.args[1])?;
    Ok(Value::obj(Payload::Iterator(std::cell::RefCell::new(
        IterState::Filter {
            func: args.args[0].clone(),
            iter: it,
        },
    ))))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "reversed")?;
    args.check_count(vm, "reversed", 1, 1)?;
    let seq = args.args[0].clone();
    let name = vm.names().__reversed__.clone();
    if matches!(
        seq.payload(),
        Some(Payload::Instance(_) | Payload::Native(..))
    ) {
        if let Some(r) = vm.call_special(&seq, &name, vec![])? {
            return Ok(r);
        }
    }
    let seq = match seq.payload() {
        Some(Payload::Dict(d)) => Value::list(d.borrow().keys()),
        Some(Payload::DictView(..)) => Value::list(vm.collect(&seq)?),
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Range(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::MemoryView(_),
        ) => seq,
        Some(Payload::Instance(_) | Payload::Native(..))
            if vm
                .lookup_special(&seq, &vm.names().__getitem__.clone())
                .is_some() =>
        {
            seq
        }
        _ => {
            let msg = format!("'{}' object is not reversible", vm.type_name(&seq));
            return Err(vm.type_error(msg));
        }
    };
    let n = vm.len(&seq)? as i64;
    Ok(Value::obj(Payload::Iterator(std::cell::RefCell::new(
        IterState::Reversed { seq, index: n - 1 },
    ))))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "slice", 1, 3)?;
    let a = &args.args;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        _ => (a[0].clone(), a[1].clone(), a[2].clone()),
    };
    Ok(Value::obj(Payload::Slice(start, stop, step)))
}

/// `super()` with no arguments reads the caller's `__class__` cell and first argument.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = match args.args.len() {
        2 => {
            let (cls, obj) = (args.args[0].clone(), args.args[1].clone());
            let Some(c) = cls
                .as_obj()
                .filter(|c| matches!(c.payload, Payload::Class(_)))
            else {
                let msg = format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&cls)
                );
                return Err(vm.type_error(msg));
            };
            let c = c.clone();
            let subtype = obj
                .as_obj()
                .filter(|o| matches!(o.payload, Payload::Class(_)))
                .is_some_and(|o| is_subclass(o, &c));
            if !subtype && !vm.isinstance(&obj, &c) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            (cls, obj)
        }
        0 => {
            let Some(frame) = vm.caller_frame() else {
                return Err(vm.runtime_error("super(): no arguments"));
            };
            let code = &frame.code.code;
            let class_cell = code
                .freevars
                .iter()
                .position(|n| n == "__class__")
                .map(|i| i + code.cellvars.len())
                .and_then(|i| frame.cells.get(i))
                .and_then(|c| match &c.payload {
                    Payload::Cell(c) => c.borrow().clone(),
                    _ => None,
                });
            let Some(cls) = class_cell else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            if code.argcount == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let first = frame.locals.first().cloned().flatten().or_else(|| {
                // The first argument may live in a cell when an inner function captures it.
                code.cell_params
                    .iter()
                    .find(|(_, p)| *p == 0)
                    .and_then(|(c, _)| match &frame.cells[*c as usize].payload {
                        Payload::Cell(c) => c.borrow().clone(),
                        _ => None,
                    })
            });
            let Some(obj) = first else {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            };
            (cls, obj)
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    Ok(Value::obj(Payload::Super(cls, obj)))
}

/// Attribute lookup through a super object: the MRO of the object's type, after `cls`.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Super(cls, obj)) = sup.payload() else {
        return Ok(None);
    };
    let start_type = match obj.payload() {
        Some(Payload::Class(_))
            if obj
                .as_obj()
                .is_some_and(|o| cls.as_obj().is_some_and(|c| is_subclass(o, c))) =>
        {
            obj.as_obj().cloned().expect("class")
        }
        _ => vm.type_of(obj),
    };
    let mro = full_mro(&start_type);
    let Some(cls) = cls.as_obj() else {
        return Ok(None);
    };
    let pos = mro
        .iter()
        .position(|c| ObjRef::ptr_eq(c, cls))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for c in &mro[pos..] {
        let found = class_data(c).dict.borrow().get_str(name).cloned();
        if let Some(v) = found {
            // `super(C, D)` with D a subclass of C looks up for the class D itself (unbound);
            // `super(Meta, cls)` with cls an instance of Meta binds to it, as any instance.
            let is_class = obj.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, &start_type));
            return Ok(Some(match v.payload() {
                Some(Payload::Function(_)) if !is_class => {
                    Value::obj(Payload::Method(v.clone(), obj.clone()))
                }
                Some(Payload::BuiltinFunction(b)) if !is_class => {
                    Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
                        name: b.name,
                        owner: b.owner,
                        func: b.func,
                        bound: Some(obj.clone()),
                        wants_caller: false,
                    }))
                }
                Some(Payload::ClassMethod(f)) => {
                    let target = if is_class {
                        obj.clone()
                    } else {
                        Value::Obj(vm.type_of(obj))
                    };
                    Value::obj(Payload::Method(f.clone(), target))
                }
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::Property(p)) if !is_class => {
                    let f = p.fget.clone();
                    vm.call(&f, vec![obj.clone()])?
                }
                _ => v,
            }));
        }
    }
    Ok(None)
}

/// `import builtins`: the module whose namespace is the interpreter's builtins dict.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::obj(Payload::Module(
        crate::objects::module::Module {
            name: "builtins".into(),
            dict: vm.interp.builtins.clone(),
        },
    )))
}

pub fn builtins_get(vm: &Vm, name: &str) -> Option<Value> {
    dict_get_str(&vm.interp.builtins, &vm.intern(name))
}
