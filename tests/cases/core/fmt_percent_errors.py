# The errors of printf-style formatting, with CPython's messages.
cases = [
    ("%d", "x"), ("%i", None), ("%u", [1]), ("%x", 1.5), ("%o", "1"), ("%X", None), ("%f", "x"), ("%e", None),
    ("%g", [1]), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%c", 10 ** 30), ("%s %s", ("a",)),
    ("%s", ("a", "b")), ("abc", 5), ("abc", ("x",)), ("%z", 1), ("%5z", 1), ("x%-#5.2y", 1), ("%", 1), ("%5", 1),
    ("%(a)s", 1), ("%(a)s", ("x",)), ("%(a", {"a": 1}), ("%(b)s", {"a": 1}), ("%(a)s %s", {"a": 1}),
    ("%s %(a)s", {"a": 1}), ("%*d", ("x", 1)), ("%.*f", (1,)), ("%s", ()), ("%5%", ()), ("%5%", (1,)),
    ("%d", float("inf")), ("%d", float("nan")), ("%(a)s", [1]), ("%中", 1), ("%.3", 1),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
