# Classes and functions travel by module and qualified name and come back as the same object.
from _serial_compat import rt


def top():
    return 'top'


class Outer:
    class Inner:
        def method(self):
            return 'inner method'

    def method(self):
        return 'outer method'

    @staticmethod
    def static():
        return 'static'


for obj in [top, Outer, Outer.Inner, Outer.method, Outer.Inner.method, Outer.static,
            int, str, dict, list, tuple, object, type, ValueError, KeyError, BaseException,
            len, print, isinstance, sorted, type(None), type(...), type(NotImplemented)]:
    print(getattr(obj, '__qualname__', obj), rt(obj) is obj)

print(rt(top)(), rt(Outer)().method(), rt(Outer.Inner)().method(), rt(Outer.static)())
print(rt([top, top, Outer])[0] is top)
print(rt(len)('abc'), rt(int)('42') + 1)

o = Outer()
m = rt(o.method)
print(m(), type(m).__name__)
b = rt([1, 2].append)
print(type(b).__name__)
print(rt(str.upper)('abc'))
import math
print(rt(math.sqrt)(16.0), rt(math.sqrt) is math.sqrt)
