# deque: errors, repr, maxlen, subclassing, the special methods, as CPython 3.11
from collections import deque
d=deque([1,2])
for f in [lambda: d.index(5), lambda: d.remove(5), lambda: deque([1],maxlen=1).insert(0,2), lambda: d[5], lambda: d['a'], lambda: d[1:2], lambda: d+[1], lambda: deque([],'a'), lambda: deque([],-1), lambda: deque().pop(), lambda: d*'a', lambda: hash(d), lambda: d<[1], lambda: deque(1), lambda: deque.append(1,2), lambda: d.rotate('a'), lambda: deque().index(1,0,5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class D(deque): pass
print(D([1,2]), D([1],maxlen=3), repr(deque([1], maxlen=1)), deque[int], D.__mro__, type(iter(d)), type(reversed(d)), d.maxlen)
d = deque(range(10), maxlen=5)
print(d, len(d), bool(d), bool(deque()), 7 in d, 2 in d, list(reversed(d)), d[-1], d[0])
d.rotate(2); print(d); d.rotate(-3); print(d)
d.appendleft('x'); print(d); d.extendleft('ab'); print(d)
d += [1,2]; print(d); d *= 2; print(d)
e = deque([1,2,3]); e *= 3; print(e, e*0, 2*e, e + deque([9]))
print(e == deque([1,2,3]*3), e != e, deque([1,2]) < deque([1,3]), deque([1]) <= deque([1]))
e[0] = 'z'; del e[1]; print(e, e.count(3), e.index(3), e.index(3, 3))
e.reverse(); print(e); e.clear(); print(e)
try:
    for x in d: d.append(1)
except RuntimeError as ex: print(ex)
f = deque('abc'); f.append(f); print(f)
class E(deque):
    def __init__(self, a, b):
        super().__init__([a, b], maxlen=4)
        self.extra = 1
e = E(1, 2); print(e, e.extra, e.maxlen, isinstance(e, deque), len(e), e.copy())
print(deque.__name__, deque.__qualname__, deque.__module__, deque)
import weakref; r = weakref.ref(d); print(r() is d)
print(d.__reduce__()[0], d.__reduce__()[1])
g = deque(); g.extend(g); print(g); h = deque([1]); h.extend(h); print(h)
print(deque(maxlen=0), deque([1,2],0))
