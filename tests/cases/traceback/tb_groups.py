# traceback: exception groups in the boxed layout: nesting, chained members, notes,
# max_group_width and max_group_depth.
import sys
import traceback


def raise_group():
    try:
        raise ValueError("first")
    except ValueError as v:
        first = v
    try:
        raise KeyError("second")
    except KeyError as k:
        second = k
    raise ExceptionGroup("outer", [first, ExceptionGroup("inner", [second, TypeError("third")])])


try:
    raise_group()
except ExceptionGroup as e:
    eg = e
traceback.print_exception(eg, file=sys.stdout)
wide = ExceptionGroup("wide", [ValueError(i) for i in range(5)])
print("".join(traceback.format_exception(wide, limit=None)), end="")
te = traceback.TracebackException.from_exception(wide, max_group_width=2)
print("".join(te.format()), end="")
deep = ValueError("leaf")
for i in range(4):
    deep = ExceptionGroup("level %d" % i, [deep])
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
print("".join(te.format()), end="")
try:
    try:
        raise OSError("cause")
    except OSError as c:
        raise BaseExceptionGroup("with cause", [KeyboardInterrupt()]) from c
except BaseExceptionGroup as e:
    e.add_note("a note on the group")
    print("".join(traceback.format_exception(e)), end="")
te = traceback.TracebackException.from_exception(eg)
print(len(te.exceptions), te.exceptions[1].exc_type.__name__, len(te.exceptions[1].exceptions))
print(traceback.TracebackException.from_exception(ValueError()).exceptions)
