# Classes: class attributes vs instance attributes, instance __dict__, methods, __name__.
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dimensions, Point.dimensions)
print(p.__dict__)
p.move(1, 1).move(1, 1)
print(p.__dict__)
p.dimensions = 3
print(p.dimensions, Point.dimensions, sorted(p.__dict__))
del p.dimensions
print(p.dimensions)
Point.dimensions = 4
q = Point(0, 0)
print(p.dimensions, q.dimensions)
p.color = "red"
print(sorted(vars(p).items()))
print(Point.__name__, type(p).__name__, type(p) is Point)
print(Point.norm2(q))


class Empty:
    """A docstring."""


e = Empty()
print(e.__dict__, Empty.__doc__)
e.__dict__["added"] = 1
print(e.added)
