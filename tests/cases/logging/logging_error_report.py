# logging: a record that cannot be formatted makes handleError print "--- Logging error ---",
# the traceback, the call stack of the logging call, the message and its arguments (captured
# here; lines inside the logging package left out, their paths differ), and logging goes on.
import io
import logging
import sys

out = io.StringIO()
log = logging.getLogger("broken")
log.addHandler(logging.StreamHandler(out))
log.propagate = False


def caller():
    log.error("%d items", "many")


def report(action):
    saved = sys.stderr
    sys.stderr = err = io.StringIO()
    try:
        action()
    finally:
        sys.stderr = saved
    lines = err.getvalue().splitlines()
    kept = []
    skip = False
    for line in lines:
        path = line.split('"')[1] if line.startswith('  File "') else ""
        if path.endswith("logging/__init__.py") or path.startswith("<gilt:"):
            skip = True
            continue
        if skip and line.startswith("    "):
            continue
        skip = False
        kept.append(line)
    print("\n".join(kept))


report(caller)
report(lambda: log.warning("two args", 1, 2))
log.warning("still logging")
logging.raiseExceptions = False
report(caller)
logging.raiseExceptions = True
print(repr(out.getvalue()))
