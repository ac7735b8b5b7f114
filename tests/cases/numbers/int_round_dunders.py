# round() on ints (ndigits None, positive, negative: half to even at a power of ten) and the
# special methods behind round(), math.trunc/floor/ceil and int(): __round__, __trunc__,
# __floor__, __ceil__, __int__, __index__, __getnewargs__, on ints and bools.
import math
for n in [0, 5, 15, 25, 125, 135, -125, -135, 1234, 1250, 1350, 2 ** 63 - 1, -(2 ** 63), 10 ** 20 + 5]:
    print(n, round(n), round(n, 0), round(n, 2), round(n, -1), round(n, -2), round(n, -19), round(n, -30))
print(round(True), round(False, 3), type(round(True)).__name__, type(round(True, -1)).__name__)
print(round(10 ** 40 + 5 * 10 ** 19, -20), round(-(10 ** 40) - 5 * 10 ** 19, -20), round(5 * 10 ** 39, -40))
print((7).__round__(), (7).__round__(-1), (75).__round__(-1), (65).__round__(-1), (7).__round__(5))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), True.__trunc__(), type(True.__floor__()).__name__)
print(math.trunc(-7), math.floor(7), math.ceil(-7), math.floor(True), (2 ** 70).__ceil__())
print((5).__getnewargs__(), True.__getnewargs__(), (2 ** 70).__getnewargs__())
for nd in [None, 1.5, "1", 2 ** 100]:
    try:
        print(nd if not isinstance(nd, int) or abs(nd) < 100 else "big", round(123, nd))
    except TypeError as e:
        print(nd, "TypeError:", e)
try:
    (5).__round__(None)
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__round__(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    round()
except TypeError as e:
    print("TypeError:", e)
class Index:
    def __index__(self):
        return -1
print(round(155, Index()), round(number=2.5), round(2.675, ndigits=2))
class Rounder:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)
print(round(Rounder()), round(Rounder(), 3), round(Rounder(), None))
class Truncates:
    def __trunc__(self):
        return 42
print(math.trunc(Truncates()))
class IntLike:
    def __int__(self):
        return 9
class BadInt:
    def __int__(self):
        return "9"
print(int(IntLike()))
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
