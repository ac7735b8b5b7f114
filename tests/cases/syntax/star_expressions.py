# star-expressions everywhere Python 3.11 allows them
a = [1, 2]
b = (3,)
c = {"x": 1}
d = {"y": 2}

# Assignment targets.
*head, tail = 1, 2, 3
print(head, tail)
first, *middle, last = range(6)
print(first, middle, last)
[p, *q] = "abc"
print(p, q)
(r, *s), t = [10, 20, 30], 40
print(r, s, t)
*everything, = a
print(everything)
for x, *ys in [(1, 2, 3), (4,)]:
    print("loop target", x, ys)

# Displays.
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b, 9])
print({**c, **d}, {**c, "z": 3, **d}, {"x": 0, **c})
print([*range(3), *"ab", *{7: None}])
print((*a,), [*()], {**{}})

# Calls.
def show(*args, **kwargs):
    return args, kwargs
print(show(*a, *b, **c, **d))
print(show(0, *a, 5, *b, k=1, **c))
print(show(*a))
print(show(**c))
print(show(*[], **{}))
print(*a, *b, sep="-")

# return, yield and for with star-expressions.
def returns():
    return *a, 9
def yields():
    yield *a, *b
def for_loop():
    return [x for x in (*a, *b)]
print(returns(), next(yields()), for_loop())
for item in *a, 5:
    print("for over a starred tuple", item)

# Subscripts (3.11): t[*a] is t[(*a,)].
class Index:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
i = Index()
print(i[*a], i[*a, *b], i[1:2, *a], i[0, *b])
i[*a] = "v"
t = {(1, 2, 3): "found"}
print(t[*a, 3])

# Star unpacking of any iterable, with the errors of CPython.
def gen():
    yield from "xy"
print([*gen()], (*iter([5, 6]),))
for source in ["[*1]", "(*None,)", "{*2}", "{**1}", "show(*1)", "show(0, *1)", "show(**1)",
               "show(*[], **[])", "show(**{1: 2})", "show(**c, **c)", "show(x=1, **{'x': 2})"]:
    try:
        eval(source)
    except TypeError as error:
        print(source, "->", error)
for target in ["x, y = 1, 2, 3", "x, y, z = 1, 2", "x, *y, z = [1]", "*x, y = 5"]:
    try:
        exec(target)
    except (ValueError, TypeError) as error:
        print(target, "->", type(error).__name__, error)
