# Runaway recursion raises RecursionError (caught here); the interpreter survives and recovers.
import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


reached = depth(0)
print(reached > 500, reached < sys.getrecursionlimit())


def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


print(countdown(500))


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError in __repr__:", e)
print("still running")
