# Worker threads with task_done; join returns when every item is done; one too many raises.
import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results) == [i * i for i in range(20)], q.unfinished_tasks)
for _ in ws:
    q.put(None)
for w in ws:
    w.join()
try:
    q.task_done()
except ValueError as e:
    print(e)
