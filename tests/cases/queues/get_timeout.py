# Queue.get/put with timeouts: Empty and Full after waiting, and a get woken by a later put.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
q.put("x")
try:
    q.put("y", timeout=0.05)
except queue.Full:
    print("Full after timeout")
print(q.get_nowait())


def later():
    time.sleep(0.05)
    q.put("late")


t = threading.Thread(target=later)
t.start()
print(q.get(timeout=5))
t.join()
print(q.qsize(), q.empty(), q.full())
