# vars() of instances and classes, dir() of a user class filtered to non-dunder names.
class Shape:
    sides = 0
    _hidden = "underscore"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name.title()


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    def area(self):
        return self.size ** 2


sq = Square(3)
print(vars(sq))
print([n for n in dir(Square) if not n.startswith("__")])
print([n for n in dir(sq) if not n.startswith("__")])
print("sides" in vars(Square), "area" in vars(Shape), "name" in vars(Shape))
sq.extra = [1]
print(sorted(vars(sq)), vars(sq) is sq.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir([]) if not n.startswith("_")))
