# OrderedDict as queue, stack and history: popitem both ways, reinsertion, deletes, move_to_end
from collections import OrderedDict

q = OrderedDict()
for i, name in enumerate(['a', 'b', 'c', 'd', 'e']):
    q[name] = i
print(q.popitem(last=False), q.popitem(last=False), q.popitem(), q)
q['a'] = 'again'
q['c'] = 'changed'
print(q, list(q.keys()))
del q['c']
q['c'] = 'reinserted'
print(list(q.items()))

hist = OrderedDict()
for page in ['home', 'about', 'home', 'blog', 'about', 'home']:
    hist[page] = hist.get(page, 0) + 1
    hist.move_to_end(page)
print(hist, next(reversed(hist)), next(iter(hist)))

big = OrderedDict((i, i * i) for i in range(200))
for i in range(0, 200, 3):
    big.move_to_end(i, last=False)
for i in range(0, 200, 5):
    del big[i]
print(len(big), list(big)[:8], list(big)[-4:], list(reversed(big))[:3])
print(big.popitem(False), big.popitem(True), len(big))
while len(big) > 3:
    big.popitem(last=len(big) % 2 == 0)
print(big)

o = OrderedDict.fromkeys('abcde')
o.move_to_end('c', last=False)
o.move_to_end('a')
o.pop('d')
o.setdefault('z')
print(o, list(o), o.keys(), len(o.values()), o == OrderedDict.fromkeys('cbeaz'))
o2 = OrderedDict(o)
o2.move_to_end('c')
print(o == o2, dict(o) == dict(o2), o2)
try:
    for k in o2:
        o2['new' + k] = 1
except RuntimeError:
    print('RuntimeError')
