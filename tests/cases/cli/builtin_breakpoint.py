# breakpoint() calls sys.breakpointhook with its arguments (the default hook starts a debugger,
# so this case replaces it).
import sys

print(sys.breakpointhook is sys.__breakpointhook__, type(sys.breakpointhook).__name__)
calls = []


def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hook result"


sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, key="value"))
print(calls)
sys.breakpointhook = lambda: "no arguments"
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
