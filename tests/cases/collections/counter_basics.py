# Counter: counting, missing keys give 0, most_common, elements, total, update/subtract, repr
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(sorted(c.elements()), ''.join(Counter(x=2, y=0, z=-1).elements()))
print(c.total(), Counter().total())
print(Counter(), Counter({'a': 3, 'b': 1}), Counter(cats=4, dogs=8))
print(Counter(['x', 'y', 'x']), Counter((1, 1, 2.0, 2)))

c.update('aaz')
print(c)
c.update({'b': 10}, q=1)
print(c)
c.subtract('aaaaaaaa')
c.subtract({'q': 5}, r=1)
print(c)
print(Counter(a=1).update(None), Counter(c=2))

c['new'] += 1
del c['r']
del c['absent']
print(c['new'], 'absent' in c, c.get('absent'))
c.clear()
print(c, repr(Counter(a=0)))

try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)

# Ties keep first-seen order; unorderable counts fall back to insertion order.
print(Counter('bbaacc').most_common(), Counter('zyx'))
print(Counter({'a': 'x', 'b': 2}))
print(Counter(a=1.5, b=0.25))
