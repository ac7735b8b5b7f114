# printf-style formatting of bytes and bytearray: %s and %b take bytes-like objects (or
# __bytes__), %r and %a give ASCII reprs, numbers as for str; the result has the left's type.


class Raw:
    def __bytes__(self):
        return b"<raw>"


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("s and b", lambda: b"%s|%b" % (b"x", bytearray(b"y")))
attempt("r and a", lambda: b"%r|%a" % (b"z", "\u00e9"))
attempt("numbers", lambda: b"%d %5.2f %x %o %c %%" % (42, 3.14159, 255, 8, 65))
attempt("widths", lambda: b"[%5s][%-5b][%.2s]" % (b"ab", b"cd", b"efgh"))
attempt("star width", lambda: b"%*d|%-*d|" % (4, 7, 3, 8))
attempt("high bytes", lambda: b"\xff%s\x00" % b"\xfe\x80")
attempt("memoryview", lambda: b"%s" % memoryview(b"mv"))
attempt("__bytes__", lambda: b"%s" % Raw())
attempt("single", lambda: b"%s" % b"one")
attempt("bytearray", lambda: bytearray(b"%s=%d") % (b"n", 5))
attempt("bytearray type", lambda: type(bytearray(b"%d") % 1).__name__)
attempt("no args", lambda: bytearray(b"plain") % ())
attempt("int for s", lambda: b"%s" % 5)
attempt("str for s", lambda: b"%s" % "text")
attempt("too few", lambda: b"%s %s" % (b"a",))
attempt("too many", lambda: b"%s" % (b"a", b"b"))
attempt("bad char", lambda: b"%y" % 1)
attempt("d of str", lambda: b"%d" % "1")
