# Timer runs its function after the interval; a cancelled Timer never does.
import threading
calls = []
t = threading.Timer(0.02, calls.append, args=["fired"])
t.start()
t.join()
c = threading.Timer(5, calls.append, args=["cancelled"])
c.start()
c.cancel()
c.join()
print(calls, t.name.startswith("Thread-"), c.finished.is_set())
k = threading.Timer(0.01, lambda **kw: calls.append(kw), kwargs={"a": 1})
k.start()
k.join()
print(calls)
