# int() from text: bases 2 to 36 and 0, prefixes, underscores (between digits, and one after a
# prefix), surrounding whitespace, signs, Unicode decimal digits, bytes, and CPython's messages
# (the text's repr cut to 200 characters).
good = [
    ("42", 10), (" -42 ", 10), ("+7", 10), ("1_000_000", 10), ("0x1f", 16), ("0X1F", 0),
    ("0x_1f", 16), ("0x_1f", 0), ("0o17", 0), ("0o_17", 8), ("0b1010", 0), ("0B_1_0", 2),
    ("0b101", 16), ("z", 36), ("ZZ", 36), ("00", 0), ("0_0", 0), ("0", 0), ("-0", 0),
    ("\t\n12\r\x0b\x0c", 10), ("\u0661\u0662\u0663", 10), ("\uff11\uff12", 10), ("\u00a012\u2003", 10),
    ("777", 8), ("11", 2), ("-ff", 16), ("9" * 50, 10), ("1" * 100, 2), ("7fffffffffffffff", 16),
    ("8000000000000000", 16), ("-8000000000000001", 16),
]
for text, base in good:
    print(repr(text), base, int(text, base))
print(int("12"), int(b"12"), int(b" -0x10 ", 16), int(b"1_2"), int("10", base=2), int(base=16, x="ff") if False else 0)
bad = [
    ("", 10), (" ", 10), ("_1", 10), ("1_", 10), ("1__1", 10), ("0x", 16), ("0x", 0), ("0b2", 0),
    ("012", 0), ("0_7", 0), ("1e5", 10), ("1.5", 10), ("+ 1", 10), ("--1", 10), ("Z", 35),
    ("0x__1", 16), ("0_x1", 0), ("1 2", 10), ("x" * 300, 10), ("\u00bd", 10), ("12", 2), ("g", 16),
]
for text, base in bad:
    try:
        int(text, base)
        print(repr(text), "parsed")
    except ValueError as e:
        print(len(str(e)), "ValueError:", str(e)[:90])
try:
    int(b"\xff", 10)
except ValueError as e:
    print("ValueError:", e)
for base in [1, 37, -1, 2 ** 70, -(2 ** 70)]:
    try:
        int("1", base)
    except ValueError as e:
        print(base, "ValueError:", e)
for args, kwargs in [((12, 10), {}), ((), {"base": 10}), ((1.5, 10), {}), ((), {"x": 5}), (("1", "2"), {}), (("1", 2, 3), {})]:
    try:
        print(int(*args, **kwargs))
    except TypeError as e:
        print(args, kwargs, "TypeError:", e)
print(int(3.99), int(-3.99), int(1e20), int(-0.0), int(True), int(2 ** 70), int("  -00012  "))
for f in [float("nan"), float("inf"), float("-inf")]:
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class Digits(str):
    pass
print(int(Digits("123")), int(Digits("ff"), 16))
