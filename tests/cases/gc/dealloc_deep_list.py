# Freeing a chain of 1 000 000 nested lists (x = [x]) must not overflow the stack, when the
# last reference goes and when a deep chain closed into a cycle is collected.
import gc

x = None
for i in range(1000000):
    x = [x]
depth = 0
node = x
while node is not None:
    node = node[0]
    depth += 1
print("depth", depth)
del x, node
print("freed ok")
head = []
x = head
for i in range(1000000):
    x = [x]
head.append(x)
del x, head
print("deep cycle collected:", gc.collect() >= 1000000)
print("ok")
