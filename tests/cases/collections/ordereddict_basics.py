# OrderedDict: order, move_to_end, popitem(last=), pop/setdefault, repr, views
from collections import OrderedDict

od = OrderedDict()
print(od, repr(OrderedDict([('a', 1)])))
for k in 'dbca':
    od[k] = ord(k)
print(od)
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
od.move_to_end('b', False)
print(list(od))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od.popitem(last=False), od)
print(od.pop('c'), od.pop('nope', 'dflt'), od)
try:
    od.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(od.setdefault('b', 0), od.setdefault('e', 5), od)
od['b'] = 99
print(od, list(reversed(od)))
od.clear()
try:
    od.popitem()
except KeyError as e:
    print('KeyError', e)

o = OrderedDict([('x', 1), ('y', 2)], z=3)
print(o.keys(), o.values(), o.items())
print(list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print('x' in o.keys(), ('x', 1) in o.items(), 2 in o.values(), len(o.keys()))
print(sorted(o.keys() & {'x', 'q'}), sorted(o.keys() | {'q'}), sorted(o.keys() - {'x'}))
print(o.keys() == {'x', 'y', 'z'}, type(o.keys()).__name__)
o.update({'w': 0}, v=-1)
o.update([('x', 100)])
print(o)
print(OrderedDict.fromkeys('abc', 0), OrderedDict.fromkeys('ab'))
try:
    OrderedDict({}, {})
except TypeError as e:
    print('TypeError', e)
try:
    OrderedDict().update({}, {})
except TypeError as e:
    print('TypeError', e)
del o['w']
print(o, len(o), o.get('v'), o.get('w', 'gone'))
