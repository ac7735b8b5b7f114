x = 0
def f(a, *args, k=1, **kw):
    global x
    x = a
    y = 2
    def g():
        nonlocal y
        y += 1
        return y + z
    z = 3
    return g

class C:
    y = x
    def m(self):
        return y
    def n(self):
        return super().n() + __class__.__name__

def h():
    v = 1
    class D:
        v = 2
        w = v
        def m(self):
            return v
    return D

squares = [i * i for i in range(10) if i % 2]
pairs = {k: v for k, v in items}
gen = (j for j in data for k in j)
total = (n := 5) + n
def walrus(xs):
    return [last := x for x in xs], last
