# WeakSet: add, len, membership, discard, iteration; members vanish when they die;
# set operations between WeakSets.
import weakref


class Item:
    def __init__(self, n):
        self.n = n


items = [Item(i) for i in range(5)]
ws = weakref.WeakSet()
for it in items:
    ws.add(it)
ws.add(items[0])
del it
print("len:", len(ws), "member:", items[2] in ws, "foreign:", Item(9) in ws)
print("ns:", sorted(it.n for it in ws))
removed = items.pop(1)
print("popped but alive:", len(ws))
del removed
print("after death:", len(ws), sorted(it.n for it in ws))
ws.discard(items[0])
print("discard:", len(ws), items[0] in ws)
ws.add(Item(42))
print("temporary:", len(ws))
other = weakref.WeakSet(items[:2])
print("other:", len(other), "union:", len(ws | other), "intersection:", len(ws & other))
print("bool:", bool(ws), bool(weakref.WeakSet()))
ws.remove(items[2])
try:
    ws.remove(items[2])
except KeyError:
    print("remove missing: KeyError")
items.clear()
print("all gone:", len(ws), len(other), list(ws))
print("non-weakrefable membership:", 3 in ws)
