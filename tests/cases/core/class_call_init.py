# test: stderr
# Calling a class runs __init__ in the same loop as the caller when it can: the value is the
# instance, __init__ must return None, errors inside __init__ keep their frames, and every
# other shape (defaults, keywords, *args, __new__, built-in bases, wrong counts) still works.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Labelled(Point):
    def __init__(self, x, y, label="?"):
        super().__init__(x, y)
        self.label = label


class Counted:
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls)

    def __init__(self, n):
        self.n = n


class Stack(list):
    def __init__(self, items):
        super().__init__(items)
        self.top = items[-1]


class Nested:
    def __init__(self, depth):
        self.child = Nested(depth - 1) if depth else None
        self.depth = depth


class Fails:
    def __init__(self, value):
        if value < 0:
            raise ValueError(f"negative: {value}")
        self.value = value


print([Point(i, i * i) for i in range(3)])
print(Labelled(1, 2).label, Labelled(1, 2, "b").label, Labelled(1, 2, label="k").label)
print(Counted(5).n, Counted(6).n, Counted.made)
s = Stack([1, 2, 3])
print(s, s.top, len(s), type(s).__name__)
n = Nested(50)
while n.child is not None:
    n = n.child
print(n.depth)
try:
    Fails(-1)
except ValueError as e:
    print("ValueError:", e)
print(Fails(3).value)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class ReturnsSomething:
    def __init__(self):
        return 42


def build():
    return ReturnsSomething()


build()
