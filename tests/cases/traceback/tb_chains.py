# traceback: chained exceptions: __cause__ ("direct cause"), __context__ ("During handling"),
# suppressed context (raise ... from None), chain=False, and a cycle in the chain.
import sys
import traceback


def fail(kind):
    raise kind("inner problem")


def cause():
    try:
        fail(KeyError)
    except KeyError as e:
        raise RuntimeError("outer from cause") from e


def context():
    try:
        fail(IndexError)
    except IndexError:
        raise TypeError("outer during handling")


def suppressed():
    try:
        fail(OSError)
    except OSError:
        raise LookupError("context suppressed") from None


for f in (cause, context, suppressed):
    try:
        f()
    except Exception as e:
        print("=" * 20, f.__name__)
        print("".join(traceback.format_exception(e)), end="")
        print("-- chain=False")
        print("".join(traceback.format_exception(e, chain=False)), end="")
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")
te = traceback.TracebackException.from_exception(a)
print(type(te.__context__).__name__, te.__context__.__context__)
try:
    cause()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, te.__cause__.exc_type.__name__, te.__context__, te.__suppress_context__)
    full = traceback.TracebackException.from_exception(e, compact=False)
    print(full.__context__, str(full.__cause__))
    te.print(file=sys.stdout, chain=False)
