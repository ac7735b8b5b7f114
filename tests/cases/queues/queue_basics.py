# Queue FIFO order, qsize/empty/full, maxsize attribute.
import queue
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(5)], q.empty())
b = queue.Queue(maxsize=2)
b.put("a")
b.put("b")
print(b.full(), b.qsize(), b.maxsize)
