# LifoQueue and PriorityQueue order; tuples in a PriorityQueue.
import queue, random
l = queue.LifoQueue()
for i in range(5):
    l.put(i)
print([l.get() for _ in range(5)])
p = queue.PriorityQueue()
random.seed(7)
nums = list(range(30))
random.shuffle(nums)
for n in nums:
    p.put(n)
print([p.get() for _ in range(30)] == list(range(30)))
p.put((2, "two"))
p.put((1, "one"))
p.put((3, "three"))
p.put((1, "alpha"))
print([p.get_nowait() for _ in range(4)])
try:
    p.get_nowait()
except queue.Empty:
    print("empty")
