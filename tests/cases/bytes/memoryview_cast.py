# memoryview.cast between byte formats and the native ones, reading values in native order, and
# every error cast can give.
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


raw = bytes(range(1, 17))
m = memoryview(raw)
print(sys.byteorder)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "n", "N", "P", "?", "@B", "@i"]:
    v = m.cast(fmt)
    print(fmt, v.format, v.itemsize, v.nbytes, v.shape, v.strides, v.tolist()[:4], v[0], v[-1])
f = memoryview(b"\x00\x00\x80\x3f\x00\x00\x00\xc0").cast("f")
print(f.tolist(), f[1], f.format, f.itemsize)
d = memoryview(b"\x00\x00\x00\x00\x00\x00\xf0\x3f" + b"\x00" * 7 + b"\x80").cast("d")
print(d.tolist(), d[-1], d.nbytes)
print(memoryview(b"\xff\x7f\x80").cast("b").tolist(), memoryview(b"\x00\x01\x02").cast("?").tolist())
print(memoryview(b"\xff" * 8).cast("Q")[0], memoryview(b"\xff" * 8).cast("q")[0], memoryview(b"\xff" * 8).cast("N")[0])
h = m.cast("H")
print(h.cast("B").tolist() == list(raw), h.cast("c")[0], h.cast("b", shape=[16]).shape, h.obj is raw)
print(memoryview(bytearray(b"abcd")).cast("I").readonly, memoryview(b"abcd").cast("I").readonly)

attempt("not a multiple", lambda: memoryview(b"abc").cast("H"))
attempt("two non-byte", lambda: h.cast("i"))
attempt("unknown format", lambda: m.cast("x"))
attempt("half float", lambda: m.cast("e"))
attempt("byte order prefix", lambda: m.cast("<B"))
attempt("two chars", lambda: m.cast("BB"))
attempt("empty format", lambda: m.cast(""))
attempt("bytes format", lambda: m.cast(b"B"))
attempt("no format", lambda: m.cast())
attempt("non-contiguous", lambda: m[::2].cast("H"))
attempt("reversed", lambda: m[::-1].cast("B"))
attempt("shape int", lambda: m.cast("B", 16))
attempt("shape str", lambda: m.cast("B", ["a"]))
attempt("shape zero", lambda: m.cast("B", [0]))
attempt("shape negative", lambda: m.cast("B", [-16]))
attempt("shape product", lambda: m.cast("B", [3, 5]))
attempt("released", lambda: (lambda v: (v.release(), v.cast("B")))(memoryview(b"ab")))
attempt("zeros in shape", lambda: memoryview(b"").cast("B", [1]))
print(memoryview(b"").cast("H").shape, memoryview(b"").cast("Q").tolist(), m.cast("B", shape=(16,)).shape)
