//! Thread stress tests with bounded time: the scripts in `tests/stress/` run through the built
//! binary and must print exactly the expected line within a deadline.
//!
//! The sizes are the (16 x 100 000 locked increments, 200 threads, a pool of 8 running
//! 10 000 tasks); each finishes in a couple of seconds in the release and the debug build alike.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(120);

fn run(script: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "stress", script]
        .iter()
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gilt starts");
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for gilt") {
            let mut out = String::new();
            let mut err = String::new();
            child.stdout.take().map(|mut s| s.read_to_string(&mut out));
            child.stderr.take().map(|mut s| s.read_to_string(&mut err));
            assert!(
                status.success(),
                "{} exited with {}:\n{}",
                script,
                status,
                err
            );
            return out.trim_end().to_string();
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            panic!("{} did not finish within {:?}", script, DEADLINE);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sixteen_threads_locked_increments_exact_total() {
    assert_eq!(run("counter.py"), "1600000");
}

#[test]
fn appends_from_many_threads_lose_nothing() {
    assert_eq!(run("append.py"), "400000 400000 79999800000");
}

#[test]
fn two_hundred_threads_start_and_join() {
    assert_eq!(run("many_threads.py"), "200 True 1");
}

#[test]
fn thread_pool_of_eight_runs_ten_thousand_tasks() {
    assert_eq!(run("pool.py"), "333283335000");
}

#[test]
fn cycles_made_and_collected_on_eight_threads() {
    // 8 x 100 000 cycles, collections on every thread, nothing a thread holds is lost.
    assert_eq!(run("gc_threads.py"), "800000 800 True");
}

#[test]
fn a_lock_convoy_is_not_a_deadlock() {
    // The GIL changes hands inside the critical section; the watchdog must see the progress.
    assert_eq!(run("convoy.py"), "480000");
}
