# the exception being handled, seen from generators and coroutines that suspend inside handlers
import sys

def handler_with_yield():
    try:
        raise ValueError("inside the generator")
    except ValueError:
        yield "suspended in the handler"
        print("resumed, handling:", repr(sys.exc_info()[1]))
        yield "again"
        raise

gen = handler_with_yield()
print(next(gen))
print("caller sees:", sys.exc_info())
print(next(gen))
try:
    next(gen)
except ValueError as error:
    print("bare raise after resuming:", repr(error))

# A generator handling nothing sees its caller's exception.
def peek():
    yield repr(sys.exc_info()[1])
try:
    raise KeyError("caller's")
except KeyError:
    print("generator sees:", next(peek()))

# Exceptions raised in a resumed generator chain to what its caller handles.
def raiser():
    yield 1
    raise IndexError("from generator")
it = raiser()
next(it)
try:
    raise TypeError("handled by caller")
except TypeError:
    try:
        next(it)
    except IndexError as error:
        print("context:", repr(error.__context__))

# The same in a coroutine suspended in an except block.
class Pause:
    def __await__(self):
        yield "pause"

async def coroutine():
    try:
        raise OSError("coroutine's own")
    except OSError:
        await Pause()
        return repr(sys.exc_info()[1])

c = coroutine()
print(c.send(None))
try:
    c.send(None)
except StopIteration as stop:
    print("after the await:", stop.value)

# Nested handlers inside a generator restore the outer exception.
def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
print(list(nested()))
