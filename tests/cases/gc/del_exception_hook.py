# An exception raised in __del__ does not propagate: it goes to sys.unraisablehook with
# the exception, the __del__ function as object and no err_msg; the program continues.
import gc
import sys

seen = []


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value),
                 unraisable.object is Bad.__del__, unraisable.err_msg,
                 unraisable.exc_traceback is not None))


class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")


previous = sys.unraisablehook
sys.unraisablehook = hook
b = Bad()
del b
print("after del:", seen)
seen.clear()
c = Bad()
c.me = c
del c
gc.collect()
print("after collect:", seen)
seen.clear()
items = [Bad(), Bad()]
items = None
print("two:", len(seen), [s[0] for s in seen])
sys.unraisablehook = previous
print("done")
