#!/usr/bin/env python3
"""Record the conformance suite's expected outputs with CPython.

For every case `tests/cases/<area>/<name>.py` (or the case paths given as
arguments) this runs CPython's real executable -- `sys.executable` of the
interpreter running this script -- exactly as `tests/conformance.rs` runs gilt:
`python3 <name>.py` with cwd = the case's folder, stdin from /dev/null, and the
environment variables in CASE_ENV. It writes `<name>.out` = stdout, byte for
byte, except that the absolute path of tests/cases is written `<cases>` (CPython
prints the script's absolute path in tracebacks, and the suite must pass in any
checkout; conformance.rs rewrites gilt's output the same way). A case whose first lines hold the header comment `# test: stderr` is about
an error: it also gets `<name>.err` = `exit: N` on the first line, then stderr
byte for byte. The files carry no header of their own: they are the raw output.

Each case runs twice; a case whose two runs differ (or that times out, or that
fails without the stderr header) is refused: nothing is written for it, and this
script exits non-zero naming it. Files whose name starts with `_` are helper
modules, not cases.

Usage: python3 tests/record.py [cases...]
"""

import os
import subprocess
import sys

CASES_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
TIMEOUT_SECONDS = 30
HEADER_LINES = 5
STDERR_HEADER = "# test: stderr"
# Keep in step with CASE_ENV in tests/conformance.rs.
CASE_ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}


CASES_PLACEHOLDER = b"<cases>"


def normalize(output):
    """Replace the checkout-specific path of the cases folder with `<cases>`."""
    for root in sorted({os.path.realpath(CASES_ROOT), os.path.abspath(CASES_ROOT)}, key=len, reverse=True):
        output = output.replace(root.encode(), CASES_PLACEHOLDER)
    return output


def find_cases(root):
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(("_", ".")))
        for name in sorted(files):
            if name.endswith(".py") and not name.startswith("_"):
                found.append(os.path.join(folder, name))
    return sorted(found)


def wants_stderr(path):
    with open(path, encoding="utf-8", errors="replace") as source:
        for _, line in zip(range(HEADER_LINES), source):
            if line.strip() == STDERR_HEADER:
                return True
    return False


def run_once(path):
    folder, name = os.path.split(os.path.abspath(path))
    env = dict(os.environ)
    env.update(CASE_ENV)
    completed = subprocess.run(
        [sys.executable, name],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT_SECONDS,
    )
    return completed.returncode, normalize(completed.stdout), normalize(completed.stderr)


def record(path):
    """Record one case; return None on success or the reason it was refused."""
    try:
        first = run_once(path)
        second = run_once(path)
    except subprocess.TimeoutExpired:
        return "timed out after %d s" % TIMEOUT_SECONDS
    if first != second:
        parts = [n for n, a, b in zip(("exit status", "stdout", "stderr"), first, second) if a != b]
        return "not deterministic: %s differ between two runs" % " and ".join(parts)
    status, stdout, stderr = first
    stem = path[: -len(".py")]
    if wants_stderr(path):
        with open(stem + ".err", "wb") as err_file:
            err_file.write(b"exit: %d\n" % status + stderr)
    else:
        if status != 0 or stderr:
            return "exit status %d with stderr %r but no `%s` header" % (status, stderr[-200:], STDERR_HEADER)
        if os.path.exists(stem + ".err"):
            os.remove(stem + ".err")
    with open(stem + ".out", "wb") as out_file:
        out_file.write(stdout)
    return None


def main(arguments):
    paths = arguments or find_cases(CASES_ROOT)
    refused = []
    for path in paths:
        if not path.endswith(".py") or not os.path.isfile(path):
            refused.append((path, "not a .py case file"))
            print("refused %s: not a .py case file" % path)
            continue
        shown = os.path.relpath(os.path.abspath(path), CASES_ROOT)
        reason = record(path)
        if reason is None:
            print("recorded %s" % shown)
        else:
            refused.append((shown, reason))
            print("REFUSED %s: %s" % (shown, reason))
    print("%d recorded, %d refused" % (len(paths) - len(refused), len(refused)))
    sys.stdout.flush()
    for shown, reason in refused:
        print("refused: %s (%s)" % (shown, reason), file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
