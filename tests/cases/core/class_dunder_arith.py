# Arithmetic dunders, reflected ones, in-place ones, unary ones and NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        print("rmul")
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        print("iadd")
        self.x += other.x
        self.y += other.y
        return self

    def __radd__(self, other):
        print("radd with", other)
        return Vec(self.x + other, self.y + other)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a)
print(b / 2, a ** 2, -a, abs(b))
print(sum([a, b], Vec(0, 0)))
print(10 + a)
c = a
c += b
print(c, a, c is a)
try:
    a + "text"
except TypeError as e:
    print("TypeError:", e)
try:
    "text" - a
except TypeError as e:
    print("TypeError:", e)
