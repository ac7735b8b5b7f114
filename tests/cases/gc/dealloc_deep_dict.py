# Freeing 1 000 000 nested dicts ({"child": d}) and a chain mixing dicts, lists and tuples
# must not overflow the stack.
d = {}
for i in range(1000000):
    d = {"child": d, "i": i}
print("top", d["i"], sorted(d))
del d
print("dicts freed ok")
m = None
for i in range(200000):
    m = {"l": [(m,)]}
levels = 0
node = m
while node is not None:
    node = node["l"][0][0]
    levels += 1
print("mixed levels", levels)
del m, node
print("ok")
