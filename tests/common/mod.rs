//! Running the built `gilt` (or a helper) as a user would, for `tests/cli.rs` and `tests/repl.rs`:
//! one child process with its stdin fed from a byte string and its output collected, under a
//! deadline after which it is killed and the test fails instead of hanging. Each test gets its
//! own scratch folder (also used as `HOME`, so the REPL's `~/.gilt_history` never touches the
//! real one).
//!
//! Invariant: a child never outlives its test; the readers run on their own threads so a child
//! that fills one pipe while we wait on the other cannot deadlock.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a loaded 2-core machine, short enough that a hang fails fast.
pub const DEADLINE: Duration = Duration::from_secs(10);

pub const GILT: &str = env!("CARGO_BIN_EXE_gilt");

pub struct Outcome {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    pub fn code(&self) -> i32 {
        self.status.code().unwrap_or_else(|| {
            panic!(
                "killed by a signal: {:?}\nstderr: {}",
                self.status, self.stderr
            )
        })
    }
}

/// A fresh, empty folder for one test, under the system temp folder.
pub fn scratch(test: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("gilt-test-{}-{}", std::process::id(), test));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("create the scratch folder");
    folder
}

/// Run `program args` in `folder` (also its `HOME`) with `stdin` as its standard input.
pub fn run_in(folder: &Path, program: &str, args: &[&str], stdin: &[u8]) -> Outcome {
    let mut command = Command::new(program);
    command.env("PYTHONIOENCODING", "utf-8");
    run_command(command, folder, program, args, stdin)
}

#[allow(dead_code)] // used by tests/cli.rs, not by every crate that includes this module
/// Run `program args` as `run_in` does, but with no `PYTHON*` variable from this process's
/// environment: only `LANG=C.UTF-8`, `PYTHONHASHSEED=0` and the variables in `env`.
pub fn run_clean(
    folder: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
    stdin: &[u8],
) -> Outcome {
    let mut command = Command::new(program);
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(name);
        }
    }
    command.env("LANG", "C.UTF-8").env("PYTHONHASHSEED", "0");
    for (name, value) in env {
        command.env(name, value);
    }
    run_command(command, folder, program, args, stdin)
}

fn run_command(
    mut command: Command,
    folder: &Path,
    program: &str,
    args: &[&str],
    stdin: &[u8],
) -> Outcome {
    command
        .args(args)
        .current_dir(folder)
        .env("HOME", folder)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    let mut input = child.stdin.take().expect("stdin is piped");
    let bytes = stdin.to_vec();
    // The writer may fail with a broken pipe when the child stops reading early: that is fine.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let stdout = reader(child.stdout.take().expect("stdout is piped"));
    let stderr = reader(child.stderr.take().expect("stderr is piped"));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > DEADLINE => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{program} {args:?} did not finish within {DEADLINE:?}");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => panic!("waiting for {program}: {e}"),
        }
    };
    let _ = writer.join();
    Outcome {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    }
}

/// Run the built gilt in a fresh scratch folder named after the test.
pub fn gilt(test: &str, args: &[&str], stdin: &str) -> Outcome {
    run_in(&scratch(test), GILT, args, stdin.as_bytes())
}

fn reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}
