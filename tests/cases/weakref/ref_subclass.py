# weakref.ref can be subclassed: extra attributes via __init__, __call__ overridden,
# isinstance checks, and the callback receives the subclass instance.
import weakref

seen = []


class NamedRef(weakref.ref):
    def __new__(cls, obj, name, callback=None):
        return super().__new__(cls, obj, callback)

    def __init__(self, obj, name, callback=None):
        super().__init__(obj, callback)
        self.name = name


class DefaultRef(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return "<gone>" if obj is None else obj


class Target:
    def __repr__(self):
        return "Target()"


t = Target()
nr = NamedRef(t, "first", lambda r: seen.append((type(r).__name__, r.name)))
dr = DefaultRef(t)
print(nr.name, nr() is t, isinstance(nr, weakref.ref), type(nr).__name__)
print(dr(), isinstance(dr, weakref.ref))
print("equal to a plain ref:", nr == weakref.ref(t))
print("count:", weakref.getweakrefcount(t) >= 2)
del t
print("callback saw:", seen)
print("after death:", nr(), dr())
kr = weakref.KeyedRef(Target(), lambda r: seen.append(("keyed", r.key)), "k1")
print("KeyedRef:", seen[-1], kr.key, kr())
