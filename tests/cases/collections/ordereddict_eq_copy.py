# OrderedDict: order-sensitive == between OrderedDicts, plain == with dicts, copy, |, subclasses
import copy
from collections import OrderedDict

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a != {'x': 1, 'y': 2})
print(a == OrderedDict(a), a == [('x', 1), ('y', 2)], a != 3)
try:
    hash(a)
except TypeError as e:
    print('TypeError')

c = a.copy()
c['z'] = 3
print(a, c, type(c).__name__)
print(copy.copy(a), copy.deepcopy(OrderedDict(k=[1])))
print(a | {'q': 0}, {'q': 0} | a, type({'q': 0} | a).__name__)
a |= [('w', 9)]
print(a)
try:
    a | [('x', 1)]
except TypeError as e:
    print('TypeError')

r = OrderedDict()
r['self'] = r
print(r)

class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated(a=1, b=2)
lu['a'] = 3
lu.update(b=4)
print(lu, type(lu.copy()).__name__)

class LRU(OrderedDict):
    def __init__(self, maxsize=2):
        super().__init__()
        self.maxsize = maxsize
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]

cache = LRU()
cache['a'] = 1
cache['b'] = 2
cache['a']
cache['c'] = 3
print(list(cache.items()), isinstance(cache, dict), OrderedDict.__mro__[1:])
print(OrderedDict[str, int])
