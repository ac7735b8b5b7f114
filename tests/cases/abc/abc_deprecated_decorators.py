# abc: the deprecated abstractproperty/abstractclassmethod/abstractstaticmethod decorators.
from abc import ABC, abstractclassmethod, abstractproperty, abstractstaticmethod


class Base(ABC):
    @abstractproperty
    def name(self):
        return "base"

    @abstractclassmethod
    def build(cls):
        return cls

    @abstractstaticmethod
    def tool():
        return "tool"


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def build(cls):
        return cls.__name__

    @staticmethod
    def tool():
        return "hammer"


i = Impl()
print(i.name, Impl.build(), Impl.tool(), sorted(Impl.__abstractmethods__))
print(Base.build() is Base, Base.tool())
print(abstractproperty.__mro__[1].__name__, abstractclassmethod.__mro__[1].__name__)
print(abstractstaticmethod.__isabstractmethod__)
