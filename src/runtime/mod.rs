//! The runtime beneath the VM: the GIL and thread hand-offs (`gil`, `thread`), signals, freeing
//! and finalizers, the cycle collector (`gc`) and the trace recorder.

pub mod deadlock;
pub mod finalize;
pub mod fork;
pub mod gc;
pub mod gil;
pub mod signals;
pub mod sync;
pub mod thread;
pub mod trace;

use std::sync::OnceLock;

static GIL: OnceLock<gil::Gil> = OnceLock::new();

/// The interpreter's GIL (one per process), made at start-up by `init_gil`.
pub fn gil() -> &'static gil::Gil {
    GIL.get_or_init(gil::Gil::new)
}

static TRACE: OnceLock<std::sync::Arc<trace::TraceRecorder>> = OnceLock::new();

/// Create the GIL with the interpreter's eval breaker, so drop requests reach the eval loop, and
/// with the trace recorder when `--trace` or `--trace-summary` asked for one.
pub fn init_gil(breaker: &'static std::sync::atomic::AtomicBool, tracing: bool) {
    let mut gil = gil::Gil::new().with_breaker(breaker);
    if tracing {
        let recorder = std::sync::Arc::new(trace::TraceRecorder::new());
        let _ = TRACE.set(recorder.clone());
        gil = gil.with_recorder(recorder);
    }
    let _ = GIL.set(gil);
}

/// The trace recorder, when tracing.
pub fn trace() -> Option<&'static std::sync::Arc<trace::TraceRecorder>> {
    TRACE.get()
}
