# namedtuple: construction, fields, _make/_replace/_asdict/_fields/_field_defaults, repr, docs
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), list(p), p == (11, 22), isinstance(p, tuple))
x, y = p
print(x, y, p._fields, Point._fields, Point._field_defaults)
print(p._asdict(), type(p._asdict()).__name__, Point(**p._asdict()))
print(p._replace(x=100), p, Point._make([1, 2]), Point._make(range(2)))
print(Point.__doc__, Point.__new__.__doc__, Point.x.__doc__, Point.y.__doc__)
print(Point._make.__func__.__doc__, '|', Point._replace.__doc__, '|', Point._asdict.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__mro__[1:])
print(Point.__new__.__qualname__, Point._replace.__qualname__, Point.__repr__.__qualname__)
print(Point.__match_args__, Point.__slots__, p.__getnewargs__(), hash(p) == hash((11, 22)))

P3 = namedtuple('P3', 'a, b  c')
print(P3(1, 2, 3), P3._fields)
One = namedtuple('One', 'only')
print(One(5), One.__doc__, One.__new__.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty.__doc__)

try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1, w=2)
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
try:
    p.extra = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    Point.x.__get__(3)
except TypeError as e:
    print('TypeError', e)
print(Point.x.__get__(None, Point) is Point.x, Point.x.__get__(p))
