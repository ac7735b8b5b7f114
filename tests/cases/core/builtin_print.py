# print: several arguments, sep, end, file=sys.stdout, flush, a file object, no arguments.
import os
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print()
print(1, 2.5, None, [1], (2,), {"k": "v"}, sep=" | ")
print("to stdout", file=sys.stdout, flush=True)
print(*range(5), sep="\n")
print("x", end="")
print("y", end="")
print(end="\n")
print("", "", sep="-")
print("sep None", None, sep=None)
print("end None", end=None)
path = "print_output.tmp"
with open(path, "w") as handle:
    print("line one", file=handle)
    print("a", "b", sep="+", end="!\n", file=handle)
with open(path) as handle:
    print(repr(handle.read()))
os.remove(path)
sys.stdout.write("written directly\n")
try:
    print("bad", sep=5)
except TypeError as e:
    print("TypeError:", e)
