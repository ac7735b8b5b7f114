# functools.update_wrapper and wraps: the assigned names, __dict__ update, __wrapped__ last,
# missing attributes skipped, custom assigned/updated
import functools


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        return ('wrapped', func(*args, **kwargs))
    return wrapper


@deco
def greet(name):
    "Say hello."
    return 'hello ' + name


print(greet('bob'))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__('amy'), greet.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def original():
    pass


original.extra = [1]
original.__wrapped__ = 'inner'


def wrapper():
    pass


result = functools.update_wrapper(wrapper, original)
print(result is wrapper, wrapper.extra is original.extra, wrapper.__wrapped__ is original)


class Callable:
    def __call__(self):
        return 'called'


c = Callable()
functools.update_wrapper(c, greet.__wrapped__)
print(c.__name__, c.__doc__, c.__wrapped__ is greet.__wrapped__, c())
functools.update_wrapper(c, len, assigned=('__name__', '__qualname__'))
print(c.__name__, c.__qualname__, c.__wrapped__ is len)


def plain():
    pass


functools.update_wrapper(plain, Callable(), assigned=('__name__', '__doc__'), updated=())
print(plain.__name__, plain.__doc__)


def nodoc():
    pass


custom = functools.wraps(greet, assigned=('__doc__',), updated=())(nodoc)
print(custom.__name__, custom.__doc__, custom.__wrapped__ is greet)
print(type(functools.wraps(greet)).__name__)
try:
    functools.update_wrapper(plain, greet, updated=('missing',))
except AttributeError as e:
    print(type(e).__name__, e)
