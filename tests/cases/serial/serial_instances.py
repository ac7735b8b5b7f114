# Instances of Python classes: the class by reference, then the state; __init__ is not called.
from _serial_compat import rt


class Point:
    inits = 0

    def __init__(self, x, y):
        Point.inits += 1
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = rt(Point(1, 2))
print(p, type(p) is Point, Point.inits, sorted(vars(p)))


class Empty:
    pass


e = rt(Empty())
print(type(e).__name__, vars(e))


class WithState:
    def __init__(self):
        self.secret = 'hidden'
        self.kept = 1

    def __getstate__(self):
        return {'kept': self.kept + 1}

    def __setstate__(self, state):
        self.restored = state


w = rt(WithState())
print(vars(w))


class OnlyGet:
    def __getstate__(self):
        return {'a': 1, 'b': [2]}


print(sorted(vars(rt(OnlyGet())).items()))


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


r = rt(Reduced(1, 'two', [3]))
print(type(r).__name__, r.args)


class ReducedState:
    def __reduce__(self):
        return (ReducedState, (), {'x': 10})


print(vars(rt(ReducedState())))


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


a, b = Node('a'), Node('b')
a.next, b.next = b, a
ra = rt(a)
print(ra.value, ra.next.value, ra.next.next is ra)
items = rt([a, b, a])
print(items[0] is items[2], items[0].next is items[1])


class Child(Point):
    pass


c = rt(Child(5, 6))
print(c, type(c).__name__, isinstance(c, Point))

plain = rt(object())
print(type(plain).__name__)


# __reduce__ whose arguments lead back to the object through a list: one object, one cycle.
class Holder:
    def __init__(self, items):
        self.items = items

    def __reduce__(self):
        return (Holder, (self.items,))


lst = []
h = Holder(lst)
lst.append(h)
r = rt(h)
print(type(r).__name__, r.items[0] is r)
