# abc: __subclasshook__ decides issubclass() before the registry; NotImplemented falls through.
from abc import ABCMeta


class Quacker(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            if any("quack" in B.__dict__ for B in C.__mro__):
                return True
            if any("bark" in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented


class Duck:
    def quack(self):
        return "Quack"


class Robot(Duck):
    pass


class Dog:
    def bark(self):
        pass


class Rock:
    pass


for c in (Duck, Robot, Dog, Rock):
    print(c.__name__, issubclass(c, Quacker), isinstance(c(), Quacker))

# A False from the hook wins over registration.
Quacker.register(Dog)
print("Dog after register:", issubclass(Dog, Quacker))
# NotImplemented lets registration count.
Quacker.register(Rock)
print("Rock after register:", issubclass(Rock, Quacker))


# The sub-ABC inherits the hook, which returns NotImplemented for it.
class LoudQuacker(Quacker):
    pass


print(issubclass(Duck, LoudQuacker), issubclass(Duck, Quacker))


class Explicit(LoudQuacker):
    def quack(self):
        return "QUACK"


print(issubclass(Explicit, LoudQuacker), issubclass(Explicit, Quacker))
print(Explicit().quack())


# A hook that answers for subclasses too.
class HasLen(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


print(isinstance([], HasLen), isinstance(3, HasLen), isinstance("", HasLen))
