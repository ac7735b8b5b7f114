# sys.exc_info() in a generator: its own exception across a yield, else the caller's.
import sys
def g():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        print("in gen", sys.exc_info()[0])
        yield 2
it = g(); next(it)
print("outside", sys.exc_info()[0])
next(it)
print("outside again", sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    next(it, None)
    print("caller still", sys.exc_info()[0])


def inner():
    yield sys.exc_info()[0]
    try:
        raise OSError("x")
    except OSError as e:
        yield repr(e.__context__)


try:
    raise IndexError
except IndexError:
    print(list(inner()))
print(list(inner()))
