//! `--trace FILE` and `--trace-summary` on a real run: the Chrome trace names every thread's track
//! and holds running / GIL-wait / blocked slices and a `gc` slice per collection; the summary has
//! a row per thread.

use std::process::{Command, Stdio};

/// Run `source` as a script with `--trace` (and the extra options); the process output and the
/// trace file's text.
fn run_traced(tag: &str, source: &str, extra: &[&str]) -> (std::process::Output, String) {
    let dir = std::env::temp_dir().join(format!("gilt-trace-{}-{}", tag, std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let script = dir.join("script.py");
    std::fs::write(&script, source).expect("script");
    let trace = dir.join("trace.json");
    let output = Command::new(env!("CARGO_BIN_EXE_gilt"))
        .arg("--trace")
        .arg(&trace)
        .args(extra)
        .arg(&script)
        .stdin(Stdio::null())
        .output()
        .expect("gilt runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = std::fs::read_to_string(&trace).expect("trace written");
    let _ = std::fs::remove_dir_all(&dir);
    (output, json)
}

#[test]
fn trace_file_and_summary_describe_the_threads() {
    let (output, json) = run_traced(
        "threads",
        "import threading, time\n\ndef work():\n    time.sleep(0.02)\n    total = 0\n    for i in range(20000):\n        total += i\n\nthreads = [threading.Thread(target=work) for _ in range(2)]\nfor t in threads:\n    t.start()\nfor t in threads:\n    t.join()\nprint('done')\n",
        &["--trace-summary"],
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), "done\n");
    assert!(json.starts_with("{\"traceEvents\":["));
    for needle in [
        "\"MainThread\"",
        "\"Thread-1 (work)\"",
        "\"Thread-2 (work)\"",
        "\"running\"",
        "\"blocked: sleep\"",
        "\"blocked: lock\"",
    ] {
        assert!(json.contains(needle), "{needle} missing from the trace");
    }
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(summary.contains("gilt trace summary"));
    assert!(summary.lines().any(|l| l.starts_with("Thread-1 (work)")));
    assert!(summary.lines().any(|l| l.starts_with("MainThread")));
}

#[test]
fn each_collection_is_a_gc_slice_with_its_generation_and_count() {
    let (output, json) = run_traced(
        "gc",
        "import gc\nfor i in range(3):\n    l = []\n    l.append(l)\ndel l\nprint(gc.collect(1))\n",
        &[],
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), "3\n");
    let slice = json
        .lines()
        .find(|l| l.contains("\"name\":\"gc\""))
        .expect("a gc slice");
    assert!(
        slice.contains("\"ph\":\"X\"") && slice.contains("\"cat\":\"gc\""),
        "{slice}"
    );
    assert!(
        slice.contains("\"args\":{\"generation\":1,\"collected\":3}"),
        "{slice}"
    );
}
