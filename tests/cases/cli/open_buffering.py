# buffering=0 (FileIO), 1 (line buffering), -1 and sizes; the binary classes' methods; seek,
# tell, truncate, read1, peek, and files over pipe descriptors.
import os

path = "open_buffering_case.tmp"
with open(path, "wb", buffering=0) as f:
    print(type(f).__name__, repr(f), f.closefd, f.write(b"raw bytes\n"), f.tell())
with open(path, "rb", buffering=0) as f:
    print(f.read(3), f.read(), f.read(), f.readall())
with open(path, "w", buffering=1) as f:
    print(f.line_buffering, type(f.buffer).__name__)
    f.write("line one\n")
    with open(path) as reader:
        print("seen before close:", repr(reader.read()))
with open(path, "w") as f:
    print(f.line_buffering)
    f.write("buffered")
    with open(path) as reader:
        print("seen before flush:", repr(reader.read()))
    f.flush()
    with open(path) as reader:
        print("seen after flush:", repr(reader.read()))
with open(path, "wb", buffering=4) as f:
    f.write(b"abcdef")
with open(path, "rb") as f:
    print(type(f).__name__, f.read1(2), f.peek()[:4], f.read1(), f.read())
with open(path, "r+b") as f:
    print(type(f).__name__, f.read(2), f.tell())
    f.write(b"XY")
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.seek(-2, 2), f.read(), f.seek(0, 1))
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.truncate(5), f.seek(0), repr(f.read()))
for whence, offset in [(1, 5), (2, -1), (9, 0)]:
    with open(path) as f:
        try:
            f.seek(offset, whence)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
with open(path, "rb") as f:
    for args in [(-1,), (0, 9)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
with open(path, "a+") as f:
    print(f.tell())
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
reader, writer = os.pipe()
w = open(writer, "w")
r = open(reader)
print(w.name, r.name, w.closed, type(w.buffer).__name__)
w.write("through a pipe\nsecond\n")
w.close()
print(r.readline(), r.read().split())
print(r.seekable())
try:
    r.tell()
except OSError as e:
    print(type(e).__name__, e)
r.close()
reader, writer = os.pipe()
f = open(reader, closefd=False)
f.close()
os.write(writer, b"still open\n")
os.close(writer)
print(os.read(reader, 100))
os.close(reader)
try:
    open(-1)
except ValueError as e:
    print("ValueError", e)
try:
    open(path, buffering=2 ** 70)
except OverflowError as e:
    print("OverflowError", e)
with open(path, "rb") as f:
    print(list(f), f.readlines())
with open(path, "wb") as f:
    f.write(b"one\ntwo\nthree")
with open(path, "rb") as f:
    print(list(f))
with open(path, "rb") as f:
    print(f.readline(2), f.readline(), f.readlines(1), f.readlines())
os.remove(path)
