# match: statements inside cases (loops, return, break, nested match, generators, classes)
def find_first_pair(items):
    for item in items:
        match item:
            case (a, b) if a == b:
                return f"first equal pair {a}"
            case (_, _):
                continue
            case "stop":
                break
            case _:
                print("  skipping", item)
    return "none found"

print(find_first_pair([(1, 2), "junk", (3, 3), (4, 4)]))
print(find_first_pair([(1, 2), "stop", (3, 3)]))

def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/":
                yield ("op", word)
            case _ if word.isdigit():
                yield ("num", int(word))
            case _:
                yield ("name", word)

print(list(tokens("x + 12 * y - 3")))

def evaluate(expr):
    match expr:
        case ("num", value):
            return value
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", operand):
            match evaluate(operand):
                case 0:
                    return 0
                case value:
                    return -value
        case _:
            raise ValueError(f"bad expression {expr!r}")

print(evaluate(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
try:
    evaluate(("pow", 1, 2))
except ValueError as error:
    print(type(error).__name__, error)

# A match statement in a class body binds class attributes.
class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass
print(Config.debug, Config.level)

# Matching inside a while loop with else clauses.
stack = [1, [2, 3], "x", None]
while stack:
    match stack.pop():
        case None:
            print("none")
        case [a, b]:
            print("pair", a, b)
        case int(n):
            print("int", n)
        case other:
            print("other", other)
else:
    print("stack empty")

# Exceptions raised in a guard or a body propagate normally.
def risky(value):
    match value:
        case [x] if 1 / x:
            return "nonzero"
        case _:
            return "other"
try:
    risky([0])
except ZeroDivisionError as error:
    print(type(error).__name__, error)
print(risky([2]))

# Closures capture names bound by patterns.
def make_adders(pairs):
    adders = []
    for pair in pairs:
        match pair:
            case (name, amount):
                adders.append((name, lambda x, amount=amount: x + amount))
    return adders
for name, add in make_adders([("one", 1), ("ten", 10)]):
    print(name, add(5))

def capture_in_closure():
    match (3, 4):
        case (a, b):
            def product():
                return a * b
    return product()
print(capture_in_closure())
