# weakref.finalize on members of a garbage cycle: the finalizers run during gc.collect()
# (not at del), each once, and they are no longer alive afterwards.
import gc
import weakref

ran = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


gc.disable()
gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
fa = weakref.finalize(a, ran.append, "a")
fb = weakref.finalize(b, ran.append, "b")
del a, b
print("after del:", ran, fa.alive, fb.alive)
gc.collect()
print("after collect:", sorted(ran), fa.alive, fb.alive)
gc.collect()
print("second collect:", sorted(ran))
c = Node("c")
c.peer = c
fc = weakref.finalize(c, ran.append, "c")
print("peek while in a live cycle:", fc.peek()[0] is c, fc.peek()[2])
del c
gc.collect()
print("self-loop:", ran[-1], fc.alive)
gc.enable()
