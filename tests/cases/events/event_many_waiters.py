# One set() releases every waiter.
import threading
go = threading.Event()
started = threading.Semaphore(0)
done = []
def waiter(i):
    started.release()
    done.append((i, go.wait()))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
go.set()
for t in ts:
    t.join()
print(sorted(done))
