# Weak references to members of a garbage cycle stay alive until gc.collect() finds the
# cycle; then they are cleared and their callbacks run during that collect.
import gc
import weakref

events = []


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
ra = weakref.ref(a, lambda r: events.append("a died"))
rb = weakref.ref(b, lambda r: events.append("b died"))
del a, b
print("before collect:", ra() is not None, rb() is not None, events)
print("peer still reachable through the ref:", ra().peer.name)
events.append("collect starts")
n = gc.collect()
events.append("collect ended")
print("collected:", n)
print("events:", events[0], sorted(events[1:3]), events[3])
print("refs dead:", ra(), rb())
loop = []
loop.append(loop)
d = {"loop": loop}
holder = Node("holder")
holder.peer = holder
rh = weakref.ref(holder)
del holder
print("collect with the cycle kept by d:", gc.collect(), rh())
del loop, d
print("after dropping d:", gc.collect())
gc.enable()
