# complex(): no argument, numbers of every kind, two arguments (either of which may itself be
# complex), keywords, subclasses of int and float, and the TypeErrors for what is not a number.
print(complex(), complex(0), complex(5), complex(2.5), complex(True), complex(2 ** 70))
print(complex(1, 2), complex(1.5, -0.5), complex(-0.0, 0), complex(0, -0.0), complex(False, True))
print(complex(1j), complex(1 + 2j, 3), complex(1, 2j), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(1, imag=5))
z = 3 + 4j
print(complex(z) is z, complex(z) == z)
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(complex(MyInt(7)), complex(MyFloat(1.5), MyInt(2)))
class Indexed:
    def __index__(self):
        return 11
class Floaty:
    def __float__(self):
        return 2.25
print(complex(Indexed()), complex(Floaty()), complex(1, Floaty()), complex(Floaty(), Indexed()))
bad = [
    (None,), (1, None), ("1", 2), (1, "2"), ([],), (1, []), ({},), (b"1",), (object(),),
    (1, 2, 3),
]
for args in bad:
    try:
        print(complex(*args))
    except TypeError as e:
        print([type(a).__name__ for a in args], "TypeError:", e)
for kwargs in [{"real": 1, "x": 2}, {"imag": "1"}]:
    try:
        print(complex(**kwargs))
    except TypeError as e:
        print(kwargs, "TypeError:", e)
try:
    complex(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    complex(1, 10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
class BadFloat:
    def __float__(self):
        return "no"
try:
    complex(BadFloat())
except TypeError as e:
    print("TypeError:", e)
print(complex(float("nan"), float("inf")), complex(float("-inf")))
