# gc.collect() on a dict that holds itself (1 object) and on a dict and a list holding
# each other (2 objects); string keys and int values do not count.
import gc

gc.disable()
gc.collect()
d = {"name": "d", "n": 1}
d["self"] = d
print(sorted(d), d["self"] is d)
del d
print("self dict:", gc.collect())
a = {"k": 1}
b = [a]
a["list"] = b
del a, b
print("dict + list:", gc.collect())
c = {}
c[1] = c
c[2] = c
del c
print("dict held twice by itself:", gc.collect())
print("nothing left:", gc.collect())
gc.enable()
