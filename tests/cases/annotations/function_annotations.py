# Function annotations: every parameter kind, in CPython's order, with mangling and defaults.
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass

print(f.__annotations__)


def plain(x, y=2):
    pass

print(plain.__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)
plain.__annotations__ = {"z": str}
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)


def only_return() -> "str":
    pass

print(only_return.__annotations__)

order = []
def note(x):
    order.append(x)
    return x

def g(a: note("a") = note("default a"), *, k: note("k") = note("default k")) -> note("ret"):
    pass

print(order)
print(g.__annotations__, g.__defaults__, g.__kwdefaults__)

class C:
    def m(self, __secret: int, other: "C") -> None:
        pass

print(C.m.__annotations__)
print(C().m.__annotations__ is C.m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


def outer():
    T = list
    def inner(x: T) -> T:
        return x
    return inner

print(outer().__annotations__)
print("__annotations__" in f.__dict__)
