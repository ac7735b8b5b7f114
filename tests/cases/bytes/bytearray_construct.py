# bytearray(): from nothing, a size, an iterable of ints, a buffer, a str with an encoding; errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("empty", lambda: bytearray())
show("zero", lambda: bytearray(0))
show("size", lambda: bytearray(4))
show("bool size", lambda: bytearray(True))
show("list", lambda: bytearray([72, 105, 0, 255]))
show("tuple", lambda: bytearray((1, 2)))
show("range", lambda: bytearray(range(65, 70)))
show("generator", lambda: bytearray(x * 2 for x in range(4)))
show("iterator", lambda: bytearray(iter([9, 8])))
show("dict keys", lambda: bytearray({1: "a", 2: "b"}))
show("bools", lambda: bytearray([True, False]))
show("bytes", lambda: bytearray(b"abc"))
show("bytearray", lambda: bytearray(bytearray(b"xy")))
show("memoryview", lambda: bytearray(memoryview(b"mv")))
show("str utf-8", lambda: bytearray("h\u00e9", "utf-8"))
show("str latin-1", lambda: bytearray("h\u00e9", "latin-1"))
show("str kw", lambda: bytearray("abc", encoding="ascii"))
show("str errors", lambda: bytearray("\u00e9x", "ascii", "replace"))
show("str errors ignore", lambda: bytearray("\u00e9x", "ascii", errors="ignore"))
show("source kw", lambda: bytearray(source=b"kw"))

print("-- errors")
show("str alone", lambda: bytearray("abc"))
show("str errors only", lambda: bytearray("abc", errors="strict"))
show("bytes with encoding", lambda: bytearray(b"abc", "ascii"))
show("encoding only", lambda: bytearray(encoding="ascii"))
show("errors only", lambda: bytearray(errors="strict"))
show("bad encoding type", lambda: bytearray("a", 1))
show("unencodable", lambda: bytearray("\u00e9", "ascii"))
show("unknown codec", lambda: bytearray("a", "no-such-codec"))
show("negative", lambda: bytearray(-1))
show("too big", lambda: bytearray(2**70))
show("item too big", lambda: bytearray([1, 256]))
show("item negative", lambda: bytearray([-1]))
show("item float", lambda: bytearray([1.0]))
show("item str", lambda: bytearray(["a"]))
show("float", lambda: bytearray(1.5))
show("None", lambda: bytearray(None))
show("object", lambda: bytearray(object()))
show("bad kw", lambda: bytearray(x=1))
show("too many", lambda: bytearray(1, 2, 3, 4))


class Index:
    def __index__(self):
        return 3


show("__index__ size", lambda: bytearray(Index()))
show("__index__ items", lambda: bytearray([Index(), Index()]))
show("type", lambda: type(bytearray()))
show("is a new object", lambda: bytearray(b"") is not bytearray(b""))
