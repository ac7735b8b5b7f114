# Calls with *iterables and **mappings, several of each, mixed with plain arguments.
def show(a, b, c=0, *rest, d=1, **extra):
    return "a=%r b=%r c=%r rest=%r d=%r extra=%r" % (a, b, c, rest, d, sorted(extra.items()))


args = [1, 2, 3, 4]
kwargs = {"d": 5, "e": 6}
print(show(*args))
print(show(*args, **kwargs))
print(show(0, *[1], *(2, 3), **{"d": 9}, **{"z": 0}))
print(show(*"xy"))
print(show(*range(5), f=1))
print(show(**{"a": "A", "b": "B"}))
print(show(1, *[], b=2))
try:
    show(1, 2, **{"a": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), min(*"zebra"))
print(*[1, 2, 3], sep="-")
print(*"abc")
point = {"x": 1, "y": 2}
print("{x},{y}".format(**point))
