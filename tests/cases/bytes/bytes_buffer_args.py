# The buffer protocol: APIs that take bytes take any bytes-like object (bytes, bytearray,
# memoryview and their subclasses) and refuse others with CPython's messages.
import os

sources = [b"abc", bytearray(b"abc"), memoryview(b"abc"), memoryview(b"xabcx")[1:4]]
for s in sources:
    print(type(s).__name__, bytes(s), bytearray(s), memoryview(s).tobytes(), len(s))
    print(b"-".join([s, s]), b"<" + s, bytearray(b"<") + s, s == b"abc", b"abc" == s)
    print(int.from_bytes(s, "big"), int.from_bytes(s, "little"), str(s, "ascii"), b"b" in bytes(s))

print(int(bytearray(b"42")), int(bytearray(b" -7 ")), int(bytearray(b"ff"), 16))
try:
    int(memoryview(b"12"), 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(bytearray(b"\xff\xff"), "big", signed=True), int.from_bytes(memoryview(b"\x01\x02"), byteorder="little"))
print(b"abc".find(bytearray(b"c")), b"abc".startswith(memoryview(b"ab")), b"a,b".split(bytearray(b",")))
print(b"abc".replace(bytearray(b"b"), memoryview(b"B")), b"xax".strip(bytearray(b"x")), bytes.maketrans(bytearray(b"a"), memoryview(b"b"))[97])

for bad in ["str", 1, [1], None]:
    for f in [lambda: b"".join([bad]), lambda: b"x" + bad, lambda: memoryview(bad), lambda: b"abc".find(bad)]:
        try:
            f()
        except TypeError as e:
            print(type(e).__name__, e)

name = "buffer_args.tmp"
with open(name, "wb") as f:
    print(f.write(b"one "), f.write(bytearray(b"two ")), f.write(memoryview(b"three!")[:5]))
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, "rb") as f:
    print(f.read())
os.remove(name)

r, w = os.pipe()
print(os.write(w, bytearray(b"pipe ")), os.write(w, memoryview(b"data")))
os.close(w)
print(os.read(r, 100))
os.close(r)
try:
    os.write(1, "text")
except TypeError as e:
    print(type(e).__name__, e)
print(ord(bytearray(b"a")), bytes([1, 2]) + bytearray([3]), bytes(bytearray(3)), bytes(memoryview(bytearray(b"mv"))))
try:
    ord(bytearray(b"ab"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(memoryview(b"a"))
except TypeError as e:
    print(type(e).__name__, e)
