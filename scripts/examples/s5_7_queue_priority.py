# Seed section 5.7 (线程队列), 3: queue.PriorityQueue, smallest item first (numbers, then strings).
from queue import PriorityQueue

pq = PriorityQueue()
# 数字优先级
pq.put((10,"a"))
pq.put((11,"a"))
pq.put((-11111,"a"))
print(pq.get())
print(pq.get())
print(pq.get())
# 字符串优先级
pq.put(("b","a"))
pq.put(("c","a"))
pq.put(("a","a"))
print(pq.get())
print(pq.get())
print(pq.get())
'''
结果从小到大
(10, 'a')
(11, 'a')
('a', 'a')
('b', 'a')
('c', 'a'
'''
