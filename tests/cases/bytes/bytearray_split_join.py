# Splitting and joining: split, rsplit, partition, rpartition, splitlines, join. A bytearray's
# pieces are bytearrays; separators may be any bytes-like object.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for b in [bytearray(b" a  b\tc\n d "), b" a  b\tc\n d "]:
    print(b.split(), b.split(None, 1), b.split(maxsplit=2), b.rsplit(None, 1), b.rsplit(maxsplit=2))
    print(b.split(b" "), b.rsplit(b" ", 2), b.split(bytearray(b"b")), b.split(memoryview(b"c")))
c = bytearray(b"k1=v1;k2=v2;;k3")
print(c.split(b";"), c.split(b";", 1), c.rsplit(b";", 1), c.split(sep=b"=", maxsplit=1))
print(c.partition(b"="), c.rpartition(b"="), c.partition(b"#"), c.rpartition(b"#"))
print([type(x).__name__ for x in c.partition(b";")], [type(x).__name__ for x in b"a;b".partition(b";")])
print(bytearray(b"").split(), bytearray(b"").split(b","), bytearray(b"   ").split(), bytearray(b",").split(b","))
print(bytearray(b"a\x0bb\x0cc\x1cd").split(), bytearray(b"x y").split(None, 0), bytearray(b" x y").rsplit(None, 0))

lines = bytearray(b"one\ntwo\r\nthree\rfour\x0bfive\n")
print(lines.splitlines(), lines.splitlines(True), lines.splitlines(keepends=True))
print(bytearray(b"").splitlines(), bytearray(b"\n").splitlines(), bytearray(b"x").splitlines(1))

sep = bytearray(b", ")
print(sep.join([b"a", bytearray(b"b"), memoryview(b"c")]), b"-".join([bytearray(b"x"), b"y"]))
print(bytearray(b"").join([]), bytearray(b"|").join(x for x in [b"g", b"h"]), type(b"".join([bytearray()])).__name__)
attempt("join int item", lambda: sep.join([b"a", 1]))
attempt("join str item", lambda: sep.join(["a"]))
attempt("join non-iterable", lambda: sep.join(3))
attempt("join nothing", lambda: sep.join())
attempt("split empty sep", lambda: c.split(b""))
attempt("split str sep", lambda: c.split(";"))
attempt("split int sep", lambda: c.split(1))
attempt("split bad kw", lambda: c.split(sepx=b";"))
attempt("split too many", lambda: c.split(b";", 1, 2))
attempt("split float max", lambda: c.split(b";", 1.5))
attempt("partition empty", lambda: c.partition(b""))
attempt("partition str", lambda: c.partition("="))
attempt("partition nothing", lambda: c.partition())
attempt("splitlines str", lambda: c.splitlines("x"))
