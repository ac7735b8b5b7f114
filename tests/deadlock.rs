//! The deadlock report, through the real binary: when every live thread waits forever on gilt's
//! own locks or events, gilt names who holds what and who waits where, keeps what was already
//! printed, and exits with status 3 (CPython would hang). A wait with a timeout never counts.
//!
//! Every run has the common deadline (10 s); the report itself comes within about a second.

#[allow(dead_code)] // Not every helper is used here.
mod common;

use common::{run_in, scratch, GILT};

fn run_script(test: &str, source: &str) -> common::Outcome {
    let folder = scratch(test);
    std::fs::write(folder.join("script.py"), source).expect("write the script");
    run_in(&folder, GILT, &["script.py"], b"")
}

#[test]
fn crossed_locks_are_reported_with_holders_and_lines() {
    let outcome = run_script(
        "deadlock_locks",
        "import threading, time\n\
         left, right = threading.Lock(), threading.Lock()\n\
         def diner(first, second):\n\
         \x20   with first:\n\
         \x20       time.sleep(0.1)\n\
         \x20       with second:\n\
         \x20           print('ate')\n\
         print('seated', flush=False)\n\
         a = threading.Thread(target=diner, args=(left, right), name='Plato')\n\
         b = threading.Thread(target=diner, args=(right, left), name='Kant')\n\
         a.start(); b.start()\n\
         a.join()\n",
    );
    assert_eq!(outcome.code(), 3, "stderr: {}", outcome.stderr);
    assert_eq!(outcome.stdout, "seated\n");
    let report = &outcome.stderr;
    assert!(report.starts_with("gilt: deadlock:"), "{report}");
    assert!(report.contains("Plato waits for lock"), "{report}");
    assert!(report.contains("Kant waits for lock"), "{report}");
    assert!(report.contains("(held by Kant)"), "{report}");
    assert!(report.contains("(held by Plato)"), "{report}");
    assert!(report.contains("script.py:6: with second:"), "{report}");
    assert!(report.contains("MainThread waits for"), "{report}");
}

#[test]
fn events_nobody_will_set_are_a_deadlock() {
    let outcome = run_script(
        "deadlock_events",
        "import threading\n\
         ready, go = threading.Event(), threading.Event()\n\
         def worker():\n\
         \x20   go.wait()\n\
         t = threading.Thread(target=worker, name='worker')\n\
         t.start()\n\
         print('waiting')\n\
         ready.wait()\n",
    );
    assert_eq!(outcome.code(), 3, "stderr: {}", outcome.stderr);
    assert_eq!(outcome.stdout, "waiting\n");
    let report = &outcome.stderr;
    assert!(report.contains("worker waits for event"), "{report}");
    assert!(
        report.contains("MainThread waits for event")
            && report.contains("script.py:8: ready.wait()"),
        "{report}"
    );
}

#[test]
fn waits_with_a_timeout_are_never_a_deadlock() {
    let outcome = run_script(
        "deadlock_timeout",
        "import threading\n\
         lock = threading.Lock()\n\
         lock.acquire()\n\
         print(threading.Event().wait(0.8), lock.acquire(timeout=0.3))\n",
    );
    assert_eq!(outcome.stderr, "");
    assert_eq!(outcome.stdout, "False False\n");
    assert_eq!(outcome.code(), 0);
}
