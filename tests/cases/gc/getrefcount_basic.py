# sys.getrefcount counts the references to an object, plus one for its own argument:
# a new list, another name, a container slot, del, a function argument, an attribute.
import sys

a = []
print("a = []:", sys.getrefcount(a))
b = a
print("b = a:", sys.getrefcount(a))
holder = [a]
print("in a list:", sys.getrefcount(a))
pair = (a, a)
print("twice in a tuple:", sys.getrefcount(a))
del pair
print("tuple gone:", sys.getrefcount(a))
del b
print("del b:", sys.getrefcount(a))
holder.clear()
print("list cleared:", sys.getrefcount(a))
d = {"k": a}
print("dict value:", sys.getrefcount(a))
d = None
print("dict gone:", sys.getrefcount(a))


def inside(arg):
    return sys.getrefcount(arg)


def inside_local():
    local = []
    return sys.getrefcount(local)


print("as an argument:", inside(a))
print("a local in a function:", inside_local())


class Holder:
    pass


h = Holder()
h.item = a
print("instance attribute:", sys.getrefcount(a))
del h
print("instance gone:", sys.getrefcount(a))
print("type:", type(sys.getrefcount(a)).__name__)
