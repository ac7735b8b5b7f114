# match: literal patterns (numbers, negative numbers, strings, bytes, None/True/False)
def classify(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case "spam":
            return "the string spam"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "the bytes raw"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10_000:
            return "ten thousand"
        case 0x1F:
            return "thirty-one"
        case _:
            return "something else"


for value in [0, -1, 1.5, -2.25, "spam", "ab", b"raw", None, True, False,
              10000, 31, 0.0, -0.0, 1, "", b"", [], 2**70]:
    print(repr(value), "->", classify(value))

# Equality, not identity, for numbers: 1.0 == 1 and 1 == True.
def one(value):
    match value:
        case 1:
            return "equal to 1"
        case _:
            return "not 1"

for value in [1, 1.0, True, 2, "1"]:
    print(repr(value), one(value))

# True/False/None match by identity: 1 is not True.
def truth(value):
    match value:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
        case _:
            return "neither"

for value in [True, 1, False, 0, None, 0.0]:
    print(repr(value), truth(value))

# __eq__ of the subject's class decides literal matches.
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True

match AlwaysEqual():
    case 42:
        print("matched 42 through __eq__")

class NeverEqual:
    def __eq__(self, other):
        return False

match NeverEqual():
    case None:
        print("None matches by identity")
    case 0:
        print("unreachable")
    case _:
        print("no literal matched")

# Big integers and long strings.
match 12345678901234567890123:
    case 12345678901234567890123:
        print("big int literal")
match "x" * 3:
    case "xxx":
        print("computed subject")
