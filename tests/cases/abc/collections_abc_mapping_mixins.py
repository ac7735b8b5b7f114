# collections.abc: Mapping and MutableMapping mixins, and the views they return.
from collections.abc import ItemsView, KeysView, Mapping, MutableMapping, ValuesView


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Frozen(%r)" % self._d


f = Frozen(a=1, b=2)
print(f.get("a"), f.get("z"), f.get("z", 0), "a" in f, "z" in f)
print(list(f.keys()), list(f.values()), list(f.items()))
print(f.keys(), f.items(), f.values())
print(isinstance(f.keys(), KeysView), isinstance(f.items(), ItemsView), isinstance(f.values(), ValuesView))
print(("a", 1) in f.items(), ("a", 2) in f.items(), 2 in f.values(), len(f.keys()))
print(f.keys() & {"a", "q"}, f.keys() | {"c"} == {"a", "b", "c"})
print(f == {"a": 1, "b": 2}, f == Frozen(b=2, a=1), f == [1], f != {"a": 1})
print(Frozen.__reversed__)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"x": 1}, y=2)
s.update([("z", 3)])
s.update(Frozen(w=4))
print(sorted(s.items()))
print(s.setdefault("x", 9), s.setdefault("n", 5), s["n"])
print(s.pop("n"), s.pop("n", "gone"))
try:
    s.pop("n")
except KeyError as e:
    print("KeyError", e)
print(s.popitem(), len(s))
s.clear()
print(len(s), dict(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))
try:
    MutableMapping()
except TypeError as e:
    print(e)
