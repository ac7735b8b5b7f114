# float's methods and attributes: is_integer, as_integer_ratio (exact, with its errors for nan and
# inf), conjugate, real, imag, __getformat__, __getnewargs__, __int__, __trunc__, __floor__,
# __ceil__, __float__, __abs__, __bool__.
import math
values = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0 ** 53 + 2, -1e-7, 123456.789]
for x in values:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag,
          x.__int__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__float__(), x.__bool__())
print(type((2.5).real).__name__, type((2.5).imag).__name__, (2.5).__getnewargs__(), (-0.0).__abs__())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d & (d - 1) == 0)
print(float.__getformat__("double"), float.__getformat__("float"))
for arg in ["x", 5]:
    try:
        float.__getformat__(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for x in [float("nan"), float("inf"), float("-inf")]:
    print(x.is_integer(), x.conjugate(), x.real)
    for method in [x.as_integer_ratio, x.__int__, x.__floor__, x.__ceil__, x.__trunc__]:
        try:
            method()
        except (ValueError, OverflowError) as e:
            print(" ", type(e).__name__ + ":", e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20), math.ceil(2.0 ** 70 + 0.5))
for name in ["is_integer", "as_integer_ratio", "hex", "conjugate"]:
    try:
        getattr(float, name)(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    (1.5).is_integer(1)
except TypeError as e:
    print("TypeError:", e)
class F(float):
    pass
f = F(2.5)
print(f.is_integer(), f.as_integer_ratio(), f.hex(), f.real, type(f.real).__name__, f.conjugate(), float(f), type(float(f)).__name__)
