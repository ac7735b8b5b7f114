# weakref.ref: calling a live ref returns the object itself, the ref does not keep it
# alive, and after the last strong reference goes the ref returns None.
import weakref


class Thing:
    def __init__(self, value):
        self.value = value


t = Thing(42)
r = weakref.ref(t)
print("returns the object:", r() is t, r().value)
print("type:", type(r).__name__, weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))
alias = t
del t
print("alias keeps it:", r() is alias)
del alias
print("after del:", r())
print("still None:", r(), r() is None)


def make():
    local = Thing("local")
    return weakref.ref(local)


print("ref to a dead local:", make()())
f = weakref.ref(make)
print("function:", f() is make)
c = weakref.ref(Thing)
print("class:", c() is Thing)
s = {1, 2}
print("set:", weakref.ref(s)() is s)
fs = frozenset([3])
print("frozenset:", weakref.ref(fs)() is fs)
try:
    weakref.ref()
except TypeError:
    print("no argument: TypeError")
