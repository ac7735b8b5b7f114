# A pool of 8 runs 2 000 tasks; workers are reused, never more than 8.
from concurrent.futures import ThreadPoolExecutor
import threading
names = set()
lock = threading.Lock()
def task(i):
    with lock:
        names.add(threading.current_thread().name)
    return i * 2
with ThreadPoolExecutor(max_workers=8) as ex:
    fs = [ex.submit(task, i) for i in range(2000)]
    total = sum(f.result() for f in fs)
print(total, 1 <= len(names) <= 8)
