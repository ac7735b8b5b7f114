# test: stderr
# A replacement excepthook that raises: CPython prints its error, then the original exception.
import sys


def hook(exc_type, value, tb):
    print("hook called with", value)
    sys.stdout.flush()
    raise KeyError("broken hook")


sys.excepthook = hook


def fail():
    return 1 / 0


fail()
