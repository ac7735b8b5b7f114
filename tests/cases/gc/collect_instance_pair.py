# Two plain instances pointing at each other: CPython 3.11 keeps their attributes inline
# (no dict object), so collect returns 2; once a.__dict__ has been read, a's dict is a
# separate object and the count is 3.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.disable()
gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(a.other.name, b.other.name, a.other.other is a)
del a, b
print("inline pair:", gc.collect())
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(sorted(a.__dict__))
del a, b
print("after a.__dict__:", gc.collect())
a = Node("a")
a.other = a
del a
print("self-loop:", gc.collect())
gc.enable()
