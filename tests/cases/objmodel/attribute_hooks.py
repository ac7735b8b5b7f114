# __getattr__, __getattribute__, __setattr__, __delattr__, __new__, super(), class getitem.
class GA:
    def __getattr__(self, n):
        return "ga:" + n

    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)

    def __delattr__(self, n):
        print("delattr", n)
        object.__delattr__(self, n)


g = GA()
g.q = 2
print(g.q, g.zz, getattr(g, "missing"), hasattr(g, "anything"))
del g.q
print(g.q)


class GAT:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, n):
        if n == "secret":
            return 42
        if n == "boom":
            raise AttributeError("no boom")
        return object.__getattribute__(self, n)

    def __getattr__(self, n):
        return "fallback " + n


t = GAT()
print(t.secret, t.real, t.boom, t.other)


class N:
    def __new__(cls, *args, **kw):
        o = super().__new__(cls)
        o.args = args
        o.kw = kw
        return o

    def __init__(self, *args, **kw):
        self.inited = True


n = N(1, 2, k=3)
print(n.args, n.kw, n.inited)


class Other:
    def __new__(cls):
        return 5


print(Other())


class P:
    def m(self):
        return super()

    def who(self):
        return "P"


class Q(P):
    def who(self):
        return "Q>" + super().who() + ">" + super(Q, self).who()


print(repr(P().m()), repr(super(P, P())), Q().who())


class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(G[int], G["x"], list[int], dict[str, int], tuple[int, ...], list[int] == list[int])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__, list[int]([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)


class MyList(list[int]):
    pass


print(MyList([3]), MyList.__bases__)
