# collections.abc: Sequence and MutableSequence mixins built on __getitem__/__len__/insert.
from collections.abc import MutableSequence, Sequence


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


q = Squares(5)
print(list(q), list(reversed(q)), 9 in q, 10 in q)
print(q.index(4), q.index(16, 2), q.count(4), q.count(7))
for args in ((7,), (0, 1), (4, 0, 2), (9, -2)):
    try:
        print(q.index(*args))
    except ValueError as e:
        print("ValueError", repr(e))
print(q[1:4], isinstance(q, Sequence))


class Vec(MutableSequence):
    def __init__(self, *items):
        self._x = list(items)

    def __len__(self):
        return len(self._x)

    def __getitem__(self, i):
        return self._x[i]

    def __setitem__(self, i, v):
        self._x[i] = v

    def __delitem__(self, i):
        del self._x[i]

    def insert(self, i, v):
        self._x.insert(i, v)

    def __repr__(self):
        return "Vec%r" % (tuple(self._x),)


v = Vec(1, 2, 3)
v.append(4)
v.extend([5, 6])
v.extend(v)
print(v)
v.reverse()
print(v, v.pop(), v.pop(0))
v.remove(3)
print(v)
v += (7,)
print(v)
v.clear()
print(v, len(v))
try:
    v.pop()
except IndexError as e:
    print("IndexError", e)
try:
    v.remove(1)
except ValueError as e:
    print("ValueError", repr(e))
try:
    Sequence()
except TypeError as e:
    print(e)
