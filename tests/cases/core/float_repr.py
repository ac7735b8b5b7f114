# float repr: shortest round-trip form, exponents, integers as floats, negative zero.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001,
          1.5e300, 2.5e-300, 1 / 3, 2 / 3, 100.0, 3.14, 1e22, 1.7976931348623157e308,
          5e-324, 12345678901234567.0, 0.000123, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float(10), float(-3), float("1_000.5"), float(".5"), float("5."))
print(1.0 == 1, 0.1 + 0.2 == 0.3, -0.0 == 0.0, str(-0.0))
print(2.5.is_integer(), 3.0.is_integer(), (0.5).as_integer_ratio())
print(int(2.9), int(-2.9), round(2.675, 2), float(2 ** 53 + 1))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
