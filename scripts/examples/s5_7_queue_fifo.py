# Seed section 5.7 (线程队列), 1: queue.Queue, first in first out.
from queue import Queue

q =  Queue(3)
q.put(1)
q.put(2)
q.put(3)
print(q.get(timeout=1))
print(q.get(timeout=1))
print(q.get(timeout=1))
# 分别打印 1 2 3
