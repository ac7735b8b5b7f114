# types.MappingProxyType: a read-only live view of a mapping.
from types import MappingProxyType

d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(mp, mp["a"], len(mp), "b" in mp, "z" in mp, list(mp), mp.get("z", 0), mp.get("a"))
print(sorted(mp.keys()), sorted(mp.values()), sorted(mp.items()))
d["c"] = 3
print(mp["c"], len(mp), mp.copy(), type(mp.copy()).__name__)
print(mp == d, mp == {"a": 1}, mp != d, mp | {"z": 0}, list(reversed(mp)))
try:
    mp["a"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del mp["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    mp["nope"]
except KeyError as e:
    print("KeyError", e)
for bad in ([1, 2], 5, "abc"):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    MappingProxyType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(mp)
except TypeError as e:
    print(type(e).__name__, e)
print(type(mp).__name__, MappingProxyType.__name__)
