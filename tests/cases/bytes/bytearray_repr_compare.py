# bytearray's repr and str, truth, len, comparisons with bytes, bytearray and memoryview; unhashable.

samples = [bytearray(), bytearray(b"abc"), bytearray(b"it's"), bytearray(b'say "x"'),
           bytearray(b"both ' and \""), bytearray(b"\x00\n\t\r\\\x7f\x80\xff")]
for s in samples:
    print(repr(s), str(s), len(s), bool(s))
print(f"{bytearray(b'fmt')}", "%s|%r" % (bytearray(b"a"), bytearray(b"b")))
print([bytearray(b"in list")], {"k": bytearray(b"v")})

def describe(v):
    if isinstance(v, memoryview):
        return "memoryview(%r)" % v.tobytes()
    return repr(v)


a = bytearray(b"abc")
for other in [b"abc", bytearray(b"abc"), memoryview(b"abc"), b"abd", b"ab", bytearray(b"abcd"), "abc", 97, None]:
    print(describe(other), a == other, a != other)

pairs = [(bytearray(b"a"), b"b"), (b"a", bytearray(b"b")), (bytearray(b"b"), bytearray(b"a")),
         (bytearray(b"ab"), memoryview(b"b")), (bytearray(b""), b""), (bytearray(b"a\xff"), b"a\x00")]
for x, y in pairs:
    print(type(x).__name__, type(y).__name__, x < y, x <= y, x > y, x >= y, x == y)
print(b"a" < bytearray(b"b") < b"c", sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
print(min(bytearray(b"x"), b"y"), max([b"m", bytearray(b"n")]))

for op in ["<", "<=", ">", ">="]:
    for y in ["'a'", "1", "[1]"]:
        try:
            eval("bytearray(b'a') " + op + " " + y)
        except TypeError as e:
            print(type(e).__name__, e)

try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([bytearray()])
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"x") in [b"x"], b"x" in [bytearray(b"x")], [bytearray(b"q")].index(b"q"))
print(bytearray(b"k") == bytearray(b"k"), bytearray(b"k") is bytearray(b"k"))
