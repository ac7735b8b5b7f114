//! `tuple`: an immutable vector of values.

use super::class::NativeFn;
use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

fn items(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<Value>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => Ok(t.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for 'tuple' objects doesn't apply to this object",
            name
        ))),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "count")?;
    args.check_count(vm, "count", 2, 2)?;
    let mut n = 0;
    for x in &t {
        if vm.eq(x, &args.args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "index")?;
    args.check_count(vm, "index", 2, 4)?;
    for (i, x) in t.iter().enumerate() {
        if vm.eq(x, &args.args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "tuple")?;
    args.check_count(vm, "tuple", 0, 1)?;
    match args.args.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(v) if matches!(v.payload(), Some(Payload::Tuple(_))) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().tuple.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, NativeFn)] = &[("count", count), ("index", index)];
    for (name, f) in methods {
        vm.add_method(&cls, "tuple", name, *f);
    }
}
