# Seed section 5.7 (线程队列), 2: queue.LifoQueue, last in first out (a stack).
from queue import LifoQueue

lq = LifoQueue()

lq.put(1)
lq.put(2)
lq.put(3)
print(lq.get())
print(lq.get())
print(lq.get())
'''
3
2
1
'''
