# collections.abc: the one-trick ABCs recognise a class by its methods (None disables one).
from collections.abc import (
    Callable, Collection, Container, Hashable, Iterable, Iterator, Reversible, Sized,
    AsyncIterable, AsyncIterator, Awaitable,
)


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class OnlyIter:
    def __iter__(self):
        return iter([])


class NoHash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class Box:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())


class NotIterable(Box):
    __iter__ = None


class Rev(OnlyIter):
    def __reversed__(self):
        return iter([])


class Fn:
    def __call__(self):
        return 1


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Aw:
    def __await__(self):
        yield


ABCS = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
        AsyncIterable, AsyncIterator, Awaitable]
for cls in (It, OnlyIter, NoHash, EqOnly, Box, NotIterable, Rev, Fn, AIt, Aw):
    print(cls.__name__, [a.__name__ for a in ABCS if issubclass(cls, a)])


# Inheriting from the ABC gives the mixin methods and enforces the abstract ones.
class Counter3(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Counter3()
print(iter(c) is c, list(c))
try:
    Iterator()
except TypeError as e:
    print(e)
try:
    Collection()
except TypeError as e:
    print(e)


# A subclass of a one-trick ABC is not matched by methods alone.
class MyIterable(Iterable):
    pass


print(issubclass(OnlyIter, MyIterable), issubclass(MyIterable, Iterable))
