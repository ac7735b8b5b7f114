# Several producers and consumers; every item consumed exactly once.
import queue, threading
q = queue.Queue(10)
taken = []
lock = threading.Lock()
def producer(base):
    for i in range(100):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            taken.append(item)
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print(len(taken), len(set(taken)), sum(taken))
