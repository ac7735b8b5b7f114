# float() from text and bytes: signs, inf/infinity/nan in any case, exponents, points without
# digits on one side, underscores between digits only, surrounding (Unicode) whitespace, Unicode
# digits, values out of range; and the ValueError that repeats the text.
good = [
    "1", " 1.5 ", "-2.5e-3", "+.5", "5.", "1.e5", "1E5", "1_000.000_1", "1e1_0", "-iNF", "+infinity",
    "nan", "-NaN", "NAN", "1e999", "-1e999", "1e-999", "0" * 50 + "1", "1" * 400, "\t3.25\n",
    "\u0661.\u0665", "\u00a02.5\u2003", "0.1", "4.9e-324", "2.4703282292062328e-324", "-0", "00.5e+0_1",
]
for t in good:
    print(repr(t), float(t))
bad = [
    "", " ", ".", "e5", "1e", "1e+", "1_.5", "1._5", "1_e5", "1e_5", "_1", "1_", "1__0", "in f",
    "+-1", "infinit", "nana", "0x10", "1.5j", "1,5", "1 5", "\u00bd", "1e5.5", "--1", "infinityy",
]
for t in bad:
    try:
        float(t)
        print(repr(t), "parsed")
    except ValueError as e:
        print("ValueError:", e)
print(float(b" 1.5 "), float(b"-inf"), float(b"1_0"))
try:
    float(b"x")
except ValueError as e:
    print("ValueError:", e)
print(float(), float(5), float(True), float(2 ** 70), float(-0.0), float(1.5))
class Floaty:
    def __float__(self):
        return 2.5
class Indexy:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return "no"
print(float(Floaty()), float(Indexy()))
for arg in [Bad(), None, [], 1j]:
    try:
        float(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(x="1")
except TypeError as e:
    print("TypeError:", e)
class Text(str):
    pass
print(float(Text("2.5")))
