# return: bare return, implicit None, several values as a tuple, early exits from loops and nested blocks.
def nothing():
    return


def implicit():
    x = 1


def several():
    return 1, "two", [3]


def first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            return index
    return -1


def nested(flag):
    while True:
        try:
            if flag:
                return "from try"
        finally:
            pass
        return "after try"


print(nothing(), implicit(), several(), type(several()).__name__)
a, b, c = several()
print(a, b, c)
print(first_negative([3, 1, -4, -1]), first_negative([]), nested(True), nested(False))


def recursive_sum(items):
    if not items:
        return 0
    return items[0] + recursive_sum(items[1:])


print(recursive_sum(list(range(10))))


def make_tuple():
    return (1,)


print(make_tuple(), [1, 2] if several() else None)
