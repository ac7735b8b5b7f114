# Two lists referring to each other form a 2-object cycle; three in a ring, 3; a list
# cycle that also holds atoms (ints, strings, None) still counts only the lists.
import gc

gc.disable()
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print("pair:", gc.collect())
x, y, z = [], [], []
x.append(y)
y.append(z)
z.append(x)
del x, y, z
print("ring of 3:", gc.collect())
p = [1, "two", None, 3.5]
q = [p, "q", 7]
p.append(q)
del p, q
print("with atoms:", gc.collect())
t = [0]
t.append((t, 1))
del t
print("list + tuple:", gc.collect())
gc.enable()
