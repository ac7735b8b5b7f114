# Counter: + - & | unary + and -, in-place forms, rich comparisons (3.10+), copy, subclasses
import copy
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a, +Counter(), -Counter(x=-1, y=1))
print(type(a + b).__name__, a + b == Counter(a=4, b=3, d=4))

x = Counter(a=3, b=1)
x += Counter(b=-1, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=5, z=0)
print(x)
x &= Counter(a=4, c=1)
print(x)

for other in (3, {'a': 1}, [1]):
    try:
        a + other
    except TypeError:
        print('TypeError', type(other).__name__)

p = Counter(a=1)
q = Counter(a=1, b=0)
print(p == q, p != q, p <= q, p < q, p >= q, p > q)
print(Counter(a=1) < Counter(a=2), Counter(a=2) > Counter(a=1, b=1), Counter(a=2) >= Counter())
print(Counter(a=1) == {'a': 1}, Counter() == Counter(x=0))
try:
    Counter() < {}
except TypeError:
    print('TypeError <')
try:
    hash(Counter())
except TypeError as e:
    print('TypeError')

c = Counter('hello')
print(c.copy(), type(c.copy()).__name__, copy.copy(c), copy.deepcopy(c))

class Tally(Counter):
    pass
t = Tally('aab')
print(t, t + t, type(t + t).__name__, type(t.copy()).__name__, t['z'])

class Defaulting(Counter):
    def __missing__(self, key):
        return 100
print(Defaulting()['q'], Defaulting(a=1) + Counter(b=1))
print(isinstance(c, dict), Counter.__mro__[1:], dict(Counter('aa')))
