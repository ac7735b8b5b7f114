# multiprocessing.RLock: reentrant in its owner; another process cannot take it while it is held;
# releasing it from a non-owner, or more times than acquired, raises AssertionError.
from multiprocessing import Process, RLock, Queue

def probe(rl, q):
    q.put(("child acquire(False)", rl.acquire(False)))
    try:
        rl.release()
    except AssertionError as e:
        q.put(("child release", str(e)))

def nested(rl, q):
    with rl:
        with rl:
            q.put("child entered twice")

if __name__ == '__main__':
    rl = RLock()
    q = Queue()
    print(rl.acquire(), rl.acquire(), rl.acquire(False))
    p = Process(target=probe, args=(rl, q))
    p.start(); p.join()
    print(q.get())
    print(q.get())
    rl.release(); rl.release(); rl.release()
    try:
        rl.release()
    except AssertionError as e:
        print("extra release:", e)
    p = Process(target=nested, args=(rl, q))
    p.start(); p.join()
    print(q.get(), p.exitcode)
