# collections.abc: Set and MutableSet give comparisons, operators and mutators from 3-5 methods.
from collections.abc import MutableSet, Set


class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "ListSet(%r)" % self.items

    __hash__ = Set._hash


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b)
print(a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]), a >= b, a > ListSet([1]))
print(a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(a - [1], [5, 1] - a if False else "", a & [1, 9], a | {9})
print(hash(a) == hash(ListSet([3, 1, 2])), hash(a) == hash(ListSet([1, 2])))
print(a == {1, 2, 3}, {1, 2, 3} == a, a == [1, 2, 3])


class Bag(MutableSet):
    def __init__(self, items=()):
        self.data = set(items)

    def __contains__(self, x):
        return x in self.data

    def __iter__(self):
        return iter(sorted(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, x):
        self.data.add(x)

    def discard(self, x):
        self.data.discard(x)


s = Bag([1, 2])
s |= [3, 4]
print(sorted(s))
s -= [1]
print(sorted(s))
s &= Bag([2, 3, 9])
print(sorted(s))
s ^= [3, 5]
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), sorted(s))
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError", repr(e))
try:
    Set()
except TypeError as e:
    print(e)
try:
    Bag() < 3
except TypeError as e:
    print(e)
