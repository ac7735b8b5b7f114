# A Lock may be released by a thread that did not acquire it.
import threading
lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print(lock.locked(), lock.acquire(False))
