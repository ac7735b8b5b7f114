# memoryview over bytes and bytearray: construction, attributes, tobytes, tolist, indexing, len.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for source in [b"abcdef", bytearray(b"abcdef")]:
    m = memoryview(source)
    print(type(m).__name__, m.obj is source, m.format, m.itemsize, m.nbytes, m.readonly, m.ndim)
    print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
    print(len(m), m[0], m[-1], m[2], m.tobytes(), m.tolist(), bytes(m), m.hex(), m.hex(":", 2))
    print(m.tobytes("C"), m.tobytes("F"), m.tobytes("A"), m.tobytes(order=None))
empty = memoryview(b"")
print(len(empty), empty.tolist(), empty.tobytes(), empty.shape, bool(empty), bool(memoryview(b"x")))
m = memoryview(b"abc")
attempt("index 3", lambda: m[3])
attempt("index -4", lambda: m[-4])
attempt("index str", lambda: m["x"])
attempt("index float", lambda: m[1.0])
attempt("index Ellipsis", lambda: m[...])
attempt("index empty tuple", lambda: m[()])
attempt("index pair", lambda: m[0, 0])
attempt("index huge", lambda: m[2**70])
attempt("construct str", lambda: memoryview("abc"))
attempt("construct int", lambda: memoryview(1))
attempt("construct list", lambda: memoryview([1]))
attempt("construct none", lambda: memoryview())
attempt("construct two", lambda: memoryview(b"a", b"b"))
attempt("construct kw", lambda: memoryview(object=b"kw").tobytes())
attempt("tobytes order", lambda: m.tobytes("x"))
attempt("tolist arg", lambda: m.tolist(1))
attempt("add", lambda: m + b"x")
attempt("multiply", lambda: m * 2)
attempt("concat onto bytes", lambda: b"x" + m)
attempt("ordering", lambda: m < b"b")
attempt("no attribute", lambda: m.nothing)
attempt("readonly attr", lambda: setattr(m, "format", "b"))


class Index:
    def __index__(self):
        return 1


print(m[Index()], m[True], memoryview(memoryview(b"nested")).obj, memoryview(m).tobytes())
print(memoryview(b"xyz").toreadonly().readonly, memoryview(bytearray(b"q")).toreadonly().readonly)
print(memoryview(bytearray(b"q")).toreadonly().tobytes(), memoryview(b"abc")[1:].obj)
