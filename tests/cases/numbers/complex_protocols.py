# The complex type as an object: real, imag, conjugate, __complex__ (the protocol complex()
# honours), the special methods called directly (with NotImplemented for foreign operands), and
# Python subclasses of complex.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, (5j).conjugate(), z.__getnewargs__())
print(z.__complex__(), z.__abs__(), z.__neg__(), z.__pos__(), z.__bool__(), (0j).__bool__())
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(1j))
print(z.__truediv__(2), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__eq__(3 - 4j))
print(z.__add__("x"), z.__eq__("x"), z.__lt__(1j), z.__ne__(3 - 4j), z.__ge__(z))
for name in ["__floordiv__", "__mod__", "__divmod__", "__int__", "__float__", "__round__", "__lt__"]:
    print(name, hasattr(complex, name), hasattr(z, name))
try:
    z.real = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    complex.conjugate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    z.__pow__(2, 3)
except ValueError as e:
    print("ValueError:", e)
class Convertible:
    def __complex__(self):
        return 1 + 1j
class WrongType:
    def __complex__(self):
        return 5
print(complex(Convertible()), complex(Convertible(), 1))
try:
    complex(WrongType())
except TypeError as e:
    print("TypeError:", e)
class Vector(complex):
    def length(self):
        return abs(self)
    def __repr__(self):
        return f"Vector({self.real}, {self.imag})"
v = Vector(3, 4)
print(v, v.length(), v.real, v.imag, v.conjugate(), isinstance(v, complex), type(v).__name__)
print(v + 1, 1 + v, v * v, v == 3 + 4j, hash(v) == hash(3 + 4j), complex(v), -v, abs(v))
print(type(v + 1).__name__, type(complex(v)).__name__, Vector("1+2j"), Vector(1j, 1))
class Named(complex):
    def __add__(self, other):
        return "Named.__add__"
    def __radd__(self, other):
        return "Named.__radd__"
n = Named(1, 1)
print(n + 1, 1 + n, 1j + n, n - 1)
print(complex.__new__(complex, 1, 2), complex.__new__(Vector, 2, 3))
print(sorted(name for name in dir(complex) if not name.startswith("__")))
