//! The trace recorder: every thread-state change the GIL records (`Gil::set_state`) and its
//! instant events (drop requests, forced switches), kept in memory and written at exit as
//!
//! - `--trace FILE`: a Chrome trace-event JSON file that Perfetto and chrome://tracing open: one
//!   track per thread, a slice per state (running, waiting for the GIL, blocked and why), instant
//!   marks for drop requests and forced switches, a counter of threads waiting for the GIL;
//! - `--trace-summary`: a per-thread table on stderr: time running, waiting for the GIL and
//!   blocked, voluntary and forced switches, and the GIL wait's median, 99th percentile and max.
//!
//! Recording happens only on state changes (never per bytecode), under one short mutex; with no
//! recorder installed the GIL pays one predictable branch per change.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::runtime::sync::Mutex;

use super::gil::{BlockReason, InstantEvent, StateRecorder, ThreadId, ThreadState};

#[derive(Clone, Copy)]
enum Event {
    State(ThreadState),
    Instant(InstantEvent),
}

/// A cycle collection: (thread, start, end, generation, unreachable objects found).
type Collection = (u64, Instant, Instant, usize, usize);

pub struct TraceRecorder {
    start: Instant,
    events: Mutex<Vec<(u64, Event, Instant)>>,
    names: Mutex<BTreeMap<u64, String>>,
    collections: Mutex<Vec<Collection>>,
    /// Set in a forked child: the trace is the parent's, the child neither adds to it nor
    /// writes it.
    frozen: std::sync::atomic::AtomicBool,
}

impl TraceRecorder {
    pub fn new() -> TraceRecorder {
        TraceRecorder {
            start: Instant::now(),
            events: Mutex::new(Vec::new()),
            names: Mutex::new(BTreeMap::new()),
            collections: Mutex::new(Vec::new()),
            frozen: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Run `fork` with the recorder's mutexes held, so that no thread is inside them when the
    /// process forks; the child's recorder is frozen.
    pub fn fork_holding(&self, fork: impl FnOnce() -> i64) -> i64 {
        let events = self.events.lock();
        let names = self.names.lock();
        let pid = fork();
        if pid == 0 {
            self.frozen
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        drop(names);
        drop(events);
        pid
    }

    pub fn is_frozen(&self) -> bool {
        self.frozen.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Name a thread's track (`MainThread`, `Thread-1 (task)`).
    pub fn name_thread(&self, thread: ThreadId, name: String) {
        self.names.lock().insert(thread.get(), name);
    }

    /// Each thread's states as slices: (thread, state, start, end).
    fn slices(&self, end: Instant) -> Vec<(u64, ThreadState, Instant, Instant)> {
        let events = self.events.lock();
        let mut last: BTreeMap<u64, (ThreadState, Instant)> = BTreeMap::new();
        let mut out = Vec::new();
        for &(t, e, at) in events.iter() {
            if let Event::State(s) = e {
                if let Some((prev, since)) = last.insert(t, (s, at)) {
                    out.push((t, prev, since, at));
                }
            }
        }
        for (t, (s, since)) in last {
            if !matches!(s, ThreadState::Exited) {
                out.push((t, s, since, end));
            }
        }
        out
    }

    fn micros(&self, at: Instant) -> f64 {
        at.saturating_duration_since(self.start).as_secs_f64() * 1e6
    }

    fn thread_name(&self, t: u64) -> String {
        self.names
            .lock()
            .get(&t)
            .cloned()
            .unwrap_or_else(|| format!("thread {}", t))
    }

    /// The Chrome trace-event JSON.
    pub fn chrome_json(&self) -> String {
        let end = Instant::now();
        let mut out = String::from("{\"traceEvents\":[\n");
        let mut first = true;
        let mut push = |out: &mut String, s: String| {
            if !first {
                out.push_str(",\n");
            }
            first = false;
            out.push_str(&s);
        };
        let threads: Vec<u64> = {
            let mut ts: Vec<u64> = self.events.lock().iter().map(|e| e.0).collect();
            ts.sort_unstable();
            ts.dedup();
            ts
        };
        for t in &threads {
            push(
                &mut out,
                format!(
                    "{{\"ph\":\"M\",\"pid\":1,\"tid\":{},\"name\":\"thread_name\",\"args\":{{\"name\":{}}}}}",
                    t,
                    json_string(&self.thread_name(*t))
                ),
            );
        }
        for (t, state, from, to) in self.slices(end) {
            let (name, category) = state_label(state);
            push(
                &mut out,
                format!(
                    "{{\"ph\":\"X\",\"pid\":1,\"tid\":{},\"name\":\"{}\",\"cat\":\"{}\",\"ts\":{:.1},\"dur\":{:.1}}}",
                    t,
                    name,
                    category,
                    self.micros(from),
                    (self.micros(to) - self.micros(from)).max(0.0)
                ),
            );
        }
        for &(t, from, to, generation, collected) in self.collections.lock().iter() {
            push(
                &mut out,
                format!(
                    "{{\"ph\":\"X\",\"pid\":1,\"tid\":{},\"name\":\"gc\",\"cat\":\"gc\",\"ts\":{:.1},\"dur\":{:.1},\"args\":{{\"generation\":{},\"collected\":{}}}}}",
                    t,
                    self.micros(from),
                    (self.micros(to) - self.micros(from)).max(0.0),
                    generation,
                    collected
                ),
            );
        }
        let events = self.events.lock().clone();
        let mut waiting: i64 = 0;
        for (t, e, at) in events {
            match e {
                Event::Instant(i) => {
                    let name = match i {
                        InstantEvent::DropRequest => "drop request",
                        InstantEvent::ForcedSwitch => "forced switch",
                    };
                    push(
                        &mut out,
                        format!("{{\"ph\":\"i\",\"pid\":1,\"tid\":{},\"name\":\"{}\",\"s\":\"t\",\"ts\":{:.1}}}", t, name, self.micros(at)),
                    );
                }
                Event::State(s) => {
                    let before = waiting;
                    if matches!(s, ThreadState::WaitingForGil) {
                        waiting += 1;
                    } else if waiting > 0 && matches!(s, ThreadState::Running) {
                        waiting -= 1;
                    }
                    if waiting != before {
                        push(
                            &mut out,
                            format!(
                                "{{\"ph\":\"C\",\"pid\":1,\"name\":\"threads waiting for the GIL\",\"ts\":{:.1},\"args\":{{\"waiting\":{}}}}}",
                                self.micros(at),
                                waiting
                            ),
                        );
                    }
                }
            }
        }
        out.push_str("\n]}\n");
        out
    }

    /// The per-thread table `--trace-summary` prints.
    pub fn summary(&self) -> String {
        let end = Instant::now();
        #[derive(Default)]
        struct Row {
            running: Duration,
            waiting: Duration,
            blocked: Duration,
            voluntary: u64,
            forced: u64,
            waits: Vec<Duration>,
        }
        let mut rows: BTreeMap<u64, Row> = BTreeMap::new();
        for (t, state, from, to) in self.slices(end) {
            let row = rows.entry(t).or_default();
            let d = to.saturating_duration_since(from);
            match state {
                ThreadState::Running => row.running += d,
                ThreadState::WaitingForGil => {
                    row.waiting += d;
                    row.waits.push(d);
                }
                ThreadState::Blocked(_) => {
                    row.blocked += d;
                    row.voluntary += 1;
                }
                ThreadState::Exited => {}
            }
        }
        for &(t, e, _) in self.events.lock().iter() {
            if let Event::Instant(InstantEvent::ForcedSwitch) = e {
                rows.entry(t).or_default().forced += 1;
            }
        }
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let mut out = String::from("gilt trace summary (times in ms)\n");
        let _ = writeln!(
            out,
            "{:<24} {:>10} {:>10} {:>10} {:>9} {:>7} {:>8} {:>8} {:>8}",
            "thread",
            "running",
            "gil wait",
            "blocked",
            "voluntary",
            "forced",
            "wait p50",
            "wait p99",
            "wait max"
        );
        for (t, mut row) in rows {
            row.waits.sort();
            let pick = |q: f64| -> Duration {
                if row.waits.is_empty() {
                    return Duration::ZERO;
                }
                let i = ((row.waits.len() - 1) as f64 * q).round() as usize;
                row.waits[i]
            };
            let (p50, p99) = (pick(0.5), pick(0.99));
            let max = row.waits.last().copied().unwrap_or_default();
            let _ = writeln!(
                out,
                "{:<24} {:>10.1} {:>10.1} {:>10.1} {:>9} {:>7} {:>8.2} {:>8.2} {:>8.2}",
                self.thread_name(t),
                ms(row.running),
                ms(row.waiting),
                ms(row.blocked),
                row.voluntary,
                row.forced,
                ms(p50),
                ms(p99),
                ms(max)
            );
        }
        out
    }
}

impl Default for TraceRecorder {
    fn default() -> Self {
        Self::new()
    }
}

impl StateRecorder for TraceRecorder {
    fn record(&self, thread: ThreadId, state: ThreadState, at: Instant) {
        if self.is_frozen() {
            return;
        }
        self.events
            .lock()
            .push((thread.get(), Event::State(state), at));
    }

    fn instant(&self, thread: ThreadId, event: InstantEvent) {
        if self.is_frozen() {
            return;
        }
        self.events
            .lock()
            .push((thread.get(), Event::Instant(event), Instant::now()));
    }

    fn collection(&self, thread: ThreadId, started: Instant, generation: usize, collected: usize) {
        if self.is_frozen() {
            return;
        }
        self.collections.lock().push((
            thread.get(),
            started,
            Instant::now(),
            generation,
            collected,
        ));
    }
}

fn state_label(state: ThreadState) -> (&'static str, &'static str) {
    match state {
        ThreadState::Running => ("running", "running"),
        ThreadState::WaitingForGil => ("waiting for the GIL", "gil"),
        ThreadState::Exited => ("exited", "exited"),
        ThreadState::Blocked(reason) => (
            match reason {
                BlockReason::Sleep => "blocked: sleep",
                BlockReason::Io => "blocked: io",
                BlockReason::Lock => "blocked: lock",
                BlockReason::Queue => "blocked: queue",
                BlockReason::Join => "blocked: join",
                BlockReason::Event => "blocked: event",
                BlockReason::Condition => "blocked: condition",
                BlockReason::Select => "blocked: select",
                BlockReason::Process => "blocked: process",
                BlockReason::Other => "blocked",
            },
            "blocked",
        ),
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_and_summary_follow_the_recorded_states() {
        let rec = TraceRecorder::new();
        let main = ThreadId::fresh();
        let other = ThreadId::fresh();
        rec.name_thread(main, "MainThread".into());
        let t0 = Instant::now();
        rec.record(main, ThreadState::Running, t0);
        rec.record(other, ThreadState::WaitingForGil, t0);
        rec.record(
            main,
            ThreadState::Blocked(BlockReason::Sleep),
            t0 + Duration::from_millis(2),
        );
        rec.record(other, ThreadState::Running, t0 + Duration::from_millis(2));
        rec.instant(other, InstantEvent::ForcedSwitch);
        rec.record(other, ThreadState::Exited, t0 + Duration::from_millis(3));
        let json = rec.chrome_json();
        assert!(json.contains("\"name\":\"thread_name\",\"args\":{\"name\":\"MainThread\"}"));
        assert!(json.contains("\"name\":\"blocked: sleep\""));
        assert!(json.contains("\"name\":\"forced switch\""));
        assert!(json.contains("threads waiting for the GIL"));
        let summary = rec.summary();
        assert!(summary.contains("MainThread"));
        assert_eq!(summary.lines().count(), 4);
    }
}
