# List, tuple, set and dict displays with * and ** unpacking, trailing commas, empty displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *"xy"])
print(sorted({*a, *b, 2}), {**{"k": 1}, "m": 2, **{"k": 3}})
print([], (), {}, set(), [1,], (1,), {1,}, {1: 2,})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print([*range(3), *[], *()])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1})
print(*[*a, *b])
t = 1, 2, 3
print(t, type(t).__name__)
single = "x",
print(single)
nested = [[*a], (*b,)]
print(nested)
print({1: "a", True: "b", 1.0: "c"})
print([[0] * 2] * 2, [x for x in (*a, *b)])
