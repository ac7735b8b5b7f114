# int's methods and attributes beyond arithmetic: bit_length, bit_count, as_integer_ratio,
# conjugate, numerator, denominator, real, imag, __index__, __int__, __float__, on small, big
# and negative ints and on bools.
values = [0, 1, -1, 7, -7, 255, -256, 2 ** 62, 2 ** 63, -(2 ** 63), 10 ** 30, -(10 ** 30), True, False]
for n in values:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator,
          n.denominator, n.real, n.imag, n.__index__(), n.__int__(), n.__float__())
print(type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__)
print(type(True.as_integer_ratio()[0]).__name__, (2 ** 1000).bit_length(), (2 ** 1000 - 1).bit_count())
print(int.bit_length(5), int.bit_count(-255), int.as_integer_ratio(6), int.conjugate(-3))
for name in ["bit_length", "bit_count", "as_integer_ratio", "conjugate"]:
    try:
        getattr(int, name)("a")
    except TypeError as e:
        print(name, "TypeError:", e)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError:", e)
try:
    (2 ** 1024).__float__()
except OverflowError as e:
    print("OverflowError:", e)
class Index:
    def __index__(self):
        return 6
print([10, 20, 30, 40, 50, 60, 70][Index()], bin(Index()), range(Index())[-1], hex(Index()))
