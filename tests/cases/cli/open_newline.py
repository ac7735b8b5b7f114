# newline=None / '' / '\n' / '\r' / '\r\n': translation on write and on read, where lines end,
# and what `newlines` records.
import os

path = "open_newline_case.tmp"
mixed = b"unix\nwindows\r\nmac\rlast"
with open(path, "wb") as f:
    f.write(mixed)
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        lines = f.readlines()
        print(repr(newline), lines, repr(f.newlines))
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read()), repr(f.newlines))
    with open(path, newline=newline) as f:
        print(repr(newline), [f.readline() for _ in range(5)])
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read(8)), repr(f.read(3)), repr(f.readline(4)))
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        f.write("one\ntwo\r\nthree\rfour\n")
    with open(path, "rb") as f:
        print(repr(newline), f.read())
with open(path, "wb") as f:
    f.write(b"a\r\nb\r\n")
with open(path) as f:
    print(repr(f.newlines), repr(f.readline()), repr(f.newlines), f.read(), repr(f.newlines))
with open(path, "wb") as f:
    f.write(b"only\rcr\r")
with open(path) as f:
    print(list(f), repr(f.newlines))
with open(path, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r")
with open(path) as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[0][-2:]), lines[1:], repr(f.newlines))
with open(path, newline="") as f:
    print([len(line) for line in f])
with open(path, "w", newline="\r\n") as f:
    print(f.write("a\nb\n"), f.tell())
with open(path, "rb") as f:
    print(f.read())
with open(path, "r", newline="\r\n") as f:
    print(f.readlines())
with open(path, "wb") as f:
    f.write(b"text without newline at end")
with open(path) as f:
    print(f.readlines(), repr(f.readline()))
with open(path, "wb") as f:
    f.write(b"")
with open(path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), repr(f.newlines))
os.remove(path)
