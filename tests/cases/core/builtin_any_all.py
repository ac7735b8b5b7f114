# any and all: empty iterables, short-circuit on generators, truthiness of items.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any([[], ()]), all([[0], (0,)]), any({0: "x"}), all({1: 0}))


def values():
    for v in [1, 1, 0, 1]:
        print("yield", v)
        yield v


print(all(values()))
print(any(v == 0 for v in values()))
numbers = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in numbers), any(n > 6 for n in numbers))
print(any(x is None for x in [1, None]), all(isinstance(x, int) for x in [1, True]))
