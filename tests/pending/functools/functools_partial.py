# functools.partial: calls, .func/.args/.keywords, flattening, repr, readonly attributes,
# __dict__, __reduce__/__setstate__, subclasses, the errors
import functools
from functools import partial


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a=3)
print(p(4, b=5))
print(p(a=9))
print(p.func is show, p.args, p.keywords, type(p.keywords).__name__)
print(repr(partial(max, 1, key=abs)))
q = partial(p, 10, b=20)
print(q.func is show, q.args, q.keywords, q())
print(repr(partial(partial(max, 1), 2, key=abs)))
p.note = 'attr'
r = partial(p, 0)
print(r.func is p, r.args, p.__dict__)
for name in ('func', 'args', 'keywords'):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, type(e).__name__, e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)
print(partial(show)(), partial(show, x=1)(x=2))


class Sub(partial):
    pass


s = Sub(max, 1)
print(repr(s), type(partial(s, 2)).__name__, repr(partial(s, 2)), repr(Sub(partial(min, 3), 4)))
m = partial(max, 5)
print(m.__reduce__())
m2 = partial(min)
m2.__setstate__((max, (7,), {'key': abs}, {'n': 1}))
print(repr(m2), m2(-9), m2.n)
for state in (5, (1, 2), (1, (), {}, None), (max, [], {}, None), (max, (), [], None)):
    try:
        m2.__setstate__(state)
    except TypeError as e:
        print(type(e).__name__, e)
rec = partial(show)
rec2 = partial(show, rec)
print(repr(partial(max, [1, 2], {'k': 'v'})))
print(functools.partial.__name__, functools.partial.__module__)
