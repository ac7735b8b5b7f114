# Conversions: int with base, float, bool, str, list, tuple, dict, set, frozenset constructors.
print(int(), int("42"), int("-17"), int(" 8 "), int(3.9), int(-3.9), int("1010", 2), int("z", 36))
print(int("0x1f", 16), int("1f", 16), int("0o17", 0), int("17", 0), int(b"12"))
print(float(), float(3), float("2.5e3"), float("-inf"), float(" 1.0 "))
print(bool(), bool(0), bool("0"), bool([0]), bool(0.0))
print(str(), str(12), str(1.0), str([1, "a"]), str(None), str(b"b"))
print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(3)), list({3: 0}.items()))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple({"k": 0}))
print(dict(), dict(a=1), dict([("b", 2), ["c", 3]]), dict({"d": 4}, e=5), dict(zip("fg", [6, 7])))
print(sorted(set("hello")), set(), sorted(set([3, 3, 1])), sorted(frozenset("abca")), frozenset())
for bad in ["x", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
