# match: built-in types in class patterns (int(x) matches the subject itself) and subclasses
def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list(items):
            return f"list {items}"
        case tuple(items):
            return f"tuple {items}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return f"other {type(value).__name__}"

for value in [True, 3, 2.5, "s", b"b", [1], (2,), {"k": 1}, {1, 3}, frozenset({5}), None, range(2)]:
    print(repr(value), "->", kind(value))

# A subclass of a built-in type matches itself too (without __match_args__).
class MyInt(int):
    pass
class MyStr(str):
    pass
match MyInt(7):
    case MyInt(n):
        print("MyInt self", n, type(n).__name__)
match MyStr("hi"):
    case str(s):
        print("str pattern on MyStr", s, type(s).__name__)

# Defining __match_args__ in a subclass turns self-matching off.
class Tagged(int):
    __match_args__ = ("tag",)
    tag = "T"
match Tagged(4):
    case Tagged(t):
        print("Tagged by __match_args__", t)

# Only one positional sub-pattern for the built-ins.
for subject in [1, "s", [1]]:
    try:
        match subject:
            case int(a, b):
                pass
            case str(a, b):
                pass
            case list(a, b):
                pass
    except TypeError as error:
        print(type(error).__name__, error)

# Keyword sub-patterns read attributes of built-in values.
match 10:
    case int(real=r, imag=i):
        print("real", r, "imag", i)
match "abc":
    case str(upper=u):
        print("bound method attribute", u())

# Built-in class patterns combine with others.
def summary(value):
    match value:
        case [int(), int()] | (int(), int()):
            return "pair of ints"
        case [str(), *_]:
            return "starts with a string"
        case {"n": int(n)} if n > 0:
            return f"positive n {n}"
        case _:
            return "other"

for value in [[1, 2], (3, 4), ["a", 1], {"n": 5}, {"n": -5}, [1, "2"]]:
    print(value, summary(value))
