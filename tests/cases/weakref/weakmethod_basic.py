# weakref.WeakMethod: calling it gives an equal bound method while the instance lives,
# None after; the callback runs when the instance dies; a plain weakref to a bound method
# dies at once; a non-method argument is a TypeError.
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter()
wm = weakref.WeakMethod(c.bump)
m = wm()
print("alive:", m is not None, m == c.bump, m(), wm()(5), c.n)
print("isinstance ref:", isinstance(wm, weakref.ref))
plain = weakref.ref(c.bump)
print("plain ref to a bound method:", plain())
events = []
wm2 = weakref.WeakMethod(c.bump, lambda r: events.append("callback"))
print("equal WeakMethods:", wm == wm2)
del m, c
print("after del:", wm(), wm2(), events)


def func():
    pass


try:
    weakref.WeakMethod(func)
except TypeError as e:
    print(type(e).__name__, e)
print("dead WeakMethods equal only if same:", wm == wm2, wm == wm)
