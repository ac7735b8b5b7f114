# __slots__: member descriptors, no __dict__, errors, inheritance, __dict__ and __weakref__ slots.
import weakref


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = S()
print(s.a, hasattr(s, "__dict__"), S.a, type(S.a).__name__)
try:
    s.c = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
s.b = "bee"
print(s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError:", e)


class WithDict(S):
    __slots__ = ("__dict__", "__weakref__")


w = WithDict()
w.anything = 3
print(w.a, w.anything, weakref.ref(w)() is w)


class Open(S):
    pass


o = Open()
o.extra = 1
print(o.extra, o.a)


class Single:
    __slots__ = "only"


x = Single()
x.only = "one"
print(x.only, Single.__slots__)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 7

    def get(self):
        return self.__secret


print(Private().get(), sorted(k for k in vars(Private) if "secret" in k))
for bad in (("a", "a"), (1,), ("not valid",)):
    try:
        type("Bad", (), {"__slots__": bad})
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pts = [Point(i, -i) for i in range(3)]
pts[1].x = 10
print(pts, [p.x + p.y for p in pts])
