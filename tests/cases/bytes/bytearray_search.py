# Searching methods on bytearray (shared with bytes): find, rfind, index, rindex, count,
# startswith, endswith, with start/end windows, int arguments and bytes-like arguments.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for b in [bytearray(b"abcabcab"), b"abcabcab"]:
    print(type(b).__name__)
    print(b.find(b"c"), b.find(b"c", 3), b.find(b"c", 3, 5), b.find(b"c", -3), b.find(b"x"))
    print(b.rfind(b"ab"), b.rfind(b"ab", 0, 7), b.rfind(b"ab", -2), b.rfind(b""), b.find(b""))
    print(b.find(99), b.rfind(97), b.count(97), b.index(98), b.rindex(98))
    print(b.count(b"ab"), b.count(b"abc", 1), b.count(b""), b.count(b"", 3), b.count(b"", 20))
    print(b.find(b"", 8), b.find(b"", 9), b.rfind(b"", 9), b.find(b"b", None, None))
    print(b.find(bytearray(b"ca")), b.find(memoryview(b"bc")), b.count(memoryview(b"a")))
    print(b.startswith(b"abc"), b.startswith(b"bc", 1), b.startswith(b"bc", 1, 2))
    print(b.endswith(b"ab"), b.endswith(b"ca", 0, -1), b.endswith((b"x", b"ab")))
    print(b.startswith((b"q", bytearray(b"ab"))), b.startswith(b""), b.startswith(b"", 8), b.startswith(b"", 9))
    print(b.endswith(b"", 3, 2), b.startswith(memoryview(b"abca")))
    attempt("index missing", lambda: b.index(b"z"))
    attempt("rindex missing", lambda: b.rindex(b"z", 1))
    attempt("find str", lambda: b.find("a"))
    attempt("find float", lambda: b.find(1.0))
    attempt("find 300", lambda: b.find(300))
    attempt("find -1", lambda: b.find(-1))
    attempt("find nothing", lambda: b.find())
    attempt("find too many", lambda: b.find(b"a", 0, 1, 2))
    attempt("find keyword", lambda: b.find(sub=b"a"))
    attempt("find bad start", lambda: b.find(b"a", "x"))
    attempt("count nothing", lambda: b.count())
    attempt("startswith str", lambda: b.startswith("a"))
    attempt("startswith int", lambda: b.startswith(97))
    attempt("startswith tuple str", lambda: b.startswith(("a",)))
    attempt("endswith nothing", lambda: b.endswith())
print(bytearray(b"aaaa").count(b"aa"), bytearray(b"aaaa").find(b"aa", 1), bytearray(b"\x00\xff").find(255))
