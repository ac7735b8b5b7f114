# test: stderr
# sys.excepthook: called directly it prints a traceback on stderr; a replacement sees the
# uncaught exception that ends the program.
import sys

print(sys.excepthook is sys.__excepthook__, type(sys.excepthook).__name__)
try:
    raise ValueError("printed by the hook")
except ValueError:
    sys.excepthook(*sys.exc_info())
print("after the direct call")
try:
    {}["missing"]
except KeyError as e:
    try:
        raise RuntimeError("chained") from e
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
print(sys.excepthook(TypeError, TypeError("no traceback"), None))
sys.excepthook(int, 5, None)
for args in [(), (1, 2)]:
    try:
        sys.excepthook(*args)
    except TypeError as e:
        print("TypeError", e)
sys.stdout.flush()


def hook(exc_type, value, tb):
    print("hook:", exc_type.__name__, value, type(tb).__name__, tb.tb_lineno)
    sys.stdout.flush()


sys.excepthook = hook
raise LookupError("seen by the replacement")
