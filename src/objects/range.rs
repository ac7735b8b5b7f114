//! `range`: start, stop, step as i64 (ranges beyond i64 are not supported).

#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "range")?;
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    args.check_count(vm, "range", 1, 3)?;
    let mut ints = Vec::with_capacity(3);
    for a in &args.args {
        ints.push(vm.to_index(a)?);
    }
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::obj(Payload::Range(Range { start, stop, step })))
}

fn range_attr(vm: &mut Vm, v: &Value, which: u8) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Range(r)) => Ok(Value::Int(match which {
            0 => r.start,
            1 => r.stop,
            _ => r.step,
        })),
        _ => Err(vm.type_error("expected a range")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "index", 2, 2)?;
    if let (Some(Payload::Range(r)), Value::Int(x)) = (args.args[0].payload(), &args.args[1]) {
        for i in 0..r.len() {
            if r.get(i) == *x {
                return Ok(Value::Int(i));
            }
        }
    }
    let s = vm.repr(&args.args[1])?;
    Err(vm.value_error(format!("{} is not in range", s)))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "count", 2, 2)?;
    let r = vm.contains(&args.args[0], &args.args[1])?;
    Ok(Value::Int(r as i64))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().range.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    vm.add_method(&cls, "range", "index", index);
    vm.add_method(&cls, "range", "count", count);
    super::class::add_getset(vm, &cls, "start", |vm, v| range_attr(vm, v, 0));
    super::class::add_getset(vm, &cls, "stop", |vm, v| range_attr(vm, v, 1));
    super::class::add_getset(vm, &cls, "step", |vm, v| range_attr(vm, v, 2));
}
