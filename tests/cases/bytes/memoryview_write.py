# Writing through a memoryview into a bytearray: items in every format, slices from any buffer,
# and the errors for read-only memory, deletion, wrong types and out-of-range values.


def attempt(label, f):
    try:
        f()
        print(label, "-> ok", bytes(buf))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


buf = bytearray(8)
m = memoryview(buf)
m[0] = 65
m[-1] = 0x7A
m[1:3] = b"BC"
m[3:5] = bytearray(b"DE")
m[5:7] = memoryview(b"FG")
print(buf, m.tobytes())
attempt("B 256", lambda: m.__setitem__(0, 256))
attempt("B -1", lambda: m.__setitem__(0, -1))
attempt("B bytes", lambda: m.__setitem__(0, b"a"))
attempt("B float", lambda: m.__setitem__(0, 1.0))
attempt("B bool", lambda: m.__setitem__(0, True))
attempt("index 8", lambda: m.__setitem__(8, 1))
attempt("key str", lambda: m.__setitem__("a", 1))
attempt("slice too long", lambda: m.__setitem__(slice(0, 2), b"xyz"))
attempt("slice list", lambda: m.__setitem__(slice(0, 2), [1, 2]))
attempt("slice cast view", lambda: m.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))
attempt("delete item", lambda: m.__delitem__(0))
attempt("delete slice", lambda: m.__delitem__(slice(0, 2)))


def formats():
    for fmt, values in [("b", [-128, 127]), ("h", [-1, 32767]), ("H", [65535, 258]), ("i", [-2, 2**31 - 1]),
                        ("I", [2**32 - 1, 7]), ("q", [-(2**63), 5]), ("Q", [2**64 - 1, 0]), ("?", [0, 5]),
                        ("c", [b"x", b"y"]), ("f", [1.5, -2]), ("d", [0.1, 10**20])]:
        v = memoryview(bytearray(16)).cast(fmt)
        v[0], v[1] = values
        print(fmt, v[0], v[1], v.tolist()[:2])


formats()
for fmt, bad in [("b", 128), ("h", 2**15), ("H", -1), ("i", 2**31), ("I", 2**32), ("Q", -1), ("q", 2**63),
                 ("c", b"xy"), ("c", 1), ("c", "x"), ("f", "1"), ("d", None), ("i", 1.0), ("B", 2**70)]:
    v = memoryview(bytearray(16)).cast(fmt)
    try:
        v[0] = bad
    except (TypeError, ValueError) as e:
        print(fmt, repr(bad), type(e).__name__, e)


class Index:
    def __index__(self):
        return 42


m[0] = Index()
print(buf[0])
ro = memoryview(b"read only")
for f in [lambda: ro.__setitem__(0, 1), lambda: ro.__setitem__(slice(0, 1), b"x"), lambda: ro.__delitem__(0),
          lambda: memoryview(bytearray(b"x")).toreadonly().__setitem__(0, 1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
half = memoryview(bytearray(b"\x00" * 4)).cast("H")
half[1] = 0x4142
print(half.obj, half.tolist())
