# Objects that cannot be weakly referenced raise TypeError "cannot create weak reference
# to 'X' object": ints, strs, lists, dicts, tuples, None, bytes, floats; for ref, proxy,
# WeakSet.add and WeakValueDictionary alike.
import weakref

for obj in (1, "s", [], {}, (1,), None, b"b", 2.5, True):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.proxy([1])
except TypeError as e:
    print("proxy:", e)
try:
    weakref.WeakSet().add(3)
except TypeError as e:
    print("WeakSet.add:", e)
d = weakref.WeakValueDictionary()
try:
    d["k"] = "value"
except TypeError as e:
    print("WeakValueDictionary:", e)
print("nothing stored:", len(d))
try:
    weakref.WeakKeyDictionary()[5] = "x"
except TypeError as e:
    print("WeakKeyDictionary:", e)


class MyList(list):
    pass


class MyDict(dict):
    pass


m = MyList([1])
n = MyDict()
print("list subclass:", weakref.ref(m)() is m)
print("dict subclass:", weakref.ref(n)() is n)
