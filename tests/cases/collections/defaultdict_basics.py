# defaultdict: the factory on missing keys, default_factory, get/in without the factory, repr
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d)
print(d.default_factory, len(d), 'c' in d, d.get('c'), len(d))
print(isinstance(d, dict), type(d).__name__, type(d).__mro__[1:])

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))

n = defaultdict()
print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)

kw = defaultdict(str, {'x': 'y'}, z='w')
print(kw, kw['q'] == '', kw)
print(defaultdict(None, [(1, 2)]), defaultdict(default_factory=list))

try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)

d2 = defaultdict(lambda: 'dflt')
print(d2[5], dict(d2))
d2.default_factory = set
print(d2['s'], d2)
print(d == {'a': [1, 2], 'b': []}, {'a': [1, 2], 'b': []} == d)

nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], dict(nested['x']))

r = defaultdict(list)
r['me'] = r
print(r)

class Sub(defaultdict):
    pass
s = Sub(tuple, a=(1,))
print(s, s['b'])
