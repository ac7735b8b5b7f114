# Metaclasses: __prepare__, __new__, __init__, __call__, inheritance of the metaclass,
# metaclass methods and attributes seen from the class, conflicts.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return "class " + cls.__name__

    greeting = "hello from Meta"


class M(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v


m = M(3)
print(m.v, M.injected, M.created_by, type(M).__name__, type(m).__name__)
print(M.describe(), M.greeting, isinstance(M, Meta), isinstance(m, M), isinstance(M, type))


class Sub(M):
    pass


print(type(Sub).__name__, Sub(4).v)
print(hasattr(m, "describe"))

Dynamic = Meta("Dynamic", (), {"k": 1})
print(type(Dynamic).__name__, Dynamic.k, Dynamic.created_by)
T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(T.__name__, T().f(), type(T).__name__, T.__module__)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Both(M, O):
        pass
except TypeError as e:
    print("TypeError:", e)


def function_meta(name, bases, ns):
    print("function metaclass", name)
    return 42


class NotAClass(metaclass=function_meta):
    pass


print(NotAClass)


class Counting(type):
    count = 0

    def __call__(cls, *a):
        Counting.count += 1
        return super().__call__(*a)


class Counted(metaclass=Counting):
    pass


for _ in range(3):
    Counted()
print(Counting.count, type(Counted()).__name__, Counting.count)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config made once")


print(Config() is Config())
