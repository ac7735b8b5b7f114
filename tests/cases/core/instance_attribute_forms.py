# Instance attributes keep insertion order and stay live through __dict__ whatever order,
# deletion or count they come in (gilt keeps them by the class's shared keys until they
# diverge, then in a dict of the instance's own).
import gc


class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = A(1, 2)
b = A(3, 4)
b.z = 5
a.w = 6
print(a.__dict__, b.__dict__, vars(b))
c = A(7, 8)
del c.x
print(c.__dict__)
d = A(9, 10)
del d.y
print(d.__dict__)
d.y = 11
d.q = 1
print(d.__dict__)
e = A(0, 0)
live = e.__dict__
live["x"] = 100
e.y = 200
live["new"] = "via dict"
print(e.x, e.new, live, e.__dict__ is live)
del live["x"]
print(hasattr(e, "x"), vars(e))


class Reordered(A):
    def __init__(self):
        self.y = "y first"
        self.x = "x second"


r = Reordered()
print(vars(r), r.x, r.y)


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


m = Many(40)
print(len(vars(m)), m.a35, m.a3, list(vars(m))[-3:])
m2 = Many(45)
print(m2.a44, list(vars(m2))[:3], len(m2.__dict__))


class N:
    pass


gc.disable()
for i in range(100):
    p = N()
    q = N()
    p.other = q
    q.other = p
del p, q
print("cycle through attributes:", gc.collect())
gc.enable()

f = A(1, 2)
print(hasattr(f, "x"), getattr(f, "y"), f.__dict__.get("x"))
delattr(f, "y")
print(hasattr(f, "y"))
try:
    del f.y
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    A(1, 2).nope
except AttributeError as ex:
    print("AttributeError:", ex)


class P:
    def __init__(self):
        self.__dict__["zz"] = 3
        self.after = 4


print(P().zz, vars(P()))
g = A(1, 2)
g.__dict__.clear()
print(vars(g), hasattr(g, "x"))
g.x = "again"
print(vars(g))
h = A(1, 2)
h.__dict__.update(y="Y", k="K")
print(vars(h), h.k)
objs = [A(i, -i) for i in range(5)]
for o in objs[::2]:
    o.x, o.y = o.y, o.x
print([(o.x, o.y) for o in objs])
