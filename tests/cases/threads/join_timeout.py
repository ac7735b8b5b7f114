# join(timeout) returns while the thread still runs; is_alive tells.
import threading
release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
print(t.join(0.05), t.is_alive())
t.join(0)
print(t.is_alive())
release.set()
t.join()
print(t.is_alive())
