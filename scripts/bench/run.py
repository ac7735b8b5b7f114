#!/usr/bin/env python3
"""Benchmark runner: gilt against CPython, side by side.

For each benchmark script in this folder it runs gilt and CPython alternately (so a burst of load
on the machine hurts both sides alike), measures wall time with time.perf_counter around the child
and the child's peak resident set size from os.wait4's rusage, checks that both printed the same
stdout, and prints a table of medians, the ratio of the medians and of the fastest runs (steadier
when other jobs load the machine), plus their geometric means.

CPython is run through its real executable (sys.executable), never through a launcher shim such as
pyenv's `python3`, which would add about 0.2 s of startup to every run.

Usage:
    python3 scripts/bench/run.py                     # every CPU benchmark, 5 runs each
    python3 scripts/bench/run.py fib loops           # only those
    python3 scripts/bench/run.py --repeat 3 --markdown
    python3 scripts/bench/run.py --gilt target/debug/gilt
    python3 scripts/bench/run.py --threads           # also the thread benchmarks

Standard library only; runs on CPython 3.9 or later, Linux (ru_maxrss is in kilobytes there).
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIRECTORY = os.path.dirname(os.path.abspath(__file__))
REPOSITORY_ROOT = os.path.dirname(os.path.dirname(BENCH_DIRECTORY))

# One line per benchmark: (name, script file in this folder, what it measures).
CPU_BENCHMARKS = [
    ("fib", "fib.py", "recursive calls"),
    ("loops", "loops.py", "nested int loops"),
    ("methods", "methods.py", "method calls, attributes"),
    ("dicts_strings", "dicts_strings.py", "dicts, str build/split/join"),
    ("sort_comprehensions", "sort_comprehensions.py", "sorting with keys, comprehensions"),
    ("floats", "floats.py", "float math"),
    ("exceptions", "exceptions.py", "raise/catch"),
    ("generators", "generators.py", "generator pipelines"),
    ("gc_cycles", "gc_cycles.py", "1M dropped cycles, automatic gc"),
    ("gc_live_heap", "gc_live_heap.py", "churn beside a 1M-object live heap"),
    ("deque_ops", "deque_ops.py", "collections.deque queue, window, stack"),
    ("logging_file", "logging_file.py", "100 000 log records to a file"),
]

# Thread benchmarks, run only with --threads; each is one line like the ones above.
THREAD_BENCHMARKS = [
    ("threads_event_pingpong", "threads_event_pingpong.py", "20 000 hand-overs through Events"),
    ("threads_sleepers", "threads_sleepers.py", "50 threads x 10 sleeps of 10 ms"),
    ("threads_cpu_split", "threads_cpu_split.py", "a CPU loop split over 2 threads"),
]

STARTUP_RUNS = 20


class RunResult:
    """One child process run: wall seconds, peak RSS in kilobytes, exit status and output."""

    def __init__(self, seconds, peak_kilobytes, exit_code, stdout, stderr, error=None):
        self.seconds = seconds
        self.peak_kilobytes = peak_kilobytes
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.error = error

    @property
    def ok(self):
        return self.error is None and self.exit_code == 0


def enable_subreaper():
    """Makes this process the reaper of orphaned descendants (Linux prctl), so it can wait4 a grandchild."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError, ImportError):
        return False


PR_SET_CHILD_SUBREAPER = 36
SUBREAPER = False  # set by main(); when False, peaks include the runner's own RSS as a floor


def launch(command, stdout_file, stderr_file):
    """Starts command and returns (process to reap first, pid whose rusage to report).

    A child's ru_maxrss never falls below the RSS of the process it was forked from, and a fork of
    this Python runner is ~15 MB, which would hide any interpreter smaller than that. So the command
    is started in the background by a tiny shell that exits at once: the command is forked from the
    shell (~1.6 MB), becomes an orphan, is reparented to this process (a child subreaper), and is
    reaped here with its own, honest, rusage.
    """
    if not SUBREAPER:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stdout_file, stderr=stderr_file)
        return process, process.pid
    read_end, write_end = os.pipe()
    script = '"$@" %d>&- & echo $! >&%d' % (write_end, write_end)
    try:
        process = subprocess.Popen(
            ["/bin/sh", "-c", script, "sh"] + command,
            stdin=subprocess.DEVNULL,
            stdout=stdout_file,
            stderr=stderr_file,
            pass_fds=(write_end,),
        )
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb") as pid_pipe:
        pid_text = pid_pipe.read().strip()
    os.wait4(process.pid, 0)
    process.returncode = 0
    return None, int(pid_text)


def run_once(command, timeout):
    """Runs command once; never raises: a failure to start or a timeout is recorded in .error."""
    if os.sep in command[0] and not os.access(command[0], os.X_OK):
        return RunResult(0.0, 0, None, "", "", error="cannot start: %s is not an executable file" % command[0])
    with tempfile.TemporaryFile() as stdout_file, tempfile.TemporaryFile() as stderr_file:
        start = time.perf_counter()
        try:
            process, pid = launch(command, stdout_file, stderr_file)
        except (OSError, ValueError) as error:
            return RunResult(0.0, 0, None, "", "", error="cannot start: %s" % error)
        timed_out = []

        def kill_on_timeout():
            timed_out.append(True)
            try:
                os.kill(pid, 9)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill_on_timeout)
        timer.start()
        # os.wait4 instead of Popen.wait(): it reaps the child and returns its own rusage, whose
        # ru_maxrss is that process's peak (RUSAGE_CHILDREN would be the maximum over all children).
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        exit_code = os.waitstatus_to_exitcode(status)
        if process is not None:
            process.returncode = exit_code  # already reaped: keeps Popen from waiting on it again
        stdout_file.seek(0)
        stderr_file.seek(0)
        stdout = stdout_file.read().decode("utf-8", "replace")
        stderr = stderr_file.read().decode("utf-8", "replace")
    error = None
    if timed_out:
        error = "timed out after %g s" % timeout
    elif exit_code == 127 and SUBREAPER and "not found" in stderr:
        error = "cannot start: %s" % stderr.strip()
    elif exit_code != 0:
        error = "exit status %d" % exit_code
    return RunResult(seconds, usage.ru_maxrss, exit_code, stdout, stderr, error)


class BenchmarkOutcome:
    """The runs of one benchmark on both interpreters and what went wrong, if anything."""

    def __init__(self, name):
        self.name = name
        self.gilt_runs = []
        self.cpython_runs = []
        self.gilt_failure = None
        self.cpython_failure = None
        self.mismatch = None

    def gilt_median(self):
        return median_seconds(self.gilt_runs) if self.gilt_failure is None else None

    def cpython_median(self):
        return median_seconds(self.cpython_runs) if self.cpython_failure is None else None

    def gilt_peak_megabytes(self):
        return peak_megabytes(self.gilt_runs) if self.gilt_failure is None else None

    def cpython_peak_megabytes(self):
        return peak_megabytes(self.cpython_runs) if self.cpython_failure is None else None

    def time_ratio(self):
        return ratio(self.gilt_median(), self.cpython_median())

    def best_ratio(self):
        """Fastest run against fastest run: on a machine shared with other jobs, bursts of load
        move medians by 20% and more, while each side's best run stays close to its true cost."""
        if self.gilt_failure is not None or self.cpython_failure is not None:
            return None
        if not self.gilt_runs or not self.cpython_runs:
            return None
        return ratio(
            min(run.seconds for run in self.gilt_runs),
            min(run.seconds for run in self.cpython_runs),
        )

    def memory_ratio(self):
        return ratio(self.gilt_peak_megabytes(), self.cpython_peak_megabytes())


def median_seconds(runs):
    return statistics.median(run.seconds for run in runs) if runs else None


def peak_megabytes(runs):
    return max(run.peak_kilobytes for run in runs) / 1024.0 if runs else None


def ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def describe_failure(result):
    lines = [result.error]
    tail = result.stderr.strip().splitlines()[-3:]
    lines.extend("    " + line for line in tail if line not in result.error)
    return "\n".join(lines)


def run_benchmark(name, script, gilt, python, repeat, timeout, log):
    """Alternates gilt and CPython `repeat` times; gilt stops being run after its first failure."""
    outcome = BenchmarkOutcome(name)
    path = os.path.join(BENCH_DIRECTORY, script)
    for _ in range(repeat):
        if outcome.gilt_failure is None:
            result = run_once([gilt, path], timeout)
            if result.ok:
                outcome.gilt_runs.append(result)
            else:
                outcome.gilt_failure = describe_failure(result)
                outcome.gilt_runs.clear()
        if outcome.cpython_failure is None:
            result = run_once([python, path], timeout)
            if result.ok:
                outcome.cpython_runs.append(result)
            else:
                outcome.cpython_failure = describe_failure(result)
                outcome.cpython_runs.clear()
        log(".")
    if outcome.gilt_runs and outcome.cpython_runs:
        expected = outcome.cpython_runs[0].stdout
        for result in outcome.gilt_runs:
            if result.stdout != expected:
                outcome.mismatch = "gilt printed %r, CPython printed %r" % (
                    result.stdout.strip()[-200:],
                    expected.strip()[-200:],
                )
                break
    return outcome


def measure_startups(commands, runs, timeout):
    """Median milliseconds of each command over `runs` alternating runs; None for one that fails."""
    durations = [[] for _ in commands]
    failed = [False for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            if failed[index]:
                continue
            result = run_once(command, timeout)
            if result.ok:
                durations[index].append(result.seconds * 1000.0)
            else:
                failed[index] = True
    return [None if failed[index] else statistics.median(durations[index]) for index in range(len(commands))]


def geometric_mean(values):
    values = [value for value in values if value is not None and value > 0]
    if not values:
        return None
    return math.exp(sum(math.log(value) for value in values) / len(values))


def format_number(value, digits):
    return "failed" if value is None else "%.*f" % (digits, value)


def format_milliseconds(value):
    return "failed" if value is None else "%.1f ms" % value


def table_rows(outcomes):
    rows = []
    for outcome in outcomes:
        gilt_seconds = format_number(outcome.gilt_median(), 3)
        if outcome.mismatch:
            gilt_seconds += " (MISMATCH)"
        rows.append(
            [
                outcome.name,
                gilt_seconds,
                format_number(outcome.cpython_median(), 3),
                format_number(outcome.time_ratio(), 2),
                format_number(outcome.best_ratio(), 2),
                format_number(outcome.gilt_peak_megabytes(), 1),
                format_number(outcome.cpython_peak_megabytes(), 1),
                format_number(outcome.memory_ratio(), 2),
            ]
        )
    return rows


HEADERS = [
    "benchmark",
    "gilt s",
    "CPython s",
    "time ratio",
    "best ratio",
    "gilt MB",
    "CPython MB",
    "mem ratio",
]


def print_plain_table(rows):
    widths = [max(len(row[column]) for row in [HEADERS] + rows) for column in range(len(HEADERS))]

    def line(cells):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:])]
        return "  ".join([first] + rest)

    print(line(HEADERS))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        print(line(row))


def print_markdown_table(rows):
    print("| " + " | ".join(HEADERS) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(HEADERS) - 1)) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def main():
    parser = argparse.ArgumentParser(description="Run gilt and CPython side by side on the benchmarks.")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument(
        "--gilt",
        default=os.path.join(REPOSITORY_ROOT, "target", "release", "gilt"),
        help="gilt executable (default: target/release/gilt)",
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="CPython executable (default: this interpreter's real executable)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per interpreter (default: 5)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is killed")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--threads", action="store_true", help="also run the thread benchmarks")
    parser.add_argument("--no-startup", action="store_true", help="skip the `-c pass` startup line")
    arguments = parser.parse_args()
    global SUBREAPER
    SUBREAPER = enable_subreaper()

    available = CPU_BENCHMARKS + THREAD_BENCHMARKS
    if arguments.names:
        by_name = {name: (name, script, note) for name, script, note in available}
        unknown = [name for name in arguments.names if name not in by_name]
        if unknown:
            parser.error(
                "unknown benchmark(s): %s (known: %s)"
                % (", ".join(unknown), ", ".join(name for name, _, _ in available))
            )
        selected = [by_name[name] for name in arguments.names]
    else:
        selected = CPU_BENCHMARKS + (THREAD_BENCHMARKS if arguments.threads else [])
    if arguments.repeat < 1:
        parser.error("--repeat must be at least 1")

    def log(text):
        sys.stderr.write(text)
        sys.stderr.flush()

    log("gilt:    %s\nCPython: %s\n" % (arguments.gilt, arguments.python))
    if not SUBREAPER:
        log("note: cannot become a child subreaper; peak MB include this runner's RSS as a floor\n")
    outcomes = []
    for name, script, _ in selected:
        log("%-22s" % name)
        outcomes.append(
            run_benchmark(
                name, script, arguments.gilt, arguments.python, arguments.repeat, arguments.timeout, log
            )
        )
        log("\n")

    rows = table_rows(outcomes)
    if arguments.markdown:
        print_markdown_table(rows)
    else:
        print_plain_table(rows)

    mean = geometric_mean([outcome.time_ratio() for outcome in outcomes])
    best_mean = geometric_mean([outcome.best_ratio() for outcome in outcomes])
    print()
    print(
        "geometric mean of time ratios (gilt/CPython): %s median, %s best"
        % (format_number(mean, 2), format_number(best_mean, 2))
    )

    if not arguments.no_startup:
        gilt_startup, python_startup = measure_startups(
            [[arguments.gilt, "-c", "pass"], [arguments.python, "-c", "pass"]], STARTUP_RUNS, arguments.timeout
        )
        print(
            "startup (-c pass, median of %d): gilt %s, CPython %s"
            % (STARTUP_RUNS, format_milliseconds(gilt_startup), format_milliseconds(python_startup))
        )

    problems = []
    for outcome in outcomes:
        if outcome.gilt_failure:
            problems.append("%s: gilt failed: %s" % (outcome.name, outcome.gilt_failure))
        if outcome.cpython_failure:
            problems.append("%s: CPython failed: %s" % (outcome.name, outcome.cpython_failure))
        if outcome.mismatch:
            problems.append("%s: OUTPUT MISMATCH: %s" % (outcome.name, outcome.mismatch))
    if problems:
        print()
        for problem in problems:
            print(problem)
    return 1 if any(outcome.mismatch for outcome in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
