# numbers: the numeric tower, with the built-in types registered at their levels.
import numbers
from numbers import Complex, Integral, Number, Rational, Real

TOWER = [Number, Complex, Real, Rational, Integral]
for v in (1, True, 2.5, 1j, "1", None, [1]):
    print(repr(v), [c.__name__ for c in TOWER if isinstance(v, c)])
for t in (int, bool, float, complex):
    print(t.__name__, [c.__name__ for c in TOWER if issubclass(t, c)])
print([c.__name__ for c in Integral.__mro__])
print(numbers.__all__)
print(Number.__hash__, issubclass(Integral, Complex), issubclass(Complex, Real))
print(Number.__abstractmethods__ == frozenset())
for c in (Complex, Real, Rational, Integral):
    names = sorted(c.__abstractmethods__)
    print(c.__name__, len(names), names[:6])
try:
    Integral()
except TypeError as e:
    print(str(e)[:80])
print(isinstance(Number(), Number))
try:
    hash(Number())
except TypeError as e:
    print(type(e).__name__, e)


class Money:
    pass


Real.register(Money)
print(isinstance(Money(), Number), isinstance(Money(), Rational))
