# namedtuple: typename/field validation errors, rename=, defaults=, module=
from collections import namedtuple

bad = [
    ('1abc', 'x'), ('class', 'x'), ('P', 'x 1y'), ('P', 'x def'), ('P', '_x'),
    ('P', 'x y x'), ('P', ['x', 'y-z']), ('P', [3]), (3, 'x'), ('P', ['x', 'x', 'y']),
]
for typename, fields in bad:
    try:
        namedtuple(typename, fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y', 'ok'], rename=True)
print(R._fields)
print(namedtuple('R2', 'a b a', rename=True)._fields)

D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D(c=0, a=9), D._field_defaults, D.__new__.__defaults__)
print(namedtuple('D0', 'a', defaults=())._field_defaults, namedtuple('D1', 'a b', defaults=iter([7]))(1))
try:
    namedtuple('D2', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    D()
except TypeError as e:
    print('TypeError', e)

M = namedtuple('M', 'q', module='some.where')
print(M.__module__, M)
print(namedtuple('N', 'q').__module__)
print(namedtuple('S', ('a', 'b'))(1, 2), namedtuple('S', (c for c in 'uv'))(3, 4))
print(namedtuple(u'Uni', ['f'])(1))
