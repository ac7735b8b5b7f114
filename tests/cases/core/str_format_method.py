# str.format: positional, numbered, named, attribute and index fields, conversions, specs.
print("{} and {}".format("a", "b"), "{1} before {0}".format("x", "y"), "{0}{0}".format("ab"))
print("{name} is {age}".format(name="Ann", age=30))
point = {"x": 1, "y": [5, 6]}
print("{p[x]} {p[y][1]}".format(p=point))


class Obj:
    attr = "attribute"


print("{o.attr} {o.attr!r}".format(o=Obj()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>6}|{:<6}|{:^6}|{:06.2f}".format("r", "l", "c", 3.14159))
print("{:,} {:_} {:+d} {: d}".format(1234567, 1234567, 5, 5))
print("{{escaped}} {}".format("value"))
print("{0:{1}}|".format("w", 4), "{:{}.{}f}".format(2.71828, 8, 2))
print("{:x} {:o} {:b} {:#X} {:e} {:%}".format(255, 8, 5, 255, 1234.5, 0.25))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{0[0]}{0[1]}".format("ab"), "{}".format(None), "{}".format([1, "a"]))
print(format(3.5, ".3f"), format(42, "b"), format("s", "^3"), format(1e100))
