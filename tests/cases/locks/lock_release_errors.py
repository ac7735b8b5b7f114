# Releasing an unlocked Lock, an un-acquired RLock, and an RLock owned by another thread.
import threading
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("Lock:", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RLock:", e)
r.acquire()
errors = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(errors)
r.release()
