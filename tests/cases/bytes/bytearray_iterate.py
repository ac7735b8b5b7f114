# Iterating bytearrays and memoryviews, `in`, and the builtins that consume sequences.

b = bytearray(b"hello")
it = iter(b)
print(type(it).__name__, next(it), next(it), list(it), list(it))
print([x for x in b], tuple(b), set(bytearray(b"aab")), dict.fromkeys(bytearray(b"ab")))
print(list(reversed(b)), sorted(b), max(b), min(b), sum(b), any(bytearray(1)), all(bytearray(b"\x01")))
print(list(enumerate(bytearray(b"xy"))), list(zip(b, b"ab")), list(map(hex, bytearray(b"\x10\x20"))))
x, y = bytearray(b"pq")
print(x, y)

grow = bytearray(b"ab")
for c in grow:
    if len(grow) < 6:
        grow.append(c + 1)
print(grow)

m = memoryview(b"xyz")
mi = iter(m)
print(type(mi).__name__, next(mi), list(mi), list(m), list(reversed(m)), sorted(memoryview(b"cab")))
print(list(memoryview(b"ab\xff").cast("b")), list(memoryview(bytearray(4)).cast("H")), list(memoryview(b"ab").cast("c")))

def describe(v):
    if isinstance(v, memoryview):
        return "memoryview(%r)" % v.tobytes()
    return repr(v)


for needle in [b"ell", bytearray(b"lo"), memoryview(b"he"), b"", 104, 0, True, b"z"]:
    print(describe(needle), needle in b, needle in b"hello")
print(120 in m, b"xy" in m, b"x" in m, 5 in memoryview(b""))
for bad in ["e", 300, -1, 1.5, None, [104]]:
    try:
        bad in b
    except Exception as e:
        print(repr(bad), type(e).__name__, e)


class Index:
    def __index__(self):
        return 108


print(Index() in b, Index() in b"hello", b.count(Index()), b.index(Index()))
try:
    iter(memoryview(b"abcd").cast("B", [2, 2]))
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    iter(memoryview(b"a").cast("B", []))
except TypeError as e:
    print(type(e).__name__, e)
