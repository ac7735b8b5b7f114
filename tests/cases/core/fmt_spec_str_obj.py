# The format-spec mini-language on str, None, containers and instances (__format__ and object's).
for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "8.3", "_>6.1", "中^5", "05", "0>5", ">05"]:
    print(repr(spec), repr(format("abc", spec)), repr(format("中文字", spec)))


class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees

    def __format__(self, spec):
        if spec == "F":
            return f"{self.degrees * 9 / 5 + 32:.1f}F"
        return format(self.degrees, spec) + "C"


class Plain:
    def __str__(self):
        return "plain!"


class BadFormat:
    def __format__(self, spec):
        return 42


t = Temperature(21.5)
print(format(t, "F"), format(t, ".0f"), f"{t}", f"{t:F}", "{:>8}".format(t), "{0:F}|{0}".format(t))
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), format(None), format([1, 2]), format((1,), ""))
for value, spec in [("a", "d"), ("a", "+"), ("a", " "), ("a", "#"), ("a", "="), ("a", "=5"), ("a", ","), ("a", "_"),
                    ("a", "z"), ("a", "abc"), (None, "5"), ([], "x"), (Plain(), "s"), (BadFormat(), ""), ({}, ">3")]:
    try:
        print(repr(spec), repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
