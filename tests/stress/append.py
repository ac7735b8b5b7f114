# 8 threads append 50 000 items each to one list, without a lock: the GIL keeps list.append
# atomic, so nothing is lost.
import threading

items = []


def work(base):
    for i in range(50000):
        items.append(base + i)


threads = [threading.Thread(target=work, args=(k * 50000,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(set(items)), sum(items))
