//! `slice`: the `start:stop:step` object subscripts receive.

use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

fn part(v: &Value, which: usize) -> Value {
    match v.payload() {
        Some(Payload::Slice(a, b, c)) => [a, b, c][which].clone(),
        _ => Value::None,
    }
}

fn start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(part(v, 0))
}

fn stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(part(v, 1))
}

fn step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(part(v, 2))
}

/// `slice.indices(length)`
fn indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "indices", 2, 2)?;
    let len = vm.to_index(&args.args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = vm.slice_indices(&args.args[0], len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(s.start),
        Value::Int(s.stop),
        Value::Int(s.step),
    ]))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().slice.clone();
    super::class::add_getset(vm, &cls, "start", start);
    super::class::add_getset(vm, &cls, "stop", stop);
    super::class::add_getset(vm, &cls, "step", step);
    vm.add_method(&cls, "slice", "indices", indices);
}
