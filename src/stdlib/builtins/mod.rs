//! The `builtins` module: the functions every script sees without importing, the built-in types
//! and exception classes by name, and `__build_class__`, which the `class` statement calls.

use crate::objects::class::{c3_mro, class_data, full_mro, is_subclass, new_class, TypeKind};
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
        ("__build_class__", build_class),
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
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
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
        (&t.type_, type_new),
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

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "isinstance", 2, 2)?;
    let classes = class_info(vm, &args.args[1], "isinstance")?;
    Ok(Value::bool(
        classes.iter().any(|c| vm.isinstance(&args.args[0], c)),
    ))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "issubclass", 2, 2)?;
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
        Some(Payload::Instance(_)) => vm
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
    if let Some(Payload::Instance(_)) = it.payload() {
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
        Some(Payload::Instance(_)) => vm.lookup_special(v, &vm.names().__call__).is_some(),
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
    args.no_kwargs(vm, "round()")?;
    args.check_count(vm, "round", 1, 2)?;
    let x = args.args[0].clone();
    let nd = nd_kw
        .or_else(|| args.args.get(1).cloned())
        .filter(|v| !v.is_none());
    match &x {
        Value::Float(f) => match nd {
            None => {
                if !f.get().is_finite() {
                    return Err(if f.get().is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = f.get().round_ties_even();
                Ok(if r.abs() < 9e18 {
                    Value::Int(r as i64)
                } else {
                    crate::objects::int::normalize(
                        num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
                    )
                })
            }
            Some(nd) => {
                let nd = vm.to_index(&nd)?;
                Ok(Value::float(round_float(f.get(), nd)))
            }
        },
        Value::Int(_) | Value::Bool(_) => match nd {
            None => Ok(crate::vm::arith::abs(&x)
                .map(|_| x.clone())
                .unwrap_or(x.clone()))
            .map(|v| {
                if let Value::Bool(b) = v {
                    Value::Int(b.get() as i64)
                } else {
                    v
                }
            }),
            Some(nd) => {
                let nd = vm.to_index(&nd)?;
                let Value::Int(i) = x else { return Ok(x) };
                if nd >= 0 {
                    return Ok(Value::Int(i));
                }
                let p = 10i128.pow((-nd).min(30) as u32);
                let (q, r) = ((i as i128).div_euclid(p), (i as i128).rem_euclid(p));
                let q = if r * 2 > p || (r * 2 == p && q % 2 != 0) {
                    q + 1
                } else {
                    q
                };
                Ok(Value::Int((q * p) as i64))
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

/// Round half to even at `nd` decimal digits, deciding on the exact decimal value of the float
/// as CPython does (so `round(2.675, 2)` is 2.67).
fn round_float(f: f64, nd: i64) -> f64 {
    if !f.is_finite() || nd > 308 {
        return f;
    }
    if nd < -308 {
        return 0.0 * f;
    }
    // Exact decimal expansion through formatting with enough digits, then half-even rounding.
    if nd >= 0 {
        let text = format!("{:.*}", nd as usize, f);
        let candidate: f64 = text.parse().unwrap_or(f);
        return candidate;
    }
    let p = 10f64.powi((-nd) as i32);
    (f / p).round_ties_even() * p
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "divmod", 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if let (Value::Int(_), Value::Int(0)) | (Value::Bool(_), Value::Int(0)) = (a, b) {
        return Err(vm.zero_division("integer division or modulo by zero"));
    }
    if let Value::Float(y) = b {
        if y.get() == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
    }
    let q = vm.binary_op(a, b, crate::syntax::ast::BinOp::FloorDiv)?;
    let r = vm.binary_op(a, b, crate::syntax::ast::BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let m = args.take_kw("mod");
    args.check_count(vm, "pow", 2, 3)?;
    let m = m
        .or_else(|| args.args.get(2).cloned())
        .filter(|v| !v.is_none());
    let Some(m) = m else {
        return vm.binary_op(&args.args[0], &args.args[1], crate::syntax::ast::BinOp::Pow);
    };
    let (Some(base), Some(exp), Some(modulus)) = (
        crate::objects::int::to_bigint(&args.args[0]),
        crate::objects::int::to_bigint(&args.args[1]),
        crate::objects::int::to_bigint(&m),
    ) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    use num_traits::{Signed, Zero};
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if exp.is_negative() {
        match modinv(&base, &modulus) {
            Some(inv) => inv.modpow(&(-exp), &modulus.abs()),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        base.modpow(&exp, &modulus.abs())
    };
    let r = if modulus.is_negative() && !r.is_zero() {
        r + modulus
    } else {
        r
    };
    Ok(crate::objects::int::normalize(r))
}

fn modinv(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(&m))
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
                    if let Some(d) = crate::vm::attr::instance_dict(v) {
                        add(&d.borrow());
                    }
                    let cls = vm.type_of(v);
                    for c in full_mro(&cls) {
                        add(&class_data(&c).dict.borrow());
                    }
                }
            }
        }
    }
    names.sort();
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
    if matches!(seq.payload(), Some(Payload::Instance(_))) {
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
            | Payload::Bytes(_),
        ) => seq,
        Some(Payload::Instance(_))
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

/// `type(name, bases, dict)` creates a class; `type(x)` is handled by the call machinery.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = args.args[0].as_str().unwrap_or("?").to_string();
    let bases = vm.collect(&args.args[1])?;
    let mut ns = match args.args[2].payload() {
        Some(Payload::Dict(d)) => d.borrow().clone(),
        _ => return Err(vm.type_error("type.__new__() argument 3 must be dict")),
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
    make_class(vm, &name, bases, ns)
}

/// `super()` with no arguments reads the caller's `__class__` cell and first argument.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = match args.args.len() {
        2 => (args.args[0].clone(), args.args[1].clone()),
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
            let is_class = matches!(obj.payload(), Some(Payload::Class(_)));
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

/// `__build_class__(body, name, *bases, **keywords)`: run the class body in a fresh namespace,
/// then create the class.
fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let metaclass = args.take_kw("metaclass");
    let body = args.args[0].clone();
    let name = args.args[1].as_str().unwrap_or("?").to_string();
    let bases: Vec<Value> = args.args[2..].to_vec();
    let Some(Payload::Function(f)) = body.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let ns = crate::objects::ObjRef::new(crate::objects::Obj {
        payload: Payload::Dict(std::cell::RefCell::new(Dict::new())),
    });
    let mut frame = vm.make_frame(f, &[], &[])?;
    frame.namespace = Some(ns.clone());
    vm.run_frame(frame)?;
    let dict = match &ns.payload {
        Payload::Dict(d) => d.borrow().clone(),
        _ => Dict::new(),
    };
    if let Some(meta) = metaclass.filter(|m| !m.is(&Value::Obj(vm.types().type_.clone()))) {
        return vm.call(
            &meta,
            vec![Value::str(name), Value::tuple(bases), Value::dict(dict)],
        );
    }
    make_class(vm, &name, bases, dict)
}

fn make_class(vm: &mut Vm, name: &str, bases: Vec<Value>, mut dict: Dict) -> PyResult<Value> {
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
            && bd.constructor.get().is_none()
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
    let classcell = vm.names().__classcell__.clone();
    let cell = dict.remove_str(&classcell);
    // `__qualname__` from the class body becomes the class's own attribute, not a dict entry.
    let qualname = dict
        .remove_str(&vm.names().__qualname__.clone())
        .and_then(|q| q.as_str().map(String::from));
    crate::objects::weakref::add_weakref_descriptor(vm, &mut dict, &mro);
    let has_del = dict.get_str(&vm.names().__del__).is_some()
        || mro.iter().any(|c| class_data(c).has_finalizer.get());
    let cls = new_class(name, base_classes, mro, dict, kind);
    class_data(&cls).has_finalizer.set(has_del);
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
            match f.payload() {
                Some(Payload::ClassMethod(inner)) => {
                    let inner = inner.clone();
                    vm.call(&inner, vec![cls_value.clone()])?;
                }
                Some(Payload::Function(_)) => {
                    vm.call(&f, vec![cls_value.clone()])?;
                }
                _ => {}
            }
        }
    }
    Ok(cls_value)
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
