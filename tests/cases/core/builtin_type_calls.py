# Calling built-in types from the eval loop: constructors take their arguments as given, `super()`
# still finds its class and instance, and `type(name, bases, ns)` makes a class of the calling
# module.


class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B" + super().f()


print(B().f())
T = type("T", (A,), {"x": 1})
print(T.__module__, T.__name__, T().x, T().f(), type(3).__name__, type(T).__name__)
U = type("U", (), {"__module__": "elsewhere"})
print(U.__module__)
print(str(5), int("7"), float("2.5"), list((1, 2)), dict(a=1), tuple([1]), set(), frozenset([2]))
print(range(3), bool(0), bytes(2), slice(1, 2), str(), int(), list())
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
