# io.StringIO and io.BytesIO: in-memory files for print(file=...) and friends.
import io

s = io.StringIO()
print("hello", "world", file=s)
s.write("second line\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), s.readlines())
print(repr(s.read()), s.tell())
s = io.StringIO("one\ntwo\nthree")
print(list(s))
s.seek(4)
print(repr(s.read(3)), s.tell())
s.seek(0)
s.write("ONE")
print(repr(s.getvalue()))
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()), s.truncate(3), repr(s.getvalue()))
with io.StringIO("ctx") as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
for bad in [5, b"bytes"]:
    try:
        io.StringIO(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.getvalue()))
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
s = io.StringIO()
s.seek(3)
s.write("z")
print(repr(s.getvalue()))
b = io.BytesIO(b"bytes\nhere")
print(b.read(5), b.readline(), b.read(), b.tell())
b.seek(0)
b.write(b"BYTES")
print(b.getvalue())
print(b.seek(-4, 2), b.read())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, io.TextIOWrapper.__name__, io.FileIO.__name__)
print(issubclass(io.UnsupportedOperation, OSError))
