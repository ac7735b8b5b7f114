//! The conformance suite: every `tests/cases/<area>/<name>.py` is one test whose expected output
//! is CPython 3.11's, recorded beside it by `tests/record.py` (`<name>.out`, plus `<name>.err` =
//! `exit: N` then stderr for the cases about errors). Each case runs the built `gilt` exactly as
//! the recorder ran CPython: cwd = the case's folder, the file name relative to it, stdin null,
//! the variables in `CASE_ENV`, and a 10 s limit after which the whole process group is killed
//! and the case reported as a hang. CPython prints the script's absolute path in tracebacks, so
//! both the recorder and this harness write the absolute path of `tests/cases` as `<cases>` in
//! stdout and stderr: the recordings then hold in any checkout.
//!
//! Invariants: a case listed in `tests/xfail.txt` may fail without failing the suite, but if it
//! passes it is an `XPASS` and fails the suite so the list only shrinks; a Rust panic, a signal or
//! a hang is a failure whether listed or not (nothing the user types may crash gilt). Files whose
//! name starts with `_` are helper modules imported by cases, never cases.
//!
//! Runs without libtest (`harness = false`): the first free argument is a substring filter, the
//! libtest flags it does not know are ignored. `GILT_BIN` runs another executable instead of the
//! built gilt (`GILT_BIN=python3` checks that every recording is right), and
//! `GILT_IGNORE_XFAIL=1` treats every case as expected to pass.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// Keep in step with `CASE_ENV` in `tests/record.py`.
const CASE_ENV: [(&str, &str); 3] = [
    ("PYTHONHASHSEED", "0"),
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
];
/// What the absolute path of `tests/cases` becomes in recorded and compared output.
const CASES_PLACEHOLDER: &[u8] = b"<cases>";
const CASE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long to wait for the output pipes to close once the process has exited: a grandchild that
/// outlives it may still hold them.
const PIPE_GRACE: Duration = Duration::from_secs(2);
/// Lines of context and of changed text shown per failure.
const DIFF_CONTEXT: usize = 2;
const DIFF_LINES: usize = 8;
/// libtest flags that take a value as the next argument, so that value is not a filter.
const FLAGS_WITH_VALUE: [&str; 8] = [
    "--test-threads",
    "--logfile",
    "--skip",
    "--color",
    "--format",
    "-Z",
    "--shuffle-seed",
    "--report-time",
];

struct Case {
    /// `<area>/<name>`, the name printed and matched by filters.
    name: String,
    /// `<area>/<name>.py`, the spelling used in `tests/xfail.txt`.
    xfail_key: String,
    script: PathBuf,
}

struct Expected {
    stdout: Vec<u8>,
    /// `(exit status, stderr)` when the case has a `.err` file.
    error: Option<(i32, Vec<u8>)>,
}

struct RunOutput {
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    hung: bool,
}

enum Outcome {
    Passed,
    /// Did not match; the text says how.
    Mismatch(String),
    /// Panic, signal, hang or a harness problem: a failure even when the case is in xfail.
    Crash(String),
}

enum Verdict {
    Ok,
    Failed(String),
    XFail,
    XPass,
}

struct Options {
    filter: Option<String>,
    skips: Vec<String>,
    exact: bool,
    list_only: bool,
}

fn main() {
    let options = parse_arguments(std::env::args().skip(1).collect());
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases_root = manifest_dir.join("tests").join("cases");
    let mut cases = Vec::new();
    if let Err(error) = collect_cases(&cases_root, &cases_root, &mut cases) {
        eprintln!("error: cannot read {}: {error}", cases_root.display());
        std::process::exit(1);
    }
    cases.sort_by(|left, right| left.name.cmp(&right.name));
    let total = cases.len();
    let cases: Vec<Case> = cases
        .into_iter()
        .filter(|case| options.selects(&case.name))
        .collect();
    let filtered_out = total - cases.len();

    if options.list_only {
        for case in &cases {
            println!("{}: test", case.name);
        }
        println!("\n{} tests, 0 benchmarks", cases.len());
        return;
    }

    let ignore_xfail = std::env::var("GILT_IGNORE_XFAIL").is_ok_and(|value| value == "1");
    let xfail = if ignore_xfail {
        BTreeSet::new()
    } else {
        match read_xfail(&manifest_dir.join("tests").join("xfail.txt")) {
            Ok(list) => list,
            Err(error) => {
                eprintln!("error: cannot read tests/xfail.txt: {error}");
                std::process::exit(1);
            }
        }
    };
    // A relative GILT_BIN with a slash would otherwise resolve against each case's folder.
    let binary = std::env::var_os("GILT_BIN")
        .map(PathBuf::from)
        .map(|path| {
            if path.components().count() > 1 {
                std::fs::canonicalize(&path).unwrap_or(path)
            } else {
                path
            }
        })
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_gilt")));

    let started = Instant::now();
    println!("\nrunning {} tests", cases.len());
    let mut roots = vec![cases_root.as_os_str().as_encoded_bytes().to_vec()];
    if let Ok(canonical) = std::fs::canonicalize(&cases_root) {
        roots.push(canonical.as_os_str().as_encoded_bytes().to_vec());
    }
    // Longest first, so a root that extends another is replaced whole.
    roots.sort_by_key(|root| std::cmp::Reverse(root.len()));
    roots.dedup();
    let verdicts = run_all(&cases, &binary, &xfail, &roots);

    let mut passed = 0;
    let mut failed = 0;
    let mut expected_failures = 0;
    let mut failures = Vec::new();
    for (case, verdict) in cases.iter().zip(&verdicts) {
        match verdict {
            Verdict::Ok => passed += 1,
            Verdict::XFail => expected_failures += 1,
            Verdict::XPass => {
                failed += 1;
                failures.push((
                    case.name.as_str(),
                    format!(
                        "XPASS: {} passes now; remove it from tests/xfail.txt\n",
                        case.xfail_key
                    ),
                ));
            }
            Verdict::Failed(report) => {
                failed += 1;
                failures.push((case.name.as_str(), report.clone()));
            }
        }
    }
    // A stale entry only shows when every case ran: a filter leaves most entries unmatched.
    if options.filter.is_none() && options.skips.is_empty() {
        let known: BTreeSet<&str> = cases.iter().map(|case| case.xfail_key.as_str()).collect();
        for entry in xfail.iter().filter(|entry| !known.contains(entry.as_str())) {
            failed += 1;
            failures.push((
                "tests/xfail.txt",
                format!("{entry} names no case; remove it from tests/xfail.txt\n"),
            ));
        }
    }

    if !failures.is_empty() {
        println!("\nfailures:\n");
        for (name, report) in &failures {
            println!("---- {name} ----");
            print!("{report}");
            println!();
        }
        println!("failures:");
        for (name, _) in &failures {
            println!("    {name}");
        }
    }
    let word = if failed == 0 { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {word}. {passed} passed; {failed} failed; {expected_failures} ignored; \
         0 measured; {filtered_out} filtered out; finished in {:.2}s\n",
        started.elapsed().as_secs_f64()
    );
    println!("{passed} passed, {failed} failed, {expected_failures} xfail");
    if failed > 0 {
        std::process::exit(1);
    }
}

impl Options {
    fn selects(&self, name: &str) -> bool {
        let wanted = match &self.filter {
            None => true,
            Some(filter) if self.exact => name == filter,
            Some(filter) => name.contains(filter.as_str()),
        };
        wanted && !self.skips.iter().any(|skip| name.contains(skip.as_str()))
    }
}

fn parse_arguments(arguments: Vec<String>) -> Options {
    let mut options = Options {
        filter: None,
        skips: Vec::new(),
        exact: false,
        list_only: false,
    };
    let mut arguments = arguments.into_iter();
    while let Some(argument) = arguments.next() {
        if argument == "--skip" {
            options.skips.extend(arguments.next());
        } else if let Some(skip) = argument.strip_prefix("--skip=") {
            options.skips.push(skip.to_string());
        } else if argument == "--exact" {
            options.exact = true;
        } else if argument == "--list" {
            options.list_only = true;
        } else if FLAGS_WITH_VALUE.contains(&argument.as_str()) {
            arguments.next();
        } else if argument.starts_with('-') {
            // A libtest flag this harness has no use for (--nocapture, --quiet, ...).
        } else if options.filter.is_none() {
            options.filter = Some(argument);
        }
    }
    options
}

fn collect_cases(root: &Path, folder: &Path, cases: &mut Vec<Case>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        let file_name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file_name.starts_with('_') || file_name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_cases(root, &path, cases)?;
        } else if let Some(stem) = file_name.strip_suffix(".py") {
            let relative_folder = path
                .parent()
                .and_then(|parent| parent.strip_prefix(root).ok())
                .map(|relative| relative.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let name = if relative_folder.is_empty() {
                stem.to_string()
            } else {
                format!("{relative_folder}/{stem}")
            };
            cases.push(Case {
                xfail_key: format!("{name}.py"),
                name,
                script: path,
            });
        }
    }
    Ok(())
}

fn read_xfail(path: &Path) -> std::io::Result<BTreeSet<String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(error),
    };
    Ok(text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            line.strip_prefix("tests/cases/")
                .unwrap_or(line)
                .to_string()
        })
        .collect())
}

/// Runs the cases on as many worker threads as there are cores, printing each verdict as it
/// arrives; returns the verdicts in the order of `cases`.
fn run_all(
    cases: &[Case],
    binary: &Path,
    xfail: &BTreeSet<String>,
    roots: &[Vec<u8>],
) -> Vec<Verdict> {
    let workers = std::thread::available_parallelism()
        .map(|count| count.get())
        .unwrap_or(1)
        .min(cases.len().max(1));
    let next_case = AtomicUsize::new(0);
    let verdicts: Mutex<Vec<Option<Verdict>>> =
        Mutex::new((0..cases.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next_case.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(index) else {
                    break;
                };
                let listed = xfail.contains(&case.xfail_key);
                let verdict = judge(run_case(case, binary, roots), listed);
                let label = match &verdict {
                    Verdict::Ok => "ok",
                    Verdict::Failed(_) => "FAILED",
                    Verdict::XFail => "xfail",
                    Verdict::XPass => "XPASS",
                };
                let stdout = std::io::stdout();
                let mut stdout = stdout.lock();
                let _ = writeln!(stdout, "test {} ... {label}", case.name);
                let _ = stdout.flush();
                drop(stdout);
                if let Ok(mut verdicts) = verdicts.lock() {
                    verdicts[index] = Some(verdict);
                }
            });
        }
    });
    verdicts
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|verdict| {
            verdict.unwrap_or_else(|| Verdict::Failed("the worker running it died\n".into()))
        })
        .collect()
}

fn judge(outcome: Outcome, listed: bool) -> Verdict {
    match (outcome, listed) {
        (Outcome::Crash(report), _) => Verdict::Failed(report),
        (Outcome::Passed, false) => Verdict::Ok,
        (Outcome::Passed, true) => Verdict::XPass,
        (Outcome::Mismatch(_), true) => Verdict::XFail,
        (Outcome::Mismatch(report), false) => Verdict::Failed(report),
    }
}

fn run_case(case: &Case, binary: &Path, roots: &[Vec<u8>]) -> Outcome {
    let expected = match read_expected(&case.script) {
        Ok(expected) => expected,
        Err(report) => return Outcome::Crash(report),
    };
    let run = match run_binary(binary, &case.script) {
        Ok(mut run) => {
            run.stdout = replace_roots(&run.stdout, roots);
            run.stderr = replace_roots(&run.stderr, roots);
            run
        }
        Err(error) => return Outcome::Crash(format!("cannot run {}: {error}\n", binary.display())),
    };
    if run.hung {
        return Outcome::Crash(format!(
            "hang: killed after {} s{}",
            CASE_TIMEOUT.as_secs(),
            stderr_tail(&run.stderr)
        ));
    }
    let stderr_text = String::from_utf8_lossy(&run.stderr);
    if stderr_text.contains("panicked at") {
        return Outcome::Crash(format!("Rust panic{}", stderr_tail(&run.stderr)));
    }
    let Some(status) = run.status else {
        return Outcome::Crash("the process vanished without an exit status\n".into());
    };
    if let Some(signal) = status.signal() {
        return Outcome::Crash(format!(
            "killed by signal {signal}{}",
            stderr_tail(&run.stderr)
        ));
    }
    let code = status.code().unwrap_or(-1);
    let mut report = String::new();
    match &expected.error {
        Some((expected_code, expected_stderr)) => {
            if code != *expected_code {
                report.push_str(&format!(
                    "exit status: expected {expected_code}, got {code}\n"
                ));
            }
            if run.stderr != *expected_stderr {
                report.push_str(&diff("stderr", expected_stderr, &run.stderr));
            }
        }
        None if code != 0 => {
            report.push_str(&format!(
                "exit status: expected 0, got {code}{}",
                stderr_tail(&run.stderr)
            ));
        }
        None => {}
    }
    if run.stdout != expected.stdout {
        report.push_str(&diff("stdout", &expected.stdout, &run.stdout));
    }
    if report.is_empty() {
        Outcome::Passed
    } else {
        Outcome::Mismatch(report)
    }
}

fn replace_roots(output: &[u8], roots: &[Vec<u8>]) -> Vec<u8> {
    let mut output = output.to_vec();
    for root in roots.iter().filter(|root| !root.is_empty()) {
        let mut replaced = Vec::with_capacity(output.len());
        let mut rest = output.as_slice();
        while let Some(at) = rest.windows(root.len()).position(|window| window == root) {
            replaced.extend_from_slice(&rest[..at]);
            replaced.extend_from_slice(CASES_PLACEHOLDER);
            rest = &rest[at + root.len()..];
        }
        replaced.extend_from_slice(rest);
        output = replaced;
    }
    output
}

fn read_expected(script: &Path) -> Result<Expected, String> {
    let out_path = script.with_extension("out");
    let stdout = std::fs::read(&out_path).map_err(|error| {
        format!(
            "missing {}: {error} (record it: python3 tests/record.py {})\n",
            out_path.display(),
            script.display()
        )
    })?;
    let err_path = script.with_extension("err");
    let error = match std::fs::read(&err_path) {
        Ok(bytes) => Some(parse_err_file(&bytes).ok_or_else(|| {
            format!(
                "{} does not start with an `exit: N` line\n",
                err_path.display()
            )
        })?),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(format!("cannot read {}: {error}\n", err_path.display())),
    };
    Ok(Expected { stdout, error })
}

fn parse_err_file(bytes: &[u8]) -> Option<(i32, Vec<u8>)> {
    let newline = bytes.iter().position(|&byte| byte == b'\n')?;
    let first_line = std::str::from_utf8(&bytes[..newline]).ok()?;
    let code = first_line.strip_prefix("exit: ")?.trim().parse().ok()?;
    Some((code, bytes[newline + 1..].to_vec()))
}

/// Runs `binary <script file name>` in the script's folder, in a process group of its own so a
/// hang can be killed together with any children it started.
fn run_binary(binary: &Path, script: &Path) -> std::io::Result<RunOutput> {
    let folder = script.parent().unwrap_or(Path::new("."));
    let file_name = script.file_name().unwrap_or_default();
    let mut command = Command::new(binary);
    command
        .arg(file_name)
        .current_dir(folder)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for (key, value) in CASE_ENV {
        command.env(key, value);
    }
    let mut child = command.spawn()?;
    let stdout_reader = spawn_reader(child.stdout.take());
    let stderr_reader = spawn_reader(child.stderr.take());
    let deadline = Instant::now() + CASE_TIMEOUT;
    let mut status = None;
    let mut hung = false;
    while status.is_none() {
        status = child.try_wait()?;
        if status.is_none() {
            if Instant::now() >= deadline {
                hung = true;
                kill_group(child.id());
                let _ = child.kill();
                status = child.wait().ok();
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    let pipe_deadline = deadline.max(Instant::now()) + PIPE_GRACE;
    let stdout = collect_reader(&stdout_reader, pipe_deadline);
    let stderr = collect_reader(&stderr_reader, pipe_deadline);
    if stdout.is_none() || stderr.is_none() {
        // A leftover child still holds the pipes open.
        kill_group(child.id());
        hung = true;
    }
    Ok(RunOutput {
        status,
        stdout: stdout.unwrap_or_default(),
        stderr: stderr.unwrap_or_default(),
        hung,
    })
}

fn spawn_reader<R: Read + Send + 'static>(source: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut source) = source {
            let _ = source.read_to_end(&mut bytes);
        }
        let _ = sender.send(bytes);
    });
    receiver
}

fn collect_reader(receiver: &mpsc::Receiver<Vec<u8>>, deadline: Instant) -> Option<Vec<u8>> {
    let remaining = deadline.saturating_duration_since(Instant::now());
    receiver.recv_timeout(remaining).ok()
}

/// Kills the process group led by `process_id` with `kill(1)`: std has no group kill and this
/// test stays free of `unsafe`.
fn kill_group(process_id: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{process_id}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn stderr_tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return "\n".into();
    }
    let start = lines.len().saturating_sub(DIFF_LINES);
    let mut tail = String::from("; stderr ends with:\n");
    for line in &lines[start..] {
        tail.push_str("    ");
        tail.push_str(line);
        tail.push('\n');
    }
    tail
}

/// A unified-style diff of the region between the common prefix and suffix, lines matched by
/// longest common subsequence (quadratic, so only for regions up to `DIFF_MATCH_LIMIT` lines a
/// side; larger ones show as one replaced block). At most `DIFF_LINES` changed lines are shown.
fn diff(what: &str, expected: &[u8], got: &[u8]) -> String {
    let expected_text = String::from_utf8_lossy(expected);
    let got_text = String::from_utf8_lossy(got);
    let expected_lines: Vec<&str> = expected_text.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got_text.split_inclusive('\n').collect();
    let prefix = expected_lines
        .iter()
        .zip(&got_lines)
        .take_while(|(left, right)| left == right)
        .count();
    let suffix = expected_lines[prefix..]
        .iter()
        .rev()
        .zip(got_lines[prefix..].iter().rev())
        .take_while(|(left, right)| left == right)
        .count();
    let expected_middle = &expected_lines[prefix..expected_lines.len() - suffix];
    let got_middle = &got_lines[prefix..got_lines.len() - suffix];
    let mut text = format!("--- expected {what}\n+++ got {what}\n");
    text.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        prefix + 1,
        expected_middle.len(),
        prefix + 1,
        got_middle.len()
    ));
    for line in &expected_lines[prefix.saturating_sub(DIFF_CONTEXT)..prefix] {
        push_diff_line(&mut text, ' ', line);
    }
    let mut changed_shown = 0;
    let mut equal_run = 0;
    for (marker, line) in line_edits(expected_middle, got_middle) {
        if marker == ' ' {
            equal_run += 1;
            if equal_run == DIFF_CONTEXT + 1 {
                text.push_str(" ...\n");
            }
            if equal_run > DIFF_CONTEXT {
                continue;
            }
        } else {
            equal_run = 0;
            changed_shown += 1;
            if changed_shown > DIFF_LINES {
                text.push_str("... (more differences)\n");
                break;
            }
        }
        push_diff_line(&mut text, marker, line);
    }
    text
}

const DIFF_MATCH_LIMIT: usize = 1500;

/// The edit script turning `expected` into `got`: `' '` kept, `'-'` removed, `'+'` added.
fn line_edits<'a>(expected: &[&'a str], got: &[&'a str]) -> Vec<(char, &'a str)> {
    if expected.len() > DIFF_MATCH_LIMIT || got.len() > DIFF_MATCH_LIMIT {
        let removed = expected.iter().map(|line| ('-', *line));
        return removed.chain(got.iter().map(|line| ('+', *line))).collect();
    }
    // common[i][j] = length of the longest common subsequence of expected[i..] and got[j..].
    let width = got.len() + 1;
    let mut common = vec![0usize; (expected.len() + 1) * width];
    for i in (0..expected.len()).rev() {
        for j in (0..got.len()).rev() {
            common[i * width + j] = if expected[i] == got[j] {
                common[(i + 1) * width + j + 1] + 1
            } else {
                common[(i + 1) * width + j].max(common[i * width + j + 1])
            };
        }
    }
    let mut edits = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < expected.len() || j < got.len() {
        if i < expected.len() && j < got.len() && expected[i] == got[j] {
            edits.push((' ', expected[i]));
            i += 1;
            j += 1;
        } else if j < got.len()
            && (i == expected.len() || common[i * width + j + 1] >= common[(i + 1) * width + j])
        {
            edits.push(('+', got[j]));
            j += 1;
        } else {
            edits.push(('-', expected[i]));
            i += 1;
        }
    }
    // Show removals before additions within a changed block, as diff -u does.
    let mut ordered = Vec::with_capacity(edits.len());
    let mut block: Vec<(char, &str)> = Vec::new();
    for edit in edits {
        if edit.0 == ' ' {
            block.sort_by_key(|(marker, _)| *marker != '-');
            ordered.append(&mut block);
            ordered.push(edit);
        } else {
            block.push(edit);
        }
    }
    block.sort_by_key(|(marker, _)| *marker != '-');
    ordered.append(&mut block);
    ordered
}

fn push_diff_line(text: &mut String, marker: char, line: &str) {
    text.push(marker);
    match line.strip_suffix('\n') {
        Some(body) => {
            text.push_str(body);
            text.push('\n');
        }
        None => {
            text.push_str(line);
            text.push_str("\n\\ No newline at end of output\n");
        }
    }
}
