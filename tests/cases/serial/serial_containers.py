# Containers keep their type, order and contents, empty or nested.
from _serial_compat import rt

print(rt(()), rt([]), rt({}), rt(set()), rt(frozenset()))
print(rt((1,)), rt((1, 'a', None)), rt([1, [2, [3, [4]]]]))
d = {'z': 1, 'a': 2, 3: [4], (5, 6): 'tuple key', None: None}
r = rt(d)
print(r, list(r) == list(d))
print(sorted(rt({3, 1, 2})), sorted(rt(frozenset({'b', 'a'}))))
print(type(rt(frozenset({1}))).__name__, type(rt({1})).__name__)
print(rt(range(10)), rt(range(-5, 50, 7)), rt(range(10, 0, -3)), list(rt(range(3, -3, -2))))
print(rt(slice(3)), rt(slice(1, 10, 2)), rt(slice(None, 'a', [1])))
print(rt(...), rt(NotImplemented), rt(...) is ..., rt(NotImplemented) is NotImplemented)
mixed = {'list': [1, 2.5, 'three', b'four', (5,)], 'set': {frozenset({1, 2})},
         'nested': {'deep': {'deeper': [{}]}}}
print(rt(mixed) == mixed)
wide = list(range(100000))
print(rt(wide) == wide, len(rt({i: str(i) for i in range(20000)})))
print(rt([[]] * 3))
t = rt(((1, 2), [3, (4, 5)]))
print(t, type(t[1][1]).__name__)
