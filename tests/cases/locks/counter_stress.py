# 16 threads x 10 000 locked increments give the exact total.
import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=work) for _ in range(16)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
