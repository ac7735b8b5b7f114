# Class decorators: registering, adding attributes and methods, returning the same class.
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def with_greeting(greeting):
    def decorate(cls):
        def greet(self):
            return greeting + ", " + self.name
        cls.greet = greet
        cls.decorated = True
        return cls
    return decorate


@register
@with_greeting("Howdy")
class Cowboy:
    def __init__(self, name):
        self.name = name


@register
class Plain:
    pass


print(sorted(registry), registry["cowboy"] is Cowboy)
print(Cowboy("Tex").greet(), Cowboy.decorated, hasattr(Plain, "decorated"))


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Settings:
    def __init__(self, value):
        print("Settings created with", value)
        self.value = value


print(Settings(1).value, Settings(2).value, Settings(3) is Settings(4))
