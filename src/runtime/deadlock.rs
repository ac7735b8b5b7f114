//! Deadlock detection: when every live thread is blocked, with no timeout, on one of gilt's own
//! locks, none can ever run again (only a running thread releases a lock). CPython hangs forever
//! there; gilt prints who holds what and who waits for what, and exits with status 3.
//!
//! Every blocking primitive of `threading` and `queue` (Condition, Semaphore, Queue, join) ends
//! in an untimed `_thread.lock` / `RLock` acquire, and `Event` in a wait on its native core, so
//! watching those waits is enough. A
//! thread registers its wait (with its name and the source line where it blocks) before it gives
//! up the GIL, and unregisters once it has the lock. A watchdog thread, started with the first
//! such wait, looks four times a second: it reports only a state seen unchanged on two
//! consecutive looks in which every live thread waits and every awaited lock is still held, with
//! no wait begun or ended in between (the registry counts them), so a thread that was just woken
//! but has not unregistered yet, or a convoy that looks the same at every hand-over, is never
//! mistaken for a deadlocked one.
//! Threads sleeping, doing IO, or waiting with a timeout are never part of a deadlock.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use crate::runtime::sync::Mutex;

/// The lock a thread waits for, shared with the lock object.
#[derive(Clone)]
pub enum AwaitedLock {
    Lock(Arc<crate::objects::lock::LockState>),
    RLock(Arc<crate::objects::lock::RLockState>),
    /// `threading.Event`: it keeps its waiters while its flag is clear.
    Event(Arc<crate::objects::event::EventState>),
    /// A `multiprocessing` lock or semaphore no other process can reach.
    SemLock(Arc<crate::stdlib::_multiprocessing::SemLockState>),
}

impl AwaitedLock {
    fn address(&self) -> usize {
        match self {
            AwaitedLock::Lock(l) => Arc::as_ptr(l) as usize,
            AwaitedLock::RLock(r) => Arc::as_ptr(r) as usize,
            AwaitedLock::Event(e) => Arc::as_ptr(e) as usize,
            AwaitedLock::SemLock(s) => Arc::as_ptr(s) as usize,
        }
    }

    fn is_held(&self) -> bool {
        match self {
            AwaitedLock::Lock(l) => l.is_locked(),
            AwaitedLock::RLock(r) => r.owner().1 > 0,
            AwaitedLock::Event(e) => !e.is_set(),
            AwaitedLock::SemLock(s) => s.is_zero(),
        }
    }

    /// The thread that took it last (0 when unknown or free).
    fn holder(&self) -> u64 {
        match self {
            AwaitedLock::Lock(l) => l.holder(),
            AwaitedLock::RLock(r) => r.owner().0,
            AwaitedLock::Event(_) => 0,
            AwaitedLock::SemLock(s) => s.holder(),
        }
    }

    /// What the report calls it: "lock A", "event B".
    fn kind(&self) -> &'static str {
        match self {
            AwaitedLock::Event(_) => "event",
            _ => "lock",
        }
    }
}

/// One blocked thread.
#[derive(Clone)]
pub struct Wait {
    pub lock: AwaitedLock,
    /// The file and line where the thread blocks (the source text is read only for a report).
    pub file: String,
    pub line: u32,
}

impl Wait {
    fn location(&self) -> String {
        if self.line == 0 {
            // No script frame: the main thread joining non-daemon threads at exit.
            return "interpreter exit (joining the non-daemon threads)".into();
        }
        let text = std::fs::read_to_string(&self.file)
            .ok()
            .and_then(|s| {
                s.lines()
                    .nth(self.line.saturating_sub(1) as usize)
                    .map(|l| l.trim().to_string())
            })
            .unwrap_or_default();
        format!("{}:{}: {}", self.file, self.line, text)
    }
}

#[derive(Default)]
struct Registry {
    /// Live threads by id, with their names once known (asked for at a thread's first wait).
    live: BTreeMap<u64, Option<String>>,
    waits: BTreeMap<u64, Wait>,
    watchdog_started: bool,
    /// Bumped by every wait that begins or ends: two looks that see the same waits but a
    /// different count saw progress in between (a convoy on one lock looks the same at every
    /// instant a hand-over is under way, yet it is moving).
    changes: u64,
}

static REGISTRY: Mutex<Option<Registry>> = Mutex::new(None);

fn with_registry<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    let mut guard = REGISTRY.lock();
    f(guard.get_or_insert_with(Registry::default))
}

/// A thread started (or the main thread, at start-up).
pub fn thread_started(id: u64, name: Option<String>) {
    with_registry(|r| {
        r.live.insert(id, name);
    });
}

/// Whether the registry already knows this thread's name (so a wait need not ask Python).
pub fn knows_name(id: u64) -> bool {
    with_registry(|r| matches!(r.live.get(&id), Some(Some(_))))
}

/// A thread ended: it can no longer block anyone, nor be blocked.
pub fn thread_exited(id: u64) {
    with_registry(|r| {
        r.live.remove(&id);
        r.waits.remove(&id);
    });
}

/// A thread is about to wait without a timeout (`name` when it was not known yet).
pub fn begin_wait(id: u64, name: Option<String>, wait: Wait) {
    let start = with_registry(|r| {
        let entry = r.live.entry(id).or_insert(None);
        if name.is_some() {
            *entry = name;
        }
        r.waits.insert(id, wait);
        r.changes += 1;
        !std::mem::replace(&mut r.watchdog_started, true)
    });
    if start {
        let _ = std::thread::Builder::new()
            .name("gilt-deadlock-watchdog".into())
            .spawn(watchdog);
    }
}

/// The wait ended (the lock was taken).
pub fn end_wait(id: u64) {
    with_registry(|r| {
        r.waits.remove(&id);
        r.changes += 1;
    });
}

/// Run `fork` with the registry locked (no thread is inside it when the process forks). The
/// child starts over with `me` as its only live thread, named `name`, and no watchdog (the
/// watchdog thread stayed in the parent).
pub fn fork_holding(me: u64, fork: impl FnOnce() -> i64) -> i64 {
    let mut guard = REGISTRY.lock();
    let pid = fork();
    if pid == 0 {
        let registry = guard.get_or_insert_with(Registry::default);
        let name = registry.live.get(&me).cloned().flatten();
        *registry = Registry::default();
        registry.live.insert(me, name);
    }
    drop(guard);
    pid
}

/// A snapshot of a deadlock, if the registry shows one now.
/// What the watchdog compares between two looks: the registry's change count and, per waiting
/// thread, where it waits and for which lock.
type Snapshot = (u64, Vec<(u64, String, usize, bool)>);

fn snapshot() -> Option<Snapshot> {
    with_registry(|r| {
        if r.live.is_empty() || r.live.keys().any(|t| !r.waits.contains_key(t)) {
            return None;
        }
        let mut state = Vec::new();
        for (t, w) in &r.waits {
            if !w.lock.is_held() {
                return None;
            }
            state.push((*t, format!("{}:{}", w.file, w.line), w.lock.address(), true));
        }
        Some((r.changes, state))
    })
}

fn watchdog() {
    let mut previous = None;
    loop {
        std::thread::sleep(Duration::from_millis(250));
        let now = snapshot();
        if now.is_some() && now == previous {
            report_and_exit();
        }
        previous = now;
    }
}

fn report_and_exit() -> ! {
    let text = with_registry(|r| {
        let name_of = |t: u64| {
            r.live
                .get(&t)
                .cloned()
                .flatten()
                .unwrap_or_else(|| format!("thread {}", t))
        };
        let mut names: BTreeMap<usize, String> = BTreeMap::new();
        for w in r.waits.values() {
            let n = names.len();
            names.entry(w.lock.address()).or_insert_with(|| {
                format!("{} {}", w.lock.kind(), (b'A' + (n % 26) as u8) as char)
            });
        }
        let mut out = String::from("gilt: deadlock: every thread is blocked forever, waiting for a lock that only another blocked thread can release\n");
        for (t, w) in &r.waits {
            let lock = &names[&w.lock.address()];
            let holder = w.lock.holder();
            let held = if holder != 0 && r.live.contains_key(&holder) {
                format!(" (held by {})", name_of(holder))
            } else {
                String::new()
            };
            out.push_str(&format!(
                "  {} waits for {}{} at {}\n",
                name_of(*t),
                lock,
                held,
                w.location()
            ));
        }
        out
    });
    crate::stdlib::io::write_stderr(&text);
    crate::stdlib::io::flush_std_streams();
    std::process::exit(3);
}
