# test: stderr
# print(): sep, end, file (real files, sys.stderr, objects with write), flush, and the errors.
import sys

print("a", "b", 3, sep="-", end="!\n")
print("no end", end="")
print()
print(sep=None, end=None)
print("x", "y", sep="")
print(*range(5), sep=", ")


class Collector:
    def __init__(self):
        self.parts = []
        self.flushes = 0

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.flushes += 1


c = Collector()
print("to", "collector", file=c)
print("again", file=c, end="", flush=True)
print(c.parts, c.flushes)
print("to stderr", file=sys.stderr)
print("to stderr, flushed", file=sys.stderr, flush=True)
print("stdout explicitly", file=sys.stdout, flush=True)
print("file None", file=None)
with open("print_file_case.tmp", "w") as f:
    print("into a file", 1, 2, file=f)
    print("second", file=f, flush=True)
with open("print_file_case.tmp") as f:
    print(repr(f.read()))
import os
os.remove("print_file_case.tmp")

for kwargs in [{"sep": 1}, {"end": 2}, {"file": 3}, {"nonsense": 1}, {"file": object()}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class NoFlush:
    def write(self, text):
        pass


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
print("flush false", file=NoFlush(), flush=False)


class BadStr:
    def __str__(self):
        raise ValueError("no str")


try:
    print("before", BadStr())
except ValueError as e:
    print("ValueError", e)
saved = sys.stdout
sys.stdout = None
print("goes nowhere")
sys.stdout = saved
print("done")
sys.stdout.flush()
sys.stdout.close()
try:
    print("closed")
except ValueError as e:
    print("ValueError", e, file=sys.stderr)
