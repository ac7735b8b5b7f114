# collections.deque as a work queue shared by 4 threads: append and popleft are atomic under
# the GIL, so no item is lost or taken twice. Output sorted: the interleaving varies.
import threading
from collections import deque

work = deque(range(2000))
done = deque()
lock = threading.Lock()

def worker(name):
    taken = 0
    while True:
        try:
            item = work.popleft()
        except IndexError:
            break
        done.append((item * item, name))
        taken += 1
    with lock:
        counts.append(taken)

counts = []
threads = [threading.Thread(target=worker, args=(f"w{i}",), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(work), len(done), sum(counts))
squares = sorted(v for v, _ in done)
print(squares == [i * i for i in range(2000)])
print(sorted({name for _, name in done}) <= ["w0", "w1", "w2", "w3"])
bounded = deque(maxlen=3)
for i in range(10):
    bounded.append(i)
print(bounded)
