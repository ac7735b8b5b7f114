# Attribute lookups stay right when classes change after a call site has run many times:
# methods replaced, properties and __setattr__/__getattribute__ added later, instance
# attributes shadowing methods, a class attribute read through the instance, two classes
# passing through one call site.


class Point:
    def __init__(self, x):
        self.x = x

    def size(self):
        return self.x


def read(p):
    return p.x


def call(p):
    return p.size()


def write(p, v):
    p.x = v


p = Point(3)
for _ in range(50):
    read(p), call(p), write(p, 4)
print(read(p), call(p))

Point.size = lambda self: self.x * 100
print(call(p))

p.size = lambda: "instance attribute wins"
print(call(p))
del p.size
print(call(p))

Point.x = property(lambda self: "property wins", lambda self, v: print("setter", v))
print(read(p))
write(p, 9)
del Point.x
print(read(p))


def guarded_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Point.__setattr__ = guarded_setattr
write(p, 11)
print(read(p))
del Point.__setattr__
write(p, 12)
print(read(p))


def loud_getattribute(self, name):
    print("getattribute", name)
    return object.__getattribute__(self, name)


Point.__getattribute__ = loud_getattribute
print(read(p))
print(call(p))
del Point.__getattribute__
print(call(p))


class Other:
    kind = "class attribute"

    def size(self):
        return "other"


o = Other()
o.x = "other x"
for obj in [p, o, p, o]:
    print(read(obj), call(obj))
print(o.kind)
o.kind = "shadowed"
print(o.kind, Other.kind)


class Missing:
    def __getattr__(self, name):
        return "fallback " + name


m = Missing()
print(read(m))
m.x = 1
print(read(m))
try:
    read(Other())
except AttributeError as e:
    print("AttributeError:", e)
