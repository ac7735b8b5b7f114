# SimpleQueue: unbounded FIFO, no task tracking.
import queue, threading
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    s.get_nowait()
except queue.Empty:
    print("Empty nowait")
def feed():
    for i in range(100):
        s.put(i)
t = threading.Thread(target=feed)
t.start()
got = [s.get() for _ in range(100)]
t.join()
print(got == list(range(100)))
