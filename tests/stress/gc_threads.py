# 8 threads make and drop reference cycles while collections run on whichever thread trips the
# threshold (and on explicit gc.collect() calls); each thread also keeps objects reachable only
# from its own frame, its queue item and its Thread arguments, and checks them after every
# collection. Prints the totals, which do not depend on scheduling.
import gc
import queue
import threading

ROUNDS = 100000
THREADS = 8
gc.set_threshold(100, 5, 5)


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


deaths = []
deaths_lock = threading.Lock()


class Mortal(Node):
    def __del__(self):
        with deaths_lock:
            deaths.append(self.value)


def work(index, argument, inbox, results):
    mine = [Node(index) for _ in range(50)]  # only this frame holds these
    item = inbox.get()  # only the queue held this until now
    total = 0
    for i in range(ROUNDS):
        a = Node(i)
        b = Node(i)
        a.peer = b
        b.peer = a
        if i % 1000 == 0:
            m = Mortal(i)
            m.peer = m
            del m
            gc.collect(i % 3)
        total += a.peer.value - b.peer.value + 1
        del a, b
        if i % 5000 == 0:
            # Everything reachable only from this thread is intact.
            assert all(n.value == index for n in mine)
            assert argument["index"] == index and argument["cycle"]["cycle"] is argument["cycle"]
            assert item[0] == index and item[1][0] is item
    results[index] = total


results = [None] * THREADS
queues = [queue.Queue() for _ in range(THREADS)]
threads = []
for index in range(THREADS):
    cycle = {}
    cycle["cycle"] = cycle
    argument = {"index": index, "cycle": cycle}
    t = threading.Thread(target=work, args=(index, argument, queues[index], results))
    del cycle, argument
    threads.append(t)
for t in threads:
    t.start()
for index, q in enumerate(queues):
    item = [index, None]
    item[1] = [item]
    q.put(item)
    del item
for t in threads:
    t.join()
gc.collect()
print(sum(results), len(deaths), sorted(set(deaths)) == list(range(0, ROUNDS, 1000)))
