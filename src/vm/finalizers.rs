//! The Python code dying objects leave behind, run by the VM: `__del__` and weak reference
//! callbacks queued by `runtime::finalize`, and the cycle collector's runs (`runtime::gc`) with
//! the `gc.callbacks` hooks and the trace slice around them.
//!
//! All of it runs at a periodic check or from `gc.collect()`: between instructions, never inside
//! a decrement, so no Rust code up the stack holds a borrow the Python code could trip on. An
//! exception escaping a finalizer or callback is reported as CPython reports it ("Exception
//! ignored in: ...") and swallowed.

use super::Vm;
use crate::objects::{ObjRef, Value};
use crate::runtime::finalize::PendingCall;

impl Vm {
    /// Run the `__del__` methods and weak reference callbacks queued since the last check.
    pub fn run_finalizers(&mut self) {
        loop {
            let pending = crate::runtime::finalize::take_pending();
            if pending.is_empty() {
                return;
            }
            for call in pending {
                match call {
                    PendingCall::Finalizer(obj) => self.call_del(&obj),
                    PendingCall::WeakrefCallback(callback, weakref) => {
                        self.call_weakref_callback(callback, weakref)
                    }
                }
            }
        }
    }

    /// `obj.__del__()`, its error reported and swallowed.
    pub fn call_del(&mut self, obj: &ObjRef) {
        let obj = Value::Obj(obj.clone());
        let del = self.names().__del__.clone();
        let Some(f) = self.lookup_special(&obj, &del) else {
            return;
        };
        if let Err(e) = self.call_unbound(&f, vec![obj.clone()]) {
            crate::stdlib::sys::write_unraisable(self, &f, &e);
        }
    }

    /// `callback(weakref)`, its error reported and swallowed.
    pub fn call_weakref_callback(&mut self, callback: Value, weakref: Value) {
        if let Err(e) = self.call(&callback, vec![weakref]) {
            crate::stdlib::sys::write_unraisable(self, &callback, &e);
        }
    }

    /// The automatic collection the eval breaker was raised for.
    pub fn collect_garbage_due(&mut self) {
        if let Some(generation) = crate::runtime::gc::generation_due() {
            self.collect_garbage(generation);
        }
    }

    /// Collect `generation`, with `gc.callbacks` told before and after, and a `gc` slice in the
    /// trace. Returns the number of unreachable objects found.
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        if !crate::runtime::gc::begin_collection() {
            return 0;
        }
        self.gc_callbacks("start", generation, 0, 0);
        let gil = crate::runtime::gil();
        let started = std::time::Instant::now();
        let found = {
            let vm = std::cell::RefCell::new(&mut *self);
            crate::runtime::gc::collect(
                generation,
                &mut |obj| vm.borrow_mut().call_del(obj),
                &mut |callback, weakref| vm.borrow_mut().call_weakref_callback(callback, weakref),
            )
        };
        gil.record_collection(self.thread_id, started, generation, found.unreachable);
        self.gc_callbacks("stop", generation, found.unreachable, found.uncollectable);
        crate::runtime::gc::end_collection();
        // Finalizers queued by what the collection freed run now, not at some later check.
        self.run_finalizers();
        found.unreachable + found.uncollectable
    }

    /// Call every function in `gc.callbacks` with `(phase, info)`, as CPython does.
    fn gc_callbacks(
        &mut self,
        phase: &str,
        generation: usize,
        collected: usize,
        uncollectable: usize,
    ) {
        let Some(callbacks) = self.gc_callbacks_list() else {
            return;
        };
        if callbacks.is_empty() {
            return;
        }
        let mut info = crate::objects::Dict::new();
        info.set_str(self.intern("generation"), Value::from(generation));
        info.set_str(self.intern("collected"), Value::from(collected));
        info.set_str(self.intern("uncollectable"), Value::from(uncollectable));
        let info = Value::dict(info);
        for f in callbacks {
            if let Err(e) = self.call(&f, vec![Value::str(phase), info.clone()]) {
                crate::stdlib::sys::write_unraisable(self, &f, &e);
            }
        }
    }

    /// `gc.callbacks`, if `gc` was imported.
    fn gc_callbacks_list(&mut self) -> Option<Vec<Value>> {
        let name = self.intern("gc");
        let module = super::dict_get_str(&self.interp.modules, &name)?;
        let dict = self.module_dict(&module)?;
        let callbacks = super::dict_get_str(&dict, &self.intern("callbacks"))?;
        match callbacks.payload() {
            Some(crate::objects::Payload::List(l)) => Some(l.borrow().clone()),
            _ => None,
        }
    }
}
