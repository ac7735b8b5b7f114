//! `_thread`: the low-level thread module CPython also has; `threading` is written on top of it.
//!
//! A new thread is a real OS thread. It starts by taking the GIL, gets its own `Vm` (frame stack,
//! handled exception) over the shared interpreter, runs its function, drops every object it held,
//! and releases the GIL for good. The function and its arguments cross into it in a `SendBox`,
//! the one place handles move between threads.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::objects::{Args, PyResult, Value};
use crate::runtime::gil::ThreadId;
use crate::runtime::thread::SendBox;
use crate::vm::{dict_set_str, Vm};

/// Threads started by `start_new_thread` and still running (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Stack reserved for each new thread: nested eval loops (native code calling Python) need room
/// before `MAX_NATIVE_DEPTH` stops them.
const THREAD_STACK: usize = 256 << 20;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_thread");
    vm.add_function(&d, "_thread", "start_new_thread", start_new_thread);
    vm.add_function(&d, "_thread", "start_new", start_new_thread);
    vm.add_function(&d, "_thread", "allocate_lock", allocate_lock);
    vm.add_function(&d, "_thread", "allocate", allocate_lock);
    vm.add_function(&d, "_thread", "get_ident", get_ident);
    vm.add_function(&d, "_thread", "get_native_id", get_native_id);
    vm.add_function(&d, "_thread", "exit", exit);
    vm.add_function(&d, "_thread", "exit_thread", exit);
    vm.add_function(&d, "_thread", "interrupt_main", interrupt_main);
    vm.add_function(&d, "_thread", "_count", count);
    vm.add_function(&d, "_thread", "stack_size", stack_size);
    vm.add_function(&d, "_thread", "_main_ident", main_ident);
    vm.add_function(&d, "_thread", "_format_exception", format_exception);
    vm.add_function(&d, "_thread", "_set_thread_name", set_thread_name);
    let t = vm.types();
    dict_set_str(&d, vm.intern("LockType"), Value::Obj(t.lock.clone()));
    dict_set_str(&d, vm.intern("lock"), Value::Obj(t.lock.clone()));
    dict_set_str(&d, vm.intern("RLock"), Value::Obj(t.rlock.clone()));
    dict_set_str(&d, vm.intern("_Event"), Value::Obj(t.event.clone()));
    dict_set_str(
        &d,
        vm.intern("error"),
        Value::Obj(t.exception("RuntimeError")),
    );
    dict_set_str(&d, vm.intern("TIMEOUT_MAX"), Value::float(9223372036.0));
    Ok(m)
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "start_new_thread")?;
    args.check_count(vm, "start_new_thread", 2, 3)?;
    let func = args.args[0].clone();
    if !crate::stdlib::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Some(crate::objects::Payload::Tuple(call_args)) = args.args[1].payload() else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let call_args = call_args.clone();
    let kwargs = match args.args.get(2) {
        None => Vec::new(),
        Some(v) => match v.payload() {
            Some(crate::objects::Payload::Dict(d)) => d.borrow().items(),
            _ => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        },
    };
    let id = ThreadId::fresh();
    let interp = vm.interp;
    let payload = SendBox::new((func, call_args, kwargs));
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || run_thread(interp, id, payload));
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(vm.runtime_error("can't start new thread"));
    }
    Ok(Value::Int(id.get() as i64))
}

type ThreadStart = (Value, Vec<Value>, Vec<(Value, Value)>);

/// The body of every thread gilt starts.
fn run_thread(interp: &'static crate::vm::Interp, id: ThreadId, payload: SendBox<ThreadStart>) {
    let gil = crate::runtime::gil();
    gil.take(id);
    crate::runtime::deadlock::thread_started(id.get(), None);
    let mut vm = Vm::for_thread(interp, id);
    let (func, args, kwargs) = payload.into_inner();
    let result = vm.call_args(&func, Args { args, kwargs });
    if let Err(e) = result {
        if !vm.err_matches(&e, "SystemExit") {
            // What CPython prints for an exception escaping a `_thread` function.
            let what = vm.repr(&func).unwrap_or_default();
            let text = vm.format_exception(&e.0);
            crate::stdlib::io::write_stderr(&format!(
                "Unhandled exception in thread started by {}\n{}",
                what, text
            ));
        }
    }
    drop(func);
    vm.run_finalizers();
    drop(vm);
    // What the VM's own state held and queued for `__del__` goes now, under the GIL (a
    // thread-local queue would otherwise be dropped after the GIL is released for good).
    loop {
        let left = crate::runtime::finalize::take_pending();
        if left.is_empty() {
            break;
        }
        drop(left);
    }
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    crate::runtime::deadlock::thread_exited(id.get());
    gil.release_for_exit(id);
}

/// In a forked child: the threads `start_new_thread` started stayed in the parent.
pub fn after_fork_child() {
    RUNNING.store(0, Ordering::SeqCst);
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "allocate_lock", 0, 0)?;
    Ok(crate::objects::lock::new_lock())
}

fn get_ident(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "get_ident", 0, 0)?;
    Ok(Value::Int(vm.thread_id.get() as i64))
}

fn main_ident(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_main_ident", 0, 0)?;
    Ok(Value::Int(vm.interp.main_thread().get() as i64))
}

fn get_native_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "get_native_id", 0, 0)?;
    // SAFETY: gettid has no preconditions and cannot fail.
    let tid = unsafe { libc::gettid() };
    Ok(Value::Int(tid as i64))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "exit", 0, 0)?;
    Err(vm.new_exception_args("SystemExit", vec![]))
}

fn interrupt_main(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "interrupt_main", 0, 1)?;
    crate::runtime::signals::simulate_interrupt(&vm.interp.eval_breaker);
    Ok(Value::None)
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "stack_size", 0, 1)?;
    Ok(Value::Int(0))
}

/// `_thread._set_thread_name(name)`: `threading` names the OS thread it runs on, for the trace
/// and the deadlock report (which then need not ask Python).
fn set_thread_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_set_thread_name", 1, 1)?;
    let name = vm.str(&args.args[0])?;
    if let Some(t) = crate::runtime::trace() {
        t.name_thread(vm.thread_id, name.clone());
    }
    crate::runtime::deadlock::thread_started(vm.thread_id.get(), Some(name));
    Ok(Value::None)
}

/// The report an uncaught exception gets (traceback and chain), as text: for
/// `threading.excepthook`.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_format_exception", 1, 1)?;
    match &args.args[0] {
        Value::Obj(o) => Ok(Value::str(vm.format_exception(o))),
        _ => Ok(Value::str("")),
    }
}
