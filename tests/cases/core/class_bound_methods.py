# Bound methods: stored, compared, their __self__ and __func__, methods looked up on the class.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return self.name + " greets " + other


g = Greeter("ann")
method = g.greet
print(method("bob"))
print(method.__self__ is g, method.__func__ is Greeter.greet)
print(Greeter.greet(g, "cy"))
print(g.greet == g.greet, g.greet is g.greet)
h = Greeter("dan")
print(g.greet == h.greet)
calls = [g.greet, h.greet]
print([c("eve") for c in calls])
g.name = "ANN"
print(method("fay"))


def outside(self):
    return "outside sees " + self.name


Greeter.extra = outside
print(g.extra())
g.instance_function = lambda: "not bound"
print(g.instance_function())
print(type(method).__name__)
