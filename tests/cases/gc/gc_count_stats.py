# gc.get_count() is a 3-tuple of ints and gc.get_stats() a list of 3 dicts with the keys
# collected/collections/uncollectable holding ints (the values depend on allocation, so
# only their shape and simple relations are printed).
import gc

count = gc.get_count()
print(type(count).__name__, len(count) == 3, [type(c).__name__ for c in count])
print("all >= 0:", all(c >= 0 for c in count))
stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for i, s in enumerate(stats):
    print(i, type(s).__name__, sorted(s), all(type(v) is int and v >= 0 for v in s.values()))
gc.disable()
before = gc.get_stats()[2]["collections"]
gc.collect()
after = gc.get_stats()[2]["collections"]
print("full collection counted:", after == before + 1)
gc.collect(0)
print("gen 2 unchanged by collect(0):", gc.get_stats()[2]["collections"] == after)
gc.collect()
x = []
x.append(x)
del x
before = gc.get_stats()[2]["collected"]
gc.collect()
print("collected grew by 1:", gc.get_stats()[2]["collected"] - before)
print("uncollectable:", [s["uncollectable"] for s in gc.get_stats()])
gc.enable()
