# isinstance, issubclass, type(): with built-ins, user classes, tuples of types; id comparisons.
class Base:
    pass


class Derived(Base):
    pass


d = Derived()
print(isinstance(d, Derived), isinstance(d, Base), isinstance(d, object), isinstance(Base(), Derived))
print(isinstance(3, int), isinstance(3, (str, float)), isinstance(3.0, (str, float)), isinstance(True, int))
print(isinstance("s", str), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(Derived, Base), issubclass(Base, Base), issubclass(bool, (str, int)), issubclass(int, bool))
print(type(d).__name__, type(d) is Derived, type(d) == Base, type(Derived).__name__, type(type).__name__)
print([type(v).__name__ for v in [1, 1.0, "s", b"b", [], (), {}, set(), None, True, range(1), len, Base]])
print(type(3)(4.7), type("x")(12), type([])("ab"))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Base)
except TypeError as e:
    print("TypeError:", e)
print(type(int) is type, isinstance(int, type), isinstance(Base, type))
