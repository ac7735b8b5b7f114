# A wait that times out returns False; a later set makes the next wait True at once.
import threading, time
e = threading.Event()
start = time.monotonic()
r = e.wait(0.05)
elapsed = time.monotonic() - start
print(r, elapsed >= 0.04)
threading.Timer(0.01, e.set).start()
print(e.wait(5))
