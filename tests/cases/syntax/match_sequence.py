# match: sequence patterns ([...], (...), open tuples, star patterns) and what counts as a sequence
def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"

for value in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3, 4], range(5), range(0),
              "ab", b"ab", {"a": 1}, {1, 2}, 3]:
    print(repr(value), "->", shape(value))
print("iterator ->", shape(iter([1, 2])))

# Parenthesized and open sequence patterns are the same; a group is not a tuple.
match 1, 2:
    case a, b:
        print("open pattern", a, b)
match (5,):
    case (x):
        print("group matched the tuple itself", x)
match (5,):
    case (x,):
        print("one-tuple pattern", x)

# Star patterns: the starred name gets a list, even from a tuple.
match (1, 2, 3, 4, 5):
    case (1, *rest):
        print("rest", rest, type(rest).__name__)
match [1, 2, 3]:
    case [*init, 3]:
        print("init", init)
match [1, 2, 3]:
    case [*everything]:
        print("everything", everything)
match [1, 9]:
    case [1, *empty, 9]:
        print("empty star", empty)

# Wildcards in sequences check the length only.
def lengths(value):
    match value:
        case [_, _, _]:
            return "three"
        case [_, *_]:
            return "at least one"
        case [*_]:
            return "any sequence"
        case _:
            return "no"

for value in [[1, 2, 3], [1], [], (1, 2), "abc"]:
    print(repr(value), lengths(value))

# Star wildcards in the middle index from both ends.
match list(range(10)):
    case [a, b, *_, y, z]:
        print("ends", a, b, y, z)

# Nested sequence patterns.
def nested(value):
    match value:
        case [(x, y), [z, *w]]:
            return f"x={x} y={y} z={z} w={w}"
        case [[[deep]]]:
            return f"deep {deep}"
        case _:
            return "no"

print(nested([(1, 2), [3, 4, 5]]))
print(nested([[[42]]]))
print(nested([[1, 2], [3]]))

# Subclasses of list and tuple are sequences; str subclasses are not.
class MyList(list):
    pass
class MyStr(str):
    pass
match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
match MyStr("xy"):
    case [a, b]:
        print("unreachable")
    case str():
        print("str subclass is not a sequence")

# A tuple subclass with a custom __len__ is still unpacked by its items.
class Pair(tuple):
    pass
match Pair((8, 9)):
    case (p, q):
        print("tuple subclass", p, q)
