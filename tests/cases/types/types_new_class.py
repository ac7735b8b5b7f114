# types: new_class, prepare_class, resolve_bases and the coroutine decorator.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {"prepared_by": mcls.__name__}
        ns.update(kw)
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi from " + type(self).__name__


A = types.new_class("A", (), {"metaclass": Meta, "flavour": "mint"}, body)
print(A.__name__, type(A).__name__, A.x, A.prepared_by, A.flavour, A().hello())
B = types.new_class("B", (A,))
print(type(B).__name__, B.__bases__ == (A,), B.x)
P = types.new_class("P")
print(P.__bases__, type(P).__name__)

meta, ns, kw = types.prepare_class("Z", (A,), {"k": 1})
print(meta.__name__, sorted(ns), kw)
meta, ns, kw = types.prepare_class("Z")
print(meta.__name__, ns, kw)


class Alias:
    def __mro_entries__(self, bases):
        return (int,)


print(types.resolve_bases((Alias(), str)))
bases = (str,)
print(types.resolve_bases(bases) is bases)
N = types.new_class("N", (Alias(),))
print(N.__bases__, N.__orig_bases__[0].__class__.__name__)


class Bad:
    def __mro_entries__(self, bases):
        return int


try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print(type(e).__name__, e)


class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("Conflict", (types.new_class("X1", (), {"metaclass": M1}),
                                 types.new_class("X2", (), {"metaclass": M2})))
except TypeError as e:
    print(type(e).__name__, e)


@types.coroutine
def legacy():
    yield "step"
    return "done"


g = legacy()
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
