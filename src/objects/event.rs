//! `_thread._Event`: the flag and the wait queue behind `threading.Event`.
//!
//! CPython writes `Event` in Python over a `Condition` over a lock, so one `set()`/`wait()`
//! hand-over runs some thirty Python-level calls. gilt keeps `threading.Event` a Python class
//! (it can be subclassed, and its methods are where Python users expect them) but lets it
//! delegate to this native object: the flag sits behind a mutex shared with the waiting
//! closures, which block without the GIL. The semantics are CPython's: `wait()` returns True
//! when the flag was set (also if it was cleared again before the waiter woke), False on a
//! timeout, and a timeout of zero or less only reads the flag.
//!
//! An untimed wait is registered with the deadlock detector like a lock wait; the event counts
//! as "held" while its flag is clear.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::runtime::sync::{Condvar, Mutex};

use super::{Args, Payload, PyResult, Value};
use crate::objects::class::NativeFn;
use crate::runtime::gil::BlockReason;
use crate::vm::Vm;

#[derive(Default)]
pub struct EventState {
    /// (flag, times set): a waiter notices a `set()` even if a `clear()` follows at once.
    state: Mutex<(bool, u64)>,
    changed: Condvar,
}

impl EventState {
    pub fn is_set(&self) -> bool {
        self.state.lock().0
    }

    fn set(&self) {
        let mut state = self.state.lock();
        if !state.0 {
            state.0 = true;
            state.1 = state.1.wrapping_add(1);
            self.changed.notify_all();
        }
    }

    fn clear(&self) {
        self.state.lock().0 = false;
    }

    /// Wait (without the GIL) until the flag is set or `deadline` passes; whether it was set.
    fn wait(&self, deadline: Option<Instant>) -> bool {
        let mut state = self.state.lock();
        let seen = state.1;
        while !state.0 && state.1 == seen {
            match deadline {
                Some(d) => {
                    if self.changed.wait_until(&mut state, d).timed_out() {
                        return state.0 || state.1 != seen;
                    }
                }
                None => self.changed.wait(&mut state),
            }
        }
        true
    }
}

fn event_state<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Arc<EventState>> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Event(e)) => Ok(e),
        _ => Err(vm.type_error("descriptor requires a '_thread._Event' object")),
    }
}

fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "_Event")?;
    args.check_count(vm, "_Event", 0, 0)?;
    Ok(Value::obj(Payload::Event(Arc::new(EventState::default()))))
}

fn is_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(event_state(vm, args.args.first())?.is_set()))
}

fn set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    event_state(vm, args.args.first())?.set();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    event_state(vm, args.args.first())?.clear();
    Ok(Value::None)
}

/// `wait(timeout=None)`
fn wait(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let timeout_kw = args.take_kw("timeout");
    args.no_kwargs(vm, "wait()")?;
    args.check_count(vm, "wait", 1, 2)?;
    // As CPython's `Condition.wait`: `timeout > 0` decides whether to block at all (so a
    // timeout that cannot be compared fails as that comparison does).
    let timeout = match timeout_kw.or_else(|| args.args.get(1).cloned()) {
        None | Some(Value::None) => None,
        Some(t) => {
            let positive = vm.compare(&t, &Value::Int(0), crate::syntax::ast::CmpOp::Gt)?;
            if vm.truthy(&positive)? {
                Some(crate::objects::float::to_f64(vm, &t)?)
            } else {
                Some(0.0)
            }
        }
    };
    let state = event_state(vm, args.args.first())?;
    if state.is_set() {
        return Ok(Value::bool(true));
    }
    let deadline = match timeout {
        None => None,
        // Not positive: only look (CPython's Condition.wait does a non-blocking acquire).
        Some(t) if t <= 0.0 => return Ok(Value::bool(false)),
        Some(t) if t > 9.2e9 => return Err(vm.overflow_error("timeout value is too large")),
        Some(t) => Some(Instant::now() + Duration::from_secs_f64(t)),
    };
    let me = vm.thread_id.get();
    let watched = deadline.is_none();
    if watched {
        super::lock::begin_watched_wait(
            vm,
            crate::runtime::deadlock::AwaitedLock::Event(state.clone()),
        );
    }
    let waiting = state.clone();
    let got = vm.allow_threads(BlockReason::Event, move || waiting.wait(deadline));
    if watched {
        crate::runtime::deadlock::end_wait(me);
    }
    Ok(Value::bool(got))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().event.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, NativeFn)] =
        &[("is_set", is_set), ("set", set), ("clear", clear)];
    for (name, f) in methods {
        vm.add_method(&cls, "_Event", name, *f);
    }
    // A wait names the script line it blocks on (the deadlock report): it reads the caller.
    vm.add_method_with_caller(&cls, "_Event", "wait", wait);
}
