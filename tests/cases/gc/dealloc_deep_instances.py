# Freeing a 1 000 000-long linked chain of instances (n.next) must not overflow the stack,
# nor collecting it once the chain is closed into a ring (1 000 000 objects, attributes
# inline).
import gc


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


head = None
for i in range(1000000):
    head = Node(i, head)
print("head value", head.value)
del head
print("chain freed ok")
gc.disable()
gc.collect()
last = Node(0, None)
head = last
for i in range(1, 1000000):
    head = Node(i, head)
last.next = head
del head, last
print("ring collected:", gc.collect())
gc.enable()
print("ok")
