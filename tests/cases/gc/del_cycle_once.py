# __del__ of each member of an unreachable cycle runs exactly once, at gc.collect()
# (PEP 442), not at `del`; the members can still see each other inside __del__, and a
# later collect runs none of them again.
import gc

finalized = []


class Member:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        finalized.append((self.name, self.next.name))


gc.disable()
gc.collect()
a, b, c = Member("a"), Member("b"), Member("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("after del:", finalized)
n = gc.collect()
print("collect found >= 3:", n >= 3)
print("finalized:", sorted(finalized))
finalized.clear()
print("second collect:", gc.collect(), finalized)
solo = Member("solo")
solo.next = solo
del solo
gc.collect()
print("self-loop:", finalized)
finalized.clear()
pair = [Member("p"), Member("q")]
pair[0].next = pair[1]
pair[1].next = pair[0]
pair.append(pair)
del pair
gc.collect()
print("through a list:", sorted(finalized))
gc.enable()
