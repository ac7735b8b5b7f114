# weakref.ref callbacks: called once with the (now dead) ref when the object dies, not
# when the ref itself dies first; __callback__ is the callback while alive and None after.
import weakref

calls = []


class Obj:
    pass


def cb(ref):
    calls.append(("cb", ref is r, ref()))


o = Obj()
r = weakref.ref(o, cb)
print("__callback__ is cb:", r.__callback__ is cb)
print("no callback:", weakref.ref(o).__callback__)
print("before del:", calls)
del o
print("after del:", calls)
print("__callback__ after death:", r.__callback__)
o2 = Obj()
r2 = weakref.ref(o2, lambda ref: calls.append("never"))
del r2
del o2
print("ref died first:", calls)
calls.clear()
o3 = Obj()
refs = [weakref.ref(o3, lambda ref, i=i: calls.append(i)) for i in range(3)]
del o3
print("three callbacks:", sorted(calls))
print("all dead:", [x() for x in refs])
calls.clear()
o4 = Obj()
r4 = weakref.ref(o4, None)
print("callback None:", r4.__callback__, r4 is weakref.ref(o4))
del o4
print("done", calls, r4())
