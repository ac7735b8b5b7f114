# WeakKeyDictionary: entries vanish when their keys die; len, lookups by key, get, pop,
# setdefault, `in`, update, and keys compared by their __eq__/__hash__.
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


d = weakref.WeakKeyDictionary()
k1, k2, k3 = Key("k1"), Key("k2"), Key("k3")
d[k1] = 1
d[k2] = [2]
d[k3] = "three"
print("len:", len(d), "k1 in d:", k1 in d, d[k1], d.get(k2))
print("sorted names:", sorted(k.name for k in d))
del k2
print("after del k2:", len(d), sorted(k.name for k in d.keys()))
print("pop:", d.pop(k3), len(d), k3 in d)
print("setdefault:", d.setdefault(k1, 100), d.setdefault(k3, 300), d[k3])
k4 = Key("k4")
d.update({k4: 4})
print("update:", sorted((k.name, v) for k, v in d.items()))
del k1, k3
print("after del k1, k3:", [k.name for k in d], list(d.values()))
print("get missing:", d.get(Key("tmp"), "absent"))
try:
    d[Key("tmp")]
except KeyError:
    print("missing key: KeyError")
del k4
print("empty:", len(d))
