# match: or-patterns (same names in any order) and as-patterns
def command(value):
    match value:
        case "quit" | "exit" | "q":
            return "leaving"
        case ("go" | "move") as verb, ("north" | "south") as direction:
            return f"{verb} {direction}"
        case ["drop", *objects] | ["put", *objects, "down"]:
            return f"dropping {objects}"
        case (x, 1) | (1, x):
            return f"pair with a one and {x}"
        case {"a": a, "b": b} | [b, a]:
            return f"a={a} b={b}"
        case _:
            return "unknown"

for value in ["quit", "q", ("go", "north"), ("move", "south"), ("go", "west"),
              ["drop", "key", "map"], ["put", "hat", "down"], (5, 1), (1, 6),
              {"a": "A", "b": "B"}, ["B2", "A2"], "dance"]:
    print(value, "->", command(value))

# Alternatives bind the same names whatever their order inside.
def swap(value):
    match value:
        case (a, b, "ab") | (b, a, "ba"):
            return a, b
    return None

print(swap((1, 2, "ab")), swap((1, 2, "ba")), swap((1, 2, "xx")))

# Nested or-patterns and as-patterns.
match [3, [4, 5]]:
    case [(1 | 2 | 3) as small, [(4 | 40) as mid, *_] as inner] as whole:
        print("small", small, "mid", mid, "inner", inner, "whole", whole)

match 7:
    case (1 | (2 | 7)) as n:
        print("nested or", n)

# An as-pattern captures the subject itself (the same object).
data = [1, 2]
match data:
    case [*_] as same:
        print("same object", same is data)

# The first matching alternative wins; later ones are not tried.
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  comparing with", self.name)
        return self.name == other
class Const:
    A = Loud("a")
    B = Loud("b")
    C = Loud("c")
match "b":
    case Const.A | Const.B | Const.C:
        print("matched an alternative")

# Or-patterns of singletons and literals.
for v in [None, False, 0, "", [], True]:
    match v:
        case None | False:
            print(repr(v), "None or False")
        case 0 | "":
            print(repr(v), "zero-like")
        case _:
            print(repr(v), "other")
