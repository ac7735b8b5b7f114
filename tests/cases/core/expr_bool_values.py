# and / or return an operand, not a bool; not returns a bool; short-circuit evaluation.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default", None or 0)
print([] and "x", [0] and "x", {} or [] or "last")
print(not 0, not 1, not "", not [0], not None)


def side(name, result):
    print("evaluated", name)
    return result


print(side("a", 0) and side("b", 1))
print(side("c", 1) or side("d", 1))
print(side("e", 1) and side("f", 0) or side("g", "g wins"))
x = None
name = x or "anonymous"
print(name)
count = 0
count = count or 10
print(count)
print(type(1 and True).__name__, type(True and 1).__name__)
print(bool(0.0), bool(-0.5), bool(" "), bool(()), bool((0,)), bool(range(0)))
print(True + True, True * 10, False - 1)
print(all([]), any([]), all([1, "a"]), any([0, "", None]))
