# pprint: the collections types laid out over several lines, and empty ones as their repr
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString

words = 'the quick brown fox jumps over the lazy dog and then the fox sleeps'.split()
od = OrderedDict((w, len(w)) for w in words)
print(pprint.pformat(od))
print(pprint.pformat(od, width=50))
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
print(pprint.pformat(dd))
print(pprint.pformat(dd, width=40, indent=2))
c = Counter(''.join(words))
print(pprint.pformat(c))
print(pprint.pformat(c, indent=3, width=30))
cm = ChainMap({'a': 1, 'b': 2}, {'c': list(range(20))}, {'d': 'x' * 40})
print(pprint.pformat(cm))
print(pprint.pformat(deque(range(30))))
print(pprint.pformat(deque(range(30), maxlen=40)))
print(pprint.pformat(deque(range(30), maxlen=40), width=30))
print(pprint.pformat(UserDict({'k%d' % i: i for i in range(12)})))
print(pprint.pformat(UserList(list(range(30)))))
print(pprint.pformat(UserString('long string ' * 10), width=40))
for empty in (OrderedDict(), defaultdict(int), Counter(), ChainMap(), deque(), deque(maxlen=3),
              UserDict(), UserList(), UserString('')):
    print(pprint.pformat(empty, width=1))
print(pprint.pformat([OrderedDict(a=1)] * 3, width=40))
print(pprint.pformat({'c': Counter('aab'), 'd': defaultdict(int, x=1)}, width=30))
nested = {'outer': {'inner': OrderedDict([('k', list(range(15)))])}}
print(pprint.pformat(nested, width=40))
