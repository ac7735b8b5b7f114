//! `gc`: the script's window on the cycle collector (`runtime::gc`), with CPython 3.11's API and
//! messages. Collections themselves run in `vm::finalizers` (callbacks, trace slice).

use crate::objects::{Args, ObjRef, PyResult, Value};
use crate::runtime::gc::{self, NUM_GENERATIONS};
use crate::vm::{dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("gc");
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_objects", get_objects),
        ("get_stats", get_stats),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("set_debug", set_debug),
        ("get_debug", get_debug),
    ];
    for (name, f) in functions {
        vm.add_function(&d, "gc", name, *f);
    }
    dict_set_str(&d, vm.intern("garbage"), Value::list(Vec::new()));
    dict_set_str(&d, vm.intern("callbacks"), Value::list(Vec::new()));
    for (name, flag) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        dict_set_str(&d, vm.intern(name), Value::Int(flag));
    }
    Ok(m)
}

fn int_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            let _ = fname;
            Err(vm.type_error(msg))
        }
    }
}

fn collect(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kw = args.take_kw("generation");
    args.no_kwargs(vm, "collect")?;
    args.check_count(vm, "collect", 0, 1)?;
    let generation = match args.args.first().cloned().or(kw) {
        Some(v) => int_arg(vm, &v, "collect")?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&generation) {
        return Err(vm.new_exception("ValueError", "invalid generation"));
    }
    Ok(Value::from(vm.collect_garbage(generation as usize)))
}

fn enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "enable")?;
    gc::update(|st| st.enabled = true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "disable")?;
    gc::update(|st| st.enabled = false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "isenabled")?;
    Ok(Value::bool(gc::read(|st| st.enabled)))
}

fn get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "get_count")?;
    let count = gc::read(|st| st.count);
    Ok(Value::tuple(
        count.iter().map(|&c| Value::from(c)).collect(),
    ))
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "get_threshold")?;
    let threshold = gc::read(|st| st.threshold);
    Ok(Value::tuple(
        threshold.iter().map(|&c| Value::from(c)).collect(),
    ))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "set_threshold")?;
    args.check_count(vm, "set_threshold", 1, 3)?;
    let mut values = Vec::new();
    for v in &args.args {
        // CPython stores C ints; a negative threshold behaves as zero (never triggers).
        values.push(int_arg(vm, v, "set_threshold")?.max(0) as usize);
    }
    gc::update(|st| {
        for (i, v) in values.into_iter().enumerate() {
            st.threshold[i] = v;
        }
    });
    Ok(Value::None)
}

fn get_objects(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kw = args.take_kw("generation");
    args.no_kwargs(vm, "get_objects")?;
    args.check_count(vm, "get_objects", 0, 1)?;
    let generation = match args.args.first().cloned().or(kw) {
        None | Some(Value::None) => None,
        Some(v) => match int_arg(vm, &v, "get_objects")? {
            // CPython reads -1 as "no generation given".
            -1 => None,
            g if g < 0 => {
                return Err(
                    vm.new_exception("ValueError", "generation parameter cannot be negative")
                )
            }
            g if g >= NUM_GENERATIONS as i64 => return Err(vm.new_exception(
                "ValueError",
                "generation parameter must be less than the number of available generations (3)",
            )),
            g => Some(g as usize),
        },
    };
    let objects = gc::objects(generation);
    Ok(Value::list(objects.into_iter().map(Value::Obj).collect()))
}

fn get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "get_stats")?;
    let stats = gc::read(|st| st.stats);
    let mut out = Vec::new();
    for s in stats {
        let mut d = crate::objects::Dict::new();
        d.set_str(Value::str("collections"), Value::from(s.collections));
        d.set_str(Value::str("collected"), Value::from(s.collected));
        d.set_str(Value::str("uncollectable"), Value::from(s.uncollectable));
        out.push(Value::dict(d));
    }
    Ok(Value::list(out))
}

/// CPython's functions without parameters refuse any.
fn no_arguments(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<()> {
    args.no_kwargs(vm, &format!("{}()", fname))?;
    args.check_count(vm, fname, 0, 0)
}

fn one_object(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    args.no_kwargs(vm, fname)?;
    args.check_count(vm, fname, 1, 1)?;
    Ok(args.args[0].clone())
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_object(vm, &args, "is_tracked")?;
    Ok(Value::bool(match &v {
        Value::Obj(o) => ObjRef::header(o).is_tracked(),
        _ => false,
    }))
}

fn is_finalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_object(vm, &args, "is_finalized")?;
    Ok(Value::bool(match &v {
        Value::Obj(o) => ObjRef::header(o).is_finalized(),
        _ => false,
    }))
}

fn get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referents")?;
    let mut out = Vec::new();
    for v in &args.args {
        if let Value::Obj(o) = v {
            // CPython looks into objects of the types its collector knows, tracked or not.
            if gc::is_container(&o.payload) {
                out.extend(gc::referents(o));
            }
        }
    }
    Ok(Value::list(out))
}

fn get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referrers")?;
    let targets: Vec<ObjRef> = args
        .args
        .iter()
        .filter_map(|v| v.as_obj().cloned())
        .collect();
    let mut out = Vec::new();
    if !targets.is_empty() {
        for o in gc::objects(None) {
            if targets.iter().any(|t| gc::refers_to(&o, t)) {
                out.push(Value::Obj(o));
            }
        }
    }
    Ok(Value::list(out))
}

fn freeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "freeze")?;
    gc::freeze();
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "unfreeze")?;
    gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "get_freeze_count")?;
    Ok(Value::from(gc::freeze_count()))
}

fn set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_object(vm, &args, "set_debug")?;
    let flags = int_arg(vm, &v, "set_debug")?;
    gc::update(|st| st.debug = flags);
    Ok(Value::None)
}

fn get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, &args, "get_debug")?;
    Ok(Value::Int(gc::read(|st| st.debug)))
}
