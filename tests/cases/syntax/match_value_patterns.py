# match: value patterns (dotted names) compared with ==, and soft keywords as names
import math

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Status:
    class HTTP:
        OK = 200
        NOT_FOUND = 404

def paint(value):
    match value:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Status.HTTP.OK:
            return "ok"
        case Status.HTTP.NOT_FOUND:
            return "missing"
        case math.pi:
            return "pi"
        case _:
            return "unknown"

for value in ["red", "green", "blue", 200, 404, 200.0, math.pi, 3.14]:
    print(repr(value), "->", paint(value))

# The value is looked up each time the pattern is tried.
class Setting:
    LEVEL = 1
def check(n):
    match n:
        case Setting.LEVEL:
            return "at level"
        case _:
            return "not at level"
print(check(1), check(2))
Setting.LEVEL = 2
print(check(1), check(2))

# `match` and `case` remain ordinary names.
match = [1, 2, 3]
case = {"k": "v"}
print(match[0], match[1:], case["k"])
match.append(4)
print(len(match), match)
def match_it(case):
    return case * 2
print(match_it(case=21))
class Case:
    match = "attribute named match"
    case = "attribute named case"
print(Case.match, Case.case)
match (match):
    case [1, *rest]:
        print("a match statement on a name called match", rest)
case = 5
match case:
    case 5:
        print("subject named case")
match, case = "m", "c"
print(match, case)
del match, case
print("deleted the names")
match -1:
    case -1:
        print("negative subject")
match [x for x in range(3)]:
    case [0, 1, 2]:
        print("comprehension subject")
match {"a": 1}:
    case {"a": _}:
        print("dict display subject")
match not None:
    case True:
        print("not-expression subject")
