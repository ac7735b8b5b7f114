# The operator methods of int, bool and float called directly: results, NotImplemented for an
# operand the type does not handle (int.__add__ leaves floats to float.__radd__), divmod and pow
# with a modulus, the descriptor errors; and subclasses that extend them through super().
print((1).__add__(2), (1).__radd__(2), (7).__sub__(2), (7).__rsub__(2), (6).__mul__(7), (7).__truediv__(2))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(-2), (7).__rmod__(2), (2).__pow__(10))
print((2).__pow__(10, 7), (2).__rpow__(3), (2).__pow__(-1), (2).__lshift__(3), (2).__rlshift__(3))
print((12).__rshift__(2), (12).__and__(10), (12).__or__(3), (12).__xor__(10), (12).__rxor__(1), (5).__invert__())
print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2), (5).__neg__(), (5).__pos__(), (-5).__abs__())
print((0).__bool__(), (3).__bool__(), (3).__lt__(4), (3).__le__(3), (3).__gt__(4), (3).__ge__(4), (3).__eq__(3), (3).__ne__(3))
print((1).__add__(2.0), (1).__eq__(1.0), (1).__lt__(2.5), (1).__add__(1j), (1).__add__("a"), (1).__mul__([1]))
print(True.__and__(True), True.__or__(False), True.__xor__(1), int.__and__(True, True), True.__add__(True), True.__neg__())
print((1.5).__add__(2), (1.5).__radd__(True), (1.5).__sub__(0.5), (1.5).__rsub__(1), (1.5).__mul__(2), (1.5).__truediv__(0.5))
print((7.5).__floordiv__(2), (7.5).__mod__(2), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (2.0).__pow__(0.5), (2.0).__rpow__(3))
print((1.5).__neg__(), (-1.5).__abs__(), (1.5).__pos__(), (0.0).__bool__(), (1.5).__lt__(2), (1.5).__eq__(1.5), (1.5).__add__(1j), (1.5).__add__("a"))
for f, args in [((2.0).__pow__, (2, 3)), ((2).__pow__, (2, 3.0)), ((2).__divmod__, (0,)), ((2.0).__divmod__, (0,)),
                ((1).__truediv__, (0,)), ((1.0).__mod__, (0.0,)), ((1).__floordiv__, (0,)), ((2).__add__, ()),
                ((2).__add__, (1, 2)), ((2).__neg__, (1,))]:
    try:
        print(f(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for cls, name, arg in [(int, "__add__", "a"), (float, "__add__", 1), (int, "__neg__", 1.5), (float, "__lt__", "x")]:
    try:
        getattr(cls, name)(arg, 1) if name != "__neg__" else getattr(cls, name)(arg)
    except TypeError as e:
        print("TypeError:", e)
class Meters(int):
    def __add__(self, other):
        return Meters(super().__add__(other))
    def __repr__(self):
        return f"Meters({int(self)})"
m = Meters(5)
print(m + 3, 3 + m, m * 2, -m, abs(Meters(-2)), m == 5, m < 6, hash(m) == hash(5), type(m * 2).__name__)
print(m.__add__(1), int.__add__(m, 1), m.bit_length(), m.to_bytes(2), divmod(m, 2), pow(m, 2, 3), round(m, -1))
class Celsius(float):
    def __sub__(self, other):
        return Celsius(super().__sub__(other))
    def __repr__(self):
        return f"Celsius({float(self)})"
c = Celsius(21.5)
print(c - 1.5, 1.5 - c, c * 2, c > 20, float(c), round(c), c.hex(), c.is_integer(), divmod(c, 4))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        return Money(self.cents + other * 100)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __divmod__(self, other):
        return ("divmod", other)
    def __repr__(self):
        return f"Money({self.cents})"
print(1 + Money(5), 2.5 + Money(5), divmod(Money(1), 3), divmod(3, Money(1)), sum([Money(1)], 2))
try:
    divmod(Money(1), Money(2)) and divmod(object(), 1)
except TypeError as e:
    print("TypeError:", e)
