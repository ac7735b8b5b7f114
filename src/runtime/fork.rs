//! Forking the interpreter: `os.fork`, and `multiprocessing` built on it.
//!
//! The child of a fork has one thread, the one that forked; every other thread exists only in the
//! parent. Whatever those threads had locked inside the runtime would stay locked in the child
//! forever, so the forking thread, which holds the GIL, also takes every runtime mutex another
//! thread could be inside without the GIL (the GIL's own two, the deadlock registry, the trace
//! recorder, the standard streams) before it forks, and releases them on both sides after. The
//! child then starts over: the GIL is held by the forking thread with nobody waiting, the thread
//! registries know only it, it becomes the main thread, and the trace recorder is frozen (the
//! trace belongs to the parent).
//!
//! Locks of Python code held by other threads at the fork stay held in the child, as in CPython;
//! `threading` resets its own (its `_after_fork`, called by `os.fork`).

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};

use crate::vm::Vm;

static FORKED_CHILD: AtomicBool = AtomicBool::new(false);

/// Forks made by this process so far (a child starts from its parent's count).
static FORKS: AtomicU64 = AtomicU64::new(0);

/// This process's id, read from the OS once and again in each child: a `multiprocessing` lock
/// compares it on every acquire and release, where a system call each time would be waste.
/// Only `fork` below makes new processes of this interpreter, so it is always current.
static PID: AtomicU32 = AtomicU32::new(0);

pub fn current_pid() -> u32 {
    match PID.load(Ordering::Relaxed) {
        0 => {
            let pid = std::process::id();
            PID.store(pid, Ordering::Relaxed);
            pid
        }
        pid => pid,
    }
}

/// Whether this process is a child forked by gilt (its trace is not written at exit).
pub fn in_forked_child() -> bool {
    FORKED_CHILD.load(Ordering::Relaxed)
}

/// How many times this process has forked: a primitive shared between processes, made when the
/// count was N, can be held by another process only if the count has moved past N since.
pub fn fork_count() -> u64 {
    FORKS.load(Ordering::Relaxed)
}

/// Fork the process. Returns the child's pid in the parent and 0 in the child, as `fork(2)`.
/// The caller holds the GIL (it has a `Vm`) and keeps it on both sides.
pub fn fork(vm: &mut Vm) -> std::io::Result<i64> {
    let me = vm.thread_id;
    let raw_fork = || {
        // The child of fork(2) runs only this thread. Every runtime mutex another thread may be
        // inside without the GIL is held by this thread across the call (the enclosing
        // `fork_holding` calls), and this thread holds the GIL, so no object is being touched by
        // any other thread. The child resets the state of the threads it lost before running
        // any Python code.
        // SAFETY: the child's memory is consistent and each lock it needs is free or its own.
        unsafe { libc::fork() as i64 }
    };
    let gil_fork = || crate::runtime::gil().fork_holding(me, raw_fork);
    let traced_fork = || match crate::runtime::trace() {
        Some(recorder) => recorder.fork_holding(gil_fork),
        None => gil_fork(),
    };
    let registry_fork = || crate::runtime::deadlock::fork_holding(me.get(), traced_fork);
    let pid = crate::stdlib::io::fork_holding_streams(registry_fork);
    match pid {
        -1 => Err(std::io::Error::last_os_error()),
        0 => {
            FORKED_CHILD.store(true, Ordering::Relaxed);
            PID.store(std::process::id(), Ordering::Relaxed);
            vm.interp.main_thread.store(me.get(), Ordering::Relaxed);
            crate::stdlib::_thread::after_fork_child();
            Ok(0)
        }
        child => {
            FORKS.fetch_add(1, Ordering::Relaxed);
            Ok(child)
        }
    }
}
