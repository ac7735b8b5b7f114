# traceback: print_exc, format_exc, print_exception (3.10 forms: exc alone, or type/value/tb),
# format_exception, file= and limit=.
import io
import sys
import traceback


def inner(n):
    raise ValueError("bad %d" % n)


def middle(n):
    inner(n)


def outer():
    middle(3)


try:
    outer()
except ValueError as e:
    exc = e
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text == "".join(traceback.format_exception(e)))
    traceback.print_exc(limit=1, file=sys.stdout)
print(repr(traceback.format_exc()))
traceback.print_exception(exc, file=sys.stdout)
traceback.print_exception(type(exc), exc, exc.__traceback__, limit=2, file=sys.stdout)
traceback.print_exception(type(exc), exc, None, file=sys.stdout)
print(traceback.format_exception(exc, limit=-1))
print(traceback.format_exception(ValueError("no traceback")))
print(traceback.format_exception(None))
buf = io.StringIO()
traceback.print_exception(exc, limit=0, file=buf)
print(repr(buf.getvalue()))
for bad in [(exc, exc), (exc, None, None, None)]:
    try:
        traceback.print_exception(*bad, file=buf)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print(type(e).__name__, e)
saved = sys.stderr
sys.stderr = err = io.StringIO()
try:
    middle(5)
except ValueError:
    traceback.print_exc()
sys.stderr = saved
print(err.getvalue().splitlines()[-1])
