# abc: classes with abstract methods refuse instantiation, with CPython 3.11's message.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "shape with area %s" % self.area()


class Half(Shape):
    def area(self):
        return 2


class Square(Half):
    def perimeter(self):
        return 8


for cls in (Shape, Half, Square):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.describe())
    except TypeError as e:
        print(type(e).__name__, e)
    print(sorted(cls.__abstractmethods__))


class WithProps(metaclass=ABCMeta):
    @property
    @abstractmethod
    def size(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProps.__abstractmethods__))
try:
    WithProps()
except TypeError as e:
    print(e)


class Done(WithProps):
    size = 3
    make = None
    helper = None


print(Done().size, sorted(Done.__abstractmethods__))

# update_abstractmethods recomputes after the class is changed.
Half.perimeter = lambda self: 6
print(sorted(Half.__abstractmethods__))
update_abstractmethods(Half)
print(sorted(Half.__abstractmethods__), Half().perimeter())


class Plain:
    pass


print(update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))
print(isinstance(ABC, ABCMeta), type(ABC).__name__, ABC.__slots__)
print(Shape.area.__isabstractmethod__, hasattr(Square.perimeter, "__isabstractmethod__"))
