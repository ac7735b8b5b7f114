//! Ctrl-C: the SIGINT handler only sets a flag and the eval breaker; the eval loop raises
//! `KeyboardInterrupt` at its next periodic check, in the main thread, as CPython does.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static BREAKER: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
    let b = BREAKER.load(Ordering::SeqCst);
    if !b.is_null() {
        // Storing to an atomic is async-signal-safe.
        // SAFETY: `b` points at the eval breaker of the interpreter leaked at start-up.
        unsafe { (*b).store(true, Ordering::SeqCst) };
    }
}

/// Install the SIGINT handler; `breaker` is the flag the eval loop checks.
pub fn install(breaker: &'static AtomicBool) {
    BREAKER.store(
        breaker as *const AtomicBool as *mut AtomicBool,
        Ordering::SeqCst,
    );
    // `signal` is called once, before any other thread exists.
    // SAFETY: installing a handler that only touches atomics is sound.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Consume a pending Ctrl-C.
pub fn take_interrupt() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// `_thread.interrupt_main()`: behave as if Ctrl-C was pressed.
pub fn simulate_interrupt(breaker: &std::sync::atomic::AtomicBool) {
    INTERRUPTED.store(true, Ordering::SeqCst);
    breaker.store(true, Ordering::SeqCst);
}
