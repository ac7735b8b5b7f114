# sys.getsizeof: only relations between sizes, plus __sizeof__ being honoured (the reported
# size adds CPython's GC header and pre-header to what __sizeof__ returns), the default
# argument (used only on a TypeError), and errors from a bad __sizeof__.
import sys

print("[] < [1, 2, 3]:", sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print("'' < 'abc' * 100:", sys.getsizeof("") < sys.getsizeof("abc" * 100))
print("{} <= dict of 100:", sys.getsizeof({}) <= sys.getsizeof({i: i for i in range(100)}))
print("small int < huge int:", sys.getsizeof(1) < sys.getsizeof(10**100))
print("b'' < b'x' * 50:", sys.getsizeof(b"") < sys.getsizeof(b"x" * 50))
print("all positive ints:", all(type(sys.getsizeof(o)) is int and sys.getsizeof(o) > 0
                               for o in (None, 0, 1.5, "s", [], {}, (), set(), len)))


class Sized:
    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "big"


print("__sizeof__ 100 ->", sys.getsizeof(Sized()))
print("direct call:", Sized().__sizeof__())
print("with default:", sys.getsizeof(Sized(), 7))
for obj in (Bad(), NotInt()):
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(obj).__name__, type(e).__name__, e)
    try:
        print("  with a default:", sys.getsizeof(obj, "fallback"))
    except ValueError as e:
        print("  with a default still", type(e).__name__, e)
print("list default ignored:", sys.getsizeof([], -5) == sys.getsizeof([]))
