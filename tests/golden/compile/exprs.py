a < b < c
if a < b <= c and not d or e:
    pass
f(1, 2)
o.m(1, 2)
o.m(1, k=2)
f(*args)
f(1, *args, 2, **kw)
f(a, k=1, **kw, j=2)
f(**a, **b)
x = a[1:2], a[::3], a[i]
x = [1, 2, 3], (1, 2, 3), {1, 2}, (1, -2.5, "s", None), [*a, *b], (*a, 1), {*a}
d = {"a": 1, "b": 2}, {k: v, **m}, {}
s = f"{x!r:>{width}} and {y}"
t = f"{x=}"
a, *b, c = seq
(a, b), [c, d] = seq
a.b += 1
a[i] += 1
a[i:j] = x
del a, b.c, d[e], (f, g)
lam = lambda x, y=1: x + y
v = a if b else c
import os.path
import os.path as p
from . import x
from ..m import y as z, w
from m import *
