//! The methods of `str`.

use super::class::NativeFn;
use super::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a str> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => Ok(s.as_str()),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'str' object", name))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?.to_string();
    args.check_count(vm, "str.join", 2, 2)?;
    let items = vm.collect(&args.args[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_str() {
            Some(s) => out.push_str(s),
            None => {
                let msg = format!("sequence item {}: expected str instance, {} found", i, vm.type_name(item));
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(Value::str(out))
}

pub fn register(vm: &mut Vm, cls: &ObjRef) {
    let methods: &[(&'static str, NativeFn)] = &[("join", join)];
    for (name, f) in methods {
        vm.add_method(cls, "str", name, *f);
    }
}
