# A __del__ that stores self in a global resurrects the object: it stays alive and intact,
# and when it dies later __del__ is not called a second time (PEP 442); the same for a
# member of a collected cycle.
import gc

saved = []
calls = []


class Phoenix:
    def __init__(self, name, data):
        self.name = name
        self.data = data

    def __del__(self):
        calls.append(self.name)
        saved.append(self)


p = Phoenix("p", [1, 2, 3])
del p
print("calls:", calls, "saved:", len(saved))
back = saved[0]
print("intact:", back.name, back.data, type(back).__name__)
saved.clear()
del back
print("after the second death, calls:", calls)
gc.disable()
gc.collect()
calls.clear()
a = Phoenix("a", {"x": 1})
b = Phoenix("b", "bee")
a.peer = b
b.peer = a
del a, b
gc.collect()
print("cycle calls:", sorted(calls), "saved:", len(saved))
names = sorted(o.name for o in saved)
print("resurrected:", names, saved[0].peer.peer is saved[0])
print("data:", sorted(repr(o.data) for o in saved))
calls.clear()
saved.clear()
n = gc.collect()
print("collected after release:", n >= 2, "calls:", calls)
gc.enable()
