//! `_thread.lock` and `_thread.RLock`: the locks `threading`, `queue` and everything above them
//! are built from, as in CPython.
//!
//! The lock's state lives outside the object graph, in an `Arc` shared with the blocking closure:
//! waiting happens without the GIL (`Vm::allow_threads`), and a closure that runs without the GIL
//! may hold no object handle. As CPython's `acquire_timed` does, an acquire first tries once
//! without blocking, so an uncontended lock never releases the GIL.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::runtime::sync::{Condvar, Mutex};

use super::class::NativeFn;
use super::{Args, Payload, PyResult, Value};
use crate::runtime::gil::BlockReason;
use crate::vm::Vm;

/// A plain lock: any thread may release it.
#[derive(Default)]
pub struct LockState {
    locked: Mutex<bool>,
    freed: Condvar,
    /// The thread that took it last, for the deadlock report (0: free).
    holder: std::sync::atomic::AtomicU64,
}

/// A reentrant lock: owned by one thread, counted.
#[derive(Default)]
pub struct RLockState {
    /// (owner thread id, count); owner 0 is nobody.
    owner: Mutex<(u64, u64)>,
    freed: Condvar,
}

impl LockState {
    fn try_acquire(&self) -> bool {
        let mut locked = self.locked.lock();
        if *locked {
            false
        } else {
            *locked = true;
            true
        }
    }

    /// Wait (without the GIL) until the lock is free or `deadline` passes.
    fn acquire_blocking(&self, deadline: Option<Instant>) -> bool {
        let mut locked = self.locked.lock();
        while *locked {
            match deadline {
                Some(d) => {
                    if self.freed.wait_until(&mut locked, d).timed_out() && *locked {
                        return false;
                    }
                }
                None => self.freed.wait(&mut locked),
            }
        }
        *locked = true;
        true
    }

    fn release(&self) -> bool {
        let mut locked = self.locked.lock();
        if !*locked {
            return false;
        }
        *locked = false;
        self.holder.store(0, std::sync::atomic::Ordering::Relaxed);
        self.freed.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }

    pub fn holder(&self) -> u64 {
        self.holder.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn set_holder(&self, thread: u64) {
        self.holder
            .store(thread, std::sync::atomic::Ordering::Relaxed);
    }
}

impl RLockState {
    fn try_acquire(&self, me: u64) -> bool {
        let mut owner = self.owner.lock();
        if owner.0 == 0 || owner.0 == me {
            owner.0 = me;
            owner.1 += 1;
            true
        } else {
            false
        }
    }

    fn acquire_blocking(&self, me: u64, deadline: Option<Instant>) -> bool {
        let mut owner = self.owner.lock();
        while owner.0 != 0 && owner.0 != me {
            match deadline {
                Some(d) => {
                    if self.freed.wait_until(&mut owner, d).timed_out() && owner.0 != 0 {
                        return false;
                    }
                }
                None => self.freed.wait(&mut owner),
            }
        }
        owner.0 = me;
        owner.1 += 1;
        true
    }

    pub fn owner(&self) -> (u64, u64) {
        *self.owner.lock()
    }
}

/// Parse `acquire(blocking=True, timeout=-1)` as CPython does.
fn acquire_args(vm: &mut Vm, args: &mut Args) -> PyResult<(bool, Option<Duration>)> {
    let blocking_kw = args.take_kw("blocking");
    let timeout_kw = args.take_kw("timeout");
    args.no_kwargs(vm, "acquire()")?;
    let blocking = match blocking_kw.or_else(|| args.args.get(1).cloned()) {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match timeout_kw.or_else(|| args.args.get(2).cloned()) {
        Some(t) => crate::objects::float::to_f64(vm, &t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    if timeout > 9.2e9 {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((
        blocking,
        if timeout >= 0.0 {
            Some(Duration::from_secs_f64(timeout))
        } else {
            None
        },
    ))
}

// Borrowed, not cloned: two threads handing a lock back and forth would otherwise bounce the
// `Arc`'s count between their cores on every call.
fn lock_state<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Arc<LockState>> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Lock(l)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

fn rlock_state<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Arc<RLockState>> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::RLock(l)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a '_thread.RLock' object")),
    }
}

pub fn new_lock() -> Value {
    Value::obj(Payload::Lock(Arc::new(LockState::default())))
}

fn lock_acquire(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(vm, &mut args)?;
    let state = lock_state(vm, args.args.first())?;
    let me = vm.thread_id.get();
    if state.try_acquire() {
        state.set_holder(me);
        return Ok(Value::bool(true));
    }
    if !blocking || timeout == Some(Duration::ZERO) {
        return Ok(Value::bool(false));
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    let watched = deadline.is_none();
    if watched {
        begin_watched_wait(
            vm,
            crate::runtime::deadlock::AwaitedLock::Lock(state.clone()),
        );
    }
    let waiting = state.clone();
    let got = vm.allow_threads(BlockReason::Lock, move || {
        waiting.acquire_blocking(deadline)
    });
    if watched {
        crate::runtime::deadlock::end_wait(me);
    }
    if got {
        state.set_holder(me);
    }
    Ok(Value::bool(got))
}

/// Tell the deadlock detector this thread is about to wait forever, naming it and the line.
pub(crate) fn begin_watched_wait(vm: &mut Vm, lock: crate::runtime::deadlock::AwaitedLock) {
    let id = vm.thread_id.get();
    // Asking Python for the thread's name is costly: once per thread is enough.
    let name = if crate::runtime::deadlock::knows_name(id) {
        None
    } else {
        Some(vm.thread_name())
    };
    let (file, line) = vm.current_location();
    crate::runtime::deadlock::begin_wait(
        id,
        name,
        crate::runtime::deadlock::Wait { lock, file, line },
    );
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = lock_state(vm, args.args.first())?;
    if !state.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(lock_state(vm, args.args.first())?.is_locked()))
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    lock_release(vm, Args::new(vec![this]))
}

pub fn new_rlock() -> Value {
    Value::obj(Payload::RLock(Arc::new(RLockState::default())))
}

fn rlock_acquire(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(vm, &mut args)?;
    let state = rlock_state(vm, args.args.first())?;
    let me = vm.thread_id.get();
    if state.try_acquire(me) {
        return Ok(Value::bool(true));
    }
    if !blocking || timeout == Some(Duration::ZERO) {
        return Ok(Value::bool(false));
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    let watched = deadline.is_none();
    if watched {
        begin_watched_wait(
            vm,
            crate::runtime::deadlock::AwaitedLock::RLock(state.clone()),
        );
    }
    let got = vm.allow_threads(BlockReason::Lock, move || {
        state.acquire_blocking(me, deadline)
    });
    if watched {
        crate::runtime::deadlock::end_wait(me);
    }
    Ok(Value::bool(got))
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = rlock_state(vm, args.args.first())?;
    let me = vm.thread_id.get();
    let mut owner = state.owner.lock();
    if owner.0 != me || owner.1 == 0 {
        drop(owner);
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    owner.1 -= 1;
    if owner.1 == 0 {
        owner.0 = 0;
        state.freed.notify_one();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    rlock_release(vm, Args::new(vec![this]))
}

fn rlock_is_owned(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (owner, count) = rlock_state(vm, args.args.first())?.owner();
    Ok(Value::bool(owner == vm.thread_id.get() && count > 0))
}

/// `Condition` support, as CPython's RLock has: release completely, returning the saved state.
fn rlock_release_save(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = rlock_state(vm, args.args.first())?;
    let mut owner = state.owner.lock();
    if owner.1 == 0 {
        drop(owner);
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let saved = Value::tuple(vec![Value::Int(owner.1 as i64), Value::Int(owner.0 as i64)]);
    *owner = (0, 0);
    state.freed.notify_one();
    Ok(saved)
}

/// Reacquire with the state `_release_save` returned.
fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_acquire_restore", 2, 2)?;
    let state = rlock_state(vm, args.args.first())?;
    let count = match args.args[1].payload() {
        Some(Payload::Tuple(t)) => match t.first() {
            Some(Value::Int(c)) => *c as u64,
            _ => 1,
        },
        _ => 1,
    };
    let me = vm.thread_id.get();
    if !state.try_acquire(me) {
        begin_watched_wait(
            vm,
            crate::runtime::deadlock::AwaitedLock::RLock(state.clone()),
        );
        let s = state.clone();
        vm.allow_threads(BlockReason::Lock, move || s.acquire_blocking(me, None));
        crate::runtime::deadlock::end_wait(me);
    }
    state.owner.lock().1 = count;
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    match repr_text(&this) {
        Some(s) => Ok(Value::str(s)),
        None => Err(vm.type_error("expected a lock")),
    }
}

/// `repr()` of a lock, as CPython shows it.
pub fn repr_text(this: &Value) -> Option<String> {
    let address = crate::vm::repr::address(this);
    Some(match this.payload() {
        Some(Payload::Lock(l)) => {
            let state = if l.is_locked() { "locked" } else { "unlocked" };
            format!("<{} _thread.lock object at {}>", state, address)
        }
        Some(Payload::RLock(r)) => {
            let (owner, count) = r.owner();
            let state = if count > 0 { "locked" } else { "unlocked" };
            format!(
                "<{} _thread.RLock object owner={} count={} at {}>",
                state, owner, count, address
            )
        }
        _ => return None,
    })
}

fn construct_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "lock", 0, 0)?;
    Ok(new_lock())
}

fn construct_rlock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "RLock", 0, 0)?;
    Ok(new_rlock())
}

pub fn register(vm: &mut Vm) {
    let lock = vm.types().lock.clone();
    let rlock = vm.types().rlock.clone();
    for (cls, ctor) in [
        (&lock, construct_lock as NativeFn),
        (&rlock, construct_rlock),
    ] {
        if let Payload::Class(cd) = &cls.payload {
            cd.constructor.set(Some(ctor));
        }
    }
    let lock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_exit),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__repr__", lock_repr),
    ];
    // Waits name the script line they block on (the deadlock report): they read the caller.
    for (name, f) in lock_methods {
        vm.add_method_with_caller(&lock, "lock", name, *f);
    }
    let rlock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", rlock_acquire),
        ("__enter__", rlock_acquire),
        ("release", rlock_release),
        ("__exit__", rlock_exit),
        ("_is_owned", rlock_is_owned),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("__repr__", lock_repr),
    ];
    for (name, f) in rlock_methods {
        vm.add_method_with_caller(&rlock, "RLock", name, *f);
    }
}
