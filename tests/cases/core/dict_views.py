# dict views: keys/values/items are live, support len, in, iteration, set operations on keys.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["c"] = 3
print(keys, len(values), ("c", 3) in items, "c" in keys, 3 in values)
del d["a"]
print(list(keys), list(values), list(items))
print(sorted(keys & {"b", "z"}), sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(sorted(d.items() & {("b", 2), ("c", 0)}))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
for k, v in d.items():
    print(k, "->", v)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d.keys() == {"b", "c", "new"}, list(reversed(d.keys())))
print(dict(d.items()) == d, list(zip(d.keys(), d.values())))
