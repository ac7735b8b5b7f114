# hash of ints and of equal values, repr and str of built-in values, ascii.
print(hash(0), hash(1), hash(-1), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)) == hash(-(2 ** 70)))
print(hash(1) == hash(1.0) == hash(True), hash(2.5) == hash(2.5), hash(0.0) == hash(-0.0))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
values = [1, -2.5, "text", "it's", 'say "hi"', b"raw", [1, "a"], (1,), {"k": [None]}, {3},
          True, None, range(3), 1e100, "中文", "\n"]
for value in values:
    print(repr(value), str(value))
print(repr(repr("x")), str(str)[:6], repr(len)[:20])
print(ascii("héllo 中"), ascii([1, "é"]))
