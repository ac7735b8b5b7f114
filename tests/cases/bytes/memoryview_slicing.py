# Slicing a memoryview makes a view without copying: offsets, negative and extended strides,
# slices of slices, and writes through a slice landing in the underlying bytearray.

data = bytearray(b"0123456789")
m = memoryview(data)
views = {
    "[2:5]": m[2:5],
    "[::2]": m[::2],
    "[1::3]": m[1::3],
    "[::-1]": m[::-1],
    "[8:2:-2]": m[8:2:-2],
    "[5:5]": m[5:5],
    "[-3:]": m[-3:],
    "[100:]": m[100:],
    "[::-3][1:]": m[::-3][1:],
    "[1:9][::2][1:3]": m[1:9][::2][1:3],
}
for name, v in views.items():
    print(f"{name:16}", v.tobytes(), v.shape, v.strides, len(v), v.contiguous, v.c_contiguous, v.obj is data)
print(m[::2][1], m[::-1][0], m[::-1][-1], list(m[7:2:-1]))

s = m[2:6]
s[0] = ord("a")
s[-1] = ord("z")
print(data, s.tobytes())
r = m[::-2]
r[0] = ord("L")
r[1:3] = b"QR"
print(data, r.tobytes())
e = m[1::4]
e[:] = b"xyz"
print(data)
m[:] = m[::-1]
print(data)
m[2:5] = m[5:8]
print(data)
try:
    m[2:5] = m[5:9]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    m[::2] = b"abc"
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    m[1:2:0]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    m["a":]
except TypeError as ex:
    print(type(ex).__name__, ex)
print(bytes(m[::3]), bytearray(m[1::2]), m[::2] == b"97531" or m[::2].tobytes())
b = memoryview(b"immutable")
print(b[2:7].tobytes(), b[::-1].tobytes(), b[::-1].readonly, hash(b[::2]) == hash(b"imtbe"))
