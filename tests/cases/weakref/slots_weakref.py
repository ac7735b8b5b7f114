# __slots__ without '__weakref__' makes instances unreferenceable weakly (TypeError
# "cannot create weak reference to 'X' object"); with '__weakref__' in the slots, or in a
# subclass without __slots__, weak references work.
import weakref


class Tight:
    __slots__ = ("x",)


class Weak:
    __slots__ = ("x", "__weakref__")


class Loose(Tight):
    pass


class StillTight(Tight):
    __slots__ = ("y",)


for cls in (Tight, Weak, Loose, StillTight):
    obj = cls()
    obj.x = 1
    try:
        r = weakref.ref(obj)
        print(cls.__name__, "ok", r() is obj, r().x)
        del obj
        print("  dead:", r())
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
w = Weak()
print("slot attribute:", w.__weakref__)
p = weakref.proxy(w)
w.x = "via slot"
print("proxy:", p.x)
try:
    weakref.WeakSet([Tight()])
except TypeError as e:
    print("WeakSet:", e)
