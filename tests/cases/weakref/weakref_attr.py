# The __weakref__ attribute of instances: None until a weak reference exists, then the
# first weak reference (the shared callback-less ref), None again once the refs die.
import weakref


class Plain:
    pass


class Child(Plain):
    pass


p = Plain()
print("no refs:", p.__weakref__)
r = weakref.ref(p)
print("is the ref:", p.__weakref__ is r)
del r
print("ref dropped:", p.__weakref__)
cb_ref = weakref.ref(p, lambda x: None)
print("with only a callback ref:", p.__weakref__ is cb_ref)
del cb_ref
c = Child()
print("subclass:", c.__weakref__, weakref.ref(c)() is c)
try:
    p.__weakref__ = 5
except AttributeError as e:
    print("assign:", type(e).__name__)
print("not in the instance dict:", "__weakref__" in vars(p), sorted(vars(p)))
print("dir lists it:", "__weakref__" in dir(p))
