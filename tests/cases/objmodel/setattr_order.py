# A class's __setattr__ runs before its data descriptors; object.__setattr__ honours them.
class P:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v):
        print("prop set", v); object.__setattr__(self, "_x", v)
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, n, v)
p = P(); p.x = 3; print(p.x)
class Q:
    __slots__ = ("a",)
    def __setattr__(self, n, v):
        print("Q setattr", n); object.__setattr__(self, n, v)
q = Q(); q.a = 1; print(q.a)
