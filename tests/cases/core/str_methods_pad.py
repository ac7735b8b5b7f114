# Padding: center, ljust, rjust with fill characters, zfill with signs, expandtabs.
for s in ["a", "abc", "abcdef", "中文"]:
    print("[" + s.center(7) + "]", "[" + s.ljust(5, ".") + "]", "[" + s.rjust(5, "*") + "]")
print("[" + "ab".center(5, "-") + "]", "[" + "abc".center(6, "-") + "]", "[" + "x".center(0) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("12345\t6".expandtabs(4)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 10.0)]
for name, count, price in table:
    print(name.ljust(8) + str(count).rjust(5) + ("%.2f" % price).rjust(8))
