# __init_subclass__ (implicit classmethod, class keywords) and __set_name__ on descriptors.
class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))


class A(Base, tag="a"):
    pass


class B(A):
    pass


class C(B, tag="c"):
    pass


print(Base.registry, A.tag, B.tag, C.tag, hasattr(Base, "tag"))
try:
    class D(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)


class Model:
    x = Field()
    y = Field()


m = Model()
print(m.x, Model.x.owner, Model.y.name)
m.x = 5
print(m.x, m.__dict__)
del m.x
print(m.x)
m.__dict__["x"] = "shadow?"
print(m.x)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class H:
    attr = NonData()


h = H()
print(h.attr)
h.attr = "instance wins"
print(h.attr, H.attr)
