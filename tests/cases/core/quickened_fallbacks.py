# test: stderr
# Instruction pairs the VM runs as one (local+local, local+const, local.attr, local.method(),
# compare+jump) must behave exactly as the pair: the fast case, every slow case, and errors
# raised at the position of the instruction that fails.
def pairs(a, b):
    return a + b, a - 1, a < b, a == b


def pairs_any(a, b):
    return a + b, a * 2, a < b, a == b


print(pairs(2, 3), pairs(2.5, 1.0), pairs(True, 2**70))
print(pairs_any("x", "y"), pairs_any([1], [2]))


def compare_and_branch(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == b:
        out.append("eq")
    if not a != b:
        out.append("not ne")
    while a < b:
        a += 1
    out.append(a)
    return out


print(compare_and_branch(1, 3), compare_and_branch(2.0, 2), compare_and_branch("a", "b"))
print(compare_and_branch(10**20, 10**20 + 2), compare_and_branch((1, 2), (1, 3)))


def second_unbound(flag):
    if flag:
        late = 1
    first = 2
    return first + late


def first_unbound(flag):
    if flag:
        early = 1
    return early + flag


def attribute_of_unbound(flag):
    if flag:
        obj = "text"
    return obj.upper()


for f in (second_unbound, first_unbound, attribute_of_unbound):
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(f(True))


class Box:
    label = "class label"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @property
    def double(self):
        return self.v * 2


def uses(box, text, numbers):
    return (box.v, box.get(), box.double, box.label, text.upper(), numbers.count(1),
            len(numbers))


print(uses(Box(4), "abc", [1, 1, 2]))
print(uses(Box("s"), "Déjà", (1,)))


def missing(box):
    return box.nothing


def bad_compare(a, b):
    if a < b:
        return "less"
    return "not less"


for call in (lambda: missing(Box(1)), lambda: bad_compare(1, "x"), lambda: bad_compare(None, None)):
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# The uncaught error's traceback points at the second local of a pair.
second_unbound(False)
