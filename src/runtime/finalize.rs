//! Freeing objects: deep structures are freed iteratively, and `__del__` runs soon after the last
//! reference goes away.
//!
//! Dropping an object drops what it holds, which can drop what those hold, and so on: a linked list
//! a million nodes long would recurse a million Rust frames deep. `Obj`'s `Drop` counts the
//! nesting and, past `MAX_DROP_DEPTH`, parks payloads in a queue that the outermost drop empties in
//! a loop (CPython's "trashcan").
//!
//! An instance whose class defines `__del__` cannot run Python code from inside a decrement
//! (there is no VM at hand, and the caller may hold borrows). `objects::handle` keeps it alive
//! instead (its count back at one, owned by the queue here), raises the eval breaker, and the
//! eval loop's periodic check calls `__del__` on the object itself before the next call or
//! backward jump: at once as far as a script can tell. Weak reference callbacks wait in the same
//! queue, in order.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

use crate::objects::{ObjRef, Payload, Value};

/// Python code a dying object left to run.
pub enum PendingCall {
    /// `__del__` of an object kept alive for it.
    Finalizer(ObjRef),
    /// A weak reference's callback, with the reference.
    WeakrefCallback(Value, Value),
}

const MAX_DROP_DEPTH: usize = 200;

thread_local! {
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Payload>> = const { RefCell::new(Vec::new()) };
    static PENDING: RefCell<Vec<PendingCall>> = const { RefCell::new(Vec::new()) };
}

static BREAKER: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

/// Remember the interpreter's eval breaker, raised when a finalizer is queued.
pub fn install(breaker: &'static AtomicBool) {
    BREAKER.store(
        breaker as *const AtomicBool as *mut AtomicBool,
        Ordering::SeqCst,
    );
}

pub fn raise_breaker() {
    let b = BREAKER.load(Ordering::Relaxed);
    if !b.is_null() {
        // SAFETY: `b` points at the leaked interpreter's eval breaker, alive for the process.
        unsafe { (*b).store(true, Ordering::Relaxed) };
    }
}

/// Queue `__del__` for an object whose count reached zero (the queue owns the handle).
pub fn queue_finalizer(obj: ObjRef) {
    PENDING.with(|q| q.borrow_mut().push(PendingCall::Finalizer(obj)));
    raise_breaker();
}

/// Queue a weak reference's callback.
pub fn queue_weakref_callback(callback: Value, weakref: Value) {
    PENDING.with(|q| {
        q.borrow_mut()
            .push(PendingCall::WeakrefCallback(callback, weakref))
    });
    raise_breaker();
}

/// Release a dead object's payload (called once its count reached zero).
pub fn release(payload: Payload) {
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth >= MAX_DROP_DEPTH {
        DEFERRED.with(|q| q.borrow_mut().push(payload));
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    drop(payload);
    if depth == 0 {
        // The outermost drop empties the parked payloads, one level at a time.
        while let Some(p) = DEFERRED.with(|q| q.borrow_mut().pop()) {
            drop(p);
        }
    }
    DROP_DEPTH.with(|d| d.set(depth));
}

/// Whether this thread has calls waiting to run.
pub fn has_pending() -> bool {
    PENDING.with(|q| !q.borrow().is_empty())
}

/// Take the calls waiting to run.
pub fn take_pending() -> Vec<PendingCall> {
    PENDING.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
