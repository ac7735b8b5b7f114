# traceback: limit (positive keeps the outermost, negative the innermost entries) and
# sys.tracebacklimit.
import sys
import traceback


def f1():
    f2()


def f2():
    f3()


def f3():
    raise LookupError("deep")


try:
    f1()
except LookupError as e:
    exc = e
for limit in (None, 0, 1, 2, -1, -2, 10, -10):
    tb = traceback.extract_tb(exc.__traceback__, limit=limit)
    print(limit, [fs.name for fs in tb])
sys.tracebacklimit = 2
print([fs.name for fs in traceback.extract_tb(exc.__traceback__)])
sys.tracebacklimit = -5
print([fs.name for fs in traceback.extract_tb(exc.__traceback__)])
sys.tracebacklimit = 1
print([fs.name for fs in traceback.extract_tb(exc.__traceback__, limit=3)])
del sys.tracebacklimit
print("".join(traceback.format_exception(exc, limit=-1)), end="")
print("".join(traceback.format_exception(exc, limit=1)), end="")


def stack():
    return [f.name for f in traceback.extract_stack(limit=2)]


print(stack())
