# defaultdict: copy keeps the factory and the type, | and |= with dicts, pop/setdefault/del
import copy
from collections import defaultdict

d = defaultdict(list, a=[1])
c = d.copy()
c['b'].append(2)
print(d, c, type(c).__name__)
print(copy.copy(d), copy.copy(d).default_factory)
dc = copy.deepcopy(d)
dc['a'].append(9)
print(d, dc)

u = d | {'z': [0]}
print(u, type(u).__name__, u.default_factory)
r = {'z': [0]} | d
print(r, type(r).__name__)
d |= {'y': []}
print(d, type(d).__name__)
try:
    d | 5
except TypeError as e:
    print('TypeError')

print(d.pop('y'), d.setdefault('k', 7), d)
del d['k']
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d.clear()
print(d, d.default_factory)
print(sorted(defaultdict.fromkeys('ab').items()), defaultdict.fromkeys('ab').default_factory)

class Named(defaultdict):
    def __repr__(self):
        return 'Named!'
print(Named(int) | {}, [Named(int)])
