//! Handing Python objects to a new OS thread.
//!
//! Object handles are `Rc` and `!Send`, so the type system forbids moving them between threads.
//! Starting a thread is the one place that must: the target function and its arguments go from
//! the creating thread to the new one. `SendBox` is the one wrapper that allows it.

/// Values moved to a new thread that touches them only after taking the GIL.
pub struct SendBox<T>(T);

impl<T> SendBox<T> {
    /// Wrap values for a new thread. The creating thread must give up every use of them (they
    /// are moved in) and the receiving thread must hold the GIL before `into_inner`.
    pub fn new(value: T) -> SendBox<T> {
        SendBox(value)
    }

    /// Unwrap on the new thread, which must hold the GIL.
    pub fn into_inner(self) -> T {
        self.0
    }
}

// The contents are reachable only through `into_inner`, which the receiving thread calls while
// holding the GIL; every other reference to the same objects is touched only under the GIL too.
// The GIL's mutex gives the happens-before edges that make the plain reference counts sound.
// SAFETY: the GIL serializes every access to the contents.
unsafe impl<T> Send for SendBox<T> {}
