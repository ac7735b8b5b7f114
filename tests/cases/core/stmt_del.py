# del: names, list items and slices, dict keys, attributes, several targets at once.
a = 1
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
items = list(range(10))
del items[0]
print(items)
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)


class Thing:
    pass


t = Thing()
t.x = 1
t.y = 2
del t.x
print(vars(t))
try:
    del t.x
except AttributeError as e:
    print("AttributeError")
p, q, r = 1, 2, 3
del p, q
print("r" in dir(), "p" in dir(), "q" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
