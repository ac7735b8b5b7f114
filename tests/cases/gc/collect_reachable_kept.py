# Cycles still reachable from outside (a global, a local of a running function, a
# container) are not collected: collect returns 0 and the objects are intact afterwards.
import gc


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
loop = []
loop.append(loop)
box = {"cycle": [1, 2]}
box["cycle"].append(box["cycle"])
print("collected:", gc.collect())
print(a.peer.name, b.peer.name, a.peer.peer is a)
print(loop[0] is loop, box["cycle"][:2], box["cycle"][2] is box["cycle"])


def hold():
    x = Node("local")
    x.peer = x
    n = gc.collect()
    return n, x.peer.name


print("inside function:", hold())
print("its local cycle, after return:", gc.collect())
keep = Node("kept")
keep.peer = Node("partner")
keep.peer.peer = keep
partner = keep.peer
del keep
print("one member still named:", gc.collect(), partner.peer.name, partner.peer.peer is partner)
del partner
print("now unreachable:", gc.collect())
del a, b, loop, box
print("globals dropped:", gc.collect())
gc.enable()
