//! The global interpreter lock: one per interpreter, held by the one thread allowed to run
//! bytecode and to touch objects.
//!
//! Who may touch objects: only the thread that holds the GIL. Reference counts are plain, not
//! atomic, and object handles are `!Send`; the GIL is what makes that sound. A thread gives the
//! GIL up in exactly three ways, each a method here: around a blocking call
//! (`allow_threads_for`, whose closure must be `Send` and so cannot capture a handle), at the eval
//! loop's periodic check when another thread asked for it (`yield_if_requested`), and for good
//! when the thread ends (`release_for_exit`).
//!
//! The lock itself is a boolean, `locked`, guarded by a mutex that is only ever held for a few
//! instructions, with a condition variable that signals its changes; an uncontended `take` costs
//! one mutex acquisition and no system call, and a `drop` with nobody waiting signals nobody.
//!
//! Timeslices, as CPython has had them since 3.2 (`Python/ceval_gil.c`): a thread that finds the
//! GIL held waits on the condition variable for the switch interval (5 ms unless changed). If the
//! wait ends with the GIL still held and no hand-over having happened meanwhile (the
//! `switch_number` unchanged), it sets the drop request, and raises the interpreter's eval breaker
//! beside it. The holder reads the breaker with one relaxed load at its periodic checks (backward
//! jumps, calls, returns) and only there honours the request; opcodes are never interrupted, so a
//! long-running one stretches the timeslice, as in CPython.
//!
//! Forced switching: a thread dropping the GIL because of a drop request waits, on a second
//! mutex and condition variable, until another thread has actually taken the GIL before it goes
//! on to ask for it again. Without this, on a multi-core machine the dropping thread, already
//! running, would usually win the race against the woken waiter and retake the GIL at once, and a
//! CPU-bound thread would starve the others.
//!
//! Thread states (running, waiting for the GIL, blocked and why, exited) change in one place,
//! `Gil::set_state`, which is where the trace recorder hooks in; with no recorder the cost is one
//! predictable branch.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::runtime::sync::{Condvar, Mutex, MutexGuard};

/// CPython's default switch interval (`sys.getswitchinterval()` is 0.005).
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// Identifies a thread to the GIL and the trace recorder; assigned by `ThreadId::fresh`, never
/// reused within a process (a forked child keeps the forking thread's id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadId(u64);

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

impl ThreadId {
    /// A new id, distinct from every other handed out in this process.
    pub fn fresh() -> ThreadId {
        ThreadId(NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed))
    }

    pub fn get(self) -> u64 {
        self.0
    }

    /// The id whose `get()` gave `raw` (kept in atomics, as the interpreter's main thread is).
    pub fn from_raw(raw: u64) -> ThreadId {
        ThreadId(raw)
    }
}

/// What a thread is doing, as the trace shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadState {
    /// Holding the GIL, running bytecode.
    Running,
    /// Asking for the GIL while another thread holds it.
    WaitingForGil,
    /// In a blocking call, GIL released.
    Blocked(BlockReason),
    /// Gone; the GIL released for good.
    Exited,
}

/// Why a thread released the GIL around a blocking call; the trace labels slices with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockReason {
    Sleep,
    Io,
    Lock,
    Queue,
    Join,
    Event,
    Condition,
    Select,
    Process,
    Other,
}

/// Moments without duration the trace marks on a thread's track.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstantEvent {
    /// This thread, having waited a full interval without a hand-over, asked the holder to drop.
    DropRequest,
    /// This thread dropped the GIL on request and waited for another thread to take it.
    ForcedSwitch,
}

/// Receives every thread-state change and instant event. Called from any thread, with or without
/// the GIL held, never with the GIL's internal mutexes held: it must be cheap and must not call
/// back into the GIL.
pub trait StateRecorder: Send + Sync {
    fn record(&self, thread: ThreadId, state: ThreadState, at: Instant);
    fn instant(&self, thread: ThreadId, event: InstantEvent);
    /// A cycle collection `thread` ran from `started` to now.
    fn collection(&self, thread: ThreadId, started: Instant, generation: usize, collected: usize);
}

/// What the main mutex guards.
struct LockState {
    locked: bool,
    holder: Option<ThreadId>,
}

/// What the forced-switching mutex guards: the last thread to have taken the GIL.
struct SwitchState {
    last_holder: Option<ThreadId>,
}

pub struct Gil {
    state: Mutex<LockState>,
    /// Signalled when the GIL is dropped with a thread waiting.
    released: Condvar,
    /// Hand-overs so far: incremented when a thread other than the last holder takes the GIL.
    /// Written only with both mutexes held, so reading it under either one is exact.
    switch_number: AtomicU64,
    /// Threads inside `take` waiting for the GIL. Written under `state`; read anywhere as a hint.
    waiters: AtomicUsize,
    /// Set by a waiter after a full interval without a hand-over; read by the holder's eval loop.
    drop_request: AtomicBool,
    /// The interpreter's eval breaker, raised with every drop request.
    breaker: Option<&'static AtomicBool>,
    interval_micros: AtomicU64,
    switch: Mutex<SwitchState>,
    /// Signalled when a thread takes the GIL, waking a thread in a forced drop.
    switched: Condvar,
    recorder: Option<Arc<dyn StateRecorder>>,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    /// A free GIL with the default switch interval, no breaker and no recorder.
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(LockState {
                locked: false,
                holder: None,
            }),
            released: Condvar::new(),
            switch_number: AtomicU64::new(0),
            waiters: AtomicUsize::new(0),
            drop_request: AtomicBool::new(false),
            breaker: None,
            interval_micros: AtomicU64::new(DEFAULT_SWITCH_INTERVAL.as_micros() as u64),
            switch: Mutex::new(SwitchState { last_holder: None }),
            switched: Condvar::new(),
            recorder: None,
        }
    }

    /// Raise `breaker` alongside every drop request, so the eval loop needs one flag only.
    pub fn with_breaker(mut self, breaker: &'static AtomicBool) -> Gil {
        self.breaker = Some(breaker);
        self
    }

    // Read by the trace recorder (the next slice of issue 3) and by the tests.
    #[allow(dead_code)]
    pub fn with_recorder(mut self, recorder: Arc<dyn StateRecorder>) -> Gil {
        self.recorder = Some(recorder);
        self
    }

    /// `sys.setswitchinterval`: kept in whole microseconds, as CPython keeps it (so 1e-9 reads
    /// back as 0.0); waits use at least one microsecond.
    pub fn set_switch_interval(&self, interval: Duration) {
        let micros = u64::try_from(interval.as_micros()).unwrap_or(u64::MAX);
        self.interval_micros.store(micros, Ordering::Relaxed);
    }

    /// The interval as set (`sys.getswitchinterval`).
    pub fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_micros.load(Ordering::Relaxed))
    }

    /// The interval a waiting thread actually waits: never below a microsecond.
    fn wait_interval(&self) -> Duration {
        Duration::from_micros(self.interval_micros.load(Ordering::Relaxed).max(1))
    }

    /// The drop-request flag, for an eval loop that prefers to poll it directly.
    // Read by the trace recorder (the next slice of issue 3) and by the tests.
    #[allow(dead_code)]
    pub fn drop_request(&self) -> &AtomicBool {
        &self.drop_request
    }

    #[inline]
    pub fn drop_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }

    /// How many threads are inside `take`, waiting for the GIL.
    // Read by the trace recorder (the next slice of issue 3) and by the tests.
    #[allow(dead_code)]
    pub fn waiting_threads(&self) -> usize {
        self.waiters.load(Ordering::Relaxed)
    }

    /// Hand-overs between distinct threads so far.
    // Read by the trace recorder (the next slice of issue 3) and by the tests.
    #[allow(dead_code)]
    pub fn switch_number(&self) -> u64 {
        self.switch_number.load(Ordering::Relaxed)
    }

    // Read by the trace recorder (the next slice of issue 3) and by the tests.
    #[allow(dead_code)]
    pub fn holder(&self) -> Option<ThreadId> {
        self.state.lock().holder
    }

    /// The one place a thread's state changes: the trace recorder's hook.
    #[inline]
    pub fn set_state(&self, me: ThreadId, state: ThreadState) {
        if let Some(recorder) = &self.recorder {
            recorder.record(me, state, Instant::now());
        }
    }

    /// Record a cycle collection this thread ran (the trace's `gc` slice).
    pub fn record_collection(
        &self,
        me: ThreadId,
        started: Instant,
        generation: usize,
        collected: usize,
    ) {
        if let Some(recorder) = &self.recorder {
            recorder.collection(me, started, generation, collected);
        }
    }

    #[inline]
    fn mark(&self, me: ThreadId, event: InstantEvent) {
        if let Some(recorder) = &self.recorder {
            recorder.instant(me, event);
        }
    }

    /// Take the GIL, waiting as long as it takes; the thread is `Running` afterwards.
    pub fn take(&self, me: ThreadId) {
        self.acquire(me, false);
    }

    /// `announced`: the caller has already recorded `WaitingForGil`.
    fn acquire(&self, me: ThreadId, announced: bool) {
        let mut state = self.state.lock();
        if state.holder == Some(me) {
            debug_assert!(false, "thread {me:?} takes the GIL it already holds");
            return;
        }
        if state.locked {
            if !announced && self.recorder.is_some() {
                MutexGuard::unlocked(&mut state, || {
                    self.set_state(me, ThreadState::WaitingForGil)
                });
            }
            self.wait_until_free(me, &mut state);
        }
        state.locked = true;
        state.holder = Some(me);
        {
            // Taken before `last_holder` changes, so a thread in a forced drop cannot miss it.
            let mut switch = self.switch.lock();
            if switch.last_holder != Some(me) {
                switch.last_holder = Some(me);
                self.switch_number.fetch_add(1, Ordering::Relaxed);
            }
            self.switched.notify_all();
        }
        // A request aimed at the previous holder is void now; a waiter still unserved asks again
        // after its next interval.
        self.drop_request.store(false, Ordering::Relaxed);
        drop(state);
        self.set_state(me, ThreadState::Running);
    }

    fn wait_until_free(&self, me: ThreadId, state: &mut MutexGuard<'_, LockState>) {
        self.waiters.fetch_add(1, Ordering::Relaxed);
        while state.locked {
            let seen = self.switch_number.load(Ordering::Relaxed);
            let timed_out = self
                .released
                .wait_for(state, self.wait_interval())
                .timed_out();
            if timed_out && state.locked && self.switch_number.load(Ordering::Relaxed) == seen {
                self.drop_request.store(true, Ordering::Release);
                if let Some(breaker) = self.breaker {
                    breaker.store(true, Ordering::Release);
                }
                if self.recorder.is_some() {
                    MutexGuard::unlocked(state, || self.mark(me, InstantEvent::DropRequest));
                }
            }
        }
        self.waiters.fetch_sub(1, Ordering::Relaxed);
    }

    /// Release the GIL, waking one waiter if there is one. `forced`: the caller drops because of
    /// a drop request, so when a thread is waiting, return only once some other thread has taken
    /// the GIL. Records no state: the caller says what the thread does next.
    pub fn drop(&self, me: ThreadId, forced: bool) {
        let (seen, had_waiters) = {
            let mut state = self.state.lock();
            debug_assert_eq!(
                state.holder,
                Some(me),
                "drop by a thread not holding the GIL"
            );
            state.locked = false;
            state.holder = None;
            let had_waiters = self.waiters.load(Ordering::Relaxed) > 0;
            if had_waiters {
                self.released.notify_one();
            }
            (self.switch_number.load(Ordering::Relaxed), had_waiters)
        };
        if forced && had_waiters {
            self.mark(me, InstantEvent::ForcedSwitch);
            let mut switch = self.switch.lock();
            // Re-checked every interval in case the waiters went away some other way (none do
            // today; a thread abandoned at exit might).
            while self.switch_number.load(Ordering::Relaxed) == seen
                && self.waiters.load(Ordering::Relaxed) > 0
            {
                self.switched.wait_for(&mut switch, self.wait_interval());
            }
        }
    }

    /// The eval loop's periodic check, GIL part: if another thread asked for the GIL, hand it
    /// over and queue for it again. Returns whether it switched.
    #[inline]
    pub fn yield_if_requested(&self, me: ThreadId) -> bool {
        if !self.drop_requested() {
            return false;
        }
        self.drop_request.store(false, Ordering::Relaxed);
        self.set_state(me, ThreadState::WaitingForGil);
        self.drop(me, true);
        self.acquire(me, true);
        true
    }

    /// Run a blocking `f` with the GIL released, blocked for an unspecified reason.
    // The VM names a reason (`allow_threads_for`); this form is for the tests and embedders.
    #[allow(dead_code)]
    pub fn allow_threads<F, R>(&self, me: ThreadId, f: F) -> R
    where
        F: FnOnce() -> R + Send,
        R: Send,
    {
        self.allow_threads_for(me, BlockReason::Other, f)
    }

    /// Run a blocking `f` with the GIL released and take it back. `f` is `Send`, so it cannot
    /// capture an object handle: it cannot touch objects while other threads may. With nobody
    /// waiting, releasing signals nobody and taking back is uncontended.
    pub fn allow_threads_for<F, R>(&self, me: ThreadId, reason: BlockReason, f: F) -> R
    where
        F: FnOnce() -> R + Send,
        R: Send,
    {
        self.set_state(me, ThreadState::Blocked(reason));
        self.drop(me, false);
        // Should `f` panic, the unwinding thread drops handles: it must hold the GIL again.
        let retake = Retake { gil: self, me };
        let result = f();
        drop(retake);
        result
    }

    /// The thread is ending: release the GIL for good.
    pub fn release_for_exit(&self, me: ThreadId) {
        self.drop(me, false);
        self.set_state(me, ThreadState::Exited);
    }

    /// Run `fork` (which forks the process) with both of the GIL's mutexes held by `me`, the GIL
    /// holder, so that no other thread is inside them at the instant of the fork. In the child
    /// (`fork` returned 0) only `me` exists: the GIL stays held by it, and the waiters, the drop
    /// request and the last holder, all about threads left behind in the parent, are reset, as
    /// CPython's `_PyEval_ReInitThreads` does.
    pub fn fork_holding(&self, me: ThreadId, fork: impl FnOnce() -> i64) -> i64 {
        let mut state = self.state.lock();
        let mut switch = self.switch.lock();
        let pid = fork();
        if pid == 0 {
            state.locked = true;
            state.holder = Some(me);
            switch.last_holder = Some(me);
            self.waiters.store(0, Ordering::Relaxed);
            self.drop_request.store(false, Ordering::Relaxed);
        }
        drop(switch);
        drop(state);
        pid
    }
}

/// Takes the GIL back when dropped, also during unwinding.
struct Retake<'a> {
    gil: &'a Gil,
    me: ThreadId,
}

impl Drop for Retake<'_> {
    fn drop(&mut self) {
        self.gil.take(self.me);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::thread;

    /// Run `body` on its own thread and fail if it takes longer than `limit`, so that a broken
    /// GIL fails the test instead of hanging the suite.
    fn within(limit: Duration, body: impl FnOnce() + Send + 'static) {
        let (done, finished) = mpsc::channel();
        let worker = thread::spawn(move || {
            body();
            let _ = done.send(());
        });
        match finished.recv_timeout(limit) {
            Ok(()) => worker.join().expect("test body"),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                // The body panicked: surface its message.
                worker.join().expect("test body");
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                panic!("test body still running after {limit:?}")
            }
        }
    }

    fn wait_until(limit: Duration, mut condition: impl FnMut() -> bool) -> bool {
        let start = Instant::now();
        while !condition() {
            if start.elapsed() > limit {
                return false;
            }
            thread::sleep(Duration::from_millis(1));
        }
        true
    }

    #[derive(Default)]
    struct Log {
        states: Mutex<Vec<(ThreadId, ThreadState, Instant)>>,
        instants: Mutex<Vec<(ThreadId, InstantEvent)>>,
    }

    impl StateRecorder for Log {
        fn record(&self, thread: ThreadId, state: ThreadState, at: Instant) {
            self.states.lock().push((thread, state, at));
        }
        fn instant(&self, thread: ThreadId, event: InstantEvent) {
            self.instants.lock().push((thread, event));
        }
        fn collection(&self, _: ThreadId, _: Instant, _: usize, _: usize) {}
    }

    impl Log {
        fn states_of(&self, thread: ThreadId) -> Vec<ThreadState> {
            let mut seen: Vec<ThreadState> = Vec::new();
            for &(t, state, _) in self.states.lock().iter() {
                if t == thread && seen.last() != Some(&state) {
                    seen.push(state);
                }
            }
            seen
        }
        fn first_time(&self, thread: ThreadId, state: ThreadState) -> Option<Instant> {
            self.states
                .lock()
                .iter()
                .find(|&&(t, s, _)| t == thread && s == state)
                .map(|&(_, _, at)| at)
        }
    }

    #[test]
    fn uncontended_take_and_drop() {
        within(Duration::from_secs(10), || {
            let gil = Gil::new();
            let me = ThreadId::fresh();
            for _ in 0..1000 {
                gil.take(me);
                assert_eq!(gil.holder(), Some(me));
                gil.drop(me, false);
            }
            assert_eq!(gil.holder(), None);
            assert_eq!(gil.waiting_threads(), 0);
            assert!(!gil.drop_requested());
            // One thread taking it again and again is no hand-over.
            assert_eq!(gil.switch_number(), 1);
            gil.take(me);
            assert!(!gil.yield_if_requested(me));
            assert_eq!(gil.allow_threads(me, || 41 + 1), 42);
            gil.release_for_exit(me);
            assert_eq!(gil.holder(), None);
        });
    }

    #[test]
    fn switch_interval_is_settable() {
        let gil = Gil::new();
        assert_eq!(gil.switch_interval(), DEFAULT_SWITCH_INTERVAL);
        gil.set_switch_interval(Duration::from_micros(250));
        assert_eq!(gil.switch_interval(), Duration::from_micros(250));
        gil.set_switch_interval(Duration::ZERO);
        assert_eq!(gil.switch_interval(), Duration::ZERO);
        assert_eq!(gil.wait_interval(), Duration::from_micros(1));
    }

    #[test]
    fn mutual_exclusion() {
        within(Duration::from_secs(60), || {
            const THREADS: u64 = 4;
            const PER_THREAD: u64 = 25_000;
            let gil = Arc::new(Gil::new());
            // Only ever locked while the GIL is held: if two threads held the GIL at once,
            // `try_lock` could fail.
            let counter = Arc::new(Mutex::new(0u64));
            let workers: Vec<_> = (0..THREADS)
                .map(|_| {
                    let gil = Arc::clone(&gil);
                    let counter = Arc::clone(&counter);
                    thread::spawn(move || {
                        let me = ThreadId::fresh();
                        gil.take(me);
                        for i in 0..PER_THREAD {
                            {
                                let mut value =
                                    counter.try_lock().expect("GIL held by two threads");
                                // Widen the window in which an overlap would show.
                                let read = *value;
                                std::hint::spin_loop();
                                *value = read + 1;
                            }
                            gil.yield_if_requested(me);
                            if i % 500 == 0 {
                                gil.allow_threads(me, thread::yield_now);
                            }
                        }
                        gil.release_for_exit(me);
                    })
                })
                .collect();
            for worker in workers {
                worker.join().expect("worker");
            }
            assert_eq!(*counter.lock(), THREADS * PER_THREAD);
            assert_eq!(gil.holder(), None);
            assert_eq!(gil.waiting_threads(), 0);
        });
    }

    #[test]
    fn forced_switching_shares_the_gil() {
        within(Duration::from_secs(60), || {
            let log = Arc::new(Log::default());
            let gil = Arc::new(Gil::new().with_recorder(log.clone()));
            let stop = Arc::new(AtomicBool::new(false));
            let workers: Vec<_> = (0..2)
                .map(|_| {
                    let gil = Arc::clone(&gil);
                    let stop = Arc::clone(&stop);
                    thread::spawn(move || {
                        let me = ThreadId::fresh();
                        gil.take(me);
                        let mut progress = 0u64;
                        while !stop.load(Ordering::Relaxed) {
                            progress += 1;
                            std::hint::spin_loop();
                            if gil.drop_requested() {
                                gil.yield_if_requested(me);
                            }
                        }
                        gil.release_for_exit(me);
                        progress
                    })
                })
                .collect();
            thread::sleep(Duration::from_millis(300));
            stop.store(true, Ordering::Relaxed);
            let results: Vec<_> = workers
                .into_iter()
                .map(|w| w.join().expect("worker"))
                .collect();
            for &progress in &results {
                // Counts, not timings (the machine is shared): each thread ran, and (below) the
                // GIL changed hands many times. `scripts/gil/heartbeat.py` measures the latency.
                assert!(progress > 0, "a thread never ran: {results:?}");
            }
            // About 60 hand-overs in 300 ms at 5 ms; ask for far fewer.
            assert!(
                gil.switch_number() >= 6,
                "switches: {}",
                gil.switch_number()
            );
            let instants = log.instants.lock();
            assert!(instants
                .iter()
                .any(|&(_, e)| e == InstantEvent::DropRequest));
            assert!(instants
                .iter()
                .any(|&(_, e)| e == InstantEvent::ForcedSwitch));
        });
    }

    #[test]
    fn allow_threads_releases_the_gil() {
        within(Duration::from_secs(30), || {
            let gil = Arc::new(Gil::new());
            let inside = Arc::new(AtomicBool::new(false));
            let (entered, wait_entered) = mpsc::channel();
            let other = {
                let gil = Arc::clone(&gil);
                let inside = Arc::clone(&inside);
                thread::spawn(move || {
                    wait_entered.recv().expect("signal");
                    let me = ThreadId::fresh();
                    gil.take(me);
                    let sleeper_still_inside = inside.load(Ordering::SeqCst);
                    gil.release_for_exit(me);
                    sleeper_still_inside
                })
            };
            let me = ThreadId::fresh();
            gil.take(me);
            let slept = gil.allow_threads_for(me, BlockReason::Sleep, {
                let inside = Arc::clone(&inside);
                move || {
                    inside.store(true, Ordering::SeqCst);
                    entered.send(()).expect("signal");
                    thread::sleep(Duration::from_millis(50));
                    inside.store(false, Ordering::SeqCst);
                    "slept"
                }
            });
            assert_eq!(slept, "slept");
            assert_eq!(gil.holder(), Some(me));
            // The other thread took the GIL, and did so while this one slept.
            assert!(other.join().expect("other"));
            assert!(gil.switch_number() >= 2);
            gil.release_for_exit(me);
        });
    }

    #[test]
    fn allow_threads_retakes_the_gil_when_the_call_panics() {
        within(Duration::from_secs(10), || {
            let gil = Gil::new();
            let me = ThreadId::fresh();
            gil.take(me);
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                gil.allow_threads(me, || panic!("blocking call failed"))
            }));
            assert!(outcome.is_err());
            assert_eq!(gil.holder(), Some(me));
            gil.release_for_exit(me);
        });
    }

    #[test]
    fn recorder_sees_transitions_in_order() {
        within(Duration::from_secs(30), || {
            let log = Arc::new(Log::default());
            let gil = Arc::new(Gil::new().with_recorder(log.clone()));
            let first = ThreadId::fresh();
            let second = ThreadId::fresh();
            gil.take(first);
            let other = {
                let gil = Arc::clone(&gil);
                thread::spawn(move || {
                    gil.take(second);
                    gil.release_for_exit(second);
                })
            };
            assert!(wait_until(Duration::from_secs(10), || gil
                .waiting_threads()
                == 1));
            gil.allow_threads_for(first, BlockReason::Lock, || {
                thread::sleep(Duration::from_millis(20))
            });
            other.join().expect("other");
            gil.release_for_exit(first);

            use ThreadState::*;
            let mut firsts = log.states_of(first);
            // Taking the GIL back may have found the other thread still holding it.
            firsts.retain(|&s| s != WaitingForGil);
            assert_eq!(
                firsts,
                vec![Running, Blocked(BlockReason::Lock), Running, Exited]
            );
            assert_eq!(log.states_of(second), vec![WaitingForGil, Running, Exited]);
            let blocked = log
                .first_time(first, Blocked(BlockReason::Lock))
                .expect("blocked");
            let second_ran = log.first_time(second, Running).expect("ran");
            assert!(second_ran >= blocked);
        });
    }

    #[test]
    fn drop_request_waits_a_full_interval() {
        within(Duration::from_secs(30), || {
            static BREAKER: AtomicBool = AtomicBool::new(false);
            let interval = Duration::from_millis(100);
            let gil = Arc::new(Gil::new().with_breaker(&BREAKER));
            gil.set_switch_interval(interval);
            let holder = ThreadId::fresh();
            gil.take(holder);
            let asked_at = Instant::now();
            let waiter = {
                let gil = Arc::clone(&gil);
                thread::spawn(move || {
                    let me = ThreadId::fresh();
                    gil.take(me);
                    gil.release_for_exit(me);
                })
            };
            assert!(wait_until(Duration::from_secs(10), || gil
                .waiting_threads()
                == 1));
            assert!(wait_until(Duration::from_secs(10), || gil.drop_requested()));
            // Never before a full interval has passed (timed waits do not end early).
            assert!(asked_at.elapsed() >= interval);
            assert!(BREAKER.load(Ordering::Relaxed));
            assert!(gil.yield_if_requested(holder));
            // Forced: the waiter took the GIL before this thread got it back.
            waiter.join().expect("waiter");
            assert_eq!(gil.holder(), Some(holder));
            assert!(gil.switch_number() >= 3);
            assert!(!gil.drop_requested());
            gil.release_for_exit(holder);
        });
    }
}
