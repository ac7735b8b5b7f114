//! Freeing objects: deep structures are freed iteratively, and `__del__` runs soon after the last
//! reference goes away.
//!
//! Dropping an object drops what it holds, which can drop what those hold, and so on: a linked list
//! a million nodes long would recurse a million Rust frames deep. `Obj`'s `Drop` counts the
//! nesting and, past `MAX_DROP_DEPTH`, parks payloads in a queue that the outermost drop empties in
//! a loop (CPython's "trashcan").
//!
//! An instance whose class defines `__del__` cannot run Python code from inside `Drop` (there is
//! no VM at hand, and the count is already zero). Its state moves into a fresh object queued
//! here, the eval breaker is raised, and the eval loop's periodic check calls `__del__` on it
//! before the next call or backward jump: at once as far as a script can tell.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

use crate::objects::{Payload, Value};

const MAX_DROP_DEPTH: usize = 200;

thread_local! {
    static DROP_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Payload>> = const { RefCell::new(Vec::new()) };
    static PENDING_FINALIZERS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

static BREAKER: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

/// Remember the interpreter's eval breaker, raised when a finalizer is queued.
pub fn install(breaker: &'static AtomicBool) {
    BREAKER.store(
        breaker as *const AtomicBool as *mut AtomicBool,
        Ordering::SeqCst,
    );
}

fn raise_breaker() {
    let b = BREAKER.load(Ordering::Relaxed);
    if !b.is_null() {
        // SAFETY: `b` points at the leaked interpreter's eval breaker, alive for the process.
        unsafe { (*b).store(true, Ordering::Relaxed) };
    }
}

/// Called from `Obj::drop` with the payload taken out of the dying object.
pub fn release(payload: Payload) {
    let payload = match payload {
        Payload::Instance(inst)
            if crate::objects::class::class_data(&inst.class)
                .has_finalizer
                .get() =>
        {
            // Give `__del__` a live object with the same class and attributes.
            let revived = Value::obj(Payload::Instance(crate::objects::class::Instance {
                class: inst.class.clone(),
                dict_obj: inst.dict_obj.clone(),
                exc: inst
                    .exc
                    .as_ref()
                    .map(|e| Box::new(RefCell::new(e.borrow().clone()))),
                base: inst.base.clone(),
            }));
            PENDING_FINALIZERS.with(|q| q.borrow_mut().push(revived));
            raise_breaker();
            Payload::Instance(inst)
        }
        other => other,
    };
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

/// Take the objects waiting for `__del__`.
pub fn take_pending() -> Vec<Value> {
    PENDING_FINALIZERS.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
