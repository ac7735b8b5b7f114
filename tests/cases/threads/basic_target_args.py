# Thread with target, args and kwargs; results gathered under a lock and sorted.
import threading
results = []
lock = threading.Lock()
def task(n, scale=1):
    with lock:
        results.append(n * scale)
threads = [threading.Thread(target=task, args=(i,), kwargs={"scale": 3}) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
