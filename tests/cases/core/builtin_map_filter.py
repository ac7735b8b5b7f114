# map and filter: lazy iterators, several iterables, None as predicate, builtins as functions.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(int, "123")), list(map(str.upper, ["x", "y"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda n: n % 2 == 0, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))


def noisy(x):
    print("map called on", x)
    return x


lazy = map(noisy, [1, 2])
print("map created, nothing called yet")
print(list(lazy))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(sum(map(abs, [-1, -2, 3])), max(map(len, ["aa", "b"])))
