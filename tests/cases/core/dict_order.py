# dict keeps insertion order: across updates, deletes and re-inserts, copies and comprehensions.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
print(list(d), list(d.values()), list(d.items()))
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.pop("mid")
d.update({"new": 1, "beta": 2})
print(d)
print(dict.fromkeys("cab"), dict(zip("zyx", range(3))))
print({k: None for k in [3, 1, 2]})
merged = {"b": 1, "a": 2} | {"c": 3, "b": 4}
print(merged)
e = dict(d)
e["extra"] = True
print(list(e)[-1], len(d), len(e))
numbers = {}
for n in [5, 3, 5, 1, 3]:
    numbers[n] = numbers.get(n, 0) + 1
print(numbers)
print(dict(sorted(numbers.items())), dict(reversed(list(numbers.items()))))
print(list(reversed(numbers)))
