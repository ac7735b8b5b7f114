# Many threads appending to one list lose nothing.
import threading
shared = []
def fill(base):
    for i in range(2000):
        shared.append(base + i)
ts = [threading.Thread(target=fill, args=(k * 10000,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(set(shared)), sum(shared))
