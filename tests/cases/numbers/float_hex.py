# float.hex and float.fromhex: exact hexadecimal forms of normal and subnormal doubles, zeros,
# infinities and nan, parsing with and without 0x, points, exponents and whitespace, rounding of
# long mantissas half to even, and the errors for malformed and too large values.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 3.75, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 2.0 ** 52]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, back == x or (back != back and x != x))
texts = [
    "0x1.8p1", "1.8p1", "0X1P-2", " -0x.8 ", "+0x10", "0x1.", "0x.1", "1", "a", "0xA.Bp3", "inf",
    "-Infinity", "nan", "-nan", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x3p-1075",
    "0x1.fffffffffffff7p1023", "0x1.0000000000000800p0", "0x1.0000000000000801p0",
    "0x1.0000000000001800p0", "0x" + "0" * 100 + "1p0", "0x1" + "0" * 40 + "p-160", "0x0p99999999999",
    "0x1p-99999999999", "\t0x1p3\n",
]
for t in texts:
    print(repr(t), float.fromhex(t))
bad = ["", "0x", "0xp1", "0x1p", "0x1p+", "1.2.3", "0x1q", "x1", "0x 1", "- 0x1", "0x1p1.5", "infinit", "0x1_0"]
for t in bad:
    try:
        float.fromhex(t)
        print(repr(t), "parsed")
    except ValueError as e:
        print(repr(t), "ValueError:", e)
for t in ["0x1p1024", "0x1.fffffffffffff8p1023", "-0x2p1023", "0x1p99999999999"]:
    try:
        float.fromhex(t)
    except OverflowError as e:
        print(repr(t), "OverflowError:", e)
class MyFloat(float):
    pass
m = MyFloat.fromhex("0x1.4p0")
print(type(m).__name__, m, (2.5).fromhex("0x1p0"))
for arg in [5, None]:
    try:
        float.fromhex(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    float.hex(5)
except TypeError as e:
    print("TypeError:", e)
