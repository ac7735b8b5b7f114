# match: capture patterns, the wildcard, guards, and when names are bound
def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on the y axis at {y}"
        case (x, 0):
            return f"on the x axis at {x}"
        case (x, y) if x == y:
            return f"on the diagonal at {x}"
        case (x, y) if x == -y:
            return f"on the antidiagonal at {x}"
        case (x, y):
            return f"at {x}, {y}"
        case _:
            return "not a point"

for p in [(0, 0), (0, 3), (4, 0), (2, 2), (3, -3), (1, 2), "xy", 7]:
    print(p, "->", describe(p))

# A capture binds in the enclosing scope and stays bound after the statement.
match [1, 2, 3]:
    case [first, *others]:
        pass
print("first", first, "others", others)

# Names of a case that failed to match are not bound.
match (1, 2):
    case (never, 3):
        print("unreachable")
    case (a, b):
        print("a b", a, b)
try:
    print(never)
except NameError as error:
    print(type(error).__name__, error)

# Names are bound before the guard runs, even when the guard fails.
match 5:
    case n if n > 10:
        print("big")
    case _:
        print("guard failed, n is still", n)

# The guard can use names bound by the pattern and any other name.
limit = 3
def small(values):
    match values:
        case [*items] if len(items) <= limit:
            return f"small list of {len(items)}"
        case [*items]:
            return f"large list of {len(items)}"
        case _:
            return "not a list"

print(small([1]), "|", small([1, 2, 3, 4]), "|", small("abc"))

# The wildcard binds nothing.
match 99:
    case _:
        pass
try:
    print(_)
except NameError as error:
    print(type(error).__name__, error)

# A guard with side effects runs only when its pattern matched.
def noisy(label, result):
    print("  guard", label)
    return result

match (1, 2):
    case (1, 3) if noisy("never", True):
        pass
    case (1, x) if noisy("first", False):
        pass
    case (1, x) if noisy("second", True):
        print("matched with x =", x)

# Walrus in a guard.
match 10:
    case value if (half := value // 2) > 3:
        print("half is", half)

# Captures inside functions are locals.
def local_capture(subject):
    match subject:
        case [head, *_]:
            return head
    return "no head"

print(local_capture([7, 8]), local_capture([]))
print("head" in globals())
