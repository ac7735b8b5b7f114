# Benchmark: method calls and attribute access on instances of a small class.
# Measures bound-method lookup through the class, instance __dict__ reads and writes, __init__.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, factor):
        self.x = self.x * factor % 10007
        self.y = self.y * factor % 10007
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, amount):
        self.count += amount
        return self.count


def run(iterations):
    counter = Counter()
    accumulator = Vector(1, 2)
    step = Vector(3, 5)
    for i in range(iterations):
        accumulator = accumulator.add(step).scale(7)
        counter.bump(accumulator.dot(step) % 97)
        step.x = (step.x + i) % 101
    return counter.count + accumulator.x + accumulator.y


print("methods checksum", run(1100000))
