# copy.copy: atoms and immutables are returned as themselves, containers copied one level,
# instances rebuilt without __init__, __copy__ honoured, classes and functions kept
import copy

for x in (None, 1, 2.5, 3j, True, 'str', b'by', (1, 2), frozenset({1}), range(3),
          slice(1, 2), Ellipsis, NotImplemented, len, copy.copy, int, property()):
    print(type(x).__name__, copy.copy(x) is x)

for x in ([1, [2]], {'a': [1]}, {1, 2}, bytearray(b'xy')):
    y = copy.copy(x)
    print(type(y).__name__, y == x, y is x)
nested = [[1], [2]]
flat = copy.copy(nested)
print(flat[0] is nested[0], flat is nested)


class Point:
    def __init__(self, x, y):
        print('init', x, y)
        self.x = x
        self.y = y


p = Point(1, [2])
q = copy.copy(p)
print(type(q).__name__, q.x, q.y, q.y is p.y, q is p, vars(q))


class Own:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Own(self.v + 1)


print(copy.copy(Own(1)).v)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta, copy.copy(Point) is Point)
empty = copy.copy(Point.__new__(Point))
print(vars(empty))
t = (1, [2])
print(copy.copy(t) is t)
print(sorted(copy.__all__), copy.error is copy.Error, issubclass(copy.Error, Exception))
