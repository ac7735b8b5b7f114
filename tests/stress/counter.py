# 16 threads x 100 000 locked increments: the total is exact.
import threading

lock = threading.Lock()
total = 0


def work():
    global total
    for _ in range(100000):
        with lock:
            total += 1


threads = [threading.Thread(target=work) for _ in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
