# numbers: the concrete methods the ABCs give a subclass that supplies the abstract ones.
import math
from numbers import Integral, Real


class Meters(Real):
    def __init__(self, v):
        self.v = float(v)

    def __repr__(self):
        return "Meters(%r)" % self.v

    def __float__(self):
        return self.v

    def __trunc__(self):
        return math.trunc(self.v)

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)

    def __floordiv__(self, o):
        return Meters(self.v // float(o))

    def __rfloordiv__(self, o):
        return Meters(float(o) // self.v)

    def __mod__(self, o):
        return Meters(self.v % float(o))

    def __rmod__(self, o):
        return Meters(float(o) % self.v)

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __eq__(self, o):
        return self.v == float(o)

    __hash__ = None

    def __add__(self, o):
        return Meters(self.v + float(o))

    __radd__ = __add__

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return self

    def __abs__(self):
        return Meters(abs(self.v))

    def __mul__(self, o):
        return Meters(self.v * float(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Meters(self.v / float(o))

    def __rtruediv__(self, o):
        return Meters(float(o) / self.v)

    def __pow__(self, o):
        return Meters(self.v ** float(o))

    def __rpow__(self, o):
        return Meters(float(o) ** self.v)


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m))
print(m.real, m.imag, m.conjugate(), complex(m), bool(m), bool(Meters(0)))
print(m < 8, m <= 7.5, m == 7.5, m != 1)


class Small(Integral):
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n

    def __pos__(self):
        return Small(self.n)

    def __repr__(self):
        return "Small(%d)" % self.n


for name in sorted(Small.__abstractmethods__)[:3]:
    print("still abstract:", name)
Small.__abstractmethods__ = frozenset()
s = Small(5)
print(s.__index__(), float(s), s.numerator, s.denominator, [10, 20, 30, 40, 50, 60][s])
