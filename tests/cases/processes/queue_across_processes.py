# multiprocessing.Queue between processes: several producers put tuples, the parent gets them all
# (sorted: the interleaving depends on scheduling) and each producer's own items arrive in order;
# a consumer child gets a sentinel-terminated stream and reports a sum back through a second Queue.
from multiprocessing import Process, Queue

def produce(q, who):
    for i in range(4):
        q.put((who, i))

def consume(inq, outq):
    total = 0
    while True:
        item = inq.get()
        if item is None:
            break
        total += sum(item)
    outq.put(("total", total))

if __name__ == '__main__':
    q = Queue()
    ps = [Process(target=produce, args=(q, w)) for w in "abc"]
    for p in ps:
        p.start()
    got = [q.get() for _ in range(12)]
    for p in ps:
        p.join()
    print(sorted(got))
    print(all([i for w2, i in got if w2 == w] == [0, 1, 2, 3] for w in "abc"))
    inq, outq = Queue(), Queue()
    c = Process(target=consume, args=(inq, outq))
    c.start()
    inq.put([1, 2])
    inq.put([3, 4, 5])
    inq.put(None)
    print(outq.get())
    c.join()
    print("exitcodes", [p.exitcode for p in ps], c.exitcode)
