# sys.exc_info() and sys.exception(): the exception being handled, through nesting, generators
# and after the handler ends.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    e = sys.exception()
    name = t.__name__ if t else None
    print(label, name, repr(v), type(tb).__name__, e is v)


show("outside")
try:
    raise ValueError("first")
except ValueError:
    show("handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested")
    show("back in outer")
show("after")

try:
    try:
        1 / 0
    finally:
        show("finally while unwinding")
except ZeroDivisionError:
    show("caught")


def handler_in_function():
    try:
        raise TypeError("in function")
    except TypeError:
        show("function handler")
        return sys.exception()


e = handler_in_function()
print(type(e).__name__, e)
show("after function")


try:
    raise ValueError("tb")
except ValueError:
    tb = sys.exc_info()[2]
    print(tb.tb_lineno, tb.tb_next)

for args in [(1,), ()]:
    try:
        print(sys.exc_info(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    sys.exception(1)
except TypeError as e:
    print("TypeError", e)


class Boom(Exception):
    pass


try:
    raise Boom("custom") from KeyError("cause")
except Boom:
    t, v, tb = sys.exc_info()
    print(t is Boom, v.__cause__, type(v.__cause__).__name__)
