# A bounded queue blocks the producer until the consumer makes room.
import queue, threading
q = queue.Queue(maxsize=3)
out = []
def consumer():
    for _ in range(30):
        out.append(q.get())
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(30):
    q.put(i)
q.join()
t.join()
print(out == list(range(30)), q.qsize())
