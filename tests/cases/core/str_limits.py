# Size limits and huge arguments: out-of-range ints, very long precisions, impossible widths.
tests = [
    lambda: "a".zfill(10 ** 30), lambda: "a".zfill(-10 ** 30), lambda: "\t".expandtabs(10 ** 12),
    lambda: "\t".expandtabs(-10 ** 12), lambda: "a\tb".expandtabs(-5), lambda: "a".center(-10 ** 30),
    lambda: "a".replace("a", "b", 10 ** 30), lambda: "a".replace("a", "b", -10 ** 30),
    lambda: "a".splitlines(10 ** 30), lambda: "a b".split(None, 10 ** 30), lambda: "a".center(10 ** 15),
    lambda: "abc".find("b", -10 ** 30, 10 ** 30), lambda: "abc".count("", 10 ** 30),
    lambda: len(format(1.0, ".5000f")), lambda: format(0.1, ".1200f")[-3:], lambda: len(format(1.5, ".3000e")),
    lambda: format(2 / 3, "#.2000g")[-6:], lambda: len("%.4000f" % 0.1), lambda: "%.99999999999f" % 1,
    lambda: format(1.0, ".99999999999f"), lambda: format(1, "99999999999999999999"),
    lambda: "{:.3000}".format(1 / 3)[-5:], lambda: format("abc", ".99999999999"),
]
for i, test in enumerate(tests):
    try:
        print(i, repr(test()))
    except (ValueError, OverflowError, MemoryError, TypeError) as e:
        print(i, type(e).__name__, e)
