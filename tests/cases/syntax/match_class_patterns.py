# match: class patterns with __match_args__, keyword sub-patterns, and their errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(value):
    match value:
        case Point3(x, y, z) if z:
            return f"3d point {x} {y} {z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y axis {y}"
        case Point(x, 0):
            return f"x axis {x}"
        case Point(y=y, x=x) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"some point {value!r}"
        case object(__class__=cls):
            return f"a {cls.__name__}"

for value in [Point(0, 0), Point(0, 5), Point(6, 0), Point(2, 2), Point(1, 2),
              Point3(1, 2, 3), Point3(1, 2, 0), 5, "s"]:
    print(value, "->", where(value))

# A missing attribute just fails the pattern.
class Lazy:
    __match_args__ = ("missing",)
match Lazy():
    case Lazy(x):
        print("unreachable")
    case Lazy():
        print("missing attribute: no match")

# Properties and class attributes count as attributes.
class Circle:
    __match_args__ = ("radius",)
    kind = "circle"
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
match Circle(2):
    case Circle(r, kind="circle"):
        print("circle of radius", r)

# Errors: too many positional sub-patterns, bad __match_args__, duplicates, not a class.
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
class BadName:
    __match_args__ = (1,)
class Dup:
    __match_args__ = ("a",)
    a = 1
not_a_class = 3
cases = [
    (lambda: Point(1, 2), "three"),
    (lambda: NoArgs(), "noargs"),
    (lambda: BadArgs(), "badargs"),
    (lambda: BadName(), "badname"),
    (lambda: Dup(), "dup"),
    (lambda: 1, "notclass"),
]
for make, which in cases:
    try:
        match make():
            case Point(a, b, c) if which == "three":
                pass
            case NoArgs(a) if which == "noargs":
                pass
            case BadArgs(a) if which == "badargs":
                pass
            case BadName(a) if which == "badname":
                pass
            case Dup(a, a=b) if which == "dup":
                pass
            case not_a_class() if which == "notclass":
                pass
            case _:
                print(which, "no error")
    except TypeError as error:
        print(which, type(error).__name__, error)

# The isinstance check comes first: no error for a subject of another class.
match "text":
    case NoArgs(a):
        print("unreachable")
    case _:
        print("isinstance check first")

# Classes reached through attributes.
class Shapes:
    Point = Point
match Point(7, 8):
    case Shapes.Point(x, y):
        print("dotted class", x, y)
