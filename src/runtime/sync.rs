//! The mutex and condition variable under the GIL, the locks, the events and the runtime's
//! registries: the standard library's futex-based ones, behind the API shape of `parking_lot`
//! (`lock()` without a poison `Result`, `wait(&mut guard)`, `wait_for`, `wait_until`,
//! `MutexGuard::unlocked`).
//!
//! Why not `parking_lot` itself: gilt forks (`os.fork`, `multiprocessing`), and a forked child
//! keeps only the forking thread. `parking_lot` keeps its waiting threads in one global table and,
//! now and then, hands a released mutex directly to a waiter; in a child that waiter may be a
//! thread that exists only in the parent, and the mutex is then held forever (seen: the child's
//! first GIL hand-over spinning in `unpark_requeue`). A futex-based mutex and condition variable
//! keep all their state in their own word: a waiter left behind in the parent is only a count that
//! a wake-up finds nobody behind, and a released mutex is free, never handed over.
//!
//! Poisoning is ignored, as `parking_lot` has none: the data these guard stay consistent at every
//! point where code could panic.

use std::ops::{Deref, DerefMut};
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct Mutex<T> {
    inner: std::sync::Mutex<T>,
}

/// A held mutex. The inner guard is taken out only for the length of a wait or an `unlocked`
/// call, during which no one can reach this guard.
pub struct MutexGuard<'a, T> {
    mutex: &'a Mutex<T>,
    inner: Option<std::sync::MutexGuard<'a, T>>,
}

impl<T> Mutex<T> {
    pub const fn new(value: T) -> Mutex<T> {
        Mutex {
            inner: std::sync::Mutex::new(value),
        }
    }

    /// The guard if the mutex is free now, without waiting (the GIL's tests check exclusion
    /// with it).
    #[cfg(test)]
    pub fn try_lock(&self) -> Option<MutexGuard<'_, T>> {
        match self.inner.try_lock() {
            Ok(inner) => Some(MutexGuard {
                mutex: self,
                inner: Some(inner),
            }),
            Err(std::sync::TryLockError::Poisoned(e)) => Some(MutexGuard {
                mutex: self,
                inner: Some(e.into_inner()),
            }),
            Err(std::sync::TryLockError::WouldBlock) => None,
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        MutexGuard {
            mutex: self,
            inner: Some(self.inner.lock().unwrap_or_else(|e| e.into_inner())),
        }
    }
}

impl<'a, T> MutexGuard<'a, T> {
    /// Release the mutex while `f` runs, then take it again.
    pub fn unlocked<R>(guard: &mut MutexGuard<'a, T>, f: impl FnOnce() -> R) -> R {
        drop(guard.inner.take());
        let result = f();
        guard.inner = Some(guard.mutex.inner.lock().unwrap_or_else(|e| e.into_inner()));
        result
    }

    fn take(&mut self) -> std::sync::MutexGuard<'a, T> {
        self.inner
            .take()
            .expect("a MutexGuard is held outside waits")
    }
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.inner
            .as_deref()
            .expect("a MutexGuard is held outside waits")
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.inner
            .as_deref_mut()
            .expect("a MutexGuard is held outside waits")
    }
}

/// Whether a timed wait ended because its time ran out.
pub struct WaitTimeoutResult(bool);

impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool {
        self.0
    }
}

#[derive(Default)]
pub struct Condvar {
    inner: std::sync::Condvar,
}

impl Condvar {
    pub const fn new() -> Condvar {
        Condvar {
            inner: std::sync::Condvar::new(),
        }
    }

    pub fn wait<T>(&self, guard: &mut MutexGuard<'_, T>) {
        let inner = guard.take();
        guard.inner = Some(self.inner.wait(inner).unwrap_or_else(|e| e.into_inner()));
    }

    pub fn wait_for<T>(
        &self,
        guard: &mut MutexGuard<'_, T>,
        timeout: Duration,
    ) -> WaitTimeoutResult {
        let inner = guard.take();
        let (inner, result) = self
            .inner
            .wait_timeout(inner, timeout)
            .unwrap_or_else(|e| e.into_inner());
        guard.inner = Some(inner);
        WaitTimeoutResult(result.timed_out())
    }

    pub fn wait_until<T>(
        &self,
        guard: &mut MutexGuard<'_, T>,
        deadline: Instant,
    ) -> WaitTimeoutResult {
        let timeout = deadline.saturating_duration_since(Instant::now());
        self.wait_for(guard, timeout)
    }

    pub fn notify_one(&self) {
        self.inner.notify_one();
    }

    pub fn notify_all(&self) {
        self.inner.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn wait_and_notify_hand_the_value_over() {
        let pair = Arc::new((Mutex::new(false), Condvar::new()));
        let other = pair.clone();
        let t = std::thread::spawn(move || {
            *other.0.lock() = true;
            other.1.notify_one();
        });
        let mut ready = pair.0.lock();
        while !*ready {
            pair.1.wait(&mut ready);
        }
        drop(ready);
        t.join().unwrap();
    }

    #[test]
    fn timed_wait_times_out_and_unlocked_releases() {
        let m = Mutex::new(1);
        let c = Condvar::new();
        let mut g = m.lock();
        assert!(c.wait_for(&mut g, Duration::from_millis(5)).timed_out());
        assert!(c
            .wait_until(&mut g, Instant::now() - Duration::from_millis(1))
            .timed_out());
        MutexGuard::unlocked(&mut g, || assert_eq!(*m.lock(), 1));
        *g += 1;
        drop(g);
        assert_eq!(*m.lock(), 2);
    }
}
