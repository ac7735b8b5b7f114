# bytearray items: reading by index, assigning ints, CPython's errors for bad indexes and values.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"hello")
print(b[0], b[-1], b[4], b[-5], b[True])
b[0] = 72
b[-1] = ord("O")
b[True] = 0x45
print(b)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


b[Index(2)] = Index(76)
print(b, b[Index(2)])

attempt("get 5", lambda: b[5])
attempt("get -6", lambda: b[-6])
attempt("get str", lambda: b["x"])
attempt("get float", lambda: b[1.0])
attempt("get None", lambda: b[None])
attempt("get huge", lambda: b[2**70])


def put(i, v):
    b[i] = v
    return bytes(b)


attempt("set 256", lambda: put(0, 256))
attempt("set -1", lambda: put(0, -1))
attempt("set huge value", lambda: put(0, 2**70))
attempt("set bytes", lambda: put(0, b"a"))
attempt("set str", lambda: put(0, "a"))
attempt("set float", lambda: put(0, 1.5))
attempt("set None", lambda: put(0, None))
attempt("set index 5", lambda: put(5, 1))
attempt("set index -6", lambda: put(-6, 1))
attempt("set index str", lambda: put("x", 1))
attempt("set index 5 bad value", lambda: put(5, "x"))
attempt("set bool", lambda: put(1, True))
attempt("set 255", lambda: put(2, 255))
print(b, list(b))

e = bytearray()
attempt("empty get", lambda: e[0])
attempt("empty set", lambda: e.__setitem__(0, 1))
print(b.__getitem__(0), b.__getitem__(slice(1, 3)))
b.__setitem__(0, 33)
print(b)
