# Class attributes are shared by instances until an instance assigns its own; mutable class attributes.
class Dog:
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("a")
b = Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, Dog.tricks, a.tricks is Dog.tricks)
print(Dog.count, a.count, b.count)
a.count = 100
print(Dog.count, a.count, b.count, "count" in vars(a), "count" in vars(b))


class Better:
    def __init__(self):
        self.tricks = []


x, y = Better(), Better()
x.tricks.append("own")
print(x.tricks, y.tricks)


class Constants:
    RED = "red"
    ALL = [RED, "blue"]
    LENGTHS = {c: len(c) for c in ["a", "bb"]}


print(Constants.ALL, Constants.LENGTHS, Constants().RED)
