# hex() with separators, fromhex() (a class method: subclasses get their own type), decode().


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


data = bytearray(b"\x00\x01\xab\xcd\xef\xff")
print(data.hex(), data.hex(":"), data.hex(b"-"), data.hex(" ", 2), data.hex(" ", -2), data.hex(":", 4), data.hex(":", -4))
print(bytearray().hex(), bytearray(b"a").hex(":", 3), data.hex(sep="_"), data.hex(bytes_per_sep=2), data.hex(":", 0))
print(memoryview(b"\x01\x02\x03").hex("."), b"\xde\xad\xbe\xef".hex(":", 2))
attempt("hex long sep", lambda: data.hex("::"))
attempt("hex int sep", lambda: data.hex(1))
attempt("hex list sep", lambda: data.hex([":"]))
attempt("hex float group", lambda: data.hex(":", 1.5))
attempt("hex non-ascii sep", lambda: data.hex("\u00e9"))

print(bytearray.fromhex("41 42 43"), bytearray.fromhex(""), bytearray.fromhex("  0a0B\t0c\n"), bytes.fromhex("ff00"))
print(type(bytearray.fromhex("00")).__name__, type(bytes.fromhex("00")).__name__, bytearray(b"x").fromhex("61"))
attempt("fromhex odd", lambda: bytearray.fromhex("a"))
attempt("fromhex bad", lambda: bytearray.fromhex("zz"))
attempt("fromhex bad later", lambda: bytearray.fromhex("00 0g"))
attempt("fromhex space inside", lambda: bytearray.fromhex("0 1"))
attempt("fromhex bytes", lambda: bytearray.fromhex(b"aa"))
attempt("fromhex none", lambda: bytearray.fromhex())


class Blob(bytearray):
    pass


class Frozen(bytes):
    pass


print(repr(Blob.fromhex("6869")), repr(Frozen.fromhex("6869")), type(Blob.fromhex("")).__name__)

text = bytearray("caf\u00e9 \u4e2d".encode())
print(text.decode(), text.decode("utf-8"), text.decode(encoding="utf8"), bytearray(b"abc").decode("ascii"))
print(bytearray(b"\xe9t\xe9").decode("latin-1"), bytearray(b"\xff\xfeA").decode("utf-8", "replace"))
print(bytearray(b"a\x80b").decode("ascii", "ignore"), bytearray(b"a\x80b").decode("ascii", "replace"))
print(bytearray(b"\xc3\x28").decode("utf-8", "backslashreplace"), bytearray(b"a").decode(errors="nonsense"))
attempt("bad start", lambda: bytearray(b"\xff").decode())
attempt("bad continuation", lambda: bytearray(b"\xe2\x82a").decode())
attempt("truncated", lambda: bytearray(b"ab\xe2\x82").decode())
attempt("surrogate", lambda: bytearray(b"\xed\xa0\x80").decode())
attempt("overlong", lambda: bytearray(b"\xc0\x80").decode())
attempt("ascii", lambda: bytearray(b"ok\x80").decode("ascii"))
attempt("unknown handler", lambda: bytearray(b"\xff").decode("utf-8", "nonsense"))
attempt("unknown codec", lambda: bytearray(b"a").decode("no-such"))
attempt("encoding type", lambda: bytearray(b"a").decode(1))
attempt("too many", lambda: bytearray(b"a").decode("a", "b", "c"))
print(str(bytearray(b"abc"), "ascii"), str(memoryview(b"mv"), "utf-8"), str(bytearray(b"\xe9"), "latin-1"))
attempt("str of list with encoding", lambda: str([1], "ascii"))
