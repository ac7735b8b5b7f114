# RLock: the owner may acquire again; others wait until every level is released.
import threading
r = threading.RLock()
with r:
    with r:
        print("twice", r._is_owned())
got = []
r.acquire()
r.acquire()
def probe():
    got.append(r.acquire(timeout=0.02))
t = threading.Thread(target=probe)
t.start()
t.join()
r.release()
r.release()
t = threading.Thread(target=probe)
t.start()
t.join()
print(got)
