# Deleting and reinserting keys, many times over, in small and large dicts and sets (each
# reinsert takes a new entry slot, so the table must squeeze its holes as it goes).
for size in (1, 5, 100, 1000):
    d = {i: i for i in range(size)}
    s = set(range(size))
    for n in range(20000):
        k = n % size
        d[k] = d.pop(k) + 1
        s.discard(k)
        s.add(k)
    print(size, len(d), sum(d.values()), list(d)[:5], len(s), sum(s))
d = {}
for n in range(3000):
    d["k%d" % (n % 7)] = n
    if n % 3 == 0:
        del d["k%d" % (n % 7)]
print(sorted(d.items()))
