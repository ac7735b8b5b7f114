# super() without arguments: in __init__, in ordinary methods, in class methods, cooperative chains.
class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)

    def describe(self):
        return "Base(" + str(self.value) + ")"

    @classmethod
    def make(cls):
        return cls.__name__ + " made by Base"


class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value * 2)
        self.extra = extra
        print("Child.__init__", extra)

    def describe(self):
        return "Child/" + super().describe()

    @classmethod
    def make(cls):
        return "Child sees: " + super().make()


c = Child(5, "x")
print(c.describe(), c.value, c.extra)
print(Child.make())


class Left:
    def hello(self):
        return ["Left"] + super().hello()


class Right:
    def hello(self):
        return ["Right"]


class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()


print(Bottom().hello())


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = Logged()
d["a"] = 1
print(d, isinstance(d, dict))
