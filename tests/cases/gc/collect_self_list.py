# gc.collect() on a list that holds itself: the cycle is one object, so collect returns 1,
# and a second collect right after finds nothing.
import gc

gc.disable()
gc.collect()
x = []
x.append(x)
print("self in it:", x[0] is x, len(x))
del x
print("collected:", gc.collect())
print("again:", gc.collect())
# The same with the list nested one level down: [a] where a holds the outer list.
outer = []
inner = [outer]
outer.append(inner)
del outer, inner
print("two-list cycle:", gc.collect())
# Rebuilding after a collect works as before.
y = [1, 2]
y.append(y)
y = None
print("rebuilt:", gc.collect())
gc.enable()
