# Class and module bodies collect `name: annotation` into `__annotations__`.
x: int
y: "str" = "hello"
print(__annotations__)
print("x" in globals(), y)

class Point:
    """A point."""
    x: int
    y: float = 0.0
    __hidden: bool = True
    label: "Point"
    if True:
        inside_if: list
    for _ in range(1):
        inside_for: dict
    def method(self):
        local: int = 5
        return local

print(Point.__annotations__)
print(Point.y, Point._Point__hidden, hasattr(Point, "x"))
print(Point().method())


class Empty:
    pass

print("__annotations__" in Empty.__dict__)


class Child(Point):
    z: complex

print(Child.__annotations__)


class Target:
    pass

t = Target()
t.attr: int = 3
d = {}
d["k"]: str = "v"
print(t.attr, d, "attr" in __annotations__)

try:
    undefined_name.attr: int
except NameError as e:
    print(type(e).__name__, e)

try:
    class Bad:
        a: undefined_annotation
except NameError as e:
    print(type(e).__name__, e)


def func():
    missing: undefined_too  # never evaluated in a function
    return "ok"

print(func())


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"__annotations__": {"preset": bool}}

class WithMeta(metaclass=Meta):
    extra: int

print(WithMeta.__annotations__)
