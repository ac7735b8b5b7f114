# multiprocessing.Lock across processes: a lock held by the parent makes a child's
# acquire(False) and acquire(timeout) fail; after release the child gets it; four children
# incrementing an unsynchronised shared Value under the Lock never lose an update; releasing an
# unlocked Lock is ValueError.
from multiprocessing import Process, Lock, Value, Queue

def probe(lock, q):
    q.put(("non-blocking", lock.acquire(False)))
    q.put(("timeout", lock.acquire(timeout=0.05)))

def take(lock, q):
    with lock:
        q.put("child holds the lock")

def add(lock, counter, n):
    for _ in range(n):
        with lock:
            counter.value += 1

if __name__ == '__main__':
    lock = Lock()
    q = Queue()
    lock.acquire()
    p = Process(target=probe, args=(lock, q))
    p.start(); p.join()
    print(q.get(), q.get())
    lock.release()
    p = Process(target=take, args=(lock, q))
    p.start(); p.join()
    print(q.get())
    counter = Value('i', 0, lock=False)
    ps = [Process(target=add, args=(lock, counter, 500)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter", counter.value)
    try:
        lock.release()
    except ValueError as e:
        print(type(e).__name__, e)
