# abc: property, classmethod and staticmethod report __isabstractmethod__ from their functions;
# the deprecated abstract* decorators are real descriptor subclasses; None disables reversed().
from abc import abstractmethod, abstractproperty, abstractclassmethod
from collections.abc import Mapping


@abstractmethod
def f(self):
    pass


def g(self):
    pass


print(property(f).__isabstractmethod__, property(g).__isabstractmethod__)
print(property(g, f).__isabstractmethod__, property(g, g, f).__isabstractmethod__)
print(classmethod(f).__isabstractmethod__, staticmethod(g).__isabstractmethod__)
print(property(g, f).fset is f, property(g, None, f).fdel is f)


class Uses:
    @abstractproperty
    def x(self):
        return 3

    @abstractclassmethod
    def make(cls):
        return cls.__name__


print(type(Uses.__dict__["x"]).__name__, Uses().x, Uses.make())


class M(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


try:
    reversed(M())
except TypeError as e:
    print(type(e).__name__, e)
