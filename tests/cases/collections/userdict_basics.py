# UserDict: the dict in .data, the mapping methods, __missing__, copy, |, subclass hooks
import copy
from collections import UserDict

u = UserDict({'a': 1}, b=2)
print(u, u.data, len(u), u['a'], 'b' in u, list(u), sorted(u.items()), sorted(u.values()))
print(u.get('a'), u.get('z'), u.get('z', 0), u == {'a': 1, 'b': 2}, u != {'a': 1})
u['c'] = 3
del u['a']
print(u, u.pop('b'), u.pop('q', None), u.setdefault('s', []), u)
try:
    u['missing']
except KeyError as e:
    print('KeyError', e)
try:
    del u['missing']
except KeyError as e:
    print('KeyError', e)
u.update({'x': 1}, y=2)
u.update([('w', 0)])
print(u, u.popitem(), len(u))
u.clear()
print(u, UserDict(), UserDict(dict={'k': 1}) if False else UserDict.fromkeys('ab', 0))

class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m['a'], m['zz'], 'zz' in m, m.get('zz'))

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
lo = Lower({'ABC': 1}, Def=2)
lo['GHI'] = 3
print(lo, type(lo.copy()).__name__, lo.copy(), copy.copy(lo), copy.deepcopy(lo))
c = lo.copy()
c['new'] = 1
print(lo, c)

a = UserDict(a=1)
print(a | {'b': 2}, {'b': 2} | a, a | UserDict(c=3), type({'b': 2} | a).__name__)
a |= {'z': 0}
print(a, a.data)
try:
    a | 1
except TypeError:
    print('TypeError')
print(UserDict(a=1) == UserDict(a=1), UserDict(a=1).copy().data is not a.data)
