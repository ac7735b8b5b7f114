# collections.abc: Generator, Coroutine and their default close/throw/__next__ mixins.
from collections.abc import Awaitable, Coroutine, Generator, Iterator


def g():
    yield 1


async def co():
    return 1


c = co()
print(isinstance(g(), Generator), isinstance(g(), Iterator), isinstance(c, Coroutine))
print(isinstance(c, Awaitable), isinstance(g(), Coroutine), issubclass(Generator, Iterator))
c.close()


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


cd = Countdown(3)
print(next(cd), cd.send(5), list(cd))
try:
    Countdown(1).throw(ValueError, ValueError("boom"))
except ValueError as e:
    print("ValueError", e)
try:
    Countdown(1).throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))
print(Countdown(2).close())


class Stubborn(Countdown):
    def throw(self, typ, val=None, tb=None):
        return 0


try:
    Stubborn(1).close()
except RuntimeError as e:
    print("RuntimeError", e)


class Task(Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return "kept going"

    def __await__(self):
        return iter(())


try:
    Task().close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Generator()
except TypeError as e:
    print(e)
try:
    Coroutine()
except TypeError as e:
    print(e)
