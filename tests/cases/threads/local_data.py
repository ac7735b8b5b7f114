# threading.local: each thread sees its own attributes.
import threading
data = threading.local()
data.x = "main"
seen = []
lock = threading.Lock()
def work(n):
    had = hasattr(data, "x")
    data.x = n
    data.y = n * 2
    with lock:
        seen.append((n, had, data.x, data.y))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(data.x, hasattr(data, "y"))
del data.x
print(hasattr(data, "x"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError", e)
