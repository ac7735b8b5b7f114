# memoryview equality (item values compared, formats and shapes matter; no ordering) and
# hashing (read-only byte formats only, equal to the bytes' hash).


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def describe(v):
    if isinstance(v, memoryview):
        return "memoryview(%r)" % v.tobytes()
    return repr(v)


m = memoryview(b"abc")
for other in [b"abc", bytearray(b"abc"), memoryview(b"abc"), memoryview(b"xabc")[1:], b"abd", b"ab", "abc", 97, None, [97, 98, 99]]:
    print(describe(other)[:32], m == other, m != other, other == m, other != m)
print(m == m, memoryview(b"") == b"", memoryview(b"") == memoryview(bytearray()))
h = memoryview(b"abcd").cast("H")
print(h == memoryview(b"abcd"), h == memoryview(b"abcd").cast("H"), h == memoryview(bytearray(b"abcd")).cast("H"))
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"a").cast("c") == memoryview(b"a"))
print(memoryview(b"\x01\x02").cast("?") == memoryview(b"\x01\x01").cast("?"))
zero = memoryview(b"\x00\x00\x00\x00").cast("f")
negzero = memoryview(b"\x00\x00\x00\x80").cast("f")
nan = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(zero == negzero, nan == nan, zero.tolist(), negzero.tolist())
print(memoryview(b"abcd").cast("B", [2, 2]) == memoryview(b"abcd").cast("B", [2, 2]))
print(memoryview(b"abcd").cast("B", [2, 2]) == memoryview(b"abcd").cast("B", [4]))
print(memoryview(b"ac") == memoryview(b"abc")[::2], memoryview(b"cba") == memoryview(b"abc")[::-1])
for op in ["<", "<=", ">", ">="]:
    attempt(op, lambda: eval("memoryview(b'a') " + op + " memoryview(b'b')"))
attempt("bytes < view", lambda: b"a" < memoryview(b"b"))
attempt("view < bytearray", lambda: memoryview(b"a") < bytearray(b"b"))
attempt("bytearray < view", lambda: bytearray(b"a") < memoryview(b"b"))

print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"xabcx")[1:4]) == hash(b"abc"))
print(hash(memoryview(b"abcdef")[::2]) == hash(b"ace"), hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
print(hash(memoryview(b"ab").cast("b")) == hash(b"ab"))
attempt("read-only view of a bytearray", lambda: hash(memoryview(bytearray(b"q")).toreadonly()))
d = {memoryview(b"key"): 1}
print(d[memoryview(b"key")], b"key" in d, len({memoryview(b"a"), memoryview(b"a")}))
attempt("writable", lambda: hash(memoryview(bytearray(b"abc"))))
attempt("format H", lambda: hash(memoryview(b"abcd").cast("H")))
cached = memoryview(b"cache")
first = hash(cached)
cached.release()
print(hash(cached) == first)
late = memoryview(b"late")
late.release()
attempt("released", lambda: hash(late))
