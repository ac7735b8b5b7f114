# A ring of N plain instances (attributes inline, __dict__ never read) is N objects for
# gc.collect(); a ring plus a list holding all of its members is N + 1.
import gc


class Link:
    def __init__(self, index):
        self.index = index
        self.next = None


def ring(n):
    first = Link(0)
    node = first
    for i in range(1, n):
        node.next = Link(i)
        node = node.next
    node.next = first
    return first


gc.disable()
gc.collect()
for n in (1, 2, 5, 100, 1000):
    head = ring(n)
    total = 0
    node = head
    for _ in range(n):
        total += node.index
        node = node.next
    print(n, "sum", total, "back at start", node is head)
    del head, node
    print("  collected", gc.collect())
members = [ring(1) for _ in range(3)]
holder = []
for m in members:
    m.next = holder
    holder.append(m)
del members, holder, m
print("three instances + list:", gc.collect())
gc.enable()
