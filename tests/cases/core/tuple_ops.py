# tuples: packing, immutability, methods, comparison, hashing, nesting with mutable items.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3))
print(t + (4,), t * 2, (0,) * 3, () == tuple(), tuple("ab"), tuple([1, 2]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
holder = ([],)
holder[0].append("mutated")
print(holder)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
x, y = t[:2]
print(x, y)
print(tuple(x * 2 for x in t), max(t), min(t), sum(t), sorted(t))
print(repr((1,)), repr(()), str((None, "s")))
