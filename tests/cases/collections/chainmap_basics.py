# ChainMap: lookups through maps, writes to maps[0], new_child, parents, repr, errors, |
from collections import ChainMap, defaultdict

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()))
print('a' in cm, 'z' in cm, cm.get('z'), cm.get('a', 0), bool(cm), bool(ChainMap({}, {})))
print(ChainMap(), ChainMap().maps, cm.maps[1] is base)
try:
    cm['z']
except KeyError as e:
    print('KeyError', e)

cm['a'] = 100
cm['d'] = 4
print(over, base, cm['a'])
del cm['d']
try:
    del cm['b'], cm['b']
except KeyError as e:
    print('KeyError', e)
print(over, cm['b'])
print(cm.pop('a'), cm.pop('nope', 'dflt'))
try:
    cm.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(cm.popitem(), over)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
cm.clear()
print(cm, base)

root = ChainMap({'v': 0})
child = root.new_child()
child['v'] = 1
kid2 = child.new_child({'w': 2}, x=3)
kid3 = root.new_child(y=4)
print(child, kid2, kid3, child.parents, child.parents.parents, kid2['v'])
print(type(child).__name__, root.copy(), root.copy().maps[0] is root.maps[0])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))

dd = defaultdict(int, {'k': 1})
m = ChainMap({}, dd)
print(m['k'], m['missing'], dict(dd))

print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}, {'b': 3}))
u = ChainMap({'a': 1}, {'c': 5})
u |= {'z': 26}
print(u, u == {'a': 1, 'c': 5, 'z': 26}, u == ChainMap({'z': 26, 'a': 1, 'c': 5}))
try:
    u | 3
except TypeError:
    print('TypeError')

class DeepChainMap(ChainMap):
    'Variant of ChainMap that allows direct updates to inner scopes'
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value

d = DeepChainMap({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
d['lion'] = 'orange'
d['snake'] = 'red'
print(d)
r = ChainMap()
r.maps.append(r)
print(r)
