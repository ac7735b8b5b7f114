# pprint: sets and frozensets (sorted), subclasses keeping or overriding the base repr
import pprint

print(pprint.pformat(set(range(30))))
print(pprint.pformat(frozenset(range(30))))
print(pprint.pformat({frozenset(range(3)), frozenset()}, width=10))
print(pprint.pformat(set(range(30)), compact=True, width=40))
print(pprint.pformat({'z', 'a', 'm'}, width=5), pprint.pformat(frozenset({3, 1, 2}), width=5))


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


print(pprint.pformat(MySet(range(25))))
print(pprint.pformat(MyFrozen(range(25)), width=40))


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return 'ReprList(%d items)' % len(self)


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


print(pprint.pformat(MyList(range(30))))
print(pprint.pformat(ReprList(range(30))), pprint.pformat([ReprList(range(3))] * 3, width=20))
print(pprint.pformat(MyDict((str(i), i) for i in range(12))))
print(pprint.pformat(MyTuple(range(30)), width=40))
print(pprint.saferepr(MyList([1])), pprint.saferepr(MyTuple((1,))), pprint.saferepr(MyDict(a=1)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


print(pprint.pformat([Point(i, i * i) for i in range(8)]))
print(pprint.pformat({'origin': Point(0, 0), 'far': Point(10 ** 30, -10 ** 30)}, width=40))
print(pprint.isreadable(Point(1, 2)), pprint.pformat(Point(1, 2), width=1))
mixed = {(1, 'a'): 'tuple', 1: 'int', 'b': 'str', None: 'none', 2.5: 'float'}
print(pprint.pformat(mixed, width=30))
print(pprint.pformat([1, 'a', None, 2.5, (1,)], width=10))
