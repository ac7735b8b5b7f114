# traceback: long runs of the same frame and line are cut to three, then
# "[Previous line repeated N more times]".
import traceback


def down(n):
    if n == 0:
        raise RecursionError("bottom")
    down(n - 1)


def ping(n):
    if n:
        pong(n - 1)
    else:
        raise ValueError("end of ping-pong")


def pong(n):
    ping(n)


for depth in (2, 3, 4, 5, 30):
    try:
        down(depth)
    except RecursionError as e:
        lines = traceback.format_exception(e)
        print(depth, len(lines), [l for l in lines if "repeated" in l])
try:
    down(30)
except RecursionError as e:
    print("".join(traceback.format_tb(e.__traceback__)), end="")
try:
    ping(6)
except ValueError as e:
    print("".join(traceback.format_tb(e.__traceback__)), end="")
same = [("f.py", 1, "g", "line")] * 5 + [("f.py", 2, "g", "other")] * 4
print("".join(traceback.format_list(same)), end="")
