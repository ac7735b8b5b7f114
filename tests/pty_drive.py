"""Drive a program on a pseudo-terminal, as a user at a keyboard would, for `tests/repl.rs`.

usage: python3 pty_drive.py STEPS_FILE PROGRAM [ARGS...]

STEPS_FILE holds one step per line, `expect TEXT` (wait until TEXT appears in the output that
came after the previous expectation) or `send TEXT` (type TEXT); TEXT is written as a Python
string literal, so `send 'pri\\t'` types a tab. After the last step the helper waits for the
program to exit. It prints everything the program wrote (the transcript, terminal escapes
included) to stdout, then `exit: N` (or `signal: N`) on the last line, and exits 0. When an
expectation or the exit does not come within its deadline it prints the transcript, a line
`timeout: WHAT` and exits 3, after killing the program. Only the standard library is used.
"""

import ast
import os
import pty
import select
import signal
import sys
import time

STEP_TIMEOUT = 5.0


def main():
    steps_file, program = sys.argv[1], sys.argv[2:]
    steps = []
    with open(steps_file, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            verb, _, literal = line.partition(" ")
            steps.append((verb, ast.literal_eval(literal)))

    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvp(program[0], program)
        finally:
            os._exit(127)

    transcript = bytearray()
    seen = 0  # expectations look only after this offset

    def read_some(deadline):
        remaining = max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return True
        try:
            data = os.read(fd, 4096)
        except OSError:  # EIO: the program closed the terminal
            return False
        if not data:
            return False
        transcript.extend(data)
        return True

    def fail(what):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        sys.stdout.write(transcript.decode("utf-8", "replace"))
        sys.stdout.write("\ntimeout: %s\n" % what)
        sys.stdout.flush()
        sys.exit(3)

    for verb, text in steps:
        if verb == "send":
            os.write(fd, text.encode("utf-8"))
        elif verb == "expect":
            wanted = text.encode("utf-8")
            deadline = time.monotonic() + STEP_TIMEOUT
            while True:
                at = transcript.find(wanted, seen)
                if at >= 0:
                    seen = at + len(wanted)
                    break
                if time.monotonic() >= deadline:
                    fail("expect %r" % text)
                if not read_some(deadline):
                    # Terminal closed: one last check, then give up on this expectation.
                    at = transcript.find(wanted, seen)
                    if at < 0:
                        fail("expect %r (program closed the terminal)" % text)
        else:
            fail("unknown step %r" % verb)

    # Drain the output until the program closes the terminal, then collect its status.
    deadline = time.monotonic() + STEP_TIMEOUT
    while read_some(deadline):
        if time.monotonic() >= deadline:
            fail("exit")
    while True:
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
        if time.monotonic() >= deadline:
            fail("exit")
        time.sleep(0.01)
    sys.stdout.write(transcript.decode("utf-8", "replace"))
    if os.WIFSIGNALED(status):
        sys.stdout.write("\nsignal: %d\n" % os.WTERMSIG(status))
    else:
        sys.stdout.write("\nexit: %d\n" % os.WEXITSTATUS(status))


if __name__ == "__main__":
    main()
