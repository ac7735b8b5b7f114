# Objects reachable only from another thread's locals (a cycle and a plain list) survive
# a gc.collect() in the main thread; they are intact when that thread looks again, and
# the cycle is collected once the thread has finished.
import gc
import threading

built = threading.Event()
collected = threading.Event()
report = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def worker():
    a = Node("a")
    b = Node("b")
    a.peer = b
    b.peer = a
    data = [[i] for i in range(1000)]
    data.append(data)
    built.set()
    collected.wait(10)
    report.append((a.peer.name, b.peer.name, a.peer.peer is a))
    report.append((len(data), sum(x[0] for x in data[:-1]), data[-1] is data))


gc.disable()
gc.collect()
t = threading.Thread(target=worker)
t.start()
built.wait(10)
print("collected while the thread holds them:", gc.collect())
collected.set()
t.join()
for line in report:
    print(line)
print("after the thread ended:", gc.collect() >= 3)
gc.enable()
