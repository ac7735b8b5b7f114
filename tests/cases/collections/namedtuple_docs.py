# namedtuple: docstrings of the class and fields are writable; _fields reuse; defaults on _make
from collections import namedtuple

Book = namedtuple('Book', ['id', 'title', 'authors'])
print(Book.__doc__, '|', Book.id.__doc__, '|', Book.title.__doc__, '|', Book.authors.__doc__)
Book.__doc__ += ': Hardcover book in active collection'
Book.id.__doc__ = '13-digit ISBN'
Book.title.__doc__ = 'Title of first printing'
print(Book.__doc__, '|', Book.id.__doc__, '|', Book.title.__doc__)
print(Book.__new__.__doc__, Book.__new__.__name__, Book.__new__.__defaults__)

Account = namedtuple('Account', ['type', 'balance'], defaults=[0])
print(Account._field_defaults, Account('premium'), Account._make(['basic', 5]))
try:
    Account._make(['only'])
except TypeError as e:
    print('TypeError', e)
Point = namedtuple('Point', 'x y')
Pixel = namedtuple('Pixel', Point._fields + ('color',))
print(Pixel(11, 22, 'red'), Pixel._fields)
p = Pixel(1, 2, 'blue')
print(p._replace(color='red', x=5), p._asdict(), dict(zip(p._fields, p)))
print(Pixel(*Point(1, 2), color='g'), Point(*[5, 6]), Point(**{'y': 1, 'x': 0}))
print(getattr(p, 'color'), [getattr(p, f) for f in p._fields], p.index('blue'), p.count(1))
t = tuple(p)
print(t, type(t).__name__, p == t, p[1:], type(p[1:]).__name__, p + p)
print(Point(1, 2).__repr__(), str(Point(1, 2)), f'{Point(1, 2)}', '%s' % (Point(1, 2),))
print(Point(1, [2]), Point('a', None), Point(Point(0, 0), ()))
print(sorted(vars(Point).keys() & {'_fields', '_make', '_replace', '_asdict', '__slots__', 'x'}))
print(hasattr(p, '__dict__'), Point(1, 2) != Point(2, 1), Point(1, 2) == Pixel(1, 2, 'q')[:2])
