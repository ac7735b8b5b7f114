# test: stderr
# match: a TypeError raised by a class pattern, and the traceback that points at it
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x

def locate(value):
    match value:
        case Point(x) if x > 0:
            return "positive"
        case Point(x, y):
            return "two sub-patterns"
    return "nothing"

print(locate(Point(1)))
print(locate(5))
print(locate(Point(-1)))
