# 16 threads x 30 000 increments under one lock, with a call inside the critical section, so
# the GIL changes hands while the lock is held and the threads form a convoy on it. A convoy
# looks the same at every hand-over (everyone waits on one lock, which is held); it must never be
# reported as a deadlock.
import threading

lock = threading.Lock()
total = 0


def touch():
    pass


def work():
    global total
    for _ in range(30000):
        with lock:
            total += 1
            touch()


threads = [threading.Thread(target=work) for _ in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
