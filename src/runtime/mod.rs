//! The runtime beneath the VM: the GIL and thread hand-offs (`gil`, `thread`), signals, freeing
//! and finalizers; the cycle collector and the trace recorder slot in here.

pub mod deadlock;
pub mod finalize;
pub mod gil;
pub mod signals;
pub mod thread;

use std::sync::OnceLock;

static GIL: OnceLock<gil::Gil> = OnceLock::new();

/// The interpreter's GIL (one per process), made at start-up by `init_gil`.
pub fn gil() -> &'static gil::Gil {
    GIL.get_or_init(gil::Gil::new)
}

/// Create the GIL with the interpreter's eval breaker, so drop requests reach the eval loop.
pub fn init_gil(breaker: &'static std::sync::atomic::AtomicBool) {
    let _ = GIL.set(gil::Gil::new().with_breaker(breaker));
}
