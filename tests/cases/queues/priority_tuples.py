# PriorityQueue orders tuples; equal priorities fall back to the second item.
import queue

q = queue.PriorityQueue()
for item in [(3, "c"), (1, "b"), (2, "x"), (1, "a"), (5, "z"), (0, "first")]:
    q.put(item)
out = []
while not q.empty():
    out.append(q.get())
print(out)
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
try:
    queue.Queue().get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))
