# namedtuple: subclassing, methods and properties, match, sorting, copy, nesting
import copy
from collections import namedtuple

class Point(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)

for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(3, 4)), Point(3, 4)._replace(x=0), type(Point._make([1, 2])).__name__)
print(Point.__mro__[1].__name__, Point.__bases__[0]._fields)

class Fancy(namedtuple('Fancy', 'a b')):
    def __repr__(self):
        return f'<Fancy {self.a}/{self.b}>'
f = Fancy(1, 2)
print(f, [f], f._asdict(), f + (3,), f * 2, f[::-1])

Card = namedtuple('Card', 'rank suit')
cards = [Card(10, 'h'), Card(2, 's'), Card(10, 'c')]
print(sorted(cards), max(cards), sorted(cards, key=lambda c: c.suit)[0].suit)
print(copy.copy(cards[0]), copy.deepcopy(Card([1], 'x')))
print(Card(1, 'x') < Card(2, 'a'), Card(1, 'x') == Card(1, 'x'), len({Card(1, 'x'), Card(1, 'x')}))

def describe(c):
    match c:
        case Card(10, suit):
            return f'ten of {suit}'
        case Card(rank=r, suit='s'):
            return f'{r} of spades'
        case _:
            return 'other'
print([describe(c) for c in cards], describe(Card(3, 'd')))

Node = namedtuple('Node', 'value children', defaults=[()])
tree = Node(1, (Node(2), Node(3, (Node(4),))))
print(tree)
Point3 = namedtuple('Point3', Point._fields + ('z',))
print(Point3(1, 2, 3), Point3._fields)
print(Point(1, 2).count(1), Point(1, 2).index(2), 2 in Point(1, 2))
