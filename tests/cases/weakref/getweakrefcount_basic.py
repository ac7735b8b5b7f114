# weakref.getweakrefcount and getweakrefs: 0 / [] without refs; refs and proxies count;
# a ref without callback is shared (ref(o) is ref(o)); dead refs stop counting.
import weakref


class Obj:
    pass


o = Obj()
print("none yet:", weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o)
print("one ref:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
r2 = weakref.ref(o)
print("shared:", r1 is r2, weakref.getweakrefcount(o))
r3 = weakref.ref(o, lambda r: None)
r4 = weakref.ref(o, lambda r: None)
print("with callbacks:", r3 is r4, weakref.getweakrefcount(o))
p = weakref.proxy(o)
print("plus a proxy:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
print("all listed:", all(any(x is y for y in weakref.getweakrefs(o)) for x in (r1, r3, r4, p)))
del r3
print("one ref dropped:", weakref.getweakrefcount(o))
del r1, r2
print("shared ref dropped:", weakref.getweakrefcount(o))
print("ints:", weakref.getweakrefcount(5), weakref.getweakrefs(5))
print("list:", weakref.getweakrefcount([]), weakref.getweakrefs([]))
del o
print("object dead:", r4(), weakref.getweakrefcount(Obj()))
