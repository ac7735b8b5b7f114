# weakref.finalize.peek and detach: peek returns (obj, func, args, kwargs) while alive and
# leaves it alive; detach returns the same and kills it, so nothing runs when the object
# dies; both return None once dead. Several finalizers on one object each run once.
import weakref

log = []


class Obj:
    pass


def note(*args, **kwargs):
    log.append((args, sorted(kwargs.items())))


o = Obj()
f = weakref.finalize(o, note, 1, 2, key="v")
obj, func, args, kwargs = f.peek()
print("peek:", obj is o, func is note, args, kwargs, f.alive)
detached = f.detach()
print("detach:", detached[0] is o, detached[1] is note, detached[2:], f.alive)
print("after detach:", f.peek(), f.detach(), f())
del obj, detached
del o
print("nothing ran:", log)
o = Obj()
fs = [weakref.finalize(o, note, i) for i in range(3)]
print("all alive:", [x.alive for x in fs])
del o
print("ran:", sorted(log), [x.alive for x in fs])
print("peek when dead:", fs[0].peek())
