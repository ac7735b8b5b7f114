# What cannot be serialized fails as pickle fails: local objects, lambdas, unfindable names,
# and objects of types that have no serial form.
import threading
import math
from _serial_compat import dumps, SerialError


def outer():
    def inner():
        pass
    return inner


def attempt(obj):
    try:
        dumps(obj)
        print('no error')
    except SerialError as e:
        msg = str(e)
        # Addresses differ: keep the text around the repr.
        print('SerialError', msg.split(' at ')[0], '...', msg.split(':', 1)[1])
    except Exception as e:
        print(type(e).__name__, e)


attempt(outer())
attempt(lambda: 0)
attempt([1, lambda x: x])
attempt(x for x in [])
attempt(math)
attempt(threading.Lock())
attempt(threading.RLock())
attempt({'lock': threading.Lock()})


class Local:
    def make(self):
        class Hidden:
            pass
        return Hidden


attempt(Local().make())
attempt(Local().make()())


def renamed():
    pass


renamed.__qualname__ = 'not_here'
attempt(renamed)
renamed.__qualname__ = 'renamed.deeper'
attempt(renamed)


def original():
    pass


alias = original


def original():
    pass


attempt(alias)


class BadReduce:
    def __reduce__(self):
        return 5


class ShortReduce:
    def __reduce__(self):
        return (BadReduce,)


class NotCallable:
    def __reduce__(self):
        return (5, ())


class ArgsNotTuple:
    def __reduce__(self):
        return (NotCallable, [1])


for cls in [BadReduce, ShortReduce, NotCallable, ArgsNotTuple]:
    try:
        dumps(cls())
    except SerialError as e:
        print('SerialError', e)


class Raising:
    def __getstate__(self):
        raise RuntimeError('no state for you')


attempt(Raising())


class Forever:
    def __reduce__(self):
        return (Forever, (self,))


try:
    dumps(Forever())
except RecursionError:
    print('RecursionError')
