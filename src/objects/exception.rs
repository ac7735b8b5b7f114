//! Exception state carried by instances of `BaseException` and its subclasses: the arguments, the
//! traceback gathered while the exception unwinds, and the chaining links (`__cause__`,
//! `__context__`, `__suppress_context__`).

use std::rc::Rc;

use super::Value;
use crate::vm::frame::CodeObj;

/// One traceback line: the code that was running and where.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<CodeObj>,
    /// Index of the instruction that raised (or called what raised).
    pub ip: usize,
    /// The frame's globals, for `tb_frame.f_globals`: not counted, so a traceback kept in a
    /// module's namespace makes no cycle through it (the collector cannot see inside the
    /// entries, which traceback objects share).
    pub globals: super::handle::WeakObj,
}

pub fn traceback_entry(code: Rc<CodeObj>, globals: &super::ObjRef, ip: usize) -> TracebackEntry {
    TracebackEntry {
        code,
        ip,
        globals: super::ObjRef::downgrade(globals),
    }
}

#[derive(Clone, Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    /// Innermost frame last, as printed.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// For a NameError: the names in scope where it was raised (locals, globals, builtins), for
    /// the traceback's "Did you mean" suggestion.
    pub suggestion_scopes: Vec<Vec<String>>,
    /// For an exception group: its message and exceptions (`objects::exception_group`).
    pub group: Option<super::exception_group::GroupParts>,
}

// ----- BaseException's methods and attributes -------------------------------------------------

use super::{Args, Payload, PyResult};
use crate::vm::Vm;

fn state(v: &Value) -> Option<&std::cell::RefCell<ExcState>> {
    match v.payload()? {
        Payload::Instance(i) => i.exc.as_deref(),
        _ => None,
    }
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(
            vm.type_error("descriptor '__init__' of 'BaseException' object needs an argument")
        );
    };
    if let Some(st) = state(this) {
        st.borrow_mut().args = args.args[1..].to_vec();
    }
    Ok(Value::None)
}

fn get_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::tuple(
        state(v)
            .map(|s| s.borrow().args.clone())
            .unwrap_or_default(),
    ))
}

fn set_args(vm: &mut Vm, v: &Value, args: Value) -> PyResult<()> {
    let items = vm.collect(&args)?;
    if let Some(st) = state(v) {
        st.borrow_mut().args = items;
    }
    Ok(())
}

fn get_cause(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(state(v)
        .and_then(|s| s.borrow().cause.clone())
        .unwrap_or(Value::None))
}

fn set_cause(_vm: &mut Vm, v: &Value, c: Value) -> PyResult<()> {
    if let Some(st) = state(v) {
        let mut st = st.borrow_mut();
        st.cause = if c.is_none() { None } else { Some(c) };
        st.suppress_context = true;
    }
    Ok(())
}

fn get_context(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(state(v)
        .and_then(|s| s.borrow().context.clone())
        .unwrap_or(Value::None))
}

fn set_context(_vm: &mut Vm, v: &Value, c: Value) -> PyResult<()> {
    if let Some(st) = state(v) {
        st.borrow_mut().context = if c.is_none() { None } else { Some(c) };
    }
    Ok(())
}

fn get_suppress(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(
        state(v)
            .map(|s| s.borrow().suppress_context)
            .unwrap_or(false),
    ))
}

fn set_suppress(vm: &mut Vm, v: &Value, s: Value) -> PyResult<()> {
    let b = vm.truthy(&s)?;
    if let Some(st) = state(v) {
        st.borrow_mut().suppress_context = b;
    }
    Ok(())
}

fn get_traceback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(traceback_object(v))
}

/// The traceback object of an exception (None before it was raised).
pub fn traceback_object(v: &Value) -> Value {
    let entries = state(v)
        .map(|s| s.borrow().traceback.clone())
        .unwrap_or_default();
    if entries.is_empty() {
        return Value::None;
    }
    Value::obj(Payload::Traceback(Rc::new(entries), 0))
}

fn tb_parts(v: &Value) -> Option<(&Rc<Vec<TracebackEntry>>, usize)> {
    match v.payload()? {
        Payload::Traceback(entries, i) => Some((entries, *i)),
        _ => None,
    }
}

fn tb_lineno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match tb_parts(v) {
        Some((entries, i)) => Value::Int(entries[i].code.line_at(entries[i].ip) as i64),
        None => Value::None,
    })
}

fn tb_lasti(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match tb_parts(v) {
        Some((entries, i)) => Value::Int(entries[i].ip as i64 * 2),
        None => Value::None,
    })
}

fn tb_next(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match tb_parts(v) {
        Some((entries, i)) if i + 1 < entries.len() => {
            Value::obj(Payload::Traceback(entries.clone(), i + 1))
        }
        _ => Value::None,
    })
}

/// The frame of a traceback entry, rebuilt from what the entry keeps (see `objects::frame`).
fn tb_frame(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match tb_parts(v) {
        Some((entries, i)) => super::frame::traceback_frame(entries, i),
        None => Value::None,
    })
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "with_traceback", 2, 2)?;
    Ok(args.args[0].clone())
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(crate::vm::repr::exception_str(vm, &this)?))
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&this);
    let name = super::class::class_data(&cls).name.clone();
    let a = crate::vm::repr::exception_args(&this);
    let inner = if a.len() == 1 {
        vm.repr(&a[0])?
    } else {
        let parts: PyResult<Vec<String>> = a.iter().map(|x| vm.repr(x)).collect();
        parts?.join(", ")
    };
    Ok(Value::str(format!("{}({})", name, inner)))
}

fn stop_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(state(v)
        .and_then(|s| s.borrow().args.first().cloned())
        .unwrap_or(Value::None))
}

fn exit_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let args = state(v)
        .map(|s| s.borrow().args.clone())
        .unwrap_or_default();
    Ok(match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => Value::tuple(args),
    })
}

pub fn register(vm: &mut Vm) {
    let base = vm.types().base_exception.clone();
    vm.add_method(&base, "BaseException", "__init__", init);
    vm.add_method(&base, "BaseException", "with_traceback", with_traceback);
    vm.add_method(&base, "BaseException", "__str__", exc_str);
    vm.add_method(&base, "BaseException", "__repr__", exc_repr);
    super::class::add_getset_rw(vm, &base, "args", get_args, set_args);
    super::class::add_getset_rw(vm, &base, "__cause__", get_cause, set_cause);
    super::class::add_getset_rw(vm, &base, "__context__", get_context, set_context);
    super::class::add_getset_rw(
        vm,
        &base,
        "__suppress_context__",
        get_suppress,
        set_suppress,
    );
    super::class::add_getset(vm, &base, "__traceback__", get_traceback);
    let tb = vm.types().traceback.clone();
    super::class::add_getset(vm, &tb, "tb_lineno", tb_lineno);
    super::class::add_getset(vm, &tb, "tb_lasti", tb_lasti);
    super::class::add_getset(vm, &tb, "tb_next", tb_next);
    super::class::add_getset(vm, &tb, "tb_frame", tb_frame);
    let stop = vm.types().exception("StopIteration");
    super::class::add_getset(vm, &stop, "value", stop_value);
    let exit = vm.types().exception("SystemExit");
    super::class::add_getset(vm, &exit, "code", exit_code);
}
