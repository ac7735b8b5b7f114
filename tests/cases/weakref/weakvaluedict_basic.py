# WeakValueDictionary: entries vanish when their values die; len, sorted keys, get,
# setdefault, pop, `in`, items and KeyError for a vanished key.
import weakref


class Value:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Value(%d)" % self.n


d = weakref.WeakValueDictionary()
keep = {name: Value(i) for i, name in enumerate(["a", "b", "c", "d"])}
for name, v in keep.items():
    d[name] = v
print("len:", len(d), "keys:", sorted(d.keys()))
print("get:", d.get("a"), d.get("zz"), d.get("zz", "default"))
print("in:", "b" in d, "zz" in d)
del keep["b"]
print("after one value died:", len(d), sorted(d), "b" in d)
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
v = d.setdefault("c", Value(99))
print("setdefault existing:", v)
fresh = Value(5)
print("setdefault new:", d.setdefault("e", fresh), sorted(d))
print("pop:", d.pop("a"), sorted(d))
print("pop default:", d.pop("zz", "none"))
print("items:", sorted((k, x.n) for k, x in d.items()))
temp = Value(7)
d["t"] = temp
del temp
print("temporary value gone:", "t" in d)
keep.clear()
del v
print("after clearing keep:", sorted(d), len(d))
del fresh
print("empty:", len(d), list(d.items()))
d2 = weakref.WeakValueDictionary({"x": Value(1)})
print("built from a dict of temporaries:", len(d2))
