# str.format and format_map: numbering, names, attributes, items, conversions, nested specs, errors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, -4)
data = {"k": [10, 20, {"deep": "yes"}], "7": "seven", 7: "int seven"}
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"))
print("{p.x},{p.y} {p!r} {p!s:>14} {p!a}".format(p=p), "{0.x}{0.y}".format(p))
print("{d[k][0]} {d[k][2][deep]} {d[7]} {0[1]}".format("ab", d=data), "{0[k][1]}".format(data))
print("{:{}}|{:{}.{}f}|{:{fill}^{width}}|".format("w", 5, 3.14159, 8, 2, "mid", fill="*", width=9))
print("{0:{1}{2}}|{name:{spec}}|".format(42, "+", "08", name="n", spec=">4"))
print("{{}} {{{}}} }}{{ {{0}}".format("in"), "{!r:^9}".format("q"), "{0!s:*<6}".format(1.5), "{:!^5}".format("x"))
print("{:%Y}".format(Point(1, 2)) if False else "skip", "{0:}".format(7), "{0!r:}".format("a"), "{}".format(None))
print("{a}{b}".format_map({"a": 1, "b": 2}), "{x[0]}".format_map({"x": "中文"}), "{0}".format_map({}) if False else "ok")


class Defaulting:
    def __init__(self, **known):
        self.known = known

    def __getitem__(self, key):
        return self.known.get(key, "<" + key + ">")


print("{name} is {age}".format_map(Defaulting(name="Ann")), "{中文}".format(**{"中文": "unicode name"}))
print("{0:>{1}}|{0:<{1}}|".format("中", 4), "{:>5}{:<5}{:^5}".format(*"abc"), "{:,}".format(10 ** 12))
cases = [
    ("{", ()), ("}", ()), ("a}b", ()), ("{0!x}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)), ("{0.}", (1,)),
    ("{0[}", (1,)), ("{0[0]x}", ([1],)), ("{}{0}", (1,)), ("{0}{}", (1, 2)), ("{0:{1:{2}}}", (1, 2, 3)),
    ("{a.b}", ()), ("{0[5]}", ([1],)), ("{0[x]}", ({},)), ("{1}", ("a",)), ("{}{}", ("a",)), ("{name}", ()),
    ("{0.missing}", (1,)), ("{0:d}", ("s",)), ("{0!", (1,)), ("{0:", (1,)), ("{0[]}", ([1],)), ("{0..x}", (1,)),
    ("{0]", (1,)), ("{!r", (1,)), ("{0:{}}", (1, 2)), ("{:{0}}", (1, 2)), ("{x{y}}", ()), ("{0[a]b}", ({"a": 1},)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{a}".format_map(1)
except TypeError as e:
    print("TypeError", e)
