# types.SimpleNamespace: keyword construction, repr, equality, attribute errors.
import types
from types import SimpleNamespace

ns = SimpleNamespace(x=1, y="two")
print(ns, repr(ns), str(ns))
ns.z = [3]
del ns.x
print(ns, ns.__dict__)
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1))
print(SimpleNamespace(a=1) == SimpleNamespace(a=2), SimpleNamespace(a=1) != SimpleNamespace(a=1))
print(SimpleNamespace(a=1) == {"a": 1})
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
print(SimpleNamespace.__hash__)
ns.self = ns
print(ns)
print(SimpleNamespace(**{"a b": 1}))
print(SimpleNamespace.__name__, SimpleNamespace.__module__, types.SimpleNamespace is SimpleNamespace)


class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print(p, p.norm1(), p == SimpleNamespace(x=3, y=-4))
print(isinstance(p, SimpleNamespace), vars(p))
print(sorted(vars(SimpleNamespace(b=2, a=1))))
