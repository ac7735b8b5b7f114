# Condition used without holding its lock.
import threading
c = threading.Condition()
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(c, name)()
    except RuntimeError as e:
        print(name, e)
c2 = threading.Condition(threading.Lock())
try:
    c2.notify()
except RuntimeError as e:
    print("plain lock:", e)
with c2:
    c2.notify()
    print("notify with nobody waiting is fine")
