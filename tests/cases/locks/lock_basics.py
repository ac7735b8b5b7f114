# Lock: acquire/release, non-blocking and timed acquire returning False, locked(), with.
import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print(lock.locked(), type(lock).__name__)
